"""Session 11: letters the case-blind date pattern takes for plain ones ("ı", "ſ", "K") read as those letters."""

from __future__ import annotations

import pytest

from timeline.dates import Anchor, DateMention, resolve
from timeline.datewords import fold

# Python's case-blind matching takes dotless "ı" and dotted "İ" for "i", long "ſ" for "s", the Kelvin sign for "k".
SWAPS = (("i", "ı"), ("i", "İ"), ("s", "ſ"), ("k", "\u212a"))
# Phrases read through the lexicon's tables (vague, periods, day words, anaphora), whose keys are folded words.
# Seasons ("this spring") are not read with such letters (None, no error): left as they are.
PHRASES = ("in the last month", "in recent weeks", "this weekend", "last week", "six weeks ago", "days ago",
           "earlier this month", "the next day", "in the past six months", "in recent days")


@pytest.mark.parametrize("plain, odd", SWAPS)
def test_fold_reads_the_letter_the_pattern_took(plain: str, odd: str) -> None:
    assert fold(f"{odd}n") == f"{plain}n"


@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize("plain, odd", SWAPS)
def test_a_phrase_with_such_letters_resolves_as_the_plain_one(phrase: str, plain: str, odd: str) -> None:
    spelled = phrase.replace(plain, odd)
    anchor = Anchor.from_value("2021-03-17", "published")
    want = resolve(DateMention(0, len(phrase), phrase, "relative"), anchor, "past", None)
    got = resolve(DateMention(0, len(spelled), spelled, "relative"), anchor, "past", None)
    assert (got.start, got.end) == (want.start, want.end)


def test_the_example_hypothesis_found() -> None:
    # 'ıN\x85THE\x85LAST\x85MONTH' raised KeyError in the vague table before fold read "ı" as "i".
    got = resolve(DateMention(0, 17, "ıN\x85THE\x85LAST\x85MONTH", "vague"), Anchor.from_value("2021-03-17", "published"),
                  "past", None)
    assert got.start is not None and got.start <= got.end
