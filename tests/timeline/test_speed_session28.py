"""wordindex.spans_of's joint memo (session 28): one answer per word for the registries read together, the same spans
as each registry read alone, and a string registered after a reading is found in the next one."""

from __future__ import annotations

import pytest

import timeline.lexicon as L
import timeline.sentindex as S
import timeline.wordindex as W

BODIES = [
    "Ankara summoned the Swedish envoy on Tuesday after protesters burned a flag outside the embassy, officials said.",
    "The frigate HNLMS Tromp sailed from Den Helder late on 3 March 2019 and docked in Aden two weeks later.",
    "\u201cWe will not be intimidated,\u201d the Lithuanian defence minister told reporters in Vilnius; troops were deployed.",
    "Pre-dawn strikes, re-deployments and test-fired missiles: the ministry's spokes-man refused to comment.",
    "",
]


@pytest.mark.parametrize("body", BODIES)
def test_spans_of_equals_each_registry_read_alone(body: str) -> None:
    registries = (S._BY_WORD, *S._RIDERS)
    for text in (body, L.lowered(body)):
        assert W.spans_of(text, registries) == [r.spans(text) for r in registries]
        assert W.spans_of(text, registries) == [r.spans(text) for r in registries]  # the second reading from the memo


def test_a_string_registered_after_a_reading_is_found_in_the_next() -> None:
    first, second = W.Words(), W.Words()
    first.add("gunboat", 1)
    second.add("sea trials", 2)
    text = "the gunboat began sea trials off the coast near Cape Verde"
    assert W.spans_of(text, (first, second)) == [[(4, 11, 1)], [(18, 28, 2)]]
    second.add("cape verde", 4)  # not in the text as written (capitals): no span
    second.add("coast", 8)
    assert W.spans_of(text, (first, second)) == [[(4, 11, 1)], [(18, 28, 2), (37, 42, 8)]]
    assert W.spans_of(text, (second, first)) == [[(18, 28, 2), (37, 42, 8)], [(4, 11, 1)]]
