"""Four more multi-source stories as hand-built events, written for the failure classes found on a
held-out set: agency names inside longer ones, stock wording shared by independent outlets, one
speaker on two days, one incident in other words, counts in words and digits, unseen stance wording,
meetings against policy statements. Gold written before the rules were changed; Story as in stories.py.
"""

from __future__ import annotations

from tests.parity.helpers import event, record, timeline
from tests.parity.stories import Story

# Independent outlets both use stock crisis wording; neither copies the other.
STOCK = ("The foreign ministry said in a statement that it was deeply concerned about the situation and "
         "urged all parties to exercise restraint and avoid further escalation. ")


def sudan() -> Story:
    """A truce in Jeddah told in other words, a count in words and digits, a spokesman on two days,
    and Saudi Arabia urging restraint in one source and backing the army in another."""
    ev = {
        "wire_truce": event("s1", "Sudan's army and the Rapid Support Forces agreed to a seven-day ceasefire at "
                            "talks in Jeddah on Saturday, Saudi Arabia and the United States said.", "other",
                            actor="Sudan", day="2023-05-20", place="Jeddah"),
        "wire_restraint": event("s1", "Saudi Arabia urged restraint and called on both sides to respect the "
                                "truce, its foreign ministry said on Saturday.", actor="Saudi Arabia",
                                role="Saudi foreign ministry", day="2023-05-20"),
        "wire_killed": event("s1", "At least 11 civilians were killed in Khartoum on Sunday by shelling, a "
                             "medics' union said.", "other", actor="medics' union", day="2023-05-21",
                             place="Khartoum", count="11"),
        "wire_looting": event("s1", "An army spokesman said on Tuesday that RSF fighters had looted the "
                              "central bank in Khartoum.", actor="army spokesman", role="Sudanese army",
                              day="2023-05-16"),
        "post_truce": event("s2", "The warring parties agreed on Saturday to a week-long truce after mediated "
                            "negotiations in the Saudi port city of Jeddah.", "other", day="2023-05-20",
                            place="Jeddah"),
        "post_hospital": event("s2", "An army spokesman said on Wednesday that the RSF had shelled a hospital "
                               "in Omdurman.", actor="army spokesman", role="Sudanese army", day="2023-05-17"),
        "post_killed": event("s2", "Shelling killed nine civilians in Khartoum on Sunday, medics said.", "other",
                             actor="medics", day="2023-05-21", place="Khartoum", count="nine"),
        "desk_backs": event("s3", "Saudi Arabia backed the Sudanese army's position in the conflict, a Gulf "
                            "diplomat said on Tuesday.", actor="Saudi Arabia", day="2023-05-23"),
    }
    recs = [record("s1", "Nile Wire", "2023-05-21"), record("s2", "Desert Post", "2023-05-22"),
            record("s3", "Gulf Desk", "2023-05-24")]
    links = {
        frozenset({"wire_truce", "post_truce"}): "same_event",
        frozenset({"wire_killed", "post_killed"}): "same_event",
        frozenset({"wire_restraint", "desk_backs"}): "same_topic",
    }
    statuses = {"wire_truce": "corroborated", "post_truce": "corroborated", "wire_killed": "conflicting",
                "post_killed": "conflicting", "wire_restraint": "conflicting", "desk_backs": "conflicting",
                "wire_looting": "single_source", "post_hospital": "single_source"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


def border() -> Story:
    """An Armenia-Azerbaijan border clash: a jet downed / an aircraft shot down, a pilot captured /
    taken into custody, a date conflict, Russia urging restraint and later siding with Armenia."""
    ev = {
        "wire_clash": event("a1", "Azerbaijani forces shelled Armenian border towns on Tuesday, killing 49 "
                            "Armenian soldiers, Armenia's defence ministry said.", "other", actor="Azerbaijan",
                            day="2022-09-13", count="49"),
        "wire_jet": event("a1", "Azerbaijan said its air defences shot down an Armenian Su-25 aircraft near the "
                          "border on Tuesday.", "other", actor="Azerbaijan", day="2022-09-13"),
        "wire_pilot": event("a1", "The pilot ejected and was taken into custody by Azerbaijani troops.", "other",
                            actor="Azerbaijan"),
        "wire_restraint": event("a1", "Russia called on both sides to exercise restraint and return to talks, "
                                "the Kremlin said on Tuesday.", actor="Russia", day="2022-09-13"),
        "daily_clash": event("a2", "Azerbaijani artillery shelled Armenian border towns on Monday night, "
                             "killing 49 soldiers.", "other", actor="Azerbaijan", day="2022-09-12", count="49"),
        "daily_jet": event("a2", "An Armenian warplane was downed on Tuesday, Baku said.", "other",
                           actor="Azerbaijan", day="2022-09-13"),
        "daily_pilot": event("a2", "Azerbaijani soldiers captured the pilot after he ejected.", "other",
                             actor="Azerbaijan"),
        "times_sided": event("a3", "Russia sided with Armenia at an emergency meeting of the alliance on "
                             "Thursday.", actor="Russia", day="2022-09-15"),
    }
    recs = [record("a1", "Caucasus Wire", "2022-09-13"), record("a2", "Caspian Daily", "2022-09-14"),
            record("a3", "Yerevan Times", "2022-09-16")]
    links = {
        frozenset({"wire_clash", "daily_clash"}): "same_event",
        frozenset({"wire_jet", "daily_jet"}): "same_event",
        frozenset({"wire_pilot", "daily_pilot"}): "same_event",
        frozenset({"wire_restraint", "times_sided"}): "same_topic",
    }
    statuses = {"wire_clash": "conflicting", "daily_clash": "conflicting", "wire_jet": "corroborated",
                "daily_jet": "corroborated", "wire_pilot": "corroborated", "daily_pilot": "corroborated",
                "wire_restraint": "conflicting", "times_sided": "conflicting"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


def cable() -> Story:
    """A Baltic cable cut: damaged / severed, Finland not blaming Russia then blaming it, and two
    independent outlets sharing stock wording (bodies) that must stay two witnesses."""
    ev = {
        "nordic_cut": event("b1", "Two undersea data cables in the Baltic Sea were damaged on Sunday and Monday, "
                            "the Finnish and German governments said.", "other", day=("2024-11-17", "2024-11-18"),
                            place="Baltic Sea"),
        "nordic_noblame": event("b1", "Finland did not accuse Russia of sabotage, saying the investigation was "
                                "ongoing.", actor="Finland", day="2024-11-19"),
        "courier_cut": event("b2", "The C-Lion1 cable between Helsinki and Rostock was severed on Monday in the "
                             "Baltic Sea.", "other", day="2024-11-18", place="Baltic Sea"),
        "courier_blame": event("b2", "Finland blamed Russia for the damage to the cable on Wednesday.",
                               actor="Finland", day="2024-11-20"),
        "post_repair": event("b3", "Repairs to the damaged C-Lion1 cable in the Baltic Sea were completed on "
                             "Thursday, its operator said.", "other", day="2024-11-28", place="Baltic Sea"),
    }
    recs = [record("b1", "Nordic Wire", "2024-11-19"), record("b2", "Baltic Courier", "2024-11-20"),
            record("b3", "Harbour Post", "2024-11-29")]
    links = {
        frozenset({"nordic_cut", "courier_cut"}): "same_event",
        frozenset({"nordic_noblame", "courier_blame"}): "same_topic",
        frozenset({"nordic_cut", "post_repair"}): "same_topic",
        frozenset({"courier_cut", "post_repair"}): "same_topic",
    }
    statuses = {"nordic_cut": "corroborated", "courier_cut": "corroborated", "nordic_noblame": "conflicting",
                "courier_blame": "conflicting", "post_repair": "single_source"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


CABLE_BODIES = {
    "b1": "HELSINKI - Two undersea data cables in the Baltic Sea were damaged. " + STOCK
    + "Finland did not accuse Russia of sabotage, saying the investigation was ongoing. Navy ships searched "
      "the area near Gotland while coast guard crews questioned fishermen in Hanko.",
    "b2": "ROSTOCK - The C-Lion1 cable between Helsinki and Rostock was severed on Monday. " + STOCK
    + "Finland blamed Russia for the damage to the cable. German prosecutors opened a case and the operator "
      "Cinia hired a repair vessel from Norway to lift the broken ends.",
    "b3": "Repairs to the damaged C-Lion1 cable in the Baltic Sea were completed on Thursday, its operator said.",
}


def essequibo() -> Story:
    """Venezuela-Guyana: "Associated Press" and "Associated Press of Pakistan" are two witnesses, a spun
    copy is one, eleven / nine aircraft, Brazil urging restraint then backing Guyana, and a meeting
    that shares only the word talks with a policy statement."""
    ev = {
        "herald_vote": event("v1", "Venezuelans voted on Sunday in a referendum on creating a new state in the "
                             "disputed Essequibo region, the Associated Press reported.", "other",
                             actor="Venezuela", via="Associated Press", day="2023-12-03", place="Essequibo"),
        "herald_restraint": event("v1", "Brazil urged restraint on Sunday and called on both sides to seek a "
                                  "peaceful solution.", actor="Brazil", day="2023-12-03"),
        "herald_talks": event("v1", "Venezuela said on Sunday that talks, not sanctions, were the way to settle "
                              "the dispute.", actor="Venezuela", day="2023-12-03", objects=("talks",)),
        "dawn_vote": event("v2", "Venezuela held a referendum on Sunday over its claim to the Essequibo region, "
                           "the Associated Press of Pakistan reported.", "other", actor="Venezuela",
                           via="Associated Press of Pakistan (APP)", day="2023-12-03", place="Essequibo"),
        "mirror_jets": event("v3", "Guyana said 11 Venezuelan military aircraft flew close to the border on "
                             "Saturday.", "other", actor="Guyana", day="2023-12-02", count="11"),
        "mirror_backs": event("v3", "Brazil backed Guyana in the dispute, the president's office said on "
                              "Wednesday.", actor="Brazil", day="2023-12-06"),
        "mirror_meeting": event("v3", "Guyana's president held talks with Brazil's foreign minister in "
                                "Georgetown on Wednesday.", "meeting", actor="Guyana", day="2023-12-06",
                                place="Georgetown", objects=("talks",)),
        "spun_vote": event("v4", "Venezuelans voted on Sunday in a plebiscite on making a new state in the "
                           "contested Essequibo region, the Associated Press stated.", "other",
                           actor="Venezuela", via="Associated Press", day="2023-12-03", place="Essequibo"),
        "spun_jets": event("v4", "Guyana stated nine Venezuelan armed forces aircraft flew near the border on "
                           "Saturday.", "other", actor="Guyana", day="2023-12-02", count="nine"),
    }
    recs = [record("v1", "Caribbean Herald", "2023-12-04"), record("v2", "Dawn", "2023-12-05"),
            record("v3", "Georgetown Mirror", "2023-12-07"), record("v4", "NewsNow Aggregator", "2023-12-05")]
    links = {
        frozenset({"herald_vote", "dawn_vote"}): "same_event",
        frozenset({"herald_vote", "spun_vote"}): "same_event",
        frozenset({"dawn_vote", "spun_vote"}): "same_event",
        frozenset({"mirror_jets", "spun_jets"}): "same_event",
        frozenset({"herald_restraint", "mirror_backs"}): "same_topic",
    }
    statuses = {"herald_vote": "corroborated", "dawn_vote": "corroborated", "spun_vote": "corroborated",
                "mirror_jets": "conflicting", "spun_jets": "conflicting", "herald_restraint": "conflicting",
                "mirror_backs": "conflicting", "herald_talks": "single_source", "mirror_meeting": "single_source"}
    return Story(timeline(recs, list(ev.values())), ev, links, statuses)


CRISES = {"sudan": sudan, "border": border, "cable": cable, "essequibo": essequibo}
BODIES = {"cable": CABLE_BODIES}
