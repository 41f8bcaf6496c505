"""Three small multi-source stories as hand-built events, with gold links and statuses.

Each story has outlets of different dates; together they hold a spun copy of a wire story, a
reprint through an agency, a later follow-up, a conflict on a date, on a count and on a place,
and a stance conflict. Gold pairs are unordered; statuses are per event key.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.parity.helpers import event, record, timeline
from timeline.models import Event, Timeline


@dataclass
class Story:
    """A timeline, events by a short key, gold links {(key, key): relation} and statuses."""

    timeline: Timeline
    events: dict[str, Event]
    links: dict[frozenset[str], str]
    statuses: dict[str, str]


def tanker() -> Story:
    """A tanker seized in a strait: a wire story, its spun copy, an independent report, a follow-up."""
    ev = {
        "wire_seize": event("t1", "Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero "
                            "in the Strait of Hormuz on Friday, the Guards said in a statement.", "other",
                            actor="Revolutionary Guards", role="Iranian military", day="2019-07-19",
                            place="Strait of Hormuz", objects=("Stena Impero",), count="23"),
        "wire_hunt": event("t1", "British Foreign Secretary Jeremy Hunt said the seizure was unacceptable and "
                           "warned of serious consequences if the ship was not released.", actor="Jeremy Hunt",
                           role="British Foreign Secretary", day="2019-07-19"),
        "wire_escort": event("t1", "A Royal Navy frigate, HMS Montrose, is expected to escort British-flagged "
                             "ships through the Strait of Hormuz in the coming weeks.", "deployment",
                             actor="Royal Navy", objects=("HMS Montrose",), modality="expected",
                             place="Strait of Hormuz", day=("2019-07-20", "2019-08-10")),
        "spun_seize": event("t2", "Islamic Republic of Iran's Revolutionary Guards captured the British-flagged "
                            "tanker Stena Impero in the Strait of Hormuz on Friday, the Guards stated in a "
                            "statement.", "other", actor="Revolutionary Guards", role="Iranian military",
                            day="2019-07-19", place="Strait of Hormuz", objects=("Stena Impero",), count="23"),
        "spun_hunt": event("t2", "British Foreign Secretary Jeremy Hunt stated the seizure was unacceptable and "
                           "warned of serious consequences if the ship was not released.", actor="Jeremy Hunt",
                           role="British Foreign Secretary", day="2019-07-19"),
        "indep_seize": event("t3", "Speedboats and a helicopter of the Revolutionary Guards surrounded the Stena "
                             "Impero and took the tanker to Bandar Abbas on Friday, Iranian state media "
                             "reported.", "other", actor="Revolutionary Guards", role="Iranian military",
                             day="2019-07-19", place="Strait of Hormuz", objects=("Stena Impero",)),
        "later_release": event("t4", "Iran released the Stena Impero on Friday, two months after the Revolutionary "
                               "Guards seized the tanker, and it sailed out of Bandar Abbas.", "other",
                               actor="Iran", day="2019-09-27", place="Bandar Abbas", objects=("Stena Impero",)),
        "later_escort": event("t4", "HMS Montrose escorted dozens of British-flagged ships through the Strait of "
                              "Hormuz over the summer, the Royal Navy said.", "deployment", actor="Royal Navy",
                              objects=("HMS Montrose",), place="Strait of Hormuz",
                              day=("2019-07-21", "2019-09-20")),
    }
    recs = [record("t1", "Gulf Wire Service", "2019-07-20"), record("t2", "Daily Clarion", "2019-07-21"),
            record("t3", "Harbour Times", "2019-07-20"), record("t4", "Maritime Weekly", "2019-09-28")]
    links = {
        frozenset({"wire_seize", "spun_seize"}): "same_event",
        frozenset({"wire_seize", "indep_seize"}): "same_event",
        frozenset({"spun_seize", "indep_seize"}): "same_event",
        frozenset({"wire_hunt", "spun_hunt"}): "same_event",
        frozenset({"wire_seize", "later_release"}): "same_topic",
        frozenset({"spun_seize", "later_release"}): "same_topic",
        frozenset({"indep_seize", "later_release"}): "same_topic",
        frozenset({"wire_escort", "later_escort"}): "same_topic",
    }
    statuses = {"wire_seize": "corroborated", "spun_seize": "corroborated", "indep_seize": "corroborated",
                "wire_hunt": "echo", "spun_hunt": "echo", "wire_escort": "later_development",
                "later_release": "single_source", "later_escort": "single_source"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


def launch() -> Story:
    """A missile launch reported with two dates, and a stance conflict over who is to blame."""
    ev = {
        "herald_launch": event("m1", "North Korea fired an intercontinental ballistic missile into the sea off "
                               "its east coast on Thursday, the South Korean military said.", "missile_test",
                               actor="North Korea", day="2023-03-16", objects=("ICBM",)),
        "herald_kishida": event("m1", "Japanese Prime Minister Fumio Kishida said the launch was an outrageous act "
                                "that threatens regional peace.", actor="Fumio Kishida",
                                role="Japanese Prime Minister", day="2023-03-16"),
        "daily_launch": event("m2", "Pyongyang launched an ICBM on Wednesday that splashed down in waters east "
                              "of the peninsula.", "missile_test", actor="North Korea", day="2023-03-15",
                              objects=("ICBM",)),
        "tribune_blame": event("m3", "Russia blamed Washington for provoking Pyongyang with its joint military "
                               "drills with Seoul.", actor="Russia", day="2023-03-17"),
        "review_noblame": event("m4", "Neither Moscow nor Beijing criticised Washington over the drills, "
                                "diplomats at the United Nations noted.", day="2023-03-17"),
        "review_summit": event("m4", "The leaders of Chile and Peru signed a fisheries accord in Lima on Friday.",
                               "meeting", actor="Chile", place="Lima", day="2023-03-17"),
    }
    recs = [record("m1", "Seoul Herald", "2023-03-17"), record("m2", "Tokyo Daily", "2023-03-16"),
            record("m3", "Moscow Tribune", "2023-03-18"), record("m4", "Beijing Review", "2023-03-18")]
    links = {
        frozenset({"herald_launch", "daily_launch"}): "same_event",
        frozenset({"tribune_blame", "review_noblame"}): "same_topic",
    }
    statuses = {"herald_launch": "conflicting", "daily_launch": "conflicting", "herald_kishida": "single_source",
                "tribune_blame": "conflicting", "review_noblame": "conflicting",
                "review_summit": "single_source"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


def grain() -> Story:
    """A grain ship's departure relayed through one agency, a place conflict, and a count conflict."""
    ev = {
        "post_sail": event("g1", "The Razoni, the first grain ship to leave since the invasion, sailed from Odesa "
                           "on Monday carrying 26,000 tonnes of corn, according to Reuters.", "ship_movement",
                           actor="Razoni", via="Reuters", day="2022-08-01", place="Odesa", objects=("Razoni",),
                           count="26,000 tonnes"),
        "news_sail": event("g2", "The Razoni left the port of Odesa on Monday with 26,000 tonnes of corn on "
                           "board, Reuters reported.", "ship_movement", actor="Razoni", via="Reuters",
                           day="2022-08-01", place="Odesa", objects=("Razoni",), count="26,000 tonnes"),
        "agency_sail": event("g3", "The Sierra Leone-flagged Razoni departed Chornomorsk on Monday loaded with "
                             "corn, the port authority said.", "ship_movement", actor="Razoni",
                             day="2022-08-01", place="Chornomorsk", objects=("Razoni",)),
        "agency_ships": event("g3", "Officials said 17 ships were waiting in Ukrainian ports to leave under the "
                              "deal.", "ship_movement", day="2022-08-01", count="17"),
        "post_ships": event("g1", "Some 27 ships are waiting in Ukrainian ports to leave under the deal, "
                            "officials said.", "ship_movement", day="2022-08-01", count="27"),
    }
    recs = [record("g1", "Kyiv Ledger", "2022-08-02"), record("g2", "Gulf Courier", "2022-08-02"),
            record("g3", "Black Sea Agency", "2022-08-02")]
    links = {
        frozenset({"post_sail", "news_sail"}): "same_event",
        frozenset({"post_sail", "agency_sail"}): "same_event",
        frozenset({"news_sail", "agency_sail"}): "same_event",
        frozenset({"agency_ships", "post_ships"}): "same_event",
    }
    statuses = {"post_sail": "conflicting", "news_sail": "conflicting", "agency_sail": "conflicting",
                "agency_ships": "conflicting", "post_ships": "conflicting"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


STORIES = {"tanker": tanker, "launch": launch, "grain": grain}
