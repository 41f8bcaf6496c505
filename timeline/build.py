"""Merge the events of every excerpt into the one record, in record order."""

from __future__ import annotations

from excerpt.errors import UsageError
from excerpt.models import Excerpt
from timeline.events import extract_checked
from timeline.models import Event, ExcerptRecord, Timeline

# Said in the record (and so on the page and by the checks) when relative dates cannot be resolved.
NO_ANCHOR_WARNING = "no published or as_of date: relative dates in this excerpt stay undated"


def record_of(excerpt: Excerpt, extra_warnings: list[str] | None = None) -> ExcerptRecord:
    """An excerpt's metadata as the record carries it; the run says when it has no anchor date and
    what event extraction could not read (extra_warnings)."""
    warnings = list(excerpt.warnings)
    warnings += [w for w in extra_warnings or [] if w not in warnings]
    if excerpt.anchor is None and NO_ANCHOR_WARNING not in warnings:
        warnings.append(NO_ANCHOR_WARNING)
    return ExcerptRecord(
        id=excerpt.id, path=excerpt.path, sha256=excerpt.sha256, title=excerpt.title,
        outlet=excerpt.outlet, url=excerpt.url, author=excerpt.author, published=excerpt.published,
        as_of=excerpt.as_of, extra=dict(excerpt.extra), warnings=warnings,
    )


def build_timeline(excerpts: list[Excerpt], extracted: list[list[Event]] | None = None,
                   warnings: list[list[str]] | None = None) -> Timeline:
    """The record: one ExcerptRecord per excerpt (input order), events sorted by Event.sort_key.

    extracted, when given, holds extract(excerpt) for each excerpt in the same order (computed
    elsewhere, e.g. in parallel), and warnings, if given, extract_checked's warnings in that order;
    otherwise extraction runs here and its warnings go into each ExcerptRecord.warnings.
    """
    if extracted is None:
        checked = [extract_checked(e) for e in excerpts]
        extracted = [evs for evs, _ in checked]
        warnings = [ws for _, ws in checked]
    if len(extracted) != len(excerpts):
        raise UsageError(f"{len(extracted)} event lists for {len(excerpts)} excerpts")
    if warnings is not None and len(warnings) != len(excerpts):
        raise UsageError(f"{len(warnings)} warning lists for {len(excerpts)} excerpts")
    ids = [e.id for e in excerpts]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise UsageError(f"two excerpts share an id: {', '.join(dup)}")
    events = [ev for evs in extracted for ev in evs]
    # sorted() is stable, so events with equal keys keep their text order: the record is deterministic.
    events.sort(key=Event.sort_key)
    per = warnings or [[] for _ in excerpts]
    return Timeline(excerpts=[record_of(e, w) for e, w in zip(excerpts, per, strict=True)], events=events)
