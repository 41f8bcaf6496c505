"""The page is read in one streaming pass (no tree of it kept), in a second process when it is big."""

from __future__ import annotations

import pytest

from excerpt.errors import RecordError
from gate import context
from gate.context import scan_page
from tests.gate.conftest import Copy
from tests.gate.test_page import insert


def test_scan_keeps_only_what_the_checks_read(tmp_path) -> None:
    page = tmp_path / "index.html"
    page.write_text('<!doctype html><html><head><meta name="record-sha256" content="ab12">\n'
                    '<style>p{}</style></head>\n<body><p id="x">t</p><a name="n" href="#x">x</a>\n'
                    '<a href="https://e.example/">out</a><p style="color:red">s</p>\n'
                    '<meta name="record-sha256" content="late"></body></html>', encoding="utf-8")
    scan = scan_page("index.html", page)
    assert scan.ids == {"x", "n"} and scan.fragment_hrefs == {"#x"}
    assert [(n.tag, n.text, n.sourceline) for n in scan.may_fetch] == [("style", "p{}", 2), ("p", "s", 4)]
    # The one in <head> first, then any elsewhere, as the page-hash check looks for them.
    assert [(m.get("content"), m.sourceline) for m in scan.metas] == [("ab12", 1), ("late", 5)]
    assert scan.lines_of_href({"#x", "https://e.example/"}) == {"#x": [3], "https://e.example/": [4]}


def test_an_empty_page_is_a_record_error(tmp_path) -> None:
    page = tmp_path / "index.html"
    page.write_bytes(b"")
    with pytest.raises(RecordError) as exc:
        scan_page("out/index.html", page)
    assert exc.value.line().startswith("out/index.html: not an HTML page: ")


def test_a_big_page_is_scanned_in_another_process_with_the_same_findings(copy: Copy, monkeypatch) -> None:
    line = insert(copy, '<p><a href="#ev-gulf-999999">see</a><img src="https://cdn.example/a.png" alt=""></p>')
    here = copy.findings()
    started = []
    real = context._PageJob.__init__

    def spy(self, shown, path):
        real(self, shown, path)
        started.append(self.future is not None)

    monkeypatch.setattr(context, "PARALLEL_PAGE_BYTES", 0)
    monkeypatch.setattr(context._PageJob, "__init__", spy)
    there = copy.findings()
    assert started == [True] and there == here
    assert {(f.check, f.line) for f in there if f.check.startswith("page.")} == {
        ("page.broken-link", line), ("page.external-resource", line)}


def test_a_broken_big_page_names_the_file(copy: Copy, monkeypatch) -> None:
    (copy.out / "index.html").write_bytes(b"")
    monkeypatch.setattr(context, "PARALLEL_PAGE_BYTES", 0)
    with pytest.raises(RecordError) as exc:
        copy.findings()
    assert exc.value.line().startswith("out/index.html: not an HTML page: ")


def _tree_scan(path) -> tuple:
    """What the page checks read, from lxml's own tree of the page (the way it was read before the parser target)."""
    from lxml import etree

    ids, hrefs, kept, metas = set(), set(), [], []
    for el in etree.parse(str(path), etree.HTMLParser(huge_tree=True, no_network=True)).iter():
        if not isinstance(el.tag, str):
            continue
        tag, attrib = el.tag.lower(), dict(el.attrib)
        if "id" in attrib:
            ids.add(attrib["id"])
        if tag == "a" and "name" in attrib:
            ids.add(attrib["name"])
        if attrib.get("href", "").startswith("#"):
            hrefs.add(attrib["href"])
        if tag in context.RESOURCE_TAGS or "style" in attrib or "background" in attrib:
            kept.append((el.tag, attrib, el.text, el.sourceline))
        if tag == "meta" and attrib.get("name") == context.RECORD_META:
            parent = el.getparent()
            head = parent is not None and parent.tag == "head" and parent.getparent().getparent() is None
            metas.append((not head, el.sourceline, attrib.get("content")))
    return ids, hrefs, sorted(map(repr, kept)), [m[1:] for m in sorted(metas, key=lambda m: m[0])]


ODD_PAGE = """<!-- c --><meta name="record-sha256" content="pre">
<html><head><meta name="record-sha256" content="h1"><title>x</title><style>a{b:url(http://x)}</style><style></style>
<body><p id=a style="x"><b>t</b>tail<object data="q"><embed src="http://e"></object>
<svg><image xlink:href="http://i"/><use href="#u"/></svg><a name="nm" href="#a">q</a>
<table background="bg.png"><tr><td id="td1">c</td></tr></table><p style="s">text<i>x</i></p>
<meta name="record-sha256" content="b"><div><meta name="record-sha256" content="c"></div>
<p id="dup" id="dup2">x</p><img src='a.png' srcset="a 1x, b 2x"><script>var x = "<p id='no'>";</script>
<style>p{}</style><link rel=stylesheet href=x.css><base href="http://b/"><iframe src="y"></iframe>
<a href="#%41">enc</a><a href="#">top</a>&amp;<p id="\u00e9">u</p><p id="&lt;x&gt;" style='a:"b"'>&#x41;</p>
"""


@pytest.mark.parametrize("markup", [ODD_PAGE, "<p id=x>no html or head</p><meta name='record-sha256' content='z'>"])
def test_the_streamed_scan_reads_what_the_tree_holds(tmp_path, markup: str) -> None:
    page = tmp_path / "index.html"
    page.write_text(markup, encoding="utf-8")
    scan = scan_page("index.html", page)
    got = (scan.ids, scan.fragment_hrefs,
           sorted(repr((n.tag, n.attrib, n.text, n.sourceline)) for n in scan.may_fetch),
           [(m.sourceline, m.get("content")) for m in scan.metas])
    assert got == _tree_scan(page)
