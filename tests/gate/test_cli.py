"""checks.py: exit codes, the text table and its summary, the JSON format, and that it changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import checks
from gate.run import run_checks
from tests.gate.conftest import TODAY, Copy
from tests.gate.test_parity_checks import conflict, table, verdicts


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command uses today's date; tests use the fixed one."""
    import gate.run

    real = gate.run.run_checks
    monkeypatch.setattr(gate.run, "run_checks", lambda *a, **k: real(*a, today=TODAY, **k))


def cli(copy: Copy, *args: str) -> list[str]:
    return ["--excerpts", str(copy.excerpts), "--out", str(copy.out), *args]


def test_clean_record_exits_0_with_the_table_and_summary(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    assert checks.main(cli(copy)) == checks.EXIT_OK == 0
    out = capsys.readouterr().out
    assert "Warnings (2)" in out and "Information (7)" in out and "Errors" not in out
    assert "parity.unjudged-conflict" in out and "gulf 11:1" in out
    assert out.rstrip().splitlines()[-1] == "0 errors, 2 warnings, 7 info: ready to publish"


def test_an_error_exits_1(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    (copy.out / "timeline.csv").unlink()
    assert checks.main(cli(copy)) == checks.EXIT_PROBLEMS == 1
    out = capsys.readouterr().out
    assert "Errors (1)" in out and "freshness.missing-file" in out and "out/timeline.csv" in out
    assert out.rstrip().splitlines()[-1] == "1 error, 2 warnings, 7 info: do not publish"


def test_warnings_exit_1_only_with_strict(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    gulf, baltic = conflict(copy)
    verdicts(copy, table(gulf["id"], baltic["id"], "accept_there"))
    copy.edit("gulf", 'author = "Mira Castell"', 'autor = "Mira Castell"', rebuild=True)
    assert checks.main(cli(copy)) == 0
    assert capsys.readouterr().out.rstrip().splitlines()[-1] == "0 errors, 1 warning, 7 info: ready to publish"
    assert checks.main(cli(copy, "--strict")) == 1
    assert capsys.readouterr().out.rstrip().splitlines()[-1] == "0 errors, 1 warning, 7 info: do not publish"


def test_strict_makes_a_conflict_without_verdict_an_error(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    assert checks.main(cli(copy, "--strict")) == 1
    assert capsys.readouterr().out.rstrip().splitlines()[-1] == "2 errors, 0 warnings, 7 info: do not publish"


def test_missing_out_exits_2_with_one_line(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    assert checks.main(["--excerpts", str(copy.excerpts), "--out", "nowhere"]) == checks.EXIT_UNUSABLE == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "error: nowhere: no such folder: run report.py to build the record first\n"


def test_unreadable_excerpt_exits_2_naming_the_file(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    copy.edit("baltic", 'outlet = "Nordic Wire Digest"', 'outlet = "Nordic Wire Digest')
    assert checks.main(cli(copy)) == 2
    assert capsys.readouterr().err == ("error: excerpts/baltic.txt: invalid TOML in the front matter at line 3: "
                                       "Illegal character '\\n'\n")


@pytest.mark.parametrize(("args", "start"), [
    (["--format", "xml"], "error: usage: argument --format: invalid choice: 'xml'"),
    (["--frobnicate"], "error: usage: unrecognized arguments: --frobnicate"),
    (["--out"], "error: usage: argument --out: expected one argument"),
])
def test_bad_arguments_exit_2(args: list[str], start: str, capsys: pytest.CaptureFixture) -> None:
    assert checks.main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(start) and err.count("\n") == 1


def test_help_exits_0(capsys: pytest.CaptureFixture) -> None:
    assert checks.main(["--help"]) == 0
    assert "--strict" in capsys.readouterr().out


def test_json_format_carries_the_same_findings(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    (copy.out / "timelinejs.json").unlink()
    assert checks.main(cli(copy, "--format", "json")) == 1
    doc = json.loads(capsys.readouterr().out)
    expected = run_checks(copy.excerpts, copy.out, today=TODAY)
    assert doc["findings"] == [f.model_dump(mode="json") for f in expected]
    assert doc["summary"] == {"errors": 1, "warnings": 2, "info": 7, "publish": False, "exit_code": 1}
    first = doc["findings"][0]
    assert first == {"severity": "error", "check": "freshness.missing-file", "excerpt": None, "event": None,
                     "file": "out/timelinejs.json", "line": None, "column": None,
                     "problem": "timelinejs.json is missing from the record", "fix": first["fix"]}


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


def test_checks_change_no_file(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    copy.edit("gulf", "covers shipping and the Gulf", "covers shipping, ports and the Gulf")
    before = snapshot(Path(os.getcwd()))
    assert checks.main(cli(copy)) == 1
    assert checks.main(cli(copy, "--strict", "--format", "json")) == 1
    assert snapshot(Path(os.getcwd())) == before


def test_brackets_in_a_problem_print_as_written(copy: Copy, capsys: pytest.CaptureFixture) -> None:
    data = copy.data("timeline.json")
    data["events"][0]["quote"] = {"text": "[/b] we [sic] agreed", "direct": True}
    copy.save("timeline.json", data)
    # As markup, "[/b]" would raise (a closing tag with none open) and "[sic]" would vanish as a style.
    assert checks.main(cli(copy)) == 1
    out = capsys.readouterr().out
    assert "'[/b] we [sic]" in out and "quotes.not-verbatim" in out


def test_json_format_writes_a_lone_surrogate_as_an_escape() -> None:
    from gate.findings import Finding

    bad = Finding(severity="error", check="evidence.moved", event="001-\ud800", problem="quote \udcff cut")
    text = checks.render_json([bad], True, 1)
    text.encode("utf-8")  # would raise with the surrogate written raw
    assert json.loads(text)["findings"][0]["event"] == "001-\ud800"
    good = checks.render_json([Finding(severity="info", check="x.y", problem="Zoë")], False, 0)
    assert "Zoë" in good  # plain text stays readable, not escaped
