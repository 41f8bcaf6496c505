"""Completeness and freshness: missing files, schema, model invariants, edited excerpts, the page's hash."""

from __future__ import annotations

import hashlib

import pytest

from excerpt.errors import RecordError
from gate.findings import Finding, Severity
from gate.freshness import REBUILD
from tests.gate.conftest import Copy


def err(check: str, problem: str, fix: str = REBUILD, **where) -> Finding:
    return Finding(severity=Severity.error, check=f"freshness.{check}", problem=problem, fix=fix, **where)


def test_good_copy_has_no_errors(copy: Copy) -> None:
    assert [f for f in copy.before if f.severity == Severity.error] == []
    assert {f.check for f in copy.before} == {"parity.unjudged-conflict", "parity.single-source",
                                              "metadata.published-partial"}


@pytest.mark.parametrize("name", ["index.html", "timeline.csv", "timelinejs.json"])
def test_missing_out_file_is_named(copy: Copy, name: str) -> None:
    (copy.out / name).unlink()
    assert copy.new() == [err("missing-file", f"{name} is missing from the record", file=f"out/{name}")]


def test_missing_timeline_skips_the_record_checks_and_says_so(copy: Copy) -> None:
    (copy.out / "timeline.json").unlink()
    after = copy.findings()
    assert [f for f in after if f.severity == Severity.error] == [
        err("missing-file", "timeline.json is missing from the record", file="out/timeline.json")]
    assert Finding(severity=Severity.info, check="gate.skipped", file="out/timeline.json",
                   problem="checks that read timeline.json did not run: it is missing or invalid",
                   fix="fix the errors above, then run checks.py again") in after
    assert not [f for f in after if f.event]


def test_schema_violation_names_the_json_pointer(copy: Copy) -> None:
    data = copy.data("timeline.json")
    del data["events"][2]["id"]
    copy.save("timeline.json", data)
    new = copy.new()
    assert new[0] == err("schema", "timeline.json does not match schemas/timeline.schema.json at /events/2: "
                         '"id" is a required property', file="out/timeline.json")
    assert [(f.check, f.file) for f in new[1:]] == [("gate.skipped", "out/parity.json"), ("gate.skipped", "out/timeline.json")]


def test_timelinejs_without_events_list(copy: Copy) -> None:
    copy.save("timelinejs.json", {"title": {}}, rehash=False)
    assert copy.new() == [err("schema", "timelinejs.json has no events list (TimelineJS needs one)",
                              file="out/timelinejs.json")]


@pytest.mark.parametrize(("change", "fault"), [
    (lambda raw: raw["evidence"].update(end=raw["evidence"]["end"] + 1), "evidence length differs from its exact text"),
    (lambda raw: raw["evidence"].update(end=raw["evidence"]["start"] - 1), "evidence end before start"),
    (lambda raw: raw["date"].update(end=None), "date start and end must both be set or both be null"),
])
def test_record_invariant_broken_in_the_json(copy: Copy, change, fault: str) -> None:
    data = copy.data("timeline.json")
    ev = copy.event("corridor", "container ship left")
    for raw in data["events"]:
        if raw["id"] == ev["id"]:
            change(raw)
    copy.save("timeline.json", data)
    assert copy.new() == [err("record-invalid", f"event is not valid: {fault}", excerpt="corridor", event=ev["id"],
                              **copy.where_in_file("corridor", "A container ship left"))]


def test_unreadable_json_is_unusable_input(copy: Copy) -> None:
    (copy.out / "parity.json").write_text('{"claims": [}\n', encoding="utf-8")
    with pytest.raises(RecordError) as info:
        copy.findings()
    assert info.value.line() == "out/parity.json: not JSON at line 1 column 13: Expecting value"


def test_missing_out_folder_is_unusable_input(copy: Copy) -> None:
    with pytest.raises(RecordError) as info:
        from gate.run import run_checks

        run_checks(copy.excerpts, "nowhere")
    assert info.value.line() == "nowhere: no such folder: run report.py to build the record first"


def test_edited_excerpt_is_named(copy: Copy) -> None:
    old = hashlib.sha256(copy.excerpt_path("gulf").read_bytes()).hexdigest()
    copy.edit("gulf", "covers shipping and the Gulf", "covers shipping, ports and the Gulf")
    now = hashlib.sha256(copy.excerpt_path("gulf").read_bytes()).hexdigest()
    assert copy.new() == [err("excerpt-edited", f"excerpt edited since the record was built (sha256 {old[:12]}… "
                              f"on the record, {now[:12]}… now)", excerpt="gulf", file="excerpts/gulf.txt")]


def test_added_excerpt_is_named(copy: Copy) -> None:
    text = copy.excerpt_path("corridor").read_text(encoding="utf-8")
    (copy.excerpts / "later.txt").write_text(text.replace("2023-08-16", "2023-08-20"), encoding="utf-8")
    assert copy.new() == [err("excerpt-added", "excerpt added since the record was built: it is not on it",
                              excerpt="later", file="excerpts/later.txt")]


def test_removed_excerpt_is_named(copy: Copy) -> None:
    copy.excerpt_path("corridor").unlink()
    assert [f for f in copy.new() if f.severity == Severity.error] == [
        err("excerpt-removed", "excerpt removed since the record was built (was excerpts/corridor.txt)",
            fix="run report.py to rebuild out/, or restore the excerpt", excerpt="corridor")]


def test_page_from_another_record(copy: Copy) -> None:
    data = copy.data("parity.json")
    data["origins"] = []
    copy.save("parity.json", data, rehash=False)
    digest = hashlib.sha256((copy.out / "timeline.json").read_bytes()
                            + (copy.out / "parity.json").read_bytes()).hexdigest()
    page = (copy.out / "index.html").read_text(encoding="utf-8")
    line = page[: page.index('name="record-sha256"')].count("\n") + 1
    stamped = page.split('name="record-sha256" content="')[1][:12]
    assert copy.new() == [err("page-hash", f"index.html was made from another record (record-sha256 {stamped}…, "
                              f"the record's is {digest[:12]}…)", file="out/index.html", line=line)]


def test_page_without_record_hash(copy: Copy) -> None:
    page = (copy.out / "index.html").read_text(encoding="utf-8")
    (copy.out / "index.html").write_text(page.replace('name="record-sha256"', 'name="generator"'), encoding="utf-8")
    assert copy.new() == [err("page-hash", 'index.html has no <meta name="record-sha256">: it cannot be tied to '
                              "the record", file="out/index.html")]


def test_parity_without_a_claim_for_an_event(copy: Copy) -> None:
    data = copy.data("parity.json")
    dropped = data["claims"].pop(3)
    copy.save("parity.json", data)
    new = copy.new()
    assert err("parity-mismatch", "event of timeline.json has no claim in parity.json", event=dropped["event"],
               file="out/parity.json") in new
    # The claim's own information goes with it; nothing else is new.
    assert [f.check for f in new] == ["freshness.parity-mismatch"]


def test_event_of_an_excerpt_the_record_does_not_list(copy: Copy) -> None:
    data = copy.data("timeline.json")
    data["excerpts"] = [x for x in data["excerpts"] if x["id"] != "baltic"]
    copy.save("timeline.json", data)
    ids = sorted(e["id"] for e in data["events"] if e["excerpt"] == "baltic")
    new = [f for f in copy.new() if f.check == "freshness.record-invalid"]
    assert new == [err("record-invalid", "event of excerpt baltic, which timeline.json does not list",
                       excerpt="baltic", event=eid, file="out/timeline.json") for eid in ids]


def test_events_with_only_the_keys_the_schema_requires(copy: Copy) -> None:
    data = copy.data("timeline.json")
    required = ("id", "excerpt", "kind", "summary", "evidence")
    data["events"] = [{k: e[k] for k in required} for e in data["events"]]
    copy.save("timeline.json", data)
    # Undated, unquoted events: nothing for the date and quote checks, nothing broken either.
    assert [f for f in copy.findings() if f.severity == Severity.error] == []
    assert copy.new() == []


def test_parity_with_a_claim_for_an_event_not_on_the_record(copy: Copy) -> None:
    data = copy.data("parity.json")
    data["claims"].append({"event": "corridor-abcdef", "excerpt": "corridor", "status": "single_source"})
    copy.save("parity.json", data)
    new = copy.new()
    assert err("parity-mismatch", "parity.json has a claim for an event that is not in timeline.json",
               event="corridor-abcdef", file="out/parity.json") in new
    # Its single-source information is there too, with no place to point at.
    assert [f.check for f in new] == ["freshness.parity-mismatch", "parity.single-source"]
