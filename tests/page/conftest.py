"""Fixtures for the page tests: the hand-made Baltic pipeline record and its rendered page."""

from __future__ import annotations

import pytest

from excerpt.models import Excerpt
from page.render import render_page
from parity.models import Parity
from tests.page import story
from timeline.models import Timeline

RECORD_HASH = "0123456789abcdef" * 4


@pytest.fixture(scope="session")
def record() -> tuple[list[Excerpt], Timeline, Parity]:
    """Excerpts, timeline and parity of the fixture story (with one hostile excerpt)."""
    return story.record()


@pytest.fixture(scope="session")
def page_html(record: tuple[list[Excerpt], Timeline, Parity]) -> str:
    """The rendered page for the fixture record."""
    return render_page(*record, RECORD_HASH)
