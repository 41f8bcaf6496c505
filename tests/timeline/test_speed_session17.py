"""Session 17 (speed): the gates' strings found word by word (timeline/wordindex.py) are exactly the occurrences the
str.find and prefix-tree scans found, so sentindex.KeyIndex and actindex.mask answer as before, and extraction with the
word index equals extraction without it on development and generated excerpts."""

from __future__ import annotations

import pytest

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, events_with, generated_excerpts
from timeline import actindex as X
from timeline import lexicon as L
from timeline import sentindex as S
from timeline import wordindex as W
from timeline.actions import act_text

DEV = ["tests/data/gaps2", "tests/data/dev11-speech", "tests/data/dev16-standoff", "tests/data/heldout11",
       "tests/data/excerpts"]


@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(25, seed=1717)


@pytest.mark.parametrize(("string", "piece"), [
    ("seiz", ("seiz", 0, W.INNER)),  # all word characters: anywhere inside a word
    ("-led", ("led", 1, W.PREFIX)),  # "Saudi-led": a word that starts with it
    ("won ", ("won", 0, W.SUFFIX)),  # a word that ends with it
    ("trip to", ("trip", 0, W.SUFFIX)),  # the longest piece
    ("leaders could meet", ("leaders", 0, W.SUFFIX)),
    ("heads of", ("heads", 0, W.SUFFIX)),
    ("nation’s", ("nation", 0, W.SUFFIX)),
    ("as per", ("per", 3, W.PREFIX)),  # equal lengths: the more bounded, then the first
    ("to meet", ("meet", 3, W.PREFIX)),
    (" by ", ("by", 1, W.WHOLE)),
    ("u_s_ drone", ("drone", 5, W.PREFIX)),  # "_" is a word character, as in actions.act_text
    ("’", None),
])
def test_piece_of(string: str, piece: tuple[str, int, int] | None) -> None:
    assert W.piece_of(string) == piece


def _finds(strings: dict[str, int], text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Every occurrence of every string wholly inside text[start:end], by str.find (overlapping ones too)."""
    out = []
    for s, bits in strings.items():
        at = text.find(s, start, end)
        while at >= 0:
            out.append((at, at + len(s), bits))
            at = text.find(s, at + 1, end)
    return sorted(out)


STRINGS = {"seiz": 1, "seized": 2, "-led": 4, "won ": 8, "trip to": 16, "leaders meet": 32, "nation’s": 64,
           " by ": 128, "ship": 256, "hip": 512, "to meet": 1024, "eme": 2048}
# Invented sentences: mid-word and overlapping strings, strings across words, at the edges of a window.
TEXTS = [
    "The Saudi-led coalition reseized the ship; leaders meet on Monday.",
    "Ruritania won the vote by a wide margin and the trip to Osterlich went ahead.",
    "The nation’s leaders meet today; the nation's friendship won't last.",
    "A trip tomorrow to meet the leaders meeting in Zenda was seized upon by the press.",
    "Shipping hips whip: the supreme emerald seizes and is seized by 3 ships-led convoys.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_find_exactly_what_find_finds(text: str) -> None:
    words = W.Words()
    for s, bits in STRINGS.items():
        words.add(s, bits)
    n = len(text)
    for start, end in [(0, n), (4, n), (0, n - 5), (7, 31), (12, 13), (n // 2, n)]:
        assert words.spans(text, start, end) == _finds(STRINGS, text, start, end), (start, end)


def test_a_string_added_later_is_found() -> None:
    words = W.Words()
    words.add("leaders meet", 1)
    assert words.spans("the leaders meet") == [(4, 16, 1)]
    words.add("lead", 2)  # the memo of "leaders" is worked out again
    assert words.spans("the leaders meet") == [(4, 8, 2), (4, 16, 1)]


def _windows(s: int, e: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in ((s, e), (s, (s + e) // 2), ((s + e) // 2, e), (s + 7, e - 3)) if a < b]


def test_key_index_by_words_equals_the_find_loop(excerpts: list) -> None:
    asked = 0
    for x in excerpts:
        lower = L.lowered(x.body)
        S.BY_WORDS = False
        try:
            plain = S.KeyIndex(lower, x.body)
        finally:
            S.BY_WORDS = True
        fast = S.KeyIndex(lower, x.body)
        assert fast._spans == plain._spans
        for p in x.story_paragraphs():
            for sent in p.sentences:
                for a, b in _windows(sent.start, sent.end):
                    assert fast.mask(a, b) == plain.mask(a, b)
                    asked += 1
    assert asked > 1000


def test_act_mask_by_words_equals_the_scan(excerpts: list) -> None:
    differ = opened = 0
    for x in excerpts:
        lower = act_text(L.lowered(x.body))
        for p in x.story_paragraphs():
            for sent in p.sentences:
                for a, b in _windows(sent.start, sent.end):
                    X.BY_WORDS = False
                    try:
                        plain = X.mask(lower, a, b)
                    finally:
                        X.BY_WORDS = True
                    fast = X.mask(lower, a, b)
                    differ += fast != plain
                    opened += plain != X._OPEN[0]
    assert differ == 0
    assert opened > 500  # the strings are there: most sentences open some act pattern


@pytest.mark.parametrize(("module", "switch"), [(S, "BY_WORDS"), (X, "BY_WORDS")])
def test_extraction_with_the_word_index_equals_without(excerpts: list, module: object, switch: str) -> None:
    assert events_with(excerpts, module, switch, True) == events_with(excerpts, module, switch, False)
