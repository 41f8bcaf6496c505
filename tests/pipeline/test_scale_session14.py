"""Session 14: the extraction pool starts before the excerpts are loaded (its forked workers carry none of them)."""

from __future__ import annotations

import mmap
import os

import pytest

from bench.generate import write_folder
from excerpt.errors import ExcerptError
from excerpt.loader import load_folder
from pipeline import parallel
from pipeline.run import build_outputs


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return write_folder(tmp_path_factory.mktemp("scale14") / "ex", parallel.MIN_PARALLEL + 6, seed=14)


def _statm_rss(pid: int) -> int:
    with open(f"/proc/{pid}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class Recording(parallel.LocalExtractor):
    """The CLI's extractor, noting whether its pool was started before extraction and by whom."""

    def __call__(self, excerpts):
        started = self.__dict__.get("started")
        self.seen = (started is not None, started.method if started else None, len(excerpts))
        return super().__call__(excerpts)


def test_the_cli_extractor_starts_its_pool_before_loading(folder, monkeypatch):
    import pipeline.run

    extractor = Recording(parallel.extract_local, workers=2)
    at_load = []
    real_load = pipeline.run.load_folder

    def load(*args, **kwargs):
        at_load.append("started" in extractor.__dict__)  # the pool is running when the excerpts are read
        return real_load(*args, **kwargs)

    monkeypatch.setattr(pipeline.run, "load_folder", load)
    prestarted = build_outputs(folder, extract_all=extractor, pages=True)
    monkeypatch.undo()
    assert at_load == [True]
    assert extractor.seen[0] and extractor.seen[1] in ("fork", "forkserver")
    assert "started" not in extractor.__dict__  # used once, then let go
    # The same files as the pool started inside extraction (and as one process).
    plain = build_outputs(folder, extract_all=lambda xs: parallel.extract_local(xs, workers=2), pages=True)
    serial = build_outputs(folder, pages=True)
    assert prestarted.files == plain.files == serial.files


def test_a_folder_too_small_for_a_pool_starts_none(tmp_path):
    small = write_folder(tmp_path / "few", parallel.MIN_PARALLEL - 1, seed=3)
    extractor = Recording(parallel.extract_local, workers=2)
    result = build_outputs(small, extract_all=extractor, pages=False)
    assert extractor.seen == (False, None, parallel.MIN_PARALLEL - 1)
    assert result.timeline == build_outputs(small, pages=False).timeline


def test_a_started_pool_is_stopped_when_the_excerpts_are_fewer_than_the_files(folder, tmp_path):
    # Files that fail to be excerpts are not known before loading: the pool started for them is shut down
    # and the stage runs here, as extract_local does for a small folder.
    excerpts = load_folder(folder).excerpts[: parallel.MIN_PARALLEL - 1]
    started = parallel.start_pool(2, parallel.MIN_PARALLEL + 6)
    assert started is not None
    got = parallel.extract_local(excerpts, workers=2, fn=None, started=started)
    assert started.pool._shutdown_thread  # noqa: SLF001 - the pool was shut down, not left running
    assert got == parallel.extract_serial(excerpts)


def test_an_unusable_folder_leaves_no_pool_running(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    for k in range(parallel.MIN_PARALLEL + 2):
        (bad / f"{k:03d}.txt").write_text("no front matter here\n", encoding="utf-8")
    extractor = Recording(parallel.extract_local, workers=2)
    with pytest.raises(ExcerptError):
        build_outputs(bad, extract_all=extractor, pages=False)
    assert "started" not in extractor.__dict__
    assert not hasattr(extractor, "seen")  # extraction never ran


def test_no_pool_for_one_worker_or_a_few_excerpts():
    assert parallel.start_pool(1, 10_000) is None
    assert parallel.start_pool(2, parallel.MIN_PARALLEL - 1) is None


def test_forked_workers_do_not_carry_the_excerpts(folder, monkeypatch):
    # What the change is for: a worker forked before the load is smaller than one forked after it by
    # about the loaded excerpts (here a made-up ballast stands in for a big folder's excerpts).
    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    sizes = {}
    for when in ("before", "after"):
        ballast = None
        if when == "after":
            # 64 MB of fresh private pages held by this process at the fork (a bytearray could reuse memory the
            # test process freed earlier and already counts, so the fork would look no bigger).
            ballast = mmap.mmap(-1, 64 << 20, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
            ballast.write(b"\x01" * (64 << 20))
        started = parallel.start_pool(2, parallel.MIN_PARALLEL + 6)
        assert started is not None and started.method == "fork"
        pids = list(started.pool._processes)  # noqa: SLF001 - the forked workers
        sizes[when] = max(_statm_rss(pid) for pid in pids)
        started.pool.shutdown(wait=True)
        if ballast is not None:
            ballast.close()
    assert sizes["after"] - sizes["before"] > 48 << 20


def test_layouts_give_back_each_excerpts_layout(folder):
    from excerpt.loader import with_structure

    excerpts = load_folder(folder, structure=False).excerpts
    made = [parallel.excerpt_stage(x)[2] for x in excerpts]
    layouts = parallel.Layouts(made)
    assert len(layouts) == len(made)
    assert [layouts[k] for k in range(len(made))] == made and list(layouts) == made
    assert layouts[-1] == made[-1]
    # The page's paragraphs from them are the loader's own (labels, reasons, offsets).
    for x, lay in zip(excerpts, layouts, strict=True):
        assert parallel.paragraphs_from(lay) == tuple(p.model_copy(update={"sentences": ()})
                                                      for p in with_structure(x).paragraphs)
    assert len(layouts.kinds) == len({(label, reason) for lay in made for _, _, label, reason in lay})
    with pytest.raises(IndexError):
        layouts[len(made)]


@pytest.mark.parametrize("made", [
    [],
    [()],
    [(), ((0, 5, "story", ""),), ()],
    [((0, 2**40, "photo_caption", "caption: a credit line"), (2**40, 2**40 + 3, "story", ""))],
])
def test_layouts_keep_empty_layouts_and_big_offsets(made):
    assert list(parallel.Layouts(made)) == made
