"""Score a candidate pair of claims: relation (same_event, same_topic or none), and the differences.

Rules (thresholds are the constants below):
- Similarity: the idf-weighted cosine of the claims' content words (BM25-style weights, no term
  frequency: a claim is one sentence), averaged with the cosine of their summaries' words (events
  of one sentence share its words; their summaries differ). Two quotes are one remark when
  rapidfuzz's token_set_ratio of their content words is at least QUOTE_SAME.
- same_event needs all of:
  1. the same kind; for statements, compatible speakers (actors_agree) unless both quote one remark;
  2. an anchor: the same actor, a shared object, one remark, or similarity >= ANCHOR_SIM;
  3. one remark, or similarity >= EVENT_FLOOR whose sum with bonuses (shared object, same actor,
     overlapping dates; a penalty when both name objects and share none) reaches EVENT_SCORE;
  4. summaries that share a word (when both have two or more);
  5. compatible modality: both say it happened, both say it will, or one denies what the other asserts;
  6. dates that overlap, or lie at most EVENT_WINDOW_DAYS apart (a date conflict on one event), or
     are missing on a side: an undated past claim happened no later than its source was written
     and, being news, not more than UNDATED_RECENT_DAYS before; a claim dated outside is another event.
- same_topic, otherwise, when any of: similarity >= TOPIC_SIM with a shared actor, side, object,
  stance target or place; similarity >= STRONG_TOPIC_SIM; a shared object named by at most
  RARE_OBJECT_DF claims of the record with similarity >= OBJECT_TOPIC_SIM; two statements naming
  one policy (aliases.toml [policies]: officials on talks, on sanctions); one stance on one target
  from overlapping sides. The same subject at another time or in another modality: a threatened
  test and a conducted one, a planned deployment and a finished one.
- Date tolerance: intervals that overlap agree (an interval that contains the other's day agrees);
  disjoint intervals differ, and the difference shows both intervals.
- Differences of a same_event link, all material: date, place, count, actor, polarity, modality
  (denied against asserted), stance. Of a same_topic link: stance, and polarity when one claim
  denies or negates what the other asserts (negative polarity, denied modality, or a statement
  with a denial verb, stance.toml [denial]) at similarity >= DENIAL_SIM, both material; date and
  modality, shown for information only.
- agrees: no material difference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from parity import lexicon
from parity.blocking import Index
from parity.claims import ClaimFacts, same_actor, state_names
from parity.models import Difference, Relation

EVENT_SCORE = 0.42  # similarity plus attribute bonuses at which two claims of one kind are one event
EVENT_FLOOR = 0.08  # below this similarity no bonus makes two claims one event
ANCHOR_SIM = 0.5  # similarity that anchors two claims without a shared actor, object or remark
OBJECT_BONUS = 0.15  # they name the same weapon, ship, system
ACTOR_BONUS = 0.10  # they have the same actor
DAY_BONUS = 0.10  # both are dated and their dates overlap
TOPIC_SIM = 0.25  # idf-cosine at which two claims sharing an entity are on one subject
OBJECT_TOPIC_SIM = 0.12  # the same when the shared entity is a rarely named object (weapon, ship, topic)
RARE_OBJECT_DF = 4  # an object named in at most this many claims is a key term of the record
STRONG_TOPIC_SIM = 0.35  # idf-cosine at which two claims are on one subject with no shared entity
DENIAL_SIM = 0.25  # idf-cosine at which a denial contradicts the claim it denies
QUOTE_SAME = 85  # token_set_ratio (0-100) at which two quotes are one remark
EVENT_WINDOW_DAYS = 3  # disjoint dates this close can still be one event, with a date conflict
UNDATED_RECENT_DAYS = 31  # an undated past claim is matched to one event only this close to its writing
REMARK_WINDOW_DAYS = 14  # the same for one remark quoted with different dates
FACT = frozenset({"asserted", "reported_claim"})
FUTURE = frozenset({"planned", "expected", "conditional"})


@dataclass(frozen=True)
class Scored:
    """The outcome of scoring one ordered pair."""

    relation: Relation
    score: float
    differences: tuple[Difference, ...]
    agrees: bool


def _cosine(wa: dict[str, float], wb: dict[str, float], na: float, nb: float) -> float:
    if not wa or not wb:
        return 0.0
    if len(wb) < len(wa):
        wa, wb = wb, wa
    return sum(w for word, w in wa.items() if word in wb) / (na * nb)


def similarity(a: ClaimFacts, b: ClaimFacts, index: Index) -> float:
    """idf-weighted cosine of the claims' content words, averaged with that of their summaries
    (several events of one sentence share its words; their summaries tell them apart)."""
    whole = _cosine(index.weights[a.index], index.weights[b.index], index.norms[a.index], index.norms[b.index])
    ca, cb = index.core_weights[a.index], index.core_weights[b.index]
    if not ca or not cb:
        return whole
    core = _cosine(ca, cb, index.core_norms[a.index], index.core_norms[b.index])
    return (whole + core) / 2


def same_remark(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims quote one remark (at least four content words each, nearly the same words)."""
    if len(a.quote_words) < 4 or len(b.quote_words) < 4:
        return False
    return fuzz.token_set_ratio(" ".join(sorted(a.quote_words)), " ".join(sorted(b.quote_words))) >= QUOTE_SAME


def day_gap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    """Days between two intervals: 0 when they overlap, None when either is undated."""
    if a is None or b is None:
        return None
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0
    return (b[0] - a[1]).days if b[0] > a[1] else (a[0] - b[1]).days


def show_day(day: tuple[date, date] | None) -> str | None:
    """An interval as text: one ISO day, or "start/end"."""
    if day is None:
        return None
    return day[0].isoformat() if day[0] == day[1] else f"{day[0].isoformat()}/{day[1].isoformat()}"


def actors_agree(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Not a material actor difference: the same actor, a state and someone speaking for it, a
    person whose side is unknown, or either actor unknown."""
    if a.actor is None or b.actor is None or same_actor(a.actor, b.actor):
        return True
    states = state_names()
    if a.actor in states and b.actor in states:
        return False
    if a.actor in states:
        return not b.sides or a.actor in b.sides
    if b.actor in states:
        return not a.sides or b.actor in a.sides
    return False  # two different people


def modality_group(m: str) -> str:
    """fact | future | denied."""
    return "fact" if m in FACT else "future" if m in FUTURE else "denied"


def _polarity(c: ClaimFacts) -> str:
    return "denied" if c.negated and c.event.polarity != "negative" else c.event.polarity


def _stance_differences(a: ClaimFacts, b: ClaimFacts) -> list[Difference]:
    out = []
    for sa in a.stances:
        for sb in b.stances:
            if sa.conflicts_with(sb):
                d = Difference(attribute="stance", here=sa.label(), there=sb.label())
                if d not in out:
                    out.append(d)
    return out


def _event_differences(a: ClaimFacts, b: ClaimFacts) -> list[Difference]:
    out: list[Difference] = []
    if day_gap(a.day, b.day):
        out.append(Difference(attribute="date", here=show_day(a.day), there=show_day(b.day)))
    if a.place and b.place and a.place != b.place:
        out.append(Difference(attribute="place", here=a.event.place, there=b.event.place))
    if a.count and b.count and a.count != b.count:
        out.append(Difference(attribute="count", here=a.event.count, there=b.event.count))
    if not actors_agree(a, b):
        out.append(Difference(attribute="actor", here=a.event.actor, there=b.event.actor))
    if a.event.polarity != b.event.polarity:
        out.append(Difference(attribute="polarity", here=a.event.polarity, there=b.event.polarity))
    if modality_group(a.modality) != modality_group(b.modality):
        out.append(Difference(attribute="modality", here=a.modality, there=b.modality))
    return out + _stance_differences(a, b)


def _positions_on_one_policy(a: ClaimFacts, b: ClaimFacts) -> bool:
    policies = set(lexicon.load("aliases")["policies"]["names"])
    return a.kind == b.kind == "statement" and bool(set(a.objects) & set(b.objects) & policies)


def _shares_rare_object(a: ClaimFacts, b: ClaimFacts, index: Index) -> bool:
    shared = set(a.objects) & set(b.objects)
    return any(len(index.postings.get(("object", o), ())) <= RARE_OBJECT_DF for o in shared)


def _shares_entity(a: ClaimFacts, b: ClaimFacts) -> bool:
    return (
        same_actor(a.actor, b.actor)
        or bool(set(a.objects) & set(b.objects))
        or bool({(s.stance, s.target) for s in a.stances} & {(s.stance, s.target) for s in b.stances})
        or (a.place is not None and a.place == b.place)
    )


def event_score(a: ClaimFacts, b: ClaimFacts, sim: float) -> float:
    """Similarity plus bonuses for a shared object, the same actor and overlapping dates; minus
    the object bonus when both name objects and share none."""
    if set(a.objects) & set(b.objects):
        bonus = OBJECT_BONUS
    else:
        # Both name objects and none is shared ("warning shots" and "bombs"): two actions.
        bonus = -OBJECT_BONUS if a.objects and b.objects else 0.0
    bonus += ACTOR_BONUS if same_actor(a.actor, b.actor) else 0.0
    bonus += DAY_BONUS if day_gap(a.day, b.day) == 0 else 0.0
    return sim + bonus


def is_same_event(a: ClaimFacts, b: ClaimFacts, sim: float) -> bool:
    """The same-event rule of the module docstring."""
    if a.kind != b.kind:
        return False
    remark = same_remark(a, b)
    if a.kind == "statement" and not remark and not actors_agree(a, b):
        return False  # two speakers make two statements, unless they are quoted saying one thing
    if not remark and len(a.core) >= 2 and len(b.core) >= 2 and not set(a.core) & set(b.core):
        return False  # summaries with no word in common: two events, even from one sentence
    objects = bool(set(a.objects) & set(b.objects))
    anchored = same_actor(a.actor, b.actor) or objects or remark or sim >= ANCHOR_SIM
    if not anchored:
        return False
    if not remark and (sim < EVENT_FLOOR or event_score(a, b, sim) < EVENT_SCORE):
        return False
    ga, gb = modality_group(a.modality), modality_group(b.modality)
    if ga != gb and "denied" not in (ga, gb):
        return False
    gap = day_gap(a.day, b.day)
    window = REMARK_WINDOW_DAYS if remark else EVENT_WINDOW_DAYS
    if gap is None:
        return not (_after(b, a, window) or _after(a, b, window))
    return gap <= window


def _after(a: ClaimFacts, b: ClaimFacts, window: int) -> bool:
    """a is dated after the last day undated b can have happened (b's source was written), or long
    before it: news reports an undated event as recent, so one dated more than UNDATED_RECENT_DAYS
    before the undated claim's source was written is taken as another event."""
    if a.day is None or b.latest is None:
        return False
    return (a.day[0] - b.latest).days > window or (b.latest - a.day[1]).days > UNDATED_RECENT_DAYS


def score_pair(a: ClaimFacts, b: ClaimFacts, index: Index) -> Scored | None:
    """The relation of b to a, seen from a, or None when they are not related."""
    sim = similarity(a, b, index)
    if is_same_event(a, b, sim):
        diffs = _event_differences(a, b)
        return Scored(Relation.same_event, round(sim, 3), tuple(diffs), agrees=not diffs)
    material = _stance_differences(a, b)
    same_stance = any(sa.same_subject(sb) for sa in a.stances for sb in b.stances)
    related = same_stance or sim >= STRONG_TOPIC_SIM or (
        sim >= TOPIC_SIM and (_shares_entity(a, b) or bool(set(a.sides) & set(b.sides)))
    ) or (sim >= OBJECT_TOPIC_SIM and _shares_rare_object(a, b, index)) or _positions_on_one_policy(a, b)
    if not related:
        return None
    if a.negated != b.negated and sim >= DENIAL_SIM:
        # One source denies (or negates) what the other asserts: a conflict on the claim itself.
        material.insert(0, Difference(attribute="polarity", here=_polarity(a), there=_polarity(b)))
    shown: list[Difference] = []
    if day_gap(a.day, b.day):
        shown.append(Difference(attribute="date", here=show_day(a.day), there=show_day(b.day)))
    if modality_group(a.modality) != modality_group(b.modality) and not any(
            d.attribute == "polarity" for d in material):
        shown.append(Difference(attribute="modality", here=a.modality, there=b.modality))
    # Material differences first, then those shown for information.
    return Scored(Relation.same_topic, round(sim, 3), tuple(material + shown), agrees=not material)
