"""Session 20 (speed): the data lists' patterns gated by their words (sentindex.list_gate, sentindex.Listed) answer as the
plain patterns do. A gate shuts only where its pattern finds nothing, every entry of its data list opens it, it answers
only for the very text the latest index was made of, and extraction with the gates equals extraction without them."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, generated_excerpts
from timeline import attributes as A
from timeline import forceacts as F
from timeline import lexicon as L
from timeline import sentindex as S
from timeline import shipnames as SN
from timeline.events import extract_checked

DEV = ["tests/data/eval", "tests/data/gaps2", "tests/data/dev11-acts", "tests/data/dev12-kinds", "tests/data/heldout16",
       "tests/data/excerpts"]

# Each gated list, whether its pattern reads the lowered text (else the text as written), and its data list's entries
# (regex items, as the pattern is built from them).
LISTED = [
    (A.SHIP_NAMES, False, [rf"{re.escape(p)} Kestrel" for p in L.SHIP_PREFIXES]),
    (A.WEAPONS, False, L.WEAPONS),
    (A.SHIP_TYPES, True, [re.escape(w.lower()) for w in L.SHIP_TYPES]),
    (A.UNITS, False, [re.escape(w) for w in L.UNITS]),
    (SN.SHIP_TYPES, True, [re.escape(w.lower()) for w in L.SHIP_TYPES]),
    (F.MILITARY_HEADS, True, F._HEAD_ITEMS),
]


@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(30, seed=2020)


def _windows(text: str) -> list[tuple[int, int]]:
    """Every sentence-like window of a text: each stretch between periods or line ends, and the whole text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.\n]?", text)] + [(0, len(text))]


def _shut_only_where_nothing_matches(text: str) -> tuple[int, int]:
    """(shut, opened) windows of every gated list in text; asserts that a shut gate hides no match."""
    lower = L.lowered(text)
    S.KeyIndex(lower, text)
    shut = opened = 0
    for listed, on_lower, _ in LISTED:
        read = lower if on_lower else text
        for a, b in _windows(text):
            if S.latest_mask(read, a, b) & listed.bit:
                opened += 1
            else:
                shut += 1
                assert listed.pattern.search(read, a, b) is None, (listed.pattern.pattern[:40], read[a:b])
            assert [m.span() for m in listed.finditer(read, a, b)] == [m.span() for m in listed.pattern.finditer(read, a, b)]
    return shut, opened


def test_list_gates_shut_only_where_the_pattern_finds_nothing(excerpts: list) -> None:
    shut = opened = 0
    for x in excerpts:
        s, o = _shut_only_where_nothing_matches(x.body)
        shut, opened = shut + s, opened + o
    assert shut > 2 * opened > 0  # most sentences name no ship, weapon or unit: the gates do shut


# Words of the lists, their neighbours in prose, and characters that sit next to words (the patterns' boundaries).
_PIECES = ([w for w in L.SHIP_TYPES + L.UNITS + L.AIRCRAFT] + list(L.SHIP_PREFIXES)
           + ["the", "Kestrel", "sailed", "near", "Port Elin", "two", "J-15s", "Su-35", "HMS", "USS", "frigates", "Marines",
              "a", "of", "drone", "missile", "ballistic", "troops", "navy", "said", "on Monday"])
_GLUE = st.sampled_from([" ", " ", " ", "-", ".", ", ", "'s ", "’", "", "\n", " (", ") "])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_PIECES), _GLUE, st.booleans()), min_size=1, max_size=14))
def test_list_gates_on_invented_sentences(parts: list[tuple[str, str, bool]]) -> None:
    text = "".join((w.upper() if up else w) + glue for w, glue, up in parts)
    _shut_only_where_nothing_matches(text)


_ASCII = st.characters(codec="ascii", categories=("L", "N", "Zs", "Pd", "Po"))


@pytest.mark.parametrize(("listed", "on_lower", "items"), LISTED)
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_every_list_entry_opens_its_gate(listed: S.Listed, on_lower: bool, items: list[str], data: st.DataObject) -> None:
    for item in items:
        word = data.draw(st.from_regex(item, fullmatch=True, alphabet=_ASCII), label=item)
        text = f"On Monday the {word} was seen offshore."
        lower = L.lowered(text)
        S.KeyIndex(lower, text)
        read = lower if on_lower else text
        if listed.pattern.search(read) is not None:  # the list's own pattern reads the entry (a boundary may refuse it) ...
            assert S.latest_mask(read, 0, len(read)) & listed.bit, item  # ... and its gate is open there


def test_list_gates_are_listed_here_and_have_bits_of_their_own() -> None:
    assert set(S._LIST_BITS) == {listed.pattern for listed, _, _ in LISTED}
    bits = [*S._BITS.values(), *S._FRESH_BITS.values(), *S._READER_BITS.values(), *S._LIST_BITS.values()]
    assert len(set(bits)) == len(bits) and all(b & (b - 1) == 0 for b in bits)  # one bit each, none shared


def test_latest_mask_answers_only_for_the_text_indexed() -> None:
    text = "The frigate Kestrel sailed on Monday."
    lower = L.lowered(text)
    S.KeyIndex(lower, text)
    assert S.latest_mask(lower, 0, len(lower)) & A.SHIP_TYPES.bit
    assert not S.latest_mask(lower, 0, 4) & A.SHIP_TYPES.bit  # "the " holds no ship type
    copy = "".join(list(lower))  # an equal text, another object: the index cannot vouch for it
    assert copy == lower and copy is not lower
    assert S.latest_mask(copy, 0, 4) == -1


def test_extraction_equals_the_ungated_path(excerpts: list, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [([ev.model_dump_json() for ev in evs], warns) for evs, warns in map(extract_checked, excerpts)]
    monkeypatch.setattr(S, "latest_mask", lambda text, start, end: -1)  # every list searched everywhere
    plain = [([ev.model_dump_json() for ev in evs], warns) for evs, warns in map(extract_checked, excerpts)]
    assert gated == plain
