"""Session 19 (lead): an act's evidence that timeline/evidencelead.py widened over its time clause's opener ("two weeks
after Ruritania seized ...") gives parity the same claim words as the act told alone: the opener and its measure tell
when (the claim's day compares that), not what was done. Without this, the widened acts of round 2 lost two links of a
dev set (a forced landing told as "two weeks after X forced a flight to land" no longer matched "intercepted and
diverted a flight"): similarity under threshold."""

from __future__ import annotations

import pytest

from parity.claims import _without_lead, claims_of
from tests.timeline.events_helpers import make_excerpt
from timeline.build import build_timeline
from timeline.events import extract


@pytest.mark.parametrize(("exact", "expected"), [
    ("two weeks after Ruritania seized a tanker", "Ruritania seized a tanker"),
    ("three days after the junta closed the border", "the junta closed the border"),
    ("shortly before the frigate entered the strait", "the frigate entered the strait"),
    ("after summoning the charge d'affaires", "summoning the charge d'affaires"),
    ("When the cutter rammed the trawler", "the cutter rammed the trawler"),
    # Not an opener at the start: the evidence stays whole.
    ("Ruritania seized a tanker two weeks after the vote", "Ruritania seized a tanker two weeks after the vote"),
    ("the afternoon raid on the port", "the afternoon raid on the port"),
])
def test_without_lead(exact: str, expected: str) -> None:
    assert _without_lead(exact) == expected


def test_a_widened_act_has_the_words_of_the_act_alone() -> None:
    body = ("Delegates met in Valdora on Friday, two weeks after Ruritania seized a Bordurian tanker in the strait on "
            "3 March. Ruritania seized a Bordurian tanker in the strait on 3 March, officials said.")
    x = make_excerpt(body, published="2031-03-17", id="cw-01")
    record_ = build_timeline([x], [extract(x)])
    seized = [c for c in claims_of(record_) if "seized" in c.event.evidence.exact and c.event.kind.value != "statement"]
    assert seized, [e.evidence.exact for e in record_.events]
    for claim in seized:
        assert not {"two", "week", "weeks"} & set(claim.words), claim.words
