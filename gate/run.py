"""Run every check of the gate on a folder of excerpts and the out/ record made from it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from excerpt.errors import PipelineError
from gate import dates, evidence, freshness, metadata, page, parity_checks, quotes
from gate.context import Context, index_record, load_context
from gate.findings import Finding, Severity, sort_findings

Check = Callable[[Context], list[Finding]]
# The checks that read index.html run last, so its scan (in another process for a big page) goes on beside the others.
PAGE_CHECKS: tuple[Check, ...] = (freshness.page_hash, *page.CHECKS)
# Every check that reads a loaded context, group by group (record-loading checks run first, in run_checks).
CHECKS: tuple[Check, ...] = (
    *(c for c in freshness.CHECKS if c not in PAGE_CHECKS), *metadata.CHECKS, *evidence.CHECKS, *dates.CHECKS,
    *quotes.CHECKS, *parity_checks.CHECKS, *PAGE_CHECKS,
)


def skipped_checks(ctx: Context) -> list[Finding]:
    """Say which record checks could not run, so a short table is not mistaken for a pass."""
    out = []
    for name in ("timeline.json", "parity.json"):
        if name in ctx.usable and (name == "timeline.json" or ctx.timeline_ok):
            continue
        why = "timeline.json" if name in ctx.usable else "it"
        out.append(Finding(severity=Severity.info, check="gate.skipped", file=(ctx.out_dir / name).as_posix(),
                           problem=f"checks that read {name} did not run: {why} is missing or invalid",
                           fix="fix the errors above, then run checks.py again"))
    return out


def run_checks(excerpts_dir: str | Path, out_dir: str | Path, strict: bool = False,
               today: date | None = None, checks: Sequence[Check] = CHECKS) -> list[Finding]:
    """Every finding of every check, in one deterministic order; PipelineError when input is unusable."""
    # The record is read as millions of small acyclic dicts and lists; each 700 allocations would wake
    # the cycle collector, which walks everything read so far. Reference counting frees them all.
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _run(excerpts_dir, out_dir, strict, today, checks)
    finally:
        if was_on:
            gc.enable()


def _run(excerpts_dir: str | Path, out_dir: str | Path, strict: bool, today: date | None,
         checks: Sequence[Check]) -> list[Finding]:
    ctx = load_context(excerpts_dir, out_dir, strict=strict, today=today or date.today())
    try:
        findings = freshness.missing_files(ctx) + freshness.schema_errors(ctx)
        findings += freshness.invalid_events(ctx, index_record(ctx))
        findings += skipped_checks(ctx)
        for check in checks:
            findings += check(ctx)
        _ = ctx.page  # a page that cannot be read is an error even when no check read it
    except PipelineError:
        _ = ctx.page  # an unreadable page is named first, as when it was read before any check ran
        raise
    finally:
        ctx.close()
    return sort_findings(findings)


def blocks_publishing(findings: Sequence[Finding], strict: bool) -> bool:
    """True when the findings block publishing: any error, or any warning with --strict."""
    severities = {f.severity for f in findings}
    return Severity.error in severities or (strict and Severity.warning in severities)
