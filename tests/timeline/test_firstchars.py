"""The first-character guards (timeline/firstchars.py) admit every match: the guarded patterns find the same."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest

from timeline import lexicon as L
from timeline.datewords import pattern, pattern_text
from timeline.firstchars import FOLDS, guard

ROOT = Path(__file__).resolve().parents[2]


def test_folds_are_every_case_insensitive_match_of_an_ascii_letter():
    # The guard lists the characters a folded ASCII letter matches; a missing one would hide a match.
    # One scan of a string of every code point finds each one-character match (as a fullmatch per character
    # would, 1.1 million calls per letter).
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for c in string.ascii_lowercase:
        want = {m.group() for m in re.finditer(f"(?i:{c})", every)}
        assert want == {c, c.upper(), *FOLDS.get(c, "")}, c


@pytest.mark.parametrize(("pat", "text", "found"), [
    (r"\b(?:fir(?:ed|es)|shot)\b", "they fired and shot; misfired", ["fired", "shot"]),
    (r"(?i:on)\s+the\s+\d+", "ON the 5 and On\u00a0the 6", ["ON the 5", "On\u00a0the 6"]),
    (r"(?i:sk)y", "SKy \u017fky s\u212ay sky SKY", ["SKy", "\u017fky", "s\u212ay", "sky"]),
    (r"(?i:k)ey", "\u212aey", ["\u212aey"]),
    (r"Mon(?:day)?", "monday Monday", ["Monday"]),
    (r"(?:a|b)?c+d", "cd acd bccd", ["cd", "acd", "bccd"]),
    (r"(?i:é)t", "Ét ét ÉT", ["Ét", "ét"]),
])
def test_guarded_pattern_finds_what_the_pattern_finds(pat, text, found):
    g = guard(pat)
    assert g is not None and g.startswith("(?=")
    assert [m.group() for m in re.finditer(g + pat, text)] == found == [m.group() for m in re.finditer(pat, text)]


def test_guard_rejects_words_no_match_starts_with():
    g = re.compile(guard(r"\b(?:launch(?:ed|es)|test(?:ed|s))\b") or "")
    assert g.match("launched") and g.match("tests")
    assert not g.match("said") and not g.match("lake")


@pytest.mark.parametrize("pat", [r".*x", r"\w+", r"(?:a|)*b", r"(a)\1", r"[^a]bc", "x?"])
def test_no_guard_where_the_start_is_unknown(pat):
    assert guard(pat) is None


def _texts() -> list[str]:
    """Every excerpt of the samples and the evaluation corpus, and a few lines with folded letters."""
    files = sorted((ROOT / "excerpt" / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "eval").rglob("*.txt"))
    assert len(files) > 10
    return [f.read_text(encoding="utf-8") for f in files] + [
        "On Monday, the ministry said ships sailed on 3 March 2024; two days later, Mon. 4 Mar. saw drills.",
        "THE MINISTRY SAID ON FRIDAY; the following week, in mid-2023, in the 1990s and from 2019 to 2021.",
        "\u212aiev said \u0130stanbul talks on \u017funday; earlier this week, the day before yesterday.",
    ]


def test_date_grammar_finds_the_same_with_and_without_its_guard():
    guarded, bare = pattern(), re.compile(pattern_text(guarded=False))
    assert guarded.pattern != bare.pattern
    found = 0
    for text in _texts():
        spans = [m.span() for m in guarded.finditer(text)]
        assert spans == [m.span() for m in bare.finditer(text)]
        found += len(spans)
    assert found > 100


def test_triggers_find_the_same_with_and_without_their_guards():
    texts = [L.lowered(t) for t in _texts()]
    found = 0
    for section, guarded in (("kinds", L.TRIGGERS), ("nominal", L.NOMINAL_TRIGGERS), ("visits", L.VISIT_TRIGGERS)):
        bare = L._kind_patterns(L._TRIGGERS.get(section, {}), guarded=False)
        for kind, pat in guarded.items():
            assert pat.pattern != bare[kind].pattern, (section, kind)
            for text in texts:
                spans = [m.span() for m in pat.finditer(text)]
                assert spans == [m.span() for m in bare[kind].finditer(text)], (section, kind)
                found += len(spans)
    assert found > 100


def test_first_letters_are_the_ascii_letters_a_match_can_start_with() -> None:
    from timeline.firstchars import first_letters

    assert first_letters(r"(?:Foo|bar|(?i:qux))\s+x|[Zz]ed|9th|-led") == "[FQZbqz]"
    assert first_letters(r"\w+|abc") is None  # a start no list holds
    assert first_letters(r"(?:9|-)x") is None  # no letter at all
    assert first_letters(r"(?<![\w.])(?=[A-Z])Mr\.?") == "[M]"  # zero-width items read through
