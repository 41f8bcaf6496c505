"""The whole pipeline as a library: excerpts -> timeline -> parity -> every out/ file, streamed."""

from __future__ import annotations

import gc
import hashlib
import io
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from excerpt.loader import DEFAULT_MAX_BYTES, Folder, load_folder
from excerpt.models import Excerpt
from parity import forked
from parity.build import build_parity, prepare
from parity.forked import Forked, helpers_for, start
from parity.models import Parity
from parity.verdicts import load_verdicts
from pipeline.atomic import WRITE_BUFFER, staged, sync_close
from pipeline.jsonout import BATCH, Write, _compact, _items, _object, write_json, write_json_fields  # noqa: F401 - their old home
from timeline.build import build_timeline
from timeline.models import Timeline

if TYPE_CHECKING:
    from pipeline.exports_helper import Spawned

VERDICTS_FILE = "verdicts.toml"
STAGES = ("load", "timeline", "parity", "page")
OUT_FILES = ("timeline.json", "parity.json", "index.html", "timeline.csv", "timelinejs.json")
# The files made from the timeline alone (write_timeline_files), and the events from which a helper writes
# them while parity runs (~0.3 CPU s at 24,000 events; a fork and its copied pages cost more below this).
EARLY_FILES = ("timeline.json", "timeline.csv", "timelinejs.json")
EARLY_MIN_EVENTS = 5_000
PAGE_MIN_EVENTS = 5_000  # events from which a helper writes half the page (~0.8 CPU s for the page at 24,000)
# Events from which a spawned helper writes the exports when no forked one may (~0.5 CPU s at 24,000 events; the
# new interpreter's start ~0.3 s of the other core).
EXPORTS_MIN_EVENTS = 5_000


def write_model_json(write: Write, model: BaseModel) -> None:
    """A record model as write_json lays it out, each list item serialised by pydantic's encoder as it is written."""
    # pydantic's Rust encoder per item: model_dump(mode="json") of 16,000 events cost 1 s in the profile,
    # this 0.1 s; and the file is never whole in memory (hundreds of megabytes at 10,000 excerpts).

    def fields() -> Iterator[tuple[str, str | Iterator[str]]]:
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            key = info.alias or name
            if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
                # The serializer itself, not model_dump_json: its UTF-8 bytes go to the file as they are
                # (no decode and encode again), and no Python wrapper per item: timeline.json and parity.json
                # 0.32 -> 0.24 CPU s at 1,000 excerpts, byte-identical.
                yield key, (type(v).__pydantic_serializer__.to_json(v, by_alias=True) for v in value)
            else:
                dumped = model.model_dump(mode="json", by_alias=True, include={name})
                yield key, _compact(next(iter(dumped.values())))

    _object(write, fields())


def record_hash(timeline_bytes: bytes, parity_bytes: bytes) -> str:
    """The hash the page embeds, so checks can prove the page was made from this record."""
    return hashlib.sha256(timeline_bytes + parity_bytes).hexdigest()


class Sink:
    """Where the out/ files go: kept as bytes (folder None), or streamed into a folder's files."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.files: dict[str, bytes] = {}
        self.sizes: dict[str, int] = {}

    @contextmanager
    def open(self, name: str, digest: Any = None) -> Iterator[Write]:
        """A write(bytes) callable for one file; digest (a hashlib object) sees the same bytes."""
        if self.folder is None:
            fh: Any = io.BytesIO()
        else:
            fh = open(self.folder / name, "wb", buffering=WRITE_BUFFER)  # noqa: SIM115 - closed below
        size = 0

        def write(data: bytes) -> None:
            nonlocal size
            size += len(data)
            if digest is not None:
                digest.update(data)
            fh.write(data)

        try:
            yield write
        finally:
            if self.folder is None:
                self.files[name] = fh.getvalue()
            else:
                sync_close(fh)
        self.sizes[name] = size


@dataclass
class Result:
    """What a run produced: the models, the out/ files (bytes when kept in memory), per-stage seconds."""

    folder: Folder
    timeline: Timeline
    parity: Parity
    files: dict[str, bytes]
    seconds: dict[str, float] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)  # bytes of each out/ file

    @property
    def excerpts(self) -> list[Excerpt]:
        return self.folder.excerpts


# Per excerpt, in order: (events, warnings, paragraph layout[, parity part]), as pipeline.parallel.excerpt_stage returns them.
Extractor = Callable[[list[Excerpt]], list[tuple[list, list[str]]]]


def build_outputs(
    folder: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extract_all: Extractor | None = None,
    pages: bool = True,
    on_stage: Callable[[str], None] | None = None,
    out_dir: str | Path | None = None,
    workers: int | None = None,
) -> Result:
    """Run every stage on a folder of excerpts; the out/ files go to out_dir (swapped in whole), else into Result.files
    (workers: processes for the stages after extraction, None for one per core; the same files for any number)."""
    # With out_dir each file is streamed into a temporary sibling folder as it is made (pipeline/atomic.py).
    try:
        if out_dir is None:
            return _build(folder, max_bytes, extract_all, pages, on_stage, Sink(), workers)
        with staged(out_dir) as tmp:
            result = _build(folder, max_bytes, extract_all, pages, on_stage, Sink(tmp), workers)
            t0 = time.perf_counter()
        result.seconds["write"] = time.perf_counter() - t0  # the last fsync and the swap
        return result
    finally:
        gc.unfreeze()


def _settled() -> None:
    """Take what the stages so far made out of the cycle collector's sight (gc.freeze) until build_outputs ends."""
    # The record is millions of long-lived, acyclic objects; parity makes its share with the collector
    # off, so the first collections after it walked all of them: 1.9 s at the start of the page stage
    # on 1,000 excerpts (gen0 0.3 s, gen1 0.6 s, gen2 1.0 s), and again in later stages.
    gc.freeze()


@contextmanager
def _collector_off() -> Iterator[None]:
    """The cycle collector off for a stage, its objects frozen (_settled) before it is on again."""
    # Objects made while the collector is off still join its youngest generation: the first
    # allocation after gc.enable() walked all of them (0.35 s after the timeline stage and 0.37 s
    # after parity on 1,000 excerpts, for nothing: they are the record). Frozen first, none is walked.
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _settled()
        if was_on:
            gc.enable()


def write_files(sink: Sink, excerpts: list[Excerpt], timeline: Timeline, parity: Parity, pages: bool = True,
                early: dict[str, int] | None = None, workers: int | None = 1) -> None:
    """Every out/ file into the sink: the record's JSON first (hashed as written), then the page and exports;
    early: the sizes of the files write_timeline_files put in the sink's folder already (left as they are);
    workers: processes that may write the page (None for one per core; the same bytes for any number)."""
    from page.render import write_page

    digest = hashlib.sha256()
    spawned = None
    if early is None:
        with sink.open("timeline.json", digest) as write:
            write_model_json(write, timeline)
        spawned = _spawned_exports(sink, timeline, pages, workers)
    else:
        sink.sizes.update(early)
        with open(sink.folder / "timeline.json", "rb") as fh:  # type: ignore[operator] - early files need a folder
            for chunk in iter(partial(fh.read, WRITE_BUFFER), b""):  # hashed as if written here
                digest.update(chunk)
    try:
        with sink.open("parity.json", digest) as write:
            write_model_json(write, parity)
        if pages:
            # Half the page in a forked helper where it pays, into a hidden file of the staging folder (gone before the swap).
            spill = sink.folder / ".index.html.part" if sink.folder is not None and helpers_for(
                len(timeline.events), workers, PAGE_MIN_EVENTS) else None
            with sink.open("index.html") as write:
                write_page(write, excerpts, timeline, parity, digest.hexdigest(), spill)
    finally:  # the helper is waited for on every path, before the staging folder can go
        sizes = spawned.result() if spawned is not None else None
    if pages and early is None:
        if sizes is None:  # no helper, or it failed: the exports are written here (again, whole)
            write_exports(sink, timeline)
        else:
            sink.sizes.update(sizes)


def write_exports(sink: Sink, timeline: Timeline) -> None:
    """The exports, made from the timeline alone: timeline.csv and timelinejs.json."""
    from page.exports import write_timeline_csv, write_timelinejs

    with sink.open("timeline.csv") as write:
        write_timeline_csv(write, timeline)
    with sink.open("timelinejs.json") as write:
        write_timelinejs(write, timeline)


def write_timeline_files(sink: Sink, timeline: Timeline, pages: bool = True) -> dict[str, int]:
    """The out/ files made from the timeline alone (its JSON, with pages the exports); their sizes."""
    with sink.open("timeline.json") as write:
        write_model_json(write, timeline)
    if pages:
        write_exports(sink, timeline)
    return {name: sink.sizes[name] for name in EARLY_FILES if name in sink.sizes}


def _spawned_exports(sink: Sink, timeline: Timeline, pages: bool, workers: int | None) -> Spawned | None:
    """The exports written from timeline.json by a new small process while the page is written, where it pays
    and no forked helper may run (pipeline/exports_helper.py says why); None: this process writes them."""
    if not pages or sink.folder is None or len(timeline.events) < EXPORTS_MIN_EVENTS:
        return None
    if (forked.default_workers() if workers is None else workers) <= 1:
        return None
    if forked.can_fork() and forked.resident() <= forked.FORK_LIMIT:
        return None  # forked helpers run where they may (the early files' one did, or failed)
    from page.exports import intro
    from pipeline.exports_helper import spawn

    return spawn(sink.folder / "timeline.json", sink.folder, intro(timeline))


def _early_files(sink: Sink, timeline: Timeline, pages: bool, workers: int | None) -> Forked | None:
    """write_timeline_files in a forked helper while parity runs (its second core is idle half the stage), where it pays."""
    if sink.folder is None or not helpers_for(len(timeline.events), workers, EARLY_MIN_EVENTS):
        return None
    return start(partial(write_timeline_files, sink, timeline, pages))


def _build(folder: str | Path, max_bytes: int, extract_all: Extractor | None, pages: bool,
           on_stage: Callable[[str], None] | None, sink: Sink, workers: int | None = None) -> Result:
    tell = on_stage or (lambda stage: None)
    seconds: dict[str, float] = {}
    tell("load")
    t0 = time.perf_counter()
    # An extractor's pool starts before the excerpts are loaded, so its forked workers do not carry them
    # (pipeline.parallel.start_pool says why).
    prestart = getattr(extract_all, "prestart", None)
    if prestart is not None:
        prestart(folder)
    try:
        # Paragraphs and sentences are made beside extraction, on the workers (pipeline.parallel.excerpt_stage).
        loaded = load_folder(folder, max_bytes=max_bytes, structure=False)
        _settled()
        seconds["load"] = time.perf_counter() - t0

        tell("timeline")
        t0 = time.perf_counter()
        from pipeline.parallel import Layouts, extract_serial, paragraphs_from

        # The collector off while the events arrive: they are acyclic models, and each of its full passes
        # over the growing record cost 0.2-0.4 s here on 1,000 excerpts.
        with _collector_off():
            results = (extract_all or extract_serial)(loaded.excerpts)  # per excerpt: (events, warnings, layout, part)
            timeline = build_timeline(loaded.excerpts, [r[0] for r in results], [r[1] for r in results])
            # Parity's per-excerpt parts, joined to the record while the events are the workers' objects.
            parts = [r[3] if len(r) > 3 else None for r in results]
            results = [r[:3] for r in results]  # the parts held by `parts` alone, which prepare empties as it reads
            prepared = prepare(timeline, loaded.excerpts, [r[0] for r in results], parts)
            del parts
            # Paragraphs wait as plain numbers while parity runs (it reads bodies only): as models they were a
            # tenth of the parity stage's peak at 10,000 excerpts, as tuples ~56 MB (pipeline.parallel.Layouts).
            layouts = Layouts(r[2] for r in results)
            del results
    finally:  # a pool started for extraction that did not run (an unusable folder, an interrupt) is stopped
        getattr(extract_all, "stop", lambda: None)()
    seconds["timeline"] = time.perf_counter() - t0

    tell("parity")
    t0 = time.perf_counter()
    early: Forked | None = None

    def start_early() -> None:
        # Called by build_parity when it works alone (its copies helper done), so this helper takes the idle core.
        nonlocal early
        early = _early_files(sink, timeline, pages, workers)

    try:
        verdicts_path = Path(folder) / VERDICTS_FILE
        verdicts = load_verdicts(verdicts_path) if verdicts_path.is_file() else None
        with _collector_off():  # build_parity pauses it too; here the record is frozen before it is on again
            parity = build_parity(timeline, verdicts, bodies={e.id: e.body for e in loaded.excerpts},
                                  prepared=prepared, workers=workers, beside=start_early)
            del prepared
        seconds["parity"] = time.perf_counter() - t0

        tell("page")
        t0 = time.perf_counter()
        # The page and the CLI's tables read paragraphs (labels, spans), not sentences.
        loaded.excerpts[:] = [e.model_copy(update={"paragraphs": paragraphs_from(lay)})
                              for e, lay in zip(loaded.excerpts, layouts, strict=True)]
        del layouts
    finally:  # the helper is waited for on every path, before the staging folder can go
        done, sizes = early.result() if early is not None else (False, None)
    # A helper that failed leaves its files to this process (written again whole).
    write_files(sink, loaded.excerpts, timeline, parity, pages, early=sizes if done else None, workers=workers)
    seconds["page"] = time.perf_counter() - t0
    return Result(folder=loaded, timeline=timeline, parity=parity, files=sink.files, seconds=seconds,
                  sizes=sink.sizes)
