"""Any text yields events or none, never an exception; every event points at its own words."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict

# Pieces of news copy, so random text reaches the speaker, quote and trigger rules, not only noise.
PIECES = ["Russia", "U.S.", "said", "told reporters", "Monday", "last week", "“", "”", '"', ",", ".",
          "\n\n", " ", "the minister", "he", "added:", "fired a missile", "USS Carl Vinson", "sailed",
          "according to", "Itar-Tass", "President Xi Jinping", "Mr Lavrov", "will", "if", "denied",
          "deployed troops", "met", "sanctions", "nuclear test", "A day earlier", "may", "(", "—", "’s"]

text_st = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=text_st, published=st.sampled_from(["2017-09-04", "2017-12", "2017", ""]))
def test_any_text_yields_events_or_none(body: str, published: str) -> None:
    ex = make_excerpt(body, published=published)
    for ev in extract_strict(ex):
        assert ex.body[ev.evidence.start:ev.evidence.end] == ev.evidence.exact
        assert ev.evidence.exact.strip()
        if ev.quote is not None:
            assert ev.quote.text in ex.body
        assert len(ev.summary) <= 100
        if ev.date.dated:
            assert ev.date.phrase
