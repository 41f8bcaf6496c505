"""The page's most repeated pieces as HTML: a timeline event, a crowded day's look-alikes, a text's paragraphs.

Every value from input goes through markupsafe's escape, exactly as the templates' autoescape would print it;
tests/page/test_fragments.py renders the same views through the templates these pieces came from and
compares the bytes. Why not in the templates: jinja yields each literal and value as its own piece, through
three nested generators, and escapes each one in a Python call; a 1,000-excerpt page is a million of them
(0.4 s of the page's 1.5 s). Here each piece is one f-string.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from page.passages import ParagraphView
from page.views import (
    BriefList,
    ClaimView,
    Copies,
    DayGroup,
    EventView,
    Ref,
    Row,
    SourceClaims,
    SourceView,
    TextView,
)

try:  # markupsafe's own C escaper, without the Markup object escape() wraps each result in (10x the cost)
    from markupsafe import _escape_inner as _esc  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another markupsafe: the public function, same bytes

    def _esc(value: str) -> str:
        return str(escape(value))


def _plural(n: int) -> str:
    return "s" if n != 1 else ""


def _people(e: EventView) -> str:
    """The actor (with role and relay), the quote and the participants: what every event line shows."""
    out = ""
    if e.actor:
        out += "<p>" + _esc(e.actor)
        if e.actor_role:
            out += f', <span class="role">{_esc(e.actor_role)}</span>'
        if e.via:
            out += f' <span class="sub">(via {_esc(e.via)})</span>'
        out += "</p>"
    elif e.via:
        out += f'<p class="sub">via {_esc(e.via)}</p>'
    if e.quote:
        out += f"<p><q>{_esc(e.quote)}</q></p>" if e.quote_direct else f"<p>reported: {_esc(e.quote)}</p>"
    if e.participants:
        out += '<p class="sub">With: ' + ", ".join(map(_esc, e.participants)) + "</p>"
    return out


def _reasoning(e: EventView, summary: str) -> str:
    """How the event's date was read, in a <details> (summary: its visible label, or none)."""
    if not (e.phrase or e.basis):
        return ""
    out = "<details>" + summary + (f"<code>{_esc(e.basis)}</code>" if e.basis else f"From \u201c{_esc(e.phrase)}\u201d")
    if e.relative_href or (e.relative_to and not e.basis):
        counted = (f'<a href="{_esc(e.relative_href)}">{_esc(e.relative_to)}</a>' if e.relative_href
                   else _esc(e.relative_to))
        out += f' <span class="sub">(counted from {counted})</span>'
    return out + "</details>"


def _head(e: EventView, crowded: bool) -> str:
    """Summary, kind, modality and badge."""
    out = f"<h4>{_esc(e.summary)}</h4> <i>{_esc(e.kind_label)}</i>"
    if e.modality_label:
        out += f' <i class="modality">{_esc(e.modality_label)}</i>'
    # A crowded page shows no badge for a plain single-source claim (the note says so).
    if e.status_text if crowded else e.status:
        out += f' <span class="s-{_esc(e.status)}">{_esc(e.status_text)}</span>'
    return out


def event(e: EventView) -> Markup:
    """One event of the timeline as a list item (a page with few sources)."""
    return Markup(_event(e))  # noqa: S704 - built from escaped values and fixed markup only


def _said(e: EventView) -> str:
    """The sentence the event was read from, its evidence marked."""
    s = e.said
    if s is None:
        return ""
    return f'<p class="said">{_esc(s.before)}<mark>{_esc(s.exact)}</mark>{_esc(s.after)}</p>'


def _event(e: EventView) -> str:
    out = f'<li id="{_esc(e.anchor)}">' + _head(e, False) + _said(e) + _people(e)
    out += (f'<p>From <a href="{_esc(e.source_href)}">{_esc(e.outlet)}</a> \u00b7 '
            f'<a href="{_esc(e.src_href)}">passage {e.number}</a>')
    if e.also:
        out += " \u00b7 also in " + ", ".join(f'<a href="{_esc(r.href)}">{_esc(r.outlet)}</a>' for r in e.also)
        if e.also_more:
            out += f" and {e.also_more} more"
    elif e.also_more:
        out += f" \u00b7 also in {e.also_more} other source{_plural(e.also_more)}"
    if e.earlier:
        out += " \u00b7 earlier on this topic: " + "; ".join(map(_dated_ref, e.earlier))
        if e.earlier_more:
            out += f" and {e.earlier_more} more"
    return out + "</p>" + _reasoning(e, "<summary>Why this date</summary>") + "</li>\n"


def _dated_ref(r: Ref) -> str:
    """A link to another source's event, with the day that source was written when known."""
    link = f'<a href="{_esc(r.href)}">{_esc(r.outlet)}</a>'
    return f"{link}, {_esc(r.day)}" if r.day else link


def copies(g: Copies) -> Markup:
    """A crowded page's events of one day that read alike: one head, then each source's line."""
    return Markup(_copies(g))  # noqa: S704 - built from escaped values and fixed markup only


def _copies(g: Copies) -> str:
    e = g.first
    alike = len(g.events) > 1
    out = ('<li class="alike">' if alike else f'<li id="{_esc(e.anchor)}">') + _head(e, True) + _people(e)
    if alike:
        out += f'<p class="sub">In {len(g.events)} sources'
        if e.also_more:
            out += f", each also in {e.also_more} other source{_plural(e.also_more)}"
        out += ':</p><ul class="alike">'
    for v in g.events:
        link = f'<a href="{_esc(v.src_href)}">{_esc(v.outlet)}, passage {v.number}</a>'
        if alike:
            out += f'<li id="{_esc(v.anchor)}">' + link + _reasoning(v, "") + "</li>"
        else:
            more = f" \u00b7 also in {v.also_more} other source{_plural(v.also_more)}" if v.also_more else ""
            out += f"<p>{link}{more}</p>" + _reasoning(v, "")
    return out + ("</ul>" if alike else "") + "</li>\n"


def paragraphs(paras: Iterable[ParagraphView], crowded: bool) -> Markup:
    """A source text's paragraphs: evidence marked, each event's numbered pin, lines not the story dimmed."""
    return Markup(_paragraphs(paras, crowded))  # noqa: S704 - built from escaped values and fixed markup only


def _paragraphs(paras: Iterable[ParagraphView], crowded: bool) -> str:
    out: list[str] = []
    for p in paras:
        if p.dimmed:
            title = "" if crowded else f' title="{_esc(p.reason)}"'
            out.append(f'<p class="dim"><span class="label"{title}>{_esc(p.label_text)}</span> ')
        else:
            out.append("<p>")
        for s in p.segments:
            for pin in s.pins:
                out.append(f'<a id="{_esc(pin.anchor)}" href="{_esc(pin.href)}">{pin.number}</a>')
            if s.events:
                overlap = ' class="overlap"' if len(s.events) > 1 else ""
                events = "" if crowded else ' data-events="' + " ".join(map(_esc, s.events)) + '"'
                out.append(f"<mark{overlap}{events}>{_esc(s.text)}</mark>")
            else:
                out.append(_esc(s.text))
        out.append("</p>\n")
    return "".join(out)


def claim(c: ClaimView) -> Markup:
    """One claim of a source: its badge, and each other source's claim it disagrees or differs with."""
    return Markup(_claim(c))  # noqa: S704 - built from escaped values and fixed markup only


def _claim(c: ClaimView) -> str:
    out = (f'<li class="claim">\n<p><span class="s-{_esc(c.status)}">{_esc(c.badge)}</span> '
           f'<a href="{_esc(c.href)}">{_esc(c.summary)}</a> <span class="sub">{_esc(c.date_label)}</span></p>\n')
    if c.links:
        out += '<ul class="links">\n'
        for line in c.links:
            if line.agrees and line.relation == "same topic":
                # Told at another time, not a second telling: which source came first is what the editor reads.
                out += (f'<li class="topic">{_esc(line.when) or "also"} on this topic: {_dated_ref(line.ref)}'
                        + (' <span class="sub">(same origin)</span>' if not line.independent else ""))
                if line.differences:
                    out += " \u00b7" + "".join(f' <span class="note-diff">{_esc(d)}</span>' for d in line.differences)
                out += "</li>\n"
                continue
            out += ("<li>" + ("agrees with" if line.agrees else "differs from")
                    + f' <a href="{_esc(line.ref.href)}">{_esc(line.ref.outlet)}</a>')
            if not line.independent:
                out += ' <span class="sub">(same origin)</span>'
            if line.relation != "same event":
                out += f' <span class="sub">({_esc(line.relation)})</span>'
            if line.differences:
                out += (" but:" if line.agrees else ":") + "".join(
                    f' <span class="diff">{_esc(d)}</span>' for d in line.differences)
            out += "</li>\n"
        if c.links_more:
            out += f'<li class="sub">and {c.links_more} more</li>'
        out += "</ul>\n"
    if c.verdict:
        out += f'<p class="verdict">Editor\'s verdict: {_esc(c.verdict)}</p>'
    return out + "</li>\n"


def brief(b: BriefList) -> Markup:
    """Plain claims of one status, listed by their number in the source's text."""
    return Markup(_brief(b))  # noqa: S704 - built from escaped values and fixed markup only


def _brief(b: BriefList) -> str:
    numbers = "".join(f' <a href="{_esc(m.href)}">{m.number}</a>' for m in b.events)
    return f'<p class="brief"><span class="s-{_esc(b.status)}">{_esc(b.label)}</span>:{numbers}</p>\n'


def _row_head(r: Row) -> str:
    return f'<a href="{_esc(r.href)}">{_esc(r.label)}</a> <span class="sub">{_esc(r.date_label)}</span>'


def matrix_row(r: Row) -> Markup:
    """A claim against every source, as a table row."""
    cells = "".join(
        f'<td class="c-{_esc(c.state)}"><a href="{_esc(c.href)}">{_esc(c.text)}</a></td>' if c.href else
        f'<td class="c-{_esc(c.state)}"><span aria-hidden="true">{_esc(c.text)}</span><span class="vh">not mentioned</span></td>'
        for c in r.cells)
    return Markup(f'<tr><th scope="row">{_row_head(r)}</th>{cells}</tr>\n')  # noqa: S704


def matrix_item(r: Row, columns: int) -> Markup:
    """A claim with only the sources that carry it (a crowded page's matrix)."""
    cells = ", ".join(f'<a class="cell c-{_esc(c.state)}" href="{_esc(c.href)}">{_esc(c.text)}</a>' for c in r.cells)
    return Markup(f'<li>{_row_head(r)}: {cells} <span class="sub">({r.sources} of {columns} sources)</span></li>\n')  # noqa: S704


def source_card(s: SourceView) -> Markup:
    """One source's card: outlet, title, link, dates, origin group, flags and warnings."""
    a = _esc(s.anchor)
    out = (f'<article class="card" id="{a}" aria-labelledby="{a}-h">\n'
           f'<h3 id="{a}-h"><span class="outlet">{_esc(s.outlet)}</span> <span class="xid">{_esc(s.id)}</span></h3>\n'
           f'<p class="title">{_esc(s.title)}</p>\n<dl class="meta">\n<dt>Link</dt><dd>')
    if s.url:
        out += f'<a href="{_esc(s.url)}" rel="noreferrer noopener">{_esc(s.url_text)}</a>'
    elif s.url_text:
        out += f'<span class="nolink">{_esc(s.url_text)}</span> <span class="sub">(not a web address; not linked)</span>'
    else:
        out += '<span class="sub">none</span>'
    out += f"</dd>\n<dt>Published</dt><dd>{_esc(s.published or 'unknown')}</dd>\n"
    if s.as_of:
        out += f"<dt>Written on</dt><dd>{_esc(s.as_of)}</dd>"
    if s.author:
        out += f"<dt>Author</dt><dd>{_esc(s.author)}</dd>"
    if s.origins:
        out += "<dt>Origin group</dt><dd>" + ", ".join(map(_esc, s.origins)) + "</dd>"
    for key, value in s.extra:
        out += f"<dt>{_esc(key)}</dt><dd>{_esc(value)}</dd>"
    out += f"<dt>Events</dt><dd>{s.events}"
    if s.claims_anchor:
        out += f' \u00b7 <a href="#{_esc(s.claims_anchor)}">claims</a>'
    out += f' \u00b7 <a href="#{_esc(s.text_anchor)}">text</a></dd>\n</dl>\n'
    if s.flags or s.warnings:
        out += ('<ul class="flags">\n'
                + "".join(f'<li class="flag flag-{_esc(f.code)}">{_esc(f.text)}</li>' for f in s.flags)
                + "".join(f'<li class="flag flag-warning">{_esc(w)}</li>' for w in s.warnings) + "</ul>\n")
    return Markup(out + "</article>\n")  # noqa: S704 - built above from escaped values and fixed markup only


def text_section(t: TextView, crowded: bool) -> Markup:
    """One source's text: its heading and, in a <details>, its paragraphs."""
    a = _esc(t.anchor)
    return Markup(  # noqa: S704 - built from escaped values and fixed markup only
        f'<section class="text" id="{a}">\n<h3 id="{a}-h"><a href="{_esc(t.card_href)}">{_esc(t.outlet)}</a> '
        f'<span class="xid">{_esc(t.id)}</span></h3>\n<details{" open" if t.open else ""}>\n'
        f'<summary>{_esc(t.title)}</summary>\n<div class="body">\n{_paragraphs(t.paragraphs, crowded)}</div>\n'
        "</details>\n</section>\n")


def day_head(day: DayGroup) -> Markup:
    """The opening of a day's (or interval's, or the undated) section: its heading, and its list's start."""
    # The events follow one by one from the template: a day can hold thousands (the undated), never made whole.
    a = _esc(day.anchor)
    note = ' <span class="sub">(the text gives no date)</span>' if day.anchor == "undated" else ""
    return Markup(  # noqa: S704 - built from escaped values and fixed markup only
        f'<section class="day{" interval" if day.interval else ""}" id="{a}">\n'
        f'<h3 id="{a}-h">{_esc(day.label)}{note}</h3>\n<ol class="events">')


def day_links(groups: Iterable[DayGroup]) -> Markup:
    """The timeline's list of its days, each with its count of events."""
    return Markup("".join(  # noqa: S704 - built from escaped values and fixed markup only
        f'<li><a href="#{_esc(d.anchor)}">{_esc(d.label)}</a> ({len(d.events)})</li>' for d in groups))


def claims_head(sc: SourceClaims) -> Markup:
    """The opening of a source's claims section: its heading (the claims follow one by one from the template)."""
    a = _esc(sc.anchor)
    return Markup(  # noqa: S704 - built from escaped values and fixed markup only
        f'<section class="source-claims" id="{a}">\n<h3 id="{a}-h">{_esc(sc.outlet)} <span class="xid">{_esc(sc.source)}</span></h3>')
