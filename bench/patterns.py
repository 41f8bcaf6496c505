"""What each regex of the per-excerpt stage costs: `python -m bench.patterns DIR [--excerpts N] [--top K]`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

# Every call of every module-level pattern (and of the patterns held in module-level dicts and the date
# grammar's cached ones) is recorded while the stage runs, then replayed alone in a tight loop: a timer
# around each call in the run itself costs more than most calls do, and on a shared machine the replay's
# best of a few rounds is steadier than any whole-run figure. A replayed finditer is read to its end.
PACKAGES = ("excerpt", "timeline", "parity")
DATE_GRAMMAR = ("pattern", "core_pattern", "trap_pattern")  # timeline.datewords' cached compiled patterns
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


@dataclass
class Calls:
    """One pattern's recorded calls: (method, args, kwargs), and how many found something."""

    pattern: re.Pattern[str]
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    hits: int = 0


class _Recorder:
    """Stands in for a compiled pattern: records each call, then makes it on the pattern itself."""

    __slots__ = ("_calls", "_pattern")

    def __init__(self, pattern: re.Pattern[str], calls: Calls) -> None:
        self._pattern, self._calls = pattern, calls

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in METHODS:
            return method

        def call(*args: Any, **kwargs: Any) -> Any:
            got = method(*args, **kwargs)
            if name == "finditer":
                got = list(got)
            self._calls.calls.append((name, args, kwargs))
            if got if name not in ("sub", "split") else True:
                self._calls.hits += 1
            return iter(got) if name == "finditer" else got

        return call


def _modules() -> list[Any]:
    """The project's imported modules of the per-excerpt stage."""
    out = []
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.iter_modules(pkg.__path__):
            name = f"{pkg_name}.{info.name}"
            if name in sys.modules:
                out.append(sys.modules[name])
    return out


@contextmanager
def recording() -> Iterator[dict[str, Calls]]:
    """A recorder in place of every module-level pattern (and those in module-level dicts) while the block
    runs: {where it is named: its calls}; every pattern is put back at the end."""
    table: dict[str, Calls] = {}
    by_id: dict[int, _Recorder] = {}
    undo: list[Callable[[], None]] = []

    def recorder(key: str, p: re.Pattern[str]) -> _Recorder:
        # One pattern imported into several modules is one pattern: one record of its calls.
        if id(p) not in by_id:
            table[key] = Calls(p)
            by_id[id(p)] = _Recorder(p, table[key])
        return by_id[id(p)]

    def put(holder: Any, name: Any, value: Any) -> None:
        old = holder[name] if isinstance(holder, dict) else getattr(holder, name)
        if isinstance(holder, dict):
            holder[name] = value
            undo.append(lambda: holder.__setitem__(name, old))
        else:
            setattr(holder, name, value)
            undo.append(lambda: setattr(holder, name, old))

    import timeline.datefind as datefind
    import timeline.datewords as datewords

    try:
        for mod in _modules():
            short = mod.__name__.split(".", 1)[1]
            for name, value in list(vars(mod).items()):
                if isinstance(value, re.Pattern):
                    put(mod, name, recorder(f"{short}.{name}", value))
                elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
                    for k, v in list(value.items()):
                        put(value, k, recorder(f"{short}.{name}[{k}]", v))
        for name in DATE_GRAMMAR:
            compiled = recorder(f"datewords.{name}()", getattr(datewords, name)())
            put(datefind, name, (lambda r: lambda: r)(compiled))
        yield table
    finally:
        for step in reversed(undo):
            step()


def replay(calls: Calls, rounds: int = 3) -> float:
    """Best-of-rounds CPU seconds of making the recorded calls again."""
    p = calls.pattern
    bound: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], bool]] = [
        (getattr(p, m), a, k, m == "finditer") for m, a, k in calls.calls]
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for fn, a, k, drain in bound:
            r = fn(*a, **k)
            if drain:
                for _ in r:
                    pass
        best = min(best, time.process_time() - t0)
    return best


def measure(folder: str, excerpts: int = 50) -> tuple[list[tuple[float, str, Calls]], int, float]:
    """(replayed CPU seconds, pattern, its calls) dearest first, story sentences read, and the recorded
    run's CPU seconds, for the stage over a folder's first excerpts."""
    from excerpt.loader import load_folder, with_structure
    from pipeline.parallel import excerpt_stage

    loaded = load_folder(folder, structure=False).excerpts[: excerpts + 1]
    excerpt_stage(loaded[0])  # patterns compiled on first use are made before the recorders go in
    with recording() as table:
        t0 = time.process_time()
        for e in loaded[1:]:
            excerpt_stage(e)
        stage = time.process_time() - t0
    sentences = sum(len(p.sentences) for e in loaded[1:] for p in with_structure(e).story_paragraphs())
    costs = sorted(((replay(c), key, c) for key, c in table.items() if c.calls), key=lambda t: (-t[0], t[1]))
    return costs, sentences, stage


def main(argv: list[str] | None = None) -> int:
    """Record the regex calls of the stage over a folder's first excerpts, replay them, print the dearest."""
    ap = argparse.ArgumentParser(prog="python -m bench.patterns", description=__doc__)
    ap.add_argument("folder")
    ap.add_argument("--excerpts", type=int, default=50)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    costs, sentences, stage = measure(args.folder, args.excerpts)
    total = sum(t for t, _, _ in costs)
    calls = sum(len(c.calls) for _, _, c in costs)
    print(f"{args.excerpts} excerpts, {sentences} story sentences; regex replayed: {total:.3f} CPU s "
          f"({calls} calls, {calls / max(1, sentences):.1f} per sentence); the recorded run took {stage:.2f} CPU s")
    print(f"{'CPU ms':>8} {'share':>6} {'calls':>8} {'per sent':>8} {'found':>6}  pattern")
    for t, key, c in costs[: args.top]:
        print(f"{t * 1000:8.1f} {t / total:6.1%} {len(c.calls):8d} {len(c.calls) / max(1, sentences):8.2f} "
              f"{c.hits / len(c.calls):6.1%}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
