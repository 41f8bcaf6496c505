"""`python -m bench`: per-stage figures at several sizes, date finding against dateparser, a profile."""
# Writes bench/results.md (and, with --hostile, bench/hostile.md). Generated excerpt sets are kept
# under bench/work/ (git-ignored) and reused while the generator and seed are unchanged.

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generate import DATA, write_folder
from bench.stage import OVER_LIMIT

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
RESULTS = HERE / "results.md"
HOSTILE = HERE / "hostile.md"
NOTES_START, NOTES_END = "<!-- notes -->", "<!-- /notes -->"
STAGES = ("load", "timeline", "parity", "page", "write", "checks")
MB = 1024 * 1024


def machine() -> dict[str, str]:
    """Cores, memory, CPU and Python of this machine, for the results' header."""
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return {"nproc": str(len(os.sched_getaffinity(0))), "memory": f"{int(mem) / MB:.1f} GB", "cpu": cpu,
            "python": platform.python_version()}


def generator_key(seed: int) -> str:
    """A digest of the generator and its word lists, so a changed generator regenerates the sets."""
    h = hashlib.sha256(str(seed).encode())
    for p in sorted([HERE / "generate.py", *DATA.glob("*.toml")]):
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def dataset(n: int, seed: int) -> Path:
    """The generated folder of n excerpts (made once, reused while the generator is unchanged)."""
    key = generator_key(seed)
    folder = WORK / f"gen-{n}"
    stamp = folder / ".generator"
    if not (stamp.is_file() and stamp.read_text() == key):
        shutil.rmtree(folder, ignore_errors=True)
        write_folder(folder, n, seed=seed)
        stamp.write_text(key)
    return folder


def run_stage(folder: Path, workers: int | None, profile: Path | None = None) -> dict[str, Any]:
    """bench.stage in a fresh child process, so each size's memory is its own."""
    cmd = [sys.executable, "-m", "bench.stage", str(folder)]
    if workers:
        cmd += ["--workers", str(workers)]
    if profile:
        cmd += ["--profile", str(profile)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode == OVER_LIMIT:
        return {"folder": str(folder), "over_limit": proc.stderr.strip().splitlines()[-1]}
    if proc.returncode != 0:  # a stage broke: record it, keep the other sizes' figures
        sys.stderr.write(f"bench: run on {folder} failed:\n{proc.stderr[-3000:]}\n")
        return {"folder": str(folder), "over_limit": "failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def mb(b: float) -> str:
    return f"{b / MB:,.0f}"


def stage_table(runs: list[dict[str, Any]]) -> list[str]:
    """Markdown rows: per size, per stage seconds, words/s and peak memory."""
    rows = ["| excerpts | words | events | stage | seconds | CPU s (tree) | words/s | peak RSS MB (tree) |",
            "|---:|---:|---:|---|---:|---:|---:|---:|"]
    for r in runs:
        for name in STAGES:
            st = r["stages"].get(name)
            if st is None:
                continue
            rate = r["words"] / st["seconds"] if st["seconds"] else 0
            rows.append(f"| {r['excerpts']:,} | {r['words']:,} | {r['events']:,} | {name} | {st['seconds']:.2f} | "
                        f"{st.get('cpu_seconds', 0):.2f} | {rate:,.0f} | {mb(st['peak_bytes'])} |")
        rate = r["words"] / r["total_seconds"]
        rows.append(f"| {r['excerpts']:,} | {r['words']:,} | {r['events']:,} | **end to end** | "
                    f"**{r['total_seconds']:.2f}** | {r.get('cpu_seconds', 0):.2f} | {rate:,.0f} | "
                    f"**{mb(r['peak_bytes'])}** |")
    return rows


def profile_lines(path: Path, top: int = 20) -> list[str]:
    """The profile's heaviest functions by own time and by cumulative time."""
    out: list[str] = []
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        st = pstats.Stats(str(path), stream=buf)
        st.strip_dirs().sort_stats(key).print_stats(top)
        text = buf.getvalue()
        body = text[text.index("ncalls"):] if "ncalls" in text else text
        out += [f"Sorted by {key}:", "", "```", body.rstrip(), "```", ""]
    return out


def kept_notes(path: Path) -> str:
    """The hand-written notes section of an earlier results file, kept across runs."""
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        if NOTES_START in text and NOTES_END in text:
            return text[text.index(NOTES_START): text.index(NOTES_END) + len(NOTES_END)]
    return f"{NOTES_START}\n(what the profile showed: write it here; kept when the file is regenerated)\n{NOTES_END}"


def write_results(info: dict[str, str], runs: list[dict[str, Any]], dates: dict[str, Any] | None,
                  prof: Path | None, workers: int | None, stopped: dict[int, str] | None = None) -> str:
    """bench/results.md from the figures."""
    lines = ["# Benchmark results", "",
             "Made by `python -m bench` (see bench/__main__.py); generated excerpt sets, ~600 words each.", "",
             f"Run finished {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
             f"Machine: {info['nproc']} cores ({info['cpu']}), {info['memory']} memory, Python {info['python']}; "
             f"workers: {workers or 'auto (one per core)'}.", "",
             "The build (report.py's stages, out/ streamed to disk) and the checks each run in their own",
             "process, one after the other, as the two CLIs do. Peak RSS is the resident memory of the whole",
             "process tree (pool workers included), sampled every 5 ms; a stage's figure is the highest",
             "sample while it ran. CPU s is the CPU time of that tree in the stage: on a shared machine",
             "wall-clock seconds grow with others' load, CPU seconds much less. End to end is the sum of the",
             "stages; the two interpreters' start-up and imports come on top: "
             + ", ".join(f"{r['excerpts']:,}: {r.get('startup_seconds', 0):.1f} s" for r in runs) + ".",
             "1-minute load average when each size finished: "
             + ", ".join(f"{r['excerpts']:,}: {r.get('loadavg_1min', 0):.1f}" for r in runs) + ".", "",
             "## Per stage", "", *stage_table(runs), ""]
    by_n = {r["excerpts"]: r for r in runs}
    lines += ["## Targets (issue 8)", "", "| target | figure | met |", "|---|---|---|"]
    if 1000 in by_n:
        t = by_n[1000]["total_seconds"]
        lines.append(f"| 1,000 excerpts end to end <= 10 s | {t:.2f} s | {'yes' if t <= 10 else 'no'} |")
    if 1000 in by_n and 10000 in by_n:
        g = by_n[10000]["total_seconds"] / by_n[1000]["total_seconds"]
        lines.append(f"| 10,000 <= 11x the 1,000 figure | {g:.2f}x | {'yes' if g <= 11 else 'no'} |")
        p = by_n[10000]["peak_bytes"]
        lines.append(f"| peak memory <= 1.5 GB at 10,000 | {mb(p)} MB | {'yes' if p <= 1.5 * 1024 * MB else 'no'} |")
    for n, why in sorted((stopped or {}).items()):
        lines.append(f"| {n:,} excerpts ran to the end | stopped: {why} | no |")
    if dates:
        lines.append(f"| date finding >= 10x faster per word than dateparser | {dates['ratio']:,.1f}x | "
                     f"{'yes' if dates['ratio'] >= 10 else 'no'} |")
    lines.append("")
    if dates:
        lines += ["## Date finding alone, on the same text", "",
                  f"{dates['excerpts']} generated excerpts, {dates['words']:,} words; dateparser.search_dates with "
                  "languages=['en'] and RELATIVE_BASE set to each excerpt's day.", "",
                  "| finder | seconds | words/s | mentions found |", "|---|---:|---:|---:|",
                  f"| dateparser.search_dates | {dates['dateparser_seconds']:.2f} | "
                  f"{dates['dateparser_words_per_s']:,.0f} | {dates['dateparser_found']:,} |",
                  f"| timeline.datefind.find_dates | {dates['find_dates_seconds']:.3f} | "
                  f"{dates['find_dates_words_per_s']:,.0f} | {dates['find_dates_found']:,} |",
                  "", f"Per word, find_dates is **{dates['ratio']:,.1f}x** faster.", ""]
    if prof and prof.is_file():
        lines += ["## Profile of the 1,000 run (cProfile, one process)", "", *profile_lines(prof)]
    lines += ["## What the profile showed", "", kept_notes(RESULTS), ""]
    return "\n".join(lines)


def outcome(code: int, out: str, err: str, out_dir: Path, entry: str, timeout: float) -> str:
    """One line for the table: the error, the warning or skip naming the file, or ok."""
    if code == -9:
        return f"still running after {timeout:.0f} s: killed (a hang)"
    if err.strip():
        return err.strip().splitlines()[0]
    skipped = next((ln.strip() for ln in out.splitlines() if ln.startswith("skipped") and entry in ln), "")
    if skipped:
        return skipped
    try:
        record = json.loads((out_dir / "timeline.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "ok (no record?)"
    warnings = [w for e in record["excerpts"] if e["id"] == Path(entry).stem for w in e["warnings"]]
    return f"ok; warning: {'; '.join(warnings)}" if warnings else "ok"


def hostile_md() -> str:
    """Run every hostile case through report.py in a child process; a markdown table of outcomes."""
    from bench.hostile import CASES, prepare, run_subprocess

    rows = ["# Hostile inputs", "",
            "Made by `python -m bench --hostile`: each case is its own folder beside one good excerpt, run",
            "through `report.py` in a child process (time is wall-clock, memory the child's peak RSS: its",
            "VmHWM, read every 10 ms). Where one very large excerpt's time goes: bench/results.md, notes.", "",
            "| case | expected | exit | outcome (first line of stderr, or the warning) | seconds | peak MB |",
            "|---|---|---:|---|---:|---:|"]
    for case in CASES:
        with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
            folder, entry = prepare(case, Path(tmp))
            code, out, err, secs, peak = run_subprocess(folder, Path(tmp) / "out", case.args, timeout=case.timeout)
            said = outcome(code, out, err, Path(tmp) / "out", entry, case.timeout)
        said = said.replace("|", "\\|").replace(tmp, "…")[:160]
        rows.append(f"| {case.name} | {case.expect} | {code} | {said} | {secs:.2f} | {mb(peak)} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write bench/results.md."""
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    ap.add_argument("--sizes", default="10,100,1000", help="comma-separated excerpt counts")
    ap.add_argument("--big", action="store_true", help="also 10,000 excerpts (a few minutes)")
    ap.add_argument("--workers", type=int, default=None, help="processes for extract (default: one per core)")
    ap.add_argument("--seed", type=int, default=8, help="generator seed (the same seed gives the same sets)")
    ap.add_argument("--dates-excerpts", type=int, default=30, help="excerpts timed with dateparser")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--hostile", action="store_true", help="only the hostile-input table (bench/hostile.md)")
    args = ap.parse_args(argv)
    if args.hostile:
        HOSTILE.write_text(hostile_md(), encoding="utf-8")
        print(HOSTILE.read_text(encoding="utf-8"))
        return 0
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()} | ({10000} if args.big else set()))
    WORK.mkdir(parents=True, exist_ok=True)
    runs: list[dict[str, Any]] = []
    stopped: dict[int, str] = {}
    for n in sizes:
        folder = dataset(n, args.seed)
        r = run_stage(folder, args.workers)
        if "over_limit" in r:
            stopped[n] = r["over_limit"]
            print(f"{n:>6} excerpts  stopped: {r['over_limit']}", flush=True)
            continue
        runs.append(r)
        print(f"{n:>6} excerpts  {r['total_seconds']:7.2f} s  {r['words'] / r['total_seconds']:>9,.0f} words/s  "
              f"peak {mb(r['peak_bytes'])} MB  " + "  ".join(f"{k} {v['seconds']:.2f}" for k, v in r["stages"].items()),
              flush=True)
    dates = None
    try:
        from bench.datecompare import compare
        from excerpt.loader import load_folder

        dates = compare(load_folder(dataset(100, args.seed)).excerpts[: args.dates_excerpts])
        print(f"dates: dateparser {dates['dateparser_words_per_s']:,.0f} words/s, find_dates "
              f"{dates['find_dates_words_per_s']:,.0f} words/s: {dates['ratio']:,.1f}x", flush=True)
    except ImportError as exc:
        print(f"dates: skipped ({exc}); install the bench extra: pip install '.[bench]'")
    prof = None
    if not args.no_profile and 1000 in sizes:
        prof = WORK / "profile-1000.prof"
        run_stage(dataset(1000, args.seed), 1, profile=prof)
    RESULTS.write_text(write_results(machine(), runs, dates, prof, args.workers, stopped), encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
