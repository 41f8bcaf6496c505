"""Session 12: the gold matching serves required gold events before optional ones."""

from __future__ import annotations

from timeline.evalgold import GoldEvent
from timeline.evaluate import match_excerpt, score_excerpt
from timeline.models import DateResolution, Event, Evidence, event_id

BODY = "Monday's march of migrants was escorted by servicemen, according to the Border Guard."


def ev(text: str, kind: str) -> Event:
    """A predicted event whose evidence is the given words of BODY."""
    at = BODY.index(text)
    return Event(id=event_id("x-01", kind, text), excerpt="x-01", kind=kind, summary="s", actor=None,
                 date=DateResolution(start=None, end=None, phrase=None),
                 evidence=Evidence.of(BODY, at, at + len(text)))


def gold(anchor: str, kind: str, optional: bool = False) -> GoldEvent:
    return GoldEvent(excerpt="x-01", anchor=anchor, kind=kind, optional=optional, start=None, end=None)


# The act and the statement, with an optional event (the march) listed between them in the file: two
# predictions, one holding the act's words, one the whole sentence.
GOLD = [gold("was escorted by servicemen", "other"), gold("Monday's march of migrants", "other", optional=True),
        gold("according to the Border Guard", "statement")]
PREDS = [ev("Monday's march of migrants was escorted by servicemen", "other"), ev(BODY, "statement")]


def test_an_optional_gold_event_never_takes_the_only_prediction_of_a_required_one():
    assert match_excerpt(GOLD, PREDS, BODY) == {0: 0, 2: 1}


def test_the_required_events_score_full_recall_and_kind_when_an_optional_one_overlaps():
    s = score_excerpt(GOLD, PREDS, BODY)
    assert (s.recall(), s.kind_accuracy(), s.precision()) == (1.0, 1.0, 1.0)


def test_an_optional_event_is_still_matched_when_a_prediction_is_left_for_it():
    preds = [*PREDS, ev("Monday's march of migrants", "other")]
    assert match_excerpt(GOLD, preds, BODY) == {0: 0, 1: 2, 2: 1}
    assert score_excerpt(GOLD, preds, BODY).optional_matched == 1


BOTH = "The destroyer shot down three drones launched by the rebels on Sunday."


def test_a_gold_event_moved_on_keeps_the_free_prediction_of_its_kind():
    # Two predictions hold both anchors; the optional launch prefers the shorter, which the interception holds, yet the
    # launch prediction is free: the launch takes it, and the interception keeps its own kind.
    at = BOTH.index("shot down")
    short = Event(id=event_id("x-01", "other", "a"), excerpt="x-01", kind="other", summary="s", actor=None,
                  date=DateResolution(start=None, end=None, phrase=None), evidence=Evidence.of(BOTH, at, len(BOTH) - 1))
    long = Event(id=event_id("x-01", "missile_test", "b"), excerpt="x-01", kind="missile_test", summary="s",
                 actor=None, date=DateResolution(start=None, end=None, phrase=None),
                 evidence=Evidence.of(BOTH, 0, len(BOTH)))
    gold_events = [GoldEvent(excerpt="x-01", anchor="shot down three drones", kind="other"),
                   GoldEvent(excerpt="x-01", anchor="launched by the rebels", kind="missile_test",
                             kinds_ok=("other",), optional=True)]
    assert match_excerpt(gold_events, [short, long], BOTH) == {0: 0, 1: 1}
    assert score_excerpt(gold_events, [short, long], BOTH).kind_accuracy() == 1.0
