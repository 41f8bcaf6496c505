"""Breadth: 120 single sentences from many crises (tests/timeline/breadth_cases.toml, written blind to the code).

The table was written by an editor who read none of the extractor, so it measures how much of ordinary
foreign-affairs phrasing the word lists cover. The floors below are the figures the extractor reached;
raising them is the point, lowering them needs a reason in the commit.
"""

from __future__ import annotations

from pathlib import Path

from tests.timeline.case_tables import load_cases, tally

CASES = Path(__file__).with_name("breadth_cases.toml")
# Found = an event's evidence overlaps the gold anchor; kind = one of those has the gold kind.
FLOOR_FOUND = 0.98  # 0.96 when written; 202/205 after session 5
FLOOR_KIND = 0.96  # 0.89 when written; 198/205 after session 5 (signing is an act, more act words)


def test_the_table_is_well_formed():
    cases = load_cases(CASES)
    assert len(cases) >= 100
    for case in cases:
        for g in case["events"]:
            assert g["anchor"] in case["text"], g


def test_sentences_without_an_event_give_none():
    assert tally(CASES, "b").false_alarms == []


def test_most_events_are_found_with_their_kind():
    t = tally(CASES, "b")
    assert t.found / t.gold >= FLOOR_FOUND, f"found {t.found}/{t.gold}"
    assert t.kind / t.gold >= FLOOR_KIND, f"kind right {t.kind}/{t.gold}"
