"""The parity stage alone, from a saved out/: `python -m bench.paritystage EXCERPTS OUT [--profile FILE] [--repeat N]`."""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

# Why: parity is the largest stage after extraction (~5 CPU s at 1,000 excerpts), but bench.stage reaches it only
# after ~30 CPU s of extraction per run, so an A/B of a parity change cost minutes per sample on a shared machine.
# The record read back from out/'s timeline.json gives the same Parity. Each event's facts (parity.build.excerpt_part)
# are made before the clock starts, as the extraction workers make them in the pipeline: only the parity stage is timed.


def run(excerpts_dir: str | Path, out_dir: str | Path, profile: str | None = None, repeat: int = 1,
        workers: int | None = 1) -> dict[str, Any]:
    """build_parity on a saved record: CPU seconds of this process (best of repeat), and whether it equals parity.json."""
    from excerpt.loader import load_folder
    from parity.build import build_parity, excerpt_part, prepare
    from parity.models import Parity
    from parity.verdicts import load_verdicts
    from pipeline.run import VERDICTS_FILE
    from timeline.models import Timeline

    out = Path(out_dir)
    loaded = load_folder(excerpts_dir, max_bytes=50 * 1024 * 1024)
    timeline = Timeline.model_validate_json((out / "timeline.json").read_bytes())
    saved = Parity.model_validate_json((out / "parity.json").read_bytes())
    verdicts_path = Path(excerpts_dir) / VERDICTS_FILE
    verdicts = load_verdicts(verdicts_path) if verdicts_path.is_file() else None
    bodies = {e.id: e.body for e in loaded.excerpts}
    gc.freeze()  # as pipeline.run does: the record is long-lived, out of the collector's sight
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile(time.process_time)
    best, parity = float("inf"), saved
    by_excerpt: dict[str, list[Any]] = {e.id: [] for e in loaded.excerpts}
    for ev in timeline.events:
        by_excerpt.setdefault(ev.excerpt, []).append(ev)
    excerpts = [e for e in loaded.excerpts if e.id in by_excerpt]
    events = [by_excerpt[e.id] for e in excerpts]
    for _ in range(max(1, repeat)):
        # Made again each time: build_parity empties what it is handed.
        prepared = prepare(timeline, excerpts, events, [excerpt_part(e, evs) for e, evs in zip(excerpts, events, strict=True)])
        t0 = time.process_time()
        if prof is not None:
            prof.enable()
        parity = build_parity(timeline, verdicts, bodies=bodies, prepared=prepared, workers=workers)
        if prof is not None:
            prof.disable()
        best = min(best, time.process_time() - t0)
    if prof is not None and profile:
        prof.dump_stats(profile)
    return {"excerpts": len(loaded.excerpts), "claims": len(parity.claims), "cpu_seconds": round(best, 3),
            "identical": parity == saved}


def main(argv: list[str] | None = None) -> int:
    """Run the parity stage on a saved record and print its CPU seconds and equality as JSON; 1 if it differs."""
    ap = argparse.ArgumentParser(prog="python -m bench.paritystage")
    ap.add_argument("excerpts", help="the excerpt folder the out/ was made from")
    ap.add_argument("out", help="the out/ folder report.py wrote from it")
    ap.add_argument("--profile", help="write cProfile stats of the stage (CPU clock) to this file")
    ap.add_argument("--repeat", type=int, default=1, help="run the stage this many times; the best CPU time counts")
    ap.add_argument("--workers", type=int, default=1,
                    help="scoring processes (default 1: all the work in this process, so its CPU clock sees it all)")
    args = ap.parse_args(argv)
    figures = run(args.excerpts, args.out, args.profile, args.repeat, args.workers)
    json.dump(figures, sys.stdout)
    sys.stdout.write("\n")
    return 0 if figures["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
