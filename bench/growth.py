"""What grows faster than the input: `python -m bench.growth SMALL.prof LARGE.prof [--scale 10] [--top 30]`."""

from __future__ import annotations

import argparse
import pstats
import sys
from dataclasses import dataclass

# Why: the 10,000/1,000 target (issue 8) is missed by whatever grows faster than the input. Two profiles
# of one stage at two sizes, function by function, show it: a function whose cumulative time grows
# well past the sizes' ratio is the place to look (a quadratic scan, a cache that stops fitting).


@dataclass(frozen=True)
class Row:
    """One function in both profiles: cumulative and own seconds at each size."""

    where: str
    small_cum: float
    large_cum: float
    small_own: float
    large_own: float

    @property
    def ratio(self) -> float | None:
        """Large over small cumulative time; None when the function is not in the small profile."""
        return self.large_cum / self.small_cum if self.small_cum > 0 else None


def rows(small: pstats.Stats, large: pstats.Stats) -> list[Row]:
    """Every function of the large profile beside the same function in the small one, largest first."""
    a, b = small.stats, large.stats  # type: ignore[attr-defined] - pstats keeps them there
    out = []
    for key, (_, _, own, cum, _) in b.items():
        found = a.get(key)
        filename, line, name = key
        out.append(Row(f"{filename.rsplit('/', 1)[-1]}:{line} {name}", found[3] if found else 0.0, cum,
                       found[2] if found else 0.0, own))
    out.sort(key=lambda r: r.large_cum, reverse=True)
    return out


def faster_than(found: list[Row], scale: float, margin: float = 1.2, least: float = 0.05) -> list[Row]:
    """The rows growing more than margin x scale, among those taking at least `least` of the large run's top time."""
    top = found[0].large_cum if found else 0.0
    return [r for r in found if r.large_cum >= least * top and (r.ratio is None or r.ratio > margin * scale)]


def main(argv: list[str] | None = None) -> int:
    """Print both profiles side by side, and the functions growing faster than the input."""
    ap = argparse.ArgumentParser(prog="python -m bench.growth")
    ap.add_argument("small", help="cProfile stats of a stage at the small size (e.g. bench.stage --profile, 1,000)")
    ap.add_argument("large", help="the same stage at the large size (e.g. 10,000)")
    ap.add_argument("--scale", type=float, default=10.0, help="how many times larger the large input is")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    found = rows(pstats.Stats(args.small), pstats.Stats(args.large))
    print(f"{'small cum':>10} {'large cum':>10} {'ratio':>7}  function")
    for r in found[: args.top]:
        ratio = f"{r.ratio:6.1f}x" if r.ratio is not None else "    new"
        print(f"{r.small_cum:10.2f} {r.large_cum:10.2f} {ratio}  {r.where}")
    fast = faster_than(found, args.scale)
    print(f"\nGrowing faster than {args.scale:g}x by a fifth or more (of those over 5% of the large run):")
    for r in fast:
        print(f"  {r.where}: {r.small_cum:.2f} -> {r.large_cum:.2f} s" + (f" ({r.ratio:.1f}x)" if r.ratio else ""))
    if not fast:
        print("  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
