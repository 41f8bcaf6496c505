"""Time and measure every stage of one run (build and checks in child processes); `python -m bench.stage DIR` prints JSON."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
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


def _descendants(pid: int) -> list[int]:
    """Every process below pid, parents before their children."""
    out, todo = [], _children(pid)
    while todo:
        p = todo.pop(0)
        if p not in out:
            out.append(p)
            todo += _children(p)
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
                for child in _descendants(pid):  # the build, its pool workers and the forkserver
                    try:
                        os.kill(child, 9)
                    except ProcessLookupError:
                        pass
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


def build_part(folder: str, out: str, workers: int | None, engine: str = "local") -> dict[str, Any]:
    """report.py's work in this process: every stage, the out/ files streamed into out; each stage's window."""
    from pipeline.parallel import make_extractor
    from pipeline.run import build_outputs

    start = time.perf_counter()
    result = build_outputs(folder, extract_all=make_extractor(engine, workers), max_bytes=50 * 1024 * 1024,
                           out_dir=out, workers=workers)
    # build_outputs runs its stages one after another and reports each one's seconds: laid end to
    # end from the start they give each stage's window (perf_counter is one clock for every process).
    windows, t = {}, start
    for name, secs in result.seconds.items():
        windows[name] = (t, t + secs)
        t += secs
    return {"windows": windows, "excerpts": len(result.excerpts), "events": len(result.timeline.events),
            "words": sum(len(e.body.split()) for e in result.excerpts), "out_bytes": sum(result.sizes.values())}


def checks_part(folder: str, out: str) -> dict[str, Any]:
    """checks.py's work in this process: every check on the record in out; its window and findings."""
    from gate.run import run_checks

    t0 = time.perf_counter()
    findings = run_checks(folder, out)
    return {"windows": {"checks": (t0, time.perf_counter())}, "findings": len(findings)}


def _part(name: str, folder: str, out: Path, workers: int | None, engine: str) -> dict[str, Any]:
    """One part in a fresh child process (as report.py and checks.py run: one after the other)."""
    cmd = [sys.executable, "-m", "bench.stage", folder, "--part", name, "--out", str(out), "--engine", engine]
    if workers:
        cmd += ["--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    if proc.returncode != 0:
        raise RuntimeError(f"bench.stage --part {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(folder: str, workers: int | None, engine: str = "local", limit: int = MEM_LIMIT) -> dict[str, Any]:
    """Run every stage on a folder; seconds, CPU and peak memory (of the whole process tree) per stage."""
    # The build (report.py's stages) and the checks each run in a child process, as the two CLIs do;
    # this process only samples, so a stage's peak is what that program holds, not what an earlier
    # one left behind in the allocator.
    sampler = Sampler(limit)
    sampler.start()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-out-") as tmp:
        out = Path(tmp) / "out"
        built = _part("build", folder, out, workers, engine)
        after_build = time.perf_counter()
        try:
            checked: dict[str, Any] | None = _part("checks", folder, out, workers, engine)
        except RuntimeError as exc:  # a broken gate must not cost the other stages' figures
            checked = None
            sys.stderr.write(f"bench.stage: checks failed: {exc}\n")
    end = time.perf_counter()
    sampler.halt.set()
    sampler.join()
    stages: dict[str, dict[str, float]] = {}
    for part in (built, checked or {"windows": {}}):
        for name, (t0, t1) in part["windows"].items():
            stages[name] = {"seconds": t1 - t0, "peak_bytes": sampler.peak(t0, t1), "cpu_seconds": sampler.cpu(t0, t1)}
    if checked is not None:
        stages["checks"]["findings"] = checked["findings"]
    # End to end is the stages' own time, as when they ran in one process: the two interpreters'
    # start-up and imports are counted apart (a pool worker's CPU is lost once its process is gone,
    # so the CPU total is the stages' sum too).
    work = sum(st["seconds"] for st in stages.values())
    return {
        "folder": folder,
        **{k: built[k] for k in ("excerpts", "events", "words", "out_bytes")},
        "stages": stages,
        "build_seconds": after_build - start,
        "total_seconds": work,
        "startup_seconds": (end - start) - work,
        "peak_bytes": max((b for _, b, _ in sampler.samples), default=0),
        "cpu_seconds": sum(st["cpu_seconds"] for st in stages.values()),
        "loadavg_1min": os.getloadavg()[0],
        "maxrss_children_bytes": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
    }


def in_process(folder: str, workers: int | None, engine: str = "local") -> dict[str, Any]:
    """Build and checks in this one process (for the profiler, which sees one process only)."""
    with tempfile.TemporaryDirectory(prefix="bench-out-") as tmp:
        out = str(Path(tmp) / "out")
        built = build_part(folder, out, workers, engine)
        checked = checks_part(folder, out)
    return {"excerpts": built["excerpts"], "windows": {**built["windows"], **checked["windows"]}}


def stage_profile(folder: str, stage: str, workers: int | None = None, engine: str = "local") -> Any:
    """cProfile of one stage of the build alone (its own CPU clock: others' load on a shared machine counts less)."""
    # The build tells each stage as it starts (build_outputs' on_stage): the profiler runs from the
    # stage's start to the next one's, or to the build's end for the last.
    import cProfile

    from pipeline.parallel import make_extractor
    from pipeline.run import build_outputs

    prof = cProfile.Profile(time.process_time)
    on = [False]

    def tell(name: str) -> None:
        if on[0]:
            prof.disable()
            on[0] = False
        if name == stage:
            prof.enable()
            on[0] = True

    with tempfile.TemporaryDirectory(prefix="bench-out-") as tmp:
        try:
            build_outputs(folder, extract_all=make_extractor(engine, workers), max_bytes=50 * 1024 * 1024,
                          out_dir=Path(tmp) / "out", on_stage=tell, workers=workers)
        finally:
            if on[0]:
                prof.disable()
    return prof


def main(argv: list[str] | None = None) -> int:
    """Measure one folder and print the figures as JSON (optionally under cProfile)."""
    ap = argparse.ArgumentParser(prog="python -m bench.stage")
    ap.add_argument("folder")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--engine", default="local")
    ap.add_argument("--profile", help="write cProfile stats to this file (one process; the run is then slower)")
    ap.add_argument("--stage", choices=("load", "timeline", "parity", "page"),
                    help="with --profile: profile this stage of the build only (CPU clock; the pool runs as usual)")
    ap.add_argument("--mem-limit-mb", type=int, default=MEM_LIMIT >> 20)
    ap.add_argument("--part", choices=("build", "checks"), help=argparse.SUPPRESS)  # measure()'s children
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.part == "build":
        figures = build_part(args.folder, args.out, args.workers, args.engine)
    elif args.part == "checks":
        figures = checks_part(args.folder, args.out)
    elif args.profile and args.stage:
        stage_profile(args.folder, args.stage, args.workers, args.engine).dump_stats(args.profile)
        figures = {"profiled": args.stage}
    elif args.profile:
        import cProfile

        prof = cProfile.Profile()
        figures = prof.runcall(in_process, args.folder, args.workers, args.engine)
        prof.dump_stats(args.profile)
    else:
        figures = measure(args.folder, args.workers, args.engine, args.mem_limit_mb << 20)
    json.dump(figures, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
