"""Acts told with their attribution after them that only the statement reporting them recorded (session 13, helper
swallow13; fresh sentences written from general knowledge about other crises and outlets, no corpus text). Each row:
the act's kind, actor (None: not checked), anchor and first day, AND the statement beside it (its anchor).

The shapes, from the blind sets declassified this session (heldout7, heldout10) and the blind counts ("act read only as
the statement" 17 across heldout5-13):

| shape                                                                        | example (excerpt: anchor)             |
|------------------------------------------------------------------------------|---------------------------------------|
| W1 a leading day and its comma before the subject of an open verb: the       | zp-02 "On Monday, ... Putin watched   |
|    subject's search met "on" first (a preposition, no subject) and gave up   | the exercise ..., the Kremlin press   |
|    (fixed: timeline/leadday.py, called from openverbs._clauses/open_acts)    | service reported"                     |
| W5 an act told before ", according to X": the frame is "inverted" (its       | ex-04 "flew out a day earlier ...,    |
|    speaker after its words), and open verbs read no inverted frame's words;  | according to the Russian news agency" |
|    "according to"'s content is the told words (fixed: openverbs.open_acts)   |                                       |
| W6 a subject longer than the open verbs' limit only by a name's words ("A   | ar-04 "aboard the Swedish icebreaker  |
|    Danish-led team ... aboard the Swedish icebreaker Oden set out"): names   | Oden set out this week"               |
|    no longer count toward it (fixed: openverbs._verb_at)                     |                                       |
| W2 the act in a relative clause of the statement's own speaker ("X, who      | zp-03 "who watched the final phase",  |
|    toured A earlier this week, said ...")                                    | yp-03 "who toured Seoul ..."          |
| W3 the act in a where-clause of the told words ("..., where X made launches  | zp-02 "made launches"                 |
|    at targets, the Kremlin reported")                                        |                                       |
| W4 a speech verb as the act's verb ("added seven jets to the mission")        | zp-01/zp-04 "added seven F-15 ..."    |
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.timeline.events_helpers import holding, make_excerpt
from timeline.events import extract_strict

PUBLISHED = "2021-10-15"  # a Friday


class Row(NamedTuple):
    """The sentence, the act's kind ("a|b"), its anchor, actor (None: not checked) and first day, the statement's anchor."""

    text: str
    kind: str
    anchor: str
    actor: str | None
    date: str | None
    statement: str


# W1: a leading day and its comma, then subject + open verb, then ", X said / reported / according to X".
LEAD_DAY = [
    Row("On Tuesday, President Emmanuel Macron inspected the troops at the Gao base, the Elysee said.", "other",
        "inspected the troops", "Emmanuel Macron", "2021-10-12", "the Elysee said"),
    Row("On Wednesday, the defence minister visited the border post at Tsirang, officials said.", "other",
        "visited the border post", None, "2021-10-13", "officials said"),
    Row("On Monday, Chancellor Olaf Scholz toured the flooded districts by helicopter, his spokesman reported.",
        "other|meeting",
        "toured the flooded districts", "Olaf Scholz", "2021-10-11", "his spokesman reported"),
    Row("Late on Thursday, the coast guard cutter towed the disabled trawler into Kaohsiung, the agency reported.",
        "other|ship_movement", "towed the disabled trawler", None, "2021-10-14", "the agency reported"),
    Row("On 3 October, the envoy delivered the letter to the junta, according to state media.", "other",
        "delivered the letter", None, "2021-10-03", "according to state media"),
]

# W5: subject + open verb + ", according to X" (a news agency, state media, a report).
ACCORDING = [
    Row("A second team of inspectors from the Vienna office flew out a day earlier on a charter flight, "
        "according to the Tasnim news agency.", "other|ship_movement|deployment", "flew out a day earlier", None, None,
        "according to the Tasnim news agency"),
    Row("The envoy delivered the letter to the junta in Naypyitaw on 3 October, according to state media.", "other",
        "delivered the letter", None, "2021-10-03", "according to state media"),
    Row("Belgrade shipped the mortar rounds to the buyer on Thursday, according to a report by the Associated Press.",
        "other|deployment", "shipped the mortar rounds", "Serbia", "2021-10-14", "according to a report"),
    Row("On Tuesday, Colombian troops dismantled two cocaine laboratories near Tumaco, according to the army.",
        "other", "dismantled two cocaine laboratories", None, "2021-10-12", "according to the army"),
]

# W6: a long subject whose length is mostly a name's words.
LONG_NAMES = [
    Row("A Norwegian-led team of geologists aboard the Canadian research vessel Amundsen set out on Monday to survey "
        "the shelf, a Norwegian official said.", "other|ship_movement", "set out on Monday", None, "2021-10-11",
        "a Norwegian official said"),
]

# W4, read since session 15 (actsay15: openverbs._tail, attributes.and_cuts, triggers.toml "added ... jets to"): the row
# moved here from MISSED unchanged, its strict xfail taken off.
ADDED = [
    Row("Britain has sent 200 engineers to Estonia in recent weeks and added four Typhoon jets to NATO's air policing "
        "mission, a British official said.", "deployment|other", "added four Typhoon jets", "United Kingdom", None,
        "a British official said"),
]

ROWS = LEAD_DAY + ACCORDING + LONG_NAMES + ADDED

# Known misses (W2-W4): a strict xfail each, to fix next.
MISSED = [
    Row("Foreign Minister Penny Wong, who toured Suva, Apia and Nuku'alofa earlier this week, said Canberra would "
        "double its aid.", "other|meeting", "toured Suva, Apia and Nuku'alofa", "Penny Wong", None,
        "said Canberra would double its aid"),
    Row("On Friday, President Ruto watched the drill at the Kahawa barracks, where Kenyan gunners fired rockets at "
        "mock targets, the State House reported.", "other|missile_test|military_exercise", "fired rockets at mock targets",
        None, None, "the State House reported"),
]

# A leading day before words that tell no act (a state, a thought, a speech): the statement only.
NEGATIVES = [
    "On Tuesday, the mood in the capital appeared tense, diplomats said.",
    "On Monday, the minister was in Brussels, officials said.",
    "On Wednesday, the ambassador believed a deal was near, aides said.",
    "On Thursday, the spokesman denied the report, the agency said.",
    "On Friday, the regime wanted a delay, according to diplomats.",
    "The minister appeared tired and remained silent, according to state media.",
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


CASES = [pytest.param(r, id=f"{r.kind}:{r.anchor}") for r in ROWS] + [
    pytest.param(r, id=f"{r.kind}:{r.anchor}", marks=pytest.mark.xfail(strict=True, reason="W2-W4: no rule yet"))
    for r in MISSED]


@pytest.mark.parametrize("row", CASES)
def test_the_act_beside_its_statement_is_read(row: Row) -> None:
    events = _events(row.text)
    held = holding(events, row.kind, row.text, row.anchor)
    if row.actor is not None:
        assert any((e.actor or "").casefold() == row.actor.casefold() for e in held), [e.actor for e in held]
    if row.date is not None:
        assert any(e.date is not None and str(e.date.start) == row.date for e in held), \
            [(e.date.phrase, e.date.start) if e.date else None for e in held]
    # the statement keeps its own event beside the act (the act never takes the statement's place)
    assert holding(events, "statement", row.text, row.statement)
    assert not any(e.kind.value == "statement" and row.statement in e.evidence.exact for e in held)


@pytest.mark.parametrize("text", NEGATIVES, ids=[n[:48] for n in NEGATIVES])
def test_a_leading_day_before_no_act_reads_none(text: str) -> None:
    events = _events(text)
    assert [(e.kind.value, e.evidence.exact) for e in events if e.kind.value != "statement"] == []
    assert any(e.kind.value == "statement" for e in events)
