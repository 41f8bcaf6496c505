"""parity.stance's denial pattern, led by its first-character guard, finds what the plain pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

from bench.generate import generate
from parity import lexicon
from parity.stance import _denial_re, _phrase_re

DEV_CORPORA = ("eval", "gaps", "gaps2", "heldout", "heldout2", "fresh6", "spin")  # development data only, never a blind set


def test_the_guarded_denial_pattern_finds_what_the_plain_one_finds() -> None:
    verbs = lexicon.stance_rules()["denial"]["verbs"]
    plain = re.compile(rf"(?<![A-Za-z])(?:{_phrase_re(verbs)})(?![A-Za-z])", re.IGNORECASE)
    assert _denial_re().pattern != plain.pattern  # the guarded form is the one in use
    data = Path(__file__).resolve().parents[1] / "data"
    texts = [b.decode("utf-8") for b in generate(12, seed=3).values()] + [
        p.read_text(encoding="utf-8") for corpus in DEV_CORPORA for p in sorted((data / corpus).glob("**/*.txt"))] + [
        "DENIED that any shots were fired; Moscow Denies it, rejected allegations, redenied, denied."]
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _denial_re().finditer(text)] == spans
        found += len(spans)
    assert found > 10
