"""Render the page (out/index.html) from its context with jinja2: autoescaped, strict, self-contained."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from excerpt.models import Excerpt
from page import fragments
from page.context import PageContext, build_context
from page.gcpause import gc_paused
from parity.forked import start
from parity.models import Parity
from timeline.models import Timeline

CHUNK = 1 << 20  # characters of the page gathered before they are encoded and written
# base.html is these two templates one after the other (the glance, sources and timeline; then claims, matrix,
# texts): about half the page's time each at 1,000 excerpts, so two processes can write one each.
PARTS = ("_page_top.html", "_page_rest.html")

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "page.css"  # inlined in <style>; its hash is the only style the CSP allows

# The page may fetch nothing: no scripts, images, fonts, frames, forms or connections.
CSP_TEMPLATE = (
    "default-src 'none'; style-src '{style_hash}'; script-src 'none'; img-src 'none'; font-src 'none'; "
    "connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; "
    "base-uri 'none'"
)


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The jinja2 environment: autoescape on, undefined names are errors."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # The most repeated pieces, made in Python with every input value escaped (page/fragments.py says why).
    # Filters, not globals: jinja calls a filter directly, a global through its runtime's call() (checks per call).
    env.filters.update(source_card=fragments.source_card, day_links=fragments.day_links, day_head=fragments.day_head,
                       event_item=fragments.event, look_alikes=fragments.copies, text_section=fragments.text_section,
                       claims_head=fragments.claims_head, claim_item=fragments.claim, brief_line=fragments.brief,
                       matrix_row=fragments.matrix_row, matrix_item=fragments.matrix_item)
    return env


@lru_cache(maxsize=1)
def stylesheet() -> tuple[str, str]:
    """The page's CSS and its CSP source expression ('sha256-...')."""
    css = (TEMPLATES / STYLESHEET).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return css, f"sha256-{digest}"


def _pieces(page: PageContext, record_hash: str, template: str = "base.html") -> Iterator[str]:
    css, style_hash = stylesheet()
    return environment().get_template(template).generate(
        page=page,
        record_hash=record_hash,
        # The stylesheet is the project's own file, never input: marking it safe keeps '>' selectors intact.
        css=Markup(css),
        csp=CSP_TEMPLATE.format(style_hash=style_hash),
    )


@gc_paused
def render_context(page: PageContext, record_hash: str) -> str:
    """The page's HTML for a built context."""
    return "".join(_pieces(page, record_hash))


@gc_paused
def render_page(excerpts: Sequence[Excerpt], timeline: Timeline, parity: Parity, record_hash: str) -> str:
    """out/index.html for the excerpts, their timeline and parity; the same record gives the same bytes."""
    return render_context(build_context(excerpts, timeline, parity), record_hash)


@gc_paused
def write_page(write: Callable[[bytes], object], excerpts: Sequence[Excerpt], timeline: Timeline, parity: Parity,
               record_hash: str, spill: Path | None = None) -> None:
    """render_page's bytes (UTF-8), written piece by piece as jinja makes them; with spill (a file path
    free to use), a forked helper writes the page's second part (PARTS) there while this process writes the first."""
    # The page (hundreds of megabytes at 10,000 excerpts) is never whole in memory, as text or as bytes.
    page = build_context(excerpts, timeline, parity, lazy=True)
    # The context's lazy parts are made again in the helper, from what was built before it forked.
    helper = start(partial(_write_file, spill, page, record_hash, PARTS[1])) if spill is not None else None
    if helper is None:
        _write_pieces(write, _pieces(page, record_hash))
        return
    try:
        _write_pieces(write, _pieces(page, record_hash, PARTS[0]))
    finally:
        done, _ = helper.result()
    try:
        if done:
            with open(spill, "rb") as fh:
                for chunk in iter(partial(fh.read, CHUNK), b""):
                    write(chunk)
        else:  # the helper failed: its part is written here
            _write_pieces(write, _pieces(page, record_hash, PARTS[1]))
    finally:
        spill.unlink(missing_ok=True)


def _write_pieces(write: Callable[[bytes], object], pieces: Iterator[str]) -> None:
    """Pieces gathered up to CHUNK characters (one fragment can be a whole day or text), encoded and written."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= CHUNK:
            write("".join(batch).encode("utf-8"))
            batch, size = [], 0
    write("".join(batch).encode("utf-8"))


def _write_file(path: Path, page: PageContext, record_hash: str, template: str) -> None:
    """One part of the page written to a file of its own (by write_page's helper)."""
    with open(path, "wb") as fh:
        _write_pieces(fh.write, _pieces(page, record_hash, template))
