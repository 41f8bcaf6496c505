"""Session 16 (scale): helpers of a big run are started by a small launcher; the files are the ones one process writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from parity import build, forked
from pipeline import copies_helper, exports_helper, run, spawned
from pipeline.run import build_outputs

DATA = Path(__file__).resolve().parents[1] / "data"


def _folder_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture
def launched(monkeypatch):
    """Every helper spawned (no fork may run), through a launcher (however few the files); what each went through."""
    monkeypatch.setattr(forked, "FORK_LIMIT", 0)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)
    monkeypatch.setattr(run, "EXPORTS_MIN_EVENTS", 0)
    monkeypatch.setattr(spawned, "LAUNCHER_MIN_FILES", 0)
    seen: dict[str, list] = {"via_launcher": [], "launchers": []}
    real_init, real_launcher = spawned.Spawned.__init__, spawned.Launcher.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        seen["via_launcher"].append(self.proc is None)

    def launcher_init(self):
        real_launcher(self)
        seen["launchers"].append(self)

    monkeypatch.setattr(spawned.Spawned, "__init__", init)
    monkeypatch.setattr(spawned.Launcher, "__init__", launcher_init)
    return seen


def test_helpers_started_by_the_launcher_write_the_files_one_process_writes(tmp_path, launched):
    build_outputs(DATA / "eval/iran", workers=1, out_dir=tmp_path / "one")
    assert not launched["launchers"]  # one worker: no launcher, no helper
    build_outputs(DATA / "eval/iran", workers=2, out_dir=tmp_path / "two")
    assert launched["via_launcher"] == [True, True]  # the copies, then the exports
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")
    (launcher,) = launched["launchers"]
    assert launcher.proc.returncode == 0 and spawned._launcher is None  # ended with the run


@pytest.mark.parametrize("module", [copies_helper, exports_helper])
def test_a_launched_helper_that_fails_leaves_its_work_to_this_process(module, tmp_path, launched, monkeypatch):
    build_outputs(DATA / "eval/iran", workers=1, out_dir=tmp_path / "one")
    monkeypatch.setattr(module, "COMMAND", ("-c", "import sys; sys.exit(3)"))
    build_outputs(DATA / "eval/iran", workers=2, out_dir=tmp_path / "two")
    assert launched["via_launcher"] == [True, True]
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")


def test_a_launcher_runs_only_for_a_big_folder_and_a_second_core(monkeypatch):
    monkeypatch.setattr(spawned, "LAUNCHER_MIN_FILES", 10)
    with spawned.launching(9, 2):
        assert spawned._launcher is None
    with spawned.launching(10, 1):
        assert spawned._launcher is None
    with spawned.launching(10, 2):
        launcher = spawned._launcher
        assert launcher is not None
        job = spawned.spawn("json.tool", [], ("-c", "print('[1, 2]')"))
        assert job is not None and job.proc is None and job.result() == [1, 2]
    assert spawned._launcher is None and launcher.proc.returncode == 0
