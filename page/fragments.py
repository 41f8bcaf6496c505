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
from page.views import BriefList, ClaimView, Copies, EventView, Row

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
    out = f'<li id="{_esc(e.anchor)}">' + _head(e, False) + _people(e)
    out += (f'<p>From <a href="{_esc(e.source_href)}">{_esc(e.outlet)}</a> \u00b7 '
            f'<a href="{_esc(e.src_href)}">passage {e.number}</a>')
    if e.also:
        out += " \u00b7 also in " + ", ".join(f'<a href="{_esc(r.href)}">{_esc(r.outlet)}</a>' for r in e.also)
        if e.also_more:
            out += f" and {e.also_more} more"
    elif e.also_more:
        out += f" \u00b7 also in {e.also_more} other source{_plural(e.also_more)}"
    out += "</p>" + _reasoning(e, "<summary>Why this date</summary>") + "</li>\n"
    return Markup(out)  # noqa: S704 - built above from escaped values and fixed markup only


def copies(g: Copies) -> Markup:
    """A crowded page's events of one day that read alike: one head, then each source's line."""
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
    out += ("</ul>" if alike else "") + "</li>\n"
    return Markup(out)  # noqa: S704 - built above from escaped values and fixed markup only


def paragraphs(paras: Iterable[ParagraphView], crowded: bool) -> Markup:
    """A source text's paragraphs: evidence marked, each event's numbered pin, lines not the story dimmed."""
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
    return Markup("".join(out))  # noqa: S704 - built above from escaped values and fixed markup only


def claim(c: ClaimView) -> Markup:
    """One claim of a source: its badge, and each other source's claim it disagrees or differs with."""
    out = (f'<li class="claim">\n<p><span class="s-{_esc(c.status)}">{_esc(c.badge)}</span> '
           f'<a href="{_esc(c.href)}">{_esc(c.summary)}</a> <span class="sub">{_esc(c.date_label)}</span></p>\n')
    if c.links:
        out += '<ul class="links">\n'
        for line in c.links:
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
    return Markup(out + "</li>\n")  # noqa: S704 - built above from escaped values and fixed markup only


def brief(b: BriefList) -> Markup:
    """Plain claims of one status, listed by their number in the source's text."""
    numbers = "".join(f' <a href="{_esc(m.href)}">{m.number}</a>' for m in b.events)
    return Markup(f'<p class="brief"><span class="s-{_esc(b.status)}">{_esc(b.label)}</span>:{numbers}</p>\n')  # noqa: S704


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
