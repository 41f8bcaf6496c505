"""Property: find_dates gives exact in-order mentions; resolve gives undated or start <= end, never raises."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.datefind import find_dates
from timeline.dates import Anchor, DateMention, resolve
from timeline.models import DateResolution

WORDS = st.sampled_from([
    "on", "last", "next", "this", "that", "earlier", "later", "week", "weekend", "month", "year", "ago", "days",
    "a", "day", "two", "three", "10", "31", "29", "2017", "1999", "0001", "9999", "the", "in", "of", "since",
    "Monday", "Sunday", "Friday", "January", "February", "May", "March", "Sept.", "Oct", "December",
    "morning", "night", "late", "early", "mid-", "before", "after", "earlier this week", "just days ago",
    "a day earlier", "the next day", "two days later", "recent weeks", "2017-02-29", "2016-02-29", "12/31",
    ",", ".", "-", "–", "until", "by", "from", "to", "and",
])
PHRASE_TEXT = st.one_of(st.lists(WORDS, max_size=12).map(" ".join), st.text(max_size=60))
ANCHOR_VALUE = st.one_of(
    st.dates().map(date.isoformat),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.dates().map(lambda d: d.isoformat()[:4]),
    st.sampled_from(["", "2017-13-45", "0000", "2017-02-30", "9999-12-31", "0001-01-01", "garbage"]),
    st.text(max_size=12),
)
PREVIOUS = st.one_of(
    st.none(),
    st.tuples(st.dates(), st.integers(0, 400)).map(
        lambda t: ("x-abc123", DateResolution(start=t[0], end=date.fromordinal(min(date.max.toordinal(), t[0].toordinal() + t[1])),
                                              phrase="p", basis="b", relative_to="as_of"))),
    st.just(("x-undated", DateResolution())),
)


@settings(max_examples=400, deadline=None)
@given(PHRASE_TEXT)
def test_find_dates_mentions_are_exact_and_in_order(text):
    at = 0
    for m in find_dates(text):
        assert at <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.phrase
        at = m.end


@settings(max_examples=600, deadline=None)
@given(PHRASE_TEXT, ANCHOR_VALUE, st.sampled_from(["as_of", "published", None]),
       st.sampled_from(["past", "present", "future", "conditional", ""]), PREVIOUS)
def test_resolve_any_phrase_and_anchor(text, value, source, tense, previous):
    anchor = Anchor.from_value(value, source)
    assert (anchor.start is None) == (anchor.end is None)
    if anchor.start is not None:
        assert anchor.start <= anchor.end
    mentions = find_dates(text) or [DateMention(0, len(text), text, "relative")]
    for m in mentions:
        got = resolve(m, anchor, tense, previous)
        assert isinstance(got, DateResolution)
        assert (got.start is None) == (got.end is None)
        if got.start is not None:
            assert got.start <= got.end
            assert got.basis
