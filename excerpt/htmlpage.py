"""Read a saved web page (.html/.htm): metadata from its head and JSON-LD, body text by trafilatura."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from typing import Any
from urllib.parse import urlparse

import lxml.etree
import lxml.html
from dateutil import parser as dateparser

from excerpt.errors import ExcerptError
from excerpt.loader import decode
from excerpt.models import Excerpt
from excerpt.structure import paragraphs_of

# libxml2's HTML parser never loads a DTD or expands entities from one; no_network and
# huge_tree=False are its remaining safety switches. Comments and processing instructions go.
PARSER_OPTIONS: dict[str, Any] = {"no_network": True, "huge_tree": False, "remove_comments": True,
                                  "remove_pis": True, "encoding": "utf-8"}
# schema.org types whose JSON-LD carries the article's metadata.
ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report",
                           "LiveBlogPosting", "ScholarlyArticle", "WebPage"})
# trafilatura options: no comments, tables, images or links (noise for dating events), no
# deduplication cache between pages (it would make output depend on load order).
EXTRACT_OPTIONS: dict[str, Any] = {"output_format": "txt", "include_comments": False, "include_tables": False,
                                   "include_images": False, "include_links": False, "include_formatting": False,
                                   "deduplicate": False, "favor_precision": True, "with_metadata": False}
ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)


def decode_page(path: str, raw: bytes) -> str:
    """The page's text: its declared charset if not UTF-8, else strict UTF-8 (BOM removed)."""
    m = META_CHARSET.search(raw[:4096])
    charset = m.group(1).decode("ascii").lower() if m else "utf-8"
    if charset in ("utf-8", "utf8"):
        return decode(path, raw)
    try:
        return raw.decode(charset)
    except LookupError:
        return decode(path, raw)
    except UnicodeDecodeError as exc:
        raise ExcerptError(path, f"not {charset} as the page declares: byte offset {exc.start}") from None


def parse_html(path: str, text: str) -> lxml.html.HtmlElement:
    """The page as an lxml tree, parsed without network, DTDs or entity expansion."""
    parser = lxml.html.HTMLParser(**PARSER_OPTIONS)
    try:
        tree = lxml.html.fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExcerptError(path, f"cannot parse the page as HTML: {exc}") from None
    return tree


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str:
    for name in names:
        for el in tree.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
            value = (el.get("content") or "").strip()
            if value:
                return value
    return ""


def _walk_jsonld(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [obj for item in node for obj in _walk_jsonld(item)]
    if not isinstance(node, dict):
        return []
    found = [node]
    for key in ("@graph", "mainEntity"):
        if key in node:
            found.extend(_walk_jsonld(node[key]))
    return found


def jsonld_article(tree: lxml.html.HtmlElement, warnings: list[str]) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD, or {}."""
    for i, script in enumerate(tree.xpath("//script[@type='application/ld+json']")):
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError as exc:
            warnings.append(f"JSON-LD block {i + 1} is not valid JSON ({exc.msg}); ignored")
            continue
        for obj in _walk_jsonld(data):
            kinds = obj.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if any(k in ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                return obj
    return {}


def _names(value: Any) -> list[str]:
    """Names out of a schema.org Person/Organization value (string, object or list of them)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def iso_day(value: str) -> str:
    """YYYY-MM-DD of a date or date-time string as written (its own time zone), or ""."""
    m = ISO_DAY.match(value)
    if m:
        return "-".join(m.groups())
    try:
        return dateparser.parse(value).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return ""


def find_date(tree: lxml.html.HtmlElement, url: str | None) -> str:
    """htmldate's original publication date from the page markup only (no extensive search, no fetching)."""
    from htmldate import find_date as htmldate_find

    try:
        return htmldate_find(copy.deepcopy(tree), extensive_search=False, original_date=True, url=url) or ""
    except (ValueError, TypeError):
        return ""


def extract_body(path: str, tree: lxml.html.HtmlElement) -> str:
    """Article text by trafilatura, one paragraph per block separated by blank lines."""
    import trafilatura

    text = trafilatura.extract(copy.deepcopy(tree), **EXTRACT_OPTIONS) or ""
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    body = "\n\n".join(p for p in paragraphs if p)
    if not body:
        raise ExcerptError(path, "no article text found in the page")
    return body


def _jsonld_url(art: dict[str, Any]) -> str:
    for key in ("url", "mainEntityOfPage"):
        value = art.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
            return value.strip()
    return ""


def _strip_site(title: str, site: str) -> str:
    for sep in TITLE_SEPARATORS:
        if site and title.endswith(sep + site):
            return title[: -len(sep + site)].strip()
    return title


def load_page(path: str, raw: bytes, excerpt_id: str, structure: bool = True) -> Excerpt:
    """An Excerpt from the bytes of a saved web page; nothing in it is run or fetched."""
    text = decode_page(path, raw)
    tree = parse_html(path, text)
    warnings: list[str] = []
    art = jsonld_article(tree, warnings)
    site = _meta(tree, "og:site_name") or next(iter(_names(art.get("publisher"))), "")
    # The <head>'s own <title> first: an inline SVG in the body may carry a <title> too.
    head_title = " ".join((tree.findtext("head/title") or tree.findtext(".//title") or "").split())
    title = " ".join(str(art.get("headline") or "").split()) or _meta(tree, "og:title", "twitter:title") \
        or _strip_site(head_title, site)
    if not title:
        raise ExcerptError(path, "no title in the page (<title>, og:title or JSON-LD headline)")
    canonical = next((el.get("href", "").strip() for el in tree.xpath("//link[@rel='canonical']")), "")
    url = canonical or _meta(tree, "og:url") or _jsonld_url(art) or None
    outlet = site
    if not outlet:
        host = urlparse(url).hostname if url else None
        outlet = (host or "").removeprefix("www.")
        warnings.append(f"no og:site_name or JSON-LD publisher: outlet taken from the URL host '{outlet}'"
                        if outlet else "no outlet in the page (og:site_name, JSON-LD publisher, canonical URL)")
    declared = _meta(tree, "article:published_time") or str(art.get("datePublished") or "")
    published = iso_day(declared) if declared else ""
    if declared and not published:
        warnings.append(f"publication date {declared!r} could not be read; trying the page markup")
    if not published:
        published = find_date(tree, url)
        if not published:
            warnings.append("no publication date in the page: published left empty")
    authors = _names(art.get("author")) or [a for a in [_meta(tree, "author", "article:author")]
                                             if a and not a.startswith("http")]
    author = " and ".join(dict.fromkeys(authors)) or None
    body = extract_body(path, tree)
    return Excerpt(
        id=excerpt_id, path=path, sha256=hashlib.sha256(raw).hexdigest(), format="html",
        title=title, outlet=outlet, url=url, author=author, published=published,
        warnings=tuple(warnings), body=body, body_line=0,
        paragraphs=tuple(paragraphs_of(body, title=title, author=author)) if structure else (),
    )
