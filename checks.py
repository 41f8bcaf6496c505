"""Check out/ against the excerpts it was made from before anything built on it is published."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cli_guard import EXIT_BUG, EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, guarded  # noqa: F401 - re-exported
from excerpt.errors import UsageError
from gate.findings import Finding, Severity

ROOT = Path(__file__).resolve().parent
DEFAULT_EXCERPTS = ROOT / "excerpt" / "samples"
DEFAULT_OUT = ROOT / "out"
SEVERITY_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan"}
MAX_ROWS_PER_CHECK = 25  # in the table; past that one row counts the rest (--format json lists all)
SEVERITY_TITLE = {Severity.error: "Errors", Severity.warning: "Warnings", Severity.info: "Information"}


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() returns the usage exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"usage: {message}")


def _shown(path: Path) -> Path:
    """A default path as messages show it: relative to the working folder where it lies under it."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:
        return path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line of checks.py."""
    p = _Parser(prog="checks.py", description=__doc__)
    p.add_argument("--excerpts", type=Path, default=None, help="folder of excerpts (default: excerpt/samples)")
    p.add_argument("--out", type=Path, default=None, help="the record to check (default: out)")
    p.add_argument("--strict", action="store_true",
                   help="warnings block publishing too; a conflict without a verdict is an error")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text table, or JSON for CI")
    return p.parse_args(argv)


def counts(findings: Sequence[Finding]) -> Counter:
    """How many findings of each severity."""
    return Counter(f.severity.value for f in findings)


def summary_line(findings: Sequence[Finding], blocked: bool) -> str:
    """The last line: counts and the verdict on publishing."""
    n = counts(findings)
    parts = [f"{n['error']} error{'s' * (n['error'] != 1)}", f"{n['warning']} warning{'s' * (n['warning'] != 1)}",
             f"{n['info']} info"]
    return f"{', '.join(parts)}: " + ("do not publish" if blocked else "ready to publish")


def findings_table(severity: Severity, findings: Sequence[Finding]) -> Table:
    """One severity's findings as a table: check, where, problem, fix."""
    t = Table(title=f"{SEVERITY_TITLE[severity]} ({len(findings)})", title_justify="left",
              title_style=SEVERITY_STYLE[severity], show_lines=False)
    t.add_column("check", style=SEVERITY_STYLE[severity], no_wrap=True)
    t.add_column("where", overflow="fold")
    t.add_column("problem", overflow="fold")
    t.add_column("fix", overflow="fold")
    shown: Counter = Counter()
    for f in findings:
        shown[f.check] += 1
        if shown[f.check] <= MAX_ROWS_PER_CHECK:
            # Text, not markup: a quote like "[sic]" or "[/b]" must print as written.
            t.add_row(Text(f.check), Text(f.where()), Text(f.problem), Text(f.fix))
        elif shown[f.check] == MAX_ROWS_PER_CHECK + 1:
            rest = sum(1 for g in findings if g.check == f.check) - MAX_ROWS_PER_CHECK
            t.add_row(Text(f.check), "…", f"{rest} more like these", "see them all with --format json")
    return t


def render_text(console: Console, findings: Sequence[Finding], blocked: bool) -> None:
    """The findings grouped by severity, then the summary line."""
    for severity in Severity:
        group = [f for f in findings if f.severity == severity]
        if group:
            console.print(findings_table(severity, group))
    console.print(summary_line(findings, blocked), markup=False)


def _pretty(value: Any, indent: str = "\n") -> str:
    """json.dumps(value, ensure_ascii=False, indent=2) for dicts (str keys), lists, str, int, bool and None,
    the same text; TypeError for anything else."""
    # Why: with an indent json.dumps runs its pure-Python encoder, ~0.25 ms per finding (4.8 of checks.py's
    # 7.8 CPU s on a 1,000-excerpt record with --format json); here each string goes through the C escaper that
    # encoder uses, and the layout is json's own: ",\n" between items, ": " after keys, [] and {} when empty.
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        for key in value:
            if not isinstance(key, str):
                raise TypeError(f"key {key!r} is not a str")
        return "{" + inner + ("," + inner).join(
            f"{encode_basestring(k)}: {_pretty(v, inner)}" for k, v in value.items()) + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join(_pretty(v, inner) for v in value) + indent + "]"
    raise TypeError(f"{type(value).__name__} is not written by _pretty")


def render_json(findings: Sequence[Finding], blocked: bool, code: int) -> str:
    """The same findings as JSON for CI."""
    n = counts(findings)
    doc = {"findings": [f.model_dump(mode="json") for f in findings],
           "summary": {"errors": n["error"], "warnings": n["warning"], "info": n["info"],
                       "publish": not blocked, "exit_code": code}}
    try:
        text = _pretty(doc)
    except TypeError:  # a value _pretty does not write (a float, a tuple): json's own encoder, the same text
        text = json.dumps(doc, ensure_ascii=False, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (an id or quote from a tampered record) cannot be written as UTF-8:
        # JSON's \u escapes carry it instead, still one valid document.
        text = json.dumps(doc, ensure_ascii=True, indent=2)
    return text


def run(args: argparse.Namespace, console: Console) -> int:
    """Run the checks and print them; return the exit code."""
    from gate.run import blocks_publishing, run_checks

    excerpts = args.excerpts if args.excerpts is not None else _shown(DEFAULT_EXCERPTS)
    out = args.out if args.out is not None else _shown(DEFAULT_OUT)
    findings = run_checks(excerpts, out, strict=args.strict)
    blocked = blocks_publishing(findings, args.strict)
    code = EXIT_PROBLEMS if blocked else EXIT_OK
    if args.format == "json":
        console.file.write(render_json(findings, blocked, code) + "\n")
    else:
        render_text(console, findings, blocked)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: 0 ready to publish, 1 problems found, 2 unusable input or usage."""
    console = Console(highlight=False, width=max(Console().width, 120))
    err = Console(stderr=True, highlight=False)
    return guarded(lambda: run(parse_args(argv), console), err, "interrupted", "CHECKS_DEBUG")


if __name__ == "__main__":
    sys.exit(main())
