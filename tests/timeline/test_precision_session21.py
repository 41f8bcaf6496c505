"""Precision: readings that are no event (session 21, helper prec21; issue 4: precision and kind >= 90% of found). Fresh
sentences written from general knowledge about other crises, outlets and years, no corpus text.

Table 1: every extra event (found, no gold event holds it) of heldout17, declassified this session (main aeb65a5, my
reading of `python -m timeline.evaluate --corpus tests/data/heldout17 -v`, each extra's sentence and the gold events of
that sentence; 63 extras; kz Kuznetsov's voyage 2016, pb the Pueblo 1968, vw Vigilant Warrior 1994):

| cause (each shape told again with invented words)                                  | kz  pb  vw | all |
|-------------------------------------------------------------------------------------|------------|-----|
| A  gold problems: an anchor the evidence cannot hold (two predicates joined by "and" |  2  10   0 |  12 |
|    as one gold event, "ran away and fired upon"; ", and that" or "since 2011" in the |            |     |
|    anchor; an optional event's longer anchor): counted apart, no tool fix           |            |     |
| H  an act not done: urged ("should begin lifting sanctions", "ought to start talking |  1   5   6 |  12 |
|    about easing"), demanded ("to demand that Iraq pull back"), feared ("voiced fears |            |     |
|    the flotilla was heading"), ordered ("ordered it to stop"), threatened ("will    |            |     |
|    answer retaliation with retaliation"), kept from happening, "no intention        |            |     |
|    whatsoever of attacking", a record ("the first time a Navy ship had been         |            |     |
|    captured"), a tally ("broken so often"), an accusation's matter                  |            |     |
| D  a statement read twice or a speech's setting read as an act (a second verb or     |  3   5   3 |  11 |
|    quote of one statement, "said on arrival at a summit" as a meeting, "At the       |            |     |
|    meeting" after the meeting, a protest noun, "what the ministry called")          |            |     |
| R  the same act told again (the stop "had been cancelled" after its cancellation, a  |  4   3   2 |   9 |
|    lead's summary, the pilot who ejected, a seizure retold in a confession or radio) |            |     |
| E  a real event the gold does not list ("NATO voiced concern that", "It said",       |  2   3   2 |   7 |
|    "insisted that Moscow had averted a war")                                        |            |     |
| S  a state, no deed: a craft's whereabouts ("were sailing in international waters",  |  1   2   1 |   4 |
|    "was 25 miles off the coast"), "had averted a war"                               |            |     |
| N  colour or a trailer ("crowds gathered on the cliffs", "Kuwaitis flocked to petrol |  2   1   1 |   4 |
|    stations", an "Other news:" line)                                                |            |     |
| V  a verb of speech in its sense of holding ("the 12-mile limit that North Korea     |  1   2   0 |   3 |
|    claims", "where the navy maintains a permanent task force")                      |            |     |
| M  "to meet them in the North Sea" (ships meeting) read as a meeting                 |  1   0   0 |   1 |
| all                                                                                  | 17  31  15 |  63 |

Wrong kinds of heldout17 (14): K1 8 a gold act whose only holder is a statement around it (its own reading missing: "is
expected to reach the eastern Mediterranean", "sent most of its army to the northern border", "the first of them landed in
Kuwait"); K2 2 an act's evidence running over its trailing speaker ("forced her into the harbor, the U.S. Far East
command announced": the statement's gold held by the ship's move); K3 4 one each ("spoke to the country" as a meeting,
"announced its pullback" as a deployment, frigates and Tornados "sent" as a ship movement, an editorial read at "the
capture"). The shapes of step 1 on the other open sets (`-v`, main aeb65a5 -> step 1): eval bs-02 "insists the ship
was sailing through Ukrainian waters"; heldout13 pj-01 "Morocco, which claims them,"; dev11-kinds nt-02 "have maintained
communication"; heldout16 ga-04 and dev11-stmts fl-01 "the soldiers had acted ..."; dev12-kinds bl-02 "threatening us with
closing the border"; dev12-links lo-01, lo-03 "threatened to cut off ties"; heldout12 one reading that matched only an
optional gold event.

Step 1 (classes H, S, V; found on heldout17, each with its own data list and guard rows):
- timeline/unasserted.py `urged`: "should" or "ought to" right before the act ("said the Council should begin lifting
  sanctions"): asked for, none done ([urged]; never "must": "must leave the country within a week" is an expulsion);
  `threatened`: the act after "threatened (on Sunday) to" or "threatening X with" is the threat's matter ([threatened]).
- timeline/wordless.py `held`: a verb of speech in its sense of holding, with a thing held after it ("maintains a
  permanent squadron", "have maintained contact", "which claims the islands") or nothing or a pronoun after it in a
  relative clause ("the 12-mile limit that Moscow claims.", "Morocco, which claims them,"): no words ([held]); a clause
  after the noun ("claims the reef was Chinese"), a trailing speaker (", Tehran claims.") or "claimed responsibility" stay.
- timeline/nodeeds.py `position`: a craft's whereabouts in the progressive with no day of its own ("the ships were sailing
  in international waters", "the bomber was flying over Syrian territory"): no voyage or flight ([position]); "were
  sailing off the Portuguese coast on Tuesday" and "sailed through Japanese waters" stay.
- triggers.toml meeting: "met the requirements / conditions / its obligations" is a standard fulfilled, no meeting;
  openverbs.toml stop "met" (an open verb's `other` never reads a sitting); military.toml not_acts "acted", "behaved" ("the
  frigates had acted in accordance with the rules": conduct judged).
- actions.py: a capitalised name is never the participle of `forceacts.forces_moved` ("Danish MP Lars Jorgensen said
  Denmark must send a frigate to the island": "Jorgensen" ends like "-en").
Tried and changed before the commit: the whereabouts rule with any be-form and outside reported words took heldout11's
"six British frigates ... are operating inside the 200-mile zone" (a deployment: kind 137 -> 136) and dev12-links' "which
insists it was flying over international waters" (whose statement no reader finds: recall 76 -> 75); a past "claimed"
took dev16-standoff's "its spokesperson again claimed the shoal as Chinese territory" (recall 91 -> 90). An older row
changed: test_acts_military6's "North Korea threatened to fire missiles over Japan again" was read as a missile_test (not
asserted); the golds list no threatened act (dev12-links lo-01, lo-03; dev11-acts ci-03), so it is a negative row now.
Step 1 figures (timeline, false positives, main aeb65a5 -> step 1; recall, kind and dates equal on every open set):
heldout17 63 -> 58 (precision 78 -> 79%), dev12-links 7 -> 5 (92 -> 94%), eval 5 -> 4 (96 -> 97%), heldout13 16 -> 15,
heldout16 41 -> 40, dev11-kinds 9 -> 8, dev11-stmts 7 -> 6, dev12-kinds 8 -> 7, dev21-prec 9 -> 0 (79 -> 100%); blind
heldout5/6/8/18/19 timeline lines equal; parity e2e equal on heldout12/13/16 and eval and heldout17 but for noise (eval
8 -> 6, heldout17 18 -> 16).

Step 2 (classes D and H): timeline/notacts.py `retold` also takes a sitting named by its definite noun where a meeting's
trigger reads it ("At the meeting, Major General X rejected the protest", "told reporters after the talks"; [retold.heads]
meeting), after a meeting told done; `speech_setting`: a speech's setting before a sitting's noun ("said on arrival at a
European Union summit", "speaking at his party's parliamentary group meeting"; [setting]; never past a clause's opener:
"speaking to reporters after the Cabinet met in special session" keeps the Cabinet's sitting, as heldout14 lists it: a
first version without that guard lost it). actions.py NOT_PLANNED_BEFORE_RE: "no intention whatsoever / at all of".
triggers.toml [nominal] other: "killing time" is no killing (clauses21's request, dev21-clauses).
Step 2 figures (timeline false positives, step 1 -> step 2; recall, kind and dates equal on every open set): heldout17 58
-> 55 (pb-02 "At the meeting", kz-02 "on arrival at a European Union summit", vw-02 "no intention whatsoever"), gaps 7 -> 6
(kt-03 "after the talks"), heldout16 40 -> 39 (ga-02 "speaking at his party's parliamentary group meeting"), dev21-prec one
reading that matched only an optional gold event. Tried and dropped: an act noun with a day of its own naming the day of an
act of its stem told before ("Sunday's boarding was condemned by X" after "boarded ... on Sunday"): dev12-kinds one false
positive fewer, but the statement then took the noun's day (a date error where the gold statement is undated), and fresh6,
dev12-clauses and dev12-links' like shapes ("condemned Iran's attack on Sunday") were not reached.

Step 3 (a refactor, no output changed): timeline/unasserted.py is the one reader of acts not done, with one data file:
nodeeds.py's `no_deed` (step 1's `position` with it) and `into_own_space`, and notacts.py's `NOBODY_BEFORE_RE` and
`demanded_after`, moved there with their words (data/nodeeds.toml and notacts.toml [demand] into data/unasserted.toml);
notacts.py keeps the readings of words, judgements and acts told again. Extraction digest (the lead's 22 corpora) equal
before and after: 3586 1d74ad71c4a23da9.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from tests.timeline.events_helpers import make_excerpt, shown
from timeline.evalgold import load_gold
from timeline.evaluate import score_excerpt
from timeline.events import extract_strict

PUBLISHED = "2023-10-13"  # a Friday
ACT_KINDS = ("other", "ship_movement", "deployment", "sanction", "meeting", "missile_test", "military_exercise",
             "nuclear_test")


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text + "\n", published=PUBLISHED))


def _acts(events: list) -> list:
    return [e for e in events if e.kind.value in ACT_KINDS]


# (text, the acts' kinds and words): an act urged, threatened, a standard met, conduct judged, a craft's whereabouts is no
# act (each row failed on main aeb65a5, which read one act more).
NO_ACT = [
    ("The envoy said the European Union should begin lifting sanctions on Minsk after the vote.", []),
    ("The senator said Britain ought to begin withdrawing its troops from Basra.", []),
    ("Ankara threatened to expel the Dutch ambassador.", []),
    ("Seoul threatened on Monday to suspend the military agreement.", []),
    ("The agency said Tehran had met the conditions of the nuclear deal.", []),
    ("Ottawa said it had met all its obligations under the treaty.", []),
    ("A spokesman said the frigates had acted in accordance with the rules.", []),
    ("Israel said the soldiers had acted in self-defence.", []),
    ("Beijing insists the frigate was sailing in Chinese territorial waters.", []),
    ("Washington insists the drone was flying over international waters.", []),
    ("Danish MP Lars Jorgensen said Denmark must send a frigate to the island.", []),
    ("Danish MP Lars Jorgensen said Denmark should send a frigate to the island.", []),
]


@pytest.mark.parametrize(("text", "acts"), NO_ACT, ids=[t[:50] for t, _ in NO_ACT])
def test_an_act_not_done_is_no_event(text: str, acts: list) -> None:
    found = _acts(_events(text))
    assert len(found) == len(acts) and all(e.kind.value == k and w in e.evidence.exact
                                           for e, (k, w) in zip(found, acts, strict=True)), shown(found)


# Guards: the act ordered with "must", an act done after a threat, a dated or plain voyage, a sitting, a force moved.
KEPT = [
    ("The ministry said the diplomats must leave the country within 72 hours.", "other", "must leave the country"),
    ("Ankara expelled the Dutch ambassador on Sunday, days after it threatened to do so.", "sanction", "expelled the Dutch"),
    ("Two Chinese destroyers were sailing near the Miyako Strait on Thursday, Japan said.", "ship_movement",
     "were sailing near the Miyako Strait"),
    ("Chinese warships sailed through Japanese waters.", "ship_movement", "sailed through Japanese waters"),
    ("Lula met the Chinese leader in Beijing on Friday.", "meeting", "met the Chinese leader"),
    ("Moscow had transferred two battalions to the south.", "deployment", "transferred two battalions"),
    ("Danish MP Lars Jorgensen said Denmark would send a frigate to the island.", "ship_movement",
     "Denmark would send a frigate"),
]


@pytest.mark.parametrize(("text", "kind", "words"), KEPT, ids=[t[:50] for t, _, _ in KEPT])
def test_an_act_done_stays(text: str, kind: str, words: str) -> None:
    found = _acts(_events(text))
    assert [(e.kind.value, words in e.evidence.exact) for e in found] == [(kind, True)], shown(found)


# (text, statements): a verb of speech in its sense of holding says nothing; its speech sense stays a statement.
HELD = [
    ("A Chinese coast guard ship entered the 12-mile zone that Tokyo claims.", 0),
    ("Britain maintains a garrison of 1,200 troops on the islands.", 0),
    ("The two navies have maintained contact through a military hotline since 2014.", 0),
    ("Guatemala, which claims the territory, protested to London on Monday.", 1),
    ("Beijing claims the reef was Chinese territory for centuries.", 1),
    ("The tanker was in Omani waters, Tehran claims.", 1),
    ("Tehran maintains its innocence.", 1),
    ("The group claimed responsibility for the bombing.", 1),
]


@pytest.mark.parametrize(("text", "count"), HELD, ids=[t[:50] for t, _ in HELD])
def test_a_thing_held_is_no_statement(text: str, count: int) -> None:
    events = _events(text)
    assert sum(e.kind.value == "statement" for e in events) == count, shown(events)


# dev21-prec (tests/data/dev21-prec, written for this session, gold frozen before the first run): no extra event.
def test_dev21_prec_holds_no_extra_event() -> None:
    root = Path(__file__).resolve().parents[1] / "data" / "dev21-prec"
    extras = {}
    for folder in sorted(p for p in root.iterdir() if (p / "gold.toml").is_file()):
        gold = load_gold(folder / "gold.toml")
        for excerpt in load_folder(folder).excerpts:
            score = score_excerpt(gold.events_of(excerpt.id), extract_strict(excerpt), excerpt.body,
                                  gold.traps.get(excerpt.id, []))
            extras[excerpt.id] = [n for n in score.notes if n.startswith("extra")]
    assert extras == {"hn-01": [], "su-01": [], "yk-01": [], "yk-02": []}


# Step 2 (class D and H of table 1): a sitting told again by its definite noun where a meeting's trigger reads it ("At the
# meeting, ...", "told reporters after the talks") after a meeting told done; a speech's setting before a sitting's noun
# ("speaking at her party's group meeting", "on arrival at a NATO summit"); "no intention whatsoever of"; "killing time"
# (clauses21's request). Each row failed on step 1, which read one meeting or act more.
STEP2_NO_SECOND = [
    ("The Security Council met on Monday. At the meeting, the French envoy rejected the draft resolution.",
     [("meeting", "Security Council met"), ("other", "rejected the draft")]),
    ("Putin and Erdogan held talks in Sochi on Friday. Putin told reporters after the talks that the pipeline would go "
     "ahead.", [("meeting", "held talks in Sochi")]),
    ("Merkel said the crisis was grave, speaking at her party's parliamentary group meeting in Berlin today.", []),
    ("The minister said the outcome was uncertain on arrival at a NATO summit in Vilnius.", []),
    ("The ambassador said Ankara had no intention whatsoever of expelling the Dutch diplomats.", []),
    ("Diplomats, who were killing time at an embassy reception on Monday evening, said the result was a surprise.", []),
]


@pytest.mark.parametrize(("text", "acts"), STEP2_NO_SECOND, ids=[t[:50] for t, _ in STEP2_NO_SECOND])
def test_a_sitting_told_again_or_a_setting_is_no_new_event(text: str, acts: list) -> None:
    found = _acts(_events(text))
    assert len(found) == len(acts) and all(e.kind.value == k and w in e.evidence.exact
                                           for e, (k, w) in zip(found, acts, strict=True)), shown(found)


# Guards: a second sitting named as such, a sitting of its own after the setting's words, a sitting held with its day,
# a killing named by its noun.
STEP2_KEPT = [
    ("The envoys met in Geneva on Monday. They will meet again at a second meeting in Vienna next week.", 2),
    ("Mr Kukrit said he had not been consulted, speaking to reporters after the Cabinet met in special session.", 1),
    ("Delegates at the summit in Brussels on Thursday agreed new sanctions on Minsk.", 2),
    ("The killing of the envoy on Monday shocked the region.", 1),
]


@pytest.mark.parametrize(("text", "count"), STEP2_KEPT, ids=[t[:50] for t, _ in STEP2_KEPT])
def test_a_new_sitting_stays(text: str, count: int) -> None:
    found = _acts(_events(text))
    assert len(found) == count, shown(found)
