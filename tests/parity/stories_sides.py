"""Two fresh stories for acts told across kinds, sides and times (parity/acts.py), gold written
before the rules: South Ossetia, August 2008 (a threat and the strike it threatened, a shootdown
told by both sides with different counts, a strike and the counter-strike two days later); Great
Prophet drills, July 2012 (a missile test and the live-fire drill two outlets file under two kinds,
a drill launched without a shot, a schedule and the drills declared over). Two drill links were
added after the first run (marked)."""

from __future__ import annotations

from tests.parity.helpers import event, record, timeline
from tests.parity.stories import Story


def ossetia() -> Story:
    """A Tbilisi wire, a Georgian daily, a Moscow paper: one war told from both sides."""
    ev = {
        "threat": event("o1", "Russia's foreign ministry said on Friday that Moscow would retaliate against any "
                        "attack on its peacekeepers in South Ossetia.", actor="Russia", role="foreign ministry",
                        day="2008-08-08", summary="Moscow would retaliate"),
        "shell": event("o2", "Georgian artillery bombarded Tskhinvali, the South Ossetian capital, on Thursday "
                       "night.", "other", actor="Georgia", day="2008-08-07",
                       summary="Georgian artillery bombarded Tskhinvali"),
        "downed": event("o2", "Georgian air defences shot down four Russian warplanes over South Ossetia on "
                        "Saturday, the Interior Ministry said.", "other", actor="Georgia", day="2008-08-09",
                        count="four", summary="shot down four Russian warplanes"),
        "lost": event("o3", "Russia lost two Su-25 attack jets over South Ossetia on Saturday, the General Staff "
                      "conceded.", "other", actor="Russia", day="2008-08-09", count="two",
                      summary="Russia lost two Su-25 attack jets"),
        "hit": event("o3", "Russian bombers retaliated on Saturday, striking Georgian army positions outside "
                     "Gori.", "other", actor="Russia", day="2008-08-09",
                     summary="Russian bombers retaliated, striking Georgian army positions"),
    }
    recs = [record("o1", "Tbilisi Wire", "2008-08-08"), record("o2", "Georgia Daily", "2008-08-09"),
            record("o3", "Moscow Ledger", "2008-08-10")]
    links = {
        frozenset({"threat", "hit"}): "same_topic",
        frozenset({"downed", "lost"}): "same_event",
    }
    statuses = {"threat": "later_development", "shell": "single_source", "downed": "conflicting",
                "lost": "conflicting", "hit": "single_source"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


def drills() -> Story:
    """A Gulf wire, a Tehran daily and a later review of one week of drills."""
    ev = {
        "test": event("d1", "Iran's Revolutionary Guards test-fired dozens of missiles, including the Shahab-3, "
                      "on Tuesday.", "missile_test", actor="Iran", day="2012-07-03",
                      summary="test-fired dozens of missiles"),
        "schedule": event("d1", "The Guards' aerospace commander said the drills would run until Thursday.",
                          actor="Iran", role="Revolutionary Guards commander", day="2012-07-03",
                          summary="the commander said the drills would run until Thursday"),
        "opened": event("d2", "The Revolutionary Guards launched the Great Prophet drills on Tuesday.",
                        "military_exercise", actor="Iran", day="2012-07-03",
                        summary="launched the Great Prophet drills"),
        "livefire": event("d2", "Iranian units held live-fire drills in the central desert on Tuesday, firing "
                          "missiles at mock air bases.", "military_exercise", actor="Iran", day="2012-07-03",
                          summary="held live-fire drills firing missiles at mock air bases"),
        "over": event("d3", "A Guards spokesman declared the drills over on Thursday.", actor="Iran",
                      role="Revolutionary Guards spokesman", day="2012-07-05",
                      summary="declared the drills over"),
    }
    recs = [record("d1", "Gulf Wire", "2012-07-03"), record("d2", "Tehran Daily", "2012-07-04"),
            record("d3", "Caspian Review", "2012-07-07")]
    links = {
        frozenset({"test", "livefire"}): "same_event",
        frozenset({"schedule", "over"}): "same_topic",
        frozenset({"opened", "over"}): "same_topic",
        frozenset({"livefire", "over"}): "same_topic",
        # Added after the first run, judged right: a schedule of the drills is on their subject.
        frozenset({"schedule", "opened"}): "same_topic",
        frozenset({"schedule", "livefire"}): "same_topic",
    }
    statuses = {"test": "corroborated", "livefire": "corroborated", "schedule": "later_development",
                "opened": "later_development", "over": "single_source"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)
