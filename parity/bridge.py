"""The bridge between parity on gold events and parity on extracted ones: why links and statuses that
`--oracle` gets right are lost end to end (`python -m parity.evaluate --bridge`).

For every gold link found with the gold's relation on oracle events but not on extracted ones (and every
gold status right on oracle events, wrong on extracted ones), the cause is the first change to the extracted
events, in CHANGES order, that brings it back when made on every matched event of the story alone: an end
(or, for a status, a counterpart) not extracted (the oracle event added), the kind, actor, date, count,
modality/polarity, objects/place, evidence (the sentence), summary (the anchor), quote (none) or all three
words made the gold's as the oracle makes them, or the events no gold event matches (extraction noise: a
third claim) left out. When no single change brings it back: "several together" when all of them at once
do (named by the parts each necessary: made all but that one, it stays lost), else the link found with the
other relation, or the rest ("scoring context": what the events' neighbours change). Counts only unless asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from excerpt.loader import load_folder
from excerpt.models import Excerpt
from parity.build import build_parity
from parity.claims import canonical_actor, same_actor
from parity.models import Parity
from timeline.build import build_timeline
from timeline.evalgold import Gold, GoldEvent, GoldLink, anchor_span, covers, load_gold
from timeline.evaluate import date_right
from timeline.evalverbs import is_blind
from timeline.events import extract
from timeline.models import Event, Timeline

# Corpora whose stories nobody but their writer reads: their causes are counted, never listed (timeline.evalverbs.is_blind:
# every heldoutN from heldout5 on, less the sets the lead opened for study; the old list stopped at heldout9).

# A change: (gold event, its extracted event, the oracle's event for it) -> the extracted event changed.
Change = Callable[[GoldEvent, Event, Event], Event]


def _kind(g: GoldEvent, p: Event, o: Event) -> Event:
    return p if g.kind_ok(p.kind.value) else p.model_copy(update={"kind": g.kind})


def _actor(g: GoldEvent, p: Event, o: Event) -> Event:
    want, got = canonical_actor(g.actor or None), canonical_actor(p.actor)
    if want == got or (want and got and same_actor(want, got)):
        return p
    return p.model_copy(update={"actor": g.actor or None})


def _date(g: GoldEvent, p: Event, o: Event) -> Event:
    return p if date_right(g, p) else p.model_copy(update={"date": o.date})


def _count(g: GoldEvent, p: Event, o: Event) -> Event:
    return p if p.count == o.count else p.model_copy(update={"count": o.count})


def _modality(g: GoldEvent, p: Event, o: Event) -> Event:
    if p.modality == o.modality and p.polarity == o.polarity:
        return p
    return p.model_copy(update={"modality": o.modality, "polarity": o.polarity})


def _things(g: GoldEvent, p: Event, o: Event) -> Event:
    # The oracle's event names no objects or place: its claim reads them from its words.
    return p if not p.objects and p.place is None else p.model_copy(update={"objects": [], "place": None})


def _evidence(g: GoldEvent, p: Event, o: Event) -> Event:
    return p if p.evidence == o.evidence else p.model_copy(update={"evidence": o.evidence})


def _summary(g: GoldEvent, p: Event, o: Event) -> Event:
    return p if p.summary == o.summary else p.model_copy(update={"summary": o.summary})


def _quote(g: GoldEvent, p: Event, o: Event) -> Event:
    return p if p.quote is None else p.model_copy(update={"quote": None})


def _words(g: GoldEvent, p: Event, o: Event) -> Event:
    if p.summary == o.summary and p.evidence == o.evidence and p.quote is None:
        return p
    return p.model_copy(update={"summary": o.summary, "evidence": o.evidence, "quote": None})


# In the order a cause is named: the first change that brings a link or status back is its cause.
CHANGES: dict[str, Change | None] = {
    "an end not extracted": None,  # the oracle's events added for the gold events no extracted event matched
    "kind differs": _kind,
    "actor differs or missing": _actor,
    "date differs or undated": _date,
    "count differs or missing": _count,
    "modality/polarity differs": _modality,
    "objects/place read otherwise": _things,
    "evidence: the whole sentence": _evidence,
    "summary: the gold's anchor": _summary,
    "quote left out": _quote,
    "words differ (summary, evidence, quote)": _words,
    "a third claim (extraction noise) linked": None,  # events no gold event matches left out
}
MISSING, NOISE, WORDS = "an end not extracted", "a third claim (extraction noise) linked", "words differ (summary, evidence, quote)"
TOGETHER = "several together"
# What "several together" makes: every change but WORDS, which its three parts make.
PARTS = {"an end not extracted": "missing", "kind differs": "kind", "actor differs or missing": "actor",
         "date differs or undated": "date", "count differs or missing": "count", "modality/polarity differs": "modality",
         "objects/place read otherwise": "objects", "evidence: the whole sentence": "evidence",
         "summary: the gold's anchor": "summary", "quote left out": "quote", NOISE: "noise"}


@dataclass
class Outcome:
    """What one run of parity gets right: gold links found with their relation, relations found, statuses."""

    links: set[frozenset[str]]
    relations: dict[frozenset[str], str]
    statuses: dict[str, str]


@dataclass
class Bridge:
    """The bridge counts of one story, or summed over stories."""

    name: str
    oracle_links: int = 0  # gold links found on oracle events
    oracle_statuses: int = 0  # gold statuses right on oracle events
    link_causes: Counter[str] = field(default_factory=Counter)
    status_causes: Counter[str] = field(default_factory=Counter)
    # Per change made alone: gold links / statuses it brings back (of those lost) and those it loses.
    gained: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    status_gained: Counter[str] = field(default_factory=Counter)
    status_lost: Counter[str] = field(default_factory=Counter)
    # The gold events at the ends of lost links and statuses that no extracted event matched: how near
    # extraction came, and their gold kinds.
    unextracted: Counter[str] = field(default_factory=Counter)
    unextracted_kinds: Counter[str] = field(default_factory=Counter)
    # The lost links with both ends extracted, by the rule that kept each out end to end (parity.evaluate --why's reason).
    rules: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def add(self, other: Bridge) -> None:
        """Sum another story's counts into this one."""
        self.oracle_links += other.oracle_links
        self.oracle_statuses += other.oracle_statuses
        for mine, theirs in ((self.link_causes, other.link_causes), (self.status_causes, other.status_causes),
                             (self.gained, other.gained), (self.lost, other.lost),
                             (self.status_gained, other.status_gained), (self.status_lost, other.status_lost),
                             (self.unextracted, other.unextracted),
                             (self.unextracted_kinds, other.unextracted_kinds), (self.rules, other.rules)):
            mine.update(theirs)

    def lines(self) -> list[str]:
        """The counts: causes of links and statuses lost, then what each change alone brings back and loses."""
        out = [f"{self.name:8} bridge: of {self.oracle_links} gold links found on gold events, "
               f"{sum(self.link_causes.values())} missed end to end, by cause"]
        out += _counted(self.link_causes)
        out.append(f"{self.name:8} bridge: of {self.oracle_statuses} statuses right on gold events, "
                   f"{sum(self.status_causes.values())} wrong end to end, by cause")
        out += _counted(self.status_causes)
        out.append(f"{self.name:8} bridge: {sum(self.unextracted.values())} gold events at their ends not extracted, "
                   f"by how near extraction came; by gold kind: "
                   + ", ".join(f"{k} {n}" for k, n in sorted(self.unextracted_kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
        out += _counted(self.unextracted)
        out.append(f"{self.name:8} bridge: {sum(self.rules.values())} lost links with both ends extracted, "
                   "by the rule that kept each out end to end")
        out += _counted(self.rules)
        out.append(f"{self.name:8} bridge: each change alone: links +back -lost, statuses +back -lost")
        for name in (*CHANGES, TOGETHER):
            out.append(f"    {name:42} links +{self.gained[name]} -{self.lost[name]}  "
                       f"statuses +{self.status_gained[name]} -{self.status_lost[name]}")
        return out


def _counted(causes: Counter[str]) -> list[str]:
    return [f"    {n:4}  {cause}" for cause, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0]))]


def _outcome(timeline: Timeline, bodies: dict[str, str], gold: Gold, ids: dict[str, str]) -> Outcome:
    """Parity on a record, read against the gold (ids: gold ref -> the record's event standing for it)."""
    parity: Parity = build_parity(timeline, bodies=bodies)
    relation: dict[frozenset[str], str] = {}
    for c in parity.claims:
        for link in c.links:
            relation.setdefault(frozenset((c.event, link.event)), link.relation.value)
    status = {c.event: c.status.value for c in parity.claims}
    links, relations = set(), {}
    for g in gold.links:
        a, b = ids.get(g.a), ids.get(g.b)
        if a is None or b is None or a == b:
            continue
        got = relation.get(frozenset((a, b)))
        if got:
            relations[g.pair] = got
        if got == g.relation.value:
            links.add(g.pair)
    statuses = {s.event: status.get(ids[s.event], "") for s in gold.statuses if s.event in ids}
    return Outcome(links, relations, statuses)


def oracle_made(excerpts: Sequence[Excerpt], gold: Gold) -> tuple[list[list[Event]], dict[str, Event]]:
    """Oracle events per excerpt (parity.evaluate.oracle_events) and the one made for each gold ref."""
    from parity.evaluate import oracle_events  # why here: parity.evaluate imports this module for --bridge

    made = [oracle_events(e, gold) for e in excerpts]
    return [events for events, _ in made], {ref: ev for _, refs in made for ref, ev in refs.items()}


def bridge_story(folder: Path, name: str | None = None, verbose: bool = False) -> Bridge:
    """The bridge counts of one story folder (notes naming its events only when verbose)."""
    from parity.evaluate import _Diagnosis, matched_events

    gold = load_gold(folder)
    excerpts = load_folder(folder).excerpts
    bodies = {e.id: e.body for e in excerpts}
    oracle_lists, oracle_of = oracle_made(excerpts, gold)
    oracle = _outcome(build_timeline(excerpts, oracle_lists), bodies, gold,
                      {ref: ev.id for ref, ev in oracle_of.items()})
    extracted = [extract(e) for e in excerpts]
    timeline = build_timeline(excerpts, extracted)
    match = matched_events(gold, timeline.events, bodies)
    ids = {ref: ev.id for ref, ev in match.items() if ev is not None}
    e2e = _outcome(timeline, bodies, gold, ids)
    report = Bridge(name=name or folder.name, oracle_links=len(oracle.links))
    wanted = {s.event: s.status.value for s in gold.statuses}
    oracle_right = {ref for ref, got in oracle.statuses.items() if got == wanted[ref]}
    report.oracle_statuses = len(oracle_right)
    lost_links = [g for g in gold.links if g.pair in oracle.links and g.pair not in e2e.links]
    lost_statuses = [ref for ref in sorted(oracle_right) if e2e.statuses.get(ref) != wanted[ref]]
    e2e_right = {ref for ref, got in e2e.statuses.items() if got == wanted[ref]}

    gold_of = {g.ref: g for g in gold.events}
    matched = {ev.id: ref for ref, ev in match.items() if ev is not None}
    outcomes: dict[str, Outcome] = {}
    for change in (*CHANGES, TOGETHER):
        lists, its_ids = _changed(excerpts, extracted, gold_of, matched, oracle_of, change)
        outcomes[change] = got = _outcome(build_timeline(excerpts, lists), bodies, gold, its_ids)
        report.gained[change] = sum(1 for g in lost_links if g.pair in got.links)
        report.lost[change] = len(e2e.links - got.links)
        report.status_gained[change] = sum(1 for ref in lost_statuses if got.statuses.get(ref) == wanted[ref])
        report.status_lost[change] = sum(1 for ref in e2e_right if got.statuses.get(ref) != wanted[ref])

    by_id = {ev.id: ev for ev in timeline.events}
    ends = {ref for g in lost_links for ref in (g.a, g.b)} | set(lost_statuses)
    excerpt_of = {e.id: e for e in excerpts}
    for ref in sorted(ends - set(ids)):
        g = gold_of[ref]
        near = _how_near(g, excerpt_of[g.excerpt], [ev for ev in timeline.events if ev.excerpt == g.excerpt])
        report.unextracted[near] += 1
        report.unextracted_kinds[g.kind.value] += 1
        if verbose:
            report.notes.append(f"not extracted {ref} ({g.kind.value}): {near}")

    def shown(refs: Sequence[str], cause: str) -> str:
        fix = CHANGES.get(cause)
        if fix is None:
            return ""
        told = []
        for ref in refs:
            p = by_id.get(ids.get(ref, ""))
            if p is not None and ref in oracle_of and fix(gold_of[ref], p, oracle_of[ref]) is not p:
                told.append(f"{ref.split(':', 1)[0]} {_value(p, cause)!r} -> {_value(fix(gold_of[ref], p, oracle_of[ref]), cause)!r}")
        return f" [{'; '.join(told)}]" if told else ""

    several = [g.pair for g in lost_links if _link_cause(g, ids, outcomes, e2e) == TOGETHER]
    several_refs = [ref for ref in lost_statuses if _status_cause(ref, ids, outcomes, wanted[ref]) == TOGETHER]
    without: dict[str, Outcome] = {}
    if several or several_refs:
        for part in PARTS:
            lists, its_ids = _changed(excerpts, extracted, gold_of, matched, oracle_of, TOGETHER, without=part)
            without[part] = _outcome(build_timeline(excerpts, lists), bodies, gold, its_ids)

    diagnosis = _Diagnosis(timeline, bodies) if lost_links else None
    for g in lost_links:
        cause = _link_cause(g, ids, outcomes, e2e)
        if cause == TOGETHER:
            cause = _needed(lambda got, pair=g.pair: pair in got.links, without)
        report.link_causes[cause] += 1
        rule = ""
        if cause != MISSING and diagnosis is not None:
            rule = diagnosis.reason(*sorted((ids[g.a], ids[g.b])), g.relation.value, e2e.relations.get(g.pair))
            if rule.endswith("kinds differ"):
                rule += " (" + "/".join(sorted(by_id[ids[r]].kind.value for r in (g.a, g.b))) + ")"
            report.rules[rule] += 1
        if verbose:
            report.notes.append(f"link {g.a} ~ {g.b} ({g.relation.value}): {cause}{shown((g.a, g.b), cause)}"
                                + (f"; end to end: {rule}" if rule else ""))
    for ref in lost_statuses:
        cause = _status_cause(ref, ids, outcomes, wanted[ref])
        if cause == TOGETHER:
            cause = _needed(lambda got, ref=ref: got.statuses.get(ref) == wanted[ref], without)
        report.status_causes[cause] += 1
        if verbose:
            report.notes.append(f"status {ref}: {e2e.statuses.get(ref) or 'none'} (gold {wanted[ref]}): {cause}"
                                f"{shown((ref,), cause)}")
    return report


def _how_near(g: GoldEvent, excerpt: Excerpt, events: Sequence[Event]) -> str:
    """How near extraction came to a gold event no extracted event matched."""
    at = anchor_span(excerpt.body, g.anchor)
    if at is None:
        return "anchor not in the body"
    holder = next((ev for ev in events if covers(ev, at)), None)
    if holder is not None:
        same = "of its kind" if g.kind_ok(holder.kind.value) else "of another kind"
        return f"an event {same} holds its anchor, matched to another gold event"
    if any(ev.evidence.start < at[1] and at[0] < ev.evidence.end for ev in events):
        return "an event overlaps its anchor, not holding it all"
    sentences = [s for p in excerpt.paragraphs for s in p.sentences]
    sent = next((s for s in sentences if s.start <= at[0] < s.end), None)
    if sent is not None and any(ev.evidence.start < sent.end and sent.start < ev.evidence.end for ev in events):
        return "another event of its sentence only"
    paragraph = next((p for p in excerpt.paragraphs if p.start <= at[0] < p.end), None)
    if paragraph is not None and paragraph.label.value != "story":
        return f"nothing in its sentence ({paragraph.label.value} paragraph)"
    return "nothing in its sentence"


def _value(ev: Event, cause: str) -> object:
    """What a change reads of an event, for a note."""
    return {"kind differs": ev.kind.value, "actor differs or missing": ev.actor,
            "date differs or undated": f"{ev.date.start}/{ev.date.end}", "count differs or missing": ev.count,
            "modality/polarity differs": f"{ev.modality.value}/{ev.polarity}",
            "objects/place read otherwise": f"{ev.objects}/{ev.place}", "evidence: the whole sentence": ev.evidence.exact,
            "quote left out": ev.quote.text if ev.quote else None}.get(cause, ev.summary)


def _needed(got_back: Callable[[Outcome], bool], without: dict[str, Outcome]) -> str:
    """"several together", named by the parts it needs: those without which (all the others made) it stays lost."""
    parts = [short for part, short in PARTS.items() if not got_back(without[part])]
    return f"{TOGETHER}: {'+'.join(parts) if parts else 'any of several'}"


def _link_cause(g: GoldLink, ids: dict[str, str], outcomes: dict[str, Outcome], e2e: Outcome) -> str:
    """The first change that brings a lost gold link back, else what is left of it."""
    if g.a not in ids or g.b not in ids or ids[g.a] == ids[g.b]:
        return MISSING
    for change in (*CHANGES, TOGETHER):
        if change != MISSING and g.pair in outcomes[change].links:
            return change
    got = e2e.relations.get(g.pair)
    return f"link found as {got}" if got else "not linked: scoring context"


def _status_cause(ref: str, ids: dict[str, str], outcomes: dict[str, Outcome], want: str) -> str:
    """The first change that brings a lost status back, else what is left of it."""
    if ref not in ids:
        return "the claim's own event not extracted"
    for change in (*CHANGES, TOGETHER):
        if outcomes[change].statuses.get(ref) == want:
            return "a counterpart not extracted" if change == MISSING else change
    return "not recovered: scoring context"


def _changed(excerpts: Sequence[Excerpt], extracted: list[list[Event]], gold_of: dict[str, GoldEvent],
             matched: dict[str, str], oracle_of: dict[str, Event], change: str,
             without: str | None = None) -> tuple[list[list[Event]], dict[str, str]]:
    """The extracted events with one change made (TOGETHER: all its PARTS but `without`), and gold ref -> event id."""
    made = {name for name in PARTS if name != without} if change == TOGETHER else {change}
    fixes = [fn for name, fn in CHANGES.items() if fn is not None and name in made]
    drop_noise = NOISE in made
    add_missing = MISSING in made
    lists: list[list[Event]] = []
    ids: dict[str, str] = {}
    for excerpt, events in zip(excerpts, extracted, strict=True):
        out = []
        for ev in events:
            ref = matched.get(ev.id)
            if ref is None:
                if not drop_noise:
                    out.append(ev)
                continue
            for fix in fixes:
                ev = fix(gold_of[ref], ev, oracle_of[ref]) if ref in oracle_of else ev
            ids[ref] = ev.id
            out.append(ev)
        if add_missing:
            for g in gold_of.values():
                if g.excerpt == excerpt.id and g.ref not in ids and g.ref in oracle_of:
                    out.append(oracle_of[g.ref])
                    ids[g.ref] = oracle_of[g.ref].id
        lists.append(out)
    return lists, ids


def bridge_corpus(corpus: Path, verbose: bool = False) -> list[str]:
    """The bridge lines of every story of a corpus (per-item notes only for development corpora)."""
    show = verbose and not is_blind(corpus)
    total = Bridge(name="all")
    lines: list[str] = []
    for folder in sorted(p.parent for p in corpus.glob("*/gold.toml")):
        story = bridge_story(folder, verbose=show)
        total.add(story)
        lines += [f"    {folder.name}: {note}" for note in story.notes]
    if verbose and not show:
        lines.append(f"{corpus.name} is blind: counts only")
    return lines + total.lines()

