"""Session 14 (holes14): one mechanism for relative clauses inside a subject (timeline/thatholes.py, data/thatholes.toml):
`that_holes` (a hole in the main clause) and `subject_relative` (no clause break at its "that") live in one module."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import thatholes
from timeline.attributes import clause_parts
from timeline.thatholes import NP_START_RE, THAT_VERB_RE, subject_relative, that_holes


def test_one_module_holds_the_relative_clauses_of_a_subject() -> None:
    assert not (Path(thatholes.__file__).parent / "subjectrel.py").exists()


# The patterns built from data/thatholes.toml [subject_relative] match what the former literal patterns matched.
@pytest.mark.parametrize(("words", "opens"), [
    ("The ship ", True), ("the ship ", True), ("An envoy ", True), ("a ship ", True), ("Several boats ", True),
    ("Their drones ", True), ("12 ships ", True), ("Russia's ship ", True), ("some ships ", False),
    ("the\nship ", True), ("thee ship ", False),
])
def test_a_subject_noun_phrase_opens_with_a_determiner_a_number_or_a_name(words: str, opens: bool) -> None:
    assert (NP_START_RE.match(words) is not None) is opens


@pytest.mark.parametrize(("words", "verb"), [
    ("that had taken", True), ("that were seized", True), ("that crashed", True), ("that hadn't", False),
    ("that Russian drones", False), ("that the", False),
])
def test_a_relative_that_is_followed_by_its_own_verb(words: str, verb: bool) -> None:
    assert (THAT_VERB_RE.match(words) is not None) is verb


# Each half catches what the other does not: a hole needs a main verb after the clause; no break needs a subject that
# opens the clause (a lead's preposition may come first).
def test_a_clause_in_a_lead_phrase_opens_no_break_though_it_is_no_hole() -> None:
    text = "In the clash that followed, the army lost two tanks."
    holes, _, spans = clause_parts(text, 0, len(text))
    assert holes == []
    assert subject_relative(text, 0, text.index("that"))
    assert [text[a:b] for a, b in spans] == [text]


def test_a_that_clause_with_an_irregular_past_is_a_hole_and_so_no_break() -> None:
    text = "A cargo ship that left port on Monday struck a mine on Wednesday."
    assert [text[a:b] for a, b in that_holes(text, 0, len(text))] == ["that left port on Monday "]
    assert not subject_relative(text, 0, text.index("that"))  # "left" shows no "-ed": the hole drops the break
    _, _, spans = clause_parts(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["that left port on Monday ", text]
