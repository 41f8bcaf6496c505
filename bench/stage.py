"""Time and measure every stage of one run in this process; `python -m bench.stage DIR` prints JSON."""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
SAMPLE_EVERY = 0.005  # seconds between memory samples: fine enough for stages of ~0.1 s and up
# A run whose process tree grows past this is stopped (exit code OVER_LIMIT), so a benchmark on a
# shared machine never drives it into swap or the OOM killer; `--mem-limit-mb` changes it.
MEM_LIMIT = 8 * 1024 * 1024 * 1024
OVER_LIMIT = 3


def _rss(pid: int) -> int:
    """Resident bytes of one process, 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def _cpu(pid: int) -> float:
    """CPU seconds of a process and its reaped children (utime, stime, cutime, cstime)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:15]) / TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def _children(pid: int) -> list[int]:
    """Direct child processes (pool workers, the forkserver) of a process."""
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def tree_usage(pid: int) -> tuple[int, float]:
    """Resident bytes and CPU seconds of a process and all its descendants (workers count too)."""
    rss, cpu, todo, seen = 0, 0.0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        rss += _rss(p)
        cpu += _cpu(p)
        todo += _children(p)
    return rss, cpu


class Sampler(threading.Thread):
    """Samples the process tree in the background: (seconds, resident bytes, CPU seconds)."""

    def __init__(self, limit: int = MEM_LIMIT) -> None:
        super().__init__(daemon=True)
        self.samples: list[tuple[float, int, float]] = []
        self.halt = threading.Event()
        self.limit = limit

    def run(self) -> None:
        pid = os.getpid()
        while not self.halt.is_set():
            self.samples.append((time.perf_counter(), *tree_usage(pid)))
            if self.samples[-1][1] > self.limit:
                sys.stderr.write(f"bench.stage: memory {self.samples[-1][1] >> 20} MB over the limit\n")
                sys.stderr.flush()
                for child in _children(pid):  # pool workers and the forkserver go too
                    os.kill(child, 9)
                os._exit(OVER_LIMIT)
            self.halt.wait(SAMPLE_EVERY)

    def peak(self, t0: float, t1: float) -> int:
        """The highest memory sample between two moments (the nearest earlier one when none fell inside)."""
        inside = [b for t, b, _ in self.samples if t0 <= t <= t1]
        if inside:
            return max(inside)
        before = [b for t, b, _ in self.samples if t <= t1]
        return before[-1] if before else 0

    def cpu(self, t0: float, t1: float) -> float:
        """CPU seconds the tree used between two moments (from the samples nearest each)."""
        def at(t: float) -> float:
            before = [c for s, _, c in self.samples if s <= t]
            return before[-1] if before else 0.0
        return max(0.0, at(t1) - at(t0))


def measure(folder: str, workers: int | None, engine: str = "local", limit: int = MEM_LIMIT) -> dict[str, Any]:
    """Run every stage on a folder; seconds and peak memory per stage, words, and totals."""
    from pipeline.atomic import write_out
    from pipeline.parallel import make_extractor
    from pipeline.run import build_outputs

    sampler = Sampler(limit)
    sampler.start()
    start = time.perf_counter()
    result = build_outputs(folder, extract_all=make_extractor(engine, workers), max_bytes=50 * 1024 * 1024)
    after_build = time.perf_counter()
    # build_outputs runs its stages one after another and reports each one's seconds: lay them
    # end to end from the start to find each stage's window in the memory samples.
    stages: dict[str, dict[str, float]] = {}
    t = start
    for name, secs in result.seconds.items():
        stages[name] = {"seconds": secs, "peak_bytes": sampler.peak(t, t + secs), "cpu_seconds": sampler.cpu(t, t + secs)}
        t += secs
    with tempfile.TemporaryDirectory(prefix="bench-out-") as tmp:
        out = Path(tmp) / "out"
        t0 = time.perf_counter()
        write_out(out, result.files)
        t1 = time.perf_counter()
        stages["write"] = {"seconds": t1 - t0, "peak_bytes": sampler.peak(t0, t1), "cpu_seconds": sampler.cpu(t0, t1)}
        try:
            from gate.run import run_checks
        except ImportError:
            run_checks = None
        if run_checks is not None:
            try:
                findings: list[Any] | None = run_checks(folder, out)
            except Exception as exc:  # noqa: BLE001 - a broken gate must not cost the other stages' figures
                findings = None
                sys.stderr.write(f"bench.stage: checks failed: {type(exc).__name__}: {exc}\n")
            t2 = time.perf_counter()
            if findings is not None:
                stages["checks"] = {"seconds": t2 - t1, "peak_bytes": sampler.peak(t1, t2),
                                    "cpu_seconds": sampler.cpu(t1, t2), "findings": len(findings)}
    end = time.perf_counter()
    sampler.halt.set()
    sampler.join()
    words = sum(len(e.body.split()) for e in result.excerpts)
    return {
        "folder": folder,
        "excerpts": len(result.excerpts),
        "events": len(result.timeline.events),
        "words": words,
        "stages": stages,
        "build_seconds": after_build - start,
        "total_seconds": end - start,
        "peak_bytes": max((b for _, b, _ in sampler.samples), default=0),
        "cpu_seconds": sampler.cpu(start, end),
        "loadavg_1min": os.getloadavg()[0],
        "maxrss_self_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "maxrss_children_bytes": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
        "out_bytes": sum(len(b) for b in result.files.values()),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure one folder and print the figures as JSON (optionally under cProfile)."""
    ap = argparse.ArgumentParser(prog="python -m bench.stage")
    ap.add_argument("folder")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--engine", default="local")
    ap.add_argument("--profile", help="write cProfile stats to this file (the run is then slower)")
    ap.add_argument("--mem-limit-mb", type=int, default=MEM_LIMIT >> 20)
    args = ap.parse_args(argv)
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        figures = prof.runcall(measure, args.folder, args.workers, args.engine, args.mem_limit_mb << 20)
        prof.dump_stats(args.profile)
    else:
        figures = measure(args.folder, args.workers, args.engine, args.mem_limit_mb << 20)
    json.dump(figures, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
