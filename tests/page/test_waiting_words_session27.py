"""Session 27 (pstatus27): the page's list of conflicts waiting for a verdict names both claims and their event ids.

Each item read "<claim> (<outlet>) differs from <other outlet>: date: 9 Oct here, 10 Oct there": the other source's
claim was a bare outlet name and no event id was shown anywhere on the page (only in link targets), though an editor
needs both ids to write the verdict (README: here = "...", there = "..."). Now the item quotes the other claim's summary
too and gives the verdict's keys.
"""

from __future__ import annotations

import lxml.html

from page.render import render_page
from tests.page import story
from tests.page.conftest import RECORD_HASH


def test_a_waiting_conflict_names_both_claims_and_the_verdict_keys():
    """Old code: "... differs from Nordic Monitor: date: ..." with no other claim and no id in the text."""
    xs, tl, par = story.record()
    doc = lxml.html.document_fromstring(render_page(xs, tl, par, RECORD_HASH))
    (item,) = doc.xpath('//ul[@class="waiting"]/li')
    here, there = (a.get("href").removeprefix("#ev-") for a in item.xpath("./a"))
    other = next(e for e in tl.events if e.id == there)
    assert item.xpath("./a")[1].text_content() == other.summary  # the other claim, not only its outlet
    assert [c.text_content() for c in item.xpath(".//code")] == [here, there]
    assert f"verdict keys: here = {here}, there = {there}" in item.text_content()
