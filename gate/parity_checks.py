"""Parity: conflicts without a verdict, stale, changed or malformed verdicts, single sources, echoes."""

from __future__ import annotations

import re
from typing import Any

from gate.context import Context, out_name
from gate.findings import Finding, Severity
from gate.locate import at_event
from page.wording import difference_text
from parity.models import Decision, Status, Verdict

DECISIONS = "accept_here, accept_there, both_wrong, not_same or noted"
WORDS_SHOWN = 90  # characters of a claim's own words a finding quotes (its evidence, clipped)
SOURCES_SHOWN = 3  # other sources an unjudged conflict quotes; past that it counts them
LINE_RE = re.compile(r"\bline (\d+)")


def _verdicts_on_record(ctx: Context) -> list[Verdict]:
    return [Verdict.model_validate(c["verdict"]) for c in ctx.claims if c.get("verdict")]


def _disagreeing(claim: dict[str, Any]) -> list[dict[str, Any]]:
    """The claim's links that make it conflicting: to an independent source that disagrees. A copy of its own origin
    that differs is a copying slip, not a second witness (parity/status.py), so it is no conflict to judge."""
    return [link for link in claim.get("links", []) if not link["agrees"] and link.get("independent", True)]


def _through_copies(ctx: Context, claim: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(copy's event, its link) for each independent source that disagrees with one of the claim's copies, the claim
    linked to that copy as one agreeing telling: the conflicts a claim holds only through its copies (status.py)."""
    if "parity.by_event" not in ctx.cache:
        ctx.cache["parity.by_event"] = {c["event"]: c for c in ctx.claims}
    by_event = ctx.cache["parity.by_event"]
    out = []
    for link in claim.get("links", []):
        if link.get("independent", True) or not link["agrees"] or link["relation"] != "same_event":
            continue
        copy = by_event.get(link["event"])
        out += [(link["event"], far) for far in _disagreeing(copy)] if copy else []
    return out


def _told(ctx: Context, event_id: str, excerpt: str) -> tuple[str, str | None]:
    """Who tells an event and in what words: its source's outlet (else the excerpt id) and its evidence, clipped; no
    words when the record does not hold the event."""
    raw = ctx.raw_event(event_id)
    if raw is not None:
        excerpt = raw["excerpt"]
    record = getattr(ctx, "records", {}).get(excerpt)
    outlet = record.outlet if record is not None and record.outlet else excerpt
    return outlet, _clipped(raw["evidence"]["exact"]) if raw is not None else None


def _clipped(text: str) -> str:
    """A claim's words on one line, cut after a whole word near WORDS_SHOWN characters (an editor searches for them)."""
    flat = " ".join(text.split())
    if len(flat) <= WORDS_SHOWN:
        return flat
    cut = flat.rfind(" ", 0, WORDS_SHOWN)
    return flat[: cut if cut > WORDS_SHOWN // 2 else WORDS_SHOWN].rstrip(",;:") + " …"


def _quoted(outlet: str, words: str | None) -> str:
    # Curly marks: a claim's own words often hold straight ones ('stressing that "Pyongyang should cease ..."').
    return f"{outlet}: “{words}”" if words else outlet


def _conflict_text(ctx: Context, claim: dict[str, Any], against: list[dict[str, Any]], copies: list[str]) -> str:
    """What an unjudged conflict is, so an editor can act without opening the JSON: the claim's words and source, each
    source it differs from (outlet, event id, words) and the values that differ, both sides (session 27)."""
    here = _quoted(*_told(ctx, claim["event"], claim["excerpt"]))
    parts = []
    for link in sorted(against, key=lambda x: x["event"])[:SOURCES_SHOWN]:
        outlet, words = _told(ctx, link["event"], link["excerpt"])
        diffs = "; ".join(difference_text(d["attribute"], d.get("here"), d.get("there"))
                          for d in link.get("differences", []))
        told = f'{outlet} ({link["event"]})' + (f": “{words}”" if words else "")
        parts.append(told + (f" ({diffs})" if diffs else ""))
    more = len(against) - SOURCES_SHOWN
    text = ", and from ".join(parts) + (f", and {more} more" if more > 0 else "")
    via = f", through its copy {', '.join(copies)}" if copies else ""
    return f"conflicting claim without an editor's verdict: {here} differs from {text}{via}"


def _judged(claim: dict[str, Any], pairs: set[frozenset[str]], whole: set[str],
            conflicts: list[dict[str, Any]] | None = None) -> bool:
    """True when an editor decided on this claim, or on each of its conflicting links (_disagreeing, if read already)."""
    if claim.get("verdict") or claim["event"] in whole:
        return True
    if conflicts is None:
        conflicts = _disagreeing(claim)
    return bool(conflicts) and bool(pairs) and all(frozenset((claim["event"], link["event"])) in pairs
                                                   for link in conflicts)


def unjudged_conflicts(ctx: Context) -> list[Finding]:
    """A conflicting claim has an editor's verdict (a warning; an error with --strict)."""
    verdicts = _verdicts_on_record(ctx)
    pairs = {frozenset((v.here, v.there)) for v in verdicts if v.there}
    whole = {v.here for v in verdicts if not v.there}
    severity = Severity.error if ctx.strict else Severity.warning
    out = []
    conflicting = Status.conflicting.value
    for claim in ctx.claims:
        if claim["status"] != conflicting:
            continue
        # A conflicting claim's disagreeing links grow with the sources (18x the time for 10x the excerpts
        # when they were gathered three times): gathered once.
        conflicts = _disagreeing(claim)
        through = [] if conflicts else _through_copies(ctx, claim)
        if through and pairs and all(frozenset((copy, link["event"])) in pairs for copy, link in through):
            continue  # the editor decided each conflict of its copies, which are one telling with this claim
        if _judged(claim, pairs, whole, conflicts):
            continue
        against = conflicts or list({link["event"]: link for _, link in through}.values())
        problem = _conflict_text(ctx, claim, against, sorted({copy for copy, _ in through})) if against else \
            "conflicting claim without an editor's verdict"
        out.append(Finding(
            severity=severity, check="parity.unjudged-conflict", excerpt=claim["excerpt"], event=claim["event"],
            problem=problem,
            fix=f"add a verdict for {claim['event']} to verdicts.toml ({DECISIONS}), then run report.py",
            **at_event(ctx, claim["event"])))
    return out


def malformed_verdicts(ctx: Context) -> list[Finding]:
    """verdicts.toml can be read (the loader names the line)."""
    err = ctx.verdicts_error
    if err is None:
        return []
    m = LINE_RE.search(err.problem)
    return [Finding(severity=Severity.error, check="parity.verdicts-malformed", file=err.path,
                    line=int(m.group(1)) if m else None, problem=err.problem,
                    fix="correct verdicts.toml, then run report.py")]


def _linked(ctx: Context) -> set[frozenset[str]]:
    """Every pair of claims the record links (computed once, and only when there are verdicts to weigh)."""
    if "parity.linked" not in ctx.cache:
        ctx.cache["parity.linked"] = {frozenset((c["event"], link["event"]))
                                      for c in ctx.claims for link in c.get("links", [])}
    return ctx.cache["parity.linked"]


def _stale_reason(ctx: Context, v: Verdict) -> str | None:
    """Why a verdict no longer applies to the record, or None when it does."""
    missing = [e for e in (v.here, v.there) if e and ctx.raw_event(e) is None]
    if missing:
        return f"verdict for {', '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} not on the record"
    # not_same unlinks its two claims on purpose; any other decision weighs a link that must still be there.
    if v.there and v.decision != Decision.not_same and frozenset((v.here, v.there)) not in _linked(ctx):
        return f"verdict on {v.here} and {v.there}, which the record no longer links"
    return None


def _key(v: Verdict) -> tuple[str, str | None, str, str]:
    """What makes two verdicts the same decision (their line in the file may move)."""
    return (v.here, v.there, v.decision.value, v.note)


def stale_verdicts(ctx: Context) -> list[Finding]:
    """A verdict names events that are on the record and linked; else it no longer applies."""
    if not ctx.parity_ok:
        return []
    listed = [Verdict.model_validate(v) for v in ctx.data["parity.json"].get("stale_verdicts", [])]
    seen: dict[tuple[str, str | None, str, str], Verdict] = {}
    for v in (ctx.verdicts or []) + listed:  # the file's own line first
        seen.setdefault(_key(v), v)
    out = []
    for v in seen.values():
        problem = _stale_reason(ctx, v)
        if problem:
            out.append(Finding(severity=Severity.warning, check="parity.stale-verdict",
                               file=ctx.verdicts_path.as_posix(), line=v.line or None, event=v.here,
                               problem=problem, fix="remove the verdict, or re-key it to the event's new id"))
    return out


def verdicts_changed(ctx: Context) -> list[Finding]:
    """The record carries the verdicts of verdicts.toml as they are now: none added, edited or removed since."""
    if ctx.verdicts_error is not None or not ctx.parity_ok:
        return []
    listed = [Verdict.model_validate(v) for v in ctx.data["parity.json"].get("stale_verdicts", [])]
    carried = {_key(v) for v in _verdicts_on_record(ctx) + listed}
    in_file = ctx.verdicts or []
    out = []
    first_line: dict[str, int] = {}
    for v in in_file:
        earlier = first_line.setdefault(v.here, v.line)
        # A stale verdict is named by stale_verdicts: rebuilding would not make it apply.
        if _key(v) in carried or _stale_reason(ctx, v):
            continue
        if earlier != v.line:
            out.append(Finding(severity=Severity.warning, check="parity.duplicate-verdict",
                               file=ctx.verdicts_path.as_posix(), line=v.line or None, event=v.here,
                               problem=f"a second verdict for {v.here}: the first, at line {earlier}, is the one used",
                               fix="keep one verdict per claim"))
            continue
        out.append(Finding(severity=Severity.error, check="parity.verdicts-changed",
                           file=ctx.verdicts_path.as_posix(), line=v.line or None, event=v.here,
                           problem=f"verdict '{v.decision.value}' is in verdicts.toml but not in the record",
                           fix="run report.py so the record and the page carry it"))
    in_file_keys = {_key(v) for v in in_file}
    for here, _there, decision, _note in sorted(carried - in_file_keys, key=lambda k: (k[0], k[1] or "", k[2])):
        out.append(Finding(severity=Severity.error, check="parity.verdicts-changed",
                           file=out_name(ctx.out_dir, "parity.json"), event=here,
                           problem=f"verdict '{decision}' is in the record but not in verdicts.toml",
                           fix="run report.py so the record and the page match verdicts.toml"))
    return out


def _only_here(ctx: Context, claim: dict[str, Any]) -> str:
    """Which source alone tells a claim, and in what words (session 27: an editor reads the claim, not its id)."""
    outlet, words = _told(ctx, claim["event"], claim["excerpt"])
    return f"only {outlet} reports it: “{words}”" if words else "only this source reports it"


def single_source(ctx: Context) -> list[Finding]:
    """Claims no other source mentions (information: publish them as one source's claim)."""
    return [Finding(severity=Severity.info, check="parity.single-source", excerpt=c["excerpt"], event=c["event"],
                    problem=_only_here(ctx, c),
                    fix="attribute it to its source, or find a second source", **at_event(ctx, c["event"]))
            for c in ctx.claims if c["status"] == Status.single_source.value]


ECHO_BASIS_SHOWN = 3  # parts of an origin's basis an echo finding names (a credit line or a copied pair each)


def echo_groups(ctx: Context) -> list[Finding]:
    """Sources that share one origin (a wire story) count as one witness (information)."""
    excerpt_of = {e["id"]: e["excerpt"] for e in ctx.raw_events}
    out = []
    for origin in ctx.origins:
        events = origin["events"]
        excerpts = sorted(set(origin.get("excerpts", [])) | {excerpt_of[e] for e in events if e in excerpt_of})
        if len(excerpts) < 2:
            continue
        # Why they are one witness (a credit line, copied text with its share and count, an attribution): a shared
        # stock phrase is no copy, and an editor checks the basis before trusting the echo.
        parts = [p for p in origin.get("basis", "").split("; ") if p]
        why = "; ".join(parts[:ECHO_BASIS_SHOWN]) + (f"; and {len(parts) - ECHO_BASIS_SHOWN} more"
                                                       if len(parts) > ECHO_BASIS_SHOWN else "")
        out.append(Finding(severity=Severity.info, check="parity.echo", file=out_name(ctx.out_dir, "parity.json"),
                           problem=f"{len(events)} events in excerpts {', '.join(excerpts)} share one "
                                   f"origin ({origin['name']}{': ' + why if why else ''}): counted as one witness",
                           fix="look for a source independent of it before calling these claims corroborated"))
    return out


CHECKS = (unjudged_conflicts, malformed_verdicts, stale_verdicts, verdicts_changed, single_source, echo_groups)
