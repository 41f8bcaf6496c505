"""The page's context: the record and parity turned into plain objects the templates only print."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from enum import Enum
from functools import partial
from typing import TypeVar
from urllib.parse import urlsplit

from excerpt.models import Excerpt
from page import topics, wording
from page.gcpause import gc_paused
from page.passages import numbers, passages
from page.said import Said, Sentences
from page.views import (
    BriefList,
    Cell,
    ClaimView,
    Column,
    Copies,
    DayGroup,
    EventView,
    Flag,
    Glance,
    LinkLine,
    Matrix,
    Mention,
    PageContext,
    Ref,
    Row,
    SourceClaims,
    SourceView,
    TextView,
    WaitingConflict,
)
from parity.models import Claim, ClaimLink, Parity, Relation, Status
from timeline.models import Event, Kind, Modality, Timeline

T = TypeVar("T")

TEXTS_OPEN_MAX = 5  # up to this many sources, texts start open; beyond, collapsed and laid out lazily
DAY_INDEX_MIN = 10  # from this many day groups on, the timeline opens with a list of its days
MATRIX_FULL_MAX = 40  # beyond this many sources the page is "crowded"
# A crowded page (1,000 sources) must stay small enough to open: the matrix lists only the sources that
# carry a row, and only rows carried by two or more; events count the other sources instead of linking
# each; claims spell out one disagreement each. What is left out is counted ("and 3 more").
CROWDED_LINES_SHOWN = 1
NAMES_SHOWN = 3  # outlets named in a badge or an "also in" line before "and N more"
LINES_SHOWN = 3  # differing claims spelt out under a claim before "and N more"
WAITING_SHOWN = 10  # conflicts waiting for a verdict listed at the top of the page before "and N more"
# On a crowded page these claims are listed by number under their status, not spelt out one line each, and
# the timeline's badge for them is this bare label: who else carries them is in the matrix and source cards.
BRIEF_STATUSES: tuple[tuple[str, str], ...] = (
    (Status.later_development.value, "later development"),
    (Status.echo.value, "echo of one wire story"),
    (Status.single_source.value, "only here"),
)
BRIEF = dict(BRIEF_STATUSES)
LINKABLE_SCHEMES = ("http", "https")  # other schemes (javascript:, data:) are shown, never linked


# Short words for matrix cells and the legend, per claim status.
CELL_WORDS: dict[str, str] = {
    Status.corroborated.value: "agrees",
    Status.conflicting.value: "differs",
    Status.later_development.value: "later",
    Status.single_source.value: "only here",
    Status.echo.value: "echo",
    topics.TOPIC_STATE: topics.TOPIC_CELL_WORDS[""],
    "absent": "\u2014",
}
STATUS_MEANINGS: tuple[tuple[str, str], ...] = (  # the matrix legend
    ("corroborated", "another independent source says the same"),
    ("conflicting", "another source says otherwise on some point"),
    ("later_development", "another source, written later, reports what followed"),
    ("single_source", "no other source mentions it"),
    ("echo", "only sources sharing one origin carry it: one witness"),
    (topics.TOPIC_STATE, topics.TOPIC_MEANING),
    ("absent", "the source does not mention it"),
)


def _flags(e: Excerpt) -> tuple[Flag, ...]:
    flags = []
    if not e.published and not e.as_of:
        flags.append(Flag("missing", "no date: relative dates in this text cannot be placed"))
    elif not e.published:
        flags.append(Flag("missing", "no publication date; written-on date given"))
    if e.as_of and e.published and e.as_of != e.published:
        flags.append(Flag("republished",
                          f"republication: page dated {e.published}, text written {e.as_of}"))
    anchor_day = e.anchor[0] if e.anchor else ""
    precision = {7: "month", 4: "year"}
    if len(anchor_day) in precision:
        unit = precision[len(anchor_day)]
        flags.append(Flag(unit, f"{unit}-only date: its relative dates are intervals"))
    elif len(e.published) in precision:
        unit = precision[len(e.published)]
        flags.append(Flag(unit, f"page dated by {unit} only ({e.published}); "
                                "relative dates count from the written-on day"))
    return tuple(flags)


def web_address(url: str | None) -> str | None:
    """The URL when it is an http(s) address the page may link to; None otherwise."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in LINKABLE_SCHEMES else None


class _Record:
    """Lookups shared by the builders: events, claims and sources by id."""

    def __init__(self, excerpts: Sequence[Excerpt], timeline: Timeline, parity: Parity) -> None:
        self.excerpts = sorted(excerpts, key=lambda e: e.id)
        self.crowded = len(self.excerpts) > MATRIX_FULL_MAX
        self.by_id = {e.id: e for e in self.excerpts}
        # Record order as record-format.md defines it, even if a caller passes events unsorted.
        self.events = sorted(timeline.events, key=Event.sort_key)
        self.event_by_id = {e.id: e for e in self.events}
        self.claims = {c.event: c for c in parity.claims}
        self.written = topics.Written(self.excerpts)
        self.origins_of_event: dict[str, list[str]] = defaultdict(list)
        self.origins_of_source: dict[str, set[str]] = defaultdict(set)
        self.origin_basis: dict[tuple[str, str], str] = {}  # (source, origin) -> why the source is in it
        for o in parity.origins:
            for eid in o.events:
                self.origins_of_event[eid].append(o.name)
                ev = self.event_by_id.get(eid)
                if ev is not None:
                    self.origins_of_source[ev.excerpt].add(o.name)
            for xid in o.excerpts:
                self.origins_of_source[xid].add(o.name)
                if told := _basis_naming(o.basis, xid):
                    self.origin_basis[(xid, o.name)] = told
        self.of_source: dict[str, list[Event]] = defaultdict(list)
        for ev in self.events:
            self.of_source[ev.excerpt].append(ev)
        self.numbers: dict[str, int] = {}
        for evs in self.of_source.values():
            self.numbers.update(numbers(evs))
        # Every event's anchor is printed several times (its item, its pin, links to it): made once.
        self.anchors = {ev.id: wording.anchor("ev-", ev.id) for ev in self.events}
        # Badges and date labels are shown on the timeline and again under claims: worked out once.
        self._badges: dict[str, str] = {}
        self._dates: dict[tuple, str] = {}
        self._source_hrefs: dict[str, str] = {}
        self._sources: dict[str, tuple[str, str]] = {}
        self._sentences: dict[str, Sentences] = {}

    def said(self, ev: Event) -> Said | None:
        """The sentence the event was read from, evidence marked (None on a crowded page)."""
        if self.crowded:
            return None
        sentences = self._sentences.get(ev.excerpt)
        if sentences is None:
            x = self.by_id.get(ev.excerpt)
            if x is None:
                return None
            sentences = self._sentences[ev.excerpt] = Sentences(x)
        return sentences.said(ev.evidence.start, ev.evidence.end)

    def outlet(self, excerpt_id: str) -> str:
        x = self.by_id.get(excerpt_id)
        return x.outlet if x else excerpt_id

    def source(self, excerpt_id: str) -> tuple[str, str]:
        """A source's outlet and the link to its card, worked out once per source."""
        found = self._sources.get(excerpt_id)
        if found is None:
            found = self._sources[excerpt_id] = (self.outlet(excerpt_id), self.source_href(excerpt_id))
        return found

    def anchor(self, event_id: str) -> str:
        """The id of an event's item on the timeline (ev-<id>)."""
        found = self.anchors.get(event_id)
        return found if found is not None else wording.anchor("ev-", event_id)

    def source_href(self, excerpt_id: str) -> str:
        """The link to a source's card (#src-<id>)."""
        href = self._source_hrefs.get(excerpt_id)
        if href is None:
            href = self._source_hrefs[excerpt_id] = "#" + wording.anchor("src-", excerpt_id)
        return href

    def ref(self, event_id: str, excerpt_id: str, dated: bool = False) -> Ref:
        """A link to an event of another source (dated: with the day its source was written)."""
        return Ref(event=event_id, href="#" + self.anchor(event_id), outlet=self.outlet(excerpt_id),
                   excerpt=excerpt_id, day=self.written.label(excerpt_id) if dated else "")

    def date_label(self, ev: Event) -> str:
        """The event's date as the page shows it, worked out once per interval."""
        d = ev.date
        key = (d.start, d.end) if d.dated else None
        label = self._dates.get(key)
        if label is None:
            label = self._dates[key] = _date_label(ev)
        return label

    def status_text(self, claim: Claim | None) -> str:
        """The badge: 'confirmed by X', 'contradicted by Y', 'only here', ..."""
        if claim is None:
            return ""
        badge = self._badges.get(claim.event)
        if badge is None:
            badge = self._badges[claim.event] = self._status_text(claim)
        return badge

    def _status_text(self, claim: Claim) -> str:

        def names(keep: Callable[[ClaimLink], bool]) -> list[str]:
            # Links to the same event outweigh links to the same topic when both are there.
            chosen = [lk for lk in claim.links if keep(lk)]
            same = [lk for lk in chosen if lk.relation == Relation.same_event] or chosen
            return sorted({self.outlet(lk.excerpt) for lk in same})

        def every() -> list[str]:
            # Read only where a badge falls back to it: each reading is a pass over the claim's links, which
            # grow with the sources.
            return names(lambda lk: True)

        if claim.status == Status.corroborated:
            # Only independent sources confirm; a copy of the same wire story is not a second witness.
            agreeing = names(lambda lk: lk.agrees and lk.independent) or names(lambda lk: lk.agrees) or every()
            return f"confirmed by {wording.outlet_list(agreeing, NAMES_SHOWN)}"
        if claim.status == Status.conflicting:
            # A copy of its own origin that differs is a copying slip (parity/status.py): the independent sources
            # that disagree are the conflict an editor weighs.
            against = names(lambda lk: not lk.agrees and lk.independent) or names(lambda lk: not lk.agrees) or every()
            return f"contradicted by {wording.outlet_list(against, NAMES_SHOWN)}"
        if claim.status == Status.later_development:
            later = every()
            return f"later development in {wording.outlet_list(later, NAMES_SHOWN)}" if later else "later development"
        if claim.status == Status.echo:
            origins = self.origins_of_event.get(claim.event)
            # An origin named by its copies ("copied text: 00012, 00345, ...") is cut like any list.
            names = [wording.clip_list(o, NAMES_SHOWN) for o in sorted(set(origins))] if origins else []
            via = f" ({wording.outlet_list(names, NAMES_SHOWN)})" if names else ""
            return f"echo of one wire story{via}"
        earlier = topics.earlier_links(claim, self.written)
        if earlier:
            # Nothing else tells this event, but it did not start here: the earlier sources are named.
            told = wording.outlet_list([self.outlet(lk.excerpt) for lk in earlier], NAMES_SHOWN)
            return f"only here; earlier on this topic in {told}"
        return "only here"


def _flat(text: str) -> str:
    return " ".join(text.casefold().split())


def _date_label(ev: Event) -> str:
    return wording.span_label(ev.date.start, ev.date.end) if ev.date.dated else "Undated"


def _badge(rec: _Record, claim: Claim | None) -> str:
    """The timeline's badge: in full, or on a crowded page the bare label of a plain status."""
    if rec.crowded and claim is not None:
        status = VALUES[claim.status]
        if status in BRIEF:
            # Most events of a crowded page are single-source: the timeline's note says no badge means that.
            return "" if status == SINGLE_SOURCE else BRIEF[status]
    return rec.status_text(claim)


# Enum members' values by member: Enum.value is a Python descriptor, called per event and per link.
VALUES: dict[Enum, str] = {m: m.value for enum in (Kind, Modality, Status, Relation) for m in enum}
SINGLE_SOURCE = Status.single_source.value


def _quote_shown(quote: str, summary: str, said: Said | None = None) -> str:
    """The quote, or "" when the summary or the sentence shown already carries it word for word."""
    # A quote found as written is found flattened too (casefold and whitespace runs keep substrings):
    # two thirds of the quotes are, and skip the flattening.
    if quote and (quote in summary or _flat(quote) in _flat(summary)):
        return ""
    if quote and said is not None and _flat(quote) in _flat(said.text):
        return ""
    return quote


def _event_view(rec: _Record, ev: Event) -> EventView:
    eid = ev.id
    claim = rec.claims.get(eid)
    date = ev.date
    rel = date.relative_to or ""
    rel_href = ""
    if rel.startswith("event:"):
        rel_href = "#" + rec.anchor(rel.removeprefix("event:"))
        rel_text = "the event before it in the text"
    else:
        rel_text = wording.RELATIVE_TO_LABELS.get(rel, rel)
    # Who else reports it: one per other source (the reader wants who, not every mention). A crowded
    # page only counts them; else the first few are named.
    also: list[Ref] = []
    others = 0
    earlier: list[Ref] = []
    earlier_all = 0
    if claim is not None and not rec.crowded:
        before = topics.earlier_links(claim, rec.written)
        earlier = [rec.ref(lk.event, lk.excerpt, dated=True) for lk in before[:NAMES_SHOWN]]
        earlier_all = len(before)
    if claim is not None:
        same_event = Relation.same_event
        if rec.crowded:
            others = len({lk.excerpt for lk in claim.links if lk.relation == same_event})
        else:
            seen: set[str] = set()
            for lk in claim.links:
                if lk.relation == same_event and lk.excerpt not in seen:
                    seen.add(lk.excerpt)
                    if len(also) < NAMES_SHOWN:
                        also.append(rec.ref(lk.event, lk.excerpt))
            others = len(seen)
    q = ev.quote
    said = rec.said(ev)
    kind, modality = VALUES[ev.kind], VALUES[ev.modality]
    own = rec.anchor(eid)
    outlet, source_href = rec.source(ev.excerpt)
    return EventView(
        id=eid, anchor=own, src_href="#" + own + "-src",
        number=rec.numbers.get(eid, 0), kind=kind,
        kind_label=wording.KIND_LABELS.get(kind, kind),
        modality=modality, modality_label=wording.MODALITY_LABELS.get(modality, ""),
        actor=ev.actor or "", actor_role=ev.actor_role or "", participants=tuple(ev.participants),
        summary=ev.summary, quote=_quote_shown(q.text, ev.summary, said) if q else "", said=said,
        quote_direct=bool(q and q.direct), via=ev.via or "",
        excerpt=ev.excerpt, outlet=outlet, source_href=source_href,
        date_label=rec.date_label(ev), phrase=date.phrase or "", basis=date.basis,
        relative_to=rel_text, relative_href=rel_href,
        status=VALUES[claim.status] if claim else "", status_text=_badge(rec, claim),
        also=tuple(also), also_more=others if rec.crowded else max(0, others - NAMES_SHOWN),
        earlier=tuple(earlier), earlier_more=earlier_all - len(earlier),
    )


def _day_views(rec: _Record, events: list[Event]) -> list[EventView]:
    return [_event_view(rec, ev) for ev in events]


def _day(rec: _Record, lazy: bool, anchor: str, label: str, interval: bool, events: list[Event]) -> DayGroup:
    if lazy:
        return DayGroup(anchor=anchor, label=label, interval=interval,
                        events=Lazy(partial(map, partial(_event_view, rec), events), len(events)),
                        copies=Lazy(lambda: _copies(rec, _day_views(rec, events))))
    views = _day_views(rec, events)
    return DayGroup(anchor=anchor, label=label, interval=interval, events=tuple(views), copies=_copies(rec, views))


def _days(rec: _Record, lazy: bool = False) -> tuple[tuple[DayGroup, ...], DayGroup | None]:
    groups: dict[tuple[date, date], list[Event]] = {}
    undated: list[Event] = []
    for ev in rec.events:
        d = ev.date
        if d.dated:
            groups.setdefault((d.start, d.end), []).append(ev)
        else:
            undated.append(ev)
    days = []
    for (start, end), events in groups.items():
        name = f"day-{start.isoformat()}" if start == end else f"span-{start.isoformat()}-{end.isoformat()}"
        days.append(_day(rec, lazy, name, wording.heading_label(start, end), start != end, events))
    return tuple(days), (_day(rec, lazy, "undated", "Undated", False, undated) if undated else None)


def _shared(v: EventView) -> tuple:
    """What look-alike events of one day show once: all but the source, passage and date reasoning."""
    return (v.summary, v.kind, v.modality, v.actor, v.actor_role, v.participants, v.quote, v.quote_direct,
            v.via, v.status, v.status_text, v.also_more)


def _copies(rec: _Record, views: list[EventView]) -> tuple[Copies, ...]:
    """A crowded day's events with look-alikes gathered, in the order each first appears."""
    if not rec.crowded:
        return ()
    gathered: dict[tuple, list[EventView]] = {}
    for v in views:
        gathered.setdefault(_shared(v), []).append(v)
    return tuple(Copies(first=vs[0], events=tuple(vs)) for vs in gathered.values())


def _verdict_text(claim: Claim) -> str:
    v = claim.verdict
    if v is None:
        return ""
    text = v.decision.value.replace("_", " ")
    return f"{text}: {v.note}" if v.note else text


def _claims(rec: _Record, lazy: bool = False) -> Sequence[SourceClaims]:
    # A source has a claims section when any of its events has a claim (spelt out, or listed by number).
    with_claims = [x for x in rec.excerpts if any(ev.id in rec.claims for ev in rec.of_source.get(x.id, ()))]
    return _part(lazy, partial(map, partial(_source_claims, rec), with_claims), len(with_claims))


def _source_claims(rec: _Record, x: Excerpt) -> SourceClaims:
    views = []
    brief: dict[str, list[Mention]] = {}
    shown = CROWDED_LINES_SHOWN if rec.crowded else LINES_SHOWN
    for ev in rec.of_source.get(x.id, []):
        claim = rec.claims.get(ev.id)
        if claim is None:
            continue
        status = VALUES[claim.status]
        if rec.crowded and status in BRIEF and claim.verdict is None:
            # The summary, badge and date are on the timeline already; a number links there.
            brief.setdefault(status, []).append(Mention(number=rec.numbers.get(ev.id, 0), href="#" + rec.anchor(ev.id)))
            continue
        # Agreement is in the badge; what an editor must read is each disagreement and how.
        if rec.crowded:
            notable = [lk for lk in claim.links if not lk.agrees]
        else:
            notable = [lk for lk in claim.links
                       if not lk.agrees or (lk.differences and lk.relation == Relation.same_event)]
        # Only the first few are shown: a conflicting claim's disagreeing links grow with the sources (15x
        # the time for 10x the excerpts when all were sorted); nsmallest is sorted(...)[:shown], ties kept in order.
        first = heapq.nsmallest(shown, notable, key=lambda lk: (lk.agrees, rec.outlet(lk.excerpt), lk.event))
        # Agreeing same_topic links are spelt out apart (their own few lines): which source told of the subject
        # before or after this one; a crowded page leaves them to the badge.
        topical = [] if rec.crowded else topics.topic_lines(claim, rec.written)
        links = tuple(_link_line(rec, claim, lk) for lk in first + topical[:shown])
        views.append(ClaimView(event=ev.id, href="#" + rec.anchor(ev.id), summary=ev.summary,
                               date_label=rec.date_label(ev), status=status, badge=rec.status_text(claim), links=links,
                               links_more=max(0, len(notable) - shown) + max(0, len(topical) - shown),
                               verdict=_verdict_text(claim)))
    lists = tuple(BriefList(status=st, label=label, events=tuple(sorted(brief[st], key=lambda m: m.number)))
                  for st, label in BRIEF_STATUSES if st in brief)
    return SourceClaims(source=x.id, outlet=x.outlet, anchor=wording.anchor("claims-", x.id), claims=tuple(views),
                        brief=lists)


def _link_line(rec: _Record, claim: Claim, lk: ClaimLink) -> LinkLine:
    topic = lk.relation == Relation.same_topic
    return LinkLine(ref=rec.ref(lk.event, lk.excerpt, dated=topic), agrees=lk.agrees, independent=lk.independent,
                    relation=VALUES[lk.relation].replace("_", " "),
                    differences=tuple(wording.difference_text(d.attribute, d.here, d.there) for d in lk.differences),
                    when=rec.written.order(claim.excerpt, lk.excerpt) if topic else "")


def _clusters(rec: _Record) -> list[list[Event]]:
    """Events linked as the same event, grouped (union-find), in record order of their first event."""
    parent = {ev.id: ev.id for ev in rec.events}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    same_event = Relation.same_event
    for here, claim in rec.claims.items():
        if here not in parent:
            continue
        ra = find(here)  # kept current below: a union makes the smaller root the root of both
        for lk in claim.links:
            if lk.relation == same_event and lk.event in parent:
                rb = find(lk.event)
                if ra != rb:
                    if ra < rb:
                        parent[rb] = ra
                    else:
                        parent[ra] = rb
                        ra = rb
    groups: dict[str, list[Event]] = {}
    for ev in rec.events:
        root = parent[ev.id]
        if parent[root] != root:  # most events are their own root, or one step from it
            root = find(root)
        groups.setdefault(root, []).append(ev)
    return list(groups.values())


# The most telling status wins when a source has several events in one row.
CELL_ORDER = {s: i for i, s in enumerate(("conflicting", "corroborated", "later_development", "echo", "single_source"))}


def _cell(rec: _Record, evs: list[Event]) -> Cell:
    states = [VALUES[rec.claims[e.id].status] if e.id in rec.claims else "single_source" for e in evs]
    state = min(states, key=CELL_ORDER.__getitem__)
    chosen = evs[states.index(state)]
    return Cell(state=state, text=CELL_WORDS[state], href="#" + rec.anchor(chosen.id))


def _topic_cell(rec: _Record, event_id: str, order: str) -> Cell:
    return Cell(state=topics.TOPIC_STATE, text=topics.TOPIC_CELL_WORDS[order], href="#" + rec.anchor(event_id))


def _rows(rec: _Record, columns: tuple[Column, ...]) -> Iterator[Row]:
    compact = rec.crowded
    position = {c.id: i for i, c in enumerate(columns)}
    for cluster in _clusters(rec):
        if compact and len(cluster) < 2:
            continue  # one event, so one source: its claims list says "only here"
        per_source: dict[str, list[Event]] = defaultdict(list)
        for ev in cluster:
            per_source[ev.excerpt].append(ev)
        if compact and len(per_source) < 2:
            continue  # one source only: its claims list says "only here"
        if compact:
            present = sorted((xid for xid in per_source if xid in position), key=position.__getitem__)
            cells = tuple(_cell(rec, per_source[xid]) for xid in present)
        else:
            # A source that tells of the row's subject at another time (same_topic) is shown apart from one
            # that does not mention it at all.
            topical = topics.topic_cells([rec.claims.get(ev.id) for ev in cluster], per_source, rec.written)
            cells = tuple(_cell(rec, per_source[c.id]) if c.id in per_source
                          else _topic_cell(rec, *topical[c.id]) if c.id in topical
                          else Cell("absent", CELL_WORDS["absent"]) for c in columns)
        first = cluster[0]
        yield Row(label=first.summary, date_label=rec.date_label(first), href="#" + rec.anchor(first.id),
                  cells=cells, sources=len(per_source))


def _matrix(rec: _Record, lazy: bool = False) -> Matrix:
    columns = tuple(Column(id=x.id, outlet=x.outlet, href=rec.source_href(x.id)) for x in rec.excerpts)
    return Matrix(columns=columns, rows=_part(lazy, partial(_rows, rec, columns)), compact=rec.crowded)


def _stale(parity: Parity) -> tuple[str, ...]:
    """Editor's verdicts whose events are no longer on the record, named as verdicts.toml has them."""
    out = []
    for v in parity.stale_verdicts:
        pair = f"{v.here} / {v.there}" if v.there else v.here
        where = f" (verdicts.toml line {v.line})" if v.line else ""
        out.append(f"{pair}: {v.decision.value.replace('_', ' ')}{where}")
    return tuple(out)


def _glance(rec: _Record, parity: Parity) -> Glance:
    pairs: set[tuple[str, str]] = set()
    waiting: set[tuple[str, str]] = set()
    listed: list[tuple[Claim, ClaimLink]] = []  # each waiting pair once, from the claim the record holds first
    for c in parity.claims:
        if c.status != Status.conflicting:
            continue
        for lk in c.links:
            if lk.agrees or not lk.independent:  # a copy's slip is no conflict between witnesses (parity/status.py)
                continue
            pair = (min(c.event, lk.event), max(c.event, lk.event))
            pairs.add(pair)
            other = rec.claims.get(lk.event)
            # A conflict waits for the editor until either of its two claims carries a verdict.
            if c.verdict is None and (other is None or other.verdict is None) and pair not in waiting:
                waiting.add(pair)
                if len(listed) < WAITING_SHOWN:
                    listed.append((c, lk))
    dated = [e for e in rec.events if e.date.dated]
    span = ""
    if dated:
        span = wording.range_label(min(e.date.start for e in dated), max(e.date.end for e in dated))
    return Glance(sources=len(rec.excerpts), events=len(rec.events), undated=len(rec.events) - len(dated),
                  conflicts=len(pairs), conflicts_waiting=len(waiting),
                  single_source=sum(c.status == Status.single_source for c in parity.claims), span=span,
                  waiting=tuple(_waiting(rec, c, lk) for c, lk in listed),
                  waiting_more=len(waiting) - len(listed))


def _waiting(rec: _Record, claim: Claim, lk: ClaimLink) -> WaitingConflict:
    """A conflict waiting for a verdict as the glance lists it: the claim, the source it differs from, and how."""
    ev, other = rec.event_by_id.get(claim.event), rec.event_by_id.get(lk.event)
    return WaitingConflict(here=rec.ref(claim.event, claim.excerpt), summary=ev.summary if ev else claim.event,
                           there=rec.ref(lk.event, lk.excerpt),
                           differences=tuple(wording.difference_text(d.attribute, d.here, d.there)
                                             for d in lk.differences),
                           there_summary=other.summary if other else lk.event,
                           here_said=rec.said(ev) if ev else None, there_said=rec.said(other) if other else None)


ATTRIBUTED_ONLY = "the source of some claims here, not of the whole text"


def _basis_naming(basis: str, xid: str) -> str:
    """The parts of an origin group's basis that name this source (its credit line, its copied pairs with the text
    they share), the first few: why an editor should take it and the others as one witness."""
    if basis.startswith("attribution"):
        # An attribution names claims, not the source (shown on the claims): said so on the card, where "Origin group:
        # TASS" alone read as the whole text being TASS's copy (session 26, the sample page's Newsweek card).
        return ATTRIBUTED_ONLY
    # Each part opens with the ids it names: "x credited to Reuters", "near-duplicate text x~y: ...".
    parts = [p for p in basis.split("; ") if xid in p.split(": ", 1)[0].replace("~", " ").split(" ")]
    more = f"; and {len(parts) - NAMES_SHOWN} more" if len(parts) > NAMES_SHOWN + 1 else ""
    return "; ".join(parts[:NAMES_SHOWN] if more else parts) + more


def _origins_told(rec: _Record, xid: str) -> tuple[str, ...]:
    """A source's origin groups, each named (a long list of copies cut) with why the source is in it."""
    out = []
    for name in sorted(rec.origins_of_source.get(xid, ())):
        told = rec.origin_basis.get((xid, name))
        shown = wording.clip_list(name, NAMES_SHOWN)
        out.append(f"{shown} ({told})" if told else shown)
    return tuple(out)


def _sources(rec: _Record) -> tuple[SourceView, ...]:
    # Only a source with claims has a claims section to link to.
    with_claims = {ev.excerpt for ev in rec.events if ev.id in rec.claims}
    return tuple(
        SourceView(
            id=x.id, anchor=wording.anchor("src-", x.id), outlet=x.outlet, title=x.title,
            url=web_address(x.url), url_text=x.url or "", published=x.published, as_of=x.as_of or "",
            author=x.author or "", warnings=tuple(x.warnings), flags=_flags(x),
            origins=_origins_told(rec, x.id), events=len(rec.of_source.get(x.id, [])),
            claims_anchor=wording.anchor("claims-", x.id) if x.id in with_claims else "", text_anchor=wording.anchor("text-", x.id),
            extra=tuple(sorted((str(k), str(v)) for k, v in x.extra.items())),
        )
        for x in rec.excerpts
    )


class Lazy(Sequence[T]):
    """A part of the context made each time the page reads it, and let go after: the page reads each part once."""

    # The views of events, claims, rows and texts at 10,000 excerpts are hundreds of megabytes if made all
    # at once; made as the page is written, only one day's, source's or text's are alive at a time.

    def __init__(self, make: Callable[[], Iterable[T]], length: int | None = None) -> None:
        self._make = make
        self._length = length

    def __iter__(self) -> Iterator[T]:
        return iter(self._make())

    def __len__(self) -> int:
        return self._length if self._length is not None else sum(1 for _ in self._make())

    def __getitem__(self, i):  # noqa: ANN001, ANN204 - an index or a slice, as for a tuple
        return tuple(self._make())[i]


def _text(rec: _Record, x: Excerpt) -> TextView:
    return TextView(id=x.id, anchor=wording.anchor("text-", x.id), outlet=x.outlet, title=x.title,
                    open=len(rec.excerpts) <= TEXTS_OPEN_MAX,
                    paragraphs=passages(x, rec.of_source.get(x.id, []), rec.numbers, rec.anchors),
                    card_href="#" + wording.anchor("src-", x.id))


def _part(lazy: bool, make: Callable[[], Iterable[T]], length: int | None = None) -> Sequence[T]:
    """A part of the context: made as the page reads it (lazy), else a tuple now."""
    return Lazy(make, length) if lazy else tuple(make())


@gc_paused
def build_context(excerpts: Sequence[Excerpt], timeline: Timeline, parity: Parity, lazy: bool = False) -> PageContext:
    """Turn excerpts, the timeline and parity into the page's plain objects (lazy: texts made as the page is written)."""
    rec = _Record(excerpts, timeline, parity)
    days, undated = _days(rec, lazy)
    glance = _glance(rec, parity)
    n = glance.sources
    title = f"Timeline and parity: {n} source{'s' if n != 1 else ''}"
    if glance.span:
        title += f", {glance.span}"
    return PageContext(title=title, glance=glance, sources=_sources(rec), days=days, undated=undated,
                       claims=_claims(rec, lazy), matrix=_matrix(rec, lazy),
                       texts=_part(lazy, partial(map, partial(_text, rec), rec.excerpts), len(rec.excerpts)),
                       statuses=tuple((s, CELL_WORDS[s], m) for s, m in STATUS_MEANINGS),
                       large=n > TEXTS_OPEN_MAX, day_index=len(days) + bool(undated) >= DAY_INDEX_MIN,
                       stale_verdicts=_stale(parity), crowded=rec.crowded)
