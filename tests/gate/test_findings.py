"""Findings: one deterministic order, and where a finding is, as the table shows it."""

from __future__ import annotations

from gate.findings import Finding, Severity, sort_findings


def f(severity: Severity, check: str, **kw) -> Finding:
    return Finding(severity=severity, check=check, problem=kw.pop("problem", "p"), **kw)


def test_order_is_severity_then_check_then_place() -> None:
    items = [
        f(Severity.info, "a.x"),
        f(Severity.warning, "b.y", excerpt="e2", line=3, column=1),
        f(Severity.error, "z.z"),
        f(Severity.warning, "b.y", excerpt="e1", line=9, column=4),
        f(Severity.warning, "b.y", excerpt="e1", line=2, column=7),
        f(Severity.warning, "a.y"),
    ]
    ordered = sort_findings(list(reversed(items)))
    assert [(x.severity.value, x.check, x.excerpt, x.line) for x in ordered] == [
        ("error", "z.z", None, None), ("warning", "a.y", None, None), ("warning", "b.y", "e1", 2),
        ("warning", "b.y", "e1", 9), ("warning", "b.y", "e2", 3), ("info", "a.x", None, None)]
    assert sort_findings(items) == ordered


def test_duplicates_are_reported_once() -> None:
    one = f(Severity.error, "a.b", excerpt="x")
    assert sort_findings([one, one.model_copy()]) == [one]


def test_where_names_excerpt_line_column_and_event() -> None:
    assert f(Severity.error, "a.b", excerpt="gulf", file="x/gulf.txt", line=12, column=5,
             event="gulf-1a2b3c").where() == "gulf 12:5 · gulf-1a2b3c"
    assert f(Severity.error, "a.b", file="out/index.html", line=40).where() == "out/index.html line 40"
    assert f(Severity.error, "a.b", excerpt="corridor").where() == "corridor"
    assert f(Severity.info, "a.b").where() == ""
