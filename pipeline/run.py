"""The whole pipeline as a library: excerpts -> timeline -> parity -> the bytes of every out/ file."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from excerpt.loader import DEFAULT_MAX_BYTES, Folder, load_folder
from excerpt.models import Excerpt
from parity.build import build_parity
from parity.models import Parity
from parity.verdicts import load_verdicts
from timeline.build import build_timeline
from timeline.models import Timeline

VERDICTS_FILE = "verdicts.toml"
STAGES = ("load", "timeline", "parity", "page")
OUT_FILES = ("timeline.json", "parity.json", "index.html", "timeline.csv", "timelinejs.json")


def _compact(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def to_json_bytes(obj: Any) -> bytes:
    """JSON as every out/ file writes it: top-level keys and list items one per line, UTF-8.

    json.dumps with indent= runs Python's pure-Python encoder (8 s of a 1,000-excerpt run in the
    profile); one item per line keeps the C encoder and still gives line-by-line diffs.
    """
    if not isinstance(obj, dict):
        return (_compact(obj) + "\n").encode("utf-8")
    parts = []
    for key, value in obj.items():
        head = f"  {_compact(key)}: "
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {_compact(v)}" for v in value)
            parts.append(f"{head}[\n{items}\n  ]")
        else:
            parts.append(head + _compact(value))
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


def record_hash(timeline_bytes: bytes, parity_bytes: bytes) -> str:
    """The hash the page embeds, so checks can prove the page was made from this record."""
    return hashlib.sha256(timeline_bytes + parity_bytes).hexdigest()


def model_json_bytes(model: BaseModel) -> bytes:
    """A record model as to_json_bytes lays it out, each list item serialised by pydantic's own
    (Rust) encoder: model_dump(mode="json") of 16,000 events cost 1 s in the profile, this 0.1 s."""
    parts = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        head = f"  {_compact(info.alias or name)}: "
        if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            items = ",\n".join("    " + v.model_dump_json(by_alias=True) for v in value)
            parts.append(f"{head}[\n{items}\n  ]")
        else:
            dumped = model.model_dump(mode="json", by_alias=True, include={name})
            parts.append(head + _compact(next(iter(dumped.values()))))
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


@dataclass
class Result:
    """What a run produced: the models, the out/ files, and per-stage seconds."""

    folder: Folder
    timeline: Timeline
    parity: Parity
    files: dict[str, bytes]
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def excerpts(self) -> list[Excerpt]:
        return self.folder.excerpts


# Per excerpt, in order: (events, warnings), as timeline.events.extract_checked returns them.
Extractor = Callable[[list[Excerpt]], list[tuple[list, list[str]]]]


def build_outputs(
    folder: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extract_all: Extractor | None = None,
    pages: bool = True,
    on_stage: Callable[[str], None] | None = None,
) -> Result:
    """Run every stage on a folder of excerpts and return the out/ files (nothing is written)."""
    tell = on_stage or (lambda stage: None)
    from page.exports import timeline_csv, timelinejs
    from page.render import render_page

    seconds: dict[str, float] = {}
    tell("load")
    t0 = time.perf_counter()
    loaded = load_folder(folder, max_bytes=max_bytes)
    seconds["load"] = time.perf_counter() - t0

    tell("timeline")
    t0 = time.perf_counter()
    from pipeline.parallel import extract_serial

    results = (extract_all or extract_serial)(loaded.excerpts)  # per excerpt: (events, warnings)
    timeline = build_timeline(loaded.excerpts, [r[0] for r in results], [r[1] for r in results])
    seconds["timeline"] = time.perf_counter() - t0

    tell("parity")
    t0 = time.perf_counter()
    verdicts_path = Path(folder) / VERDICTS_FILE
    verdicts = load_verdicts(verdicts_path) if verdicts_path.is_file() else None
    parity = build_parity(timeline, verdicts, bodies={e.id: e.body for e in loaded.excerpts})
    seconds["parity"] = time.perf_counter() - t0

    tell("page")
    t0 = time.perf_counter()
    files: dict[str, bytes] = {}
    files["timeline.json"] = model_json_bytes(timeline)
    files["parity.json"] = model_json_bytes(parity)
    if pages:
        digest = record_hash(files["timeline.json"], files["parity.json"])
        files["index.html"] = render_page(loaded.excerpts, timeline, parity, digest).encode("utf-8")
        files["timeline.csv"] = timeline_csv(timeline).encode("utf-8")
        files["timelinejs.json"] = to_json_bytes(timelinejs(timeline))
    seconds["page"] = time.perf_counter() - t0
    return Result(folder=loaded, timeline=timeline, parity=parity, files=files, seconds=seconds)
