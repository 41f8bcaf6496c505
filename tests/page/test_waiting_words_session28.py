"""Session 28 (pstatus28): a conflict waiting for a verdict shows each source's own words side by side.

Read as a fact-checker deciding before publication, the glance's item ("<claim> (<outlet>) differs from <claim>
(<outlet>): stance: Russia blame US here, Russia+China not blame US there") left them to open the source texts or the
JSON to see what each source actually wrote: on the sample page, "Sergei Ryabkov stressing: Pyongyang should cease its
provocative actions" was said to blame the US, which only its sentence's "but also blamed Washington" explains. Each
item now quotes the sentence each claim was read from, its evidence marked, under its outlet's name.
"""

from __future__ import annotations

import lxml.html

from page.render import render_page
from tests.page import story
from tests.page.conftest import RECORD_HASH


def test_a_waiting_conflict_quotes_both_sources_words():
    """Old code: no sentence of either source in the item."""
    xs, tl, par = story.record()
    doc = lxml.html.document_fromstring(render_page(xs, tl, par, RECORD_HASH))
    (item,) = doc.xpath('//ul[@class="waiting"]/li')
    here, there = (a.get("href").removeprefix("#ev-") for a in item.xpath("./a"))
    events = {e.id: e for e in tl.events}
    outlets = {x.id: x.outlet for x in xs}
    words = item.xpath('./div[@class="words"]/p[@class="said"]')
    assert len(words) == 2
    for p, ev_id in zip(words, (here, there), strict=True):
        ev = events[ev_id]
        assert p.xpath("./b")[0].text_content() == f"{outlets[ev.excerpt]}:"
        assert " ".join(p.xpath("./mark")[0].text_content().split()) == " ".join(ev.evidence.exact.split())
