"""checks.py --format json writes the text json.dumps(indent=2) wrote, without its pure-Python encoder (session 18)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import checks
from gate.findings import Finding, Severity

# Scalars json writes as they are, strings with escapes, control characters, quotes and non-ASCII letters.
SCALARS = st.none() | st.booleans() | st.integers(min_value=-(10**20), max_value=10**20) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
DOCS = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(max_size=6), inner, max_size=4), max_leaves=25)


@given(DOCS)
@settings(max_examples=400, deadline=None)
def test_pretty_is_json_dumps_with_an_indent(doc: object) -> None:
    assert checks._pretty(doc) == json.dumps(doc, ensure_ascii=False, indent=2)


def test_pretty_refuses_what_it_does_not_write() -> None:
    for bad in (1.5, (1, 2), {1: "a"}, {"a": [1.0]}):
        try:
            checks._pretty(bad)
        except TypeError:
            continue
        raise AssertionError(f"{bad!r} written")


def _old_render(findings: list[Finding], blocked: bool, code: int) -> str:
    """render_json as it was before session 18: json.dumps with an indent."""
    n = checks.counts(findings)
    doc = {"findings": [f.model_dump(mode="json") for f in findings],
           "summary": {"errors": n["error"], "warnings": n["warning"], "info": n["info"],
                       "publish": not blocked, "exit_code": code}}
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(doc, ensure_ascii=True, indent=2)
    return text


FINDINGS = st.lists(st.builds(
    Finding, severity=st.sampled_from(list(Severity)), check=st.text(min_size=1, max_size=10),
    excerpt=st.none() | st.text(max_size=8), event=st.none() | st.text(max_size=8),
    file=st.none() | st.text(max_size=8), line=st.none() | st.integers(1, 10**6),
    column=st.none() | st.integers(1, 10**6), problem=st.text(max_size=30), fix=st.text(max_size=10)), max_size=6)


@given(FINDINGS, st.booleans(), st.sampled_from([0, 1, 2]))
@settings(max_examples=200, deadline=None)
def test_render_json_is_the_old_text(findings: list[Finding], blocked: bool, code: int) -> None:
    # Lone surrogates included (st.text draws them): the ASCII fallback is taken as before.
    assert checks.render_json(findings, blocked, code) == _old_render(findings, blocked, code)


def test_render_json_of_no_findings() -> None:
    text = checks.render_json([], False, 0)
    assert text == _old_render([], False, 0)
    assert '"findings": [],' in text


def test_render_json_of_a_lone_surrogate_is_the_old_ascii_text() -> None:
    bad = [Finding(severity="error", check="evidence.moved", event="001-\ud800", problem="Zoë \udcff")]
    assert checks.render_json(bad, True, 1) == _old_render(bad, True, 1)
