"""Read a .txt excerpt: TOML front matter between `+++` lines, then the body exactly as saved."""

from __future__ import annotations

import calendar
import datetime
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from excerpt.errors import ExcerptError
from excerpt.models import DATE_RE

FENCE = "+++"
REQUIRED_KEYS = ("title", "outlet", "published")
OPTIONAL_KEYS = ("url", "as_of", "author", "notes")
KNOWN_KEYS = REQUIRED_KEYS + OPTIONAL_KEYS
DATE_KEYS = ("published", "as_of")


@dataclass
class FrontMatter:
    """The metadata block of a .txt excerpt, and where its body starts."""

    meta: dict[str, Any]
    extra: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    body: str = ""
    body_line: int = 0


def _fence_line(line: str) -> bool:
    return line.rstrip("\r\n").rstrip() == FENCE


def split(path: str, text: str) -> tuple[str, str, int]:
    """Split text into (TOML block, body, lines before the body); raise when the fences are wrong."""
    # Split on "\n" only (keeping it), as line_col counts lines: a lone "\r" or U+2028 is text.
    lines = text.split("\n")
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if not lines or not _fence_line(lines[0]):
        raise ExcerptError(path, "no front matter: the file must start with a '+++' line")
    for i in range(1, len(lines)):
        if _fence_line(lines[i]):
            block = "".join(lines[1:i])
            body = "".join(lines[i + 1 :])
            return block, body, i + 1
    raise ExcerptError(path, "no closing '+++' line after the front matter")


def check_date(path: str, key: str, value: Any) -> str:
    """A valid YYYY-MM-DD, YYYY-MM, YYYY or "" date string, or an ExcerptError."""
    if isinstance(value, datetime.date):
        raise ExcerptError(path, f"{key} must be a quoted string: write {key} = \"{value.isoformat()}\"")
    if not isinstance(value, str):
        raise ExcerptError(path, f"{key} must be a quoted date string like \"2017-09-04\", got {value!r}")
    m = DATE_RE.match(value)
    if value and not m:
        raise ExcerptError(path, f"{key} {value!r} is not a date (YYYY-MM-DD, YYYY-MM, YYYY or \"\")")
    if m:
        month = int(m.group(2) or 1)
        day = int(m.group(3) or 1)
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(int(m.group(1)), month)[1]:
            raise ExcerptError(path, f"{key} {value!r} is not a real day")
    return value


def suggest(key: str) -> str | None:
    """The closest known key to a misspelt one, if any is close."""
    close = difflib.get_close_matches(key, KNOWN_KEYS, n=1, cutoff=0.6)
    return close[0] if close else None


def parse(path: str, text: str) -> FrontMatter:
    """Parse a whole .txt excerpt (BOM already removed) into its metadata and body."""
    block, body, body_line = split(path, text)
    try:
        data = tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        # tomllib counts lines inside the block; the block starts on the file's line 2.
        msg = str(exc)
        line = getattr(exc, "lineno", None)
        if line is None:
            m = re.search(r"line (\d+)", msg)
            line = int(m.group(1)) if m else None
        where = f" at line {line + 1}" if line else ""
        reason = msg.split(" (at ")[0]
        raise ExcerptError(path, f"invalid TOML in the front matter{where}: {reason}") from None
    for key in REQUIRED_KEYS:
        if key not in data:
            raise ExcerptError(path, f"missing required key '{key}' in the front matter")
    for key in ("title", "outlet", "url", "author", "notes"):
        if key in data and not isinstance(data[key], str):
            raise ExcerptError(path, f"{key} must be a string, got {data[key]!r}")
    if not data["title"].strip():
        raise ExcerptError(path, "title is empty")
    for key in DATE_KEYS:
        if key in data:
            check_date(path, key, data[key])
    meta = {k: data[k] for k in KNOWN_KEYS if k in data}
    extra = {k: v for k, v in data.items() if k not in KNOWN_KEYS}
    warnings = []
    for key in sorted(extra):
        hint = suggest(key)
        tip = f" (did you mean '{hint}'?)" if hint else ""
        warnings.append(f"unknown front-matter key '{key}'{tip}")
    return FrontMatter(meta=meta, extra=extra, warnings=warnings, body=body, body_line=body_line)
