"""`python -m bench.pair TREE_A TREE_B [--folder DIR] [--reps N] [--part all|timeline|parity]`: the per-excerpt
stage's CPU in two source trees, excerpt by excerpt in turn, so a busy machine slows both alike."""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

WARM_UP = 5  # excerpts each worker runs before the clock: patterns compiled on first use, caches filled
PARTS = ("all", "timeline", "parity")

# Why paired: on a machine shared by several agents the same 100 excerpts took 7.4-9.8 CPU s from one run to the next
# (session 28, load 5-20): a CPU clock still counts cache misses and a slower clock. Two warm processes (one per tree)
# handed the same excerpt one after the other, in a random order per excerpt, see the same load within milliseconds;
# the ratio of their sums held to +-1.5% between reps where whole runs moved by 30%.
WORKER = r'''
import gc, sys, time
sys.path.insert(0, ".")
from excerpt.loader import load_folder, with_structure
folder, part, warm = sys.argv[1], sys.argv[2], int(sys.argv[3])
excerpts = load_folder(folder, structure=False).excerpts
if part == "all":
    from pipeline.parallel import excerpt_stage as stage
elif part == "timeline":
    from timeline.events import extract_checked
    def stage(e):
        return extract_checked(with_structure(e))
else:  # parity's part alone, on the events extracted before the clock
    from parity.build import excerpt_part
    from timeline.events import extract_checked
    events = {id(e): extract_checked(with_structure(e))[0] for e in excerpts}
    def stage(e):
        return excerpt_part(e, events[id(e)])
for e in excerpts[:warm]:
    stage(e)
gc.collect()
print(len(excerpts), flush=True)
for line in sys.stdin:
    e = excerpts[int(line)]
    t = time.process_time()
    stage(e)
    print(time.process_time() - t, flush=True)
'''


@dataclass(frozen=True)
class Rep:
    """One pass over the excerpts: each tree's CPU seconds."""

    a: float
    b: float

    @property
    def ratio(self) -> float:
        return self.b / self.a if self.a else float("nan")


def orders(n: int, seed: int = 1) -> list[tuple[int, int]]:
    """Which tree runs excerpt k first, for k in range(n): (0, 1) or (1, 0), drawn from a seeded generator (a
    fixed order would hand one tree the other's cache every time)."""
    rng = random.Random(seed)
    return [(0, 1) if rng.random() < 0.5 else (1, 0) for _ in range(n)]


def report(reps: Sequence[Rep]) -> list[str]:
    """One line per rep and the total: each tree's CPU seconds and B/A."""
    lines = [f"rep {k}: A {r.a:.3f}  B {r.b:.3f}  B/A {r.ratio:.4f}" for k, r in enumerate(reps)]
    total = Rep(sum(r.a for r in reps), sum(r.b for r in reps))
    lines.append(f"total: A {total.a:.3f}  B {total.b:.3f}  B/A {total.ratio:.4f}")
    return lines


def _start(trees: Sequence[str], folder: str, part: str, warm: int, python: str) -> tuple[list[subprocess.Popen[str]], int]:
    """One warm worker per tree; the number of excerpts they read."""
    procs = [subprocess.Popen([python, "-c", WORKER, folder, part, str(warm)], cwd=tree, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) for tree in trees]
    sizes = [p.stdout.readline().strip() for p in procs]  # type: ignore[union-attr]
    if not all(n.isdigit() for n in sizes):
        _stop(procs)
        raise SystemExit(f"bench.pair: a worker failed to start (trees {', '.join(trees)}; its error above)")
    if sizes[0] != sizes[1]:
        _stop(procs)
        raise SystemExit(f"bench.pair: the trees read {sizes[0]} and {sizes[1]} excerpts")
    return procs, int(sizes[0])


def _stop(procs: Sequence[subprocess.Popen[str]]) -> None:
    for p in procs:
        p.stdin.close()  # type: ignore[union-attr]
        p.wait()


def run(trees: Sequence[str], folder: str, reps: int, part: str = "all", warm: int = WARM_UP,
        python: str = sys.executable) -> list[Rep]:
    """Each rep: both trees' workers started fresh and warmed, then every excerpt handed to each in turn (fresh, as a
    run sees each excerpt once: the stage remembers answers per text, so a second pass over the same excerpts in one
    process costs less and hides changes to the work it skips)."""
    out = []
    for rep in range(reps):
        procs, n = _start(trees, folder, part, warm, python)
        try:
            spent = [0.0, 0.0]
            for k, order in enumerate(orders(n, seed=rep + 1)):
                for side in order:
                    procs[side].stdin.write(f"{k}\n")  # type: ignore[union-attr]
                    procs[side].stdin.flush()  # type: ignore[union-attr]
                    spent[side] += float(procs[side].stdout.readline())  # type: ignore[union-attr]
            out.append(Rep(*spent))
        finally:
            _stop(procs)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.pair")
    ap.add_argument("tree_a", help="a source tree (e.g. a git worktree of the old commit)")
    ap.add_argument("tree_b", help="the tree to compare with it")
    ap.add_argument("--folder", help="excerpts to run (default: the generated 100, seed 8, made once in bench/work)")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--part", choices=PARTS, default="all",
                    help="the whole per-excerpt stage, extraction alone, or parity's part alone")
    args = ap.parse_args(argv)
    if args.folder is None:
        from bench.__main__ import dataset

        args.folder = str(dataset(100, 8))
    trees = [str(Path(t).resolve()) for t in (args.tree_a, args.tree_b)]
    for line in report(run(trees, str(Path(args.folder).resolve()), args.reps, args.part)):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
