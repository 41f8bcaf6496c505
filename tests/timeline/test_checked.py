"""extract_checked: a failing sentence costs only itself and is said; build_timeline records it."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline import events as E
from timeline.build import build_timeline
from timeline.events import extract, extract_checked, extract_strict

BODY = ("Sudan's army said on Monday it had recaptured the airport in Khartoum.\n\n"
        "The Rapid Support Forces shelled the city of El Fasher on Sunday, the UN said.\n\n"
        "Armenia's foreign ministry said on Tuesday that talks with Azerbaijan would resume.")


def _break_on(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = E._sentence

    def boom(ctx, s, e, dates, paragraph, head=None):  # type: ignore[no-untyped-def]
        if word in ctx.body[s:e]:
            raise ZeroDivisionError("simulated")
        return real(ctx, s, e, dates, paragraph, head)

    monkeypatch.setattr(E, "_sentence", boom)


def test_one_bad_sentence_loses_only_itself_and_says_where(monkeypatch: pytest.MonkeyPatch) -> None:
    ex = make_excerpt(BODY, published="2025-03-26", id="s01")
    whole, none = extract_checked(ex)
    assert none == [] and len(whole) >= 3
    _break_on("El Fasher", monkeypatch)
    events, warnings = extract_checked(ex)
    offset = BODY.index("The Rapid")
    assert warnings == [f"event extraction failed in sentence at offset {offset}: ZeroDivisionError"]
    assert all("El Fasher" not in e.evidence.exact for e in events)
    assert [e.id for e in events] == [e.id for e in whole if "El Fasher" not in e.evidence.exact]
    assert extract(ex) == events  # extract never raises either
    with pytest.raises(ZeroDivisionError):
        extract_strict(ex)


def test_build_timeline_puts_extraction_warnings_in_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    _break_on("Khartoum", monkeypatch)
    ex = make_excerpt(BODY, published="2025-03-26", id="s02")
    tl = build_timeline([ex])
    assert tl.excerpts[0].warnings == ["event extraction failed in sentence at offset 0: ZeroDivisionError"]
    # Precomputed lists (as a parallel runner hands them in), with and without warnings.
    events, warnings = extract_checked(ex)
    assert build_timeline([ex], [events], [warnings]).excerpts[0].warnings == warnings
    assert build_timeline([ex], [events]).excerpts[0].warnings == []


def test_excerpt_wide_failure_is_one_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(body, paragraphs):  # type: ignore[no-untyped-def]
        raise KeyError("x")

    monkeypatch.setattr(E, "find_quotes", boom)
    events, warnings = extract_checked(make_excerpt(BODY, id="s03"))
    assert events == [] and warnings == ["event extraction failed in excerpt s03: KeyError"]
