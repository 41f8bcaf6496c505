"""Session 19 (lead): one alternation of a data list's literal words (lexicon.literal_alt / spaced_alt) for the thirteen
readers that each wrote their own `_alt`: longest word first, so a word wins over its prefix, and, spaced, a phrase
matches across a line break."""

from __future__ import annotations

import re

import pytest

from timeline import lexicon as L
from timeline import transcript, unasserted, wordless


@pytest.mark.parametrize(("words", "text", "found"), [
    (["fire", "fired", "fire on"], "troops fired on the crowd", ["fired"]),
    (["fire", "fire on"], "they opened fire on the convoy", ["fire on"]),
    (["navy", "navy seals"], "the navy seals landed", ["navy seals"]),
    (["sign off", "sign"], "we sign off now", ["sign off"]),
])
def test_literal_alt_takes_the_longest_word(words: list[str], text: str, found: list[str]) -> None:
    assert re.findall(rf"\b(?:{L.literal_alt(words)})\b", text) == found


def test_spaced_alt_matches_a_phrase_across_white_space() -> None:
    assert re.search(L.spaced_alt(["took part", "took"]), "they took\n  part in it").group() == "took\n  part"
    assert re.search(L.literal_alt(["took part", "took"]), "they took\n  part in it").group() == "took"


def test_the_readers_use_the_one_alternation() -> None:
    assert unasserted._lit is L.literal_alt  # nodeeds.py's lists, folded into unasserted.py in session 21
    assert unasserted._alt is wordless._alt is transcript._alt is L.spaced_alt
