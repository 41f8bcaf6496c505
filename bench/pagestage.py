"""The page stage alone, from a saved out/: `python -m bench.pagestage EXCERPTS OUT [--profile FILE]`."""

from __future__ import annotations

import argparse
import contextlib
import gc
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Why: the page stage (the record's JSON, the page, the exports) is one core's work after parity, and
# changing it needs its bytes compared and its CPU measured. A whole build of 1,000 excerpts is ~20 CPU s
# of extraction first (200 s at 10,000); the models read back from out/'s JSON give the same bytes, so
# the stage can be run, timed and profiled again and again on one saved record.


class HashSink:
    """A pipeline.run.Sink that keeps only each file's sha256 (nothing is written)."""

    def __init__(self) -> None:
        self.folder = None  # no folder: nothing is written, so no helper writes part of the page
        self.hashes: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        self.files: dict[str, bytes] = {}

    @contextlib.contextmanager
    def open(self, name: str, digest: Any = None) -> Iterator[Any]:
        """A write(bytes) callable for one file; digest (a hashlib object) sees the same bytes."""
        h, size = hashlib.sha256(), 0

        def write(data: bytes) -> None:
            nonlocal size
            size += len(data)
            h.update(data)
            if digest is not None:
                digest.update(data)

        yield write
        self.hashes[name], self.sizes[name] = h.hexdigest(), size


def load_record(excerpts_dir: str | Path, out_dir: str | Path) -> tuple[list[Any], Any, Any]:
    """The excerpts (with paragraphs, as the page reads them) and the timeline and parity models of a saved out/."""
    from excerpt.loader import load_folder
    from parity.models import Parity
    from timeline.models import Timeline

    out = Path(out_dir)
    excerpts = load_folder(excerpts_dir, structure=True, max_bytes=50 * 1024 * 1024).excerpts
    timeline = Timeline.model_validate_json((out / "timeline.json").read_bytes())
    parity = Parity.model_validate_json((out / "parity.json").read_bytes())
    return excerpts, timeline, parity


def run(excerpts_dir: str | Path, out_dir: str | Path, profile: str | None = None, repeat: int = 1) -> dict[str, Any]:
    """pipeline.run.write_files on a saved record: CPU seconds (best of repeat), and whether each file is byte-identical."""
    from pipeline.run import write_files

    excerpts, timeline, parity = load_record(excerpts_dir, out_dir)
    gc.freeze()  # as pipeline.run does: the record is long-lived, out of the collector's sight
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile(time.process_time)
    best, sink = float("inf"), HashSink()
    for _ in range(max(1, repeat)):
        sink = HashSink()
        t0 = time.process_time()
        if prof is not None:
            prof.enable()
        write_files(sink, excerpts, timeline, parity)
        if prof is not None:
            prof.disable()
        best = min(best, time.process_time() - t0)
    if prof is not None and profile:
        prof.dump_stats(profile)
    out = Path(out_dir)
    same = {name: h == hashlib.sha256((out / name).read_bytes()).hexdigest() for name, h in sink.hashes.items()}
    return {"excerpts": len(excerpts), "events": len(timeline.events), "cpu_seconds": round(best, 3),
            "identical": same}


def main(argv: list[str] | None = None) -> int:
    """Run the page stage on a saved record and print its CPU seconds and byte-identity as JSON; 1 if any file differs."""
    ap = argparse.ArgumentParser(prog="python -m bench.pagestage")
    ap.add_argument("excerpts", help="the excerpt folder the out/ was made from")
    ap.add_argument("out", help="the out/ folder report.py wrote from it")
    ap.add_argument("--profile", help="write cProfile stats of the stage (CPU clock) to this file")
    ap.add_argument("--repeat", type=int, default=1, help="run the stage this many times; the best CPU time counts")
    args = ap.parse_args(argv)
    figures = run(args.excerpts, args.out, args.profile, args.repeat)
    json.dump(figures, sys.stdout)
    sys.stdout.write("\n")
    return 0 if all(figures["identical"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
