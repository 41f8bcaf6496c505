"""The README's two commands are the ones that exist and work; .ci/run calls the test one."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema

from pipeline import schemas
from pipeline.run import OUT_FILES

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    """The indented command lines of the README's 'Two commands' section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if re.match(r"^ {4}\S", line)]


def test_readme_gives_exactly_one_run_and_one_test_command():
    assert readme_commands() == ["bash scripts/run.sh", "bash scripts/test.sh"]


def test_ci_calls_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci


def test_readme_run_command_writes_a_valid_out(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        ["bash", "scripts/run.sh", "--out", str(out), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(OUT_FILES)
    timeline = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    jsonschema.validate(timeline, schemas.load("timeline.schema.json"))
    assert [e["id"] for e in timeline["excerpts"]] == ["000", "002", "003"]
    assert timeline["excerpts"][0]["path"] == "excerpt/samples/000.txt"
    parity = json.loads((out / "parity.json").read_text(encoding="utf-8"))
    jsonschema.validate(parity, schemas.load("parity.schema.json"))
    # checks.py, as the README gives it, passes on a fresh record
    gate = subprocess.run([sys.executable, "checks.py", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert gate.returncode == 0, gate.stdout + gate.stderr


def test_committed_schemas_match_the_models():
    for name, schema in schemas.generate().items():
        assert schemas.load(name) == json.loads(json.dumps(schema)), f"schemas/{name} is stale: run python -m pipeline.schemas"
