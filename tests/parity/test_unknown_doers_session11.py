"""Session 11 (pe2e): acts whose doer one source does not name, on one day (or a day apart: a date conflict) and told in
words alike, are one act (score._unknown_doer_one_day: with no doer to compare, the words and the day anchor it); days
further apart, a statement, or words apart are not (fresh sentences)."""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("e1", "Morning Wire", "2024-03-06"), record("e2", "Evening Post", "2024-03-06")]


def _pair(one: tuple, other: tuple):
    """(text, kind, actor, day) rows as two events of two independent sources, scored from the first."""
    def make(excerpt: str, row: tuple):
        text, kind, actor, day = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=text.rstrip("."))
    return scored(RECS, make("e1", one), make("e2", other))


ONE_ACT = [
    # one source names no doer, the other names one: the words and the day tie them
    (("A surveillance balloon entered Canadian airspace over the Yukon on Tuesday.", "other", None, "2024-03-05"),
     ("The craft crossed into Canadian airspace above the Yukon territory on Tuesday, officials said.", "other",
      "Canada", "2024-03-05")),
    # neither names a doer
    (("A drone exploded near a fuel depot outside Kherson on Tuesday.", "other", None, "2024-03-05"),
     ("A fuel depot outside Kherson caught fire after an explosion on Tuesday, emergency services said.", "other",
      None, "2024-03-05")),
    # an act head shared already anchored it (unchanged)
    (("Two farm workers were killed on Tuesday when a grain store in the village of Dolni Lom was hit.", "other", None,
      "2024-03-05"),
     ("A stray missile struck a grain store near Dolni Lom on Tuesday, local police said.", "other", None,
      "2024-03-05")),
]

NOT_ONE = [
    # other days: another explosion at one depot
    (("A drone exploded near a fuel depot outside Kherson on Tuesday.", "other", None, "2024-03-05"),
     ("A fuel depot outside Kherson caught fire after an explosion on Friday, emergency services said.", "other",
      None, "2024-03-01")),
    # a statement is compared as a statement
    (("A drone exploded near a fuel depot outside Kherson on Tuesday.", "other", None, "2024-03-05"),
     ("Ukraine's army said a fuel depot outside Kherson caught fire after an explosion on Tuesday.", "statement",
      "Ukraine", "2024-03-05")),
    # one day, words apart
    (("A cargo ship ran aground off the cape on Tuesday.", "other", None, "2024-03-05"),
     ("Coast guard divers searched the waters off the cape for a missing trawler on Tuesday.", "other", None,
      "2024-03-05")),
]


@pytest.mark.parametrize(("one", "other"), ONE_ACT)
def test_one_act(one: tuple, other: tuple) -> None:
    got = _pair(one, other)
    assert got is not None and got.relation == Relation.same_event


@pytest.mark.parametrize(("one", "other"), NOT_ONE)
def test_not_one_act(one: tuple, other: tuple) -> None:
    got = _pair(one, other)
    assert got is None or got.relation != Relation.same_event


def test_unknown_doer_a_day_apart_is_one_act_with_a_date_conflict() -> None:
    """A day's shift (one source dates the act a day later) keeps one act, its date shown as a difference."""
    got = _pair(("A drone exploded near a fuel depot outside Kherson on Tuesday.", "other", None, "2024-03-05"),
                ("A fuel depot outside Kherson caught fire after an explosion on Wednesday, emergency services said.",
                 "other", None, "2024-03-06"))
    assert got is not None and got.relation == Relation.same_event
    assert [d.attribute for d in got.differences] == ["date"]


def test_unknown_doer_undated_in_one_news_cycle_is_one_act() -> None:
    """Told undated, doer unknown, in a source written the next day, in words much alike (similarity >=
    UNKNOWN_DOER_TOPIC_SIM): one act."""
    got = _pair(("The craft crossed into Canadian airspace above the Yukon territory on Tuesday, officials said.",
                 "other", "Canada", "2024-03-05"),
                ("A surveillance balloon entered Canadian airspace over the Yukon territory.", "other", None, None))
    assert got is not None and got.relation == Relation.same_event


def test_unknown_doer_undated_weeks_later_is_not() -> None:
    recs = [record("e1", "Morning Wire", "2024-03-06"), record("e2", "Evening Post", "2024-04-02")]
    one = event("e1", "The craft crossed into Canadian airspace above the Yukon territory on Tuesday, officials said.",
                "other", actor="Canada", day="2024-03-05",
                summary="The craft crossed into Canadian airspace above the Yukon territory on Tuesday")
    other = event("e2", "A surveillance balloon entered Canadian airspace over the Yukon territory.", "other",
                  summary="A surveillance balloon entered Canadian airspace over the Yukon territory")
    got = scored(recs, one, other)
    assert got is None or got.relation != Relation.same_event


def _balloons(written_b: str):
    """Two undated tellings of one count of crossings (a doer unknown in the second), the second source written on
    written_b, scored among their story's other claims."""
    recs = [record("e1", "Morning Wire", "2024-03-06"), record("e2", "Evening Post", written_b),
            record("e3", "Third Daily", "2024-03-06")]
    one = event("e1", "Chinese surveillance balloons briefly crossed the continental United States three times during "
                "the previous administration.", "other", actor="China",
                summary="balloons briefly crossed the continental United States three times")
    other = event("e2", "Such balloons crossed the United States four times during that administration, officials "
                  "said.", "other", summary="balloons crossed the United States four times")
    story = [event("e3", text, kind, actor=actor, summary=text.rstrip(".")) for text, kind, actor in (
        ("The United States shot down the balloon off the coast on Saturday.", "other", "United States"),
        ("China said the airship was a civilian craft blown off course.", "statement", "China"),
        ("The Pentagon said the balloon carried surveillance equipment.", "statement", "United States"),
        ("Officials said the debris would be recovered from the sea.", "statement", None))]
    (fa, fb, *_), claims = claims_for(recs, [one, other, *story])
    return score_pair(fa, fb, build_index(claims))


def test_unknown_doer_both_undated_sources_days_apart_is_one_act() -> None:
    """Both undated, in sources written days apart (news of the same days), in words much alike: one act, whose
    counts differ."""
    got = _balloons("2024-03-08")
    assert got is not None and got.relation == Relation.same_event
    assert "count" in {d.attribute for d in got.differences}


def test_unknown_doer_both_undated_sources_weeks_apart_is_not() -> None:
    got = _balloons("2024-05-20")
    assert got is None or got.relation != Relation.same_event


def _launch(text: str, day: str):
    """A test told by its state (dated Tuesday) against one told with no doer, among their story's other claims."""
    recs = [record("e1", "Morning Wire", "2024-07-02"), record("e2", "Evening Post", "2024-07-02"),
            record("e3", "Third Daily", "2024-07-02")]
    said = ("North Korea fired an intercontinental ballistic missile into the sea off its east coast early on "
            "Tuesday.")
    one = event("e1", said, "missile_test", actor="North Korea", day="2024-07-02", summary=said.rstrip("."))
    other = event("e2", text, "missile_test", day=day, summary=text.rstrip("."))
    story = [event("e3", t, kind, actor=actor, summary=t.rstrip(".")) for t, kind, actor in (
        ("South Korea's military said it had raised its alert level.", "statement", "South Korea"),
        ("Japan lodged a protest through diplomatic channels in Beijing.", "other", "Japan"),
        ("The UN Security Council will meet on Wednesday to discuss the launch.", "meeting",
         "United Nations Security Council"))]
    (fa, fb, *_), claims = claims_for(recs, [one, other, *story])
    return score_pair(fa, fb, build_index(claims))


def test_unknown_doer_test_of_one_day_is_that_test() -> None:
    """A test is one moment: one single day's test, its doer unknown in one source, is that test however worded."""
    got = _launch("The new Hwasong-19 rocket was successfully test-fired at 07:10 on Tuesday, state media said, flying "
                  "into the sea.", "2024-07-02")
    assert got is not None and got.relation == Relation.same_event


def test_unknown_doer_test_of_another_day_is_not() -> None:
    got = _launch("The new Hwasong-19 rocket was successfully test-fired at 07:10 on Monday, state media said, flying "
                  "into the sea.", "2024-07-01")
    assert got is None or got.relation != Relation.same_event
