"""The rendered page, read with a parser: CSP, escaping, links both ways, structure, determinism."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import date
from pathlib import Path

import lxml.html
import pytest

from excerpt.models import Excerpt
from page.render import TEMPLATES, render_page, write_page
from page.wording import anchor
from parity.models import Decision, Parity, Verdict
from tests.page import story
from tests.page.conftest import RECORD_HASH
from timeline.models import Timeline

Record = tuple[list[Excerpt], Timeline, Parity]


@pytest.fixture(scope="module")
def doc(page_html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page_html)


def _csp(doc: lxml.html.HtmlElement) -> dict[str, str]:
    (meta,) = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    return {d.split()[0]: d.split(None, 1)[1] for d in (x.strip() for x in meta.get("content").split(";"))}


def test_csp_forbids_network_and_allows_only_the_inline_style(doc: lxml.html.HtmlElement) -> None:
    csp = _csp(doc)
    for directive in ("default-src", "img-src", "connect-src", "form-action", "base-uri", "script-src"):
        assert csp[directive] == "'none'", directive
    (style,) = doc.xpath("//style")
    digest = base64.b64encode(hashlib.sha256(style.text.encode("utf-8")).digest()).decode()
    assert csp["style-src"] == f"'sha256-{digest}'"


def test_self_contained(doc: lxml.html.HtmlElement) -> None:
    assert doc.xpath("//script | //img | //iframe | //object | //embed | //link | //base | //form") == []
    assert doc.xpath("//*[@src] | //*[@style] | //*[@srcset]") == []
    # Only in-page anchors and the sources' own web addresses are links.
    hrefs = doc.xpath("//a/@href")
    assert all(h.startswith("#") or h.startswith(("https://", "http://")) for h in hrefs)
    assert "@import" not in doc.xpath("string(//style)") and "url(" not in doc.xpath("string(//style)")


def test_record_hash_is_embedded(doc: lxml.html.HtmlElement) -> None:
    assert doc.xpath('//meta[@name="record-sha256"]/@content') == [RECORD_HASH]


def test_hostile_strings_are_text(page_html: str, doc: lxml.html.HtmlElement) -> None:
    assert doc.xpath('string(//*[@id="src-zz9-h"]/*[@class="outlet"])') == story.HOSTILE_OUTLET
    assert doc.xpath('string(//*[@id="src-zz9"]/p[@class="title"])') == story.HOSTILE_TITLE
    text = doc.xpath('string(//*[@id="text-zz9"])')
    assert "</script><script>alert(2)</script> was not a ship, and " in text
    assert doc.xpath('string(//*[@id="text-zz9"]//mark)') == "{{ 7*7 }} vessels {% raw %} left port on 3 October 2023"
    assert "{% endraw %}" in text
    # Jinja syntax in input is never evaluated, and markup from input never becomes markup.
    assert "49 vessels" not in page_html and "<script" not in page_html.lower()
    assert "<img" not in page_html and "<b>bold" not in page_html
    assert not doc.xpath('//a[starts-with(@href, "javascript")]')
    assert doc.xpath('string(//*[@id="src-zz9"])').count("javascript:alert(1)") == 1


def test_templates_never_mark_input_safe() -> None:
    for path in TEMPLATES.glob("*.html"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*safe|autoescape\s+false|Markup", source), path.name


def test_every_event_links_to_its_passage_and_back(record: Record, doc: lxml.html.HtmlElement) -> None:
    for ev in record[1].events:
        (item,) = doc.xpath(f'//li[@id="ev-{ev.id}"]')
        assert item.xpath(f'.//a[@href="#ev-{ev.id}-src"]'), ev.id
        (pin,) = doc.xpath(f'//*[@id="ev-{ev.id}-src"]')
        assert pin.get("href") == f"#ev-{ev.id}"
        # The pin sits at the start of the highlighted evidence (or beside it when spans overlap).
        marked = "".join(m.text_content() for m in doc.xpath(f'//mark[contains(@data-events, "{ev.id}")]'))
        assert marked == ev.evidence.exact, ev.id
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_every_in_page_link_has_a_target(doc: lxml.html.HtmlElement) -> None:
    ids = set(doc.xpath("//@id"))
    missing = [h for h in doc.xpath("//a/@href") if h.startswith("#") and h[1:] not in ids]
    assert missing == []


def test_small_page_is_fully_open(doc: lxml.html.HtmlElement) -> None:
    assert doc.xpath("//body/@class") == []
    assert len(doc.xpath('//section[@class="text"]/details[@open]')) == 4


def test_landmarks_headings_and_skip_link(doc: lxml.html.HtmlElement) -> None:
    for tag in ("header", "nav", "main", "footer"):
        assert len(doc.xpath(f"//body/{tag}")) == 1, tag
    first_link = doc.xpath("//body//a")[0]
    assert first_link.get("href") == "#main" and doc.xpath('//main[@id="main"]')
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))


def test_matrix_has_one_column_per_source(record: Record, doc: lxml.html.HtmlElement) -> None:
    heads = doc.xpath('//table[@class="matrix"]/thead/tr/th[@class="src"]')
    assert [h.xpath('string(.//span[@class="xid"])') for h in heads] == sorted(x.id for x in record[0])
    rows = doc.xpath('//table[@class="matrix"]/tbody/tr')
    assert rows and all(len(r.xpath("./td")) == len(heads) for r in rows)


def test_date_reasoning_is_in_details(record: Record, doc: lxml.html.HtmlElement) -> None:
    dated = [e for e in record[1].events if e.date.basis]
    for ev in dated:
        assert doc.xpath(f'string(//li[@id="ev-{ev.id}"]/details)').count(ev.date.basis) == 1


def test_non_story_lines_are_dimmed_with_their_label(doc: lxml.html.HtmlElement) -> None:
    dimmed = doc.xpath('//*[@id="text-nm1"]//p[@class="dim"]')
    labels = [p.xpath('string(./span[@class="label"])') for p in dimmed]
    assert labels == ["headline", "photo caption"]


def test_deterministic_and_independent_of_input_order(record: Record, page_html: str) -> None:
    xs, tl, par = record
    assert render_page(xs, tl, par, RECORD_HASH) == page_html
    assert render_page(list(reversed(xs)), tl, par, RECORD_HASH) == page_html
    assert not re.search(r"20\d\d-\d\d-\d\dT\d\d:", page_html)  # no timestamps


def test_many_sources_collapse_texts_and_compact_the_matrix(record: Record) -> None:
    xs, tl, par = record
    many = [x.model_copy(update={"id": f"{x.id}-{i:03d}"}) for i in range(40) for x in xs[:1]]
    html = render_page(xs + many, tl, par, RECORD_HASH)
    doc = lxml.html.document_fromstring(html)
    assert not doc.xpath('//section[@class="text"]/details[@open]')
    assert len(doc.xpath('//section[@class="text"]')) == len(xs) + 40
    assert doc.xpath("//body/@class") == ["large"]  # off-screen parts laid out lazily
    # 44 columns would be unreadable: each row lists only the sources that carry it, and only the two
    # claims that more than one source carries are rows.
    assert not doc.xpath('//table[@class="matrix"]')
    items = doc.xpath('//ol[@class="matrix-list"]/li')
    assert len(items) == 2 and all("of 44 sources" in li.text_content() for li in items)
    # Events count the other sources instead of linking each; the conflict is still spelt out.
    (gasgrid,) = doc.xpath('//li[@id="ev-br2-eaa302"]/p[a[contains(@href, "-src")]]')
    # One link per event, to its passage, named by the source; the text's heading links on to the card.
    assert "also in 2 other sources" in gasgrid.text_content()
    assert gasgrid.xpath("./a/@href") == ["#ev-br2-eaa302-src"] and "Baltic Report" in gasgrid.text_content()
    assert doc.xpath('//*[@id="text-br2-h"]/a/@href') == ["#src-br2"]
    assert "date: 10 Oct here, 9 Oct there" in doc.xpath('string(//*[@id="claims-nm1"])')
    # Plain claims (only here, echo, later development) are listed by number, each linking to its event;
    # every claim of the record is still reachable from the claims section.
    claims_links = set(doc.xpath('//section[@id="claims"]//a/@href'))
    assert {f"#ev-{c.event}" for c in par.claims} <= claims_links
    brief = doc.xpath('//*[@id="claims-nm1"]/p[@class="brief"]')
    assert brief and all(p.xpath("./a") for p in brief)
    only = [p for p in brief if "only here" in p.text_content()]
    assert only and [a.text for a in only[0].xpath("./a")] == sorted((a.text for a in only[0].xpath("./a")), key=int)


def test_page_written_to_disk_is_utf8(tmp_path: Path, page_html: str) -> None:
    path = tmp_path / "index.html"
    path.write_text(page_html, encoding="utf-8")
    assert lxml.html.parse(str(path)).getroot().xpath('string(//meta[@charset]/@charset)') == "utf-8"


def test_empty_record_renders_without_placeholder_sections() -> None:
    x = Excerpt(id="e1", path="e1.txt", sha256="0" * 64, title="Nothing dated", outlet="Quiet Times", body="")
    html = render_page([x], Timeline(excerpts=[], events=[]), Parity(claims=[]), RECORD_HASH)
    doc = lxml.html.document_fromstring(html)
    assert "No events were found" in doc.text_content()
    # Without parity there is nothing to compare: no claims or matrix section, no broken nav link.
    assert not doc.xpath('//*[@id="claims"] | //*[@id="matrix"] | //a[@href="#claims"]')
    assert doc.xpath('string(//*[@id="glance"])').count("no dated events") == 1


def test_stale_or_foreign_events_do_not_break_the_page(record: Record) -> None:
    xs, tl, par = record
    ev = tl.events[0]
    # An event whose source is not among the excerpts, and one whose offsets run past its body.
    foreign = ev.model_copy(update={"id": "gone-000001", "excerpt": "gone"})
    short = xs[0].model_copy(update={"body": xs[0].body[:40]})
    html = render_page([short, *xs[1:]], tl.model_copy(update={"events": [*tl.events, foreign]}), par, RECORD_HASH)
    doc = lxml.html.document_fromstring(html)
    assert doc.xpath('//li[@id="ev-gone-000001"]') and len(doc.xpath('//*[@id="text-nm1"]//p')) >= 1


def test_a_long_timeline_opens_with_its_days(record: Record) -> None:
    xs, tl, par = record
    base = tl.events[0]
    days = [base.date.model_copy(update={"start": date(2024, 1, d), "end": date(2024, 1, d)}) for d in range(1, 13)]
    events = [base.model_copy(update={"id": f"{base.id}{i}", "date": d}) for i, d in enumerate(days)]
    html = render_page(xs, tl.model_copy(update={"events": events}), par, RECORD_HASH)
    doc = lxml.html.document_fromstring(html)
    links = doc.xpath('//nav[@class="days"]//a/@href')
    assert links == [f"#day-2024-01-{d:02d}" for d in range(1, 13)]
    assert all(doc.xpath(f'//section[@id="{h[1:]}"]') for h in links)
    # The fixture's eight groups need no index.
    assert not lxml.html.document_fromstring(render_page(*record, RECORD_HASH)).xpath('//nav[@class="days"]')


def test_odd_file_names_still_link(record: Record) -> None:
    xs, tl, par = record
    odd = 'wire copy "7" <b>'
    renamed = {"nm1": odd}

    def rid(eid: str) -> str:
        head, _, tail = eid.rpartition("-")
        return f"{renamed.get(head, head)}-{tail}"

    xs2 = [x.model_copy(update={"id": renamed.get(x.id, x.id)}) for x in xs]
    events = [e.model_copy(update={"id": rid(e.id), "excerpt": renamed.get(e.excerpt, e.excerpt)}) for e in tl.events]
    claims = [c.model_copy(update={
        "event": rid(c.event), "excerpt": renamed.get(c.excerpt, c.excerpt),
        "links": [lk.model_copy(update={"event": rid(lk.event), "excerpt": renamed.get(lk.excerpt, lk.excerpt)})
                  for lk in c.links]}) for c in par.claims]
    html = render_page(xs2, tl.model_copy(update={"events": events}), par.model_copy(update={"claims": claims}),
                       RECORD_HASH)
    doc = lxml.html.document_fromstring(html)
    ids = set(doc.xpath("//@id"))
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", i) for i in ids)
    assert [h for h in doc.xpath("//a/@href") if h.startswith("#") and h[1:] not in ids] == []
    heading = doc.get_element_by_id(anchor("src-", odd) + "-h").text_content()
    assert heading.startswith("Nordic Monitor") and odd in heading


def test_stale_verdicts_are_listed(record: Record) -> None:
    xs, tl, par = record
    stale = Verdict(here="nm1-000000", there="br2-111111", decision=Decision.accept_here, line=7)
    html = render_page(xs, tl, par.model_copy(update={"stale_verdicts": [stale]}), RECORD_HASH)
    text = lxml.html.document_fromstring(html).xpath('string(//div[@class="stale"])')
    assert "nm1-000000 / br2-111111: accept here (verdicts.toml line 7)" in text
    assert 'class="stale"' not in render_page(*record, RECORD_HASH)


def test_crowded_day_gathers_look_alike_events(record: Record) -> None:
    """Copies of one story on one day share one head; each event keeps its id, passage link and reasoning."""
    xs, tl, par = record
    many = [x.model_copy(update={"id": f"{x.id}-{i:03d}"}) for i in range(40) for x in xs[:1]]
    (says,) = [e for e in tl.events if e.excerpt == "br2" and e.date.phrase == "on Monday"]
    # A second, unlinked source carries the same words on the same day: no parity claim, so both
    # read alike (same summary, kind, actor, no badge) and are gathered under one head.
    twin = says.model_copy(update={"id": "br2-copy-000001", "excerpt": "br2-copy"})
    twin_x = next(x for x in xs if x.id == "br2").model_copy(update={"id": "br2-copy", "outlet": "Twin Desk"})
    claims = [c for c in par.claims if c.event != says.id]
    html = render_page(xs + many + [twin_x], tl.model_copy(update={"events": [*tl.events, twin]}),
                       par.model_copy(update={"claims": claims}), RECORD_HASH)
    doc = lxml.html.document_fromstring(html)
    (head,) = doc.xpath(f'//li[@class="alike"][.//li[@id="ev-{says.id}"]]')
    assert head.xpath("./h4/text()") == [says.summary] and "In 2 sources" in head.text_content()
    for ev in (says, twin):
        (item,) = head.xpath(f'.//li[@id="ev-{ev.id}"]')
        assert item.xpath(f'./a[@href="#ev-{ev.id}-src"]') and doc.xpath(f'//*[@id="ev-{ev.id}-src"]')
        assert item.xpath('string(./details)').count(ev.date.basis) == 1
    ids = set(doc.xpath("//@id"))
    assert [h for h in doc.xpath("//a/@href") if h.startswith("#") and h[1:] not in ids] == []
    assert all(f"ev-{e.id}" in ids for e in tl.events)


def test_crowded_texts_keep_every_pin_and_highlight(record: Record) -> None:
    """A crowded page drops the marks' event lists (machine data) but keeps each pin and its highlight."""
    xs, tl, par = record
    many = [x.model_copy(update={"id": f"{x.id}-{i:03d}"}) for i in range(40) for x in xs[:1]]
    doc = lxml.html.document_fromstring(render_page(xs + many, tl, par, RECORD_HASH))
    assert doc.xpath("//mark") and not doc.xpath("//mark[@data-events]")
    for ev in tl.events:
        (pin,) = doc.xpath(f'//*[@id="ev-{ev.id}-src"]')
        assert pin.get("href") == f"#ev-{ev.id}" and pin.xpath("following-sibling::mark")


@pytest.mark.parametrize("crowded", [False, True])
def test_streamed_page_is_the_whole_page(record: Record, crowded: bool) -> None:
    """write_page (parts made as they are printed, written in pieces) gives render_page's bytes."""
    xs, tl, par = record
    if crowded:
        xs = xs + [x.model_copy(update={"id": f"{x.id}-{i:03d}"}) for i in range(40) for x in xs[:1]]
    pieces: list[bytes] = []
    write_page(pieces.append, xs, tl, par, RECORD_HASH)
    assert b"".join(pieces).decode("utf-8") == render_page(xs, tl, par, RECORD_HASH)
