"""Turn a body offset or a front-matter key into a file, line and column for a finding."""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path
from typing import Any

from excerpt.models import Excerpt
from gate.context import Context


def at_offset(excerpt: Excerpt | None, offset: int, newlines: list[int] | None = None) -> dict[str, Any]:
    """File, line and column of a body offset; only a .txt body maps onto its file's lines.
    newlines: the offsets of the body's line breaks (newlines_of), when the caller keeps them."""
    if excerpt is None:
        return {}
    if excerpt.format != "txt":
        # A page's body is extracted text: its offsets have no line in the saved .html file.
        return {"file": excerpt.path}
    offset = max(0, min(offset, len(excerpt.body)))
    if newlines is None:
        line, column = excerpt.line_col(offset)
    else:  # Excerpt.line_col by bisection: the same numbers
        k = bisect_left(newlines, offset)  # line breaks before the offset
        line, column = k + 1 + excerpt.body_line, offset - (newlines[k - 1] + 1 if k else 0) + 1
    return {"file": excerpt.path, "line": line, "column": column}


NEWLINE_RE = re.compile("\n")


def newlines_of(body: str) -> list[int]:
    """The offsets of a body's line breaks, in order."""
    return [m.start() for m in NEWLINE_RE.finditer(body)]


def key_line(excerpt: Excerpt, key: str) -> dict[str, Any]:
    """File, line and column of a front-matter key (its first line when the key is absent)."""
    if excerpt.format != "txt":
        return {"file": excerpt.path}
    try:
        text = Path(excerpt.path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {"file": excerpt.path}
    pattern = re.compile(rf"^([ \t]*)(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')[ \t]*=")
    for number, line in enumerate(text.splitlines()[: excerpt.body_line], start=1):
        m = pattern.match(line)
        if m:
            return {"file": excerpt.path, "line": number, "column": len(m.group(1)) + 1}
    return {"file": excerpt.path, "line": 1, "column": 1}


def clip(text: str, limit: int = 60) -> str:
    """Text for a message: one line, at most limit characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _occurrences(body: str, exact: str) -> list[int]:
    found, pos = [], body.find(exact)
    while pos != -1:
        found.append(pos)
        pos = body.find(exact, pos + 1)
    return found


def relocate(body: str, exact: str, prefix: str, suffix: str, start: int) -> int | None:
    """Where exact text is in body now, preferring where its prefix and suffix still match; None if gone."""
    if not exact:
        return None

    def fit(pos: int) -> tuple[int, int]:
        # A TextQuoteSelector's context tells repeats apart; then the nearest to the old place wins.
        before = body[max(0, pos - len(prefix)) : pos] == prefix
        after = body[pos + len(exact) : pos + len(exact) + len(suffix)] == suffix
        return (-(before + after), abs(pos - start))

    candidates = _occurrences(body, exact)
    return min(candidates, key=fit) if candidates else None


def at_event(ctx: Context, event_id: str) -> dict[str, Any]:
    """File, line and column of an event's evidence where it is now (it may have moved since)."""
    raw = ctx.raw_event(event_id)
    if raw is None:
        return {}
    excerpt = ctx.excerpts.get(raw["excerpt"])
    ev = raw["evidence"]
    start = ev["start"]
    if excerpt is None:
        return {}
    if excerpt.body[start : ev["end"]] != ev["exact"]:
        moved = relocate(excerpt.body, ev["exact"], ev.get("prefix", ""), ev.get("suffix", ""), start)
        start = start if moved is None else moved
    # A finding per claim of a source (20,000 in one long hostile excerpt): each body's line breaks are found
    # once, not counted again in a copy of the text before every offset (quadratic: 60% of that run's checks).
    known = ctx.cache.setdefault("newlines", {})
    newlines = known.get(excerpt.id)
    if newlines is None:
        newlines = known[excerpt.id] = newlines_of(excerpt.body)
    return at_offset(excerpt, start, newlines)
