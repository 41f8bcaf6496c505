"""The letter classes take in accented names and nothing that is not a cased letter."""

import re

import pytest

from excerpt.letters import LETTER, LOWER, UPPER

NAME = re.compile(rf"[{UPPER}][{LOWER}]+")


@pytest.mark.parametrize("word", ["López", "Erdoğan", "Şahin", "Müller", "Dvořák", "Nguyễn", "Ólafsdóttir",
                                  "Łukaszenka", "Žilina", "Øresund", "Smith"])
def test_accented_names_are_one_word(word):
    assert NAME.fullmatch(word)


@pytest.mark.parametrize("char", ["1", "_", " ", "-", "'", "’", ".", "[", "]", "^", "\\", "€", "×", "÷"])
def test_no_digit_space_or_punctuation_is_a_letter(char):
    assert not re.fullmatch(rf"[{LETTER}]", char)


def test_case_is_told_apart():
    assert re.fullmatch(rf"[{UPPER}]+", "ÁÉŞĞŻ") and not re.search(rf"[{UPPER}]", "áéşğż")
    assert re.fullmatch(rf"[{LOWER}]+", "áéşğżß") and not re.search(rf"[{LOWER}]", "ÁÉŞĞŻ")


def test_every_cased_latin_letter_is_covered():
    for c in map(chr, range(0x41, 0x250)):
        assert bool(re.fullmatch(rf"[{UPPER}]", c)) == c.isupper(), c
        assert bool(re.fullmatch(rf"[{LOWER}]", c)) == c.islower(), c
