"""Session 22 (speed): a reader that reads a clause of the body again on its own (openverbs.open_acts, actfirst,
reactions call find_mentions with no index) is gated by the body's own index when that index read this very text
(sentindex.index_for): the same mentions as every rule run, on invented clauses and on whole extractions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, events_with, generated_excerpts
from timeline import lexicon as L
from timeline import sentindex as S
from timeline.speakers import Registry, find_mentions

DEV = ["tests/data/gaps", "tests/data/dev12-links", "tests/data/heldout13", "tests/data/dev21-speech"]

# Invented bodies (other crises, outlets, years): names, titles, bodies and pronouns across clause edges.
BODIES = [
    "Foreign Minister Amara Diallo said on Tuesday that Ruritania had expelled two Osterlich diplomats, and the "
    "Osterlich embassy said its staff would leave. The ministry's spokesman, Jan Novak, told reporters they were "
    "given 48 hours.",
    "NAIROBI, May 4 (Reuters) - Kenyan police said the Interior Ministry had ordered the closure of the Somali "
    "consulate; President William Ruto's office declined to comment. It later said the order stood.",
    "The Baltic Fleet said its corvettes had returned to Baltiysk after drills, the Interfax news agency reported, "
    "while Lithuania's defence minister, Laurynas Kasciunas, said NATO jets had shadowed them.",
]


def _mentions(text: str, a: int, b: int, reg: Registry) -> list[tuple[object, ...]]:
    return [(m.start, m.end, m.kind, m.name, m.role, m.form) for m in find_mentions(text, a, b, reg.copy(), None)]


def _both(text: str, a: int, b: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """find_mentions of text[a:b] with no index handed, the body's index asked (index_for) and not."""
    reg = Registry()
    was = S.INDEXED_AGAIN
    try:
        S.INDEXED_AGAIN = True
        gated = _mentions(text, a, b, reg)
        S.INDEXED_AGAIN = False
        plain = _mentions(text, a, b, reg)
    finally:
        S.INDEXED_AGAIN = was
    return gated, plain


@pytest.mark.parametrize("body", BODIES)
def test_clause_mentions_gated_by_the_body_index(body: str) -> None:
    S.KeyIndex(L.lowered(body), body)  # the body's index, made last (as drafts_of makes it)
    for a in range(0, len(body), 9):
        for b in range(a, len(body) + 1, 13):
            gated, plain = _both(body, a, b)
            assert gated == plain, (a, b)


def test_index_answers_only_for_its_own_text() -> None:
    body = BODIES[0]
    keys = S.KeyIndex(L.lowered(body), body)
    assert S.index_for(None, body) is keys
    other = body.replace("Tuesday", "Tuesdax")  # an equal-length text that is another object: never this index
    assert S.index_for(None, other) is None
    handed = S.KeyIndex(L.lowered(BODIES[1]), BODIES[1])
    assert S.index_for(handed, body) is handed  # an index handed in is used as given
    was = S.INDEXED_AGAIN
    S.INDEXED_AGAIN = False
    try:
        assert S.index_for(None, BODIES[1]) is None
    finally:
        S.INDEXED_AGAIN = was


WORDS = st.sampled_from(["Minister", "Amara", "Diallo", "said", "the", "ministry", "its", "spokesman", "Ruritania",
                         "Osterlich", "embassy", "they", "He", "navy", "President", "Ruto's", "office", "police",
                         "Foreign", "Interfax", "agency", "reported", "NATO"])
SEPS = st.sampled_from([" ", ", ", ". ", "; ", " - ", "\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPS), min_size=1, max_size=25).map(lambda ps: "".join(w + s for w, s in ps)),
       st.integers(0, 200), st.integers(0, 200))
def test_any_clause_gated_or_not_reads_the_same(body: str, i: int, j: int) -> None:
    S.KeyIndex(L.lowered(body), body)
    a, b = sorted((i % (len(body) + 1), j % (len(body) + 1)))
    gated, plain = _both(body, a, b)
    assert gated == plain


@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(25, seed=2222)


def test_extraction_with_the_body_index_again_equals_without(excerpts: list) -> None:
    assert events_with(excerpts, S, "INDEXED_AGAIN", True) == events_with(excerpts, S, "INDEXED_AGAIN", False)
