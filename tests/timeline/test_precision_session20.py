"""Precision: events the record should not hold, and wrong kinds (session 20, helper prec20; issue 4: precision and kind
>= 90% of found). Fresh sentences written from general knowledge about other crises, outlets and years, no corpus text.

Table 1: every extra event (found, no gold event holds it) of heldout16, declassified this session (main ab9f0b1, my
reading of `python -m timeline.evaluate --corpus tests/data/heldout16 -v`, each extra's sentence and the gold events of
that sentence; 53 extras; fk falklands, ga flotilla, nk nuclear test):

| cause                                                                              | fk  ga  nk | all |
|------------------------------------------------------------------------------------|------------|-----|
| R  the same act told again in one excerpt: a test retold in another's words ("China |  1   8   8 |  17 |
|    said the North had carried out the test"), its seismic trace after the test, a   |            |     |
|    noun of the act inside a statement ("the navy's raid", "the dispatch of a fleet  |            |     |
|    as a disproportionate act"), a detail of the act (a missile that blew up, the    |            |     |
|    commandos' shooting, the sitting's hours)                                        |            |     |
| D  a statement read twice or a speech's setting read as an act ("The statement      |  1   4   3 |   8 |
|    said" after the statement, "speaking at his party's meeting" as a meeting, a     |            |     |
|    body "adopted a statement" as `other` beside the statement, a reaction noun)     |            |     |
| H  a plan, hypothetical, refusal or talk of an act ("will not withdraw", "could     |  3   3   1 |   7 |
|    join the fleet", "is liable to be attacked", "would try to", "have spoken of      |            |     |
|    escorting", "moves to slap sanctions")                                           |            |     |
| P  programme lines of a broadcast transcript (the host's and correspondent's own   |  0   6   0 |   6 |
|    tagged lines: questions, sign-offs, narration) read as statements                |            |     |
| A  an event the gold lists whose evidence does not hold the gold anchor (a miss and |  1   0   5 |   6 |
|    an extra at once: the anchor takes in "that" or the clause's time phrase)        |            |     |
| S  no act: a state or an arrangement ("contact was lost", "remains open to talks",  |  4   1   0 |   5 |
|    "the prisoners were treated with every consideration", "will be commanded by")   |            |     |
| E  a real event the gold does not list (a reported act, a resolution's call)        |  0   4   1 |   5 |
| all                                                                                 |  9  26  18 |  53 |

Wrong kinds of heldout16 (24): K1 13 a gold act whose only holder is a statement around it (the act's own reading
missing or too short: "put the Royal Marines ashore", "called off three joint exercises", "arrived ... for a summit");
K2 4 a measure read `other` for `sanction` (a sanctions resolution adopted, ports closed to a state's ships, "the
measure London had adopted against Argentine funds", a ban to take effect); K3 7 one each (a call "by telephone" as
`other`, "was to see" as `other`, "sailed from" as `other`, an exercise broken off as `other`, a surrender order as
`deployment`, air samples as `nuclear_test`, "rejected the resolution" as `other`).

Step 1 (class R, the largest; timeline/notacts.py `retold`, words in data/notacts.toml [retold], called at the end of
`events.drafts_of`): one act per excerpt. A test or drill read with no date phrase in its words, done, whose words name it
by a definite noun of its kind ("the test", "the nuclear test", "the drills"; no word of another act before the head:
"another", "second", "latest" ...; no other head of its kind opened otherwise: "a test", "two missiles") after an act of
that kind was told done in the excerpt, is that act told again: no second event. So is a nuclear test's seismic trace
("recorded a tremor of magnitude 4.8") after the test, and an `other` reading of "the test" right after its verb ("had
conducted the test from a site near X") after a missile or nuclear test. The doer is not compared: a retelling in another's
words takes that speaker or nobody as its doer; a retelling that names the doer where every earlier telling named none,
or holds a count or a date phrase of its own ("five of the missiles landed in its zone", "the drills were due to end on
7 August"), tells something of its own and stays.
Step 1 figures (timeline; main ab9f0b1 -> step 1): heldout16 precision 81 -> 83% (the six retellings of the AP copies'
test: "the test was conducted", "carried out the test", the tremor; nk-02's optional "The nuclear test was conducted"),
every other dev and declassified set and the samples unchanged; new dev20-prec (tests/data/dev20-prec, 4 excerpts
written for this session, 27 gold events) precision 72 -> 85% (its six retellings gone; the broadcast's own lines are
step 2). Blind heldout5/6/8/17 timeline and parity e2e identical; parity e2e of heldout16, fresh6, heldout identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from tests.timeline.events_helpers import make_excerpt, shown
from timeline.events import extract_strict

PUBLISHED = "2023-10-13"  # a Friday
ACT_KINDS = ("other", "ship_movement", "deployment", "sanction", "meeting", "missile_test", "military_exercise",
             "nuclear_test")


def _acts(text: str) -> list:
    events = extract_strict(make_excerpt(text + "\n", published=PUBLISHED))
    return [e for e in events if e.kind.value in ACT_KINDS]


# (text, the one act's kind, the words its evidence holds): the act told again is no second event.
ONE_ACT = [
    ("Pakistan conducted five nuclear tests on Thursday. India's foreign ministry said the tests had been carried out "
     "in defiance of world opinion.", "nuclear_test", "conducted five nuclear tests"),
    ("Pakistan conducted a nuclear test on Thursday. Norway's seismic institute said it had recorded a tremor of "
     "magnitude 4.8 near the site.", "nuclear_test", "conducted a nuclear test"),
    ('India said it carried out three underground nuclear tests on Monday. The official news agency said the tests '
     'were conducted "with complete safety" and that no radiation had escaped.', "nuclear_test",
     "carried out three underground nuclear tests"),
    ('Pakistan exploded a nuclear device on Thursday. Tokyo said Islamabad had "deliberately" conducted the test in '
     'defiance of appeals from the region.', "nuclear_test", "exploded a nuclear device"),
    ("France detonated a nuclear device at Mururoa atoll on Tuesday. The nuclear test was conducted with French "
     "technology alone, the defence ministry said.", "nuclear_test", "detonated a nuclear device"),
    ("The Soviet Union carried out a nuclear test in Kazakhstan on Sunday. Swedish scientists said they registered a "
     "seismic event of magnitude 5.2 in the area.", "nuclear_test", "carried out a nuclear test"),
    ("Iran carried out a missile test on Sunday. Israel said the Revolutionary Guards had conducted the test from a "
     "site near Semnan.", "missile_test", "carried out a missile test"),
    ("China held live-fire drills off Fujian on Monday. Taipei said the PLA had carried out the drills close to its "
     "outlying islands.", "military_exercise", "held live-fire drills"),
]


@pytest.mark.parametrize(("text", "kind", "words"), ONE_ACT, ids=[t[:50] for t, _, _ in ONE_ACT])
def test_an_act_told_twice_is_one_event(text: str, kind: str, words: str) -> None:
    acts = _acts(text)
    assert [(e.kind.value, words in e.evidence.exact) for e in acts] == [(kind, True)], shown(acts)


# Kept: another act of the kind, an act with a date phrase or a count of its own, a trace or a retelling with nothing
# told before it (or only a plan), a retelling naming the doer the first telling did not, and an act done to the test ("summoned the ambassador over the test").
KEPT = [
    ("Iran test-fired a ballistic missile on Sunday. The Revolutionary Guards said they carried out the second test "
     "on Tuesday.", 2, "the second test on Tuesday"),
    ("Russia began naval drills in the Baltic on Monday. The navy said the drills would end on 20 July.", 2,
     "the drills would end on 20 July"),
    ("A monitoring body said on Friday it had detected a magnitude-4.1 tremor near the nuclear test site.", 1,
     "detected a magnitude-4.1 tremor"),
    ("Pyongyang warned on Monday that it would conduct a nuclear test. On Friday, seismologists said they had "
     "detected a tremor near the Punggye-ri site.", 2, "detected a tremor"),
    ("China fired a barrage of missiles on Thursday. Japan's defence ministry said five of the missiles landed in its "
     "exclusive economic zone.", 2, "five of the missiles landed"),
    ("Tokyo said the launches came shortly after dawn on Friday. The missiles were fired from North Korea's east coast "
     "and flew 600 km.", 2, "were fired from North Korea"),
    ("Iran carried out a missile test on Sunday. Britain summoned the Iranian ambassador over the test.", 2,
     "summoned the Iranian ambassador"),
    ("Pakistan conducted a nuclear test on Thursday. India said it had conducted a test of its own a day later.", 2,
     "conducted a test of its own"),
    ("Iran test-fired a cruise missile on Sunday. Riyadh answered the test with drills, launching two rockets of its "
     "own.", 3, "launching two rockets"),
]


@pytest.mark.parametrize(("text", "count", "words"), KEPT, ids=[t[:50] for t, _, _ in KEPT])
def test_another_act_is_kept(text: str, count: int, words: str) -> None:
    acts = _acts(text)
    assert len(acts) == count and any(words in e.evidence.exact for e in acts), shown(acts)


# dev20-prec (tests/data/dev20-prec/chagai, written for this session): each excerpt's tests are only those its gold lists
# (ch-01: Pakistan's five tests and India's tests of two weeks before, optional; ch-04: the launch and a second one).
DEV20_TESTS = {"ch-01": 2, "ch-02": 1, "ch-03": 1, "ch-04": 2}


def test_dev20_prec_tests_are_told_once() -> None:
    folder = Path(__file__).resolve().parents[1] / "data" / "dev20-prec" / "chagai"
    got = {}
    for excerpt in load_folder(folder).excerpts:
        events = extract_strict(excerpt)
        got[excerpt.id] = sum(e.kind.value in ("nuclear_test", "missile_test") for e in events)
    assert got == DEV20_TESTS
