"""A big record's excerpts load in a forked child while the JSON is read here: same findings, same errors."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from excerpt.errors import ExcerptError, RecordError
from excerpt.loader import load_folder
from gate import context
from tests.gate.conftest import Copy


def _boom(message: str) -> None:
    raise ValueError(message)


def _die() -> None:
    os._exit(3)


def test_a_forked_child_sends_its_result_back() -> None:
    assert context._Forked(sorted, [3, 1, 2]).result() == [1, 2, 3]


@pytest.mark.parametrize("fn", [_boom, _die])
def test_a_failed_or_dead_child_gives_none(fn) -> None:
    args = ("no",) if fn is _boom else ()
    assert context._Forked(fn, *args).result() is None


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not context.fork_ok()
        job = context._FolderJob(Path("nowhere"), big=True)
        assert job.child is None  # the excerpts would load here, when asked for
    finally:
        stop.set()
        other.join()


def test_the_child_loads_what_the_loader_loads(copy: Copy) -> None:
    job = context._FolderJob(copy.excerpts, big=True)
    assert job.child is not None
    got = job.result()
    assert got == load_folder(copy.excerpts, structure=False) and got.excerpts


def test_an_unusable_folder_is_named_here_as_before(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    job = context._FolderJob(Path("empty"), big=True)
    with pytest.raises(ExcerptError) as exc:
        job.result()
    assert exc.value.line() == "empty: no excerpts (.txt, .html, .htm) in the folder"


def test_a_big_record_gives_the_same_findings(copy: Copy, monkeypatch) -> None:
    timeline = copy.data("timeline.json")
    timeline["events"][0]["evidence"]["start"] += 1  # something for the checks to find
    copy.save("timeline.json", timeline)
    here = copy.findings()
    forked = []
    real = context._FolderJob.__init__

    def spy(self, excerpts_dir, big):
        real(self, excerpts_dir, big)
        forked.append(self.child is not None)

    monkeypatch.setattr(context, "PARALLEL_PAGE_BYTES", 0)
    monkeypatch.setattr(context._FolderJob, "__init__", spy)
    assert copy.findings() == here and forked == [True]
    assert any(f.check == "freshness.record-invalid" for f in here)


def test_the_excerpts_error_comes_before_the_records(copy: Copy, monkeypatch) -> None:
    """With the JSON now read first, a broken excerpt folder is still the error named."""
    monkeypatch.setattr(context, "PARALLEL_PAGE_BYTES", 0)
    (copy.out / "timeline.json").write_text("{", encoding="utf-8")
    with pytest.raises(RecordError):
        copy.findings()
    for path in copy.excerpts.iterdir():
        path.unlink()
    with pytest.raises(ExcerptError):
        copy.findings()
