"""Session 16 (scale): the exports written by a spawned helper from timeline.json are the files one process writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from page import exports
from parity import forked
from pipeline import exports_helper, run
from pipeline.run import Sink, build_outputs, write_model_json
from timeline.models import Timeline

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = ["excerpts", "eval/iran", "gaps/kgtj"]


def _folder_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _old_exports(timeline: Timeline) -> tuple[bytes, bytes]:
    sink = Sink()
    run.write_exports(sink, timeline)
    return sink.files["timeline.csv"], sink.files["timelinejs.json"]


def _both(timeline: Timeline, events: object = None) -> tuple[bytes, bytes]:
    csv_parts: list[bytes] = []
    tjs_parts: list[bytes] = []
    evs = timeline.events if events is None else events
    exports.write_both(csv_parts.append, tjs_parts.append, timeline.excerpts, evs, exports.intro(timeline))
    return b"".join(csv_parts), b"".join(tjs_parts)


@pytest.mark.parametrize("name", FOLDERS)
def test_one_pass_over_the_events_writes_the_exports_two_passes_write(name):
    timeline = build_outputs(DATA / name, workers=1).timeline
    assert _both(timeline, iter(timeline.events)) == _old_exports(timeline)  # an iterator: read once


def test_one_pass_with_no_dated_event_still_writes_every_csv_row():
    timeline = build_outputs(DATA / "excerpts", workers=1).timeline
    undated = [ev.model_copy(update={"date": ev.date.model_copy(update={"start": None, "end": None})})
               for ev in timeline.events]
    bare = timeline.model_copy(update={"events": undated})
    csv_bytes, tjs_bytes = _both(bare, iter(undated))
    assert (csv_bytes, tjs_bytes) == _old_exports(bare)
    assert csv_bytes.count(b"\r\n") == len(undated) + 1 and b'"events": []' in tjs_bytes


@pytest.mark.parametrize("name", FOLDERS)
def test_the_helper_reads_timeline_json_back_into_the_same_exports(name, tmp_path):
    timeline = build_outputs(DATA / name, workers=1).timeline
    with Sink(tmp_path).open("timeline.json") as write:
        write_model_json(write, timeline)
    sizes = exports_helper.write_from_json(tmp_path / "timeline.json", tmp_path, exports.intro(timeline))
    csv_bytes, tjs_bytes = _old_exports(timeline)
    assert (tmp_path / "timeline.csv").read_bytes() == csv_bytes
    assert (tmp_path / "timelinejs.json").read_bytes() == tjs_bytes
    assert sizes == {"timeline.csv": len(csv_bytes), "timelinejs.json": len(tjs_bytes)}


def test_record_items_name_each_item_by_its_list(tmp_path):
    timeline = build_outputs(DATA / "excerpts", workers=1).timeline
    with Sink(tmp_path).open("timeline.json") as write:
        write_model_json(write, timeline)
    items = list(exports_helper.record_items(tmp_path / "timeline.json"))
    assert [n for n, _ in items] == ["excerpts"] * len(timeline.excerpts) + ["events"] * len(timeline.events)
    assert all(not raw.endswith((b",", b"\n")) for _, raw in items)


@pytest.fixture
def spawning(monkeypatch):
    """No forked helper may run (as above parity.forked.FORK_LIMIT at 10,000 excerpts); the helper is spawned."""
    monkeypatch.setattr(forked, "FORK_LIMIT", 0)
    monkeypatch.setattr(run, "EXPORTS_MIN_EVENTS", 0)
    started: list[object] = []
    real = exports_helper.spawn

    def counted(*args):
        started.append(args)
        return real(*args)

    monkeypatch.setattr(exports_helper, "spawn", counted)
    return started


@pytest.mark.parametrize("name", ["excerpts", "eval/iran"])
def test_a_spawned_helper_writes_the_files_one_process_writes(name, tmp_path, spawning):
    one = build_outputs(DATA / name, workers=1, out_dir=tmp_path / "one")
    assert not spawning  # one worker: no helper
    two = build_outputs(DATA / name, workers=2, out_dir=tmp_path / "two")
    assert len(spawning) == 1
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")  # no title file left either
    assert two.sizes == one.sizes and len(one.sizes) == 5


@pytest.mark.parametrize("command", [
    ("-c", "import sys; sys.exit(3)"),
    # a helper that writes a broken file, then fails
    ("-c", "import sys; open(sys.argv[2] + '/timeline.csv', 'w').write('broken'); sys.exit(1)"),
    ("-c", "print('not json')"),
])
def test_a_helper_that_fails_leaves_the_exports_to_this_process(command, tmp_path, spawning, monkeypatch):
    build_outputs(DATA / "excerpts", workers=1, out_dir=tmp_path / "one")
    monkeypatch.setattr(exports_helper, "COMMAND", command)
    build_outputs(DATA / "excerpts", workers=2, out_dir=tmp_path / "two")
    assert len(spawning) == 1
    assert _folder_files(tmp_path / "two") == _folder_files(tmp_path / "one")


def test_no_helper_is_spawned_where_a_forked_one_may_run(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "EXPORTS_MIN_EVENTS", 0)
    monkeypatch.setattr(forked, "FORK_LIMIT", 1 << 62)
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    monkeypatch.setattr(exports_helper, "spawn", lambda *a: pytest.fail("spawned"))
    build_outputs(DATA / "excerpts", workers=2, out_dir=tmp_path / "out")
