"""Why matched events get the wrong date: counts of causes only, safe on a blind corpus.

`python -m timeline.evaldates --corpus DIR` (or `python -m timeline.evaluate --corpus DIR --date-causes`) sorts
every matched gold event whose date the tool gets wrong (a dated gold event dated otherwise or left undated, an
undated gold event dated) into one cause, by cheap general tests on the gold phrase, the tool's basis and the
sentence; `-v` adds one line per failure naming text, refused on the blind corpora.
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
from excerpt.models import Excerpt, Label
from timeline.datefind import find_dates
from timeline.dates import Anchor, DateMention, resolve
from timeline.datewords import parse_phrase
from timeline.evalgold import GoldEvent, anchor_span, covers, load_gold
from timeline.evalverbs import is_blind
from timeline.models import DateResolution, Event

# The causes in print order: (group, cause, what it means).
CAUSES = (
    ("dated-wrong", "wrong-event", "the tool's event matched here covers another gold event and carries its date"),
    ("dated-wrong", "other-kind-event", "the event matched here is of another kind"),
    ("dated-wrong", "inherited-wrong", "took its frame's or a neighbour's date where gold has another day"),
    ("dated-wrong", "anaphora-wrong", "an anaphor ('a day later') counted from the wrong event"),
    ("dated-wrong", "other-phrase", "dated by another date phrase than gold's"),
    ("dated-wrong", "own-phrase-gold-inherits", "dated by a phrase where gold takes a day with no phrase"),
    ("dated-wrong", "interval-for-day", "an interval holding gold's day"),
    ("dated-wrong", "day-for-interval", "a day (or narrower span) inside gold's interval"),
    ("dated-wrong", "vague", "a vague phrase's bounds differ from gold's"),
    ("dated-wrong", "span", "a span of days or weekdays resolved otherwise"),
    ("dated-wrong", "dateline", "the dateline's day"),
    ("dated-wrong", "plan-reading", "a plan's day with no year: the other reading"),
    ("dated-wrong", "report-day", "read from the reporting statement's day, gold reads it from the anchor"),
    ("dated-wrong", "moved-by-context", "the phrase alone gives gold's date; a base, a report or a named year moved it"),
    ("dated-wrong", "tense", "the same phrase in another tense gives gold's date"),
    ("dated-wrong", "as_of-vs-published", "the same phrase read from the other anchor gives gold's date"),
    ("dated-wrong", "month-anchor", "a month- or year-only anchor"),
    ("dated-wrong", "week-off", "a whole week off (weekday arithmetic)"),
    ("dated-wrong", "year-off", "a whole year off"),
    ("dated-wrong", "resolved-otherwise", "the same phrase, another day, no test above explains it"),
    ("left-undated", "no-anchor", "the excerpt has no usable anchor"),
    ("left-undated", "as-statement", "the act was read only as the statement reporting it, which rightly takes no day"),
    ("left-undated", "as-other-kind", "the event matched here is of another kind (not a statement) and undated"),
    ("left-undated", "should-inherit", "gold takes a day with no phrase of its own (its frame's or a neighbour's)"),
    ("left-undated", "headline-dateline", "gold's phrase is in a headline, dateline or other non-story line"),
    ("left-undated", "phrase-other-sentence", "gold's phrase is in another sentence of the story"),
    ("left-undated", "phrase-not-read", "gold's phrase is in the sentence, the finder reads no date there"),
    ("left-undated", "vague-not-read", "gold's phrase is vague and not read as a date"),
    ("left-undated", "phrase-read-not-taken-inside", "the finder reads gold's phrase inside the event's evidence, not taken"),
    ("left-undated", "phrase-read-not-taken-inside-statement", "the same, the event (and gold) a statement or accepted as one"),
    ("left-undated", "phrase-read-not-taken-after", "the finder reads gold's phrase after the event's evidence, not taken"),
    ("left-undated", "phrase-read-not-taken-before", "the finder reads gold's phrase before the event's evidence, not taken"),
    ("left-undated", "phrase-read-unresolved", "the event took gold's phrase but it stayed undated"),
    ("undated-dated", "other-kind-event", "the event matched here is of another kind (an act over a statement's words)"),
    ("undated-dated", "inherited", "took its frame's or a neighbour's date where gold has none"),
    ("undated-dated", "anaphora", "an anaphor dated it where gold has none"),
    ("undated-dated", "vague", "a vague phrase dated it where gold has none"),
    ("undated-dated", "modifier", "a year qualifying a noun dated it"),
    ("undated-dated", "another-event-phrase", "another gold event's date phrase"),
    ("undated-dated", "own-phrase", "a phrase of the sentence where gold keeps it undated"),
)
LEADS_RE = re.compile(r"^(?:on|in|at|by|since|from|until|till|during|as of|of|the)\s+", re.IGNORECASE)
SPAN_RE = re.compile(r"\b(?:and|to|through|between|into)\b|[-–—/]\s*\d|\d\s*[-–—/]", re.IGNORECASE)
TENSES = ("past", "present", "future")


@dataclass
class DateTally:
    """Counts of (group, cause) over wrongly dated matched gold events, and the dated gold they are out of."""

    causes: Counter[tuple[str, str]] = field(default_factory=Counter)
    dated: int = 0  # matched gold events with a date
    undated: int = 0  # matched gold events without one
    details: list[str] = field(default_factory=list)  # dev corpora only (-v): names text

    def __add__(self, other: DateTally) -> DateTally:
        return DateTally(self.causes + other.causes, self.dated + other.dated, self.undated + other.undated,
                         self.details + other.details)


def _norm(phrase: str) -> str:
    """A phrase lowercased without leading prepositions or articles ('on Thursday' -> 'thursday')."""
    text = " ".join(phrase.lower().replace("’", "'").split()).strip(" ,.")
    while True:
        cut = LEADS_RE.sub("", text)
        if cut == text:
            return text
        text = cut


def same_phrase(a: str, b: str) -> bool:
    """True when two date phrases are one (either holds the other once leads are cut)."""
    x, y = _norm(a), _norm(b)
    return bool(x) and bool(y) and (x in y or y in x)


def _sentence(excerpt: Excerpt, at: int) -> tuple[int, int, Label | None]:
    """The bounds of the sentence holding offset `at`, with its paragraph's label."""
    for p in excerpt.paragraphs:
        if p.start <= at < p.end:
            s = next(((s.start, s.end) for s in p.sentences if s.start <= at < s.end), (p.start, p.end))
            return s[0], s[1], p.label
    return at, at, None


def _phrase_at(body: str, phrase: str, lo: int, hi: int, near: int) -> int | None:
    """Offset of gold's phrase within body[lo:hi] nearest `near` (case-insensitive), or None."""
    if not phrase.strip():
        return None
    hits = [m.start() for m in re.finditer(re.escape(phrase.strip()), body[lo:hi], re.IGNORECASE)]
    return min((lo + h for h in hits), key=lambda h: abs(h - near)) if hits else None


def _reads(r: DateResolution, g: GoldEvent) -> bool:
    """True when a resolution gives gold's date (exact, or inside its window)."""
    if r.start is None or r.end is None or g.start is None or g.end is None:
        return False
    if g.window:
        return g.start <= r.start and r.end <= g.end
    return r.start == g.start and r.end == g.end


def _again(p: Event, anchor: Anchor, tense: str) -> DateResolution | None:
    """p's phrase resolved again against another anchor or tense (never with a previous event)."""
    phrase = p.date.phrase or ""
    parsed = parse_phrase(phrase)
    if parsed is None:
        return None
    try:
        return resolve(DateMention(0, len(phrase), phrase, parsed.kind), anchor, tense, None)
    except Exception:  # noqa: BLE001 - a diagnostic reading; a failure explains nothing
        return None


def _other_gold(g: GoldEvent, gold: list[GoldEvent], p: Event, body: str) -> list[GoldEvent]:
    """The other gold events whose anchors p's evidence covers."""
    out = []
    for o in gold:
        span = anchor_span(body, o.anchor)
        if o is not g and span is not None and covers(p, span):
            out.append(o)
    return out


def _dated_wrong(excerpt: Excerpt, g: GoldEvent, p: Event, gold: list[GoldEvent]) -> str:
    r = p.date
    assert r.start is not None and r.end is not None and g.start is not None and g.end is not None
    if any(o.start == r.start and o.end == r.end for o in _other_gold(g, gold, p, excerpt.body)):
        return "wrong-event"
    if not g.kind_ok(p.kind.value):
        return "other-kind-event"
    if r.basis.startswith("no date phrase of its own"):
        return "inherited-wrong"
    if (r.relative_to or "").startswith("event:"):
        return "anaphora-wrong"
    if not g.date_phrase.strip():
        return "own-phrase-gold-inherits"
    if not same_phrase(r.phrase or "", g.date_phrase):
        return "other-phrase"
    if g.start == g.end and r.start <= g.start and g.end <= r.end:
        return "interval-for-day"
    if g.start < g.end and g.start <= r.start and r.end <= g.end:
        return "day-for-interval"
    if "vague" in r.basis:
        return "vague"
    if SPAN_RE.search(_norm(r.phrase or "")):
        return "span"
    if "dateline" in r.basis:
        return "dateline"
    if "told as a plan" in r.basis:
        return "plan-reading"
    if "the day of the statement reporting it" in r.basis:
        return "report-day"
    value, source = excerpt.anchor or ("", None)
    anchor = Anchor.from_value(value, source)
    own = _again(p, anchor, p.tense or "past")
    if own is not None and _reads(own, g):
        return "moved-by-context"
    if any(_reads(x, g) for t in TENSES if t != p.tense for x in [_again(p, anchor, t)] if x is not None):
        return "tense"
    if excerpt.as_of and excerpt.published:
        other = Anchor.from_value(excerpt.published, "published")
        if any(_reads(x, g) for t in TENSES for x in [_again(p, other, t)] if x is not None):
            return "as_of-vs-published"
    if anchor.precision != "day":
        return "month-anchor"
    gap = abs((r.start - g.start).days)
    if gap == 7 and (r.end - r.start) == (g.end - g.start):
        return "week-off"
    if r.start.year != g.start.year and (r.start.month, r.start.day) == (g.start.month, g.start.day):
        return "year-off"
    return "resolved-otherwise"


def _left_undated(excerpt: Excerpt, g: GoldEvent, p: Event, span: tuple[int, int]) -> str:
    if excerpt.anchor is None:
        return "no-anchor"
    if not g.kind_ok(p.kind.value):
        return "as-statement" if p.kind.value == "statement" else "as-other-kind"
    phrase = g.date_phrase.strip()
    if not phrase:
        return "should-inherit"
    body = excerpt.body
    lo, hi, label = _sentence(excerpt, span[0])
    at = _phrase_at(body, phrase, lo, hi, span[0])
    if at is None:
        anywhere = _phrase_at(body, phrase, 0, len(body), span[0])
        if anywhere is None:
            return "should-inherit"
        where = _sentence(excerpt, anywhere)
        first_story = next((pp.start for pp in excerpt.paragraphs if pp.label == Label.story), 0)
        if where[2] not in (Label.story, None) or anywhere < first_story or "dateline" in p.date.basis:
            return "headline-dateline"
        return "phrase-other-sentence"
    if p.date.phrase and same_phrase(p.date.phrase, phrase):
        return "phrase-read-unresolved"
    mentions = [m for m in find_dates(body, lo, hi) if m.start < at + len(phrase) and at < m.end]
    if mentions:
        ev = p.evidence
        where = "-inside" if ev.start <= at < ev.end else "-after" if at >= ev.end else "-before"
        return "phrase-read-not-taken" + where + ("-statement" if p.kind.value == "statement" else "")
    if label not in (Label.story, None):
        return "headline-dateline"
    parsed = parse_phrase(phrase)
    return "vague-not-read" if parsed is not None and parsed.kind == "vague" else "phrase-not-read"


def _undated_dated(excerpt: Excerpt, g: GoldEvent, p: Event, gold: list[GoldEvent]) -> str:
    r = p.date
    if not g.kind_ok(p.kind.value):
        return "other-kind-event"
    if r.basis.startswith("no date phrase of its own"):
        return "inherited"
    if (r.relative_to or "").startswith("event:"):
        return "anaphora"
    if "vague" in r.basis:
        return "vague"
    if "qualifies a noun" in r.basis or "qualifying a noun" in r.basis:
        return "modifier"
    lo, hi, _ = _sentence(excerpt, p.evidence.start)
    for o in gold:
        if o is g or not o.date_phrase.strip() or not same_phrase(o.date_phrase, r.phrase or ""):
            continue
        span = anchor_span(excerpt.body, o.anchor)
        if span is not None and lo <= span[0] < hi:
            return "another-event-phrase"
    return "own-phrase"


def date_cause(excerpt: Excerpt, g: GoldEvent, p: Event, gold: list[GoldEvent]) -> tuple[str, str] | None:
    """(group, cause) when p dates matched gold event g wrongly, else None."""
    span = anchor_span(excerpt.body, g.anchor)
    if span is None:
        return None
    dated = p.date.start is not None and p.date.end is not None
    if g.start is None:
        return ("undated-dated", _undated_dated(excerpt, g, p, gold)) if dated else None
    if not dated:
        return None if g.undated_ok else ("left-undated", _left_undated(excerpt, g, p, span))
    if _reads(p.date, g):
        return None
    return "dated-wrong", _dated_wrong(excerpt, g, p, gold)


def tally_dates(excerpt: Excerpt, gold: list[GoldEvent], predicted: list[Event], pairs: dict[int, int],
                verbose: bool = False) -> DateTally:
    """Date-cause counts of one excerpt's matched required gold events."""
    out = DateTally()
    for gi, g in enumerate(gold):
        pi = pairs.get(gi)
        if g.optional or pi is None:
            continue
        p = predicted[pi]
        if g.start is None:
            out.undated += 1
        else:
            out.dated += 1
        cause = date_cause(excerpt, g, p, gold)
        if cause is None:
            continue
        out.causes[cause] += 1
        if verbose:
            shown = "undated" if p.date.start is None else f"{p.date.start}..{p.date.end}"
            out.details.append(f"{excerpt.id}: {cause[0]} {cause[1]}: {g.anchor!r} gold {g.start}..{g.end} "
                               f"({g.date_phrase!r}) got {shown} ({p.date.phrase!r}; {p.date.basis[:140]})")
    return out


def cause_lines(t: DateTally) -> list[str]:
    """One line per cause with a count, per group, most frequent first; counts only."""
    groups = {"dated-wrong": t.dated, "left-undated": t.dated, "undated-dated": t.undated}
    lines = []
    for group, of in groups.items():
        rows = sorted(((n, c) for (gr, c), n in t.causes.items() if gr == group), key=lambda x: (-x[0], x[1]))
        total = sum(n for n, _ in rows)
        shown = ", ".join(f"{c} {n}" for n, c in rows) or "-"
        lines.append(f"date causes: {group} {total} of {of}: {shown}")
    return lines


def _extractor() -> Callable[[Excerpt], list[Event]]:
    """The extractor under measure (a seam for tests)."""
    from timeline.events import extract

    return extract


def run(corpus: Path, verbose: bool = False) -> DateTally:
    """The date-cause tally of every story of a corpus (timeline.events.extract against gold)."""
    from timeline.evaluate import match_excerpt, stories

    extract = _extractor()
    total = DateTally()
    for story in stories(corpus):
        gold = load_gold(story)
        for x in load_folder(story).excerpts:
            events = gold.events_of(x.id)
            if not events:
                continue
            predicted = list(extract(x))
            total = total + tally_dates(x, events, predicted, match_excerpt(events, predicted, x.body), verbose)
    return total


def main(argv: list[str] | None = None) -> int:
    """Print the date-cause counts of a corpus (and per-failure lines with -v on a dev corpus); 0 ok, 2 usage."""
    ap = argparse.ArgumentParser(prog="python -m timeline.evaldates", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "data" / "eval")
    ap.add_argument("--verbose", "-v", action="store_true", help="one line per failure (dev corpora only)")
    args = ap.parse_args(argv)
    if args.verbose and is_blind(args.corpus):  # blind sets: counts only (timeline.evalverbs.is_blind)
        sys.stderr.write(f"error: {args.corpus} is a blind corpus: counts only, no -v\n")
        return 2
    if not args.corpus.is_dir():
        sys.stderr.write(f"error: {args.corpus}: no such folder\n")
        return 2
    try:
        tally = run(args.corpus, args.verbose)
    except PipelineError as exc:
        sys.stderr.write(f"error: {exc.line()}\n")
        return 2
    for line in tally.details + cause_lines(tally):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
