"""Score timeline.events.extract against gold: event recall/precision, kinds, dates, non-date words.

Run `python -m timeline.evaluate` (the corpus in tests/data/eval), `--corpus DIR`, or `--samples`.
The scoring functions are pure; only main() prints.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from excerpt.errors import PipelineError
from excerpt.loader import load_folder
from excerpt.models import Excerpt
from timeline.evalactors import same_entity
from timeline.evalgold import (
    Gold,
    GoldEvent,
    anchor_problems,
    anchor_span,
    covers,
    load_gold,
    match_event,
)
from timeline.evalshapes import ShapeTally, shape_lines, tally_shapes
from timeline.evalverbs import VerbTally, is_blind, tally_verbs, verb_lines
from timeline.models import Event

__all__ = ["load_gold", "match_event", "match_excerpt", "score_excerpt", "Score", "main"]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "eval"
SAMPLES = ROOT / "excerpt" / "samples"
SAMPLES_GOLD = CORPUS / "samples_gold.toml"
EXIT_OK, EXIT_USAGE = 0, 2
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def match_excerpt(gold: list[GoldEvent], predicted: list[Event], body: str) -> dict[int, int]:
    """Gold index -> predicted index: a maximum matching by anchor containment, same kind tried first.

    Each gold event and each prediction is used at most once (Kuhn's augmenting paths); among the
    predictions that hold an anchor, one of the right kind and with the tightest evidence is preferred.
    Required gold events are matched before optional ones: an augmenting path never unmatches a gold event,
    so an optional event can no longer take the only prediction a required one could have.
    """
    options: list[list[int]] = []
    for g in gold:
        span = anchor_span(body, g.anchor)
        found = [i for i, p in enumerate(predicted) if span is not None and covers(p, span)]
        found.sort(key=lambda i: (not g.kind_ok(predicted[i].kind.value),
                                  predicted[i].evidence.end - predicted[i].evidence.start, i))
        options.append(found)
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        # A free prediction first (the preferred one of them), and only then a path that moves another gold event on:
        # a moved event never leaves a free prediction of the right kind for one of the wrong kind (session 12).
        free = next((pi for pi in options[gi] if pi not in owner and pi not in seen), None)
        if free is not None:
            seen.add(free)
            owner[free] = gi
            return True
        for pi in options[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in sorted(range(len(gold)), key=lambda i: gold[i].optional):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def date_right(g: GoldEvent, p: Event) -> bool:
    """True when a prediction dates a dated gold event right (exact, or inside a window, or undated where allowed)."""
    start, end = p.date.start, p.date.end
    if start is None or end is None:
        return g.undated_ok
    if g.start is None or g.end is None:
        return False
    if g.window:
        return g.start <= start and end <= g.end
    return start == g.start and end == g.end


def _whole(needle: str, hay: str) -> bool:
    """True when needle occurs in hay as whole words (case-sensitive: 'may' is not 'May')."""
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def trap_error(p: Event, traps: list[str]) -> str | None:
    """The trap a prediction made a date from, or None.

    A date is an error when its phrase lies inside a trap or a trap inside its phrase; a year written
    in the trap ('the 2015 accord') may still date something as that year, never as another day.
    """
    phrase = (p.date.phrase or "").strip()
    if not phrase or p.date.start is None or p.date.end is None:
        return None
    for trap in traps:
        if _whole(phrase, trap) or _whole(trap, phrase):
            years = {int(y) for y in YEAR.findall(trap)}
            if p.date.start.year == p.date.end.year and p.date.start.year in years:
                continue
            return trap
    return None


@dataclass
class Score:
    """Counts for one excerpt (or a sum of them); ratios are computed from the counts."""

    gold: int = 0  # required gold events
    predicted: int = 0
    matched: int = 0  # required gold events matched
    optional_matched: int = 0  # predictions matched to optional gold (not false positives)
    kind_right: int = 0
    dated: int = 0  # matched required gold events that carry a date
    date_right: int = 0
    undated: int = 0  # matched required gold events without a date
    undated_right: int = 0
    actor_scored: int = 0
    actor_right: int = 0
    actor_same: int = 0  # the gold actor's entity by aliases.toml (timeline/evalactors.py), strict ones included
    trap_dates: int = 0
    # Per kind (safe to print for a blind corpus: counts only, no text): required gold events, the missed ones,
    # "gold->predicted" kind confusions among matched ones, and predictions matched to no gold event.
    gold_kinds: Counter[str] = field(default_factory=Counter)
    missed_kinds: Counter[str] = field(default_factory=Counter)
    confusions: Counter[str] = field(default_factory=Counter)
    extra_kinds: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def __add__(self, other: Score) -> Score:
        keys = [k for k in self.__dataclass_fields__ if k != "notes"]
        out = Score(**{k: getattr(self, k) + getattr(other, k) for k in keys})
        out.notes = self.notes + other.notes
        return out

    @property
    def false_positives(self) -> int:
        """Predictions matched to no gold event."""
        return self.predicted - self.matched - self.optional_matched

    def recall(self) -> float | None:
        """Matched required gold events / required gold events."""
        return ratio(self.matched, self.gold)

    def precision(self) -> float | None:
        """Predictions matched to gold (required or optional) / predictions."""
        return ratio(self.matched + self.optional_matched, self.predicted)

    def kind_accuracy(self) -> float | None:
        """Right kinds among matched required gold events."""
        return ratio(self.kind_right, self.matched)

    def date_accuracy(self) -> float | None:
        """Right dates among matched gold events that carry a date."""
        return ratio(self.date_right, self.dated)

    def undated_accuracy(self) -> float | None:
        """Matched undated gold events the prediction also left undated."""
        return ratio(self.undated_right, self.undated)

    def actor_accuracy(self) -> float | None:
        """Right actors (case-insensitive) among matched gold events that name one."""
        return ratio(self.actor_right, self.actor_scored)

    def actor_entity_accuracy(self) -> float | None:
        """Actors naming the gold actor's entity (a state's organ as the state, a person by surname: evalactors)."""
        return ratio(self.actor_same, self.actor_scored)


def ratio(num: int, den: int) -> float | None:
    """num/den, or None when there is nothing to count."""
    return None if den == 0 else num / den


def score_excerpt(gold: list[GoldEvent], predicted: list[Event], body: str,
                  traps: list[str] | None = None) -> Score:
    """Score one excerpt's predictions against its gold events and traps."""
    pairs = match_excerpt(gold, predicted, body)
    s = Score(gold=sum(not g.optional for g in gold), predicted=len(predicted))
    for gi, g in enumerate(gold):
        pi = pairs.get(gi)
        if not g.optional:
            s.gold_kinds[g.kind.value] += 1
        if pi is None:
            if not g.optional:
                s.notes.append(f"missed {g.kind.value} {g.ref!r}")
                s.missed_kinds[g.kind.value] += 1
            continue
        p = predicted[pi]
        if g.optional:
            s.optional_matched += 1
            continue
        s.matched += 1
        s.kind_right += g.kind_ok(p.kind.value)
        if not g.kind_ok(p.kind.value):
            s.notes.append(f"kind {p.kind.value} for {g.kind.value} {g.ref!r}")
            s.confusions[f"{g.kind.value}->{p.kind.value}"] += 1
        if g.actor:
            s.actor_scored += 1
            s.actor_right += (p.actor or "").casefold() == g.actor.casefold()
            s.actor_same += same_entity(g.actor, p.actor)
        if g.start is not None:
            s.dated += 1
            ok = date_right(g, p)
            s.date_right += ok
            if not ok:
                s.notes.append(f"date {_span(p)} for {g.start}..{g.end} {g.ref!r}")
        else:
            s.undated += 1
            s.undated_right += p.date.start is None
            if p.date.start is not None:
                s.notes.append(f"date {_span(p)} where gold is undated {g.ref!r}")
    for p in predicted:
        trap = trap_error(p, traps or [])
        if trap is not None:
            s.trap_dates += 1
            s.notes.append(f"date from non-date words {trap!r}: phrase {p.date.phrase!r} in {p.id}")
    matched = set(pairs.values())
    for pi, p in enumerate(predicted):
        if pi not in matched:
            s.notes.append(f"extra {p.kind.value} {p.evidence.exact[:60]!r}")
            s.extra_kinds[p.kind.value] += 1
    return s


def by_kind_lines(s: Score) -> list[str]:
    """Recall per gold kind, kind confusions and extras per predicted kind, most frequent first."""
    recall = ", ".join(f"{k} {s.gold_kinds[k] - s.missed_kinds[k]}/{n} ({_pct(ratio(n - s.missed_kinds[k], n))})"
                       for k, n in sorted(s.gold_kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    confused = ", ".join(f"{k} {n}" for k, n in sorted(s.confusions.items(), key=lambda kv: (-kv[1], kv[0])))
    extras = ", ".join(f"{k} {n}" for k, n in sorted(s.extra_kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    return [f"by kind: recall {recall or '-'}", f"by kind: confusions (gold->predicted) {confused or '-'}",
            f"by kind: extras {extras or '-'}"]


def _span(p: Event) -> str:
    return "undated" if p.date.start is None else f"{p.date.start}..{p.date.end} ({p.date.phrase!r})"


Extractor = Callable[[Excerpt], list[Event]]


def default_extractor() -> tuple[Extractor | None, str]:
    """timeline.events.extract, or None with the reason it cannot be imported."""
    try:
        from timeline.events import extract
    except Exception as exc:  # the stage under test may be missing or broken; measure zero then
        return None, f"timeline.events.extract unavailable: {type(exc).__name__}: {exc}"
    return extract, ""


@dataclass
class ExcerptResult:
    """One excerpt's score with its metadata."""

    excerpt: Excerpt
    score: Score
    shapes: ShapeTally = field(default_factory=ShapeTally)
    verbs: VerbTally = field(default_factory=VerbTally)


def evaluate_story(folder: Path, gold: Gold, extract: Extractor | None, shapes: bool = False,
                   verbose: bool = False, verbs: bool = False) -> tuple[list[ExcerptResult], list[str]]:
    """Score every excerpt of a folder (shapes, verb classes when asked); problems are anchors the gold does not fit."""
    loaded = load_folder(folder)
    bodies = {x.id: x.body for x in loaded.excerpts}
    problems = anchor_problems(gold, bodies)
    results = []
    for x in loaded.excerpts:
        if x.id not in gold.excerpt_ids:
            problems.append(f"{x.id}: no gold for this excerpt")
            continue
        predicted: list[Event] = []
        note = ""
        if extract is not None:
            try:
                predicted = list(extract(x))
            except Exception as exc:  # a failing extractor scores zero on this excerpt, the run goes on
                note = f"extract failed: {type(exc).__name__}: {exc}"
        events = gold.events_of(x.id)
        score = score_excerpt(events, predicted, x.body, gold.traps.get(x.id, []))
        if note:
            score.notes.insert(0, note)
        tally, verb_tally = ShapeTally(), VerbTally()
        pairs = match_excerpt(events, predicted, x.body) if shapes or verbs else {}
        if shapes:
            tally = tally_shapes(x, events, predicted, pairs, verbose)
        if verbs:
            verb_tally = tally_verbs(x, events, predicted, pairs)
        results.append(ExcerptResult(x, score, tally, verb_tally))
    return results, problems


def stories(corpus: Path) -> list[Path]:
    """Story folders of a corpus: sub-folders holding a gold.toml, sorted (or the folder itself)."""
    if (corpus / "gold.toml").is_file():
        return [corpus]
    return sorted(p for p in corpus.iterdir() if p.is_dir() and (p / "gold.toml").is_file())


def _shown(path: str) -> str:
    """A path relative to the working folder where it lies under it."""
    try:
        return Path(path).resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def _row(name: str, outlet: str, s: Score) -> list[str]:
    return [name, outlet[:28], str(s.gold), str(s.predicted), _pct(s.recall()), _pct(s.precision()),
            _pct(s.kind_accuracy()), f"{s.date_right}/{s.dated}", _pct(s.date_accuracy()),
            f"{s.undated_right}/{s.undated}", _pct(s.actor_accuracy()),
            _pct(s.actor_entity_accuracy()), str(s.trap_dates)]


# The second actor figure, named by its rule (timeline/evalactors.py; tests/data/eval/README.md "Actors").
ACTOR_ENTITY = "actor~ organ=state,surname"
HEADERS = ["excerpt", "outlet", "gold", "pred", "recall", "prec", "kind", "dates", "date%",
           "undated", "actor", ACTOR_ENTITY, "non-date"]


def main(argv: list[str] | None = None) -> int:
    """Print per-excerpt and overall figures; 0 when it ran, 2 on unusable input."""
    from rich.console import Console
    from rich.table import Table

    ap = argparse.ArgumentParser(prog="python -m timeline.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None, help="folder of story folders, each with gold.toml")
    ap.add_argument("--samples", action="store_true", help="score excerpt/samples against samples_gold.toml")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, wrong dates and extras")
    ap.add_argument("--by-kind", action="store_true",
                    help="recall per gold kind, kind confusions and extras per kind (counts only: safe on a blind corpus)")
    ap.add_argument("--shapes", action="store_true",
                    help="sentence shapes of missed and mis-kinded gold events (counts only: safe on a blind corpus)")
    ap.add_argument("--date-causes", action="store_true",
                    help="why matched events get wrong dates (counts only: safe on a blind corpus): timeline/evaldates.py")
    ap.add_argument("--verb-classes", action="store_true",
                    help="verb, subject and word-list classes of missed gold events (counts only: safe on a blind corpus)")
    ap.add_argument("--words", action="store_true",
                    help="with --verb-classes, list the failing verbs no data list holds (dev corpora only)")
    args = ap.parse_args(argv)
    if args.words and (not args.verb_classes or is_blind(args.corpus or CORPUS)):
        print("error: --words needs --verb-classes and a dev corpus (never heldout5 or later)", file=sys.stderr)
        return EXIT_USAGE
    if args.verbose and not args.samples and is_blind(args.corpus or CORPUS):
        # -v quotes sentences and the gold's anchors: a blind set gives counts only (as --date-causes -v and --bridge -v).
        print(f"error: {args.corpus or CORPUS} is a blind corpus: -v is refused (counts only)", file=sys.stderr)
        return EXIT_USAGE
    if args.date_causes:
        from timeline.evaldates import main as date_causes
        return date_causes(["--corpus", str(args.corpus or CORPUS), *(["-v"] if args.verbose else [])])
    console = Console(width=140, highlight=False)
    extract, why = default_extractor()
    if why:
        console.print(f"[yellow]warning:[/] {why}; every excerpt scores as if nothing was found")
    try:
        if args.samples:
            runs = [(SAMPLES, load_gold(SAMPLES_GOLD))]
        else:
            corpus = args.corpus or CORPUS
            if not corpus.is_dir():
                console.print(f"error: {corpus}: no such folder")
                return EXIT_USAGE
            runs = [(story, load_gold(story)) for story in stories(corpus)]
            if not runs:
                console.print(f"error: {corpus}: no story folder with a gold.toml")
                return EXIT_USAGE
        table = Table(*HEADERS, title="timeline.events.extract against gold")
        total = Score()
        shapes, verbs = ShapeTally(), VerbTally()
        for folder, gold in runs:
            results, problems = evaluate_story(folder, gold, extract, args.shapes, args.verbose, args.verb_classes)
            for problem in problems:
                console.print(f"gold problem: {_shown(gold.path)}: {problem}", markup=False)
            story = Score()
            for r in results:
                table.add_row(*_row(r.excerpt.id, r.excerpt.outlet, r.score))
                story = story + r.score
                shapes = shapes + r.shapes
                verbs = verbs + r.verbs
            table.add_row(*_row(f"[b]{gold.story or folder.name}[/]", "story", story), end_section=True)
            total = total + story
            if args.verbose:
                for r in results:
                    for note in r.score.notes:
                        console.print(f"  {r.excerpt.id}: {note}", markup=False)
        table.add_row(*_row("[b]ALL[/]", f"{len(runs)} stories", total))
    except PipelineError as exc:
        console.print(f"error: {exc.line()}", markup=False)
        return EXIT_USAGE
    console.print(table)
    if args.by_kind:
        for line in by_kind_lines(total):
            console.print(line, markup=False)
    if args.shapes:
        for line in shapes.details + shape_lines(shapes):
            console.print(line, markup=False, soft_wrap=True)
    if args.verb_classes:
        for line in verb_lines(verbs, args.words):
            console.print(line, markup=False, soft_wrap=True)
    console.print(
        f"overall: recall {_pct(total.recall())}, precision {_pct(total.precision())}, "
        f"kind {_pct(total.kind_accuracy())}, dates {_pct(total.date_accuracy())} "
        f"({total.date_right}/{total.dated}), kept undated {_pct(total.undated_accuracy())}, "
        f"dates from non-date words {total.trap_dates}"
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
