"""Precision: events the record should not hold, and wrong kinds (session 20, helper prec20; issue 4: precision and kind
>= 90% of found). Fresh sentences written from general knowledge about other crises, outlets and years, no corpus text.

Table 1: every extra event (found, no gold event holds it) of heldout16, declassified this session (main ab9f0b1, my
reading of `python -m timeline.evaluate --corpus tests/data/heldout16 -v`, each extra's sentence and the gold events of
that sentence; 53 extras; fk falklands, ga flotilla, nk nuclear test):

| cause (each shape told again with invented words)                                 | fk  ga  nk | all |
|------------------------------------------------------------------------------------|------------|-----|
| R  the same act told again in one excerpt: a test retold in another's words ("Delhi |  1   8   8 |  17 |
|    said Islamabad had carried out the tests"), its seismic trace after the test, a  |            |     |
|    noun of the act inside a statement ("the coast guard's boarding", "called the    |            |     |
|    sending of the frigates an escalation"), a detail of the act (a rocket that broke |            |     |
|    up in flight, the marines' firing, the hours a sitting lasted)                   |            |     |
| D  a statement read twice or a speech's setting read as an act ("The communique     |  1   4   3 |   8 |
|    said" after the communique, "addressing his party's deputies" as a meeting, a    |            |     |
|    council "issued a statement" as `other` beside the statement, a reaction noun)   |            |     |
| H  a plan, hypothetical, refusal or talk of an act ("will not pull back its troops",|  3   3   1 |   7 |
|    "could reach the gulf within weeks", "is liable to be shelled", "would try to",  |            |     |
|    "have talked of escorting", "efforts to impose sanctions")                       |            |     |
| P  programme lines of a broadcast transcript (the host's and correspondent's own   |  0   6   0 |   6 |
|    tagged lines: questions, sign-offs, narration) read as statements                |            |     |
| A  an event the gold lists whose evidence does not hold the gold anchor (a miss and |  1   0   5 |   6 |
|    an extra at once: the anchor takes in "that" or the clause's time phrase)        |            |     |
| S  no act: a state or an arrangement ("the radio link went dead", "stays open to    |  4   1   0 |   5 |
|    dialogue", "the detainees were well treated", "will be led at sea by")           |            |     |
| E  a real event the gold does not list (a reported act, a resolution's call)        |  0   4   1 |   5 |
| all                                                                                 |  9  26  18 |  53 |

Wrong kinds of heldout16 (24): K1 13 a gold act whose only holder is a statement around it (the act's own reading
missing or too short: troops put ashore in a relative clause, joint exercises called off, a leader who "arrived ... for
talks"); K2 4 a measure read `other` for `sanction` (a sanctions resolution adopted, ports closed to a state's ships, a
measure named by a noun against a state's funds, a ban to take effect); K3 7 one each (a call "by telephone" as `other`,
"was to see" as `other`, "sailed from" as `other`, an exercise broken off as `other`, a surrender order as `deployment`,
air samples as `nuclear_test`, a resolution rejected as `other`).

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
step 2). Blind heldout5/6/8/17/18 timeline and parity e2e identical; parity e2e of heldout16, fresh6, heldout identical.

Step 2 (class P; timeline/transcript.py `_handed_back`, speech.toml [transcript] `hand_back_thanks`): a speaker line that
only hands the story back to another speaker by name, tagged as a correspondent's (the outlet's possessive, the place
reported from, or "reporting": "Mark Obi in Nairobi.", "Li Chen in Seoul, thank you."), makes both the programme's own
people: their tagged lines are no statements (the others' words they relay stay statements). A guest thanked by name
alone stays a speaker. Figures (step 1 -> step 2): heldout16 precision 83 -> 85%, kind 88 -> 89%, recall 84 -> 83% (two
gold acts in the host's and correspondent's lines, "X's decision last week to open the crossing" and people "held and then
released", had been matched only by the tagged line's statement, a wrong kind: no act reading holds them), parity e2e
status 60 -> 59% (one of those two); heldout15 precision 87 -> 88% (its host's hand-back); dev20-prec 85 -> 100%; every
other dev and declassified set, the samples and the blind sets (timeline and parity e2e) unchanged.

Step 3 (a question: "Asked whether X had done Y, a spokesman said ..."; found on the dev sets' extras, 3 of them, after
the table): an act inside a question is asked about, no act told (timeline/unasserted.py `asked`). Figures (step 2 ->
step 3): dev11-stmts precision 91 -> 93%, dev12-links 91 -> 92%, dev20-prec stays 100% (its new trap read a deployment
before); every other set and the blind sets unchanged. Tried and dropped: diplomats expelled and airspace or ports
closed to a state's craft as `sanction` (heldout4 kind 94 -> 97%, but blind heldout5 kind 94 -> 92%, and some 65 older
rows hold `other`). Also tried after step 3 and dropped: an undated act told as a perfect in a relative clause on a noun
("a patrol boat that had approached the fleet") as background (heldout12, heldout15, dev16-standoff precision +1 each, but
blind heldout8 recall 84 -> 83% and kind 89 -> 88%, heldout17 one date fewer: the blind golds list such acts).

Step 4 (class R for `other` acts, below): an undated `other` act read at its noun with a definite or possessive
determiner, after an act told by a word of that noun's stem (nominal.toml [act_nouns.heads]; an assault's nouns after any
verb of the assault family) by the same doer or none, is that act. With the stems alone no figure moved; with the
assault family dev11-stmts precision 93 -> 94% (heldout16 keeps 40 of the 53 extras tabled: the one more this removed
was "in response to <another state's> attack", the other doer's act, an old row's shape, so the doers must agree); every
other set, the samples and the blind sets (timeline and parity e2e) unchanged.
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
# told before it (or only a plan), a retelling naming the doer the first telling did not, and an act done to the test
# ("summoned the ambassador over the test").
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


# Step 2 (class P): a broadcast's host hands the story back to the correspondent by name, with the place reported from,
# the outlet's possessive or "reporting": both are the programme's own people, their tagged lines no statements; the
# words of others they tell stay statements. A guest thanked by name alone stays a speaker.
PROGRAMME = [
    ("ANNA WELLS: Sudan's army says it has retaken the palace. Our Africa correspondent Mark Obi reports from Nairobi.\n\n"
     "MARK OBI: The army announced on Friday that its troops had entered the palace compound.\n\n"
     "ANNA WELLS: And the paramilitaries?\n\n"
     "MARK OBI: The African Union called on Thursday for a ceasefire.\n\n"
     "ANNA WELLS: Mark Obi in Nairobi, thank you.",
     {"Anna Wells", "Mark Obi"}, {"Sudan", "African Union"}),
    ("HOST: Seoul says the North fired two cruise missiles overnight.\n\n"
     "LI CHEN: Japan's defence ministry said this morning that both fell into the sea.\n\n"
     "HOST: Radio Asia's Li Chen, thanks.",
     {"Li Chen"}, {"South Korea", "Japan"}),
    ("ANCHOR: Ankara recalled its ambassador today.\n\n"
     "PARK: Turkey's foreign ministry said on Monday the envoy had been called home for consultations.\n\n"
     "ANCHOR: Park Ji-ho reporting.",
     {"Park", "Park Ji-ho"}, {"Turkey"}),
]


@pytest.mark.parametrize(("text", "programme", "speakers"), PROGRAMME, ids=[t[:40] for t, _, _ in PROGRAMME])
def test_a_programmes_own_people_make_no_statements(text: str, programme: set, speakers: set) -> None:
    events = extract_strict(make_excerpt(text + "\n", published=PUBLISHED))
    actors = {e.actor for e in events if e.kind.value == "statement"}
    assert not actors & programme and speakers <= actors, shown(events)


def test_a_guest_thanked_by_name_stays_a_speaker() -> None:
    text = ("LINDA HART: With me is the Israeli ambassador, Dan Meron. Ambassador, what happened on the ship?\n\n"
            "DAN MERON: Our soldiers were attacked as they boarded the vessel on Monday.\n\n"
            "LINDA HART: Ambassador Meron, thank you.\n")
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    assert "Dan Meron" in {e.actor for e in events if e.kind.value == "statement"}, shown(events)


# Step 3 (class H, a question; timeline/unasserted.py `asked`, data/unasserted.toml [asked], one filter at the end of
# `events.drafts_of`): an act inside a question someone asked (a verb of asking, up to five words, "whether" or "if")
# is what was asked about, no act told; the statement stays, and an act told outside the question stays.
ASKED = [
    ("Asked whether Ankara had accepted the findings, a foreign ministry spokesman said the inquiry was not over.",
     "had accepted the findings"),
    ("Asked whether the marines had used excessive force, the deputy minister said they had acted within the rules.",
     "had used excessive force"),
    ("Asked whether the United States would strike back, the general said all options were open.", "would strike back"),
    ("The senator asked whether Britain had expelled the diplomats too soon.", "had expelled the diplomats"),
    ("Tokyo summoned the Chinese ambassador on Monday, and asked whether Beijing had sent the ships on purpose.",
     "had sent the ships"),
    ("Asked whether India had moved troops to the border, a State Department spokesman said Washington was studying "
     "the matter.", "had moved troops"),
]


@pytest.mark.parametrize(("text", "words"), ASKED, ids=[t[:48] for t, _ in ASKED])
def test_an_act_asked_about_is_no_event(text: str, words: str) -> None:
    acts = _acts(text)
    at = text.index(words)
    assert not [e for e in acts if e.evidence.start <= at < e.evidence.end], shown(acts)


ASKED_KEPT = [
    ("Tokyo summoned the Chinese ambassador on Monday, and asked whether Beijing had sent the ships on purpose.",
     "summoned the Chinese ambassador"),
    ("Asked about the talks, the minister said Seoul had expelled two diplomats on Monday.", "had expelled two diplomats"),
]


@pytest.mark.parametrize(("text", "words"), ASKED_KEPT, ids=[t[:48] for t, _ in ASKED_KEPT])
def test_an_act_told_beside_a_question_stays(text: str, words: str) -> None:
    acts = _acts(text)
    assert any(words in e.evidence.exact for e in acts), shown(acts)


# Step 4 (class R for `other` acts; notacts.retold, `_retold_noun`, words nominal.toml [act_nouns.heads] and notacts.toml
# [retold] assault_family): an undated `other` act read at its noun with a definite or possessive determiner names an act
# told before by a word of its stem ("the release" after "released"; an assault's nouns after any assault verb: "the
# raid" after "boarded"): no second event. Another act of the kind ("a second attack") stays.
RENAMED = [
    ("Greek commandos raided the freighter on Sunday. Ankara condemned the raid in the strongest terms.",
     "raided the freighter"),
    ("Israeli commandos boarded the aid ship on Monday. Ankara condemned the raid in the strongest terms.",
     "boarded the aid ship"),
    ('Israeli forces attacked the convoy on Monday. Erdogan called Israel\'s attack on the aid convoy "state terrorism".',
     "attacked the convoy"),
]


@pytest.mark.parametrize(("text", "words"), RENAMED, ids=[t[:48] for t, _ in RENAMED])
def test_an_act_renamed_by_its_noun_is_one_event(text: str, words: str) -> None:
    acts = _acts(text)
    assert [words in e.evidence.exact for e in acts] == [True], shown(acts)


@pytest.mark.parametrize("text", [
    "Israeli forces attacked the convoy on Monday. A second attack on the convoy killed two drivers.",
    "Kyiv struck a bridge in Crimea on Friday in response to Russia's attack on the port.",
])
def test_another_assault_stays(text: str) -> None:
    acts = _acts(text)
    assert len(acts) == 2, shown(acts)
