"""The triggers' shared word boundary (lexicon._one_boundary) is a speed change only: the same
matches as the plain alternation of the patterns, on every story text of the corpora."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline import lexicon as L

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted([*ROOT.glob("tests/data/eval/*/*.txt"), *ROOT.glob("excerpt/samples/*.txt")])
EXTRA = ("Missile assaults were carried out; the redeployed frigate, an annexed town and the group's "
         "annexation. Drills were a warning; joint drills were held near its seized islands.")


def _plain(table: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(L._lower_pattern("|".join(f"(?:{L._expand(p)})" for p in patterns)))
            for kind, patterns in table.items()}


@pytest.mark.parametrize("section", ["kinds", "nominal", "visits"])
def test_one_boundary_matches_the_plain_alternation(section: str) -> None:
    table = L._TRIGGERS.get(section, {})
    fast = L._kind_patterns(table)
    plain = _plain(table)
    texts = [L.lowered(p.read_text(encoding="utf-8")) for p in TEXTS] + [L.lowered(EXTRA)]
    assert texts and table
    for kind in table:
        # The fast form is in use: one boundary first (then the first-character guard, firstchars.py).
        assert fast[kind].pattern.startswith((r"\b(?:", r"\b(?=")), kind
        for text in texts:
            assert [m.span() for m in fast[kind].finditer(text)] == [m.span() for m in plain[kind].finditer(text)], kind


def test_a_pattern_without_a_leading_boundary_keeps_the_plain_form() -> None:
    assert L._one_boundary([r"\bfoo", r"bar\b"]) == r"(?:\bfoo)|(?:bar\b)"
    assert L._one_boundary([r"(?<!\bthe )\bfoo", r"\bbar"]) == r"\b(?:(?:(?<!\bthe )foo)|(?:bar))"


@pytest.mark.parametrize("name", sorted(L.PREFILTERS))
def test_prefiltered_scans_find_what_the_pattern_finds(name: str) -> None:
    pattern = getattr(L, name)
    texts = [p.read_text(encoding="utf-8") for p in TEXTS] + [
        "Talks went on in Geneva.", "The Atomic Energy Organization of Iran and Russian Foreign Minister Sergei Lavrov met."]
    hits = 0
    for text in texts:
        want = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in L.scan(name, text)] == want
        hits += len(want)
    assert hits  # the texts hold matches, so a prefilter that skipped them would fail above


def test_the_weapon_guard_changes_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    table = L._TRIGGERS["kinds"]
    guarded = L._kind_patterns(table)
    monkeypatch.setattr(L, "_first_char_guard", lambda items: "")
    unguarded = L._kind_patterns(table)
    assert any("(?=[" in p.pattern for p in guarded.values())
    texts = [L.lowered(p.read_text(encoding="utf-8")) for p in TEXTS] + [L.lowered(EXTRA)]
    for kind in table:
        for text in texts:
            assert [m.span() for m in guarded[kind].finditer(text)] == [m.span() for m in unguarded[kind].finditer(text)]


@pytest.mark.parametrize("name", sorted(L.FAST_FORMS))
def test_a_hand_written_fast_form_finds_what_its_pattern_finds(name: str) -> None:
    pattern = getattr(L, name)
    texts = [p.read_text(encoding="utf-8") for p in TEXTS] + [
        "Its navy said the drills were over. The minister, a former general, said his ministry agreed.",
        "A senior official and the spokeswoman said their military had withdrawn; the agency's chief left."]
    hits = 0
    for text in texts:
        want = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in L.scan(name, text)] == want, name
        hits += len(want)
    assert hits
