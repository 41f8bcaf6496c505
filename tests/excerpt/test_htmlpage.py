"""Saved web pages: metadata from the head and JSON-LD, story text present, boilerplate absent, nothing run."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from excerpt.errors import ExcerptError
from excerpt.htmlpage import iso_day, load_page
from excerpt.models import Label

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
# The three page shapes live once, in the mixed excerpt folder that report.py can be run on.
SHAPES = Path(__file__).resolve().parents[1] / "data" / "excerpts"
SHAPE_FILES = {"wordpress.html": "110.html", "jsonld_only.html": "111.html", "amp.html": "112.htm"}


def _load(name: str) -> object:
    path = SHAPES / SHAPE_FILES[name] if name in SHAPE_FILES else PAGES / name
    return load_page(f"pages/{name}", path.read_bytes(), Path(name).stem)


# (page, title, outlet, url, author, published, warnings)
META = [
    ("wordpress.html", "Iran seizes British-flagged tanker in Strait of Hormuz", "Gulf Monitor",
     "https://gulfmonitor.example/2019/07/20/iran-seizes-tanker/", "Layla Haddad", "2019-07-20", ()),
    ("jsonld_only.html", "Crowds mass at Kabul airport as evacuation flights resume", "Frontier Post Wire",
     "https://frontier.example/world/kabul-airport-evacuation", "Sami Rahimi and Claire Dubois", "2021-08-17", ()),
    ("amp.html", "Colombia and FARC rebels sign historic peace accord", "Andes Daily",
     "https://www.andesdaily.example/news/2016/09/colombia-farc-peace-accord", "Mateo Rincón", "2016-09-26", ()),
    ("hostile.html", "Russian forces cross into Ukraine from three directions", "eastwire.example",
     "https://www.eastwire.example/europe/invasion-begins", None, "2022-02-24",
     ("no og:site_name or JSON-LD publisher: outlet taken from the URL host 'eastwire.example'",)),
]


@pytest.mark.parametrize(("name", "title", "outlet", "url", "author", "published", "warnings"), META)
def test_metadata(name: str, title: str, outlet: str, url: str, author: str | None, published: str,
                  warnings: tuple[str, ...]) -> None:
    ex = _load(name)
    assert (ex.title, ex.outlet, ex.url, ex.author, ex.published) == (title, outlet, url, author, published)
    assert ex.warnings == warnings
    assert ex.format == "html"


# (page, passages that must be in the body, markers that must not)
TEXT = [
    ("wordpress.html",
     ["Iran's Revolutionary Guards said on Friday they had seized a British-flagged oil tanker",
      '"We will respond in a considered but robust way," British Foreign Secretary Jeremy Hunt',
      'U.S. President Donald Trump said Washington would "work with the U.K."'],
     ["MUST-NOT-APPEAR", "Share on Facebook", "Recent Posts", "Royal Marines board Iranian tanker off Gibraltar",
      "Subscribe to our newsletter", "All rights reserved", "dataLayer"]),
    ("jsonld_only.html",
     ["Thousands of Afghans crowded the perimeter of Kabul's international airport on Tuesday",
      "Taliban fighters manned checkpoints"],
     ["Should Not Be Used", "@graph"]),
    ("amp.html",
     ["signed a peace accord in Cartagena on Monday, formally ending a 52-year war",
      "hand their weapons to U.N. monitors"],
     ["MUST-NOT-APPEAR", "Advertisement", "Copyright 2016", "amp-start", "Sport"]),
    ("hostile.html",
     ["Russian troops crossed into Ukraine from Belarus, Russia and Crimea",
      '"We are strong. We are ready for anything," he said'],
     ["MUST-NOT-APPEAR", "MUST-NOT-RUN", "lollollol", "root:", "fetch(", "document.cookie"]),
]


@pytest.mark.parametrize(("name", "present", "absent"), TEXT)
def test_story_text_present_and_boilerplate_absent(name: str, present: list[str], absent: list[str]) -> None:
    ex = _load(name)
    for passage in present:
        assert passage in ex.body
    for marker in absent:
        assert marker not in ex.body
    assert all(ex.text(p) for p in ex.paragraphs)
    assert len(ex.story_paragraphs()) >= 2


def test_offsets_count_into_the_extracted_body() -> None:
    ex = _load("wordpress.html")
    for para in ex.paragraphs:
        for sent in para.sentences:
            assert ex.body[sent.start : sent.end] == ex.body[sent.start : sent.end].strip() != ""
    quote = '"We will respond in a considered but robust way," British Foreign Secretary Jeremy Hunt'
    starts = [s.start for p in ex.paragraphs for s in p.sentences]
    assert ex.body.index(quote) in starts


def test_extraction_is_deterministic() -> None:
    assert _load("amp.html") == _load("amp.html")


def test_a_headline_repeated_in_the_body_is_labelled() -> None:
    ex = _load("amp.html")
    first = ex.paragraphs[0]
    if ex.text(first) == ex.title:  # trafilatura keeps the <h1> of this page
        assert first.label == Label.headline


def test_missing_title_is_an_error() -> None:
    with pytest.raises(ExcerptError) as info:
        _load("untitled.html")
    assert info.value.line() == "pages/untitled.html: no title in the page (<title>, og:title or JSON-LD headline)"


def test_no_outlet_and_no_url_warns() -> None:
    page = b"<html><head><title>Quake hits Herat</title></head><body><article>" + (
        b"<p>A magnitude 6.3 earthquake struck western Afghanistan on Saturday, killing hundreds.</p>" * 3
    ) + b"</article></body></html>"
    ex = load_page("p.html", page, "p")
    assert ex.outlet == ""
    assert "no outlet in the page (og:site_name, JSON-LD publisher, canonical URL)" in ex.warnings
    assert "no publication date in the page: published left empty" in ex.warnings


def test_empty_article_is_an_error() -> None:
    with pytest.raises(ExcerptError) as info:
        load_page("e.html", b"<html><head><title>Empty</title></head><body><script>var story = 1;</script></body></html>", "e")
    assert info.value.line() == "e.html: no article text found in the page"


def test_invalid_jsonld_is_warned_and_skipped() -> None:
    page = (b'<html><head><title>Strikes on Sanaa</title><meta property="og:site_name" content="Yemen Desk">'
            b'<script type="application/ld+json">{"@type": "NewsArticle", headline: broken}</script></head>'
            b"<body><article>" + b"<p>Air strikes hit the Yemeni capital overnight, residents said on Sunday.</p>" * 3
            + b"</article></body></html>")
    ex = load_page("y.html", page, "y")
    assert ex.title == "Strikes on Sanaa"
    assert ex.warnings[0].startswith("JSON-LD block 1 is not valid JSON")


def test_non_utf8_page_is_an_error_with_the_offset() -> None:
    with pytest.raises(ExcerptError) as info:
        load_page("w.html", b"<html><title>Caf\xe9</title></html>", "w")
    assert info.value.line() == "w.html: not UTF-8: byte 0xe9 at byte offset 16 cannot be decoded"


def test_declared_charset_is_honoured() -> None:
    page = ('<html><head><meta charset="windows-1251"><title>Москва</title></head><body><article>'
            + "<p>Переговоры в Москве завершились без соглашения, сообщили дипломаты в пятницу.</p>" * 3
            + "</article></body></html>").encode("cp1251")
    ex = load_page("r.html", page, "r")
    assert ex.title == "Москва"
    assert "Переговоры в Москве" in ex.body


def test_nothing_is_fetched(tmp_path: Path) -> None:
    """A listening socket named by an external entity, a script, an image and a stylesheet gets no call."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    page = (PAGES / "hostile.html").read_text(encoding="utf-8").replace("127.0.0.1:9", f"127.0.0.1:{port}")
    try:
        ex = load_page("h.html", page.encode("utf-8"), "h")
        with pytest.raises(TimeoutError):
            server.accept()
    finally:
        server.close()
    assert "&xxe;" in ex.body or "xxe" not in ex.body  # kept literally or dropped, never expanded


@pytest.mark.parametrize(("value", "day"), [
    ("2019-07-20T09:15:00+04:00", "2019-07-20"),
    ("2016-09-26T23:30:00-05:00", "2016-09-26"),  # the day as written, not converted to UTC
    ("2021-08-17", "2021-08-17"),
    ("Tue, 17 Aug 2021 06:40:00 GMT", "2021-08-17"),
    ("not a date", ""),
])
def test_iso_day(value: str, day: str) -> None:
    assert iso_day(value) == day
