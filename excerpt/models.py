"""pydantic models of a loaded excerpt: metadata, body, paragraphs and sentences as spans."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Label(str, Enum):
    """What a paragraph is: the story, or one kind of line that is not the story."""

    story = "story"
    headline = "headline"  # the excerpt's own headline, first line of the body
    photo_caption = "photo_caption"
    photo_credit = "photo_credit"
    related_link = "related_link"
    pasted_headline = "pasted_headline"  # the headline of another story pasted into the body
    author_bio = "author_bio"
    sources_list = "sources_list"
    other_news = "other_news"
    boilerplate = "boilerplate"  # navigation, share bars, "keep up with this story", ...


class Span(BaseModel):
    """A half-open character range [start, end) into an excerpt body."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Paragraph(Span):
    """A paragraph of the body, its label with the reason, and its sentences."""

    label: Label = Label.story
    reason: str = ""
    sentences: tuple[Span, ...] = ()


class Excerpt(BaseModel):
    """One saved excerpt: metadata, the body exactly as saved (less a BOM), and its structure."""

    model_config = ConfigDict(frozen=True)
    id: str
    path: str
    sha256: str
    format: str = "txt"  # txt | html
    title: str
    outlet: str
    url: str | None = None
    author: str | None = None
    published: str = ""  # YYYY-MM-DD, YYYY-MM, YYYY or "" when unknown
    as_of: str | None = None
    notes: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    body: str
    body_line: int = 0  # lines of the file before the body (front matter), for line:column
    paragraphs: tuple[Paragraph, ...] = ()

    @model_validator(mode="after")
    def _spans_inside(self) -> Excerpt:
        n = len(self.body)
        for p in self.paragraphs:
            if p.end > n:
                raise ValueError(f"paragraph {p.start}-{p.end} beyond body length {n}")
            for s in p.sentences:
                if s.start < p.start or s.end > p.end:
                    raise ValueError(f"sentence {s.start}-{s.end} outside its paragraph")
        for key in ("published", "as_of"):
            value = getattr(self, key)
            if value and not DATE_RE.match(value):
                raise ValueError(f"{key} {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        return self

    @property
    def anchor(self) -> tuple[str, str] | None:
        """The day relative dates resolve against, and which key gave it; None when unknown."""
        if self.as_of:
            return self.as_of, "as_of"
        if self.published:
            return self.published, "published"
        return None

    def story_paragraphs(self) -> list[Paragraph]:
        """Paragraphs later stages read: the story only."""
        return [p for p in self.paragraphs if p.label == Label.story]

    def text(self, span: Span) -> str:
        """The exact body text of a span."""
        return self.body[span.start : span.end]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a body offset, counted in the file (front matter included)."""
        before = self.body[:offset]
        line = before.count("\n") + 1 + self.body_line
        col = offset - (before.rfind("\n") + 1) + 1
        return line, col
