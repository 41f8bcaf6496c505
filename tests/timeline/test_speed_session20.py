"""Session 20 (speed): the data lists' patterns gated by their words (sentindex.list_gate, sentindex.Listed) answer as the
plain patterns do. A gate shuts only where its pattern finds nothing, every entry of its data list opens it, it answers
only for the very text the latest index was made of, and extraction with the gates equals extraction without them."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import default_events, dev_excerpts, generated_excerpts
from timeline import attributes as A
from timeline import forceacts as F
from timeline import lexicon as L
from timeline import nominal as N
from timeline import sentindex as S
from timeline import shipnames as SN
from timeline import speakers as SP
from timeline import speechagents as SA
from timeline.events import extract_checked

DEV = ["tests/data/eval", "tests/data/gaps2", "tests/data/dev11-acts", "tests/data/dev12-kinds", "tests/data/heldout16",
       "tests/data/excerpts"]

# Each gated list: its pattern, its bit, whether the pattern reads the lowered text (else the text as written), and its
# data list's entries (regex items, as the pattern is built from them) with the words around one that the pattern reads.
GATES = [
    (A.SHIP_NAMES.pattern, A.SHIP_NAMES.bit, False, [rf"{re.escape(p)} Kestrel" for p in L.SHIP_PREFIXES], "the {} sailed"),
    (A.WEAPONS.pattern, A.WEAPONS.bit, False, L.WEAPONS, "the {} was seen"),
    (A.SHIP_TYPES.pattern, A.SHIP_TYPES.bit, True, [re.escape(w.lower()) for w in L.SHIP_TYPES], "the {} was seen"),
    (A.UNITS.pattern, A.UNITS.bit, False, [re.escape(w) for w in L.UNITS], "the {} were seen"),
    (SN.SHIP_TYPES.pattern, SN.SHIP_TYPES.bit, True, [re.escape(w.lower()) for w in L.SHIP_TYPES], "the {} was seen"),
    (F.MILITARY_HEADS.pattern, F.MILITARY_HEADS.bit, True, F._HEAD_ITEMS, "the {} was seen"),
    (SP.CAPITAL_ROLE_RE, SP.G_CAPITAL_ROLE, False, [re.escape(w) for w in SP.ROLE_HEAD_WORDS], "then The {} said"),
    (SP.ANON_HEAD_RE, SP.G_ANON_HEAD, False, [re.escape(w) for w in L._ROLES["anonymous"]["heads"]], "then {} said"),
    (SP.SAID_GATE_RE, SP.G_SAID_GATE, False, list(SP.UNNAMED_VERB_WORDS), "the guards {} it"),
    (N.ALL_HEADS_RE, N.G_ALL_HEADS, True, [re.escape(w) for w in N.HEAD_KIND], "the {} was heard"),
    (SA.RELAY_GATE_RE, SA.G_RELAY, True, [re.escape(w) for w in SA._DATA["relayed"]["verbs"]], "they {} the speech"),
]


LISTED = [A.SHIP_NAMES, A.WEAPONS, A.SHIP_TYPES, A.UNITS, SN.SHIP_TYPES, F.MILITARY_HEADS]  # the readers held as Listed
LOWERED = [A.SHIP_TYPES, SN.SHIP_TYPES, F.MILITARY_HEADS]  # those that read the lowered text


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
    for pattern, bit, on_lower, _, _ in GATES:
        read = lower if on_lower else text
        for a, b in _windows(text):
            if S.latest_mask(read, a, b) & bit:
                opened += 1
            else:
                shut += 1
                assert pattern.search(read, a, b) is None, (pattern.pattern[:40], read[a:b])
    for listed in LISTED:  # a Listed reader gives what its pattern gives, in every window
        read = lower if listed in LOWERED else text
        for a, b in _windows(text):
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


_ASCII = st.characters(max_codepoint=0x24F, categories=("L", "N", "Zs", "Pd", "Po"))  # Latin letters: "communiqué"


@pytest.mark.parametrize(("pattern", "bit", "on_lower", "items", "frame"), GATES)
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_every_list_entry_opens_its_gate(pattern: re.Pattern[str], bit: int, on_lower: bool, items: list[str], frame: str,
                                         data: st.DataObject) -> None:
    read_by_pattern = 0
    for item in items:
        word = data.draw(st.from_regex(item, fullmatch=True, alphabet=_ASCII), label=item)
        text = f"On Monday {frame.format(word)} offshore."
        lower = L.lowered(text)
        S.KeyIndex(lower, text)
        read = lower if on_lower else text
        if pattern.search(read) is not None:  # the list's own pattern reads the entry (a boundary may refuse it) ...
            read_by_pattern += 1
            assert S.latest_mask(read, 0, len(read)) & bit, item  # ... and its gate is open there
    assert read_by_pattern >= len(items) // 2  # the sentences do hold the entries


def test_list_gates_are_listed_here_and_have_bits_of_their_own() -> None:
    assert set(S._LIST_BITS) == {pattern for pattern, _, _, _, _ in GATES}
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


def test_extraction_equals_the_ungated_path(excerpts: list) -> None:
    gated = default_events(excerpts)  # the default path (once per excerpt and process)
    was = S._OPEN[0]
    S._OPEN[0] |= sum(S._LIST_BITS.values())  # every list gate open in every span
    try:
        plain = [([ev.model_dump_json() for ev in evs], warns) for evs, warns in map(extract_checked, excerpts)]
    finally:
        S._OPEN[0] = was
    assert gated == plain
