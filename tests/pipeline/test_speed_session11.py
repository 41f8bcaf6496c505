"""Session 11 (speed): the stages after extraction on two processes write the files one process writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from parity import build, forked
from pipeline import run
from pipeline.run import build_outputs

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def forking(monkeypatch):
    """Helpers may fork although an earlier test left a thread (dask's idle IO loop, which holds no lock they take)."""
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    # The whole suite's process grows past the fork limit (a resident-size guard for 10,000 excerpts), which would
    # silently keep these tests on one process.
    monkeypatch.setattr(forked, "FORK_LIMIT", 1 << 62)


@pytest.mark.parametrize("name", ["excerpts", "eval/scs", "gaps/kgtj"])
def test_out_files_are_byte_identical_with_one_worker_and_two(name, monkeypatch):
    one = build_outputs(DATA / name, workers=1).files
    monkeypatch.setattr(forked, "MIN_WORK", 0)  # every stage that can split does, however small the record
    monkeypatch.setattr(build, "SCORE_BLOCK", 4)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)
    helpers: list[int] = []
    real = forked.helpers_for

    def counted(work: int, workers: int | None, least: int | None = None) -> int:
        helpers.append(real(work, workers, least))
        return helpers[-1]

    monkeypatch.setattr(build, "helpers_for", counted)
    two = build_outputs(DATA / name, workers=2).files
    assert helpers and all(n == 1 for n in helpers)  # the split really ran
    assert sorted(two) == sorted(one) and len(one) == 5
    for file in one:
        assert two[file] == one[file], file


def _folder_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.parametrize("name", ["excerpts", "eval/iran"])
def test_files_written_by_helpers_are_the_files_one_process_writes(name, monkeypatch, tmp_path):
    one = build_outputs(DATA / name, workers=1, out_dir=tmp_path / "one")
    monkeypatch.setattr(run, "EARLY_MIN_EVENTS", 0)
    monkeypatch.setattr(run, "PAGE_MIN_EVENTS", 0)  # half the page by a helper too (no file of its left in out/)
    monkeypatch.setattr(forked, "MIN_WORK", 0)
    started: list[object] = []
    real = forked.Forked

    def counted(fn):
        started.append(fn)
        return real(fn)

    monkeypatch.setattr(forked, "Forked", counted)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)
    two = build_outputs(DATA / name, workers=2, out_dir=tmp_path / "two")
    assert len(started) == 3  # the timeline's files, copied excerpts and half the page by helpers
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")
    assert two.sizes == one.sizes and len(one.sizes) == 5


def test_a_helper_that_fails_leaves_the_timeline_files_to_this_process(monkeypatch, tmp_path):
    build_outputs(DATA / "excerpts", workers=1, out_dir=tmp_path / "one")
    monkeypatch.setattr(run, "EARLY_MIN_EVENTS", 0)
    parent = os.getpid()
    real = run.write_timeline_files

    def half_then_fail(sink, timeline, pages=True):
        if os.getpid() != parent:  # the helper writes a broken file and fails
            (tmp_path / "helper-ran").touch()
            with sink.open("timeline.json") as write:
                write(b"{ broken")
            raise RuntimeError("helper trouble")
        return real(sink, timeline, pages)

    monkeypatch.setattr(run, "write_timeline_files", half_then_fail)
    build_outputs(DATA / "excerpts", workers=2, out_dir=tmp_path / "two")
    assert (tmp_path / "helper-ran").exists()
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")


def test_with_no_process_to_fork_everything_is_done_here(monkeypatch, tmp_path):
    import multiprocessing.process

    build_outputs(DATA / "excerpts", workers=1, out_dir=tmp_path / "one")
    for name in ("EARLY_MIN_EVENTS", "PAGE_MIN_EVENTS"):
        monkeypatch.setattr(run, name, 0)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)
    monkeypatch.setattr(forked, "MIN_WORK", 0)
    monkeypatch.setattr(build, "SCORE_BLOCK", 4)

    def no_fork(self):
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", no_fork)
    assert forked.start(lambda: 1) is None
    build_outputs(DATA / "excerpts", workers=2, out_dir=tmp_path / "two")
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")
