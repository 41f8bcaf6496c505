"""The page: in-page links resolve, nothing loads from outside, every excerpt and event is on it."""

from __future__ import annotations

import pytest

from gate.findings import Finding, Severity
from tests.gate.conftest import Copy

REBUILD_PAGE = "run report.py to rebuild the page"
INLINE_IT = "inline it (styles in <style>, images as data: URIs) or drop it"


def insert(copy: Copy, markup: str, before: str = "</body>") -> int:
    """Put markup into the page on a line of its own; return that line."""
    path = copy.out / "index.html"
    page = path.read_text(encoding="utf-8")
    at = page.index(before)
    path.write_text(page[:at] + markup + "\n" + page[at:], encoding="utf-8")
    return page[:at].count("\n") + 1


def page_error(check: str, line: int | None, problem: str, fix: str, **extra) -> Finding:
    return Finding(severity=Severity.error, check=f"page.{check}", file="out/index.html", line=line,
                   problem=problem, fix=fix, **extra)


def test_link_to_a_missing_anchor(copy: Copy) -> None:
    line = insert(copy, '<p><a href="#ev-gulf-999999">see</a></p>')
    assert copy.new() == [page_error("broken-link", line, "link #ev-gulf-999999 has no target on the page",
                                     REBUILD_PAGE)]


def test_links_to_existing_anchors_and_outside_pages_pass(copy: Copy) -> None:
    ev = copy.event("gulf", "USS Boxer")
    insert(copy, f'<p><a href="#ev-{ev["id"]}">up</a> <a href="#">top</a> '
                 '<a href="https://harbour-gazette.example/">the outlet</a></p>')
    assert copy.new() == []


@pytest.mark.parametrize(("markup", "what"), [
    ('<img src="https://cdn.example/map.png" alt="map">', 'img src="https://cdn.example/map.png"'),
    ('<script src="//cdn.example/app.js"></script>', 'script src="//cdn.example/app.js"'),
    ('<img src="map.png" alt="map">', 'img src="map.png"'),
    ('<img srcset="data:image/png;base64,AAAA 1x, https://cdn.example/m2.png 2x" alt="">',
     'img srcset="https://cdn.example/m2.png"'),
    ('<link rel="stylesheet" href="print.css">', '<link rel="stylesheet" href="print.css">'),
    ('<link rel="icon" href="https://cdn.example/favicon.ico">',
     '<link rel="icon" href="https://cdn.example/favicon.ico">'),
    ('<style>@import url("https://fonts.example/serif.css");</style>',
     'CSS @import url("https://fonts.example/serif.css")'),
    ('<p style="background: url(http://img.example/paper.jpg)">x</p>', "CSS url(http://img.example/paper.jpg)"),
    ('<iframe src="https://maps.example/embed"></iframe>', 'iframe src="https://maps.example/embed"'),
    ('<base href="https://cdn.example/">', 'base href="https://cdn.example/"'),
    ('<svg><image href="https://cdn.example/s.png"/></svg>', 'image href="https://cdn.example/s.png"'),
    ('<a href="https://harbour-gazette.example/" style="background: url(https://img.example/b.png)">x</a>',
     "CSS url(https://img.example/b.png)"),
])
def test_external_resource_is_named(copy: Copy, markup: str, what: str) -> None:
    line = insert(copy, markup)
    assert copy.new() == [page_error("external-resource", line, f"loads {what} from outside the page", INLINE_IT)]


@pytest.mark.parametrize("markup", [
    '<img src="data:image/png;base64,AAAA" alt="dot">',
    '<link rel="canonical" href="https://harbour-gazette.example/record">',
    '<p style="background: url(data:image/png;base64,AAAA)">x</p>',
    '<a href="mailto:desk@harbour-gazette.example">desk</a>',
])
def test_inline_resources_and_plain_links_pass(copy: Copy, markup: str) -> None:
    insert(copy, markup)
    assert copy.new() == []


def test_event_missing_from_the_page(copy: Copy) -> None:
    ev = copy.event("baltic", "collided with a fishing boat")
    path = copy.out / "index.html"
    page = path.read_text(encoding="utf-8")
    path.write_text(page.replace(f'id="ev-{ev["id"]}"', 'class="gone"'), encoding="utf-8")
    assert copy.new() == [page_error("missing-event", None, f"event is not on the page (no id ev-{ev['id']})",
                                     REBUILD_PAGE, excerpt="baltic", event=ev["id"])]


def test_excerpt_missing_from_the_page(copy: Copy) -> None:
    path = copy.out / "index.html"
    page = path.read_text(encoding="utf-8")
    path.write_text(page.replace('<section id="src-corridor">', "<section>"), encoding="utf-8")
    new = copy.new()
    assert [f for f in new if f.check == "page.missing-excerpt"] == [
        page_error("missing-excerpt", None, "excerpt corridor is not on the page (no id src-corridor)",
                   REBUILD_PAGE, excerpt="corridor")]
    # The events' links to the source now lead nowhere, and each is named.
    assert {(f.check, f.problem) for f in new if f.check != "page.missing-excerpt"} == {
        ("page.broken-link", "link #src-corridor has no target on the page")}
    assert len(new) == 1 + 3


def test_lines_past_the_html_parser_s_line_limit(copy: Copy) -> None:
    # libxml2's HTML parser stops counting at line 65535: a long page's lines come from its bytes.
    filler = "<p>line</p>\n" * 70_000
    first = insert(copy, filler + '<p><a href="#nowhere">a</a></p>\n<p><a href="#nowhere">b</a></p>')
    line = first + 70_000
    insert(copy, '<img src="https://cdn.example/late.png" alt="">')
    assert copy.new() == [
        page_error("broken-link", line, "link #nowhere has no target on the page", REBUILD_PAGE),
        page_error("broken-link", line + 1, "link #nowhere has no target on the page", REBUILD_PAGE),
        page_error("external-resource", line + 2, 'loads img src="https://cdn.example/late.png" from outside the page',
                   INLINE_IT)]
