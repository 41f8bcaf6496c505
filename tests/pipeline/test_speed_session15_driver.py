"""Session 15 (pspeed15): the timeline's files are written by a helper that starts once parity's copies helper is
done (three processes on two cores slowed the claims, the parity stage's critical path): the same out/ bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import build, forked
from parity.build import build_parity
from pipeline import run
from pipeline.parallel import excerpt_stage
from pipeline.run import build_outputs
from timeline.build import build_timeline

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def forking(monkeypatch):
    """Helpers may fork although an earlier test left a thread, and however large the suite's process has grown."""
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    monkeypatch.setattr(forked, "FORK_LIMIT", 1 << 62)


def _logged_helpers(monkeypatch) -> list[str]:
    """Each helper's start and the moment its result is read, in order, by the name of what it runs."""
    log: list[str] = []
    real = forked.Forked

    class Logged(real):  # type: ignore[misc, valid-type]
        def __init__(self, fn):
            self.name = getattr(fn, "func", fn).__name__
            log.append(f"start {self.name}")
            super().__init__(fn)

        def result(self):
            log.append(f"result {self.name}")
            return super().result()

    monkeypatch.setattr(forked, "Forked", Logged)
    return log


def _folder_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.parametrize("name", ["excerpts", "eval/iran", "gaps/kgtj"])
def test_the_timeline_files_helper_starts_after_the_copies_helper(name, monkeypatch, tmp_path):
    one = build_outputs(DATA / name, workers=1, out_dir=tmp_path / "one")
    monkeypatch.setattr(run, "EARLY_MIN_EVENTS", 0)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)
    log = _logged_helpers(monkeypatch)
    two = build_outputs(DATA / name, workers=2, out_dir=tmp_path / "two")
    assert log[:3] == ["start body_copies", "result body_copies", "start write_timeline_files"]
    assert "result write_timeline_files" in log
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")
    assert two.sizes == one.sizes and len(one.sizes) == 5


def test_without_a_copies_helper_the_timeline_files_helper_starts_before_the_claims(monkeypatch, tmp_path):
    build_outputs(DATA / "excerpts", workers=1, out_dir=tmp_path / "one")
    monkeypatch.setattr(run, "EARLY_MIN_EVENTS", 0)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 1 << 40)  # no copies helper: parity works alone from its start
    log = _logged_helpers(monkeypatch)
    real_claims = build.claims_of

    def claims_of(*args, **kwargs):
        log.append("claims")
        return real_claims(*args, **kwargs)

    monkeypatch.setattr(build, "claims_of", claims_of)
    build_outputs(DATA / "excerpts", workers=2, out_dir=tmp_path / "two")
    assert log[:2] == ["start write_timeline_files", "claims"]
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")


def _record(folder: Path):
    excerpts = load_folder(folder, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    timeline = build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results])
    return timeline, {e.id: e.body for e in excerpts}


@pytest.mark.parametrize("copies_min", [0, 1 << 40], ids=["copies helper", "no copies helper"])
def test_build_parity_calls_beside_once_and_gives_the_same_record(copies_min, monkeypatch):
    timeline, bodies = _record(DATA / "eval" / "scs")
    plain = build_parity(timeline, bodies=bodies, workers=2).model_dump_json()
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", copies_min)
    calls: list[int] = []
    with_beside = build_parity(timeline, bodies=bodies, workers=2, beside=lambda: calls.append(1)).model_dump_json()
    assert calls == [1]
    assert with_beside == plain and '"links":[{' in plain
