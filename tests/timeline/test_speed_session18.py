"""Session 18 (speed): the fast paths answer as the plain ones do. A reader's gate (sentindex.reader_gate) shuts only where
its pattern matches nowhere, every word its data file lists opens it, and extraction with it equals the plain path;
actindex.mask remembered for the span just asked answers as a fresh reading; find_frames' bare-object test reads the
slice itself where no date is blanked."""

from __future__ import annotations

import re

import pytest

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, events_with, generated_excerpts
from timeline import actindex as X
from timeline import lexicon as L
from timeline import sentindex as S
from timeline import travel as T

DEV = ["tests/data/eval", "tests/data/gaps", "tests/data/dev11-acts", "tests/data/dev12-kinds", "tests/data/heldout15",
       "tests/data/excerpts"]

# The patterns session 18 gates by reader_gate, each with its bit (both read the lowered text).
GATED_18 = [(T._travel_re(), T.G_TRAVEL), (T._other_re(), T.G_OTHER)]


@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(30, seed=1818)


def _windows(text: str) -> list[tuple[int, int]]:
    """Every sentence-like window of a text: each stretch between periods or line ends, and the whole text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.\n]?", text)] + [(0, len(text))]


def test_reader_gates_shut_only_where_the_pattern_finds_nothing(excerpts: list) -> None:
    shut = opened = 0
    for x in excerpts:
        lower = L.lowered(x.body)
        keys = S.KeyIndex(lower, x.body)
        for pattern, bit in GATED_18:
            for a, b in _windows(lower):
                if S.fresh_mask(keys, lower, a, b) & bit:
                    opened += 1
                else:
                    shut += 1
                    assert pattern.search(lower, a, b) is None, (pattern.pattern[:40], lower[a:b])
    assert shut > 3 * opened > 0  # most sentences tell no travel: the gates do shut


def _travel_texts() -> list[tuple[str, int]]:
    """A sentence for each word of data/travel.toml that the travel patterns read as a verb, with the gate it opens."""
    d = T._data()
    out = [(f"the minister {v} to Tbilisi on Monday.", T.G_TRAVEL) for v in d["verbs"]]
    out += [(f"the plane {v} on Monday.", T.G_OTHER) for v in d["takeoff"]]
    out += [(f"she led a {n} of inspectors to Tripoli on Monday.", T.G_OTHER) for n in d["led"]]
    out += [(f"the crews {v} the {n} home on Monday.", T.G_OTHER) for v in d["voyage_verbs"] for n in d["voyage_nouns"]]
    return out


@pytest.mark.parametrize(("text", "bit"), _travel_texts())
def test_every_listed_travel_word_opens_its_gate(text: str, bit: int) -> None:
    lower = L.lowered(text)
    keys = S.KeyIndex(lower, text)
    pattern = next(p for p, b in GATED_18 if b == bit)
    assert pattern.search(lower) is not None  # the reader's own pattern reads the sentence ...
    assert S.fresh_mask(keys, lower, 0, len(lower)) & bit  # ... and its gate is open there


@pytest.mark.parametrize(("text", "opened"), [
    ("the envoy flew home to lima on tuesday.", True),
    ("the frigate returned to port on friday.", True),
    ("the delegation's charter took off from oslo at dawn.", True),
    ("the two sides traded accusations on monday.", False),
    ("the ministry said the talks would resume.", False),
])
def test_travel_gate_rows(text: str, opened: bool) -> None:
    keys = S.KeyIndex(text, text)
    mask = S.fresh_mask(keys, text, 0, len(text))
    assert bool(mask & (T.G_TRAVEL | T.G_OTHER)) == opened
    if not opened:
        assert all(p.search(text) is None for p, _ in GATED_18)


def test_reader_gates_are_listed_here_and_have_bits_of_their_own() -> None:
    assert set(S._READER_BITS) == {p for p, _ in GATED_18}
    bits = [*S._BITS.values(), *S._FRESH_BITS.values(), *S._READER_BITS.values()]
    assert len(set(bits)) == len(bits) and all(b & (b - 1) == 0 for b in bits)  # one bit each, none shared


def test_extraction_with_the_reader_gates_equals_the_plain_path(excerpts: list) -> None:
    assert events_with(excerpts, S, "GATED", True) == events_with(excerpts, S, "GATED", False)


def test_mask_remembered_answers_as_a_fresh_reading() -> None:
    one = "the navy seized a tanker and the envoy was expelled on monday."
    two = "".join(["the minister met ", "her counterpart in geneva."])  # another text object
    spans = [(one, 0, len(one)), (one, 0, len(one)), (one, 4, 30), (two, 0, len(two)), (two, 0, len(two)),
             (one, 0, len(one)), (one, 31, len(one)), (one, 31, len(one))]
    for text, a, b in spans:
        got = X.mask(text, a, b)
        X._ASKED[0] = (None, 0, 0, 0)  # forget the span: read afresh
        X._LAST_WORDS[0] = (None, 0, 0, [], [])
        assert got == X.mask(text, a, b), (text[a:b])
    assert X.mask(one, 0, len(one)) != X.mask(two, 0, len(two))


def test_mask_equal_text_of_another_object_is_read_afresh() -> None:
    text = "the coast guard boarded the trawler on sunday."
    X.mask(text, 0, len(text))
    same = "".join(["the coast guard ", "boarded the trawler on sunday."])
    assert same == text and same is not text
    assert X.mask(same, 0, len(same)) == X.mask(text, 0, len(text))
    assert X.mask(text, 0, 10) == X.mask(same, 0, 10)  # a span of its own, not the one remembered


def test_bare_object_content_with_and_without_a_blanked_date() -> None:
    from timeline.frames import find_frames
    from timeline.speakers import Registry, find_mentions

    for text in ("The foreign ministry told Xinhua on Sunday.", "The foreign ministry told Xinhua that it would respond."):
        reg = Registry()
        mentions = find_mentions(text, 0, len(text), reg)
        day = text.find("on Sunday")
        blank = set(range(day, day + len("on Sunday"))) if day >= 0 else set()
        frames = find_frames(text, 0, len(text), mentions, reg, 0, blank)
        assert frames, text
        # an outlet and the frame's own date is no content; a "that" clause is
        assert (frames[0].content is None) == (day >= 0), (text, frames[0].content)


def test_no_trigger_matches_empty_so_its_hits_come_in_text_order(excerpts: list) -> None:
    """find_actions sorts a kind's hits again only when a rare form adds some: a trigger's own finditer is sorted by
    (start, -end) already, as no trigger pattern can match the empty string (two matches never share a start)."""
    from re import _parser as P  # noqa: N812 - the stdlib's own parser (Python >= 3.11)

    for kind, p in L.TRIGGERS.items():
        assert P.parse(p.pattern, p.flags).getwidth()[0] > 0, kind
    for x in excerpts[:40]:
        lower = L.lowered(x.body)
        for p in L.TRIGGERS.values():
            hits = list(p.finditer(lower))
            assert hits == sorted(hits, key=lambda m: (m.start(), -m.end()))


def test_extraction_with_the_act_gates_equals_the_plain_path(excerpts: list) -> None:
    assert events_with(excerpts, X, "GATED", True) == events_with(excerpts, X, "GATED", False)
