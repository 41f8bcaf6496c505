"""The page's plain objects: what the templates print, built by page.context."""

# Nothing changes a view once made. Those made per event, claim or cell are slotted, not frozen: a frozen
# dataclass sets each field through object.__setattr__, 4x the cost, and a 1,000-excerpt page makes 100,000s.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from page.passages import ParagraphView
from page.said import Said


@dataclass(frozen=True)
class Flag:
    """A warning about a source's dates, with a code for styling and a sentence for reading."""

    code: str
    text: str


@dataclass(slots=True)
class Ref:
    """A link to an event of another source."""

    event: str
    href: str
    outlet: str
    excerpt: str
    day: str = ""  # when its source was written, where a line says "earlier on this topic: <outlet>, <day>"


@dataclass(frozen=True)
class SourceView:
    """One source's metadata as the page shows it."""

    id: str
    anchor: str
    outlet: str
    title: str
    url: str | None  # None when not an http(s) link
    url_text: str
    published: str
    as_of: str
    author: str
    warnings: tuple[str, ...]
    flags: tuple[Flag, ...]
    origins: tuple[str, ...]
    events: int
    claims_anchor: str  # "" when the source has no claims section
    text_anchor: str
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class EventView:
    """One event on the timeline."""

    id: str
    anchor: str
    src_href: str
    number: int
    kind: str
    kind_label: str
    modality: str
    modality_label: str  # "" when asserted
    actor: str
    actor_role: str
    participants: tuple[str, ...]
    summary: str
    quote: str
    quote_direct: bool
    via: str
    excerpt: str
    outlet: str
    source_href: str
    date_label: str
    phrase: str
    basis: str
    relative_to: str
    relative_href: str
    status: str
    status_text: str
    also: tuple[Ref, ...] = ()  # the same event in other sources (the first few)
    also_more: int = 0
    # Sources written earlier that tell of its subject (same_topic links; the first few): a later claim's status
    # is "only here" when nothing else tells this event, yet the reader should see it did not start here.
    earlier: tuple[Ref, ...] = ()
    earlier_more: int = 0
    # The sentence it was read from, its evidence marked: the summary is the tool's reading, this is the text's.
    # None on a crowded page, whose source texts below carry every sentence once.
    said: Said | None = None


@dataclass(slots=True)
class Copies:
    """Events of one day that read alike (copies of one story): what they share is shown once."""

    first: EventView  # carries the shared summary, kind, badge, actor, quote and count of other sources
    events: tuple[EventView, ...]  # each keeps its own id, passage link and date reasoning


@dataclass(slots=True)
class DayGroup:
    """Events of one day (or one interval, or the undated) in record order."""

    anchor: str
    label: str
    interval: bool
    events: Sequence[EventView]  # a tuple, or made as the page prints them (page.context.Lazy)
    copies: Sequence[Copies] = ()  # crowded page only: the events with look-alikes gathered


@dataclass(slots=True)
class LinkLine:
    """How a claim stands against one claim of another source."""

    ref: Ref
    agrees: bool
    independent: bool
    relation: str
    differences: tuple[str, ...]
    when: str = ""  # of a same_topic link: "earlier" or "later" (the other source written before or after), or ""


@dataclass(slots=True)
class ClaimView:
    """One claim of a source with its status badge, links and the editor's verdict."""

    event: str
    href: str
    summary: str
    date_label: str
    status: str
    badge: str
    links: tuple[LinkLine, ...]  # the claims that disagree or differ (the first few)
    links_more: int
    verdict: str


@dataclass(slots=True)
class Mention:
    """A short link to an event by its number in its source's text."""

    number: int
    href: str


@dataclass(slots=True)
class BriefList:
    """Claims of one status listed by number only: the plain cases of a crowded page."""

    status: str
    label: str
    events: tuple[Mention, ...]


@dataclass(slots=True)
class SourceClaims:
    """The claims of one source: spelt out, and (on a crowded page) the plain ones listed by number."""

    source: str
    outlet: str
    anchor: str
    claims: tuple[ClaimView, ...]
    brief: tuple[BriefList, ...] = ()


@dataclass(slots=True)
class Cell:
    """What one source says about one row of the matrix."""

    state: str  # a Status value, or "absent"
    text: str
    href: str = ""


@dataclass(slots=True)
class Row:
    """A claim (the events linked as the same event) against every source."""

    label: str
    date_label: str
    href: str
    cells: tuple[Cell, ...]
    sources: int


@dataclass(frozen=True)
class Column:
    """A source as a matrix column."""

    id: str
    outlet: str
    href: str


@dataclass(frozen=True)
class Matrix:
    """Claims (rows) by sources (columns); compact lists only present cells when sources are many."""

    columns: tuple[Column, ...]
    rows: Sequence[Row]  # a tuple, or made as the page prints them
    compact: bool


@dataclass(frozen=True)
class TextView:
    """One source's text with its evidence highlighted."""

    id: str
    anchor: str
    outlet: str
    title: str
    open: bool
    paragraphs: tuple[ParagraphView, ...]
    card_href: str = ""  # the source's metadata card


@dataclass(frozen=True)
class WaitingConflict:
    """One conflict between two independent sources that no verdict has settled, as the glance lists it."""

    here: Ref
    summary: str  # the first claim's summary
    there: Ref
    differences: tuple[str, ...]  # "count: 7 here, 8 there"
    there_summary: str = ""  # the other claim's summary (session 27: an editor reads both claims, not one)
    # Session 28: each source's own words, side by side (the sentence each claim was read from, its evidence marked; None
    # on a crowded page): a summary and a difference alone sent the editor to the texts or the JSON to decide.
    here_said: Said | None = None
    there_said: Said | None = None


@dataclass(frozen=True)
class Glance:
    """The figures at the top of the page."""

    sources: int
    events: int
    undated: int
    conflicts: int
    conflicts_waiting: int
    single_source: int
    span: str
    # The first conflicts waiting for a verdict, in record order, each linking to its two claims (session 24: an
    # editor starts there), and how many more there are.
    waiting: tuple[WaitingConflict, ...] = ()
    waiting_more: int = 0


@dataclass(frozen=True)
class PageContext:
    """Everything the templates print."""

    title: str
    glance: Glance
    sources: tuple[SourceView, ...]
    days: tuple[DayGroup, ...]
    undated: DayGroup | None
    claims: Sequence[SourceClaims]  # a tuple, or made as the page prints them
    matrix: Matrix
    texts: Sequence[TextView]  # a tuple, or made one by one as the page is written (page.context.Lazy)
    statuses: tuple[tuple[str, str, str], ...] = field(default=())  # (status, cell word, meaning)
    large: bool = False  # many sources: texts collapsed, off-screen parts laid out lazily
    day_index: bool = False  # many days: the timeline starts with links to each day
    stale_verdicts: tuple[str, ...] = ()  # verdicts whose events are gone from the record
    crowded: bool = False  # so many sources that per-event lines are cut to the essentials

    @property
    def groups(self) -> tuple[DayGroup, ...]:
        """The timeline's groups: days and spans in record order, then the undated."""
        return self.days + ((self.undated,) if self.undated else ())
