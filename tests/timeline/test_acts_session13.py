"""Acts that real blind text told in shapes the tool missed (session 13, helper acts13; fresh sentences written from
general knowledge about other crises and outlets, no corpus text). Each row: the anchor lies in an event of the row's
kind, by the row's actor (None: not checked). Negative rows hold no more events of the kinds named than allowed.

The gold acts missed in the two blind sets declassified this session (heldout7: 28 of 254, heldout10: 22 of 124, at
main c285a52), by the shape of their sentence (one shape each, the first that explains the miss):

| shape                                                                          | n  | examples (excerpt: anchor)           |
|--------------------------------------------------------------------------------|----|--------------------------------------|
| S1 found, but the evidence misses the gold anchor or one event holds two golds | 11 | fj-04 "travel bans ... and their     |
|    (a wrong "and" cut inside a noun phrase; two measures in one event; cut at  |    | families", fj-04 "cut aid            |
|    "while"/"if"/an apposition; a relative's head left out; an act's evidence   |    | programmes", fj-01 "crashed while    |
|    swallowing the statement that reports it)                                   |    | trying to land", fj-03 "a cruise     |
|                                                                                |    | ship that left", ex-03 "giving them  |
|                                                                                |    | 72 hours", yp-03 "shipped more K-9"  |
| S2 act told as a noun phrase, not as a predicate ("the sinking of X in March", |  9 | yp-01/yp-04 sinking of the Cheonan,  |
|    a list of nouns after a colon, "<noun> that began on Monday")               |    | fj-04 exercises/seizure/roadblocks,  |
|                                                                                |    | fj-04 "The loss of a Black Hawk",    |
|                                                                                |    | ar-04 tour, yp-01 Hoguk exercise,    |
|                                                                                |    | yp-04 consultations                  |
| S3 act inside a reported clause, only the statement recorded ("announced that  |  8 | fj-02/fj-03 "dismissed PM",          |
|    he had taken control ... and dismissed X", "said X would respond with")     |    | ar-04 "Canada will build", ex-01/02  |
|                                                                                |    | "would respond with", yp-01 "had     |
|                                                                                |    | shown him"                           |
| S4 an act of an "and"/participle series with a shared subject                  |  6 | ar-01 "dived ... and planted",       |
|    ("dived ... and planted", "ordering X and kicking out Y", "started on ...   |    | ex-01/02 "kicking/booting out",      |
|    and will end on Wednesday", "flew to X on Sunday and met Y")                |    | zp-02 "will end", yp-04 "flew to"    |
| S5 act in a subordinate, relative or participle clause (where-, who-, that-,   |  6 | ar-02 "installed a flag", ar-04      |
|    though-clause; ", meeting in Sydney the same day,")                         |    | "planted its flag", zp-02 "made      |
|                                                                                |    | launches", ex-01 "takes office",     |
|                                                                                |    | yp-04 "heard artillery fire", fj-04  |
|                                                                                |    | "meeting in Sydney"                  |
| S6 passive with no agent ("The compounds will be closed at noon on Friday")    |  4 | ex-01/ex-02 compounds closed, ex-02  |
|                                                                                |    | "offered 72 hrs", yp-04 "were found" |
| S7 plain main-clause act by a verb or subject no list holds                    |  5 | ar-01 "start the voyage home",       |
|                                                                                |    | ar-02 "The expedition will return",  |
|                                                                                |    | zp-02 "attended the exercise"        |
| S8 act in a direct quote of a multi-sentence statement                         |  1 | yp-03 "stage a joint naval exercise" |

Fixed this session (largest first): S1's wrong "and" cut inside a noun phrase and measures in one event
(`attributes.and_cuts` / `series_cuts`, triggers.toml); S3's takeover in the perfect in reported words and the removal
after it ("had taken control ... and dismissed President X": triggers.toml, `openverbs._removal`); S2's noun that its
own relative clause starts on a day ("the exercise that began on Monday": `timeline/nounstart.py`); S4's diplomats
thrown out in everyday words ("kicking out 35 diplomats": triggers.toml).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2021-10-15"  # a Friday

R = Row = ActRow

# S1: a series of measures whose first object is two nouns joined by "and" (the "and" joins nouns, not predicates),
# and a bare past verb spelt like its noun ("cut") closing the series: each measure is its own event, whole.
SERIES = [
    R("Britain and Canada imposed asset freezes on the junta's ministers and their spouses, froze arms sales and cut "
      "development aid.", "sanction", "imposed asset freezes on the junta's ministers and their spouses", "United Kingdom"),
    R("Britain and Canada imposed asset freezes on the junta's ministers and their spouses, froze arms sales and cut "
      "development aid.", "sanction", "cut development aid", "United Kingdom"),
    R("The European Union banned imports of the regime's oil and its derivatives, froze its assets and suspended "
      "trade talks.", "sanction", "banned imports of the regime's oil and its derivatives", "European Union"),
    R("Tokyo expelled the military attache and his deputy, froze the mission's accounts and closed the trade office.",
      "sanction", "expelled the military attache and his deputy", "Japan"),
    R("Washington barred entry to the general's aides and their relatives, halted military aid and recalled its "
      "ambassador.", "sanction", "halted military aid", "United States"),
    R("Paris suspended visas for the junta's officers and their families, froze the generals' assets and cut budget support "
      "on Thursday.", "sanction", "cut budget support", "France"),
    R("Paris suspended visas for the junta's officers and their families, froze the generals' assets and cut budget support "
      "on Thursday.", "sanction|other", "froze the generals' assets", "France"),
]

# S3: a takeover told in a statement's reported words, in the perfect ("had taken control", "had assumed executive
# authority"), and the removal from office that follows it ("and dismissed President X"): acts of their own beside the
# statement (gold rule: an attribution is a statement, the act it reports a second event).
REPORTED = [
    R("Niger's presidential guard announced on Wednesday that it had taken control of the capital and dismissed "
      "President Mohamed Bazoum.", "other", "had taken control of the capital"),
    R("Niger's presidential guard announced on Wednesday that it had taken control of the capital and dismissed "
      "President Mohamed Bazoum.", "other", "dismissed President Mohamed Bazoum"),
    R("Sudan's army chief said on Monday that he had seized power and dismissed the cabinet.", "other",
      "dismissed the cabinet"),
    R("Gabon's officers said on state television that the military had assumed executive authority.", "other",
      "had assumed executive authority"),
    R("Myanmar's army said in a broadcast that it had taken control of the country for a year.", "other",
      "had taken control of the country"),
]

# S2: an event named by a noun whose own relative clause starts it on a day ("<noun> that began on Monday"): the noun's
# event, dated by that clause (timeline/nounstart.py).
NOUN_STARTS = [
    R("The landing was part of the annual Cobra Gold exercise that began on Tuesday.", "military_exercise",
      "Cobra Gold exercise that began on Tuesday", None, None, "2021-10-12"),
    R("The announcements capped a four-day tour of the Sahel that began Monday in Niamey, where the minister met "
      "troops.", "meeting|other", "a four-day tour of the Sahel that began Monday in Niamey", None, None, "2021-10-11"),
    R("For weeks the army had rehearsed in plain sight: the drills in the capital's streets, and the roadblocks that "
      "went up on the eve of the vote.", "deployment", "the roadblocks that went up on the eve of the vote"),
    R("The ceasefire that began at dawn on Friday largely held.", "other", "ceasefire that began at dawn on Friday"),
    R("Crews loaded the trucks before the airlift that began on Wednesday.", "other", "the airlift that began on Wednesday",
      None, None, "2021-10-13"),
]

# S4: diplomats thrown out in everyday words, also as the second participle of a series ("ordering X and kicking out Y").
EVERYDAY = [
    R("Estonia kicked out a Russian diplomat on Monday.", "other|sanction", "kicked out a Russian diplomat", "Estonia"),
    R("Lithuania ordered sanctions on three officials and booted out two Russian attaches.", "other|sanction",
      "booted out two Russian attaches", "Lithuania"),
    R("President Emmanuel Macron hit back on Thursday, ordering sanctions on the agency and kicking out 14 Iranian "
      "diplomats.", "other|sanction", "kicking out 14 Iranian diplomats"),
    R("Ottawa threw out the Chinese consul in Toronto last week.", "other|sanction", "threw out the Chinese consul"),
]

ROWS = SERIES + REPORTED + NOUN_STARTS + EVERYDAY

MISSED: dict[str, str] = {}

NEGATIVES = [
    # one act whose predicate goes on after "and cut" with no series before it
    ("The trawler's anchor dragged along the seabed and cut the power cable on Sunday.", ["other", "sanction"], 1),
    # "and" + a noun phrase with no comma and verb after it: two subjects, one act each
    ("Oslo and its allies condemned the move.", ["sanction"], 0),
    # "dismissed" words judged, never a removal: no act for them
    ("The ministry said the rebels had stormed the base and dismissed the claims as lies.", ["other"], 1),
    ("The spokesman said officials had dismissed the report as propaganda.", ["other"], 0),
    # a noun whose clause starts it in a year, or with no day: background or a noun for one told elsewhere
    ("The exercise that began last year has ended.", ["military_exercise"], 0),
    ("The drills that began in 2019 have become an annual fixture.", ["military_exercise"], 0),
    # thrown out, but no diplomat
    ("The coach kicked out three players on Monday.", ["other", "sanction"], 0),
    # "control measures" are a measure's name, no takeover
    ("The police said they had taken control measures at the border.", ["other"], 0),
]


# S1: the measures of one series are told apart, each in an event of its own (never two in one event's evidence).
APART = [
    ("Britain and Canada imposed asset freezes on the junta's ministers and their spouses, froze arms sales and cut "
     "development aid.", ["imposed asset freezes", "froze arms sales", "cut development aid"]),
    ("Paris suspended visas for the junta's officers and their families, froze the generals' assets and cut budget support "
     "on Thursday.", ["suspended visas", "froze the generals' assets", "cut budget support"]),
    ("Wellington barred the colonels and their wives from entry, froze defence ties and cut aid to the island.",
     ["barred the colonels", "froze defence ties", "cut aid to the island"]),
    ("Seoul banned exports to the firm and its subsidiaries, shut its consulate in the port and cut aid to the province.",
     ["banned exports", "shut its consulate", "cut aid to the province"]),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(ROWS, MISSED))
def test_an_act_of_session13_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_extra_act_is_read(text: str, kinds: list[str], most: int) -> None:
    found = kinds_found(_events(text), kinds)
    assert len(found) <= most, found


@pytest.mark.parametrize(("text", "anchors"), APART, ids=[a[0][:48] for a in APART])
def test_each_measure_of_a_series_is_its_own_event(text: str, anchors: list[str]) -> None:
    events = [e for e in _events(text) if e.kind.value in ("sanction", "other")]
    holders = [[i for i, e in enumerate(events) if a in e.evidence.exact] for a in anchors]
    assert all(holders), [(e.kind.value, e.evidence.exact) for e in events]
    assert len({h[0] for h in holders}) == len(anchors), [(e.kind.value, e.evidence.exact) for e in events]
