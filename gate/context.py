"""What every check reads: the excerpts as they are now, and the record in out/ as written."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pydantic_core
from lxml import etree

from excerpt.errors import RecordError, VerdictError
from excerpt.loader import Folder, load_folder
from excerpt.models import Excerpt
from parity.models import Verdict
from timeline.models import ExcerptRecord

# Every file report.py writes to out/ (record-format.md).
OUT_FILES = ("timeline.json", "parity.json", "index.html", "timeline.csv", "timelinejs.json")
JSON_FILES = ("timeline.json", "parity.json", "timelinejs.json")
VERDICTS_FILE = "verdicts.toml"
RECORD_HASH = "record.sha256"  # Context.cache key: sha256 of timeline.json + parity.json bytes


@dataclass
class Context:
    """The inputs of one gate run; record parts are None when missing or unusable."""

    excerpts_dir: Path
    out_dir: Path
    today: date
    strict: bool
    excerpts: dict[str, Excerpt]
    skipped: list[tuple[str, str]]
    files: dict[str, bytes]  # out/ files present, by name (bytes let go once read: each is read in turn)
    data: dict[str, Any] = field(default_factory=dict)  # parsed JSON files, by name
    usable: set[str] = field(default_factory=set)  # JSON files that passed their schema
    records: dict[str, ExcerptRecord] = field(default_factory=dict)  # timeline.json excerpts by id
    raw_events: list[dict[str, Any]] = field(default_factory=list)  # timeline.json events as written
    events: list[dict[str, Any]] = field(default_factory=list)  # the events that keep the record's invariants
    claims: list[dict[str, Any]] = field(default_factory=list)  # parity.json claims
    origins: list[dict[str, Any]] = field(default_factory=list)  # parity.json origins
    page_job: _PageJob | None = field(default=None, repr=False)  # the page's scan, until a check reads it
    _page: PageScan | None = field(default=None, repr=False)
    verdicts: list[Verdict] | None = None  # None when there is no verdicts.toml
    verdicts_error: VerdictError | None = None
    _by_id: dict[str, dict[str, Any]] | None = None
    cache: dict[str, Any] = field(default_factory=dict)  # derived data several checks share

    @property
    def page(self) -> PageScan | None:
        """What the checks read of index.html, or None; the first read waits for its scan (maybe in another process)."""
        if self.page_job is not None:
            job, self.page_job = self.page_job, None
            try:
                self._page = job.result()
            finally:
                job.close()
        return self._page

    @page.setter
    def page(self, scan: PageScan | None) -> None:
        self._page = scan

    def close(self) -> None:
        """Stop the page's scan if no check read it (an error ended the run)."""
        if self.page_job is not None:
            self.page_job.close()
            self.page_job = None

    @property
    def timeline_ok(self) -> bool:
        """True when timeline.json is present and matches its schema."""
        return "timeline.json" in self.usable

    @property
    def parity_ok(self) -> bool:
        """True when parity.json is usable and so is the timeline it speaks of (claims are located by it)."""
        return "parity.json" in self.usable and self.timeline_ok

    @property
    def verdicts_path(self) -> Path:
        """Where the editor's verdicts are read from: beside the excerpts."""
        return self.excerpts_dir / VERDICTS_FILE

    def _index(self) -> dict[str, dict[str, Any]]:
        # Built once, after the record is loaded: checks look events up by id often.
        if self._by_id is None:
            self._by_id = {e["id"]: e for e in self.raw_events}
        return self._by_id

    def raw_event(self, event_id: str) -> dict[str, Any] | None:
        """An event of the record as written, by id."""
        return self._index().get(event_id)

    def event_ids(self) -> set[str]:
        """Ids of every event on the record, valid model or not."""
        return set(self._index())


def out_name(out_dir: Path, name: str) -> str:
    """How an out/ file is named in messages."""
    return (out_dir / name).as_posix()


def present_out_files(out_dir: Path) -> dict[str, bytes]:
    """Every out/ file present, by name (bytes empty: each is read in turn); a RecordError when out/ is unusable."""
    shown = out_dir.as_posix()
    if not out_dir.exists():
        raise RecordError(shown, "no such folder: run report.py to build the record first")
    if not out_dir.is_dir():
        raise RecordError(shown, "not a folder")
    return {name: b"" for name in OUT_FILES if (out_dir / name).is_file()}


def read_out_file(path: Path) -> bytes:
    """One out/ file's bytes, or a RecordError naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RecordError(path.as_posix(), f"cannot read: {exc.strerror}") from None


def parse_json(shown: str, raw: bytes) -> Any:
    """The data of a JSON file, or a RecordError naming the line and column it breaks at."""
    try:
        # pydantic's Rust parser shares repeated short strings (ids, kinds, dates): the record's data
        # takes a third less memory. It refuses a little that json accepts (lone surrogates, deep nesting)
        # and names errors its own way: for those, json reads the file as it always did.
        return pydantic_core.from_json(raw)
    except ValueError:
        pass
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RecordError(shown, f"not UTF-8 at byte offset {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise RecordError(shown, f"not JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None


# Elements that can make a browser fetch something by their tag (any element can by a style or
# background attribute); gate/page.py says which of their attributes do.
RESOURCE_TAGS = frozenset({"img", "image", "picture", "source", "script", "iframe", "frame", "embed", "object",
                           "video", "audio", "track", "input", "link", "base", "style", "use"})


@dataclass(eq=False)
class Node:
    """What the page checks read of one element: tag, attributes, text (a <style>'s CSS) and line."""

    tag: str
    attrib: dict[str, str]
    text: str | None
    index: int  # its place among the elements the scan keeps (page order of start tags)
    scan: PageScan = field(repr=False)

    def get(self, name: str) -> str | None:
        return self.attrib.get(name)

    @property
    def sourceline(self) -> int | None:
        """The line of its start tag (found when asked: a finding needs it, a clean page never does)."""
        return self.scan.line_of(self.index)


@dataclass
class PageScan:
    """What the page checks need of index.html, read in one streaming pass."""

    # No tree of the whole page is kept: at 10,000 excerpts lxml's tree of it took over a gigabyte.

    path: Path
    ids: set[str] = field(default_factory=set)  # every id, and every <a name>
    fragment_hrefs: set[str] = field(default_factory=set)  # every href="#..."
    may_fetch: list[Node] = field(default_factory=list)  # resource tags and styled elements, in page order
    metas: list[Node] = field(default_factory=list)  # <meta name="record-sha256">: those in <head> first
    lines: list[int | None] = field(default_factory=list)  # source lines of the kept elements, as far as asked

    def lines_of_href(self, hrefs: set[str]) -> dict[str, list[int | None]]:
        """Source lines of the elements whose href is one of hrefs, in page order (a second pass, for broken links)."""
        found: dict[str, list[int | None]] = {h: [] for h in hrefs}
        for _, el in _elements(self.path):
            href = el.get("href")
            if href in found:
                found[href].append(el.sourceline)
        return found

    def line_of(self, index: int) -> int | None:
        """The source line of the index-th kept element (a second pass, up to that element)."""
        if index >= len(self.lines):
            self.lines = []
            for event, el in _elements(self.path, ("start", "end")):
                if event == "start" and _kept(el.tag.lower(), el.attrib):
                    self.lines.append(el.sourceline)
                    if len(self.lines) > index:
                        break
        return self.lines[index] if index < len(self.lines) else None


def _elements(path: Path, events: tuple[str, ...] = ("end",)) -> Any:
    """(event, element) for each element of an HTML file, each cleared once it ends (with its earlier siblings)."""
    # So the tree never grows past one branch of the page.
    # huge_tree: a record of thousands of events makes a page past libxml2's default size limits.
    # The HTML parser loads no DTD and resolves no entities from outside the file.
    for event, el in etree.iterparse(str(path), events=events, html=True, huge_tree=True, no_network=True):
        if isinstance(el.tag, str):
            yield event, el
        if event == "end":
            el.clear()
            parent = el.getparent()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]


RECORD_META = "record-sha256"


def _fetches(tag: str, attrib: Any) -> bool:
    """An element that may make the browser fetch something: by its tag, or by a style or background attribute."""
    return tag in RESOURCE_TAGS or bool(attrib and ("style" in attrib or "background" in attrib))


def _kept(tag: str, attrib: Any) -> bool:
    """An element the page checks look at: one that may fetch, or a record-sha256 meta."""
    return _fetches(tag, attrib) or (tag == "meta" and attrib.get("name") == RECORD_META)


class _Scanner:
    """An lxml parser target: each element's attributes as its start tag is read, and no tree at all."""

    # A target takes a third of the time of iterparse's elements (made, then cleared): 0.25 s, not 0.7 s,
    # for a 1,000-excerpt page. It gives no source lines: those are found later, for a finding (line_of).

    def __init__(self, scan: PageScan) -> None:
        self.scan = scan
        self.open: list[str] = []  # the tags of the elements open here
        self.text: list[str] | None = None  # a kept element's text, until its first child or its end
        self.texts: list[tuple[Node, list[str]]] = []
        self.head_metas: list[Node] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        scan = self.scan
        self.text = None
        low = tag.lower()
        if attrib:
            ident = attrib.get("id")
            if ident is not None:
                scan.ids.add(ident)
            if low == "a" and attrib.get("name") is not None:
                scan.ids.add(attrib["name"])
            href = attrib.get("href")
            if href is not None and href.startswith("#"):
                scan.fragment_hrefs.add(href)
        # Most elements are neither (tested inline: two calls for each of 275,000 elements were a fifth of the scan).
        if (low in RESOURCE_TAGS or low == "meta" or (attrib and ("style" in attrib or "background" in attrib))) \
                and _kept(low, attrib):
            node = Node(tag, dict(attrib), None, len(self.texts), scan)
            self.text = []
            self.texts.append((node, self.text))
            if _fetches(low, attrib):
                scan.may_fetch.append(node)
            if low == "meta" and attrib.get("name") == RECORD_META:
                # The meta belongs in <head>, right under the root <html>: those are listed first.
                (self.head_metas if self.open == ["html", "head"] else scan.metas).append(node)
        self.open.append(low)

    def end(self, tag: str) -> None:
        self.open.pop()
        self.text = None

    def data(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def close(self) -> PageScan:
        self.scan.metas[:0] = self.head_metas
        for node, pieces in self.texts:
            node.text = "".join(pieces) if pieces else None  # as lxml gives an element's text: None when none
        return self.scan


def scan_page(shown: str, path: Path) -> PageScan:
    """The page's ids, in-page links, elements that may fetch, record-sha256 metas; RecordError if unreadable."""
    parser = etree.HTMLParser(target=_Scanner(PageScan(path=path)), huge_tree=True, no_network=True)
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(SCAN_CHUNK):
                parser.feed(chunk)
        return parser.close()
    except (OSError, etree.Error) as exc:
        problem = str(exc)
    # The error as a parse of the file names it (the line where it fails), as it always was.
    try:
        for _ in _elements(path):
            pass
    except (OSError, etree.Error) as exc:
        problem = str(exc)
    raise RecordError(shown, f"not an HTML page: {problem}") from None


SCAN_CHUNK = 1 << 20


def date_of(raw: dict[str, Any]) -> dict[str, Any]:
    """An event's date as written; the schema lets an undated event leave it out."""
    return raw.get("date") or {}


def event_fault(raw: dict[str, Any]) -> str | None:
    """What breaks the record's own invariants in one schema-valid event (the model's validators, in short)."""
    ev, d = raw["evidence"], date_of(raw)
    if ev["end"] < ev["start"]:
        return "evidence end before start"
    if ev["end"] - ev["start"] != len(ev["exact"]):
        return "evidence length differs from its exact text"
    if (d.get("start") is None) != (d.get("end") is None):
        return "date start and end must both be set or both be null"
    return None


def index_record(ctx: Context) -> list[tuple[dict[str, Any], str]]:
    """Index the schema-valid record for the checks; return the events that break its invariants."""
    # The checks read the JSON as dicts: the schema (made from the models) vouches for its shape, and
    # building 10,000 Event and Claim models would take seconds of the gate's 5 s on 1,000 excerpts.
    if not ctx.timeline_ok:
        return []
    timeline = ctx.data["timeline.json"]
    ctx.records = {r["id"]: ExcerptRecord.model_validate(r) for r in timeline["excerpts"]}
    ctx.raw_events = list(timeline["events"])
    faults = []
    for raw in ctx.raw_events:
        fault = event_fault(raw)
        if fault is None:
            ctx.events.append(raw)
        else:
            # One bad event must not hide what the checks can say about the others.
            faults.append((raw, fault))
    if ctx.parity_ok:
        ctx.claims = list(ctx.data["parity.json"]["claims"])
        ctx.origins = list(ctx.data["parity.json"].get("origins", []))
    return faults


def load_verdicts_into(ctx: Context) -> None:
    """Read verdicts.toml beside the excerpts, keeping a malformed file's error for its check."""
    if not ctx.verdicts_path.is_file():
        return
    from parity.verdicts import load_verdicts

    try:
        ctx.verdicts = load_verdicts(ctx.verdicts_path)
    except VerdictError as exc:
        ctx.verdicts_error = exc


# A page this big is scanned in a second process while the excerpts and the JSON load in this one
# (lxml's HTML parser calls back into Python for every element, so a thread would not run beside them),
# and the excerpts are loaded in a third while this one parses the JSON.
PARALLEL_PAGE_BYTES = 4 * 1024 * 1024


def _scan_or_error(shown: str, path: Path) -> PageScan | tuple[str, str]:
    # A RecordError does not survive pickling (it takes two arguments): sent back as (path, problem).
    try:
        return scan_page(shown, path)
    except RecordError as exc:
        return exc.path, exc.problem


def fork_ok() -> bool:
    """True when this process may fork: the platform can, and no other thread runs here."""
    # A forked child copies only the thread that forked: a lock another thread held stays locked in it.
    # The CLIs run one thread; a test runner may run more, and then the forkserver starts children.
    return hasattr(os, "fork") and threading.active_count() == 1


def _send(conn: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """In the child: fn's result to the parent, or None when it failed (the parent then does the work itself)."""
    try:
        result = fn(*args)
    except BaseException:  # noqa: BLE001 - the parent meets the same error when it does the work itself
        result = None
    conn.send(result)
    conn.close()


class _Forked:
    """fn(*args) in a forked child process, its result read back through a pipe."""

    # A forked child starts at once with every module this process imported; a forkserver's child
    # starts a new interpreter and imports them again (0.3 s of CPU, and the result that much later).

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conn, sender = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_send, args=(sender, fn, args), daemon=True)
        self._proc.start()
        sender.close()

    def result(self) -> Any:
        """fn's result, or None when the child failed or died."""
        try:
            return self._conn.recv()
        except (EOFError, OSError):
            return None
        finally:
            self.close()

    def close(self) -> None:
        self._conn.close()
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join()


class _Pooled:
    """fn(*args) in a child process started by the forkserver (when this process may not fork)."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
        try:
            self.future: Future = self.pool.submit(fn, *args)
        except BaseException:
            self.close()
            raise

    def result(self) -> Any:
        """fn's result, or None when the child died."""
        try:
            return self.future.result()
        except BrokenProcessPool:
            return None
        finally:
            self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


def big_page(path: Path) -> bool:
    """True when the page is big enough to be worth other processes (the record is big too)."""
    try:
        return path.stat().st_size >= PARALLEL_PAGE_BYTES
    except OSError:
        return False


class _PageJob:
    """The page scan, started in another process when the page is big, else run when asked for."""

    def __init__(self, shown: str, path: Path) -> None:
        self.shown, self.path = shown, path
        self.future: _Forked | _Pooled | None = None
        if big_page(path):
            try:
                self.future = _Forked(_scan_or_error, shown, path) if fork_ok() else _Pooled(_scan_or_error, shown, path)
            except (OSError, ValueError):
                self.future = None

    def result(self) -> PageScan:
        got: PageScan | tuple[str, str] | None = None
        if self.future is not None:
            got = self.future.result()  # None when the helper process died: scan here instead
            self.future = None
        if got is None:
            got = _scan_or_error(self.shown, self.path)
        if isinstance(got, tuple):
            raise RecordError(*got)
        return got

    def close(self) -> None:
        if self.future is not None:
            self.future.close()
            self.future = None


def _load_folder(excerpts_dir: str | Path) -> Folder:
    return load_folder(excerpts_dir, structure=False)  # the gate reads no sentences


class _FolderJob:
    """The excerpts, loaded in a forked child while this process reads the JSON (a big record only)."""

    def __init__(self, excerpts_dir: str | Path, big: bool) -> None:
        self.excerpts_dir = excerpts_dir
        self.child: _Forked | None = None
        if big and fork_ok():
            try:
                self.child = _Forked(_load_folder, excerpts_dir)
            except (OSError, ValueError):
                self.child = None

    def result(self) -> Folder:
        """The loaded folder; loaded here when the child failed, so an unusable folder raises here, as it always did."""
        got = None
        if self.child is not None:
            got, self.child = self.child.result(), None
        return got if got is not None else _load_folder(self.excerpts_dir)

    def close(self) -> None:
        if self.child is not None:
            self.child.close()
            self.child = None


def load_context(excerpts_dir: str | Path, out_dir: str | Path, strict: bool, today: date) -> Context:
    """Load the out/ files and the excerpts, the page's scan begun (read by Context.page); PipelineError when unusable."""
    out = Path(out_dir)
    files = present_out_files(out)
    page = _PageJob(out_name(out, "index.html"), out / "index.html") if "index.html" in files else None
    folder = _FolderJob(excerpts_dir, "index.html" in files and big_page(out / "index.html"))
    try:
        ctx = _load(excerpts_dir, out, files, strict, today, folder)
    except BaseException:
        if page is not None:
            page.close()
        raise
    finally:
        folder.close()
    # The checks that read the page run last (gate/run.py): its scan, in another process for a big page,
    # goes on beside the others instead of holding them up.
    ctx.page_job = page
    load_verdicts_into(ctx)
    return ctx


def _read_json(out: Path, files: dict[str, bytes]) -> tuple[dict[str, Any], str, RecordError | None]:
    """The JSON files parsed, the record's hash, and the first file's error that stopped the reading."""
    data: dict[str, Any] = {}
    digest = hashlib.sha256()
    try:
        for name in JSON_FILES:
            if name in files:
                # Read, hashed and parsed one at a time, the bytes let go at once: holding every file's
                # bytes with their data would hold the record twice (gigabytes at 10,000 excerpts).
                raw = read_out_file(out / name)
                if name != "timelinejs.json":
                    digest.update(raw)
                parsed = parse_json(out_name(out, name), raw)
                del raw
                if name == "timelinejs.json" and isinstance(parsed, dict) and isinstance(parsed.get("events"), list):
                    parsed["events"] = []  # only its presence is checked: the slides (150 MB at 10,000) go now
                data[name] = parsed
    except RecordError as exc:
        return data, "", exc
    return data, digest.hexdigest(), None


def _load(excerpts_dir: str | Path, out: Path, files: dict[str, bytes], strict: bool, today: date,
          folder_job: _FolderJob) -> Context:
    # The JSON is read first (the excerpts load meanwhile in a child, for a big record); an unusable
    # excerpt folder is still the error named first, as when the excerpts were loaded first.
    data, record_hash, error = _read_json(out, files)
    folder = folder_job.result()
    if error is not None:
        raise error
    ctx = Context(excerpts_dir=Path(excerpts_dir), out_dir=out, today=today, strict=strict,
                  excerpts={e.id: e for e in folder.excerpts}, skipped=list(folder.skipped), files=files, data=data)
    if "timeline.json" in files and "parity.json" in files:
        ctx.cache[RECORD_HASH] = record_hash
    return ctx
