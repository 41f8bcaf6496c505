"""Editor verdicts from verdicts.toml: [[verdict]] tables keyed by stable event ids.

Format:
    [[verdict]]
    here = "002-81b0d4"          # required: the claim the verdict is about
    there = "000-77aa01"         # optional: the linked claim it was weighed against
    decision = "accept_there"    # accept_here | accept_there | both_wrong | not_same | noted
    note = "..."                 # optional

Any other key, a missing or mistyped value, an unknown decision or invalid TOML is a VerdictError
naming the line. A missing file means no verdicts.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from excerpt.errors import VerdictError
from parity.models import Decision, Verdict

TABLE_RE = re.compile(r"^\s*\[\[\s*verdict\s*\]\]\s*(?:#.*)?$")
TOML_LINE_RE = re.compile(r"at line (\d+)")
KEYS = {"here": True, "there": False, "decision": True, "note": False}
DECISIONS = ", ".join(d.value for d in Decision)


def _key_line(lines: list[str], start: int, end: int, key: str) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for n in range(start, end):
        if pattern.match(lines[n]):
            return n + 1
    return start + 1 if start < len(lines) else max(len(lines), 1)


def parse_verdicts(path: str, text: str) -> list[Verdict]:
    """Verdicts from the text of a verdicts.toml; VerdictError(path, "line N: problem") when malformed."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = TOML_LINE_RE.search(str(exc))
        where = f"line {m.group(1)}: " if m else ""
        raise VerdictError(path, f"{where}not valid TOML ({str(exc).split(' (at')[0]})") from None
    lines = text.splitlines()
    for key in data:
        if key != "verdict":
            raise VerdictError(path, f"line {_key_line(lines, 0, len(lines), key)}: unknown key {key!r} "
                                     "(expected [[verdict]] tables)")
    tables = data.get("verdict", [])
    if not isinstance(tables, list):
        raise VerdictError(path, f"line {_key_line(lines, 0, len(lines), 'verdict')}: "
                                 "'verdict' must be [[verdict]] tables")
    starts = [n for n, line in enumerate(lines) if TABLE_RE.match(line)]
    out: list[Verdict] = []
    for k, table in enumerate(tables):
        start = starts[k] if k < len(starts) else 0
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        line = start + 1
        for key, value in table.items():
            if key not in KEYS:
                raise VerdictError(path, f"line {_key_line(lines, start, end, key)}: unknown key {key!r} "
                                         f"(expected {', '.join(KEYS)})")
            if not isinstance(value, str):
                raise VerdictError(path, f"line {_key_line(lines, start, end, key)}: {key} must be a string")
        for key, required in KEYS.items():
            if required and not str(table.get(key, "")).strip():
                raise VerdictError(path, f"line {line}: verdict has no {key!r}")
        if table["decision"] not in {d.value for d in Decision}:
            raise VerdictError(path, f"line {_key_line(lines, start, end, 'decision')}: decision "
                                     f"{table['decision']!r} is not one of {DECISIONS}")
        out.append(Verdict(here=table["here"].strip(), there=(table.get("there") or "").strip() or None,
                           decision=Decision(table["decision"]), note=table.get("note", ""), line=line))
    return out


def load_verdicts(path: Path) -> list[Verdict]:
    """Verdicts from a verdicts.toml file; [] when it does not exist; VerdictError naming the line."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VerdictError(str(path), f"cannot read verdicts file ({exc})") from None
    return parse_verdicts(str(path), text)
