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


PLAIN_WEAPON_RE = re.compile(rf"(?<![\w-])(?:{L.WEAPON_ALT})(?![\w-])")


def test_weapons_grouped_by_first_character_find_what_the_plain_list_finds(bodies: list[str]) -> None:
    assert L.WEAPON_RE.pattern != PLAIN_WEAPON_RE.pattern  # the grouped form is the one in use
    found = 0
    for text in [*TRICKY, "fired two hwasong-15 icbms and an slbm; cruise missiles, a hypersonic glide vehicle"] + bodies:
        plain = [m.span() for m in PLAIN_WEAPON_RE.finditer(text)]
        assert [m.span() for m in L.WEAPON_RE.finditer(text)] == plain
        found += len(plain)
    assert found > 10


@pytest.mark.parametrize(("items", "grouped"), [
    (["ab", "ac", "b"], True),
    (["ab", "a|c"], False),  # a "|" outside a group: two items, never grouped
    (["a(?:b|c)", "ad"], True),
    (["a?b", "ab"], False),  # a quantified first character
    ([r"\d+", "ab"], False),  # no literal first character
    (["a[|]x", "ab"], True),  # a "|" in a class, or escaped, is a character
    (["a[]|]x", "ab"], True),
    ([r"a\|x", "ab"], True),
])
def test_first_char_alternation_groups_only_items_it_can(items: list[str], grouped: bool) -> None:
    got = L.first_char_alternation(items)
    assert (got != "|".join(items)) is grouped
    plain, fast = re.compile(f"(?:{'|'.join(items)})"), re.compile(f"(?:{got})")
    for text in ("ab ac b ad c a|c x |x a]x a|x 12", "aab bab", ""):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
