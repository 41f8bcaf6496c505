"""Build the dated record, the parity results and the page from a folder of saved excerpts."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from cli_guard import EXIT_BUG, EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, guarded  # noqa: F401 - re-exported
from excerpt.errors import PipelineError

ROOT = Path(__file__).resolve().parent
DEFAULT_EXCERPTS = ROOT / "excerpt" / "samples"
DEFAULT_OUT = ROOT / "out"


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() returns the usage exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise PipelineError(f"usage: {message}")


def _shown(path: Path) -> str:
    """A path as the record names it: relative to the working folder where it lies under it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line of report.py."""
    p = _Parser(prog="report.py", description=__doc__)
    p.add_argument("--excerpts", type=Path, default=None, help="folder of excerpts (default: excerpt/samples)")
    p.add_argument("--out", type=Path, default=None, help="output folder, replaced whole (default: out)")
    p.add_argument("--max-bytes", type=int, default=5 * 1024 * 1024, help="largest excerpt file read")
    p.add_argument("--workers", type=int, default=0, help="processes for per-excerpt stages (0: auto)")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", default=None, help="dask scheduler address (default: a LocalCluster)")
    p.add_argument("--quiet", action="store_true", help="print only errors")
    args = p.parse_args(argv)
    if args.max_bytes <= 0:
        raise PipelineError("usage: --max-bytes must be positive")
    if args.workers < 0:
        raise PipelineError("usage: --workers must be 0 or more")
    return args


def _extractor(args: argparse.Namespace):
    """The per-excerpt extraction runner the options ask for."""
    from pipeline import parallel

    if args.engine == "dask":
        return parallel.dask_extractor(args.scheduler)
    return parallel.local_extractor(args.workers)


def excerpt_table(result) -> Table:
    """One row per excerpt: what was loaded and how much of it is story."""
    t = Table(title="Excerpts", title_justify="left")
    t.add_column("id", no_wrap=True)
    t.add_column("outlet", max_width=28, overflow="ellipsis", no_wrap=True)
    for col in ("published", "written on", "words", "story ¶", "non-story", "events"):
        t.add_column(col, no_wrap=True, justify="right" if col not in ("published", "written on") else "left")
    t.add_column("warnings", overflow="fold")
    per = Counter(e.excerpt for e in result.timeline.events)
    # The record's warnings: the loader's, extraction's and a missing anchor date, each said once.
    warned = {r.id: r.warnings for r in result.timeline.excerpts}
    for ex in result.excerpts:
        story = ex.story_paragraphs()
        t.add_row(ex.id, ex.outlet, ex.published or "(unknown)", ex.as_of or ex.published or "(unknown)",
                  str(len(ex.body.split())), str(len(story)), str(len(ex.paragraphs) - len(story)),
                  str(per.get(ex.id, 0)), "; ".join(warned.get(ex.id, ex.warnings)))
    return t


def parity_table(result) -> Table:
    """Claims per status per source, and conflicts still waiting for an editor's verdict."""
    statuses = ("corroborated", "conflicting", "later_development", "single_source", "echo")
    t = Table(title="Claims against the other sources", title_justify="left")
    t.add_column("source")
    for s in statuses:
        t.add_column(s.replace("_", " "), justify="right")
    t.add_column("conflicts without verdict", justify="right")
    rows: dict[str, Counter] = {}
    open_conflicts: Counter = Counter()
    for c in result.parity.claims:
        rows.setdefault(c.excerpt, Counter())[c.status.value] += 1
        if c.status.value == "conflicting" and c.verdict is None:
            open_conflicts[c.excerpt] += 1
    for ex in result.excerpts:
        counts = rows.get(ex.id, Counter())
        t.add_row(ex.id, *(str(counts.get(s, 0)) for s in statuses), str(open_conflicts.get(ex.id, 0)))
    return t


def _with_progress(err: Console, job):
    """Run job(tell) under a rich progress bar on stderr, one step per stage; gone when done."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from pipeline.run import STAGES

    names = {"load": "reading excerpts", "timeline": "dating events", "parity": "linking claims",
             "page": "writing the page"}
    # No refresh thread (auto_refresh=False; each stage refreshes the bar): the extraction pool may then
    # fork its workers, which is safe only while this process runs one thread (parallel.start_method).
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                  console=err, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("starting", total=len(STAGES))
        done: list[str] = []

        def tell(stage: str) -> None:
            if done:
                progress.advance(task)
            done.append(stage)
            progress.update(task, description=names.get(stage, stage))
            progress.refresh()

        result = job(tell)
        progress.update(task, completed=len(STAGES))
    return result


def run(args: argparse.Namespace, console: Console, err: Console) -> int:
    """Build and write out/; return the exit code."""
    from pipeline.run import build_outputs

    excerpts = args.excerpts if args.excerpts is not None else Path(_shown(DEFAULT_EXCERPTS))
    out = args.out if args.out is not None else DEFAULT_OUT
    # The files stream into a temporary sibling of out/ as they are made, swapped in whole at the end.
    if not args.quiet and err.is_terminal:
        result = _with_progress(err, lambda tell: build_outputs(
            excerpts, max_bytes=args.max_bytes, extract_all=_extractor(args), on_stage=tell, out_dir=out,
            workers=args.workers or None))
    else:
        result = build_outputs(excerpts, max_bytes=args.max_bytes, extract_all=_extractor(args), out_dir=out,
                               workers=args.workers or None)
    if args.quiet:
        return EXIT_OK
    console.print(excerpt_table(result))
    for path, reason in result.folder.skipped:
        console.print(f"[yellow]skipped[/] {path}: {reason}")
    console.print(parity_table(result))
    for v in result.parity.stale_verdicts:
        console.print(f"[yellow]stale verdict[/] line {v.line}: {v.here} / {v.there} no longer on the record")
    dated = sum(1 for e in result.timeline.events if e.date.start is not None)
    console.print(
        f"{len(result.excerpts)} excerpts, {len(result.timeline.events)} events ({dated} dated), "
        f"{len(result.parity.claims)} claims -> {out}{os.sep}"
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns 0 on success, 2 for unusable input or usage."""
    # Wide enough for the tables when piped (CI logs), the terminal's width otherwise.
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
    err = Console(stderr=True, highlight=False)
    return guarded(lambda: run(parse_args(argv), console, err), err,
                   "interrupted; out/ was left as it was", "REPORT_DEBUG")


if __name__ == "__main__":
    sys.exit(main())
