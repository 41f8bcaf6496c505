"""Session 24 (pstatus24): the page lists the conflicts waiting for a verdict at its top, each linking to its two claims.

The glance gave only their number ("Conflicts waiting for a verdict: 7"): an editor had to page through every
source's claims to find them. Now the first WAITING_SHOWN are listed in record order (the claim, its outlet, the
source it differs from and how), the rest counted; a verdict takes a conflict off the list.
"""

from __future__ import annotations

import lxml.html

from page.context import WAITING_SHOWN, build_context
from page.render import render_page
from parity.models import Decision, Status, Verdict
from tests.page import story
from tests.page.conftest import RECORD_HASH


def _waiting_items(html: str) -> list[lxml.html.HtmlElement]:
    return lxml.html.document_fromstring(html).xpath('//ul[@class="waiting"]/li')


def test_the_waiting_conflict_is_listed_with_links_to_both_claims():
    """Old code: no list, only the count."""
    doc = lxml.html.document_fromstring(render_page(*story.record(), RECORD_HASH))
    (item,) = doc.xpath('//ul[@class="waiting"]/li')
    ids = {a.get("href")[1:] for a in item.xpath(".//a")}
    assert len(ids) == 2 and all(doc.xpath(f'//*[@id="{i}"]') for i in ids)  # both links land on the timeline
    assert "differs from" in item.text_content() and "date: 9 Oct here, 10 Oct there" in item.text_content()


def test_a_verdict_takes_the_conflict_off_the_list():
    xs, tl, par = story.record()
    claims = [c.model_copy(update={"verdict": Verdict(here=c.event, there=c.links[0].event,
                                                      decision=Decision.accept_there)})
              if c.status == Status.conflicting and c.excerpt == "br2" else c for c in par.claims]
    html = render_page(xs, tl, par.model_copy(update={"claims": claims}), RECORD_HASH)
    assert _waiting_items(html) == []
    assert "Waiting for a verdict" not in html


def test_beyond_the_first_few_the_rest_are_counted():
    """Many sources contradicting one claim: WAITING_SHOWN listed, the rest as "and N more"."""
    xs, tl, par = story.record()
    (says,) = [e for e in tl.events if e.excerpt == "br2" and e.date.phrase == "on Monday"]
    n = WAITING_SHOWN + 3
    copies = [xs[1].model_copy(update={"id": f"cp{i}", "outlet": f"Desk {i}"}) for i in range(n)]
    events = [says.model_copy(update={"id": f"cp{i}-000000", "excerpt": f"cp{i}"}) for i in range(n)]
    claims = []
    for c in par.claims:
        if c.excerpt == "nm1" and c.status == Status.conflicting:
            link = c.links[0]
            c = c.model_copy(update={"links": [link, *(link.model_copy(update={"event": e.id, "excerpt": e.excerpt})
                                                       for e in events)]})
        claims.append(c)
    record = (xs + copies, tl.model_copy(update={"events": [*tl.events, *events]}),
              par.model_copy(update={"claims": claims}))
    g = build_context(*record).glance
    assert (len(g.waiting), g.waiting_more, g.conflicts_waiting) == (WAITING_SHOWN, n + 1 - WAITING_SHOWN, n + 1)
    items = _waiting_items(render_page(*record, RECORD_HASH))
    assert len(items) == WAITING_SHOWN + 1 and items[-1].text_content().startswith(f"and {n + 1 - WAITING_SHOWN} more")
