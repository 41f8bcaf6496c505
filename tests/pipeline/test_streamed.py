"""out/ files are streamed into the staging folder as they are made: the same bytes as in memory, swapped in whole."""

from __future__ import annotations

import pytest

from bench.generate import write_folder
from excerpt.errors import PipelineError
from pipeline.atomic import OWN_MARK, write_out
from pipeline.run import OUT_FILES, build_outputs


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return write_folder(tmp_path_factory.mktemp("stream") / "ex", 8, seed=51)


def test_streamed_files_are_the_in_memory_bytes(folder, tmp_path):
    kept = build_outputs(folder)
    out = tmp_path / "out"
    streamed = build_outputs(folder, out_dir=out)
    assert streamed.files == {} and sorted(kept.files) == sorted(OUT_FILES)
    for name, raw in kept.files.items():
        assert (out / name).read_bytes() == raw, name
        assert streamed.sizes[name] == len(raw)
    assert (out / OWN_MARK).exists() and "write" in streamed.seconds
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_a_failure_while_writing_leaves_the_earlier_out_whole(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_out(out, {"timeline.json": b"earlier"})

    def broken_page(write, *args):
        write(b"<!doctype html>")  # some bytes are on disk in the staging folder already
        raise PipelineError("page failed")

    monkeypatch.setattr("page.render.write_page", broken_page)
    with pytest.raises(PipelineError, match="page failed"):
        build_outputs(folder, out_dir=out)
    assert sorted(p.name for p in out.iterdir()) == [OWN_MARK, "timeline.json"]
    assert (out / "timeline.json").read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_foreign_folder_is_refused_before_any_work(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setattr("pipeline.run._build", lambda *a: pytest.fail("built before checking out/"))
    with pytest.raises(PipelineError, match="refusing to replace it"):
        build_outputs(folder, out_dir=out)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_the_collector_is_left_as_it_was(folder):
    import gc

    assert gc.isenabled() and gc.get_freeze_count() == 0
    build_outputs(folder)
    # The stages freeze what they made (the record is long-lived and acyclic); the caller gets it all back.
    assert gc.isenabled() and gc.get_freeze_count() == 0
