"""Session 17 (clause17): acts in subordinate and coordinated clauses.

The declassified sets' missed and wrong-kind gold events tagged subordinate or coordinated by `--shapes -v`, by
sub-shape, at the start of the session (main ff7b8fe; h11 heldout11, h9 heldout9, h13 heldout13, h7 heldout7, h10
heldout10, h12 heldout12; sorted by hand from the -v lines, 78 in all):

| sub-shape (78 missed or wrong kind)                                | h11 | h9 | h13 | h7 | h10 | h12 | all |
|--------------------------------------------------------------------|-----|----|-----|----|-----|-----|-----|
| predicate sharing the subject (", and had sailed back", "and will end on Wednesday") | 3 | 4 | 2 | 1 | 3 | 1 | 14 |
| participle, absolute or "according to" phrase (", giving them 72 hours", "by fielding") | 4 | 2 | 2 | 3 | 0 | 2 | 13 |
| which/who/that/where clause (its own act, or the main verb after it) | 0 | 1 | 5 | 6 | 0 | 1 | 13 |
| time clause with a subject of its own ("after the cabinet gave notice") | 3 | 3 | 4 | 1 | 1 | 0 | 12 |
| ", and" clause with a subject of its own ("and phone lines were cut", "and Y followed") | 5 | 2 | 2 | 0 | 0 | 2 | 11 |
| a noun in a subordinate or coordinated phrase ("and the arrest of 17 members") | 2 | 4 | 0 | 1 | 2 | 1 | 10 |
| coordinated subject ("Two frigates and a tug are now on station") | 3 | 0 | 0 | 0 | 1 | 1 | 5 |

Why nothing fired (or the wrong kind), all sub-shapes: a verb or noun no list holds 17 (the largest cause, no clause's
shape: "bundled", "gave notice", "cut" with no "off"); kind 19; a second statement not split 3, statements in a who-,
when- or that-clause 5, "according to" shapes 4 (speech, not acts); an -ing phrase read as no act 5; inside reported
words or a quote 4; a pronoun subject 2; no reading of ", and X followed" 2 (the one clause shape with no reading).

Fixed here (step 1, `timeline/followed.py`): ", and <subject> followed [a time phrase]" after an act of the same
sentence is that act again by the new subject ("Kenya closed its border on Monday, and Uganda followed on Tuesday"):
the first act's kind, the subject's doer ("a second ruling ... followed" the first act's doer), its own day or none;
never "followed the talks", a subject that is no doer ("protests followed", "talks followed"), a plan or condition.
Step 2 (`followed.ended_acts`): the end of a drill or sitting told as its start's second predicate ("The drills started
on 9 May and will end on Wednesday", "The talks opened on Monday and ended on Friday") is that event's kind with the day
it names (planned when it looks ahead); never a verb with an object ("and closed the border on Tuesday").
Step 3 (triggers.toml [[rare]], session 17): links cut in the passive, often a clause of its own after ", and" ("Troops
took the capital, and phone and internet services were cut in several cities"): "cut" with no "off" only for phone,
internet, power and the like; never "cut by half", "cut back".
Rows are fresh sentences (invented names, places and days).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_by, make_excerpt
from timeline.events import extract

# sentence, published, kind, anchor, actor ("" = unnamed, None = not checked), day ("" = not checked, None = undated)
ROWS = [
    # ", and <a named doer> followed": the act before it again, its kind, the follower its doer, its own day
    ("Kenya expelled two Ugandan diplomats on Monday, and Tanzania followed on Wednesday.", "2016-08-12",
     "other|sanction", "Tanzania followed on Wednesday", "Tanzania", "2016-08-10"),
    ("The Arab League suspended Syria's membership on 12 November, and Jordan and Qatar soon followed suit.",
     "2011-12-02", "other|sanction", "Jordan and Qatar soon followed suit", "Jordan", None),
    # a time phrase with no day of its own leaves it undated
    ("Ottawa froze the generals' assets on 3 June, and Canberra followed within a fortnight.", "2022-07-01",
     "sanction|other", "Canberra followed within a fortnight", "Australia", None),
    # "a second <noun>" is the first act's doer again
    ("A tribunal in Lima ordered Orica Mining to pay damages in May, and a second ruling against Andes Ltd. "
     "followed a month later.", "2019-09-10", "other", "a second ruling against Andes Ltd. followed a month later",
     None, None),
    # the end of a drill or sitting as its start's second predicate: the same kind, its own day
    ("The joint Kenyan-Ugandan drills started on 9 September and will end on Wednesday.", "2021-09-13",
     "military_exercise", "will end on Wednesday", None, "2021-09-15"),
    ("The summit opened in Lima on 10 September and will close on Wednesday.", "2021-09-13", "meeting",
     "will close on Wednesday", None, "2021-09-15"),
    ("Georgia began naval drills with Turkey on 4 May, and they ended on 11 May.", "2014-05-20", "military_exercise",
     "ended on 11 May", None, "2014-05-11"),
    # a coordinated clause of its own: links cut in the passive, with no "off"
    ("Soldiers took up posts outside the parliament in Bamako, and phone and internet services were cut in three towns.",
     "2020-08-19", "other", "phone and internet services were cut", None, None),
    ("Mobile and internet connections were switched off in Khartoum on Monday.", "2019-06-05", "other",
     "Mobile and internet connections were switched off", None, "2019-06-03"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS,
                         ids=[f"row{i}" for i in range(len(ROWS))])
def test_clause17_rows(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


# sentence, published, kinds, anchor: no event of those kinds may hold the anchor (no act followed: an object, no doer,
# a plan or a condition before it)
MUST_NOT = [
    ("Kenya closed its border on Monday, and Uganda followed the talks closely.", "2016-08-12", "other|sanction",
     "Uganda followed the talks"),
    ("The army shelled the town on Sunday, and heavy rain followed.", "2016-08-12", "other|sanction",
     "heavy rain followed"),
    ("Kenya said it would close its border, and Uganda followed.", "2016-08-12", "other|sanction", "Uganda followed"),
    ("If Kenya closes its border, and Uganda followed, trade would stop.", "2016-08-12", "other|sanction",
     "Uganda followed"),
    # an object after the second verb: its own act, never the sitting's end
    ("The summit opened in Lima on Monday and closed the border on Tuesday.", "2021-09-13", "meeting",
     "closed the border on Tuesday"),
    # a cut that is an amount, not a link severed
    ("Electricity was cut back across the region to save fuel.", "2019-06-05", "other", "was cut back"),
]


@pytest.mark.parametrize(("text", "published", "kinds", "anchor"), MUST_NOT, ids=[r[3][:28] for r in MUST_NOT])
def test_clause17_must_not(text: str, published: str, kinds: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    assert not held_by(events, text, kinds, anchor), [(e.kind.value, e.evidence.exact) for e in events]
