"""report.py: exit codes, one-line errors naming the file, and an earlier out/ left untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import report

SAMPLES = Path(__file__).resolve().parents[2] / "excerpt" / "samples"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = report.main(list(argv))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_samples_run_and_summary(tmp_path, capsys):
    code, out, err = run(capsys, "--excerpts", str(SAMPLES), "--out", str(tmp_path / "out"))
    assert code == report.EXIT_OK, err
    assert "Excerpts" in out and "Claims against the other sources" in out
    assert "3 excerpts," in out
    assert err == ""  # no progress bar when stderr is not a terminal


def test_missing_folder_is_one_line_exit_2(tmp_path, capsys):
    missing = tmp_path / "nope"
    code, _, err = run(capsys, "--excerpts", str(missing), "--out", str(tmp_path / "out"))
    assert code == report.EXIT_UNUSABLE
    assert err.strip() == f"error: {missing.as_posix()}: no such folder"


def test_bad_usage_is_exit_2(capsys):
    code, _, err = run(capsys, "--max-bytes", "0")
    assert code == report.EXIT_UNUSABLE
    assert err.strip() == "error: usage: --max-bytes must be positive"
    code, _, err = run(capsys, "--no-such-option")
    assert code == report.EXIT_UNUSABLE
    assert err.strip() == "error: usage: unrecognized arguments: --no-such-option"


def test_bad_excerpt_leaves_the_earlier_out_whole(tmp_path, capsys):
    folder = tmp_path / "ex"
    shutil.copytree(SAMPLES, folder)
    out = tmp_path / "out"
    assert run(capsys, "--excerpts", str(folder), "--out", str(out))[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (folder / "009.txt").write_text('+++\ntitle = "x"\noutlet = "y"\npublished = "2017-13-45"\n+++\nBody.\n')
    code, _, err = run(capsys, "--excerpts", str(folder), "--out", str(out))
    assert code == report.EXIT_UNUSABLE
    assert err.strip() == f"error: {(folder / '009.txt').as_posix()}: published '2017-13-45' is not a real day"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_same_input_gives_byte_identical_out(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(capsys, "--excerpts", str(SAMPLES), "--out", str(a), "--quiet")[0] == 0
    assert run(capsys, "--excerpts", str(SAMPLES), "--out", str(b), "--quiet")[0] == 0
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_an_excerpt_without_any_date_is_named_and_its_events_stay_undated(tmp_path, capsys):
    folder = tmp_path / "ex"
    folder.mkdir()
    (folder / "a.txt").write_text('+++\ntitle = "Talks"\noutlet = "Wire"\npublished = ""\n+++\n'
                                  "The minister said on Monday that talks would resume next week.\n")
    code, out, err = run(capsys, "--excerpts", str(folder), "--out", str(tmp_path / "out"))
    assert code == report.EXIT_OK, err
    assert "no published or as_of date" in " ".join(out.split())
    record = json.loads((tmp_path / "out" / "timeline.json").read_text(encoding="utf-8"))
    assert record["events"] and all(e["date"]["start"] is None for e in record["events"])
    assert all("no anchor" in e["date"]["basis"] or e["date"]["phrase"] is None for e in record["events"])


def test_progress_bar_runs_no_thread_so_the_pool_may_fork():
    """The progress bar refreshes per stage, not from a thread: the extraction pool can then fork."""
    import io
    import multiprocessing
    import threading

    from rich.console import Console

    from pipeline.parallel import start_method

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    before = threading.active_count()
    console = Console(file=io.StringIO(), force_terminal=True)

    def job(tell):
        tell("load")
        return threading.active_count(), start_method()

    threads, method = report._with_progress(console, job)
    assert threads == before
    if before == 1:
        assert method == "fork"
