"""Property tests: any text or phrase, any anchor and tense -> no exception, and ordered, in-text results."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.datefind import _dateline, find_dates
from timeline.dates import Anchor, DateMention, resolve
from timeline.datewords import interpret, pattern, trap_pattern
from timeline.models import DateResolution

KNOWN = ["Monday", "on Thursday", "late on Friday", "last week", "earlier this week", "this weekend",
         "in October", "in June 2015", "April 27", "27 April 2017", "on the 31st", "Sept. 3-5", "in 2015",
         "1950-53", "2017-02-29", "a day earlier", "two days later", "hours later", "Just days ago",
         "in recent weeks", "soon", "three weeks ago", "the 1990s", "next month", "February 29",
         "at the beginning of October", "in the second half of 2024", "over the next three days",
         "just a couple of days ago", "in the first week of October", "Mon., Sept. 4, 2017",
         "the day before", "on the 27th", "by the end of the year", "the 2015 deal", "within weeks"]

phrases = st.one_of(
    st.sampled_from(KNOWN),
    st.text(max_size=40),
    st.from_regex(pattern(), fullmatch=True),
)
anchors = st.one_of(
    st.dates().map(date.isoformat),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.dates().map(lambda d: d.isoformat()[:4]),
    st.sampled_from(["", "0001-01-01", "9999-12-31", "9999-12", "0001", "2017-13-01", "garbage"]),
)
sources = st.sampled_from(["as_of", "published", None])
tenses = st.sampled_from(["past", "present", "future", "", "pluperfect"])
kinds = st.sampled_from(["absolute", "relative", "anaphoric", "vague", "modifier"])


@st.composite
def previous_events(draw: st.DrawFn) -> tuple[str, DateResolution] | None:
    if draw(st.booleans()):
        return None
    first = draw(st.dates())
    last = draw(st.dates(min_value=first))
    if draw(st.booleans()):
        return ("x-000000", DateResolution())
    return ("x-000001", DateResolution(start=first, end=last, basis="drawn"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrases, anchors, sources, tenses, kinds, previous_events())
def test_resolve_never_raises_and_is_ordered(phrase, anchor, source, tense, kind, previous):
    got = resolve(DateMention(0, len(phrase), phrase, kind), Anchor.from_value(anchor, source), tense, previous)
    assert isinstance(got, DateResolution)
    assert (got.start is None) == (got.end is None)
    if got.start is not None:
        assert got.start <= got.end
        assert got.relative_to in ("as_of", "published", "absolute") or got.relative_to.startswith("event:")
    assert got.basis


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300), st.integers(-5, 400), st.one_of(st.none(), st.integers(-5, 400)))
def test_find_dates_on_any_text(text, start, end):
    found = find_dates(text, start, end)
    last = -1
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.phrase
        assert m.start >= last  # in order, never overlapping
        last = m.end


words = st.sampled_from(["Monday", "may", "May", "in", "on", "the", "2015", "deal", "last", "week", "Sept.",
                         "3", ",", "2017", "days", "ago", "a", "day", "earlier", "We", "70-year", "March",
                         "this", "weekend", "October", "27th", "-", "53", "1950", "soon", "as", "."])


@settings(max_examples=400, deadline=None)
@given(st.lists(words, max_size=25), st.dates(), tenses)
def test_word_salad_finds_and_resolves(tokens, anchor, tense):
    text = " ".join(tokens)
    previous = None
    for m in find_dates(text):
        assert text[m.start : m.end] == m.phrase
        got = resolve(m, Anchor.from_value(anchor.isoformat(), "as_of"), tense, previous)
        if got.start is not None:
            assert got.start <= got.end
            previous = ("e-1", got)


def full_scan(text: str) -> list[tuple[int, int, str, str]]:
    """The grammar run at every position of the text, with no core-word windows: the reference."""
    traps = [(t.start(), t.end()) for t in trap_pattern().finditer(text)]
    out = []
    for m in pattern().finditer(text):
        parsed = interpret(m)
        if parsed is not None and not any(s < m.end() and m.start() < e for s, e in traps):
            kind = "dateline" if parsed.form == "date" and _dateline(text, m.start(), m.end()) else parsed.kind
            out.append((m.start(), m.end(), m.group(), kind))
    return out


filler = st.sampled_from(["the", "said", "troops", "Mayor", "talks", "x" * 30, "\n\n", "—", "US", "(AP)", "MOSCOW,",
                          "at the beginning of", "over the past few", "just a couple of", "Sunday Times", "as"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(words, filler, st.sampled_from(KNOWN)), max_size=40))
def test_windows_find_what_a_full_scan_finds(tokens):
    text = " ".join(tokens)
    assert [(m.start, m.end, m.phrase, m.kind) for m in find_dates(text)] == full_scan(text)
