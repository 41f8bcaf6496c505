"""bench.same: which folders it proves unchanged (never a blind set), and how a check reads a difference."""

from __future__ import annotations

import json

import bench.same as same


def test_runs_every_open_story_and_the_samples_never_a_blind_set() -> None:
    found = same.folders()
    names = {p.relative_to(same.ROOT).parts[2] for p in found if p.is_relative_to(same.DATA)}
    assert found[0] == same.ROOT / "excerpt" / "samples"
    assert not names & same.BLIND
    assert {"eval", "heldout22", "heldout21", "spin"} <= names
    # a corpus of stories is run story by story: each folder holds the excerpts themselves
    assert same.DATA / "eval" / "iran" in found and same.DATA / "eval" not in found
    assert all(any(f.suffix in (".txt", ".html", ".htm") for f in p.iterdir()) for p in found)


def test_check_names_the_folders_whose_bytes_moved(tmp_path, monkeypatch, capsys) -> None:
    before = tmp_path / "before.json"
    before.write_text(json.dumps({"a": "1", "b": "2", "gone": "3"}))
    monkeypatch.setattr(same, "digests", lambda bench=False: {"a": "1", "b": "changed", "new": "4"})
    assert same.main(["--check", str(before)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == ["differs: b", "differs: gone", "differs: new", "1 of 4 folders byte-identical"]
    monkeypatch.setattr(same, "digests", lambda bench=False: {"a": "1", "b": "2", "gone": "3"})
    assert same.main(["--check", str(before)]) == 0


def test_write_keeps_the_digests_for_a_later_check(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(same, "digests", lambda bench=False: {"x": "9"})
    out = tmp_path / "d.json"
    assert same.main(["--write", str(out)]) == 0
    assert json.loads(out.read_text()) == {"x": "9"}
