"""out/ is replaced whole or not at all, and never a folder the tool did not write."""

from __future__ import annotations

import os
import stat

import pytest

from excerpt.errors import PipelineError
from pipeline.atomic import OWN_MARK, recover, write_out


def test_write_out_replaces_the_whole_set(tmp_path):
    out = tmp_path / "out"
    write_out(out, {"a.json": b"1", "b.html": b"2"})
    write_out(out, {"c.csv": b"3"})
    assert sorted(os.listdir(out)) == sorted([OWN_MARK, "c.csv"])
    assert (out / "c.csv").read_bytes() == b"3"
    # nothing is left beside it: no temporary or old folders
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "precious.txt").write_text("mine")
    with pytest.raises(PipelineError) as exc:
        write_out(out, {"a.json": b"1"})
    assert exc.value.line() == f"{out}: folder has files this tool did not write; refusing to replace it"
    assert (out / "precious.txt").read_text() == "mine"


def test_recover_puts_back_an_out_left_aside_by_a_killed_run(tmp_path):
    old = tmp_path / ".out.old-abc"
    old.mkdir()
    (old / "timeline.json").write_text("{}")
    recover(tmp_path / "out")
    assert (tmp_path / "out" / "timeline.json").read_text() == "{}"
    assert not old.exists()


def test_leftover_temporary_folders_are_cleaned(tmp_path):
    (tmp_path / ".out.new-xyz").mkdir()
    write_out(tmp_path / "out", {"a": b"1"})
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_out_has_the_umask_mode_not_owner_only(tmp_path):
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        write_out(out, {"a.json": b"{}\n"})
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
