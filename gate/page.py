"""The page: every in-page link resolves, nothing is loaded from outside it, every excerpt and event is on it."""

from __future__ import annotations

import re
from html import escape as html_escape
from typing import Any
from urllib.parse import unquote

from gate.context import Context, Node, out_name
from gate.findings import Finding, Severity
from gate.locate import clip
from page.wording import anchor

# The page's own anchors (page/wording.py makes them): one per event, one per source.
EVENT_ANCHOR = "ev-"
SOURCE_ANCHOR = "src-"
# Attributes that make a browser fetch something; a and area hrefs (and form actions) are followed by the
# reader, not fetched with the page.
FETCH_ATTRS = ("src", "srcset", "poster", "data", "background", "href", "xlink:href")
# Elements that fetch what an href names (SVG's image and use too); others' hrefs are not fetched.
HREF_FETCHERS = ("link", "base", "image", "use")
# <link> rels that load what they point at (canonical, author and the like only name a page).
LOADING_RELS = frozenset({"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest",
                          "dns-prefetch", "preconnect", "import", "apple-touch-icon"})
SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*:")
INLINE = re.compile(r"^\s*(data:|#|$)", re.I)  # data: URIs and fragments stay inside the page
CSS_IMPORT = re.compile(r"@import\b[^;]*", re.I)
SRCSET_SPLIT = re.compile(r",\s+")
CSS_URL = re.compile(r"url\(\s*['\"]?(?!\s*data:|\s*#)([^'\")]*)", re.I)


LINE_CAP = 65535  # libxml2's HTML parser stops counting lines here; past it, lines come from the bytes


def _capped_lines(ctx: Context, value: str) -> list[int]:
    """Lines past LINE_CAP where an attribute value appears in the page source, in order."""
    text = ctx.page.path.read_bytes().decode("utf-8", "replace")  # only for a finding past the cap
    lines = []
    for needle in dict.fromkeys((value, html_escape(value, quote=True))):
        for m in re.finditer(re.escape(needle), text):
            line = text.count("\n", 0, m.start()) + 1
            if line >= LINE_CAP:
                lines.append(line)
    return sorted(set(lines))


def _lines(ctx: Context, found: list[int | None], value: str) -> list[int | None]:
    """The source line of each element (in page order) that carries value, from the lines the parser gave."""
    capped = iter(_capped_lines(ctx, value)) if any((n or 0) >= LINE_CAP for n in found) else iter(())
    return [n if (n or 0) < LINE_CAP else next(capped, None) for n in found]


def _page_finding(ctx: Context, check: str, line: int | None, problem: str, fix: str, **extra: Any) -> Finding:
    return Finding(severity=Severity.error, check=f"page.{check}", file=out_name(ctx.out_dir, "index.html"),
                   line=line, problem=problem, fix=fix, **extra)


def broken_links(ctx: Context) -> list[Finding]:
    """Every href="#x" on the page has an element with id x."""
    if ctx.page is None:
        return []
    ids = ctx.page.ids
    # unquote only where there is something to unquote: it is a Python function, called per link.
    missing = sorted(h for h in ctx.page.fragment_hrefs
                     if len(h) > 1 and (h[1:] if "%" not in h else unquote(h[1:])) not in ids)
    out = []
    # Only the few broken hrefs are looked up again, for the line of each link.
    where = ctx.page.lines_of_href(set(missing)) if missing else {}
    for href in missing:
        for line in _lines(ctx, where[href], href):
            out.append(_page_finding(ctx, "broken-link", line, f"link {href} has no target on the page",
                                     "run report.py to rebuild the page"))
    return out


def _urls(el: Any, attr: str) -> list[str]:
    value = el.get(attr) or ""
    if attr == "srcset":
        # Candidates are split at a comma and a space: a data: URI has its own comma, unspaced.
        return [part.split()[0] for part in SRCSET_SPLIT.split(value) if part.split()]
    return [value]


def _fetched(el: Node) -> list[tuple[str, str]]:
    """What this element makes the browser fetch from outside the page, with the value that says so."""
    tag = el.tag.lower()
    found = []
    for attr in FETCH_ATTRS:
        if el.get(attr) is None or (attr in ("href", "xlink:href") and tag not in HREF_FETCHERS):
            continue
        if attr == "href" and tag == "link":
            rels = set((el.get("rel") or "").lower().split())
            if "stylesheet" in rels or (rels & LOADING_RELS and not INLINE.match(el.get("href"))):
                found.append((f"<link rel=\"{el.get('rel')}\" href=\"{el.get('href')}\">", el.get("href")))
            continue
        for url in _urls(el, attr):
            # A relative src names a file beside the page, which out/ does not have: outside it too.
            if not INLINE.match(url) and (SCHEME.match(url) or url.strip().startswith("//") or "href" not in attr):
                found.append((f"{tag} {attr}=\"{url}\"", url))
    css = (el.text or "") if tag == "style" else ""
    css += el.get("style") or ""
    found += [(f"CSS {m.group(0).strip()}", m.group(0).strip()) for m in CSS_IMPORT.finditer(css)]
    # An @import is named once, above, not again for the url() inside it.
    found += [(f"CSS url({m.group(1)})", m.group(1)) for m in CSS_URL.finditer(CSS_IMPORT.sub("", css))]
    return found


def external_resources(ctx: Context) -> list[Finding]:
    """Nothing on the page is fetched from the network or another file: it must work offline."""
    if ctx.page is None:
        return []
    out = []
    for el in ctx.page.may_fetch:
        for what, value in _fetched(el):
            line = _lines(ctx, [el.sourceline], value)[0] if value else el.sourceline
            out.append(_page_finding(ctx, "external-resource", line, f"loads {clip(what, 80)} from outside the page",
                                     "inline it (styles in <style>, images as data: URIs) or drop it"))
    return out


def missing_excerpts(ctx: Context) -> list[Finding]:
    """Every excerpt of the record has its section on the page (id src-<excerpt id>)."""
    if ctx.page is None or not ctx.timeline_ok:
        return []
    ids = ctx.page.ids
    return [Finding(severity=Severity.error, check="page.missing-excerpt", excerpt=eid,
                    file=out_name(ctx.out_dir, "index.html"),
                    problem=f"excerpt {eid} is not on the page (no id {anchor(SOURCE_ANCHOR, eid)})",
                    fix="run report.py to rebuild the page")
            for eid in sorted(ctx.records) if anchor(SOURCE_ANCHOR, eid) not in ids]


def missing_events(ctx: Context) -> list[Finding]:
    """Every event of the record is on the page (id ev-<event id>)."""
    if ctx.page is None or not ctx.timeline_ok:
        return []
    ids = ctx.page.ids
    return [Finding(severity=Severity.error, check="page.missing-event", excerpt=raw["excerpt"], event=raw["id"],
                    file=out_name(ctx.out_dir, "index.html"),
                    problem=f"event is not on the page (no id {anchor(EVENT_ANCHOR, raw['id'])})",
                    fix="run report.py to rebuild the page")
            for raw in ctx.raw_events if anchor(EVENT_ANCHOR, raw["id"]) not in ids]


CHECKS = (broken_links, external_resources, missing_excerpts, missing_events)
