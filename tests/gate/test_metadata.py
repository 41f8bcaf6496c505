"""Metadata: empty or partial publication dates, as_of far from published, unknown keys, future dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from excerpt.models import Excerpt
from gate.context import Context
from gate.findings import Finding, Severity
from gate.metadata import date_interval, loader_warnings
from tests.gate.conftest import Copy


def meta(severity: Severity, check: str, excerpt: str, line: int, problem: str, fix: str) -> Finding:
    return Finding(severity=severity, check=f"metadata.{check}", excerpt=excerpt, file=f"excerpts/{excerpt}.txt",
                   line=line, column=1, problem=problem, fix=fix)


def test_empty_published_without_as_of(copy: Copy) -> None:
    copy.edit("corridor", 'published = "2023-08-16"', 'published = ""', rebuild=True)
    assert copy.new() == [meta(Severity.warning, "published-empty", "corridor", 4,
                               "publication date is empty: relative dates cannot be resolved",
                               'set published = "YYYY-MM-DD" from the saved page')]


def test_empty_published_with_as_of(copy: Copy) -> None:
    copy.edit("gulf", 'published = "2019-07-22"', 'published = ""', rebuild=True)
    assert copy.new() == [meta(Severity.warning, "published-empty", "gulf", 5,
                               "publication date is empty (relative dates use as_of 2019-07-21)",
                               'set published = "YYYY-MM-DD" from the saved page')]


@pytest.mark.parametrize(("value", "span"), [("2023-08", "month"), ("2023", "year")])
def test_partial_published_without_as_of(copy: Copy, value: str, span: str) -> None:
    copy.edit("corridor", 'published = "2023-08-16"', f'published = "{value}"', rebuild=True)
    assert copy.new() == [meta(Severity.warning, "published-partial", "corridor", 4,
                               f"published '{value}' gives only the {span}: every relative date becomes an interval",
                               'give the full day, or set as_of = "YYYY-MM-DD" to the day the text was written')]


def test_partial_published_with_a_full_as_of_is_information(copy: Copy) -> None:
    assert meta(Severity.info, "published-partial", "baltic", 5,
                "published '2019-07' gives only the month; relative dates use as_of 2019-07-20",
                "give the full day if the saved page has it") in copy.before


def test_as_of_far_after_published(copy: Copy) -> None:
    copy.edit("gulf", 'as_of = "2019-07-21"', 'as_of = "2019-08-10"', rebuild=True)
    assert copy.new() == [meta(Severity.warning, "as-of-far", "gulf", 6,
                               "as_of 2019-08-10 is 19 days after published 2019-07-22",
                               "check both dates: as_of is the day the text was written")]


@pytest.mark.parametrize(("as_of", "found"), [("2019-08-14", False), ("2019-08-15", True)])
def test_as_of_gap_counts_from_the_end_of_a_month_only_date(copy: Copy, as_of: str, found: bool) -> None:
    copy.edit("baltic", 'as_of = "2019-07-20"', f'as_of = "{as_of}"', rebuild=True)
    expected = [meta(Severity.warning, "as-of-far", "baltic", 6, f"as_of {as_of} is 15 days after published 2019-07",
                     "check both dates: as_of is the day the text was written")]
    assert [f for f in copy.new() if f.check == "metadata.as-of-far"] == (expected if found else [])


def test_as_of_far_before_published(copy: Copy) -> None:
    copy.edit("gulf", 'published = "2019-07-22"', 'published = "2019-09-01"', rebuild=True)
    assert copy.new() == [meta(Severity.warning, "as-of-far", "gulf", 6,
                               "as_of 2019-07-21 is 42 days before published 2019-09-01",
                               "check both dates: as_of is the day the text was written")]


def test_unknown_key_with_a_suggestion(copy: Copy) -> None:
    # Replaced in place, so no line of the body moves.
    copy.edit("gulf", 'author = "Mira Castell"', '  autor = "Mira Castell"', rebuild=True)
    assert copy.new() == [Finding(severity=Severity.warning, check="metadata.unknown-key", excerpt="gulf",
                                  file="excerpts/gulf.txt", line=7, column=3,
                                  problem="unknown front-matter key 'autor'", fix="did you mean 'author'?")]


def test_unknown_key_without_a_suggestion(copy: Copy) -> None:
    copy.edit("baltic", 'url = "https://nordic-wire.example/world/tanker-crisis"', 'section = "World"', rebuild=True)
    assert copy.new() == [meta(Severity.warning, "unknown-key", "baltic", 4, "unknown front-matter key 'section'",
                               "remove it, or move what it says into notes")]


def test_published_in_the_future(copy: Copy) -> None:
    copy.edit("corridor", 'published = "2023-08-16"', 'published = "2024-05-02"', rebuild=True)
    assert copy.new() == [meta(Severity.error, "future-date", "corridor", 4,
                               "published 2024-05-02 is in the future (today is 2024-03-01)", "correct published")]


def test_as_of_in_the_future(copy: Copy) -> None:
    copy.edit("corridor", 'published = "2023-08-16"\n', 'published = "2023-08-16"\nas_of = "2024-03-02"\n',
              rebuild=True)
    new = copy.new()
    assert meta(Severity.error, "future-date", "corridor", 5,
                "as_of 2024-03-02 is in the future (today is 2024-03-01)", "correct as_of") in new


def test_a_file_that_is_not_an_excerpt_is_named(copy: Copy) -> None:
    (copy.excerpts / "notes.md").write_text("to do\n", encoding="utf-8")
    assert copy.new() == [Finding(severity=Severity.info, check="metadata.skipped-file", file="excerpts/notes.md",
                                  problem="not read: not an excerpt (.txt, .html, .htm)",
                                  fix="move it out of the excerpt folder, or rename it")]


def test_other_loader_warnings_are_shown_once() -> None:
    ex = Excerpt(id="p1", path="pages/p1.html", sha256="0" * 64, format="html", title="T", outlet="O",
                 body="text", warnings=("no publication date in the page", "unknown front-matter key 'x'"))
    ctx = Context(excerpts_dir=Path("pages"), out_dir=Path("out"), today=date(2024, 1, 1), strict=False,
                  excerpts={"p1": ex}, skipped=[], files={})
    assert loader_warnings(ctx) == [Finding(severity=Severity.warning, check="metadata.excerpt-warning",
                                            excerpt="p1", file="pages/p1.html",
                                            problem="no publication date in the page", fix="check the excerpt file")]


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2016-02-29", date(2016, 2, 29), date(2016, 2, 29)),
    ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
    ("2015", date(2015, 1, 1), date(2015, 12, 31)),
])
def test_date_interval(value: str, first: date, last: date) -> None:
    assert date_interval(value) == (first, last)
    assert date_interval("") is None


PAGE = """<!DOCTYPE html>
<html><head><title>Talks resume in Geneva</title>
<meta property="og:site_name" content="Lakeside Courier">
</head><body><article><h1>Talks resume in Geneva</h1>
<p>Negotiators from both delegations met again in Geneva after a pause of several weeks, officials said.</p>
<p>The agenda covers prisoner exchanges, the ceasefire line and the return of displaced families to their towns.</p>
<p>Neither side published a statement after the first session, which lasted into the evening.</p>
</article></body></html>
"""


def test_saved_page_without_a_date_is_named_without_a_line(copy: Copy) -> None:
    (copy.excerpts / "geneva.html").write_text(PAGE, encoding="utf-8")
    copy.rebuild()
    new = copy.new()
    # A saved page's metadata has no front-matter line to point at: the file is named, no line.
    assert Finding(severity=Severity.warning, check="metadata.published-empty", excerpt="geneva",
                   file="excerpts/geneva.html", problem="publication date is empty: relative dates cannot be resolved",
                   fix="save the page with its article:published_time, or as .txt with a published date") in new
    assert Finding(severity=Severity.warning, check="metadata.excerpt-warning", excerpt="geneva",
                   file="excerpts/geneva.html", problem="no publication date in the page: published left empty",
                   fix="check the excerpt file") in new
