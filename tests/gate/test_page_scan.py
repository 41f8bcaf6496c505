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
