"""Session 24 (plink24): parity links on unseen text, main e81a359 (session 24's start, heldout20 declassified).

Missed and extra links under --oracle (`python -m parity.evaluate --eval DIR --oracle -v --why`) on main e81a359 by the
rule that refused them (h20 .. h17 = heldout20 .. heldout17, rest = the other open link sets: heldout .. heldout16,
eval, gaps, gaps2, fresh6, dev12-links, dev16-standoff, dev21-links .. dev23-links; d24 = dev24-links, written
gold-first this session; "blocked" = cut by the candidate limit or no shared key):
| missed link: rule (--why)                      |  h20|  h18|  h17| rest|  d24|  all|
| extra (same_event + same_topic)                |    4|   16|   25|  133|    1|  179|
| same_e: summaries share no word                |    6|    5|   11|   69|    4|   95|
| same_e: score under threshold                  |    3|    5|    7|   59|     |   74|
| same_t: kinds differ                           |    4|    8|    7|   40|     |   59|
| same_t: blocked (limit, no key)                |    3|    3|   13|   35|    2|   56|
| same_e: blocked (limit, no key)                |    2|   11|    7|   21|     |   41|
| same_e: no anchor                              |    4|    9|    4|   18|    1|   36|
| same_t: similarity < 0.05                      |    1|    1|    4|   27|    2|   35|
| same_t: a relay                                |    3|    2|    3|   20|     |   28|
| same_e: two relays, words apart                |     |     |     |   25|     |   25|
| same_t: similarity < 0.12                      |    4|    2|    1|   17|     |   24|
| same_e: a relay                                |    4|    2|     |   17|     |   23|
| same_t: similarity < 0.25                      |    2|     |    5|   11|    1|   19|
| the rest (other act heads, speakers, ...)      |    6|    3|    8|   51|    2|   70|
| all missed (fn)                                |   42|   51|   70|  410|   12|  585|
| false links (fp)                               |    9|   17|   27|  155|    1|  209|
| found (tp)                                     |   51|   67|   41| 1092|    4| 1255|
The candidate limit is mostly no cause of its own: with PER_CLAIM = 30 (tried, not kept) heldout17's 17 pairs cut by it
became candidates and 16 of them were then refused by scoring (tp 41 -> 41, fp 27 -> 28); heldout18 gained two true
links and one false (67/17 -> 69/18).

End to end on heldout20 (`--why` with and without --oracle, `--bridge -v`): of 103 gold links, 29 found, 74 missed; 52
of the misses have an end not extracted (a statement "nothing in its sentence", an act in a clause: the timeline's part,
70%); of the 22 lost with both ends extracted, 12 are the same pairs --oracle misses (the linking rules) and 10 are lost
only end to end (an act filed as a statement, "the United States landed a force of 5,000 marines"; a veto filed apart
from the session; a relayed sentence read as the act). Linking on extracted events is as good as on gold events (32 of
54 attainable pairs found, 59%; --oracle 64 of 106, 60%): end-to-end recall waits on extraction.

Fixed (each row below fails on main e81a359; guard rows pass on both):
- A charge and the accused side's denial (`topics.denies_the_charge`, words.toml [charges]): a statement denying its
  side's part in a deed ("Tehran denied any role in the attacks": a denied word of [charges] roles) or rejecting a charge
  ("rejected Washington's accusation that Iran was behind ...": its blame stance names the accused), and another speaker's
  statement blaming that side within CHARGE_DAYS = 7 ("said Iran was responsible for the attacks"), what is denied
  besides the part named in the charge: same_topic, a polarity conflict. Two sides' blame stances never met
  (stance.Stance.same_subject asks for one side), and their words are apart (sim 0.03, 0.15).
- Two statements answering one charge against one side (`topics.deny_one_charge`: "Tehran denied any role in the attacks"
  / "Zarif rejected Washington's accusation that Iran was behind the incidents"): same_topic, agreeing; and a statement
  rejecting a charge is no charge itself (its blame stance names what it rejects: "rejected London's accusation that
  Moscow was behind the poisoning" read as a British blame, a false conflict with the Kremlin's denial).
- One act with no doer named on one thing (`score._head_terms`): neither claim naming a doer, one target both name
  (targets.py) lets the heads one doer's act is told by count as one ("Two oil tankers were attacked" / "Explosions struck
  the two tankers": "other act heads" before); paraphrases.toml [one_target] armed_attack ~ damage, strike ~ damage (a thing
  struck and damaged, one act to two degrees, as [compatible] damage ~ destroy).
- A rescue in other words: words.toml [heads] rescue ("rescued", "saved", "picked up", "plucked from", "pulled from the
  water", "were evacuated"), an act head; [no_rescue] a signal, a pace or a suspect picked up, a face or a deal saved.
- A state's request for a session of a body's organ and the session held or set for it (`acts.session_asked`, words.toml
  [meeting_requests]): "Tunisia has asked for an urgent meeting of the United Nations Security Council" / "The United
  Nations Security Council met yesterday evening in New York at the request of Tunisia"; "The Security Council will take up
  Iran's complaint next week": same_topic, the session's sentence naming the asker and the organ ("council", words.toml
  [meeting_bodies] organs), no other body ("the Council of the Arab League will meet in Cairo ... at Tunisia's request"
  answers no request of the UN's: 4 false links on heldout18 before that guard), within VOTE_DAYS = 14.
- A ship "stopped and boarded" is the ship seized (paraphrases.toml [heads] capture): test_links_session19's strict xfail
  row of it passes now (its marker removed, the assertion unchanged).

Tried and left out: "boarded" as an act head with [compatible] capture and inspect (heldout14 +4 links, but heldout3 +3
false: another ship boarded on a seizure's day; gaps +2: a boat boarded before its skipper's arrest; heldout17 +1: a ship
boarded while its crew was taken prisoner); the candidate ranking adding the idf of summary words both share (heldout18
+2 links +1 false, no other set moved); PER_CLAIM = 30 (above); the two names of a disputed feature as one word
(paraphrases.toml groups "Scarborough Shoal" / "Huangyan Island", "Senkaku" / "Diaoyu", "Falklands" / "Malvinas": gaps +2
false links, no set gained); one speaker's figure told twice undated as one remark ("put the death toll at 187" / "the
government still says 187": no set gained a link).
"""

from __future__ import annotations

import pytest

from parity import lexicon, topics
from parity.acts import session_asked
from parity.models import Relation
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("n1", "Baltic Wire", "2018-03-13"), record("n2", "Neva Agency", "2018-03-14"),
        record("n3", "Thames Ledger", "2018-03-30")]


def _heads(text: str) -> set[str]:
    return set(lexicon.content_words(text)) & set(lexicon.act_heads())


# ---- a charge and the accused side's denial (each fails on main e81a359: no shared stance, words apart)

def _charge(day: str = "2018-03-12") -> object:
    return event("n1", "Prime Minister Theresa May said on Monday that Russia was highly likely responsible for the "
                 "poisoning in Salisbury.", actor="Theresa May", day=day,
                 summary="Prime Minister Theresa May said on Monday that Russia was highly likely responsible for the "
                         "poisoning")


def _denial(text: str = "The Kremlin on Tuesday denied any role in the poisoning.", actor: str = "Russia",
            day: str = "2018-03-13") -> object:
    return event("n2", text, actor=actor, day=day, polarity="negative", summary=text.rstrip("."))


def test_the_accused_denies_a_part_in_what_it_is_blamed_for() -> None:
    got = scored(RECS, _charge(), _denial())
    assert got is not None and got.relation is Relation.same_topic and not got.agrees
    assert ("polarity", "asserted", "denied") in {(d.attribute, d.here, d.there) for d in got.differences}


def test_a_speaker_rejects_the_charge_against_a_side() -> None:
    text = "Foreign Minister Sergei Lavrov on Tuesday rejected London's accusation that Moscow was behind the poisoning."
    rejected = event("n2", text, actor="Sergei Lavrov", day="2018-03-13",
                     summary="Foreign Minister Sergei Lavrov on Tuesday rejected London's accusation")
    got = scored(RECS, _charge(), rejected)
    assert got is not None and got.relation is Relation.same_topic and not got.agrees


@pytest.mark.parametrize("case", ["weeks apart", "another side denies", "another deed denied", "no part denied"])
def test_no_charge_answered(case: str) -> None:
    denial = {
        "weeks apart": _denial(day="2018-04-20"),
        "another side denies": _denial("Beijing on Tuesday denied any role in the poisoning.", actor="China"),
        "another deed denied": _denial("The Kremlin on Tuesday denied any role in the election hacking."),
        "no part denied": _denial("The Kremlin on Tuesday denied that the nerve agent was made in Russia."),
    }[case]
    got = scored(RECS, _charge(), denial)
    assert got is None or got.agrees or got.relation is not Relation.same_topic


def test_two_denials_of_one_charge() -> None:
    rejected = event("n3", "Foreign Minister Sergei Lavrov on Wednesday rejected London's accusation that Moscow was "
                     "behind the poisoning.", actor="Sergei Lavrov", day="2018-03-14",
                     summary="Foreign Minister Sergei Lavrov on Wednesday rejected London's accusation")
    got = scored(RECS, _denial(), rejected)
    assert got is not None and got.relation is Relation.same_topic and got.agrees


@pytest.mark.parametrize("case", ["another deed", "weeks apart"])
def test_no_one_denial(case: str) -> None:
    other = {"another deed": _denial("The Kremlin on Wednesday denied any role in the election hacking.",
                                     day="2018-03-14"),
             "weeks apart": _denial("The Kremlin denied any role in the poisoning.", day="2018-04-25")}[case]
    (a, b), _ = claims_for(RECS, [_denial(), other])
    assert not topics.deny_one_charge(a, b)


# ---- one act with no doer named, on one thing (each fails on main e81a359: "other act heads", no word shared)

def _act(excerpt: str, text: str, day: str = "2019-06-13") -> object:
    return event(excerpt, text, "other", day=day, summary=text)


def test_a_thing_attacked_and_struck_with_no_doer_named() -> None:
    got = scored(RECS, _act("n1", "Two gas tankers were attacked off Fujairah"),
                 _act("n2", "Explosions struck the two tankers near the port"))
    assert got is not None and got.relation is Relation.same_event


def test_a_thing_struck_and_damaged_with_no_doer_named() -> None:
    got = scored(RECS, _act("n1", "Explosions struck the tanker Ocean Star east of the port"),
                 _act("n2", "Blasts damaged the Ocean Star on Thursday"))
    assert got is not None and got.relation is Relation.same_event


@pytest.mark.parametrize("case", ["two things", "a doer named"])
def test_no_one_act_of_one_thing(case: str) -> None:
    b = {"two things": _act("n2", "Explosions struck the refinery near the port"),
         "a doer named": event("n2", "Houthi drones struck the two tankers near the port", "other", actor="Houthis",
                               day="2019-06-13", summary="Houthi drones struck the two tankers near the port")}[case]
    got = scored(RECS, _act("n1", "Two gas tankers were attacked off Fujairah"), b)
    assert got is None or got.relation is not Relation.same_event


# ---- a rescue in other words (each fails on main e81a359: the words shared no head)

RESCUE = lexicon.content_words("rescued")[0]  # the head as claims read it

@pytest.mark.parametrize("a, b", [
    ("were picked up by a passing container ship", "coastguards rescued all 21 crew members"),
    ("the 21 sailors aboard were evacuated by helicopter", "a navy frigate saved the crew"),
    ("the fishermen were plucked from the sea by a trawler", "were pulled from the water by the coastguard"),
])
def test_a_rescue_told_in_other_words(a: str, b: str) -> None:
    assert RESCUE in _heads(a) & _heads(b)


@pytest.mark.parametrize("text", ["the radar picked up signals from the submarine", "the frigate picked up speed",
                                  "a deal that saved face for both governments", "the suspect was picked up by police",
                                  "the embassy evacuated its staff"])
def test_no_rescue(text: str) -> None:
    assert RESCUE not in _heads(text)


# ---- a state's request for a session of a body's organ and the session held for it (each fails on main e81a359:
# kinds differ, a request and a meeting share no subject)

SESSIONS = [record("g1", "Caucasus Wire", "2008-08-08"), record("g2", "Hudson Daily", "2008-08-10")]


def _request(day: str = "2008-08-08") -> object:
    text = "Georgia has asked for an emergency meeting of the United Nations Security Council."
    return event("g1", text, actor="Georgia", day=day, summary=text.rstrip("."))


def _session(text: str, day: str = "2008-08-09", kind: str = "meeting") -> object:
    return event("g2", text, kind, actor="UN", day=day, summary=text.rstrip("."))


@pytest.mark.parametrize("text, kind", [
    ("The Security Council met in closed session on Saturday night at Georgia's request.", "meeting"),
    ("The Security Council will take up Georgia's complaint on Monday.", "other"),
])
def test_the_session_asked_for(text: str, kind: str) -> None:
    (r, m), _ = claims_for(SESSIONS, [_request(), _session(text, kind=kind)])
    assert session_asked(r, m)
    got = scored(SESSIONS, _request(), _session(text, kind=kind))
    assert got is not None and got.relation is Relation.same_topic


@pytest.mark.parametrize("case", ["another body", "the asker not named", "weeks later", "no meeting asked for"])
def test_no_session_asked_for(case: str) -> None:
    request, session = _request(), _session("The Security Council met in closed session at Georgia's request.")
    if case == "another body":
        session = _session("The Council of the European Union met in Brussels at Georgia's request.")
    elif case == "the asker not named":
        session = _session("The Security Council met in closed session on Saturday night.")
    elif case == "weeks later":
        session = _session("The Security Council met in closed session at Georgia's request.", day="2008-09-20")
    else:
        text = "Georgia has asked the United Nations Security Council for observers."
        request = event("g1", text, actor="Georgia", day="2008-08-08", summary=text.rstrip("."))
    (r, m), _ = claims_for(SESSIONS, [request, session])
    assert not session_asked(r, m) and not session_asked(m, r)


# ---- a ship stopped and boarded is the ship seized (fails on main e81a359: "stopped and boarded" named no head)

CAPTURE = lexicon.content_words("seized")[0]  # the head as claims read it


def test_a_ship_stopped_and_boarded_is_seized() -> None:
    assert CAPTURE in _heads("The freighter had been stopped and boarded in the Red Sea") & _heads(
        "the freighter was seized by coast guard cutters on Monday")


@pytest.mark.parametrize("text", ["Coast guard officers boarded the trawler", "the minister boarded a plane to Lima",
                                  "the frigate was boarded by inspectors"])
def test_boarded_alone_is_no_capture(text: str) -> None:
    assert CAPTURE not in _heads(text)
