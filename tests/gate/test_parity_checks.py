"""Parity: conflicts without a verdict, stale, changed, duplicate or malformed verdicts, single sources, echoes."""

from __future__ import annotations

from gate.findings import Finding, Severity
from gate.parity_checks import _clipped
from tests.gate.conftest import Copy

FIX_VERDICT = ("add a verdict for {} to verdicts.toml (accept_here, accept_there, both_wrong, not_same or noted), "
               "then run report.py")


def verdicts(copy: Copy, *tables: str, rebuild: bool = True) -> None:
    """Write verdicts.toml beside the excerpts (and rebuild the record with it, as report.py would)."""
    (copy.excerpts / "verdicts.toml").write_text("".join(tables), encoding="utf-8")
    if rebuild:
        copy.rebuild()


def table(here: str, there: str | None = None, decision: str = "accept_here", note: str = "") -> str:
    there_line = f'there = "{there}"\n' if there else ""
    note_line = f'note = "{note}"\n' if note else ""
    return f'[[verdict]]\nhere = "{here}"\n{there_line}decision = "{decision}"\n{note_line}\n'


def conflict(copy: Copy) -> tuple[dict, dict]:
    return copy.event("gulf", "seized a British-flagged oil"), copy.event("baltic", "Iranian forces seized")


def _said(copy: Copy, ev: dict) -> str:
    """An event's outlet and its words as a finding quotes them (session 27)."""
    outlet = next(x["outlet"] for x in copy.data("timeline.json")["excerpts"] if x["id"] == ev["excerpt"])
    return f"{outlet}: “{_clipped(ev['evidence']['exact'])}”"


def unjudged(copy: Copy, severity: Severity, ev: dict, other: dict, text: str, dates: str) -> Finding:
    # Session 27: the problem quotes both sources' words and both dates (it named the other event's id and "date").
    there = _said(copy, other).replace(": “", f" ({other['id']}): “", 1)
    return Finding(severity=severity, check="parity.unjudged-conflict", excerpt=ev["excerpt"], event=ev["id"],
                   problem=f"conflicting claim without an editor's verdict: {_said(copy, ev)} differs from {there} "
                           f"({dates})",
                   fix=FIX_VERDICT.format(ev["id"]), **copy.where_in_file(ev["excerpt"], text))


def test_conflict_without_verdict_is_a_warning_and_an_error_with_strict(copy: Copy) -> None:
    gulf, baltic = conflict(copy)
    expected = [unjudged(copy, Severity.warning, baltic, gulf, "Iranian forces seized", "date: 18 Jul here, 19 Jul there"),
                unjudged(copy, Severity.warning, gulf, baltic, "Iran's Revolutionary Guard seized",
                         "date: 19 Jul here, 18 Jul there")]
    assert [f for f in copy.before if f.check == "parity.unjudged-conflict"] == expected
    strict = [f for f in copy.findings(strict=True) if f.check == "parity.unjudged-conflict"]
    assert strict == [f.model_copy(update={"severity": Severity.error}) for f in expected]


def test_a_verdict_on_the_pair_settles_both_claims(copy: Copy) -> None:
    gulf, baltic = conflict(copy)
    verdicts(copy, table(gulf["id"], baltic["id"], "accept_there", "Thursday per the shipping logs"))
    assert copy.new() == []
    assert [f.check for f in copy.gone()] == ["parity.unjudged-conflict", "parity.unjudged-conflict"]


def test_verdict_added_after_the_record_was_built(copy: Copy) -> None:
    gulf, baltic = conflict(copy)
    verdicts(copy, "# editor's decisions\n", table(gulf["id"], baltic["id"]), rebuild=False)
    assert copy.new() == [Finding(severity=Severity.error, check="parity.verdicts-changed",
                                  file="excerpts/verdicts.toml", line=2, event=gulf["id"],
                                  problem="verdict 'accept_here' is in verdicts.toml but not in the record",
                                  fix="run report.py so the record and the page carry it")]


def test_verdict_removed_after_the_record_was_built(copy: Copy) -> None:
    gulf, baltic = conflict(copy)
    verdicts(copy, table(gulf["id"], baltic["id"], "both_wrong"))
    copy.snapshot()
    (copy.excerpts / "verdicts.toml").unlink()
    assert copy.new() == [Finding(severity=Severity.error, check="parity.verdicts-changed",
                                  file="out/parity.json", event=gulf["id"],
                                  problem="verdict 'both_wrong' is in the record but not in verdicts.toml",
                                  fix="run report.py so the record and the page match verdicts.toml")]


def test_malformed_verdicts_name_the_line(copy: Copy) -> None:
    gulf, _ = conflict(copy)
    verdicts(copy, table(gulf["id"], decision="maybe"), rebuild=False)
    assert copy.new() == [Finding(severity=Severity.error, check="parity.verdicts-malformed",
                                  file="excerpts/verdicts.toml", line=3,
                                  problem="line 3: decision 'maybe' is not one of accept_here, accept_there, "
                                          "both_wrong, not_same, noted",
                                  fix="correct verdicts.toml, then run report.py")]


def test_verdict_for_an_event_no_longer_on_the_record(copy: Copy) -> None:
    gulf, baltic = conflict(copy)
    verdicts(copy, table(gulf["id"], baltic["id"]), table("gulf-0f0f0f", decision="noted"))
    assert copy.new() == [Finding(severity=Severity.warning, check="parity.stale-verdict",
                                  file="excerpts/verdicts.toml", line=6, event="gulf-0f0f0f",
                                  problem="verdict for gulf-0f0f0f, which is not on the record",
                                  fix="remove the verdict, or re-key it to the event's new id")]


def test_verdict_on_claims_the_record_does_not_link(copy: Copy) -> None:
    a, b = copy.event("corridor", "container ship left"), copy.event("gulf", "USS Boxer")
    verdicts(copy, table(a["id"], b["id"], "noted"))
    assert copy.new() == [Finding(severity=Severity.warning, check="parity.stale-verdict",
                                  file="excerpts/verdicts.toml", line=1, event=a["id"],
                                  problem=f"verdict on {a['id']} and {b['id']}, which the record no longer links",
                                  fix="remove the verdict, or re-key it to the event's new id")]


def test_not_same_needs_no_link(copy: Copy) -> None:
    a, b = copy.event("corridor", "container ship left"), copy.event("gulf", "USS Boxer")
    verdicts(copy, table(a["id"], b["id"], "not_same"))
    assert copy.new() == []


def test_a_second_verdict_for_one_claim(copy: Copy) -> None:
    gulf, baltic = conflict(copy)
    verdicts(copy, table(gulf["id"], baltic["id"]), table(gulf["id"], baltic["id"], "accept_there"))
    assert copy.new() == [Finding(severity=Severity.warning, check="parity.duplicate-verdict",
                                  file="excerpts/verdicts.toml", line=6, event=gulf["id"],
                                  problem=f"a second verdict for {gulf['id']}: the first, at line 1, is the one used",
                                  fix="keep one verdict per claim")]


def test_single_source_claims_are_information(copy: Copy) -> None:
    ev = copy.event("gulf", "USS Boxer")
    assert Finding(severity=Severity.info, check="parity.single-source", excerpt="gulf", event=ev["id"],
                   problem=f"only {_said(copy, ev).replace(': “', ' reports it: “', 1)}",
                   fix="attribute it to its source, or find a second source",
                   **copy.where_in_file("gulf", "USS Boxer is scheduled")) in copy.before
    assert len([f for f in copy.before if f.check == "parity.single-source"]) == 6


def test_echo_group_is_counted_as_one_witness(copy: Copy) -> None:
    data = copy.data("parity.json")
    a, b = copy.event("gulf", "said Saturday"), copy.event("baltic", "said on Saturday")
    data["origins"].append({"name": "Press Association", "events": [a["id"], b["id"]], "excerpts": [],
                            "basis": "attribution"})
    copy.save("parity.json", data)
    assert copy.new() == [Finding(severity=Severity.info, check="parity.echo", file="out/parity.json",
                                  problem="2 events in excerpts baltic, gulf share one origin (Press Association: "
                                          "attribution): counted as one witness",
                                  fix="look for a source independent of it before calling these claims corroborated")]


def test_a_stale_verdict_added_since_is_named_once(copy: Copy) -> None:
    verdicts(copy, table("corridor-0e0e0e", decision="noted"), rebuild=False)
    assert [(f.check, f.line) for f in copy.new()] == [("parity.stale-verdict", 1)]
