"""gate.locate: line and column by bisection over a body's line breaks are Excerpt.line_col's numbers."""

from __future__ import annotations

from excerpt.models import Excerpt
from gate.locate import at_offset, newlines_of


def test_bisection_gives_line_col_for_every_offset():
    body = "\nFirst line.\r\nSecond line\n\n\nThird, after blank lines.\nLast without a break"
    excerpt = Excerpt(id="a", path="a.txt", sha256="0" * 64, title="t", outlet="o", body=body, body_line=6)
    breaks = newlines_of(body)
    assert breaks == [i for i, ch in enumerate(body) if ch == "\n"]
    for offset in range(-2, len(body) + 3):  # out of range is clamped, as before
        assert at_offset(excerpt, offset, breaks) == at_offset(excerpt, offset)
        assert at_offset(excerpt, offset) == {"file": "a.txt", **dict(zip(
            ("line", "column"), excerpt.line_col(max(0, min(offset, len(body)))), strict=True))}


def test_a_page_has_no_lines():
    page = Excerpt(id="p", path="p.html", sha256="0" * 64, title="t", outlet="o", body="a\nb", format="html")
    assert at_offset(page, 2, newlines_of(page.body)) == {"file": "p.html"}
