"""Session 16 (scale): copied excerpts found by a spawned helper from the folder's files give the record one process gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import write_folder
from excerpt.loader import DEFAULT_MAX_BYTES, load_folder
from parity import build, forked
from parity.origins import body_copies
from pipeline import copies_helper
from pipeline.run import build_outputs

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def copied(tmp_path_factory) -> Path:
    """A generated folder with reprints and spun copies (bench/generate.py), small enough for a test."""
    return write_folder(tmp_path_factory.mktemp("copied"), 30, seed=5)


def _folder_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_the_helper_finds_what_body_copies_finds_on_the_bodies(copied):
    excerpts = load_folder(copied, structure=False).excerpts
    bodies = {e.id: e.body for e in excerpts}
    expected = body_copies(sorted(bodies), bodies)
    assert expected  # the folder has copies to find
    got = copies_helper.find(str(copied), DEFAULT_MAX_BYTES)
    assert got["found"] == expected
    assert got["files"] == [(e.id, e.sha256) for e in excerpts]


def test_its_answer_read_back_from_json_is_the_same(copied):
    excerpts = load_folder(copied, structure=False).excerpts
    bodies = {e.id: e.body for e in excerpts}
    job = copies_helper.spawn(str(copied), DEFAULT_MAX_BYTES, [(e.id, e.sha256) for e in excerpts])
    assert job is not None
    assert job.result() == (True, body_copies(sorted(bodies), bodies))


def test_an_answer_from_other_files_is_not_taken(copied):
    excerpts = load_folder(copied, structure=False).excerpts
    files = [(e.id, e.sha256) for e in excerpts]
    files[3] = (files[3][0], "0" * 64)  # a file changed after this run read it
    job = copies_helper.spawn(str(copied), DEFAULT_MAX_BYTES, files)
    assert job is not None and job.result() == (False, None)


@pytest.fixture
def spawning(monkeypatch):
    """No forked helper may run (as above parity.forked.FORK_LIMIT at 10,000 excerpts); the helper is spawned."""
    monkeypatch.setattr(forked, "FORK_LIMIT", 0)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)
    answers: list[object] = []
    real = copies_helper.Copies.result

    def counted(self):
        answers.append(real(self))
        return answers[-1]

    monkeypatch.setattr(copies_helper.Copies, "result", counted)
    return answers


@pytest.mark.parametrize("name", ["copied", "eval/iran"])
def test_a_spawned_helper_gives_the_files_one_process_gives(name, copied, tmp_path, spawning):
    folder = copied if name == "copied" else DATA / name
    one = build_outputs(folder, workers=1, out_dir=tmp_path / "one")
    assert not spawning  # one worker: no helper
    build_outputs(folder, workers=2, out_dir=tmp_path / "two")
    assert len(spawning) == 1 and spawning[0][0] is True  # its answer was taken
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")
    assert one.parity.origins  # copies (and credits) found: the answer mattered


@pytest.mark.parametrize("command", [
    ("-c", "import sys; sys.exit(3)"),
    ("-c", "print('{\"files\": [], \"found\": []}')"),  # an answer about other files
    ("-c", "print('not json')"),
])
def test_a_helper_that_fails_leaves_the_copies_to_parity(command, copied, tmp_path, spawning, monkeypatch):
    build_outputs(copied, workers=1, out_dir=tmp_path / "one")
    monkeypatch.setattr(copies_helper, "COMMAND", command)
    build_outputs(copied, workers=2, out_dir=tmp_path / "two")
    assert spawning == [(False, None)]
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")


def test_no_helper_is_spawned_where_a_forked_one_may_run(copied, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)
    monkeypatch.setattr(forked, "FORK_LIMIT", 1 << 62)
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    monkeypatch.setattr(copies_helper, "spawn", lambda *a: pytest.fail("spawned"))
    build_outputs(copied, workers=2, out_dir=tmp_path / "out")
