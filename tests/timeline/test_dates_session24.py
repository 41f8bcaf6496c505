"""Session 24 (kinds24, issue 4): never a date from a non-date word, and the open sets' date misses by cause. Rows are
fresh sentences about other crises, outlets and years (never a held-out set's text).

STEP 1, heldout20's one date from a non-date word (declassified this session): "Four months after two mines sent the
  boat to the bottom ... on the night of July 11, the affair that has poisoned relations between France and the South
  Pacific is still far from closed" dated "the affair that has poisoned relations" four months after 11 July. Two
  causes: (a) the measure ("Four months after <clause with its own day>") counted on from the clause's day for the act
  of the main clause, although that clause speaks of the present (it names the day of writing, not an act's day:
  session 7's rule for a main clause in the present only held where the other clause had no day); (b) "poisoned
  relations" (figurative) read as an act. Fixed: events._main_now / timeclause.told_as_now (dates.toml [measure_now]:
  words telling a state that holds now; "has"/"have" alone do not, so "Troops have deployed to the border, two days after
  the vote on March 3" keeps its counted day) and a guard in triggers.toml's verdict-and-harm row ("poisoned relations",
  "ties", "the atmosphere", ...). Trap corpus: tests/data/dev24-dates (tankers, kerch; gold committed before the first
  run): its traps held on the old code too (the main clauses there hold no act the tool reads), so the rows below carry
  the class.
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _day, _events

# Step 1 (a): a measure after a dated clause beside a main clause in the present dates none of that clause's acts (each
# row took the counted day on main e81a359, some of them after the day of writing).
MEASURE_NOW = [
    ("Three months after rebels shot down the airliner on 17 July, the investigators who have recovered the wreckage "
     "are still waiting for access.", "2014-10-20", "other", "the investigators who have recovered"),
    ("Ten days after the militia stormed the embassy on 11 September, the diplomats it has detained are still held.",
     "2012-09-21", "other", "the diplomats it has detained"),
    ("The investigators who have recovered the wreckage are still waiting for access three months after rebels shot "
     "down the airliner on 17 July.", "2014-10-20", "other", "The investigators who have recovered"),
    ("The sailors the coast guard has detained remain in custody four months after its ships rammed the tug on 25 "
     "November.", "2019-03-20", "other", "The sailors the coast guard has detained"),
]


@pytest.mark.parametrize(("text", "published", "kind", "words"), MEASURE_NOW)
def test_a_measure_beside_a_present_main_clause_dates_none_of_its_acts(text, published, kind, words):
    assert _day(_events(text, published), kind, words) is None


# Step 1 (a), guards that held on main e81a359 and must hold still: the dated clause keeps its own day; a past main
# clause (or a perfect with no state told now) takes the counted day.
MEASURE_PAST = [
    ("Three months after rebels shot down the airliner on 17 July, the investigators who have recovered the wreckage "
     "are still waiting for access.", "2014-10-20", "other", "rebels shot down the airliner", ("2014-07-17",) * 2),
    ("Two days after the vote on March 3, the army deployed troops to the capital.", "2021-03-20", "deployment",
     "the army deployed troops", ("2021-03-05",) * 2),
    ("Troops have deployed to the border, two days after the vote on March 3.", "2021-03-20", "deployment",
     "Troops have deployed", ("2021-03-05",) * 2),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), MEASURE_PAST)
def test_a_measure_beside_a_past_main_clause_still_counts(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


# Step 1 (b): "poisoned" in its figurative sense is no act (each row was an `other` event on main e81a359); the act
# of poisoning a person stays one.
def test_poisoned_relations_is_no_act():
    for text in ("The affair has poisoned relations between Spain and Morocco.",
                 "The row poisoned ties between the two capitals for a decade."):
        assert _events(text, "2019-03-20") == []


def test_poisoning_a_person_is_still_an_act():
    got = _day(_events("Agents poisoned the defector in Salisbury on March 4.", "2018-03-20"), "other",
               "poisoned the defector")
    assert got == ("2018-03-04", "2018-03-04")
