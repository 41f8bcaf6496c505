"""Session 21 (speed): one reading of a body's words serves three gates (sentindex.KeyIndex's riders): the trigger gate
words (lexicon.all_hits) and the act strings (actindex.mask) come out as their own readings found them, and extraction
with the riders equals extraction without them on development and generated excerpts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, events_with, generated_excerpts
from timeline import actindex as X
from timeline import lexicon as L
from timeline import sentindex as S
from timeline import wordindex as W

DEV = ["tests/data/gaps", "tests/data/dev12-links", "tests/data/heldout13", "tests/data/dev20-acts"]

# Invented sentences (other crises, outlets, years): gate words inside longer words, overlapping, at the edges.
TEXTS = [
    "Ruritanian gunboats relaunched their patrols on Tuesday after the navy test-fired two missiles, Tass said.",
    "The junta's troops redeployed to the border; officials said drills would resume, and talks were postponed.",
    "MANILA, March 3 (Reuters) - Coast guard vessels fired water cannon at a resupply boat near the shoal.",
    "Osterlich expelled three diplomats and imposed sanctions; the envoy was summoned over the u_s_ drone strike.",
    "",
    "launch",
    "missiles",
]

# Text drawn from the gate words themselves, a few plain words and the characters that split words.
GATE_SAMPLE = sorted({w for ws in L.GATES.values() for w in ws})[::40]
PIECES = st.lists(st.sampled_from([*GATE_SAMPLE, "the", "re", "ed", "s", "said", "Monday", "u_s_", "4.5"])
                  | st.sampled_from([" ", "  ", ", ", ".", "-", "’", "\n", "_"]), max_size=40).map("".join)


@pytest.mark.parametrize("text", TEXTS)
def test_gate_hits_from_the_word_reading(text: str) -> None:
    lower = L.lowered(text)
    assert L.all_hits(lower, L.GATE_WORDS.spans(lower)) == L.all_hits(lower)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_gate_hits_from_the_word_reading_any_text(text: str) -> None:
    lower = L.lowered(text)
    assert L.all_hits(lower, L.GATE_WORDS.spans(lower)) == L.all_hits(lower)


def _registries() -> tuple[W.Words, ...]:
    """Three small registries with strings across words, inside words and overlapping."""
    regs = (W.Words(), W.Words(), W.Words())
    for k, strings in enumerate((["seiz", "-led", "won ", " by "], ["ship", "hip", "trip to", "nation’s"],
                                 ["eme", "to meet", "s ", "ed"])):
        for i, s in enumerate(strings):
            regs[k].add(s, 1 << i)
    return regs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["seized", "Saudi-led", "won", "by", "warship", "trip", "to", "meet", "nation’s",
                                 "seem", "edged", " ", ", ", "-", "’"]), max_size=30).map(" ".join))
def test_spans_of_is_each_registry_read_alone(text: str) -> None:
    regs = _registries()
    assert W.spans_of(text, regs) == [r.spans(text) for r in regs]


@pytest.mark.parametrize("text", TEXTS)
def test_act_mask_from_the_body_reading(text: str) -> None:
    lower = L.lowered(text)
    keys = S.KeyIndex(lower)
    assert keys.rode(X.RIDE) == X._WORDS.spans(lower)
    for s in range(0, len(lower) + 1, 7):
        for e in range(s, len(lower) + 1, 11):
            from_body = X._by_words(lower, s, e)  # the body's reading (the index just made read this very text)
            alone = 0
            for a, b, bits in X._WORDS.spans(lower, s, e):
                assert s <= a and b <= e
                alone |= bits
            assert from_body == alone, (s, e)


def test_riders_off_reads_as_before() -> None:
    was = S.RIDES
    S.RIDES = False
    try:
        keys = S.KeyIndex(L.lowered(TEXTS[0]))
        assert keys.rode(S.GATE_RIDE) is None and S.latest_rode(X.RIDE, keys.texts[0]) is None
    finally:
        S.RIDES = was
    lower = L.lowered(TEXTS[0])
    keys = S.KeyIndex(lower)
    assert S.latest_rode(X.RIDE, lower) is keys.rode(X.RIDE)
    assert S.latest_rode(X.RIDE, L.lowered(TEXTS[1])) is None  # another text: no answer from this index
    keys = S.KeyIndex(lower, riders=(S.GATE_RIDE,))  # the act strings not asked for: actindex reads the text itself
    assert keys.rode(X.RIDE) is None and keys.rode(S.GATE_RIDE) == L.GATE_WORDS.spans(lower)


@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(25, seed=2121)


def test_extraction_with_riders_equals_without(excerpts: list) -> None:
    assert events_with(excerpts, S, "RIDES", True) == events_with(excerpts, S, "RIDES", False)
