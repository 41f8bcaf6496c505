"""The gate on both good records (hand-made and report.py's): it passes them, and catches each break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import checks
from gate.findings import Finding, Severity
from gate.run import run_checks
from tests.gate.conftest import TODAY, Copy, pipeline_record

BODY_START = "\n+++\n"  # the fixture files' closing fence: the body starts right after it


def body_at(copy: Copy, excerpt: str) -> tuple[str, int]:
    """An excerpt file's text and the file offset of its body's first character."""
    text = copy.excerpt_path(excerpt).read_text(encoding="utf-8")
    return text, text.index(BODY_START) + len(BODY_START)


def events_of(copy: Copy) -> list[dict]:
    """The record's events; a test that breaks one cannot run on a record without any."""
    events = copy.data("timeline.json")["events"]
    if not events:
        pytest.skip(f"the {copy.builder} record of the fixture excerpts has no events")
    return events


def test_fresh_record_has_no_errors_or_warnings(built: Copy) -> None:
    assert [f for f in built.before if f.severity != Severity.info and f.check != "parity.unjudged-conflict"] == []


@pytest.mark.parametrize("name", ["timeline.json", "parity.json", "index.html", "timeline.csv", "timelinejs.json"])
def test_each_out_file_is_required(built: Copy, name: str) -> None:
    (built.out / name).unlink()
    errors = [f for f in built.findings() if f.severity == Severity.error]
    assert errors == [Finding(severity=Severity.error, check="freshness.missing-file", file=f"out/{name}",
                              problem=f"{name} is missing from the record",
                              fix="run report.py to rebuild out/ from the excerpts")]


def test_page_stamped_with_another_hash(built: Copy) -> None:
    page = (built.out / "index.html").read_text(encoding="utf-8")
    stamp = page.split('name="record-sha256" content="')[1][:64]
    (built.out / "index.html").write_text(page.replace(stamp, "0" * 64), encoding="utf-8")
    assert [(f.check, f.problem) for f in built.new()] == [
        ("freshness.page-hash", f"index.html was made from another record (record-sha256 000000000000…, "
                                f"the record's is {stamp[:12]}…)")]


def test_a_changed_character_makes_the_events_on_it_gone(built: Copy) -> None:
    first = events_of(built)[0]
    pos = first["evidence"]["start"]
    on_it = sorted(e["id"] for e in built.data("timeline.json")["events"]
                   if e["excerpt"] == first["excerpt"] and e["evidence"]["start"] <= pos < e["evidence"]["end"])
    text, body = body_at(built, first["excerpt"])
    assert text[body + pos] != "#"
    built.excerpt_path(first["excerpt"]).write_text(text[: body + pos] + "#" + text[body + pos + 1 :],
                                                    encoding="utf-8")
    new = built.new()
    assert sorted(f.event for f in new if f.check == "evidence.gone") == on_it
    assert {f.check for f in new} == {"evidence.gone", "freshness.excerpt-edited"}


def test_text_inserted_at_the_top_moves_every_event_of_the_excerpt(built: Copy) -> None:
    events = events_of(built)
    excerpt = events[0]["excerpt"]
    text, body = body_at(built, excerpt)
    built.excerpt_path(excerpt).write_text(text[:body] + "UPDATE: " + text[body:], encoding="utf-8")
    moved = sorted((f.event, f.problem) for f in built.new() if f.check == "evidence.moved")
    assert moved == sorted((e["id"], f"evidence moved from {e['evidence']['start']}-{e['evidence']['end']} to "
                                     f"{e['evidence']['start'] + 8}-{e['evidence']['end'] + 8}")
                           for e in events if e["excerpt"] == excerpt)


def test_a_quote_nobody_said(built: Copy) -> None:
    data = built.data("timeline.json")
    ev = events_of(built) and data["events"][0]
    ev["quote"] = {"text": "words nobody in the excerpt said", "direct": True}
    built.save("timeline.json", data)
    assert [(f.check, f.event, f.problem) for f in built.new()] == [
        ("quotes.not-verbatim", ev["id"], "direct quote 'words nobody in the excerpt said' is not verbatim in "
                                          "the excerpt")]


def test_an_event_dropped_from_the_page(built: Copy) -> None:
    ev = events_of(built)[-1]
    page = (built.out / "index.html").read_text(encoding="utf-8")
    # One finding per line with such a link (two on one line are one finding: nothing tells them apart).
    links = len({n for n, line in enumerate(page.splitlines()) if f'href="#ev-{ev["id"]}"' in line})
    (built.out / "index.html").write_text(page.replace(f'id="ev-{ev["id"]}"', f'id="was-{ev["id"]}"'),
                                          encoding="utf-8")
    new = built.new()
    assert [(f.check, f.event) for f in new if f.check == "page.missing-event"] == [("page.missing-event", ev["id"])]
    assert [f.problem for f in new if f.check == "page.broken-link"] == [
        f"link #ev-{ev['id']} has no target on the page"] * links
    assert len(new) == 1 + links


def test_an_image_from_the_network(built: Copy) -> None:
    page = (built.out / "index.html").read_text(encoding="utf-8")
    (built.out / "index.html").write_text(page.replace("</body>", '<img src="https://cdn.example/a.png" alt="">'
                                                       "</body>"), encoding="utf-8")
    assert [(f.check, f.problem) for f in built.new()] == [
        ("page.external-resource", 'loads img src="https://cdn.example/a.png" from outside the page')]


def test_the_samples_fresh_from_report_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture) -> None:
    samples = Path(checks.__file__).resolve().parent / "excerpt" / "samples"
    shutil.copytree(samples, tmp_path / "samples")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    for name, raw in pipeline_record(Path("samples")).items():
        (tmp_path / "out" / name).write_bytes(raw)
    findings = run_checks("samples", "out", today=TODAY)
    assert [f for f in findings if f.severity == Severity.error] == []
    assert checks.main(["--excerpts", "samples", "--out", "out"]) == checks.EXIT_OK
    assert capsys.readouterr().out.rstrip().splitlines()[-1].endswith(": ready to publish")
