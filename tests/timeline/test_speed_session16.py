"""Session 16 (speed): readers gated by the body's word index (sentindex.KeyIndex) answer as the plain readers do:
a gate shuts only where its pattern matches nowhere in the sentence, the index answers only for the text it was made
of, and extraction with the gates equals the plain path on development and generated excerpts."""

from __future__ import annotations

import pytest

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, events_with, generated_excerpts
from timeline import actnouns as AN
from timeline import lexicon as L
from timeline import nounstart as NS
from timeline import sentindex as S
from timeline import speakers as SP

DEV = ["tests/data/eval", "tests/data/gaps", "tests/data/dev11-acts", "tests/data/dev12-clauses", "tests/data/heldout13",
       "tests/data/excerpts"]

# The patterns session 16 gates, each with the text it runs on: (pattern, its bit, reads the lowered text).
GATED_16 = [(AN.HEAD_ANY_RE, AN.G_HEAD_ANY, True), (NS.NOUN_START_RE, NS.G_NOUN_START, True),
            (SP.PARTIES_GATE_RE, SP.G_PARTIES_GATE, False)]


@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(30, seed=1616)


def _windows(text: str) -> list[tuple[int, int]]:
    """Every sentence-like window of a text: each line, and each stretch between periods."""
    out, pos = [], 0
    for k, ch in enumerate(text):
        if ch in ".\n":
            out.append((pos, k + 1))
            pos = k + 1
    return out + [(pos, len(text))]


def test_gates_shut_only_where_the_pattern_finds_nothing(excerpts: list) -> None:
    shut = 0
    for x in excerpts:
        lower = L.lowered(x.body)
        keys = S.KeyIndex(lower, x.body)
        for pattern, bit, lowered in GATED_16:
            text = lower if lowered else x.body
            for a, b in _windows(text):
                if not S.fresh_mask(keys, text, a, b) & bit:
                    shut += 1
                    assert pattern.search(text, a, b) is None, (pattern.pattern[:40], text[a:b])
    assert shut > 1000  # the gates do shut: most sentences hold none of these words


@pytest.mark.parametrize(("pattern", "bit", "text", "window", "found"), [
    (AN.HEAD_ANY_RE, AN.G_HEAD_ANY, "after the seizure of the tanker, the navy left.", (0, 48), True),
    (AN.HEAD_ANY_RE, AN.G_HEAD_ANY, "the navy left port on monday. the seizure came later.", (0, 29), False),
    (AN.HEAD_ANY_RE, AN.G_HEAD_ANY, "the missile attack on the depot", (0, 31), True),
    (NS.NOUN_START_RE, NS.G_NOUN_START, "the blockade that began on sunday ended.", (0, 40), True),
    (NS.NOUN_START_RE, NS.G_NOUN_START, "the rain that began on sunday ended.", (0, 36), False),
    (SP.PARTIES_GATE_RE, SP.G_PARTIES_GATE, "The two leaders agreed to meet.", (0, 31), True),
    (SP.PARTIES_GATE_RE, SP.G_PARTIES_GATE, "The two envoys met. Talks went on.", (20, 34), False),
])
def test_gate_rows(pattern, bit, text: str, window: tuple[int, int], found: bool) -> None:  # noqa: ANN001
    keys = S.KeyIndex(L.lowered(text), text)
    opened = bool(S.fresh_mask(keys, text, *window) & bit)
    assert opened == found
    if not opened:  # a shut gate: the pattern has nothing to find there
        assert pattern.search(text, *window) is None


def test_index_answers_only_for_its_own_texts() -> None:
    text = "The two leaders agreed to meet."
    lower = L.lowered(text)
    keys = S.KeyIndex(lower, text)
    other = "".join(["The two envoys ", "agreed to meet."])  # another text: its words are not the index's
    assert S.fresh_mask(keys, other, 0, len(other)) == -1
    assert S.fresh_mask(None, text, 0, len(text)) == -1
    assert S.fresh_mask(keys, text, 0, len(text)) & SP.G_PARTIES_GATE
    assert S.fresh_mask(keys, lower, 0, len(lower)) & SP.G_PARTIES_GATE
    assert not S.fresh_mask(keys, text, 16, len(text)) & SP.G_PARTIES_GATE  # "agreed to meet." holds no party word


def test_every_fresh_gate_is_listed_here_and_seen_open_on_its_own_words() -> None:
    assert set(S._FRESH_BITS) == {p for p, _, _ in GATED_16}
    assert not set(S._FRESH_BITS) & set(S._BITS)  # a bit of its own: the session 12 gates' bits are untouched
    text = "After the seizure of the tanker, the blockade that began on Sunday ended. The two leaders met."
    keys = S.KeyIndex(L.lowered(text), text)
    for pattern, bit, lowered in GATED_16:
        assert pattern.search(L.lowered(text) if lowered else text), pattern.pattern[:40]
        assert S.fresh_mask(keys, text, 0, len(text)) & bit


def test_extraction_with_the_gates_equals_the_plain_path(excerpts: list) -> None:
    assert events_with(excerpts, S, "GATED", True) == events_with(excerpts, S, "GATED", False)
