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
