"""Measure parity against gold: link precision/recall/F1, status accuracy, origins, stance accuracy.

`python -m parity.evaluate [--eval DIR] [--stance FILE] [--oracle] [--samples] [-v] [--why] [--bridge]` runs the whole pipeline
(load -> extract -> timeline -> parity) on every story folder with a gold.toml under DIR
(tests/data/eval) and compares with the gold (timeline/evalgold.py). With --oracle, parity runs
on events made from the gold (kind, actor, date, modality, count; evidence = the anchor's
sentence, summary = the anchor), which measures this stage apart from extraction.
- links: a predicted link is right when its two events match a gold pair (anchors inside their
  evidence; one-to-one, same kind first: timeline.evaluate.match_excerpt) with the same relation. Predicted links touching
  an event no gold event matches (extraction noise) or an optional gold event are left out of
  precision and counted apart; a gold link whose anchors match no event is a miss.
- statuses: a gold status is right when its matched event has that status; unmatched is wrong.
- differs: of the gold's explicit [[link]] pairs found with their relation (a [[group]] states no
  differences), those whose conflict is the gold's: the link
  agrees where the gold lists no differing attribute, else disagrees showing every attribute listed.
- origins: excerpt pairs the gold puts in one origin, against pairs the predicted origin groups join.
- stance: the cases of tests/parity/stance_cases.toml and stance_cases_new.toml (the latter
  written before the rules were broadened), right when every stance matches.
- --why: the attainable links (gold links whose two ends matched predicted events), how many were
  found, and for each missed one the first rule that kept it out (blocking: no shared key or cut by
  the candidate limits; same_event: score.same_event_miss; same_topic: the topic test that failed),
  counted per reason over the stories; the extra links are counted by what the gold says of the pair;
  and each wrong status by its cause (`status_cause`: gold -> got, then what decided it: no event
  extracted, no link, a link the gold lacks, a difference the gold does not list or one it lists missed,
  a copy taken for a witness or a witness for a copy, no later source linked).
- --bridge: why gold links and statuses right on oracle events are lost on extracted ones (parity/bridge.py),
  counted by cause; -v lists them on development corpora only.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from excerpt.errors import PipelineError
from excerpt.loader import load_folder
from excerpt.models import Excerpt
from parity import lexicon
from parity.blocking import build_index, candidate_pairs, keys_of, weigh
from parity.build import build_parity, excerpt_credits
from parity.claims import ClaimFacts, claims_of
from parity.models import Claim, ClaimLink, Parity
from parity.origins import find_origins
from parity.score import (
    OBJECT_TOPIC_SIM,
    STRONG_TOPIC_SIM,
    TOPIC_SIM,
    WEAK_TOPIC_SIM,
    same_event_miss,
    similarity,
)
from parity.stance import stances_in
from timeline.build import build_timeline
from timeline.evalgold import Gold, anchor_span, load_gold
from timeline.evaluate import match_excerpt
from timeline.evalverbs import is_blind
from timeline.events import extract
from timeline.models import DateResolution, Event, Evidence, Modality, event_id

EVAL_DIR = Path("tests/data/eval")
SAMPLES = Path("excerpt/samples")
SAMPLES_GOLD = EVAL_DIR / "samples_gold.toml"
STANCE_CASES = Path("tests/parity/stance_cases.toml")
# Written before the stance rules were broadened, measured first with the old rules (13/34).
STANCE_CASES_NEW = Path("tests/parity/stance_cases_new.toml")
EXIT_OK, EXIT_UNUSABLE = 0, 2


@dataclass
class Score:
    """Counts for one story, or summed over stories."""

    name: str
    link_tp: int = 0
    link_fp: int = 0
    link_fn: int = 0
    wrong_relation: int = 0  # pairs found with the other relation (counted in fp and fn)
    noise_links: int = 0
    status_right: int = 0
    status_total: int = 0
    differs_right: int = 0  # found gold links whose conflict (agrees or not, on which attributes) is right
    differs_total: int = 0
    origin_tp: int = 0
    origin_fp: int = 0
    origin_fn: int = 0
    notes: list[str] = field(default_factory=list)
    attainable: int = 0  # gold links whose two ends matched predicted events
    attained: int = 0  # of those, found with the gold's relation
    unattainable: int = 0  # gold links with an end no predicted event matched
    why: Counter[str] = field(default_factory=Counter)  # missed attainable links (and extras) per reason
    status_why: Counter[str] = field(default_factory=Counter)  # wrong statuses per cause (status_cause)

    def add(self, other: Score) -> None:
        """Sum another score's counts into this one."""
        for name in ("link_tp", "link_fp", "link_fn", "wrong_relation", "noise_links", "status_right",
                     "status_total", "differs_right", "differs_total", "origin_tp", "origin_fp", "origin_fn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.attainable += other.attainable
        self.attained += other.attained
        self.unattainable += other.unattainable
        self.why.update(other.why)
        self.status_why.update(other.status_why)

    def why_lines(self) -> list[str]:
        """The attainable breakdown: found of attainable, then each reason's count, most first."""
        share = self.attained / self.attainable if self.attainable else 0.0
        out = [f"{self.name:8} attainable links {self.attainable}, found {self.attained} ({share:.0%}); "
               f"{self.unattainable} more with an end not extracted"]
        out += [f"    {n:4}  {reason}" for reason, n in sorted(self.why.items(), key=lambda kv: (-kv[1], kv[0]))]
        wrong = self.status_total - self.status_right
        out.append(f"{self.name:8} wrong statuses {wrong} of {self.status_total}, by cause")
        out += [f"    {n:4}  {cause}" for cause, n in sorted(self.status_why.items(), key=lambda kv: (-kv[1], kv[0]))]
        return out

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        """Precision, recall, F1; all 1.0 when nothing was expected and nothing found."""
        if tp + fp + fn == 0:
            return 1.0, 1.0, 1.0
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def line(self) -> str:
        """One line of figures."""
        p, r, f = self.prf(self.link_tp, self.link_fp, self.link_fn)
        op, orc, of = self.prf(self.origin_tp, self.origin_fp, self.origin_fn)
        acc = self.status_right / self.status_total if self.status_total else 0.0
        dif = self.differs_right / self.differs_total if self.differs_total else 0.0
        return (f"{self.name:8} links P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {self.link_tp} fp {self.link_fp} "
                f"fn {self.link_fn}, wrong relation {self.wrong_relation}, noise {self.noise_links})  "
                f"status {acc:.0%} ({self.status_right}/{self.status_total})  origins F1 {of:.2f}  "
                f"differs {dif:.0%} ({self.differs_right}/{self.differs_total})")


def predicted_pairs(parity: Parity) -> dict[frozenset[str], str]:
    """Unordered predicted links -> relation."""
    return {pair: link.relation.value for pair, link in predicted_links(parity).items()}


def predicted_links(parity: Parity) -> dict[frozenset[str], ClaimLink]:
    """Unordered predicted links -> the link as the claim first on the record sees it."""
    out: dict[frozenset[str], ClaimLink] = {}
    for c in parity.claims:
        for link in c.links:
            out.setdefault(frozenset((c.event, link.event)), link)
    return out


def differs_right(link: ClaimLink, differs: Sequence[str]) -> bool:
    """A found link's conflict is the gold's: no conflict where the gold lists no differing attribute,
    else a conflict that shows every attribute the gold lists."""
    if not differs:
        return link.agrees
    return not link.agrees and set(differs) <= {d.attribute for d in link.differences}


def origin_pairs(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    """Excerpt pairs that share an origin."""
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(set(members)), 2)}


def oracle_events(excerpt: Excerpt, gold: Gold) -> tuple[list[Event], dict[str, Event]]:
    """Events made from the gold itself (evidence = the sentence holding the anchor, summary = the
    anchor), to score parity apart from extraction; and the gold ref each one stands for."""
    events, by_ref = [], {}
    spans = [s for p in excerpt.paragraphs for s in p.sentences] or list(excerpt.paragraphs)
    for n, g in enumerate(gold.events_of(excerpt.id)):
        at = anchor_span(excerpt.body, g.anchor)
        if at is None:
            continue
        sent = next((s for s in spans if s.start <= at[0] < s.end), None)
        start, end = (sent.start, sent.end) if sent else at
        exact = excerpt.body[start:end]
        day = DateResolution(start=g.start, end=g.end, phrase=g.date_phrase or None, basis="gold",
                             relative_to="absolute") if g.start else DateResolution()
        ev = Event(id=event_id(excerpt.id, g.kind.value, exact, n), excerpt=excerpt.id, kind=g.kind,
                   actor=g.actor or None, summary=g.anchor, modality=Modality(g.modality), date=day,
                   evidence=Evidence.of(excerpt.body, start, end), count=g.count,
                   polarity="negative" if g.modality == "denied" else "positive")
        events.append(ev)
        by_ref[g.ref] = ev
    return events, by_ref


def matched_events(gold: Gold, events: list[Event], bodies: dict[str, str]) -> dict[str, Event | None]:
    """Gold ref -> the predicted event it matches: one-to-one per excerpt, same kind tried first
    (timeline.evaluate.match_excerpt, the timeline score's matching), so one predicted event never
    stands for two gold events (two links, two statuses)."""
    match: dict[str, Event | None] = {g.ref: None for g in gold.events}
    for excerpt_id, body in bodies.items():
        golds = gold.events_of(excerpt_id)
        predicted = [e for e in events if e.excerpt == excerpt_id]
        for gi, pi in match_excerpt(golds, predicted, body).items():
            match[golds[gi].ref] = predicted[pi]
    return match


def explicit_links(gold: Gold) -> set[frozenset[str]]:
    """The pairs of the gold's own [[link]] entries: only they state what differs (a [[group]] has no
    differs, so its pairs say nothing of a conflict)."""
    raw = tomllib.loads(Path(gold.path).read_text(encoding="utf-8"))
    return {frozenset((item["a"], item["b"])) for item in raw.get("link", [])}


class _Diagnosis:
    """The parity stage's steps run again (as parity.build runs them) to say why a pair was not linked."""

    def __init__(self, timeline, bodies: dict[str, str]) -> None:
        self.claims = claims_of(timeline)
        self.at = {c.id: k for k, c in enumerate(self.claims)}
        self.index = build_index(self.claims, weighed=False)
        self.pairs = set(candidate_pairs(self.claims, self.index))
        self.keys = [set(keys_of(c)) for c in self.claims]
        self.origins = find_origins(self.claims, sorted(self.pairs), excerpt_credits(timeline, bodies), bodies)
        weigh(self.index, self.claims)
        lexicon.normal_tokens.cache_clear()

    def blocked(self, i: int, j: int) -> str | None:
        """Why a pair is no candidate, or None when it is one."""
        if (min(i, j), max(i, j)) in self.pairs:
            return None
        shared = self.keys[i] & self.keys[j]
        if not shared:
            return "blocked: no shared key"
        if all(len(self.index.postings.get(k, ())) > 100 or len(self.index.postings.get(k, ())) < 2 for k in shared):
            return "blocked: shared keys too common"
        return "blocked: cut by the candidate limit"

    def reason(self, a_id: str, b_id: str, relation: str, got: str | None) -> str:
        """Why the gold pair (relation) was not found with it (got: the relation found, if any)."""
        i, j = self.at[a_id], self.at[b_id]
        a, b = self.claims[i], self.claims[j]
        blocked = self.blocked(i, j)
        if blocked:
            return f"{relation}: {blocked}"
        sim = similarity(a, b, self.index)
        dependent = self.origins.dependent(i, j)
        copied = dependent and self.origins.copied_sentence(i, j, True)
        if relation == "same_event":
            miss = same_event_miss(a, b, sim, copied, dependent) or "?"
            return f"same_event: {miss}" + (" (found as same_topic)" if got else "")
        if got == "same_event":
            return "same_topic: found as same_event"
        return "same_topic: " + _topic_miss(a, b, sim, copied)


def _topic_miss(a: ClaimFacts, b: ClaimFacts, sim: float, copied: bool) -> str:
    """A rough name for why no same_topic link was made (score_pair's topic test is a disjunction)."""
    if copied:
        return "copied sentence"
    if a.attribution or b.attribution:
        return "a relay"
    if a.kind != b.kind:
        return f"kinds differ ({'/'.join(sorted((a.kind, b.kind)))})"
    if sim < WEAK_TOPIC_SIM:
        return f"similarity < {WEAK_TOPIC_SIM}"
    if sim < OBJECT_TOPIC_SIM:
        return f"similarity < {OBJECT_TOPIC_SIM}"
    if sim < TOPIC_SIM:
        return f"similarity < {TOPIC_SIM}"
    if sim < STRONG_TOPIC_SIM:
        return f"similarity < {STRONG_TOPIC_SIM}, no shared entity"
    return "other (crossed acts, ...)"


def _gold_links_of(gold: Gold, ref: str, match: dict[str, Event | None],
                   explicit: set[frozenset[str]]) -> tuple[dict[str, str], set[str], int]:
    """The predicted ids of the events the gold links ref to (with the relation), those it says differ, and
    how many of its gold links end in an event not extracted."""
    linked: dict[str, str] = {}
    differing: set[str] = set()
    unextracted = 0
    for link in gold.links:
        if ref not in (link.a, link.b):
            continue
        other = match.get(link.b if link.a == ref else link.a)
        if other is None:
            unextracted += 1
            continue
        linked[other.id] = link.relation.value
        if link.pair in explicit and link.differs:
            differing.add(other.id)
    return linked, differing, unextracted


def evaluate_story(folder: Path, oracle: bool = False, gold_path: Path | None = None,
                   name: str | None = None, why: bool = False) -> Score:
    """Run the pipeline on one story folder (or parity alone on gold events) and compare with its gold."""
    gold = load_gold(gold_path or folder)
    excerpts = load_folder(folder).excerpts
    bodies = {e.id: e.body for e in excerpts}
    match: dict[str, Event | None]
    if oracle:
        made = [oracle_events(e, gold) for e in excerpts]
        timeline = build_timeline(excerpts, [events for events, _ in made])
        match = {ref: ev for _, refs in made for ref, ev in refs.items()}
    else:
        timeline = build_timeline(excerpts, [extract(e) for e in excerpts])
        match = matched_events(gold, timeline.events, bodies)
    parity = build_parity(timeline, bodies=bodies)
    score = Score(name=name or folder.name)
    matched_ids = {ev.id for ref, ev in match.items() if ev is not None and not gold.event(ref).optional}
    optional_ids = {ev.id for ref, ev in match.items() if ev is not None and gold.event(ref).optional}

    gold_pairs: dict[frozenset[str], str] = {}
    gold_differs: dict[frozenset[str], tuple[str, ...]] = {}
    explicit = explicit_links(gold)
    for link in gold.links:
        a, b = match.get(link.a), match.get(link.b)
        if a is None or b is None or a.id == b.id:
            score.link_fn += 1
            score.unattainable += 1
            score.notes.append(f"miss (no event): {link.a} ~ {link.b}")
            continue
        gold_pairs[frozenset((a.id, b.id))] = link.relation.value
        if link.pair in explicit:
            gold_differs[frozenset((a.id, b.id))] = link.differs
    links = predicted_links(parity)
    predicted = {pair: link.relation.value for pair, link in links.items()}
    # Notes name a gold event by its ref ("excerpt:anchor"), else by the event id.
    ref_of = {ev.id: ref for ref, ev in match.items() if ev is not None}

    def show(pair: frozenset[str]) -> str:
        return " ~ ".join(ref_of.get(x, x) for x in sorted(pair))

    for pair, relation in sorted(predicted.items(), key=lambda kv: sorted(kv[0])):
        if not pair <= matched_ids:
            if not pair & optional_ids:
                score.noise_links += 1
            continue
        if gold_pairs.get(pair) == relation:
            score.link_tp += 1
            if pair not in gold_differs:
                continue
            score.differs_total += 1
            if differs_right(links[pair], gold_differs[pair]):
                score.differs_right += 1
            else:
                got = "agrees" if links[pair].agrees else "differs " + ",".join(
                    sorted({d.attribute for d in links[pair].differences}))
                score.notes.append(f"differs {show(pair)}: {got} (gold {','.join(gold_differs[pair]) or 'agrees'})")
        else:
            score.link_fp += 1
            if pair in gold_pairs:
                score.wrong_relation += 1
            score.notes.append(f"extra {relation}: {show(pair)}")
    diagnosis = _Diagnosis(timeline, bodies) if why else None
    for pair, relation in gold_pairs.items():
        score.attainable += 1
        if predicted.get(pair) != relation:
            score.link_fn += 1
            score.notes.append(f"miss {relation}: {show(pair)}")
            if diagnosis is not None:
                reason = diagnosis.reason(*sorted(pair), relation, predicted.get(pair))
                score.why[reason] += 1
                score.notes.append(f"    why: {reason}")
        else:
            score.attained += 1
    if diagnosis is not None:
        for pair, relation in predicted.items():
            if pair <= matched_ids and pair not in gold_pairs:
                score.why[f"extra {relation}"] += 1

    status_of = {c.event: c.status.value for c in parity.claims}
    claim_of = {c.event: c for c in parity.claims}
    for s in gold.statuses:
        ev = match.get(s.event)
        score.status_total += 1
        got = status_of.get(ev.id) if ev else None
        if got == s.status.value:
            score.status_right += 1
        else:
            score.notes.append(f"status {s.event}: {got} (gold {s.status.value})")
            if why:
                linked, differing, lost = _gold_links_of(gold, s.event, match, explicit)
                cause = status_cause(s.status.value, claim_of.get(ev.id) if ev else None, linked, differing, lost)
                score.status_why[cause] += 1
                score.notes.append(f"    why: {cause}")

    gold_origins = origin_pairs(gold.origins)
    # Excerpt-level groups only: an attribution group lists excerpts that relay one source, not copies.
    found = origin_pairs({o.name: o.excerpts for o in parity.origins if not o.basis.startswith("attribution")})
    score.origin_tp = len(gold_origins & found)
    score.origin_fp = len(found - gold_origins)
    score.origin_fn = len(gold_origins - found)
    return score


def status_cause(gold: str, claim: Claim | None, gold_links: dict[str, str], gold_differs: set[str],
                 unextracted: int = 0) -> str:
    """Why a claim got another status than the gold's: "gold -> got: cause". gold_links: the ids of the events
    the gold links this claim to, with the relation; gold_differs: those of them the gold says disagree;
    unextracted: the gold's links of this claim whose other end no event matched."""
    if claim is None:
        return f"{gold} -> none: event not extracted"
    got = claim.status.value
    head = f"{gold} -> {got}: "
    found = {x.event for x in claim.links} & set(gold_links)
    if not found and unextracted and not (got == "conflicting" or got == "corroborated" and gold == "echo"):
        return head + "the gold's counterpart not extracted"
    if not claim.links:
        return head + ("no link found" if gold_links else "no link, none in the gold either")
    against = [link for link in claim.links if link.independent and not link.agrees]
    if got == "conflicting":
        link = next((x for x in against if x.event in gold_links), against[0] if against else None)
        if link is None:
            return head + "conflict through a copy"
        attrs = ",".join(sorted({d.attribute for d in link.differences})) or "?"
        if link.event not in gold_links:
            return head + f"a link the gold lacks differs ({attrs})"
        return head + f"a difference the gold does not list ({attrs})"
    if gold == "conflicting":
        found = [x for x in claim.links if x.event in gold_differs]
        return head + ("the gold's difference not seen" if found else "the differing link not found")
    agree = [x for x in claim.links if x.independent and x.agrees and x.relation.value == "same_event"]
    if got == "corroborated":
        if gold == "echo":
            return head + "a copy taken for an independent witness"
        if not any(x.event in gold_links for x in agree):
            return head + "a same_event link the gold lacks"
        return head + "a gold link, but the gold says " + gold
    if gold == "corroborated":
        if any(x.event in gold_links and not x.independent for x in claim.links):
            return head + "only a copy's link found" + (" (the independent one not extracted)" if unextracted else "")
        if any(x.event in gold_links and x.relation.value == "same_topic" for x in claim.links):
            return head + "found as same_topic"
        return head + "the agreeing link not found"
    if gold == "later_development":
        return head + ("no same_topic link to the later source" if not any(
            x.relation.value == "same_topic" and x.event in gold_links for x in claim.links) else "not seen as later")
    if got == "later_development":
        if not any(x.event in gold_links for x in claim.links if x.relation.value == "same_topic"):
            return head + "a same_topic link the gold lacks"
        return head + "a gold same_topic link read as later"
    return head + "other"


def stance_accuracy(path: Path) -> tuple[int, int, list[str]]:
    """Right cases, all cases, and the texts of the wrong ones."""
    cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    wrong = []
    for case in cases:
        got = [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}"
               for s in stances_in(case["text"], tuple(case.get("actor_sides", [])), case.get("people", {}))]
        if got != case["expect"]:
            wrong.append(case["text"])
    return len(cases) - len(wrong), len(cases), wrong


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; 0 when measured, 2 when the corpus cannot be read."""
    parser = argparse.ArgumentParser(prog="python -m parity.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL_DIR, help="folder of story folders with gold.toml")
    parser.add_argument("--stance", type=Path, action="append",
                        help=f"stance cases (TOML; repeatable; default {STANCE_CASES} and {STANCE_CASES_NEW})")
    parser.add_argument("--oracle", action="store_true",
                        help="score parity alone, on events made from the gold instead of extracted")
    parser.add_argument("--samples", action="store_true",
                        help=f"also score the built-in samples against {SAMPLES_GOLD}")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--why", action="store_true",
                        help="break the attainable links down: found, and why each missed one was missed")
    parser.add_argument("--bridge", action="store_true",
                        help="why links and statuses right on gold events are lost end to end (parity/bridge.py)")
    args = parser.parse_args(argv)
    if args.verbose and not args.bridge and is_blind(args.eval):
        # -v quotes sentences of the gold: a blind set gives counts only (bridge -v refuses it itself).
        print(f"error: {args.eval} is a blind corpus: -v is refused (counts only)", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        if args.bridge:
            from parity.bridge import bridge_corpus  # why here: parity.bridge builds on this module

            for line in bridge_corpus(args.eval, verbose=args.verbose):
                print(line)
            return EXIT_OK
        stories = sorted(p.parent for p in args.eval.glob("*/gold.toml"))
        total = Score(name="all")
        for folder in stories:
            score = evaluate_story(folder, oracle=args.oracle, why=args.why)
            total.add(score)
            print(score.line())
            if args.verbose:
                for note in score.notes:
                    print(f"    {note}")
        if stories:
            print(total.line())
            for line in total.why_lines() if args.why else []:
                print(line)
        if args.samples:
            score = evaluate_story(SAMPLES, oracle=args.oracle, gold_path=SAMPLES_GOLD, name="samples")
            print(score.line())
            for note in score.notes if args.verbose else []:
                print(f"    {note}")
        for path in args.stance or [STANCE_CASES, STANCE_CASES_NEW]:
            if not path.is_file():
                continue
            right, n, wrong = stance_accuracy(path)
            print(f"stance   {right}/{n} cases right ({right / n:.0%}) in {path.name}")
            for text in wrong if args.verbose else []:
                print(f"    wrong: {text}")
    except PipelineError as exc:
        print(f"error: {exc.line()}", file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
