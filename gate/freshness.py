"""Completeness and freshness: every out/ file there, valid, and made from the excerpts as they are now."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs

from excerpt.errors import RecordError
from gate.context import OUT_FILES, RECORD_HASH, RECORD_META, Context, out_name
from gate.findings import Finding, Severity
from gate.locate import at_event

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
# Which out/ file each schema in schemas/ describes.
SCHEMAS = {"timeline.json": "timeline.schema.json", "parity.json": "parity.schema.json"}
MAX_SCHEMA_ERRORS = 10  # per file: past that, one line counts the rest
MAX_MESSAGE = 160  # jsonschema quotes whole instances; keep a message on one screen line
REBUILD = "run report.py to rebuild out/ from the excerpts"


def _finding(check: str, problem: str, fix: str = REBUILD, **where: Any) -> Finding:
    return Finding(severity=Severity.error, check=f"freshness.{check}", problem=problem, fix=fix, **where)


def missing_files(ctx: Context) -> list[Finding]:
    """Every file of record-format.md is in out/."""
    return [_finding("missing-file", f"{name} is missing from the record", file=out_name(ctx.out_dir, name))
            for name in OUT_FILES if name not in ctx.files]


@cache
def schema_validator(schema_name: str) -> Any:
    """A compiled validator for one of the project's schemas (compiled once: it is reused)."""
    # jsonschema-rs, not the pure-Python jsonschema: 20,000 events take 0.07 s instead of 14 s.
    path = SCHEMA_DIR / schema_name
    try:
        return jsonschema_rs.validator_for(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise RecordError(path.as_posix(), f"cannot read the schema: {exc}") from None


def _pointer(path: Any) -> str:
    return "/" + "/".join(str(p) for p in path) if path else "/"


def schema_errors(ctx: Context) -> list[Finding]:
    """Each JSON file of the record is valid against its schema; marks the valid ones usable."""
    out = []
    for name, schema_name in SCHEMAS.items():
        if name not in ctx.data:
            continue
        errors = sorted(schema_validator(schema_name).iter_errors(ctx.data[name]),
                        key=lambda e: (list(map(str, e.instance_path)), e.message))
        if not errors:
            ctx.usable.add(name)
            continue
        for err in errors[:MAX_SCHEMA_ERRORS]:
            message = err.message if len(err.message) <= MAX_MESSAGE else err.message[: MAX_MESSAGE - 1] + "…"
            out.append(_finding("schema", f"{name} does not match schemas/{schema_name} at "
                                f"{_pointer(err.instance_path)}: {message}", file=out_name(ctx.out_dir, name)))
        if len(errors) > MAX_SCHEMA_ERRORS:
            out.append(_finding("schema", f"{name}: {len(errors) - MAX_SCHEMA_ERRORS} more schema errors",
                                file=out_name(ctx.out_dir, name)))
    tjs = ctx.data.get("timelinejs.json")
    # No project schema for TimelineJS's format; its one must-have is the events list.
    if "timelinejs.json" in ctx.data and not (isinstance(tjs, dict) and isinstance(tjs.get("events"), list)):
        out.append(_finding("schema", "timelinejs.json has no events list (TimelineJS needs one)",
                            file=out_name(ctx.out_dir, "timelinejs.json")))
    return out


def invalid_events(ctx: Context, faults: list[tuple[dict[str, Any], str]]) -> list[Finding]:
    """Schema-valid events that still break the record's invariants (offsets against exact text, dates)."""
    return [_finding("record-invalid", f"event is not valid: {fault}", excerpt=raw["excerpt"], event=raw["id"],
                     **at_event(ctx, raw["id"]))
            for raw, fault in faults]


def excerpts_changed(ctx: Context) -> list[Finding]:
    """The record was made from the excerpts as they are now: none edited, added or removed since."""
    if not ctx.timeline_ok:
        return []
    out = []
    for eid, excerpt in ctx.excerpts.items():
        record = ctx.records.get(eid)
        if record is None:
            out.append(_finding("excerpt-added", "excerpt added since the record was built: it is not on it",
                                excerpt=eid, file=excerpt.path))
        elif record.sha256 != excerpt.sha256:
            out.append(_finding("excerpt-edited", f"excerpt edited since the record was built (sha256 "
                                f"{record.sha256[:12]}… on the record, {excerpt.sha256[:12]}… now)",
                                excerpt=eid, file=excerpt.path))
    for eid, record in ctx.records.items():
        if eid not in ctx.excerpts:
            out.append(_finding("excerpt-removed", f"excerpt removed since the record was built (was {record.path})",
                                fix="run report.py to rebuild out/, or restore the excerpt", excerpt=eid))
    return out


def record_hash(ctx: Context) -> str:
    """sha256 of timeline.json bytes + parity.json bytes, as report.py computes it."""
    if RECORD_HASH in ctx.cache:
        return ctx.cache[RECORD_HASH]  # hashed when the files were read (their bytes are then let go)
    digest = hashlib.sha256()
    # Fed file by file: concatenating the two would copy the whole record once more.
    for name in ("timeline.json", "parity.json"):
        digest.update(ctx.files[name])
    return digest.hexdigest()


def page_hash(ctx: Context) -> list[Finding]:
    """The page was made from this record: its record-sha256 meta is the hash of the JSON files."""
    if ctx.page is None or "timeline.json" not in ctx.files or "parity.json" not in ctx.files:
        return []
    # The meta belongs in <head>: the scan lists those there first, then any elsewhere on the page.
    metas = ctx.page.metas
    where = {"file": out_name(ctx.out_dir, "index.html")}
    if not metas:
        return [_finding("page-hash", f'index.html has no <meta name="{RECORD_META}">: it cannot be tied '
                         "to the record", **where)]
    meta = metas[0]
    found = (meta.get("content") or "").strip()
    expected = record_hash(ctx)
    if found != expected:
        where["line"] = meta.sourceline  # found by a second pass over the page: only for a finding
        return [_finding("page-hash", f"index.html was made from another record (record-sha256 {found[:12] or '(empty)'}…,"
                         f" the record's is {expected[:12]}…)", **where)]
    return []


def unlisted_excerpts(ctx: Context) -> list[Finding]:
    """Every event of timeline.json belongs to an excerpt the record lists."""
    if not ctx.timeline_ok:
        return []
    return [_finding("record-invalid", f"event of excerpt {raw['excerpt']}, which timeline.json does not list",
                     excerpt=raw["excerpt"], event=raw["id"], file=out_name(ctx.out_dir, "timeline.json"))
            for raw in ctx.raw_events if raw["excerpt"] not in ctx.records]


def record_mismatch(ctx: Context) -> list[Finding]:
    """parity.json speaks of exactly the events of timeline.json."""
    if not ctx.parity_ok:
        return []
    on_record = ctx.event_ids()
    claimed = {c["event"] for c in ctx.claims}
    where = {"file": out_name(ctx.out_dir, "parity.json")}
    out = [_finding("parity-mismatch", "parity.json has a claim for an event that is not in timeline.json",
                    event=eid, **where) for eid in sorted(claimed - on_record)]
    out += [_finding("parity-mismatch", "event of timeline.json has no claim in parity.json",
                     event=eid, **where) for eid in sorted(on_record - claimed)]
    return out


CHECKS = (excerpts_changed, page_hash, unlisted_excerpts, record_mismatch)
