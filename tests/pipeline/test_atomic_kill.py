"""SIGKILL at many moments: out/ is always the earlier set whole, or the new set complete, never a mix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.generate import write_folder
from bench.hostile import ROOT, run_subprocess
from pipeline.atomic import recover, write_out

REPORT_FRACTIONS = (0.05, 0.3, 0.8, 0.95, 1.0, 1.05)  # of a whole run's time: out/ is written at the very end
WRITER = """
import sys
from pipeline.atomic import write_out
size = int(sys.argv[2])
files = {f"part{i}.bin": bytes([65 + i]) * size for i in range(6)}
print("writing", flush=True)
write_out(sys.argv[1], files)
print("done", flush=True)
"""


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and any workers it started
    except ProcessLookupError:
        pass
    proc.wait()


def assert_old_or_new(out: Path, old: dict[str, bytes], new_names: set[str], new_check) -> str:
    if not out.exists():  # killed between the fallback's two renames: the next run puts it back
        recover(out)
    got = files(out)
    if got == old:
        return "old"
    assert set(got) == new_names, f"a mix of files: {sorted(got)}"
    new_check(got)
    return "new"


@pytest.mark.slow
def test_sigkill_report_mid_run(tmp_path):
    small = write_folder(tmp_path / "small", 4, seed=21)
    big = write_folder(tmp_path / "big", 70, seed=22)
    ref_old, ref_new = tmp_path / "ref-old", tmp_path / "ref-new"
    assert run_subprocess(small, ref_old, ("--quiet",))[0] == 0
    code, _, err, full, _ = run_subprocess(big, ref_new, ("--quiet",))
    assert code == 0, err
    old, new = files(ref_old), files(ref_new)
    seen = set()
    for i, frac in enumerate(REPORT_FRACTIONS):
        out = tmp_path / f"case{i}" / "out"
        out.parent.mkdir()
        write_out(out, {k: v for k, v in old.items() if not k.startswith(".")})
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "report.py"), "--excerpts", str(big), "--out", str(out), "--quiet"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(full * frac)
        kill_group(proc)
        seen.add(assert_old_or_new(out, old, set(new), lambda got: got == new or pytest.fail("out/ differs from a whole run")))
        leftovers = [p.name for p in out.parent.iterdir() if p.name != "out"]
        assert all(n.startswith(".out.new-") for n in leftovers), leftovers  # only a temp the next run cleans
    assert "old" in seen  # the early kills did land mid-run


@pytest.mark.slow
def test_sigkill_during_the_write_itself(tmp_path):
    """A writer of large files, killed at many moments of write_out: never a half-replaced out/."""
    size = 16 * 1024 * 1024
    old = {"timeline.json": b"old timeline", "index.html": b"old page"}
    # One unkilled write first, to place the kills across however long a write takes on this disk.
    probe = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "probe" / "out"), str(size)], cwd=ROOT,
                             stdout=subprocess.PIPE)
    assert probe.stdout.readline() == b"writing\n"
    t0 = time.perf_counter()
    assert probe.stdout.readline() == b"done\n"
    write_seconds = time.perf_counter() - t0
    probe.wait()
    seen = set()
    # Past 1.0 the delays keep doubling: on a busy machine a killed write can take longer than the probe.
    for i, frac in enumerate((0.0, 0.05, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0, 1.2, 2.0, 4.0, 8.0, 16.0, 32.0)):
        if frac > 1.0 and "new" in seen:
            break
        delay = frac * write_seconds
        out = tmp_path / f"w{i}" / "out"
        out.parent.mkdir()
        write_out(out, old)
        earlier = files(out)
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(out), str(size)], cwd=ROOT,
                                stdout=subprocess.PIPE, start_new_session=True)
        assert proc.stdout.readline() == b"writing\n"
        time.sleep(delay)
        kill_group(proc)
        names = {f"part{k}.bin" for k in range(6)} | {".parity-timeline-out"}

        def complete(got: dict[str, bytes]) -> None:
            for k in range(6):
                assert got[f"part{k}.bin"] == bytes([65 + k]) * size

        seen.add(assert_old_or_new(out, earlier, names, complete))
    assert seen == {"old", "new"}, f"the kills should land both before and after the swap: {seen}"
