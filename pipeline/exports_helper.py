"""The exports (timeline.csv, timelinejs.json) written by a small helper process from timeline.json as written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from page.exports import write_both
from pipeline.atomic import WRITE_BUFFER, sync_close
from timeline.models import Event, ExcerptRecord

# Why: above parity.forked.FORK_LIMIT the run holds over a gigabyte, and a forked helper's resident size counts
# every page it shares with its parent, so the stages after extraction stay on one core and the exports (~1 in 5
# of the page stage's CPU) wait for the page. A new interpreter holds ~35 MB: it reads the events back from the
# timeline.json this run wrote (one item per line, pipeline/jsonout.py), one at a time, while the page is written.

ROOT = Path(__file__).resolve().parent.parent  # the project: the helper imports this checkout's modules
FILES = ("timeline.csv", "timelinejs.json")
COMMAND = ("-m", "pipeline.exports_helper")  # how this interpreter runs the helper (then its three paths)
TITLE_FILE = ".timelinejs-title.json"
ITEM = b"    "  # a list item's line starts with this indent; a top-level key's with two spaces


def record_items(path: Path) -> Iterator[tuple[str, bytes]]:
    """(list name, item JSON) for each item of timeline.json's top-level lists, in file order."""
    current = ""
    with open(path, "rb", buffering=WRITE_BUFFER) as fh:
        for line in fh:
            if line.startswith(ITEM):
                yield current, line.rstrip(b"\r\n").removesuffix(b",")
            elif line.startswith(b'  "'):
                current = line[3:line.index(b'"', 3)].decode("utf-8")


def write_from_json(timeline_json: Path, folder: Path, title: dict[str, Any]) -> dict[str, int]:
    """timeline.csv and timelinejs.json into folder, read from timeline_json; each file's size."""
    items = record_items(timeline_json)
    excerpts: list[ExcerptRecord] = []
    first_event: Event | None = None
    for name, raw in items:  # the excerpts come before the events (the Timeline model's field order)
        if name == "excerpts":
            excerpts.append(ExcerptRecord.model_validate_json(raw))
        elif name == "events":
            first_event = Event.model_validate_json(raw)
            break

    def events() -> Iterator[Event]:
        if first_event is None:
            return
        yield first_event
        for name, raw in items:
            if name != "events":
                return
            yield Event.model_validate_json(raw)

    sizes = {}
    handles = [open(folder / name, "wb", buffering=WRITE_BUFFER) for name in FILES]  # noqa: SIM115 - closed below
    try:
        writes = []
        for name, fh in zip(FILES, handles, strict=True):
            def write(data: bytes, fh: Any = fh, name: str = name) -> None:
                sizes[name] = sizes.get(name, 0) + len(data)
                fh.write(data)
            writes.append(write)
        write_both(writes[0], writes[1], excerpts, events(), title)
    finally:
        for fh in handles:
            sync_close(fh)
    return sizes


def main() -> int:
    """Helper entry: argv TIMELINE_JSON FOLDER TITLE_JSON (the title slide's file); the sizes as JSON on stdout."""
    title = json.loads(Path(sys.argv[3]).read_bytes())
    sizes = write_from_json(Path(sys.argv[1]), Path(sys.argv[2]), title)
    sys.stdout.write(json.dumps(sizes) + "\n")
    return 0


class Spawned:
    """write_from_json in a new interpreter (no fork: nothing of this process is copied); result() waits for it."""

    def __init__(self, timeline_json: Path, folder: Path, title: dict[str, Any]) -> None:
        # The title slide names every outlet (too long for an argument at thousands): a hidden file of the
        # folder, gone before the folder is swapped in (result()).
        self.title = folder / TITLE_FILE
        self.title.write_text(json.dumps(title), encoding="utf-8")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        # subprocess starts it with vfork and exec: the parent's gigabyte is not copied, even for a moment.
        self.proc = subprocess.Popen(  # noqa: S603 - this interpreter, this project's module, our own paths
            [sys.executable, *COMMAND, str(timeline_json), str(folder), str(self.title)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)

    def result(self) -> dict[str, int] | None:
        """Each file's size once the helper is done; None when it failed (the caller writes the files again)."""
        try:
            out, _ = self.proc.communicate()
        finally:
            self.title.unlink(missing_ok=True)
        if self.proc.returncode != 0:
            return None
        try:
            sizes = json.loads(out)
        except ValueError:
            return None
        return sizes if isinstance(sizes, dict) and sorted(sizes) == sorted(FILES) else None


def spawn(timeline_json: Path, folder: Path, title: dict[str, Any]) -> Spawned | None:
    """The helper started, or None when no process can be started: the caller writes the files itself."""
    try:
        return Spawned(timeline_json, folder, title)
    except OSError:
        (folder / TITLE_FILE).unlink(missing_ok=True)
        return None


if __name__ == "__main__":
    sys.exit(main())
