"""A good excerpt folder and out/ record, copied fresh for each test to break in one way."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gate.findings import Finding
from gate.run import run_checks
from tests.gate.handmade import build_record, to_json_bytes

EXCERPTS = Path(__file__).resolve().parents[1] / "data" / "gate" / "excerpts"
TODAY = date(2024, 3, 1)  # fixed, so "in the future" does not depend on when the tests run
META_RE = re.compile(rb'(<meta name="record-sha256" content=")([0-9a-f]*)(")')


def pipeline_record(excerpts_dir: Path | str) -> dict[str, bytes]:
    """The out/ files report.py writes for a folder (the real extractor, parity and page)."""
    from pipeline.run import build_outputs

    return build_outputs(excerpts_dir).files


# Two good records: one made by hand (every event chosen, so each check has something to bite on),
# and one made by the real pipeline (so the gate is known to pass what report.py writes).
BUILDERS: dict[str, Callable[[Path | str], dict[str, bytes]]] = {
    "handmade": build_record, "pipeline": pipeline_record}


@dataclass
class Copy:
    """A copy of the good excerpts and record; break it, then ask what the gate finds new."""

    excerpts: Path
    out: Path
    before: list[Finding] = field(default_factory=list)
    builder: str = "handmade"

    def findings(self, strict: bool = False) -> list[Finding]:
        return run_checks(self.excerpts, self.out, strict=strict, today=TODAY)

    def snapshot(self) -> list[Finding]:
        """Findings of the unbroken copy, to compare the broken one with."""
        self.before = self.findings()
        return self.before

    def new(self, strict: bool = False) -> list[Finding]:
        """Findings the break added (the good copy's own warnings and info taken out)."""
        return [f for f in self.findings(strict) if f not in self.before]

    def gone(self, strict: bool = False) -> list[Finding]:
        """Findings of the good copy that the change removed."""
        after = self.findings(strict)
        return [f for f in self.before if f not in after]

    def data(self, name: str) -> Any:
        return json.loads((self.out / name).read_text(encoding="utf-8"))

    def save(self, name: str, data: Any, rehash: bool = True) -> None:
        """Write a JSON file as report.py does; re-stamp the page so only this change shows."""
        (self.out / name).write_bytes(to_json_bytes(data))
        if rehash:
            self.rehash()

    def rehash(self) -> None:
        """Stamp the page with the hash of the record as it is now."""
        import hashlib

        digest = hashlib.sha256((self.out / "timeline.json").read_bytes()
                                + (self.out / "parity.json").read_bytes()).hexdigest().encode()
        page = self.out / "index.html"
        page.write_bytes(META_RE.sub(lambda m: m.group(1) + digest + m.group(3), page.read_bytes()))

    def rebuild(self) -> None:
        """Rebuild out/ from the excerpts as they are now, as report.py would."""
        for name, raw in BUILDERS[self.builder](self.excerpts).items():
            (self.out / name).write_bytes(raw)

    def excerpt_path(self, eid: str) -> Path:
        return self.excerpts / f"{eid}.txt"

    def shown(self, eid: str) -> str:
        """An excerpt's path as the loader names it."""
        return self.excerpt_path(eid).as_posix()

    def edit(self, eid: str, old: str, new: str, rebuild: bool = False) -> None:
        """Replace text in an excerpt file (exactly once); rebuild the record after it when asked."""
        path = self.excerpt_path(eid)
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        path.write_text(text.replace(old, new), encoding="utf-8")
        if rebuild:
            self.rebuild()

    def event(self, excerpt: str, contains: str) -> dict[str, Any]:
        """The one event of the record whose exact text contains a phrase."""
        found = [e for e in self.data("timeline.json")["events"]
                 if e["excerpt"] == excerpt and contains in e["evidence"]["exact"]]
        assert len(found) == 1, (excerpt, contains, found)
        return found[0]

    def where_in_file(self, eid: str, text: str) -> dict[str, Any]:
        """File, line and column of text in an excerpt file, counted independently of the gate."""
        raw = self.excerpt_path(eid).read_text(encoding="utf-8")
        at = raw.index(text)
        return {"file": self.shown(eid), "line": raw.count("\n", 0, at) + 1,
                "column": at - (raw.rfind("\n", 0, at) + 1) + 1}


def _build_in(root: Path, builder: str) -> dict[str, bytes]:
    shutil.copytree(EXCERPTS, root / "excerpts")
    here = os.getcwd()
    os.chdir(root)
    try:
        # Relative paths, as an editor types them: the record names excerpts by the path it was given.
        return BUILDERS[builder](Path("excerpts"))
    finally:
        os.chdir(here)


@pytest.fixture(scope="session")
def good_records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """The out/ files of each good record, built once each, lazily."""
    return {}


def _copy(tmp_path: Path, records: dict[str, dict[str, bytes]], builder: str, factory: pytest.TempPathFactory,
          monkeypatch: pytest.MonkeyPatch) -> Copy:
    if builder not in records:
        records[builder] = _build_in(factory.mktemp(builder), builder)
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXCERPTS, tmp_path / "excerpts")
    (tmp_path / "out").mkdir()
    for name, raw in records[builder].items():
        (tmp_path / "out" / name).write_bytes(raw)
    c = Copy(excerpts=Path("excerpts"), out=Path("out"), builder=builder)
    c.snapshot()
    return c


@pytest.fixture
def copy(tmp_path: Path, good_records: dict[str, dict[str, bytes]], tmp_path_factory: pytest.TempPathFactory,
         monkeypatch: pytest.MonkeyPatch) -> Copy:
    """A fresh copy of the excerpts and their hand-made record, with the good copy's findings taken."""
    return _copy(tmp_path, good_records, "handmade", tmp_path_factory, monkeypatch)


@pytest.fixture(params=sorted(BUILDERS))
def built(request: pytest.FixtureRequest, tmp_path: Path, good_records: dict[str, dict[str, bytes]],
          tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Copy:
    """A fresh copy of the excerpts and a good record, once made by hand and once by report.py's pipeline."""
    return _copy(tmp_path, good_records, request.param, tmp_path_factory, monkeypatch)
