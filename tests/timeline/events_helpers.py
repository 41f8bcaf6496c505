"""Build Excerpt models from plain test text (the loader's structure step, no file)."""

from __future__ import annotations

import hashlib

from excerpt.models import Excerpt
from excerpt.structure import paragraphs_of


def make_excerpt(body: str, published: str = "2019-06-14", as_of: str | None = None, id: str = "t01",
                 title: str = "Test story", outlet: str = "Test Wire") -> Excerpt:
    """An excerpt as the loader would build it from this body and metadata."""
    return Excerpt(id=id, path=f"tests/{id}.txt", sha256=hashlib.sha256(body.encode()).hexdigest(),
                   title=title, outlet=outlet, published=published, as_of=as_of, body=body,
                   paragraphs=tuple(paragraphs_of(body, title=title)))


def find_event(events, words: str, kind: str):
    """The first event of that kind whose evidence holds the words (the assertion lists what was found)."""
    hits = [e for e in events if words in e.evidence.exact and e.kind.value == kind]
    assert hits, [(e.kind.value, e.evidence.exact) for e in events]
    return hits[0]


def holding(events, kind: str, text: str, anchor: str) -> list:
    """The events of that kind whose evidence holds the anchor's place in text (the test fails when none does)."""
    start = text.index(anchor)
    held = [e for e in events if e.kind.value == kind and e.evidence.start <= start and start + len(anchor) <= e.evidence.end]
    assert held, f"no {kind} holds {anchor!r}: {[(e.kind.value, e.evidence.exact) for e in events]}"
    return held
