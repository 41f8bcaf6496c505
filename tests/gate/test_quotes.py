"""Quotes: every direct quote on the record is verbatim in its source."""

from __future__ import annotations

from gate.findings import Finding, Severity
from tests.gate.conftest import Copy


def set_quote(copy: Copy, event_id: str, text: str, direct: bool = True) -> None:
    data = copy.data("timeline.json")
    for raw in data["events"]:
        if raw["id"] == event_id:
            raw["quote"] = {"text": text, "direct": direct}
    copy.save("timeline.json", data)


def test_good_quotes_pass(copy: Copy) -> None:
    quoted = [e for e in copy.data("timeline.json")["events"] if e["quote"]]
    assert len(quoted) == 3
    assert not [f for f in copy.before if f.check.startswith("quotes.")]


def test_reworded_direct_quote_is_not_verbatim(copy: Copy) -> None:
    ev = copy.event("corridor", "corridor is open")
    # One word changed ("for" -> "to") passes a reader's eye but not a fact-check.
    set_quote(copy, ev["id"], "The corridor is open to civilian ships")
    assert copy.new() == [Finding(
        severity=Severity.error, check="quotes.not-verbatim", excerpt="corridor", event=ev["id"],
        problem="direct quote 'The corridor is open to civilian ships' is not verbatim in the excerpt",
        fix="quote the source's exact words, or mark the quote as reported speech",
        **copy.where_in_file("corridor", "\"The corridor is open"))]


def test_reported_speech_need_not_be_verbatim(copy: Copy) -> None:
    ev = copy.event("baltic", "considered but robust")
    set_quote(copy, ev["id"], "Britain will respond firmly", direct=False)
    assert copy.new() == []


def test_curly_quotes_for_straight_ones_are_not_verbatim(copy: Copy) -> None:
    ev = copy.event("gulf", "We will not accept")
    set_quote(copy, ev["id"], "We will not accept threats to free navigation in international waters”")
    new = copy.new()
    assert [(f.check, f.event, f.line) for f in new] == [
        ("quotes.not-verbatim", ev["id"], copy.where_in_file("gulf", "\"We will not")["line"])]
