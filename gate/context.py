"""What every check reads: the excerpts as they are now, and the record in out/ as written."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lxml import html as lxml_html
from pydantic import ValidationError

from excerpt.errors import RecordError, VerdictError
from excerpt.loader import load_folder
from excerpt.models import Excerpt
from parity.models import Claim, Origin, Verdict
from timeline.models import Event, ExcerptRecord

# Every file report.py writes to out/ (record-format.md).
OUT_FILES = ("timeline.json", "parity.json", "index.html", "timeline.csv", "timelinejs.json")
JSON_FILES = ("timeline.json", "parity.json", "timelinejs.json")
VERDICTS_FILE = "verdicts.toml"


@dataclass
class Context:
    """The inputs of one gate run; record parts are None when missing or unusable."""

    excerpts_dir: Path
    out_dir: Path
    today: date
    strict: bool
    excerpts: dict[str, Excerpt]
    skipped: list[tuple[str, str]]
    files: dict[str, bytes]  # out/ files present, by name
    data: dict[str, Any] = field(default_factory=dict)  # parsed JSON files, by name
    usable: set[str] = field(default_factory=set)  # JSON files that passed their schema
    records: dict[str, ExcerptRecord] = field(default_factory=dict)  # timeline.json excerpts by id
    raw_events: list[dict[str, Any]] = field(default_factory=list)  # timeline.json events as written
    events: list[Event] = field(default_factory=list)  # the events that make valid models
    claims: list[Claim] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    page: Any = None  # the parsed index.html (lxml), or None
    verdicts: list[Verdict] | None = None  # None when there is no verdicts.toml
    verdicts_error: VerdictError | None = None
    _by_id: dict[str, dict[str, Any]] | None = None
    cache: dict[str, Any] = field(default_factory=dict)  # derived data several checks share

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

    def raw_event(self, event_id: str) -> dict[str, Any] | None:
        """An event of the record as written, by id (the index is built once: checks ask often)."""
        if self._by_id is None:
            self._by_id = {e["id"]: e for e in self.raw_events}
        return self._by_id.get(event_id)

    def event_ids(self) -> set[str]:
        """Ids of every event on the record, valid model or not."""
        self.raw_event("")
        return set(self._by_id or ())


def out_name(out_dir: Path, name: str) -> str:
    """How an out/ file is named in messages."""
    return (out_dir / name).as_posix()


def read_out_files(out_dir: Path) -> dict[str, bytes]:
    """The bytes of every out/ file present; a RecordError when out/ itself is unusable."""
    shown = out_dir.as_posix()
    if not out_dir.exists():
        raise RecordError(shown, "no such folder: run report.py to build the record first")
    if not out_dir.is_dir():
        raise RecordError(shown, "not a folder")
    files = {}
    for name in OUT_FILES:
        path = out_dir / name
        if path.is_file():
            try:
                files[name] = path.read_bytes()
            except OSError as exc:
                raise RecordError(path.as_posix(), f"cannot read: {exc.strerror}") from None
    return files


def parse_json(shown: str, raw: bytes) -> Any:
    """The data of a JSON file, or a RecordError naming the line and column it breaks at."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RecordError(shown, f"not UTF-8 at byte offset {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise RecordError(shown, f"not JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None


def parse_page(shown: str, raw: bytes) -> Any:
    """The parsed page, or a RecordError when lxml cannot read it at all."""
    try:
        return lxml_html.document_fromstring(raw)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise RecordError(shown, f"not an HTML page: {exc}") from None


def build_models(ctx: Context) -> list[tuple[str, dict[str, Any] | None, ValidationError]]:
    """Fill the context's models from schema-valid JSON; return (file, event, error) for what fails."""
    bad: list[tuple[str, dict[str, Any] | None, ValidationError]] = []
    if ctx.timeline_ok:
        timeline = ctx.data["timeline.json"]
        try:
            ctx.records = {r["id"]: ExcerptRecord.model_validate(r) for r in timeline["excerpts"]}
        except ValidationError as exc:
            bad.append(("timeline.json", None, exc))
            ctx.usable.discard("timeline.json")
            return bad
        ctx.raw_events = list(timeline["events"])
        for raw in ctx.raw_events:
            try:
                ctx.events.append(Event.model_validate(raw))
            except ValidationError as exc:
                # One bad event must not hide what the checks can say about the others.
                bad.append(("timeline.json", raw, exc))
    if ctx.parity_ok:
        parity = ctx.data["parity.json"]
        try:
            ctx.claims = [Claim.model_validate(c) for c in parity["claims"]]
            ctx.origins = [Origin.model_validate(o) for o in parity.get("origins", [])]
        except ValidationError as exc:
            bad.append(("parity.json", None, exc))
            ctx.usable.discard("parity.json")
            ctx.claims, ctx.origins = [], []
    return bad


def load_verdicts_into(ctx: Context) -> None:
    """Read verdicts.toml beside the excerpts, keeping a malformed file's error for its check."""
    if not ctx.verdicts_path.is_file():
        return
    from parity.verdicts import load_verdicts

    try:
        ctx.verdicts = load_verdicts(ctx.verdicts_path)
    except VerdictError as exc:
        ctx.verdicts_error = exc


def load_context(excerpts_dir: str | Path, out_dir: str | Path, strict: bool, today: date) -> Context:
    """Load the excerpts and the raw out/ files; PipelineError when either is unusable."""
    folder = load_folder(excerpts_dir)
    out = Path(out_dir)
    files = read_out_files(out)
    ctx = Context(excerpts_dir=Path(excerpts_dir), out_dir=out, today=today, strict=strict,
                  excerpts={e.id: e for e in folder.excerpts}, skipped=list(folder.skipped), files=files)
    for name in JSON_FILES:
        if name in files:
            ctx.data[name] = parse_json(out_name(out, name), files[name])
    if "index.html" in files:
        ctx.page = parse_page(out_name(out, "index.html"), files["index.html"])
    load_verdicts_into(ctx)
    return ctx
