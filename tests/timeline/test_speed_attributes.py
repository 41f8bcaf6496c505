"""attributes.py's shortcuts (a span's tail word, remembered reporting verbs) give what the plain forms give."""

from __future__ import annotations

import pytest

from bench.generate import generate
from timeline import attributes as A
from timeline import lexicon as L

SPANS = [
    "Russia fired two missiles, and",  # a tail word after a comma: cut
    "Russia fired two missiles and",
    "Russia fired two missiles; but",
    "the navy said it would sail with",
    "talks went on while",
    "they said they would meet or",
    "the fleet sailed for",  # "for" ends in "or", not the word "or": no cut
    "the convoy went to Kandahar",  # no tail word
    "Brand",  # ends in "and" inside a word
    "and",  # a tail word with nothing before it
    "  , and  ",
    "",
]


def _plain_trim(text: str, start: int, end: int) -> tuple[int, int]:
    """trim as written before the tail-word shortcut."""
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    m = A.LEAD_WORD_RE.match(text, start, end)
    if m and end - m.end() > 3:
        start = m.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    tail = A.TAIL_WORD_RE.search(text, start, end)
    if tail and tail.start() - start > 3:
        end = tail.start()
    return start, end


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    return [b.decode("utf-8") for b in generate(6, seed=11).values()]


def test_trim_cuts_a_tail_word_as_the_plain_search_does(bodies: list[str]) -> None:
    for text in SPANS:
        assert A.trim(text, 0, len(text)) == _plain_trim(text, 0, len(text)), text
    assert A.trim(SPANS[0], 0, len(SPANS[0]))[1] == len("Russia fired two missiles")
    for body in bodies:  # every span between two spaces of a few generated bodies
        cuts = [i for i, c in enumerate(body) if c in " ,\n"][:400]
        for a, b in zip(cuts, cuts[7:], strict=False):
            assert A.trim(body, a, b) == _plain_trim(body, a, b)


def test_a_remembered_reporting_verb_is_what_the_pattern_says(bodies: list[str]) -> None:
    words = ["said", "says", "told", "warned", "fired", "Said", "and", "", "it"]
    words += [w for body in bodies for w in A.WORD_RE.findall(body)]
    for w in words:
        assert A.is_reporting(w) == (L.REPORTING_VERB_RE.fullmatch(w) is not None), w
        assert A.is_reporting(w) == (L.REPORTING_VERB_RE.fullmatch(w) is not None), w  # remembered
    assert A.is_reporting("said") and not A.is_reporting("fired")
