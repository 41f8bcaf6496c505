"""Measure parity against gold: link precision/recall/F1, status accuracy, origins, stance accuracy.

`python -m parity.evaluate [--eval DIR] [--stance FILE] [-v]` runs the whole pipeline (load ->
extract -> timeline -> parity) on every story folder with a gold.toml under DIR
(tests/data/eval) and compares with the gold (timeline/evalgold.py):
- links: a predicted link is right when its two events match a gold pair (anchors inside their
  evidence, timeline.evalgold.match_event) with the same relation. Predicted links touching
  an event no gold event matches (extraction noise) or an optional gold event are left out of
  precision and counted apart; a gold link whose anchors match no event is a miss.
- statuses: a gold status is right when its matched event has that status; unmatched is wrong.
- origins: excerpt pairs the gold puts in one origin, against pairs the predicted origin groups join.
- stance: the cases of tests/parity/stance_cases.toml, right when every stance matches.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from excerpt.errors import PipelineError
from parity.build import build_parity
from parity.models import Parity
from parity.stance import stances_in

EVAL_DIR = Path("tests/data/eval")
STANCE_CASES = Path("tests/parity/stance_cases.toml")
EXIT_OK, EXIT_UNUSABLE = 0, 2


@dataclass
class Score:
    """Counts for one story, or summed over stories."""

    name: str
    link_tp: int = 0
    link_fp: int = 0
    link_fn: int = 0
    wrong_relation: int = 0  # pairs found with the other relation (counted in fp and fn)
    noise_links: int = 0
    status_right: int = 0
    status_total: int = 0
    origin_tp: int = 0
    origin_fp: int = 0
    origin_fn: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Sum another score's counts into this one."""
        for name in ("link_tp", "link_fp", "link_fn", "wrong_relation", "noise_links", "status_right",
                     "status_total", "origin_tp", "origin_fp", "origin_fn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        """Precision, recall, F1 (0 when undefined)."""
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def line(self) -> str:
        """One line of figures."""
        p, r, f = self.prf(self.link_tp, self.link_fp, self.link_fn)
        op, orc, of = self.prf(self.origin_tp, self.origin_fp, self.origin_fn)
        acc = self.status_right / self.status_total if self.status_total else 0.0
        return (f"{self.name:8} links P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {self.link_tp} fp {self.link_fp} "
                f"fn {self.link_fn}, wrong relation {self.wrong_relation}, noise {self.noise_links})  "
                f"status {acc:.0%} ({self.status_right}/{self.status_total})  origins F1 {of:.2f}")


def predicted_pairs(parity: Parity) -> dict[frozenset[str], str]:
    """Unordered predicted links -> relation."""
    out: dict[frozenset[str], str] = {}
    for c in parity.claims:
        for link in c.links:
            out[frozenset((c.event, link.event))] = link.relation.value
    return out


def origin_pairs(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    """Excerpt pairs that share an origin."""
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(set(members)), 2)}


def evaluate_story(folder: Path) -> Score:
    """Run the pipeline on one story folder and compare with its gold."""
    from timeline.build import build_timeline

    from excerpt.loader import load_folder
    from timeline.evalgold import load_gold, match_event
    from timeline.events import extract

    gold = load_gold(folder)
    excerpts = load_folder(folder).excerpts
    timeline = build_timeline(excerpts, [extract(e) for e in excerpts])
    parity = build_parity(timeline)
    bodies = {e.id: e.body for e in excerpts}
    score = Score(name=folder.name)
    match = {g.ref: match_event(g.ref, timeline.events, bodies) for g in gold.events}
    matched_ids = {ev.id for ref, ev in match.items() if ev is not None and not gold.event(ref).optional}
    optional_ids = {ev.id for ref, ev in match.items() if ev is not None and gold.event(ref).optional}

    gold_pairs: dict[frozenset[str], str] = {}
    for link in gold.links:
        a, b = match.get(link.a), match.get(link.b)
        if a is None or b is None or a.id == b.id:
            score.link_fn += 1
            score.notes.append(f"miss (no event): {link.a} ~ {link.b}")
            continue
        gold_pairs[frozenset((a.id, b.id))] = link.relation.value
    predicted = predicted_pairs(parity)
    for pair, relation in sorted(predicted.items(), key=lambda kv: sorted(kv[0])):
        if not pair <= matched_ids:
            if not pair & optional_ids:
                score.noise_links += 1
            continue
        if gold_pairs.get(pair) == relation:
            score.link_tp += 1
        else:
            score.link_fp += 1
            if pair in gold_pairs:
                score.wrong_relation += 1
            score.notes.append(f"extra {relation}: {' ~ '.join(sorted(pair))}")
    for pair, relation in gold_pairs.items():
        if predicted.get(pair) != relation:
            score.link_fn += 1
            score.notes.append(f"miss {relation}: {' ~ '.join(sorted(pair))}")

    status_of = {c.event: c.status.value for c in parity.claims}
    for s in gold.statuses:
        ev = match.get(s.event)
        score.status_total += 1
        got = status_of.get(ev.id) if ev else None
        if got == s.status.value:
            score.status_right += 1
        else:
            score.notes.append(f"status {s.event}: {got} (gold {s.status.value})")

    gold_origins = origin_pairs(gold.origins)
    found = origin_pairs({o.name: o.excerpts for o in parity.origins})
    score.origin_tp = len(gold_origins & found)
    score.origin_fp = len(found - gold_origins)
    score.origin_fn = len(gold_origins - found)
    return score


def stance_accuracy(path: Path) -> tuple[int, int, list[str]]:
    """Right cases, all cases, and the texts of the wrong ones."""
    cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    wrong = []
    for case in cases:
        got = [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}"
               for s in stances_in(case["text"], tuple(case.get("actor_sides", [])), case.get("people", {}))]
        if got != case["expect"]:
            wrong.append(case["text"])
    return len(cases) - len(wrong), len(cases), wrong


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; 0 when measured, 2 when the corpus cannot be read."""
    parser = argparse.ArgumentParser(prog="python -m parity.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL_DIR, help="folder of story folders with gold.toml")
    parser.add_argument("--stance", type=Path, default=STANCE_CASES, help="stance cases (TOML)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    try:
        stories = sorted(p.parent for p in args.eval.glob("*/gold.toml"))
        total = Score(name="all")
        for folder in stories:
            score = evaluate_story(folder)
            total.add(score)
            print(score.line())
            if args.verbose:
                for note in score.notes:
                    print(f"    {note}")
        if stories:
            print(total.line())
        if args.stance.is_file():
            right, n, wrong = stance_accuracy(args.stance)
            print(f"stance   {right}/{n} cases right ({right / n:.0%})")
            for text in wrong if args.verbose else []:
                print(f"    wrong: {text}")
    except PipelineError as exc:
        print(f"error: {exc.line()}", file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
