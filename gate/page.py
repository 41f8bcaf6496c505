"""The page: every in-page link resolves, nothing is loaded from outside it, every excerpt and event is on it."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from gate.context import Context, out_name
from gate.findings import Finding, Severity
from gate.locate import clip
from page.wording import anchor

# The page's own anchors (page/wording.py makes them): one per event, one per source.
EVENT_ANCHOR = "ev-"
SOURCE_ANCHOR = "src-"
# Attributes that make a browser fetch something; a and area hrefs are links the reader follows.
FETCH_ATTRS = ("src", "srcset", "poster", "data", "background", "href", "action", "formaction")
FOLLOWED = ("a", "area")
# <link> rels that load what they point at (canonical, author and the like only name a page).
LOADING_RELS = frozenset({"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest",
                          "dns-prefetch", "preconnect", "import", "apple-touch-icon"})
SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*:")
INLINE = re.compile(r"^\s*(data:|#|$)", re.I)  # data: URIs and fragments stay inside the page
CSS_IMPORT = re.compile(r"@import\b[^;]*", re.I)
SRCSET_SPLIT = re.compile(r",\s+")
CSS_URL = re.compile(r"url\(\s*['\"]?(?!\s*data:|\s*#)([^'\")]*)", re.I)


def _page_finding(ctx: Context, check: str, el: Any, problem: str, fix: str, **extra: Any) -> Finding:
    return Finding(severity=Severity.error, check=f"page.{check}", file=out_name(ctx.out_dir, "index.html"),
                   line=getattr(el, "sourceline", None), problem=problem, fix=fix, **extra)


def _elements(ctx: Context) -> list[Any]:
    if "page.elements" not in ctx.cache:
        # Comments and processing instructions have no attributes to check.
        ctx.cache["page.elements"] = [el for el in ctx.page.iter() if isinstance(el.tag, str)]
    return ctx.cache["page.elements"]


def _ids(ctx: Context) -> set[str]:
    if "page.ids" not in ctx.cache:
        ctx.cache["page.ids"] = {el.get("id") for el in _elements(ctx) if el.get("id")} | {
            el.get("name") for el in _elements(ctx) if el.tag == "a" and el.get("name")}
    return ctx.cache["page.ids"]


def broken_links(ctx: Context) -> list[Finding]:
    """Every href="#x" on the page has an element with id x."""
    if ctx.page is None:
        return []
    ids = _ids(ctx)
    out = []
    for el in _elements(ctx):
        href = el.get("href") or ""
        if href.startswith("#") and len(href) > 1 and unquote(href[1:]) not in ids:
            out.append(_page_finding(ctx, "broken-link", el, f"link {href} has no target on the page",
                                     "run report.py to rebuild the page"))
    return out


def _urls(el: Any, attr: str) -> list[str]:
    value = el.get(attr) or ""
    if attr == "srcset":
        # Candidates are split at a comma and a space: a data: URI has its own comma, unspaced.
        return [part.split()[0] for part in SRCSET_SPLIT.split(value) if part.split()]
    return [value]


def _fetched(el: Any) -> list[str]:
    """What this element makes the browser fetch from outside the page."""
    tag = el.tag.lower()
    found = []
    for attr in FETCH_ATTRS:
        if el.get(attr) is None or (attr == "href" and tag in FOLLOWED):
            continue
        if attr == "href" and tag == "link":
            rels = set((el.get("rel") or "").lower().split())
            if "stylesheet" in rels or (rels & LOADING_RELS and not INLINE.match(el.get("href"))):
                found.append(f"<link rel=\"{el.get('rel')}\" href=\"{el.get('href')}\">")
            continue
        for url in _urls(el, attr):
            if not INLINE.match(url) and (SCHEME.match(url) or url.strip().startswith("//") or attr != "href"):
                found.append(f"{tag} {attr}=\"{url}\"")
    css = (el.text or "") if tag == "style" else ""
    css += el.get("style") or ""
    found += [f"CSS {m.group(0).strip()}" for m in CSS_IMPORT.finditer(css)]
    # An @import is named once, above, not again for the url() inside it.
    found += [f"CSS url({m.group(1)})" for m in CSS_URL.finditer(CSS_IMPORT.sub("", css))]
    return found


def external_resources(ctx: Context) -> list[Finding]:
    """Nothing on the page is fetched from the network or another file: it must work offline."""
    if ctx.page is None:
        return []
    return [_page_finding(ctx, "external-resource", el, f"loads {clip(what, 80)} from outside the page",
                          "inline it (styles in <style>, images as data: URIs) or drop it")
            for el in _elements(ctx) for what in _fetched(el)]


def missing_excerpts(ctx: Context) -> list[Finding]:
    """Every excerpt of the record has its section on the page (id src-<excerpt id>)."""
    if ctx.page is None or not ctx.timeline_ok:
        return []
    ids = _ids(ctx)
    return [Finding(severity=Severity.error, check="page.missing-excerpt", excerpt=eid,
                    file=out_name(ctx.out_dir, "index.html"),
                    problem=f"excerpt {eid} is not on the page (no id {anchor(SOURCE_ANCHOR, eid)})",
                    fix="run report.py to rebuild the page")
            for eid in sorted(ctx.records) if anchor(SOURCE_ANCHOR, eid) not in ids]


def missing_events(ctx: Context) -> list[Finding]:
    """Every event of the record is on the page (id ev-<event id>)."""
    if ctx.page is None or not ctx.timeline_ok:
        return []
    ids = _ids(ctx)
    return [Finding(severity=Severity.error, check="page.missing-event", excerpt=raw["excerpt"], event=raw["id"],
                    file=out_name(ctx.out_dir, "index.html"),
                    problem=f"event is not on the page (no id {anchor(EVENT_ANCHOR, raw['id'])})",
                    fix="run report.py to rebuild the page")
            for raw in ctx.raw_events if anchor(EVENT_ANCHOR, raw["id"]) not in ids]


CHECKS = (broken_links, external_resources, missing_excerpts, missing_events)
