"""A good record for tests/data/gate/excerpts, made by hand from the models (no extractor involved)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from excerpt.loader import load_folder
from page.wording import anchor
from parity.models import Claim, ClaimLink, Difference, Origin, Parity, Relation, Status, Verdict
from parity.verdicts import load_verdicts
from timeline.models import DateResolution, Event, Evidence, ExcerptRecord, Quote, Timeline, event_id

# (excerpt, kind, exact words, start, end, phrase, relative_to, tense, modality, quote)
# relative_to "event:N" points at the N-th row of this table.
EVENTS: list[tuple[Any, ...]] = [
    ("gulf", "other", "Iran's Revolutionary Guard seized a British-flagged oil tanker in the Strait of Hormuz on Friday",
     "2019-07-19", "2019-07-19", "on Friday", "as_of", "past", "asserted", None),
    ("gulf", "statement", "\"We will not accept threats to free navigation in international waters,\" British Foreign "
     "Secretary Jeremy Hunt said Saturday", "2019-07-20", "2019-07-20", "Saturday", "as_of", "past", "asserted",
     "We will not accept threats to free navigation in international waters"),
    ("gulf", "other", "A day earlier, the Guard had detained a smaller vessel it accused of smuggling fuel",
     "2019-07-18", "2019-07-18", "A day earlier", "event:0", "past", "asserted", None),
    ("gulf", "ship_movement", "USS Boxer is scheduled to arrive in the Gulf this weekend",
     "2019-07-27", "2019-07-28", "this weekend", "as_of", "future", "planned", None),
    ("baltic", "other", "Iranian forces seized a British-flagged tanker in the Strait of Hormuz on Thursday",
     "2019-07-18", "2019-07-18", "on Thursday", "as_of", "past", "asserted", None),
    ("baltic", "statement", "Britain's foreign secretary said on Saturday that the country would respond in a "
     "\"considered but robust\" way", "2019-07-20", "2019-07-20", "on Saturday", "as_of", "past", "asserted",
     "considered but robust"),
    ("baltic", "other", "the ship had collided with a fishing boat last week",
     "2019-07-08", "2019-07-14", "last week", "as_of", "past", "reported_claim", None),
    ("corridor", "ship_movement", "A container ship left the port of Odesa on Wednesday",
     "2023-08-16", "2023-08-16", "on Wednesday", "published", "past", "asserted", None),
    ("corridor", "statement", "\"The corridor is open for civilian ships, and we expect more of them soon,\" Ukraine's "
     "infrastructure minister said on Tuesday", "2023-08-15", "2023-08-15", "on Tuesday", "published", "past",
     "asserted", "The corridor is open for civilian ships, and we expect more of them soon"),
    ("corridor", "statement", "Russia's defence ministry warned last month",
     "2023-07-01", "2023-07-31", "last month", "published", "past", "asserted", None),
]
CONFLICT = (0, 4)  # the seizure: Friday in one source, Thursday in the other
SAME = (1, 5)  # the foreign secretary's Saturday statement, in both sources


def make_events(excerpts: dict[str, Any]) -> list[Event]:
    """The events of EVENTS as models, with ids and offsets computed from the excerpt bodies."""
    ids: list[str] = []
    events = []
    for eid, kind, exact, start, end, phrase, rel, tense, modality, quote in EVENTS:
        body = excerpts[eid].body
        at = body.index(exact)
        ids.append(event_id(eid, kind, exact))
        relative_to = f"event:{ids[int(rel[6:])]}" if rel.startswith("event:") else rel
        events.append(Event(
            id=ids[-1], excerpt=eid, kind=kind, summary=exact[:40], modality=modality, tense=tense,
            quote=Quote(text=quote, direct=True) if quote else None,
            date=DateResolution(start=date.fromisoformat(start), end=date.fromisoformat(end), phrase=phrase,
                                basis=f"'{phrase}', {tense} tense", relative_to=relative_to),
            evidence=Evidence.of(body, at, at + len(exact))))
    return events


def attach(event: str, verdicts: list[Verdict]) -> Verdict | None:
    """The verdict a claim carries: the first naming it as here, else the first naming it as there."""
    return next((v for v in verdicts if v.here == event), next((v for v in verdicts if v.there == event), None))


def make_parity(events: list[Event], verdicts: list[Verdict]) -> Parity:
    """One date conflict, one corroborated statement, the rest single-source; verdicts as the builder does."""
    def link(i: int, j: int, agrees: bool, diffs: list[Difference]) -> ClaimLink:
        return ClaimLink(event=events[j].id, excerpt=events[j].excerpt, relation=Relation.same_event,
                         agrees=agrees, independent=True, differences=diffs)

    claims = []
    for i, ev in enumerate(events):
        if i in CONFLICT:
            j = CONFLICT[1 - CONFLICT.index(i)]
            diff = Difference(attribute="date", here=str(ev.date.start), there=str(events[j].date.start))
            claims.append(Claim(event=ev.id, excerpt=ev.excerpt, status=Status.conflicting,
                                links=[link(i, j, False, [diff])]))
        elif i in SAME:
            j = SAME[1 - SAME.index(i)]
            claims.append(Claim(event=ev.id, excerpt=ev.excerpt, status=Status.corroborated,
                                links=[link(i, j, True, [])]))
        else:
            claims.append(Claim(event=ev.id, excerpt=ev.excerpt, status=Status.single_source))
    origins = [Origin(name="Reuters", events=[events[4].id], excerpts=["baltic"], basis="attribution")]
    ids = {e.id for e in events}
    stale = [v for v in verdicts if v.here not in ids or (v.there is not None and v.there not in ids)]
    live = [v for v in verdicts if v not in stale]
    claims = [c.model_copy(update={"verdict": attach(c.event, live)}) for c in claims]
    return Parity(claims=claims, origins=origins, stale_verdicts=stale)


def to_json_bytes(obj: Any) -> bytes:
    """As report.py writes JSON."""
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def make_page(timeline: Timeline, record_hash: str) -> str:
    """A small self-contained page with the anchors the real page uses."""
    rows = []
    for ev in timeline.events:
        rows.append(f'<li id="{anchor("ev-", ev.id)}"><a href="#{anchor("src-", ev.excerpt)}">{escape(ev.excerpt)}</a> '
                    f"{escape(ev.summary)}</li>")
    sources = [f'<section id="{anchor("src-", x.id)}"><h2>{escape(x.title)}</h2>'
               f'<a href="{escape(x.url or "#")}">{escape(x.outlet)}</a></section>' for x in timeline.excerpts]
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"record-sha256\" content=\"{record_hash}\">\n<title>Record</title>\n"
            "<style>body { font-family: serif; }</style>\n</head>\n<body>\n<ol>\n" + "\n".join(rows)
            + "\n</ol>\n" + "\n".join(sources) + "\n</body>\n</html>\n")


def make_csv(timeline: Timeline) -> str:
    """One row per event."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "excerpt", "start", "end", "summary"])
    for ev in timeline.events:
        w.writerow([ev.id, ev.excerpt, ev.date.start, ev.date.end, ev.summary])
    return buf.getvalue()


def build_record(excerpts_dir: Path | str) -> dict[str, bytes]:
    """Every out/ file for the fixture excerpts, as report.py would write them."""
    excerpts_dir = Path(excerpts_dir)
    folder = load_folder(excerpts_dir)
    excerpts = {x.id: x for x in folder.excerpts}
    events = sorted(make_events(excerpts), key=Event.sort_key)
    records = [ExcerptRecord(id=x.id, path=x.path, sha256=x.sha256, title=x.title, outlet=x.outlet, url=x.url,
                             author=x.author, published=x.published, as_of=x.as_of, extra=x.extra,
                             warnings=list(x.warnings)) for x in folder.excerpts]
    timeline = Timeline(excerpts=records, events=events)
    by_id = {e.id: e for e in events}
    ordered = [by_id[event_id(r[0], r[1], r[2])] for r in EVENTS]
    parity = make_parity(ordered, load_verdicts(excerpts_dir / "verdicts.toml"))
    files = {"timeline.json": to_json_bytes(timeline.to_json_dict()),
             "parity.json": to_json_bytes(parity.to_json_dict())}
    digest = hashlib.sha256(files["timeline.json"] + files["parity.json"]).hexdigest()
    files["index.html"] = make_page(timeline, digest).encode("utf-8")
    files["timeline.csv"] = make_csv(timeline).encode("utf-8")
    files["timelinejs.json"] = to_json_bytes({"events": [{"text": {"headline": e.summary}} for e in events]})
    return files
