"""Parity's part of the per-excerpt stage alone, from a saved out/: `python -m bench.partstage EXCERPTS OUT [--repeat N]`."""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

# Why: parity.build.excerpt_part runs on the extraction workers beside the timeline readers (14-15% of that stage's
# CPU at 1,000 excerpts, session 21), so neither bench.paritystage (it makes the parts before its clock starts) nor
# a profile of the parity stage sees it, and a whole build spends ~20 CPU s of extraction per sample. Here the
# events read back from out/'s timeline.json are handed to it excerpt by excerpt, in one process whose caches are
# emptied as a worker's are (WORKER_CACHE_TEXTS), and the parts' digest tells whether a change kept every answer.


def canonical(value: Any) -> Any:
    """A part as plain nested lists (sets sorted, dates as ISO text): the same for equal parts in any process."""
    if isinstance(value, (frozenset, set)):
        return sorted((canonical(v) for v in value), key=repr)
    if isinstance(value, (tuple, list)):
        return [canonical(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def digest(parts: list[Any]) -> str:
    """sha256 of every part's canonical JSON, in excerpt order."""
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(canonical(part), ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def run(excerpts_dir: str | Path, out_dir: str | Path, repeat: int = 1, limit: int | None = None,
        profile: str | None = None) -> dict[str, Any]:
    """excerpt_part of each excerpt of a saved record: CPU seconds of this process (best of repeat) and the parts' digest."""
    from excerpt.loader import load_folder
    from parity import lexicon
    from parity.build import claims_cache_clear, excerpt_part
    from timeline.models import Timeline

    loaded = load_folder(excerpts_dir, max_bytes=50 * 1024 * 1024)
    timeline = Timeline.model_validate_json((Path(out_dir) / "timeline.json").read_bytes())
    by_excerpt: dict[str, list[Any]] = {e.id: [] for e in loaded.excerpts}
    for ev in timeline.events:
        by_excerpt.setdefault(ev.excerpt, []).append(ev)
    excerpts = [e for e in loaded.excerpts if by_excerpt.get(e.id)][:limit]
    gc.freeze()  # as the workers' record: out of the collector's sight
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile(time.process_time)
    best, parts = float("inf"), []
    for _ in range(max(1, repeat)):
        lexicon.clear_caches()  # each run starts cold, as a fresh worker does
        claims_cache_clear()
        t0 = time.process_time()
        if prof is not None:
            prof.enable()
        parts = [excerpt_part(e, by_excerpt[e.id]) for e in excerpts]
        if prof is not None:
            prof.disable()
        best = min(best, time.process_time() - t0)
    if prof is not None and profile:
        prof.dump_stats(profile)
    return {"excerpts": len(excerpts), "events": sum(len(p) for p in parts), "cpu_seconds": round(best, 3),
            "digest": digest(parts)}


def main(argv: list[str] | None = None) -> int:
    """Run parity's per-excerpt part on a saved record; print its CPU seconds and the parts' digest as JSON."""
    ap = argparse.ArgumentParser(prog="python -m bench.partstage")
    ap.add_argument("excerpts", help="the excerpt folder the out/ was made from")
    ap.add_argument("out", help="the out/ folder report.py wrote from it")
    ap.add_argument("--repeat", type=int, default=1, help="run it this many times, each from empty caches; the best CPU time counts")
    ap.add_argument("--excerpts", dest="limit", type=int, default=None, help="only the first N excerpts with events")
    ap.add_argument("--profile", help="write cProfile stats (CPU clock) to this file")
    ap.add_argument("--digest", help="exit 1 unless the parts' digest is this one (an A/B's other side)")
    args = ap.parse_args(argv)
    figures = run(args.excerpts, args.out, args.repeat, args.limit, args.profile)
    json.dump(figures, sys.stdout)
    sys.stdout.write("\n")
    return 0 if args.digest is None or args.digest == figures["digest"] else 1


if __name__ == "__main__":
    sys.exit(main())
