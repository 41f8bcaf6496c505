"""forceacts' faster forms (the head pattern grouped by first character, the head check kept per sentence) give what the
plain ones give."""

from __future__ import annotations

import re

import pytest

from bench.generate import generate
from timeline import forceacts as F
from timeline import lexicon as L

PLAIN_HEAD_RE = re.compile(F._HEAD)

TEXTS = [
    "two russian jets approached the drone; a su-27 and an f-16 flew near the frigate.",
    # Heads glued to other words or hyphens are no heads ("warships-class", "anti-submarine"), one at the very end.
    "the warships-class hull, anti-submarine kit and a destroyer",
    "talks were held in geneva and nothing moved.",
    "",
]


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    return [L.lowered(b.decode("utf-8")) for b in generate(12, seed=7).values()]


def _windows(text: str) -> list[tuple[int, int]]:
    """Every sentence-like window of text and some that cut words in two."""
    cuts = [0, *(m.end() for m in re.finditer(r"[.;,] ", text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)] + [(1, max(1, len(text) - 1)), (0, len(text) // 2)]


def test_the_grouped_head_pattern_finds_what_the_plain_one_finds(bodies: list[str]) -> None:
    found = 0
    for text in TEXTS + bodies:
        for a, b in _windows(text):
            plain = [m.span() for m in PLAIN_HEAD_RE.finditer(text, a, b)]
            assert [m.span() for m in F.MILITARY_HEAD_RE.finditer(text, a, b)] == plain
            found += len(plain)
    assert found > 20  # the texts hold heads


def test_the_kept_head_answer_is_the_search_of_that_window(bodies: list[str]) -> None:
    answers = set()
    for text in TEXTS + bodies:
        copy = "".join(text)  # another string of the same words: never the kept answer of the first
        for a, b in _windows(text) * 2:  # each asked twice in a row, as military_verbs and forces_moved do
            want = PLAIN_HEAD_RE.search(text, a, b) is not None
            assert F.has_head(text, a, b) is want
            assert F.has_head(copy, a, b) is want
            answers.add(want)
    assert answers == {True, False}
