"""Status confusion on gold corpora: gold status against predicted status, to see which confusions dominate.

`python -m parity.confusion [--eval DIR ...] [--oracle] [--samples] [-v]` runs `parity.evaluate.evaluate_story`
on every story folder with a gold.toml under each DIR and tallies each gold [[status]] by the status its
matched event got ("none": no event matched). -v lists the references behind each off-diagonal cell.
Development corpora only: the listing names gold anchors.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from excerpt.errors import PipelineError
from parity.evaluate import EVAL_DIR, SAMPLES, SAMPLES_GOLD, Score, evaluate_story
from parity.models import Status
from timeline.evalgold import load_gold

NONE = "none"
ORDER = [s.value for s in Status] + [NONE]
SHORT = {"corroborated": "corr", "conflicting": "conf", "later_development": "later", "single_source": "single",
         "echo": "echo", NONE: "none"}
_WRONG = re.compile(r"^status (?P<ref>.*): (?P<got>\S+) \(gold (?P<gold>\w+)\)$")


class Confusion:
    """Counts of (gold, predicted) status pairs, and the references of the wrong ones."""

    def __init__(self) -> None:
        self.cells: Counter[tuple[str, str]] = Counter()
        self.refs: dict[tuple[str, str], list[str]] = defaultdict(list)

    def add_story(self, folder: Path, oracle: bool, gold_path: Path | None = None,
                  name: str | None = None) -> Score:
        """Score one story folder, tally its statuses and return its score."""
        gold = load_gold(gold_path or folder)
        score = evaluate_story(folder, oracle=oracle, gold_path=gold_path, name=name)
        wrong: dict[str, tuple[str, str]] = {}
        for note in score.notes:
            m = _WRONG.match(note)
            if m:
                got = NONE if m["got"] == "None" else m["got"]
                wrong[m["ref"]] = (m["gold"], got)
        for s in gold.statuses:
            pair = wrong.get(s.event, (s.status.value, s.status.value))
            self.cells[pair] += 1
            if pair[0] != pair[1]:
                self.refs[pair].append(f"{folder.name}: {s.event}")
        return score

    def table(self) -> str:
        """The matrix (rows gold, columns predicted) and accuracy, as text."""
        head = "gold \\ got " + "".join(f"{SHORT[c]:>8}" for c in ORDER) + "   total"
        lines = [head]
        for g in ORDER[:-1]:
            row = [self.cells[(g, p)] for p in ORDER]
            lines.append(f"{SHORT[g]:<11}" + "".join(f"{n:>8}" for n in row) + f"{sum(row):>8}")
        total = sum(self.cells.values())
        right = sum(n for (g, p), n in self.cells.items() if g == p)
        lines.append(f"accuracy {right}/{total} ({right / total if total else 0:.0%})")
        off = sorted(((n, pair) for pair, n in self.cells.items() if pair[0] != pair[1]), reverse=True)
        lines.append("largest confusions: " + ", ".join(f"{SHORT[g]}->{SHORT[p]} {n}" for n, (g, p) in off[:6]))
        return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the confusion matrix; 0 when measured, 2 when a corpus cannot be read."""
    parser = argparse.ArgumentParser(prog="python -m parity.confusion", description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, action="append", help=f"folder of story folders (default {EVAL_DIR})")
    parser.add_argument("--oracle", action="store_true", help="parity on events made from the gold")
    parser.add_argument("--samples", action="store_true", help="also the built-in samples")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the references of wrong statuses")
    args = parser.parse_args(argv)
    conf = Confusion()
    try:
        for corpus in args.eval or [EVAL_DIR]:
            total = Score(name=corpus.name)
            for folder in sorted(p.parent for p in corpus.glob("*/gold.toml")):
                total.add(conf.add_story(folder, args.oracle))
            print(total.line())
        if args.samples:
            print(conf.add_story(SAMPLES, args.oracle, gold_path=SAMPLES_GOLD, name="samples").line())
    except PipelineError as exc:
        print(f"error: {exc.line()}", file=sys.stderr)
        return 2
    print(conf.table())
    if args.verbose:
        for pair, refs in sorted(conf.refs.items(), key=lambda kv: -len(kv[1])):
            print(f"  gold {pair[0]} -> got {pair[1]} ({len(refs)})")
            for ref in refs:
                print(f"      {ref}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
