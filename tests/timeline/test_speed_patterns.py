"""Patterns rewritten to be searched faster (led by a literal the engine skips to) give what their plain forms give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.generate import generate
from timeline import lexicon as L
from timeline.actions import act_text

# The plain form of actions.INITIALISM_RE: led by "\b", so tried at every position.
PLAIN_INITIALISM_RE = re.compile(r"\b(?:[a-z]\.){2,}|(?<=\d)\.(?=\d+\s?(?:billion|million|trillion|bn|mn|percent|per cent|%))")

TRICKY = [
    "the u.s. and u.k. froze $4.5 billion; the d.p.r.k.'s 3.2 percent, 1.5bn and 2.5% levies, magnitude 3.1.",
    # a letter glued to a word before it, a single initial, initials run together with digits, at both ends
    "ab.c. x.y a.b.c.d. 7.u.s. u.s.5.5 billion é.u. _a.b. a.b",
    ".a.b. .5 mn .",
    "no periods at all",
    "",
]


DEV_CORPORA = ("eval", "gaps", "gaps2", "heldout", "heldout2", "fresh6", "spin")  # development data only, never a blind set


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    # generated excerpts and the development corpora's (wire copy holds initialisms: "U.S.", "U.N.")
    data = Path(__file__).resolve().parents[1] / "data"
    dev = sorted(p for corpus in DEV_CORPORA for p in (data / corpus).glob("**/*.txt"))
    return [L.lowered(b.decode("utf-8")) for b in generate(20, seed=11).values()] + [
        L.lowered(p.read_text(encoding="utf-8")) for p in dev]


def _plain_act_text(lower: str) -> str:
    return PLAIN_INITIALISM_RE.sub(lambda m: m.group(0).replace(".", "_"), lower) if "." in lower else lower


def test_act_text_marks_the_periods_the_plain_pattern_marks(bodies: list[str]) -> None:
    changed = 0
    for text in TRICKY + bodies:
        got = act_text(text)
        assert got == _plain_act_text(text)
        assert len(got) == len(text)
        changed += got != text
    assert changed > 10  # the texts hold initialisms and sums
    assert act_text(TRICKY[0]).startswith("the u_s_ and u_k_ froze $4_5 billion")

