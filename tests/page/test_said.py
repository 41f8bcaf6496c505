"""page/said.py: each timeline line shows the sentence its event was read from, evidence marked, clipped, escaped."""

from __future__ import annotations

from page import fragments
from page.context import _quote_shown
from page.said import AROUND, CUT, LONGEST, Sentences
from tests.timeline.events_helpers import make_excerpt

BODY = ("The coast guard said on Friday that two patrol boats had shadowed the tanker for six hours. "
        "Officials declined to say where it was headed.\n\n"
        "A navy spokesman, speaking on condition of anonymity, said the frigate left port at dawn and was\n"
        "expected back within a week, weather permitting.")


def _said(body: str, exact: str):
    x = make_excerpt(body)
    start = body.index(exact)
    return Sentences(x).said(start, start + len(exact))


def test_the_evidence_is_marked_inside_its_own_sentence() -> None:
    s = _said(BODY, "two patrol boats had shadowed the tanker")
    assert s.before == "The coast guard said on Friday that "
    assert s.exact == "two patrol boats had shadowed the tanker"
    assert s.after == " for six hours."  # the next sentence is not shown


def test_a_sentence_over_a_line_break_reads_on_one_line() -> None:
    s = _said(BODY, "the frigate left port at dawn")
    assert s.after == " and was expected back within a week, weather permitting."
    assert "\n" not in s.text


def test_evidence_over_two_sentences_shows_both_whole() -> None:
    s = _said(BODY, "for six hours. Officials declined")
    assert s.before.startswith("The coast guard said")
    assert s.after == " to say where it was headed."


def test_long_sides_are_clipped_to_a_few_words() -> None:
    lead = " ".join(f"w{i}" for i in range(AROUND + 7))
    tail = " ".join(f"t{i}" for i in range(AROUND + 3))
    body = f"{lead} the minister resigned {tail}."
    s = _said(body, "the minister resigned")
    assert s.before == CUT + " " + " ".join(f"w{i}" for i in range(7, AROUND + 7)) + " "
    assert s.after == " " + " ".join(f"t{i}" for i in range(AROUND)) + " " + CUT


def test_a_long_evidence_keeps_head_and_tail() -> None:
    words = [f"x{i}" for i in range(LONGEST + 20)]
    body = "Start. " + " ".join(words) + ". End."
    s = _said(body, " ".join(words))
    assert s.exact.startswith("x0 x1 ") and s.exact.endswith(f"x{LONGEST + 19}")
    assert CUT in s.exact and len(s.exact.split()) < LONGEST


def test_the_line_escapes_the_source_text() -> None:
    body = 'He said "><img src=x onerror=alert(1)> {{ 7*7 }} troops crossed the border at noon.'
    s = _said(body, "troops crossed the border")

    class View:  # what fragments._said reads of an EventView
        said = s

    html = fragments._said(View())  # type: ignore[arg-type]
    assert "<img" not in html and "&lt;img" in html and "{{ 7*7 }}" in html
    assert "<mark>troops crossed the border</mark>" in html


def test_a_quote_already_on_the_line_is_not_repeated() -> None:
    body = '"We will not back down," the foreign minister told reporters on Monday.'
    s = _said(body, "the foreign minister told reporters on Monday")
    assert _quote_shown("We will not back down,", "Foreign minister told reporters", s) == ""
    assert _quote_shown("a quote from elsewhere", "Foreign minister told reporters", s) == "a quote from elsewhere"


def test_an_excerpt_kept_without_sentences_is_split_again() -> None:
    x = make_excerpt(BODY)
    bare = x.model_copy(update={"paragraphs": tuple(p.model_copy(update={"sentences": ()}) for p in x.paragraphs)})
    start = BODY.index("two patrol boats")
    assert Sentences(bare).said(start, start + 10) == Sentences(x).said(start, start + 10)
    assert Sentences(bare).said(start, start + 10).before == "The coast guard said on Friday that "
