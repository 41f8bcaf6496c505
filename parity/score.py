"""Score a candidate pair of claims: relation (same_event, same_topic or none), and the differences.

Rules (thresholds are the constants below):
- Similarity: the idf-weighted cosine of the claims' content words (BM25-style weights, no term
  frequency: a claim is one sentence), averaged with the cosine of their summaries' words (events
  of one sentence share its words; their summaries differ). A statement's speaker words (its actor,
  role and titles) count in its length, never as shared content. Two quotes are one remark when
  rapidfuzz's token_set_ratio of their content words is at least QUOTE_SAME.
- same_event needs all of:
  1. the same kind (or a missile test and its live-fire drill: parity/acts.py; or an act that one source tells with
     its own verb, read as a statement relaying no act, and the other's act of that actor in words alike:
     _act_told_as_said; or an act filed under "other" and
     one of a specific kind or a meeting, _kinds_compatible, when their actors agree (two known actors, each act
     filed under its own kind, are two acts); between copies of one sentence, which may hold
     two events, only with one act head in both summaries); for statements, compatible
     speakers (actors_agree) unless both quote one remark (two speakers' quotes sharing at least QUOTE_SHARE of
     the longer's words, _one_quote; or one sentence copied between excerpts of one origin, which counts as one remark), and for two speakers not the same, similarity >= SPEAKERS_SIM;
     two relays of acts (attributions) need similarity >= SPEAKERS_SIM too (the acts told alike), and a relay
     and a remark are two statements, except one named person's of one single day in independent sources;
     an exchange of two sides' acts, each naming the other (acts.crossed), is two events, and so are
     two sides' parts of an exchange of fire (acts.sides_parts);
  2. two states' acts each naming its own doer (_two_doers: "Britain imposed sanctions" / "Japan imposed
     sanctions") are one act told with a disputed doer only on one day with one place, one specific thing
     (not a generic topic such as sanctions) or similarity >= ANCHOR_SIM, else two acts; an anchor: the same actor (or a meeting's party: its actor named in the other meeting's sentence,
     one of them naming no actor too), a shared object (not a generic topic: talks, sanctions), the same named place, one remark, one act head
     in both summaries (words.toml [acts]; launched ~ struck only when both name one known doer, [one_doer]) with compatible actors, one incident told from either side
     (acts.from_either_side: counts compared, actors not), one toll told twice (one_toll: one outcome, the dead
     or the wounded, counted in both acts' summaries in one news cycle, no place told otherwise; scored as one act
     too, so its counts are compared), one counted thing (counts_one_thing)
     on days at most ACT_GAP_DAYS apart, acts on days at most ACT_GAP_DAYS apart, a doer unknown in one at least, at
     similarity >= TOPIC_SIM (or undated in one news cycle, or both undated in sources written days apart, at
     UNKNOWN_DOER_TOPIC_SIM; a test of one single day whatever its words: _unknown_doer_one_day), one proper name in
     both summaries that is no state, demonym, actor, day or body (_one_named_place: "toward the port of Bandar
     Abbas" / "escorted to Bandar Abbas port"), or similarity >= ANCHOR_SIM;
     summaries naming act heads, none shared ("docked" / "left port"), are two events;
     two kinds (an act filed under "other" and one of a specific kind) tied by no remark, place, act head or words
     alike (similarity >= OBJECT_TOPIC_SIM) are two acts, whatever thing both name;
     two meetings tied only as one's actor named in the other's sentence (_meeting_party), on other days (or both
     undated in sources written days apart, not _undated_fits nor one news cycle), are a party's two meetings;
     between excerpts of one origin, two claims not of one copied sentence, worded apart (similarity < TOPIC_SIM) and
     tied by no act head, object, place, count or one_act, are two claims (each has its counterpart in the copy);
     two states' acts counting one thing differently ("expelling 10 Russian diplomats" / "Warsaw expelled
     three") are each state's own act, unless one incident is told from either side;
     acts counting people or things of two states by their nationality adjectives, none in common ("expelling
     10 Russian diplomats" / "expelling 10 Americans"), are two acts and no one subject either (_two_states_people:
     each done to one state's own, whoever extraction read as the doer);
  3. one remark, or one act (one_act: one known actor's act of one kind, not a statement or meeting,
     on short dated intervals, either a specific kind on overlapping days or one act head at most
     ACT_GAP_DAYS apart, or one act head with one date missing in a source of that day or the next,
     no place or objects named differently; objects apart: objects_apart), or one named person's statements
     on one single day in independent sources (_one_person_one_day: parts of one speech; not between copies of
     one origin, whose sentences each have their own counterpart), or similarity >= EVENT_FLOOR whose
     sum with bonuses (shared object, same actor, one act head, one specific kind and one counted thing (only on days at
     most ACT_GAP_DAYS apart, or with a day missing when _undated_fits or in one news cycle:
     a source written weeks later tells another act), overlapping dates, half of it with a day missing when two statements' possible days overlap
     (an undated one: the STATEMENT_RECENT_DAYS up to its source's writing), two undated events'
     sources were written at most EVENT_WINDOW_DAYS apart, or an undated test's source was written on the other
     test's day or the next (one news cycle); a penalty when both name objects and share none)
     reaches EVENT_SCORE;
  4. summaries that share a word (when both have two or more), except one known speaker's statements
     of one single day (_one_day_speech: two parts of one speech) or worded alike (_one_statement_parts: similarity
     >= SPEAKERS_SIM, neither a relay: two fragments of one statement quoted apart) and one known actor's test of one
     single day (_one_day_test: "fired an ICBM" / "the launch"; not drills or voyages, which hold many acts);
  5. compatible modality: both say it happened (an act read as conditional but dated wholly before its source was
     written, in the past tense, happened: _done_before_writing), both say it will, or one denies what the other asserts
     (a plan and the act done on a day within it, or a plan and its refusal, are same_topic, below); an
     act whose summary tells a plan ("were due to meet", words.toml [plan_cues]) counts as planned (told_group);
  6. dates that overlap, or lie at most EVENT_WINDOW_DAYS apart (a date conflict on one event), or
     are missing on a side: an undated past claim happened no later than its source was written
     and, being news, not more than UNDATED_RECENT_DAYS before; a claim dated outside is another event.
     Statements (not one quoted remark) need overlapping dates (an undated one is dated to the
     STATEMENT_RECENT_DAYS up to its source's writing) or, one undated, nearly the same words
     (>= STATEMENT_SAME_WORDING) recent to its source; with no day at all (undated in a source of
     unknown date), similarity >= STATEMENT_SAME_WORDS: one speaker on two days ("the ministry said" on 4 and 28 Aug) makes
     two statements, which are at most the same topic.
- same_topic, otherwise, when any of (claims of two kinds also need a shared specific object,
  not a generic topic like talks, or similarity >= words_topic_sim; a statement and an event
  other than a meeting, a shared rare object or a denial): similarity >= TOPIC_SIM with a shared actor, side, object,
  stance target or place; similarity >= words_topic_sim (STRONG_TOPIC_SIM, UNKNOWN_DOER_TOPIC_SIM when a doer is unknown); a shared object named by at most
  RARE_OBJECT_DF claims of the record with similarity >= OBJECT_TOPIC_SIM (not for two states' acts:
  a shelling and the return fire both name artillery); two statements naming
  one policy (aliases.toml [policies]: officials on talks, on sanctions); one stance on one target
  from overlapping sides; one actor's act of one kind planned in one claim and done in the other,
  naming one object (plan_and_outcome), at similarity >= WEAK_TOPIC_SIM; a plan and the act done on a day
  within it (plan_fulfilled: one actor, one kind, a planned interval of at most PLAN_SPAN_DAYS, one head or
  wording, no count, place or objects told otherwise; "due to meet on Thursday" / "met on Thursday"); a plan for at most
  PLAN_DAY_SPAN days and, told in a later source, a deed within it of any kind, no other known state's, naming one place or a
  word of their own (plan_on_its_day); a statement of an act to come or of
  its end and that act (acts.announces); a planned meeting and its parties' statement after it (acts.meeting_outcome); an act and
  what followed it on one subject (acts.follows: an arrest and the release); a threat without act words and the act carrying it out (acts.carries_out); an arrival and the departure of one trip (acts.one_trip).
  Not one subject by words alone (unless they conflict): one known actor's deed repeated (the same act heads), both
  told as done, more than DEEDS_APART_DAYS apart, naming no one thing (a ship, a model) in common (_two_deeds_apart:
  "met Xi in Paris" / "met Zelenskiy in Paris" weeks later); not for drills or deployments (LASTING_KINDS).
  The same subject at another time or in another modality: a threatened
  test and a conducted one, a planned deployment and a finished one. An attribution (claims.ClaimFacts) links
  by a stance or a denial only.
- Two claims of one sentence copied between excerpts of one origin that are not one event get no
  link: each event of the sentence links to its own counterpart.
- Date tolerance: intervals that overlap agree (an interval that contains the other's day agrees);
  disjoint intervals differ, and the difference shows both intervals.
- Counts are compared only when they count one thing (a word after the number in common:
  "11 missiles" / "nine missiles"; not "3 killed" / "4 injured"), words as digits; on a same_event link only
  when one of the events counts something itself, its count or a number in its summary (a sentence's other clauses' numbers, "landed ... minus
  five passengers" / "landed ..., and all 123 passengers were checked", are no count of the landing).
- Differences of a same_event link, material: date, place, count, polarity, modality (denied against
  asserted), stance; the actor too when both claims name their doer in their own words (the subject
  of their act, doer_named: "Israeli jets struck" / "US aircraft struck"), else it is shown only (an
  actor inferred from a frame, a pronoun or a passive with no agent is often a misreading). Of a same_topic link: stance, and polarity when one claim
  denies or negates what the other asserts (negative polarity, denied modality, or a statement
  with a denial verb, stance.toml [denial]) at similarity >= DENIAL_SIM, or when the other asserts
  most (DENIED_COVER) of the content words of the denied clause, both material (not a plan and, in a later
  source, the act done or not done: _plan_then, what followed); count, material,
  when one actor's claims of one kind count one thing differently (a plan and its outcome); date and
  modality, shown for information only.
- agrees: no material difference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from rapidfuzz import fuzz

from parity import lexicon, topics
from parity.acts import (
    ACT_GAP_DAYS,
    ACT_SPAN_DAYS,
    CLAUSE_OPENERS_RE,
    EVENT_WINDOW_DAYS,
    FACT,
    STATEMENT_RECENT_DAYS,
    announces,
    carries_out,
    crossed,
    day_gap,
    driven_out,
    envoys_apart,
    firing_of_two_kinds,
    follows,
    from_either_side,
    incident_count,
    meeting_outcome,
    mutual_only,
    one_trip,
    said_when,
    session_asked,
    sides_parts,
    tells_end,
    vote_on_it,
)
from parity.blocking import Index
from parity.claims import (
    ClaimFacts,
    folded_name,
    per_claim,
    same_actor,
    state_names,
    subject_head,
    title_stems,
    told_not_done,
)
from parity.counterparts import one_copied_claim
from parity.models import Difference, Relation
from parity.relayed import as_frame_act, frame_tells, told_acts
from parity.repeats import moves_apart, one_ship, organs_apart, repeats_apart, ships_apart
from parity.sole import rival_acts, sole_counterparts
from parity.stance import NEUTRAL, THING, Stance
from parity.targets import GENERIC, STATE, act_targets, one_target, targets_apart, told_apart, told_in
from parity.tolerance import rounded_alike, things_apart
from parity.topics import persons_line, plan_carried_out, trip_made, warning_carried_out

EVENT_SCORE = 0.32  # similarity plus attribute bonuses at which two claims of one kind are one event
EVENT_FLOOR = 0.08  # below this similarity no bonus makes two claims one event
ANCHOR_SIM = 0.5  # similarity that anchors two claims without a shared actor, object or remark
OBJECT_BONUS = 0.15  # they name the same weapon, ship, system
ACTOR_BONUS = 0.10  # they have the same actor
DAY_BONUS = 0.10  # both are dated and their dates overlap
HEAD_BONUS = 0.10  # their summaries name one event head (words.toml [heads]: "struck" ~ "bombed")
COUNT_BONUS = 0.10  # they count one thing (counts_one_thing)
COUNT_THING_WORDS = 2  # words two counted things share to be one thing
KIND_BONUS = 0.10  # one specific kind (a missile test, a ship movement), not a statement or "other"
UNDATED_DAY_BONUS = 0.05  # a day missing, but the two could have happened on one day (_undated_fits)
SPEAKERS_SIM = 0.25  # similarity at which statements of two speakers, neither's side known, are one remark
TOPIC_SIM = 0.25  # idf-cosine at which two claims sharing an entity are on one subject
OBJECT_TOPIC_SIM = 0.12  # the same when the shared entity is a rarely named object (weapon, ship, topic)
RARE_OBJECT_DF = 4  # an object named in at most this many claims is a key term of the record
WEAK_TOPIC_SIM = 0.05  # least similarity for a link on a shared stance or policy that does not conflict
# idf-cosine at which two claims that both name their actors are on one subject with no shared entity (0.35 before
# session 9: two states' own drills or summonses told in stock words linked; 0.45 dropped such links on development
# and unseen sets alike); UNKNOWN_DOER_TOPIC_SIM when either names none (an unknown doer's acts may be one thing's story).
STRONG_TOPIC_SIM = 0.45
UNKNOWN_DOER_TOPIC_SIM = 0.35
DENIED_COVER = 0.75  # share of what a statement denies that the other claim must assert
DENIAL_LOOKBACK_DAYS = 14  # an undated "no troops were killed" looks back this far at casualties told before it
DENIAL_SIM = 0.25  # idf-cosine at which a denial contradicts the claim it denies
QUOTE_SAME = 85  # token_set_ratio (0-100) at which two quotes are one remark
QUOTE_SHARE = 0.5  # share of the longer quote's content words two speakers' quotes hold in common to be one remark
UNDATED_RECENT_DAYS = 31  # an undated past claim is matched to one event only this close to its writing
REMARK_WINDOW_DAYS = 14  # the same for one remark quoted with different dates
STATEMENT_SAME_WORDS = 0.4  # similarity at which two statements, one of no known day, are one remark
PLAN_SPAN_DAYS = 31  # a plan "in May" or "by Saturday" is carried out by the act done on a day within it
PLAN_DAY_SPAN = 7  # a plan for a day or a week, and a deed of another kind or doer told done within it (plan_on_its_day)
STATEMENT_SAME_WORDING = 0.8  # similarity at which an undated statement repeats a dated one
SPECIFIC_KINDS = frozenset({"missile_test", "nuclear_test", "ship_movement", "deployment", "military_exercise"})
TEST_KINDS = frozenset({"missile_test", "nuclear_test"})
MOVE_KINDS = frozenset({"ship_movement", "deployment"})  # one move a day (_one_day_move); drills hold many acts
SUMMARY_PROBE = 40  # characters of a summary looked for in its sentence
SUBJECT_WORDS = 6  # a summary that opens its sentence names its doer in its first words
PLANNED_HEADS = frozenset({"meet", "visit", "talk"})  # meeting words a plan cue governs, besides act heads
PLAN_CUE_REACH = 30  # characters after a plan cue where the act it governs is looked for
FUTURE = frozenset({"planned", "expected", "conditional"})
STATE_LINE_DAYS = 7  # one state's officials taking one stance this close together tell its line, not two subjects
DEEDS_APART_DAYS = 3  # two deeds of one kind further apart than this share no subject by their words alone
# Kinds whose acts last for days (drills, a deployment), told again when they end or change: no two deeds apart.
LASTING_KINDS = frozenset({"statement", "military_exercise", "deployment"})
DRILL_PHASE_DAYS = 7  # a drill's phase planned and another told done this close together are one drill (drill_phases)
EDITIONS_APART_DAYS = 183  # one actor's drills or deployments further apart than this are two editions (_editions_apart)
# Session 26 (plink26): kinds of the measures one doer takes several of in a day (ties cut, a border closed, envoys
# expelled, assets frozen): two of them are one only when one head, thing, count or words tie them (_rival_measure).
# Not moves, tests or drills (their own rules tell a day's several apart: ships, moves, days).
MEASURE_KINDS = frozenset({"other", "sanction"})


# slots: no per-instance __dict__ (113 -> 73 bytes); a Scored waits for each linked pair until the claims are built.
@dataclass(frozen=True, slots=True)
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
    # The shared words' weights in wa's order (as a generator would give them), looked up in C.
    return sum(map(wa.__getitem__, filter(wb.__contains__, wa))) / (na * nb)


def similarity(a: ClaimFacts, b: ClaimFacts, index: Index) -> float:
    """idf-weighted cosine of the claims' content words, averaged with that of their summaries
    (several events of one sentence share its words; their summaries tell them apart)."""
    whole = _cosine(index.weights[a.index], index.weights[b.index], index.norms[a.index], index.norms[b.index])
    na, nb = index.core_norms[a.index], index.core_norms[b.index]
    if not na or not nb or not index.core_weights[a.index] or not index.core_weights[b.index]:
        return whole  # a summary naming only its speaker ("the ministry said"): its sentence is its content
    core = _cosine(index.core_weights[a.index], index.core_weights[b.index], na, nb)
    return (whole + core) / 2


def _quoted_both(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims' quotes are direct: words in quote marks."""
    return a.event.quote is not None and b.event.quote is not None and a.event.quote.direct and b.event.quote.direct


def same_remark(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims quote one remark (at least four content words each, nearly the same words)."""
    if len(a.quote_words) < 4 or len(b.quote_words) < 4:
        return False
    return fuzz.token_set_ratio(_quote_text(a), _quote_text(b)) >= QUOTE_SAME


@per_claim("memo_quote_text")
def _quote_text(c: ClaimFacts) -> str:
    """A quote's content words sorted, as same_remark compares them."""
    return " ".join(sorted(c.quote_words))


def _one_quote(a: ClaimFacts, b: ClaimFacts) -> bool:
    """The two quotes share at least QUOTE_SHARE of the longer's content words: one quote in both, not a few words of
    one inside another's longer quote ("for violating international maritime rules" / "Unlike the piracy in the Strait
    of Gibraltar, our action ... is to uphold international maritime rules")."""
    shared = len(set(a.quote_words).intersection(b.quote_words))
    return shared >= QUOTE_SHARE * max(len(a.quote_words), len(b.quote_words))


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


@cache
def _plan_cue_re() -> re.Pattern[str]:
    cues = sorted(lexicon.load("words")["plan_cues"]["cues"], key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


@per_claim("memo_told_group")
def told_group(c: ClaimFacts) -> str:
    """modality_group of a claim, an act whose own summary tells a plan ("were due to meet") read as
    future whatever modality extraction gave it; not how long an act under way lasts ("due to run
    until Sunday", words.toml [lasting])."""
    group = modality_group(c.modality)
    if c.modality == "conditional" and _done_before_writing(c):
        return "fact"
    if group != "fact" or c.kind == "statement":
        return group
    return "future" if _tells_plan(c.event.summary) else group


def _done_before_writing(c: ClaimFacts) -> bool:
    """An act (no statement) read as conditional but dated wholly before its source was written: a past act cannot
    hang on a condition, the condition is another clause's ("warships, sent to Fijian waters last month, remain off
    the coast to evacuate Australians if needed")."""
    return (c.kind != "statement" and c.day is not None and c.written is not None and c.day[1] < c.written[0]
            and c.event.tense == "past")


@lru_cache(maxsize=1 << 14)  # asked per scored pair; one answer per summary
def _tells_plan(summary: str) -> bool:
    if not _lasting().isdisjoint(lexicon.WORD_RE.findall(summary.casefold())):
        return False
    heads = lexicon.act_heads() | PLANNED_HEADS
    # A summary cut after its plan's cue opens with the infinitive ("Maduro: to meet on Thursday").
    told = summary.split(": ", 1)[-1]
    ends = [m.end() for m in _plan_cue_re().finditer(summary)] + ([len(summary) - len(told) + 3]
                                                                   if told[:3].casefold() == "to " else [])
    # The cue must govern the act ("were due to meet", "will pull back"), not another clause's verb.
    return any(not heads.isdisjoint(lexicon.content_words(summary[end: end + PLAN_CUE_REACH])[:2]) for end in ends)


def modality_group(m: str) -> str:
    """fact | future | denied."""
    return "fact" if m in FACT else "future" if m in FUTURE else "denied"


def _polarity(c: ClaimFacts) -> str:
    return "denied" if c.negated and c.event.polarity != "negative" else c.event.polarity


def _act_polarity(c: ClaimFacts) -> str:
    """An act's polarity, denied when its subject negates it ("No soldiers were killed": claims.negated);
    a statement's negation is what it says, compared as stance or denial."""
    if c.kind == "statement" or c.modality == "denied":
        return c.event.polarity  # a denied act differs by its modality, shown once
    return _polarity(c)


def _one_sided(stances: tuple[Stance, ...]) -> tuple[Stance, ...]:
    """Stances less the blame of a claim that blames two or more parties ("derided both North Korea
    and the US"): blaming both sides takes no side, so it does not conflict with neutrality."""
    blamed = {s.target for s in stances if s.stance == "blame" and s.polarity == "positive"}
    if len(blamed) < 2:
        return stances
    return tuple(s for s in stances if not (s.stance == "blame" and s.polarity == "positive"))


def _stance_differences(a: ClaimFacts, b: ClaimFacts) -> list[Difference]:
    out: list[Difference] = []
    if not a.stances or not b.stances:
        return out
    neutral_a, neutral_b = _one_sided(a.stances), _one_sided(b.stances)
    for sa in a.stances:
        for sb in b.stances:
            if NEUTRAL in (sa.stance, sb.stance) and (sa not in neutral_a or sb not in neutral_b):
                continue
            if sa.conflicts_with(sb):
                d = Difference(attribute="stance", here=sa.label(), there=sb.label())
                if d not in out:
                    out.append(d)
    return out


def _event_differences(a: ClaimFacts, b: ClaimFacts) -> list[Difference]:
    out: list[Difference] = []
    if day_gap(a.day, b.day):
        out.append(Difference(attribute="date", here=show_day(a.day), there=show_day(b.day)))
    if a.place and b.place and a.place != b.place and not _place_is_a_doer(a, b):
        out.append(Difference(attribute="place", here=a.event.place, there=b.event.place))
    elif disputed := topics.place_disputed(a, b):
        # Session 19 (pstatus19): inside a state's airspace or waters, and over international waters (topics).
        out.append(Difference(attribute="place", here=disputed[0], there=disputed[1]))
    mirror = from_either_side(a, b)  # one incident from either side: actors differ by telling
    count = incident_count(a, b) if mirror else count_difference(a, b, own=True) if _counts_itself(a) or _counts_itself(b) else None
    if count:
        out.append(count)
    if not mirror and not actors_agree(a, b) and not _meeting_party(a, b):  # a meeting's parties differ by telling
        out.append(Difference(attribute="actor", here=a.event.actor, there=b.event.actor))
    if _act_polarity(a) != _act_polarity(b):
        out.append(Difference(attribute="polarity", here=_act_polarity(a), there=_act_polarity(b)))
    if modality_group(a.modality) != modality_group(b.modality) and not plan_fulfilled(a, b):
        out.append(Difference(attribute="modality", here=a.modality, there=b.modality))
    return out + _stance_differences(a, b)


@per_claim("memo_counts_itself")
def _counts_itself(c: ClaimFacts) -> bool:
    """The event counts something itself: its own count, or a number in its summary ("Three fishermen were wounded")."""
    return bool(c.count or lexicon.counts_in(c.event.summary))


def count_difference(a: ClaimFacts, b: ClaimFacts, own: bool = False) -> Difference | None:
    """Counts of one thing that differ ("11 missiles" / "nine missiles"); counts of different things
    ("3 killed" / "4 injured") are not compared. Without counted things on both sides, the events'
    own counts are compared. own: a difference shown on a link, of each claim's own counts only (`_own_counts`), words
    of one kind of thing read as one (lexicon.count_things: "servicemen" / "troops"); linking's tests read every count
    of the evidence, word for word. Session 21 (pstatus21): on a link, a hedged round figure and one it rounds ("about
    30" / "32") and two events' own counts of two kinds of thing ("32 soldiers" / "two farmers") differ in nothing
    (parity/tolerance.py)."""
    counts_a, counts_b = (_own_counts(a), _own_counts(b)) if own else (a.counts, b.counts)
    kinds: Callable[[tuple[str, ...]], frozenset[str]] = lexicon.count_things if own else frozenset
    if counts_a and counts_b:
        for va, thing_a, shown_a in counts_a:
            for vb, thing_b, shown_b in counts_b:
                if _outcomes_differ(thing_a, thing_b) or lexicon.joined_count(shown_a) != lexicon.joined_count(shown_b):
                    # "two soldiers died" / "76 soldiers were injured"; "300 drones and missiles" / "170
                    # drones": two things counted (a total and one of its parts)
                    continue
                if _other_states(shown_a, shown_b):
                    continue  # "five Lithuanian diplomats" / "four Russian diplomats": each state's own
                kinds_a = kinds(thing_a)
                one = bool(kinds_a & kinds(thing_b)) or (own and _one_toll_of_people(a, b, thing_a, thing_b))
                if one and va != vb and not any(v == va and kinds(t) & kinds_a for v, t, _ in counts_b) and not (
                        own and (rounded_alike(va, shown_a, vb, shown_b)  # "about 30" / "32": one figure rounded
                                 # "30 ships, including four warships" / "four warships": b's figure is a's part's
                                 or any(v == vb and kinds(t) & kinds(thing_b) for v, t, _ in counts_a))):
                    return Difference(attribute="count", here=shown_a, there=shown_b)
        return None
    if a.count and b.count and a.count != b.count and a.count.endswith("th") == b.count.endswith("th") and not (
            own and (rounded_alike(a.count, a.event.count or "", b.count, b.event.count or "")
                     or things_apart(a.event.count or "", b.event.count or ""))):
        # An ordinal counts rounds or tests so far, a cardinal things: "a ninth round" / "two armies".
        return Difference(attribute="count", here=a.event.count, there=b.event.count)
    return None


@cache
def _persons() -> tuple[frozenset[str], frozenset[str]]:
    """counts.toml [persons]: the generic word for people and the nouns of people of one kind, as content_words reads them."""
    data = lexicon.load("counts")["persons"]
    return frozenset(lexicon.content_words(" ".join(data["generic"]))), frozenset(
        lexicon.content_words(" ".join(data["kinds"])))


def _one_toll_of_people(a: ClaimFacts, b: ClaimFacts, thing_a: tuple[str, ...], thing_b: tuple[str, ...]) -> bool:
    """Session 20 (pstatus20): one toll counted as people in one claim and as people of a kind in the other ("killing at
    least 12 people" / "eleven fishermen were killed"): one count when both claims tell one outcome (the dead, the
    wounded) and each thing is headed by a person word, one generic, the other of a kind."""
    if not thing_a or not thing_b:
        return False
    generic, kinds = _persons()
    heads = {thing_a[0], thing_b[0]}
    if not (heads & generic and heads & kinds):
        return False
    return not _outcomes().isdisjoint(set(a.core) & set(b.core))


@cache
def _tallies() -> frozenset[str]:
    """The outcomes a running tally counts (words.toml [heads] killed, injured, capture) as content_words reads them."""
    return frozenset(lexicon.content_words("killed injured detained"))


TALLY_SPAN_DAYS = 1  # a tally of one single day is that day's figure, not a running count


def _tally_grew(a: ClaimFacts, b: ClaimFacts, diffs: list[Difference]) -> bool:
    """One tally of the dead, the hurt or the detained told by two sources written on different days, each undated or over
    more than a day, the later source's figure the higher, and nothing else differing but the count, the date and the
    doer: the tally grew ("more than 3,000 people detained" / a week later "more than 9,900 detained")."""
    if not diffs or a.kind == "statement" or b.kind == "statement" or a.written is None or b.written is None:
        return False  # most pairs differ on nothing: asked first
    if not any(d.attribute == "count" for d in diffs) or any(d.attribute not in ("count", "date", "actor") for d in diffs):
        return False
    if a.written[1] < b.written[0]:
        early, late = a, b
    elif b.written[1] < a.written[0]:
        early, late = b, a
    else:
        return False
    if any(c.day is not None and (c.day[1] - c.day[0]).days < TALLY_SPAN_DAYS for c in (a, b)):
        return False
    tallies = _tallies()
    grew = False
    for ve, thing_e, _ in _own_counts(early):
        for vl, thing_l, _ in _own_counts(late):
            if not (tallies & set(thing_e) and tallies & set(thing_l) & set(thing_e)):
                continue
            if not (ve.isdigit() and vl.isdigit()) or int(vl) <= int(ve):
                return False  # a figure of the tally that fell or stayed: no growth to tell
            grew = True
    return grew


def _own_counts(c: ClaimFacts) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """c's counted things less those another act of its sentence counts (claims.others_counts): "which had sent
    14 warships" counts no warships of the landing told in the same sentence."""
    if not c.others_counts:
        return c.counts
    return tuple(n for n in c.counts if n not in c.others_counts)


def _other_states(shown_a: str, shown_b: str) -> bool:
    """Both counted things name a state and no state is shared: two sides' things, not one."""
    sa, sb = lexicon.sides_in(shown_a), lexicon.sides_in(shown_b)
    return bool(sa and sb) and set(sa).isdisjoint(sb)


@cache
def _outcomes() -> frozenset[str]:
    """The outcome heads (words.toml [heads] killed, injured) as content_words reads them."""
    return frozenset(lexicon.content_words("killed injured"))


def _outcomes_differ(thing_a: tuple[str, ...], thing_b: tuple[str, ...]) -> bool:
    """Both counted things name an outcome and no outcome is shared: the dead and the wounded."""
    outcomes = _outcomes()
    oa, ob = outcomes.intersection(thing_a), outcomes.intersection(thing_b)
    return bool(oa and ob and oa.isdisjoint(ob))


@cache
def _policies() -> frozenset[str]:
    """Generic topics (aliases.toml [policies]): talks, sanctions."""
    return frozenset(lexicon.load("aliases")["policies"]["names"])


def _positions_on_one_policy(a: ClaimFacts, b: ClaimFacts, sim: float) -> bool:
    """Two statements naming one policy, by one known side, or with some words in common (two different people,
    neither's side known or each of another known side: words beyond the policy's name, TOPIC_SIM)."""
    policies = _policies()
    if not (a.kind == b.kind == "statement" and set(a.objects) & set(b.objects) & policies):
        return False
    if lexicon.with_members(a.sides) & set(b.sides):
        return True
    # Session 14: two speakers of two known sides are two people too ("Fiji's minister" / "the Australian envoy"
    # on sanctions): once the long tail's states gave speakers their sides, the weak test linked them on a shared word.
    people = a.actor is not None and b.actor is not None and bool(a.sides) == bool(b.sides)
    if people and not same_actor(a.actor, b.actor):
        return sim >= TOPIC_SIM  # "ready for talks" / "told reporters after the talks": a setting shared
    return sim >= WEAK_TOPIC_SIM


def words_topic_sim(a: ClaimFacts, b: ClaimFacts) -> float:
    """The similarity at which words alone make two claims one subject: STRONG_TOPIC_SIM when both name their
    actors, UNKNOWN_DOER_TOPIC_SIM when either names none."""
    return STRONG_TOPIC_SIM if a.actor is not None and b.actor is not None else UNKNOWN_DOER_TOPIC_SIM


def _shares_rare_object(a: ClaimFacts, b: ClaimFacts, index: Index) -> bool:
    # A generic topic (talks, sanctions) is no key term however rarely named: _positions_on_one_policy.
    shared = set(a.objects) & set(b.objects) - _policies()
    return any(len(index.postings.get(("object", o), ())) <= RARE_OBJECT_DF for o in shared)


def denies_the_other(a: ClaimFacts, b: ClaimFacts) -> bool:
    """a denies what b asserts: b holds most (DENIED_COVER) of the content words of what a denies,
    two at least ("denied that any shots had been fired" / "a patrol ship fired warning shots"); a thing
    denied counts as held when b is an act naming it in another word of its kind (`_kin_held`)."""
    if len(a.denied) < 2 or b.negated:
        return False
    words = set(b.words)
    if b.core and not set(a.denied) & set(b.core):
        return False  # b's own event (its summary) is not what a denies: another event of its sentence
    # A thing's kin counts only in an act's words: a statement relaying the act is linked through the act.
    kin = b.kind != "statement"
    return sum(w in words or kin and _kin_held(w, words) for w in a.denied) / len(a.denied) >= DENIED_COVER


@cache
def _target_kin() -> dict[str, tuple[str, str]]:
    """Each one-word thing of targets.toml as claims read it (its content word) -> its (family, kind)."""
    kin: dict[str, tuple[str, str]] = {}
    for family, kinds in lexicon.load("targets")["families"].items():
        for kind, surfaces in kinds.items():
            for surface in surfaces:
                read = lexicon.content_words(surface)
                if len(read) == 1:
                    kin.setdefault(read[0], (family, kind))
    return kin


def _kin_held(word: str, words: set[str]) -> bool:
    """Session 23 (plink23): the other names the thing denied in another word of its family, one kind or one of them
    generic ("denied that the army had fired on French aircraft" / "opened fire on French helicopters"; "denied that
    its destroyer had aimed its radar" / "a South Korean warship locked its fire-control radar"): outlets of two sides
    name one thing in their own words, which a plain word count read as not asserted."""
    kin = _target_kin()
    mine = kin.get(word)
    if mine is None:
        return False
    family, kind = mine
    return any((other := kin.get(w)) is not None and other[0] == family
               and (other[1] == kind or GENERIC in (kind, other[1])) for w in words)


def denies_casualties(a: ClaimFacts, b: ClaimFacts) -> bool:
    """a's negated subject denies the casualties b counts ("No U.S. troops were killed" / "at least 80
    American soldiers were killed"): both acts name one outcome (killed, injured) and one more word of a's
    act (whose people: "us"), of days at most a day apart, or, one undated, the other's day within
    DENIAL_LOOKBACK_DAYS before the undated one's source was written (a later piece looking back at the attack)."""
    if not a.negated or b.negated or a.kind == "statement" or b.kind == "statement" or not b.counts:
        return False
    outcomes = _outcomes()
    # The outcome is the acts' own; whose people may stand outside a summary ("No U.S. troops | were killed").
    if not set(a.core) & set(b.core) & outcomes or not (set(a.words) & set(b.words)) - outcomes - lexicon.stopwords():
        return False
    # Session 27 (pstatus27): people of one kind denied, of another counted ("No civilians were killed" / "Eighty-nine
    # soldiers were killed"): no denial of them (the count was unread while compound number words were no counts).
    _, kinds = _persons()
    denied = lexicon.count_things(tuple(w for w in a.core if w in kinds))
    counted = lexicon.count_things(tuple(w for _, thing, _ in b.counts for w in thing if w in kinds))
    if denied and counted and denied.isdisjoint(counted):
        return False
    return _times_meet(a, b)


def _times_meet(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two acts may be one: days at most ACT_GAP_DAYS apart, or, one undated, the other's day within
    DENIAL_LOOKBACK_DAYS before the undated one's source was written."""
    if a.day is not None and b.day is not None:
        gap = day_gap(a.day, b.day)
        return gap is not None and gap <= ACT_GAP_DAYS
    if a.day is None and b.day is None:  # both undated: the earlier-written source tells of the days before the later one
        told, undated = (a, b) if a.written and b.written and a.written[0] <= b.written[0] else (b, a)
    else:
        told, undated = (a, b) if a.day is not None else (b, a)
    when, written = told.day or told.written, undated.written
    if when is None or written is None:
        return False
    return when[0] <= written[1] and (written[0] - when[1]).days <= DENIAL_LOOKBACK_DAYS


def _cross_kind_topic(a: ClaimFacts, b: ClaimFacts, sim: float, index: Index) -> bool:
    """Claims of two kinds (a meeting and a statement, a seizure and an escort) are on one subject
    only when they share a specific object, not a generic topic such as talks or sanctions, or
    are worded nearly alike; a statement and an event only when they share a rarely named object
    or one denies the other."""
    generic = _policies()
    specific = (set(a.objects) & set(b.objects)) - generic
    if "statement" in (a.kind, b.kind) and "meeting" not in (a.kind, b.kind):
        # A statement and an event told in like words are mostly one sentence reported twice (the
        # speaker's words and what they report, each linked to its own counterpart): only a rarely
        # named object makes them one subject ("will not let it build an ICBM" / "tested an ICBM").
        # A denial of the event is a link too ("Baku denied that its forces shelled the village").
        if _another_doers_deed(a, b) or _another_doers_deed(b, a):
            return False
        return (a.negated != b.negated and sim >= DENIAL_SIM) or (sim >= OBJECT_TOPIC_SIM and any(
            len(index.postings.get(("object", o), ())) <= RARE_OBJECT_DF for o in specific))
    if a.core and b.core and not set(a.core) & set(b.core) and not specific:
        # A summons and the incident it protests share a sentence's words, not a subject: what each
        # event is (its summary) has nothing in common.
        return False
    return bool(specific) or sim >= words_topic_sim(a, b)


def _another_doers_deed(a: ClaimFacts, b: ClaimFacts) -> bool:
    """a is a statement telling its own side's deed as not done (claims.told_not_done: "Ukraine insisted: its forces had
    not fired the missile") and b another statement (a relay's act links on its own) or an act of another known doer
    ("Russia fired about 100 missiles"): nothing of b denied."""
    if a.kind != "statement" or not told_not_done(a.event.summary):
        return False
    return b.kind == "statement" or (b.actor is not None and not same_actor(a.actor, b.actor)
                                     and not set(a.sides) & set(b.sides))


def plan_and_outcome(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One actor's act of one kind (not a statement), planned or threatened in one claim and told as
    done in the other, naming one object ("will start enriching uranium" / "began enriching
    uranium"), no place told otherwise, not done before the plan's day: the same subject at two times."""
    if a.kind != b.kind or a.kind == "statement" or a.actor is None or not same_actor(a.actor, b.actor):
        return False
    if {told_group(a), told_group(b)} != {"fact", "future"}:
        return False
    plan, deed = (a, b) if told_group(a) == "future" else (b, a)
    if (a.place and b.place and a.place != b.place) or _done_before_plan(plan, deed):
        return False  # another voyage of the ship due in port: a plan is fulfilled at its place, on or after its day
    return bool(set(a.objects) & set(b.objects))


def _done_before_plan(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """deed ended before plan's first day (undated plan: before it was made, STATEMENT_RECENT_DAYS up to
    its source's writing): what went before the plan, not what it came to."""
    if plan.day is not None:
        start = plan.day[0]
    elif plan.written is not None:
        start = plan.written[0] - timedelta(days=STATEMENT_RECENT_DAYS)
    else:
        return False
    end = deed.day[1] if deed.day is not None else deed.latest
    return end is not None and end < start


@cache
def _lasting() -> frozenset[str]:
    """Words of a plan that tells how long an act under way lasts (words.toml [lasting])."""
    return frozenset(lexicon.load("words")["lasting"]["words"])


def plan_fulfilled(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One actor's act of one kind (not a statement), planned for a day or interval of at most
    PLAN_SPAN_DAYS in one claim and told as done within it in the other ("will pull back by
    Saturday" / "completed the pull-back on Saturday"; "due to meet in May" / "met on 18 May"), with
    the same act head or wording, no place, objects or count told otherwise: one event. Not a plan of
    how long an act under way lasts (words.toml [lasting]: "due to run until Sunday")."""
    if a.kind != b.kind or a.kind == "statement" or a.day is None or b.day is None:
        return False
    if not (same_actor(a.actor, b.actor) or _meeting_party(a, b)):
        return False
    groups = (told_group(a), told_group(b))
    if set(groups) != {"fact", "future"}:
        return False
    plan, done = (a, b) if groups[0] == "future" else (b, a)
    if (plan.day[1] - plan.day[0]).days > PLAN_SPAN_DAYS or not plan.day[0] <= done.day[0] <= done.day[1] <= plan.day[1]:
        return False
    if (a.place and b.place and a.place != b.place) or objects_apart(a, b):
        return False
    if count_difference(a, b) is not None:
        return False  # the outcome differs from the plan: what followed, not the plan carried out
    told = f"{plan.event.summary} {plan.event.date.phrase or ''}".casefold()
    if not _lasting().isdisjoint(lexicon.WORD_RE.findall(told)):
        return False  # how long an act under way lasts ("due to run until Sunday"), not a deed to be done
    return shared_head(a, b) or _cores_share(a, b) or a.kind in SPECIFIC_KINDS or a.kind == "meeting"


@cache
def _object_kinds() -> tuple[frozenset[str], dict[str, str]]:
    """The objects the word lists know (aliases.toml [objects]) and each one's wider kind ([object_kinds])."""
    aliases = lexicon.load("aliases")
    wider = {narrow: wide for wide, narrows in aliases["object_kinds"].items() for narrow in narrows}
    return frozenset(aliases["objects"]), wider


def objects_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims name objects and none is shared ("warning shots" and "bombs": two acts), unless one
    is the kind of the other (aliases.toml [object_kinds]: "an ICBM" / "ballistic missiles"), or one names
    only types the word lists do not know ("the Hwasong-15", "an Su-27": a model, with its number) and
    the other only kinds they know ("an ICBM", "a fighter jet"): the model may be of that kind."""
    oa, ob = set(a.objects), set(b.objects)
    if not oa or not ob or oa & ob or _generic_names(oa, ob) or _generic_names(ob, oa):
        return False
    known, wider = _object_kinds()
    wide_a, wide_b = {wider.get(o, o) for o in oa}, {wider.get(o, o) for o in ob}
    if wide_a & (ob | wide_b) or wide_b & oa:
        return False
    return not (_models_only(oa, known) and ob <= known or _models_only(ob, known) and oa <= known)


@cache
def _generic_objects() -> dict[str, frozenset[str]]:
    return {word: frozenset(things) for word, things in lexicon.load("objects")["generic"].items()}


def _generic_names(generic: set[str], things: set[str]) -> bool:
    """One claim's objects are only generic unit words ("the aircraft") and the other names a thing of that kind
    (objects.toml [generic]: a drone, a fighter jet): the generic word may name it (session 17)."""
    kinds = _generic_objects()
    return all(g in kinds for g in generic) and any(not kinds[g].isdisjoint(things) for g in generic)


@cache
def _kin_objects() -> dict[str, frozenset[str]]:
    return {word: frozenset(things) for word, things in lexicon.load("objects")["kin"].items()}


def _one_force(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Session 27 (plink27): actors that agree, and each object of either claim the other's or its kin (objects.toml
    [kin]: a wider word of a force or of aircraft and a unit or craft of that kind, "soldiers" / "paratroopers", "jets" /
    "fighter jet"): one doer's force named in other words, no sign of two acts."""
    if not actors_agree(a, b):
        return False
    kin = _kin_objects()

    def akin(x: str, others: tuple[str, ...]) -> bool:
        return any(x == y or y in kin.get(x, ()) or x in kin.get(y, ()) for y in others)
    return all(akin(x, b.objects) for x in a.objects) and all(akin(y, a.objects) for y in b.objects)


def _models_only(objects: set[str], known: frozenset[str]) -> bool:
    return all(o not in known and any(ch.isdigit() for ch in o) for o in objects)


def _two_states_people(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Acts (not statements or meetings) whose counted things name states by their nationality adjectives, those
    of one sharing none with the other's ("10 Russian diplomats" / "10 Americans"): done to two states' people or
    things."""
    if a.kind in ("statement", "meeting") or b.kind in ("statement", "meeting"):
        return False
    sa, sb = _counted_states(a.counts), _counted_states(b.counts)
    return bool(sa and sb) and sa.isdisjoint(sb)


@lru_cache(maxsize=1 << 12)
def _counted_states(counts: tuple[tuple[str, tuple[str, ...], str], ...]) -> frozenset[str]:
    """The states whose people or things a claim counts, by a nationality adjective ("10 Russian diplomats": Russia;
    not a place named, "three sites inside Iran")."""
    return frozenset(s for _, _, told in counts for s in lexicon.demonym_states(told))


def _two_sides_acts(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Acts of two different states (a shelling and the return fire): a weapon both use is no subject."""
    states = state_names()
    return (a.kind not in ("statement", "meeting") and b.kind not in ("statement", "meeting")
            and a.actor in states and b.actor in states and a.actor != b.actor)


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
        # Both name objects and none is shared ("warning shots" and "bombs"): two actions; not one doer's force or
        # aircraft named in other words ("warplanes" / "jets", "soldiers" / "paratroopers": _one_force).
        bonus = -OBJECT_BONUS if objects_apart(a, b) and not _one_force(a, b) else 0.0
    accord = _one_accord(a, b)
    bonus += ACTOR_BONUS if same_actor(a.actor, b.actor) or _meeting_party(a, b) or accord else 0.0
    gap = day_gap(a.day, b.day)
    undated_fits = gap is None and (_undated_fits(a, b) or _news_cycle(a, b))
    if undated_fits or (gap is not None and gap <= ACT_GAP_DAYS):
        # One act, one kind: evidence of one event only on days this close (one actor tests often), or
        # with a day missing, told in one news cycle (a source written weeks later tells another act).
        bonus += HEAD_BONUS if shared_head(a, b) or accord else 0.0
        bonus += KIND_BONUS if a.kind == b.kind and a.kind in SPECIFIC_KINDS else 0.0
        bonus += COUNT_BONUS if counts_one_thing(a, b) else 0.0
    bonus += DAY_BONUS if gap == 0 else UNDATED_DAY_BONUS if gap is None and _undated_fits(a, b) else 0.0
    return sim + bonus


@per_claim("memo_targets")
def targets_of(c: ClaimFacts) -> frozenset[tuple[str, str]]:
    """What the claim's act was done to, read from its summary (parity/targets.py)."""
    return act_targets(c.event.summary)


def _told_targets(c: ClaimFacts) -> frozenset[tuple[str, str]]:
    """targets_of, or, session 25 (plink25), for a summary that names none ("attacked twice"), what its clause tells
    before it, where a passive act's subject stands ("a missile site that had been attacked twice"): read for one thing
    both acts were done to (_one_target), never to tell two acts apart (a destination read as a target there)."""
    return targets_of(c) or act_targets(told_in(c.event.summary, c.event.evidence.exact))


def _one_doer(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims name one known doer: heads one doer's act is told by ("launched" ~ "struck") may be one act."""
    return a.actor is not None and same_actor(a.actor, b.actor)


def _one_target(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both acts name what they were done to, one thing (parity/targets.py): "struck a missile site" / "a missile site
    that had been attacked"."""
    ta, tb = _told_targets(a), _told_targets(b)
    return bool(ta and tb) and not targets_apart(ta, tb) and one_target(ta, tb)


def _head_terms(a: ClaimFacts, b: ClaimFacts) -> tuple[bool, bool]:
    """(one_doer, one_target) for lexicon.one_head: one known doer, and one thing both acts were done to. Session 24
    (plink24): neither naming a doer, one thing both name ties the heads one doer's act on it is told by ("Two oil
    tankers were attacked" / "Explosions struck the two tankers"): nothing tells two doers apart."""
    if _one_doer(a, b):
        return True, _one_target(a, b)
    unnamed = a.actor is None and b.actor is None and _one_target(a, b)
    return unnamed, unnamed


def shared_head(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Their summaries name one event head, however each outlet words it ("struck" ~ "bombed")."""
    return bool(lexicon.one_head(a.core, b.core, *_head_terms(a, b)))


def one_act(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One actor's one act told in other words: the same kind (not a statement or meeting), the
    same known actor, short dated intervals (at most ACT_SPAN_DAYS) and either a specific kind on
    overlapping days or one event head within ACT_GAP_DAYS (a day's shift across time zones); no
    place named differently, no disjoint objects. With one actor unknown: one event head within
    ACT_GAP_DAYS. With one date missing: one event head, told in a source written on the other's
    day or at most ACT_GAP_DAYS after (_news_cycle), not only an exchange's head when a doer is unknown."""
    if a.kind != b.kind or a.kind in ("statement", "meeting") or (a.actor is None and b.actor is None):
        return False
    unknown = a.actor is None or b.actor is None
    if not unknown and not same_actor(a.actor, b.actor):
        return False
    if a.day is None and b.day is None or any((d[1] - d[0]).days > ACT_SPAN_DAYS for d in (a.day, b.day) if d):
        return False
    if (a.place and b.place and a.place != b.place) or objects_apart(a, b):
        return False
    if a.day is None or b.day is None:
        # Told undated in a source written on the act's day or the next: one news cycle, one act head
        # (not only an exchange's head when a doer is unknown: each side fired, two parts).
        return _news_cycle(a, b) and shared_head(a, b) and not (unknown and mutual_only(a, b))
    gap = day_gap(a.day, b.day)
    if unknown:
        # One source does not say who did it: one act head ("the boat collided with two patrol ships"
        # / "Japan intercepted the boat"), a day's shift allowed as for one actor.
        return gap is not None and gap <= ACT_GAP_DAYS and shared_head(a, b)
    return (a.kind in SPECIFIC_KINDS and gap == 0) or (gap is not None and gap <= ACT_GAP_DAYS and shared_head(a, b))


def _cores_share(a: ClaimFacts, b: ClaimFacts) -> bool:
    """The summaries share a word other than their actors' names ("Iran: testing a centrifuge" and
    "Iran: began enriching uranium" share only who did them), or one act head in other words ("launched"
    / "struck" told of one doer: words.toml [compatible], [one_doer])."""
    if a.kind == "statement" and (not a.own_core - a.speaker or not b.own_core - b.speaker):
        return True  # a summary that is only its speaker ("President X said on Thursday") tells nothing apart
    one_doer, one_target = _head_terms(a, b)
    return not a.own_core.isdisjoint(b.own_core) or bool(lexicon.one_head(
        a.own_core, b.own_core, one_doer, one_target and not _one_doer(a, b))) or (
        _one_doer(a, b) and not subject_head(a.event).isdisjoint(subject_head(b.event)) and not (
            lexicon.act_heads().intersection(a.own_core) and lexicon.act_heads().intersection(b.own_core)))


_PROPER_RE = re.compile(r"(?<=\s)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")  # capitalised words after the first word


def _one_named_place(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both summaries name one proper name that is no state, demonym or either actor's name ("steered toward the
    Iranian port of Bandar Abbas" / "was escorted to Bandar Abbas port"): where it happened, told in both (an anchor
    only on days at most ACT_GAP_DAYS apart, or one undated in one news cycle: a place sees many acts)."""
    names_a, names_b = _own_names(a, b)
    return bool(names_a & names_b)


def _own_names(a: ClaimFacts, b: ClaimFacts) -> tuple[set[str], set[str]]:
    """The proper names each summary holds that are no state, demonym, either actor's name, day, month or body: the
    places and things it names."""
    actors = {w for c in (a, b) if c.actor for w in c.actor.casefold().split()}
    # A day, a month or a body ("on Monday", "the Navy") is no place; a state's name or demonym is a side.
    plain = _not_places()

    def own(summary: str) -> set[str]:
        return {n for n in _PROPER_RE.findall(summary) for words in [n.casefold().replace("-", " ").split()]
                if not lexicon.sides_in(n) and not set(words) & actors and set(words) - plain}
    return own(a.event.summary), own(b.event.summary)


def _moves_to_two_places(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Session 27 (plink27): moves (MOVE_KINDS, both) told by one act head on two single days, each summary naming a place
    of its own and none in common ("landed at Kamina air base on Friday" / "reached Kolwezi on Saturday"): one force's two
    legs, not one move whose day the sources dispute (that one names its place in both: "landed at Lungi on Sunday" /
    "landed at Lungi on the night of 6 May"). Not two heads: a voyage's start and where it was next day ("had sailed
    from Haakonsvern" / "was at sea off the Lofoten") are one voyage."""
    if a.kind not in MOVE_KINDS or b.kind not in MOVE_KINDS or a.day is None or b.day is None:
        return False
    if a.day[0] != a.day[1] or b.day[0] != b.day[1] or a.day == b.day or not shared_head(a, b):
        return False
    names_a, names_b = _own_names(a, b)
    # A ship's or a craft's name is no place ("the arrival at the pole of the research ship Akademik Fyodorov" / "reached
    # the North Pole"), and a place told in one summary by a word of the other's is one place.
    things = {o.casefold() for c in (a, b) for o in c.objects}

    def parts(words: Iterable[str]) -> set[str]:
        return {p for w in words for p in w.split("_")}  # "north_pol" (one phrase read as one word) holds "pol"
    words_a = parts(w for n in names_a if n.casefold() not in things for w in lexicon.content_words(n))
    words_b = parts(w for n in names_b if n.casefold() not in things for w in lexicon.content_words(n))
    return bool(words_a and words_b) and words_a.isdisjoint(parts(b.core)) and words_b.isdisjoint(parts(a.core))


@cache
def _not_places() -> frozenset[str]:
    """Words of a proper name that name no place: stopwords (days, months), the reporting frame, bodies (places.toml)."""
    return lexicon.stopwords() | frozenset(lexicon.load("words")["frame"]["words"]) | frozenset(
        lexicon.load("places")["bodies"]["words"])


def _one_day_test(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's test (TEST_KINDS: one moment, unlike drills or voyages that hold many acts) on one
    single day in both, named objects not apart: one test however each source words it ("fired an ICBM" /
    "the launch")."""
    return (a.kind == b.kind and a.kind in TEST_KINDS and a.actor is not None and same_actor(a.actor, b.actor)
            and a.day is not None and a.day[0] == a.day[1] and a.day == b.day and one_act(a, b))


def _one_weapon_test(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's test of one named weapon (a shared object: "cruise missile") on single days at most
    ACT_GAP_DAYS apart: one test whose day two capitals tell apart ("tested a ground-launched cruise missile yesterday" /
    "the cruise missile test carried out on August 19"; session 17), however each words it."""
    if a.kind != b.kind or a.kind not in TEST_KINDS or a.actor is None or not same_actor(a.actor, b.actor):
        return False
    if a.day is None or b.day is None or a.day[0] != a.day[1] or b.day[0] != b.day[1]:
        return False
    gap = day_gap(a.day, b.day)
    return gap is not None and gap <= ACT_GAP_DAYS and bool(set(a.objects) & set(b.objects)) and not objects_apart(a, b)


def _one_day_move(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's ship movement or deployment on one single day in both, no place told otherwise, no other act
    heads, no attempt told: one move however each source words it ("the frigate Yavuz and three other warships sailed
    from Aksaz on Monday" / "on Monday, Ankara ordered its fleet to sea"; session 14). Not drills (a drill's day holds
    many acts: "began its largest-ever exercises" / "conducted live-fire shooting"), nor an attempted move against one
    done (words.toml [attempts]: "trying to pass through the Kerch Strait" / "illegally entered Russian waters": two
    stages of one voyage), nor two moves each naming a place or ship of its own ("docked at Sihanoukville" / "transited
    the Miyako Strait": one navy's two voyages)."""
    return (a.kind == b.kind and a.kind in MOVE_KINDS and a.actor is not None
            and same_actor(a.actor, b.actor) and a.day is not None and a.day[0] == a.day[1] and a.day == b.day
            and not _other_heads(a, b) and not _attempt_re().search(f"{a.event.summary} {b.event.summary}")
            and not all(_own_names(a, b)) and one_act(a, b))


@cache
def _attempt_re() -> re.Pattern[str]:
    """An attempt told in a summary (words.toml [attempts]: "trying to pass through the strait")."""
    cues = sorted(lexicon.load("words")["attempts"]["cues"], key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def _one_day_speech(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known speaker's statements told on one single day: two parts of one speech or briefing,
    each source quoting another part ("We will not give up an inch" / "Bishkek wanted peace")."""
    return (a.kind == "statement" and a.actor is not None and same_actor(a.actor, b.actor)
            and a.day is not None and b.day is not None and a.day[0] == a.day[1] == b.day[0] == b.day[1])


def _one_statement_parts(a: ClaimFacts, b: ClaimFacts, sim: float) -> bool:
    """One known speaker's statements whose sentences are worded alike (similarity >= SPEAKERS_SIM), each summary a
    fragment of what was said: two parts of one statement quoted apart ("said in a statement: Martyr Soleimani" /
    "said in a statement: Great Satan"), whose summaries need share no word."""
    return (a.kind == b.kind == "statement" and a.actor is not None and same_actor(a.actor, b.actor)
            and sim >= SPEAKERS_SIM and not a.attribution and not b.attribution)


def _one_person_one_day(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One named person's statements told on one single day (not a state's: a state speaks through many):
    parts of one speech, briefing or interview, whatever each source quotes of it."""
    return _one_day_speech(a, b) and a.actor not in state_names() and b.kind == "statement"


def _relay_says_it_too(relay: ClaimFacts, other: ClaimFacts) -> bool:
    """A relay of its sentence's act and a remark of one known speaker on overlapping days whose summaries share a
    word of their own, no act head ("The Kingdom strongly condemned the military aggression, saying seven soldiers
    were taken prisoner" / "condemned what it called an act of war"): the relay says what the remark says, one
    statement (the relayed act still links on its own)."""
    if relay.actor is None or not same_actor(relay.actor, other.actor) or day_gap(relay.day, other.day) != 0:
        return False
    # The relay's own words: its frame ("Morocco condemned: ..."), not the act it relays ("Russia said: its divers
    # recovered parts of the drone" shares "drone" with any remark on the drone).
    frame = relay.event.summary.partition(": ")[0]
    own = set(lexicon.content_words(frame)) & relay.own_core
    return bool(own - relay.speaker & (other.own_core - other.speaker) - lexicon.act_heads())


def _summaries_alike(a: ClaimFacts, b: ClaimFacts) -> bool:
    """No act heads that differ, and a word in common when both summaries have two or more."""
    if _other_heads(a, b):
        return False
    return len(a.core) < 2 or len(b.core) < 2 or bool(set(a.core) & set(b.core))


def counts_one_thing(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both count one thing, named by at least COUNT_THING_WORDS words in common ("four Filipino
    sailors hurt" / "4 Filipino sailors injured"), whatever the numbers."""
    return any(len(set(ta) & set(tb)) >= COUNT_THING_WORDS for _, ta, _ in a.counts for _, tb, _ in b.counts)


def _other_heads(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both summaries name event heads and none is shared: two different acts."""
    heads = lexicon.act_heads()
    ha, hb = heads.intersection(a.core), heads.intersection(b.core)
    return bool(ha and hb and not lexicon.one_head(ha, hb, *_head_terms(a, b)))


def _meeting_party(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two meetings where one's actor is a state the other names: a meeting has several parties,
    and each source may name a different one as its actor ("Britain and Ukraine signed" /
    "Ukrainian officials signed"). A meeting whose source names no actor ("When X and Y met") is
    the other's when its sentence names the other's actor."""
    if a.kind != "meeting" or b.kind != "meeting" or (a.actor is None and b.actor is None):
        return False
    return (a.actor is not None and _party_of(a.actor, b)) or (b.actor is not None and _party_of(b.actor, a))


@cache
def _accord_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Heads of an act two parties do together (paraphrases.toml [parties]), as content words read them; and those of
    them whose one party every telling names (each_named: a visit's host)."""
    parties = lexicon.load("paraphrases")["parties"]
    return (frozenset(lexicon.stem(name) for name in parties["names"]),
            frozenset(lexicon.stem(name) for name in parties.get("each_named", ())))


def _one_accord(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two acts (no statements) naming one accord head ("agreed" ~ "an understanding reached" ~ "the deal brokered
    by"), one's doer named in the other's sentence: one accord, told by either party or its broker (session 14). A
    visit told by the visitor and by its host ("would travel to Yemen" / "Yemen will receive a delegation headed by
    the envoy", session 15): each one's doer named in the other's sentence (the host is every visitor's destination)."""
    heads, each = _accord_heads()
    shared = heads.intersection(a.own_core, b.own_core)
    if a.kind == "statement" or b.kind == "statement" or not shared:
        return False
    named_a = a.actor is not None and _party_of(a.actor, b)
    named_b = b.actor is not None and _party_of(b.actor, a)
    return named_a and named_b if shared <= each else named_a or named_b


def _party_of(actor: str, meeting: ClaimFacts) -> bool:
    """The actor (a state, or a person by a name word: "rahmon") is named in the meeting's sentence."""
    text = meeting.event.evidence.exact
    if actor in state_names():
        return actor in lexicon.sides_in(text)
    named = _folded_words(text)  # "Nicolás" names "nicolas maduro"
    return any(len(w) > 2 and w in named for w in actor.split())


@lru_cache(maxsize=1 << 12)  # one sentence is asked about for many pairs
def _folded_words(text: str) -> frozenset[str]:
    return frozenset(folded_name(w) for w in lexicon.WORD_RE.findall(text))


def _news_cycle(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One claim dated, the other undated in a source written on its last day or at most ACT_GAP_DAYS after."""
    if (a.day is None) == (b.day is None):
        return False
    dated, undated = (a, b) if a.day is not None else (b, a)
    return undated.latest is not None and 0 <= (undated.latest - dated.day[1]).days <= ACT_GAP_DAYS


def _undated_fits(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Weak evidence of one date with a day missing: two statements whose possible days overlap
    (an undated one: the STATEMENT_RECENT_DAYS up to its source's writing), or two undated events
    whose sources were written at most EVENT_WINDOW_DAYS apart, or an undated test (TEST_KINDS) in a
    source written on a dated test's day or the next. (Any other undated event against a dated one
    may be any recent event: too weak alone.)"""
    if a.day is not None and b.day is not None:
        return False
    if a.kind != "statement":
        if a.day is not None or b.day is not None:
            # A test told undated in a source written on the other's day or the day after: one news
            # cycle (a test is one moment; drills and other acts go on for days).
            return a.kind in TEST_KINDS and _news_cycle(a, b)
        # Two undated events in sources written days apart: news reports both as recent.
        return (a.latest is not None and b.latest is not None
                and abs((a.latest - b.latest).days) <= EVENT_WINDOW_DAYS)
    da, db = said_when(a), said_when(b)
    return da is not None and db is not None and day_gap(da, db) == 0


def is_same_event(a: ClaimFacts, b: ClaimFacts, sim: float, copied: bool = False, dependent: bool = False) -> bool:
    """The same-event rule of the module docstring; copied: one sentence copied between two
    excerpts of one origin (parity/origins.py), which counts as one remark; dependent: the two
    excerpts share an origin (each sentence of a copy has its own counterpart)."""
    return same_event_miss(a, b, sim, copied, dependent) is None


def same_event_miss(a: ClaimFacts, b: ClaimFacts, sim: float, copied: bool = False,
                    dependent: bool = False) -> str | None:
    """Why two claims are not one event (the name of the first rule of is_same_event they fail), or
    None when they are one: the rule itself, and what `parity.evaluate --why` counts."""
    if _kinds_apart(a, b, sim, copied):
        # Copies of one sentence holding two events: only a shared act head makes two kinds one act.
        # A missile test and its live-fire drill (parity/acts.py).
        if firing_of_two_kinds(a, b):
            return None
        # One copied sentence's claim that extraction filed under two kinds in the two copies (a spun verb: "said" /
        # "mentioned", "to meet" / "to fulfill"): one claim (parity/counterparts.py, session 19).
        if copied and one_copied_claim(a, b, _other_heads(a, b)):
            return None
        # A statement telling, in its said words, an act no event of its sentence holds: compared as that act
        # (parity/relayed.py, session 17).
        told = _told_act(a, b, sim)
        if told is None:
            return "kinds differ"
        # The act its frame tells (_frame_act: verb and object named in both) is as alike as one subject's words.
        framed = told_acts(a, b) is None
        return same_event_miss(*told, max(sim, TOPIC_SIM) if framed else sim, copied, dependent)
    # A copied sentence is one remark for the events its copies share (summaries alike), not for
    # two events of the sentence ("shot down 21" and "launched a salvo" of one copied sentence).
    # Two speakers' quotes are one remark only when most of their words are shared: a short phrase that another
    # speaker's longer quote also holds is theirs each.
    remark = same_remark(a, b) and (same_actor(a.actor, b.actor) or _one_quote(a, b)) or (
        copied and _summaries_alike(a, b))
    if a.kind == "statement" and organs_apart(a, b) and not (remark and (copied or _quoted_both(a, b))):
        # One state's two bodies (its foreign ministry, its armed forces) make two statements (session 16).
        return "bodies differ"
    if a.kind == "statement" and not actors_agree(a, b) and not (remark and (copied or _quoted_both(a, b))):
        # Two speakers make two statements, unless they are quoted saying one thing: words in quote
        # marks, not what each is reported to say (the object of "stopped short of criticising").
        return "speakers differ"
    if a.kind == "statement" and not remark and not same_actor(a.actor, b.actor) and (
            sim < SPEAKERS_SIM or a.attribution or b.attribution):
        # A speaker of unknown side and another: the objects and counts they share are those of what
        # they speak about, not signs of one remark; only their words can tell, and not when one only
        # relays an act (its words are the act's).
        return "speaker unknown, words apart" if not (a.attribution or b.attribution) else "a relay"
    # One named person speaking on one day, told by independent sources: one speech, whatever each relays of it.
    speech = not dependent and _one_person_one_day(a, b)
    relay, other = (a, b) if a.attribution else (b, a)
    if (a.attribution != b.attribution and a.kind == "statement" and not remark and not speech
            and relay.own_core - relay.speaker
            and other.own_core - other.speaker and not _relay_says_it_too(relay, other)):
        # A relay of its sentence's act and a remark of its own: what one relays is the act (linked on
        # its own), what the other says is its own words, even from one speaker. (A summary that is only
        # its speaker, "the coast guard said", tells nothing either way.)
        return "a relay"
    if a.attribution and b.attribution and not remark and not speech and sim < SPEAKERS_SIM:
        # Two relays of acts ("..., the US military said"; "..., US officials said"): one statement
        # only when the acts they relay are told alike; one speaker and a shared ship are not enough.
        return "two relays, words apart"
    # One actor's only act of a kind on a day in either source is the other's counterpart (parity/sole.py, session 19),
    # unless they name places or things of their own ("sailed from Vladivostok" / "ordered to sea off Kamchatka").
    sole = not copied and sole_counterparts(a, b) and _sole_not_apart(a, b)
    if (not remark and len(a.core) >= 2 and len(b.core) >= 2 and not _cores_share(a, b) and not _one_day_speech(a, b)
            and not (not copied and (_one_day_test(a, b) or _one_day_move(a, b) or _one_weapon_test(a, b)))
            and not _one_statement_parts(a, b, sim) and not sole and not driven_out(a, b)):
        return "summaries share no word"  # two events, even from one sentence
    if not remark and _other_heads(a, b) and not driven_out(a, b):
        return "other act heads"  # "docked" and "left port", "struck" and "captured": two acts
    if not remark and envoys_apart(a, b):
        return "envoys apart"  # "summoned the Iranian ambassador" / "the British ambassador had been summoned": two summonses
    if not remark and (a.kind != "statement" and b.kind != "statement" or a.attribution and b.attribution) and (
            same_actor(a.actor, b.actor) and targets_apart(targets_of(a), targets_of(b))):
        # One actor's acts done to two things ("seized a tanker" / "seized a fishing boat", "sanctioned three banks"
        # / "sanctioned the defence minister"): two acts, at most one subject; and one speaker's two relays of them
        # (a relay's words are its act's). Not two actors' (a collision told from either side: "intercepted a
        # fishing boat" / "the boat crashed into two patrol vessels", each side's thing the other's target).
        return "targets apart"
    if not remark and a.kind != "statement" and b.kind != "statement" and (a.actor is None or b.actor is None) and (
            told_apart(told_in(a.event.summary, a.event.evidence.exact), told_in(b.event.summary, b.event.evidence.exact))):
        # Session 25 (plink25): a doer untold in one act at least, each done to a thing of its own the other never
        # names ("struck a missile site near Sirte" / "a patrol boat was struck by the aggressors"): two acts, as one
        # actor's are; an incident told from either side names the other's thing too ("His trawler rammed ...").
        return "targets apart"
    if not remark and ships_apart(a, b):
        return "ships apart"  # "the corvette Stoikiy sailed" / "the corvette Soobrazitelny sailed": two ships' moves
    if not remark and (moves_apart(a, b) or _moves_to_two_places(a, b)):
        return "moves apart"  # one side's moves of days apart: "anchored on Sunday" / "moved closer on Wednesday"
    if not remark and repeats_apart(a, b):
        return "told repeated"  # "intercepted a plane for a second day Wednesday" / "intercepted a plane on Tuesday"
    if not remark and (crossed(a, b) or sides_parts(a, b)):
        return "each side's act"  # a strike and its answer: two acts
    # A generic topic both name (talks, sanctions: aliases.toml [policies]) is no anchor: every claim of the story
    # names it ("were expected to return to dialogue soon" / "a third round of talks is likely in the coming weeks").
    objects = bool(set(a.objects) & set(b.objects) - _policies())
    place = a.place is not None and a.place == b.place
    gap = day_gap(a.day, b.day)
    anchored = (same_actor(a.actor, b.actor) or _meeting_party(a, b) or objects or place or remark
                or (sim >= ANCHOR_SIM and not _undated_doer_unknown(a, b))
                or (shared_head(a, b) and actors_agree(a, b)) or from_either_side(a, b)
                # One thing counted anchors on close days, or (session 17) one undated told in the other's news cycle
                # by an independent source (a copy's sentences have their counterparts already).
                or ((gap is not None and gap <= ACT_GAP_DAYS or gap is None and not dependent and _news_cycle(a, b))
                    and counts_one_thing(a, b) and not _two_doers(a, b))
                or one_toll(a, b) or _unknown_doer_one_day(a, b, sim) or _one_accord(a, b)
                or _state_and_its_person(a, b, sim) or sole
                or (_one_named_place(a, b)
                    and (gap is not None and gap <= ACT_GAP_DAYS or gap is None and _news_cycle(a, b))))
    if not anchored:
        return "no anchor"
    # Undated, told in sources written days apart, is no sign of one day either (session 13: "convened an emergency
    # meeting of security ministers" / "flew to Seoul and met Mr. Lee" nine days later).
    apart = gap or (gap is None and not _undated_fits(a, b) and not _news_cycle(a, b))
    if apart and not same_actor(a.actor, b.actor) and _meeting_party(a, b) and not (
            remark or objects or place or sim >= ANCHOR_SIM or shared_head(a, b)):
        # Two meetings tied only as one's actor named in the other's sentence, on other days: a party's two meetings
        # ("met the service chiefs and the foreign minister on Tuesday" / "the foreign minister spoke to X on
        # Wednesday"), not one whose day the sources dispute.
        return "a party's other meeting"
    if a.kind != b.kind and not (remark or place or shared_head(a, b) or sim >= OBJECT_TOPIC_SIM or firing_of_two_kinds(a, b)):
        # An act filed under "other" and one of a specific kind, tied only by their actor and a thing both name (the
        # ship both acts were aimed at): two of its acts ("dropped four bombs in the path of the destroyer" / "coming
        # within 100 metres of the destroyer"), unless one head, one place or words alike tell one act.
        return "two kinds, only actor and thing in common"
    if dependent and not copied and sim < TOPIC_SIM and not (
            remark or objects or place or shared_head(a, b) or counts_one_thing(a, b) or one_act(a, b)
            or from_either_side(a, b)):
        # Excerpts of one origin tell each sentence in its own copy, linked to it: two other sentences of theirs,
        # worded apart and tied only by their actor (one speaker, one state), are two of its claims.
        return "a copy's other sentence"
    if not remark and _two_states_people(a, b):
        # Acts counting people or things of two states, none in common ("expelling 10 Russian diplomats" /
        # "expelling 10 Americans"): each done to one state's own, two acts, whoever extraction read as the doer.
        return "two states' people counted"
    if not remark and _two_sides_acts(a, b) and not from_either_side(a, b) and count_difference(a, b) is not None:
        # Two states' acts counting one thing differently ("expelling 10 Russian diplomats" of Washington /
        # "Warsaw expelled three Russian diplomats"): each state's own act, not one act told with two doers and
        # two figures (one incident told by either side is from_either_side, its counts compared).
        return "two states' counts"
    if not remark and _two_doers(a, b) and not from_either_side(a, b) and not _one_accord(a, b) and (
            gap != 0 or not (place or _one_thing(a, b) or sim >= ANCHOR_SIM)):
        # Two states' acts, each naming its own doer ("Britain imposed sanctions" / "Japan imposed
        # sanctions"): one act told with a disputed doer only on one day, at one place or thing or in
        # nearly the same words.
        return "two doers named"
    if not remark and not dependent and _rival_measure(a, b, sim, objects or place):
        # Session 26 (plink26): a source telling one doer's several acts of that kind on the day ("renounced the
        # treaty", "ordered the advisers out", "cut the embassy's staff"): actor and day fit each, so they tie none
        # to the other source's act; only one head, thing, count, place or words alike do.
        return "one doer's other act of the day"
    if not remark and not one_act(a, b) and not from_either_side(a, b) and not one_toll(a, b) and not (
            not dependent and _one_person_one_day(a, b)) and not _unknown_doer_test(a, b) and not sole and (
            sim < EVENT_FLOOR or event_score(a, b, sim) < EVENT_SCORE):
        return "score under threshold"
    ga, gb = told_group(a), told_group(b)
    if ga != gb and {ga, gb} != {"fact", "denied"}:
        # A plan and the act done, even on the planned day, are one subject at two times; so are a
        # plan and its refusal ("will consider invoking Article 4" / "decided not to invoke it").
        return "modality differs"
    if a.kind == "statement" and not remark:
        # One speaker speaks on many days: two statements are one remark only when their dates
        # overlap, or, with a date missing, when they say the same thing in nearly the same words.
        if gap is None:
            # An undated statement was made in the few days before its source was written.
            da, db = said_when(a), said_when(b)
            if da is None or db is None:
                return None if sim >= STATEMENT_SAME_WORDS else "statement undated, words apart"
            # The same words, one undated, are one remark reported later, if recent to that source.
            return None if day_gap(da, db) == 0 or (sim >= STATEMENT_SAME_WORDING and not (
                _after(b, a, 0) or _after(a, b, 0))) else "statement undated, days apart"
        return None if gap == 0 else "statement dates apart"
    window = REMARK_WINDOW_DAYS if remark else EVENT_WINDOW_DAYS
    if gap is None:
        return None if not (_after(b, a, window) or _after(a, b, window)) else "undated, not recent"
    return None if gap <= window else "dates apart"


def _rival_measure(a: ClaimFacts, b: ClaimFacts, sim: float, thing_or_place: bool) -> bool:
    """One doer's measures (MEASURE_KINDS) of a kind and day whose source tells another act of its that could be the
    other's (sole.rival_acts), or both told done on one dated day (_measures_of_one_day), tied by nothing but actor and
    day: no act head, thing, place, count, figure or toll in common, words apart (similarity < TOPIC_SIM), each naming
    two words of its own at least and none in common (_own_things)."""
    if a.kind not in MEASURE_KINDS or sim >= TOPIC_SIM:
        return False
    if not rival_acts(a, b) and not _measures_of_one_day(a, b):
        return False
    own_a, own_b = _own_things(a), _own_things(b)
    # A summary of a word or none of its own ("announced in Reykjavik the day before yesterday") tells nothing apart;
    # one figure told in both ("to two compounds" / "closing two properties") may be one thing named apart.
    figures = {value for value, _, _ in a.counts} & {value for value, _, _ in b.counts}
    return len(own_a) >= 2 and len(own_b) >= 2 and own_a.isdisjoint(own_b) and not figures and not (
        thing_or_place or shared_head(a, b) or counts_one_thing(a, b) or one_toll(a, b) or one_act(a, b)
        or from_either_side(a, b) or _one_named_place(a, b))


def _measures_of_one_day(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's measures of one kind, each told done on one day ("Russia expelled two Latvian diplomats on
    Friday" / "Russia banned imports of Latvian dairy products on Friday"): each source's only one of that day, yet
    not one measure when nothing but actor and day ties them (_rival_measure). Not plans ("will impose curbs on the
    neighbour's firms" / "would answer with steps of its own": a plan's words are vague, parity/sole.py)."""
    return (a.kind == b.kind and a.actor is not None and same_actor(a.actor, b.actor) and day_gap(a.day, b.day) == 0
            and told_group(a) == told_group(b) == "fact")


@cache
def _not_things() -> frozenset[str]:
    """Stems of the words of states' long forms and of their rulers as a body (words.toml [state_forms])."""
    return frozenset(lexicon.stem(w) for w in lexicon.load("words")["state_forms"]["words"])


@cache
def _envoy_words() -> frozenset[str]:
    """Stems of an envoy's titles (words.toml [one_way] envoys): one kind of person however a source titles it."""
    return frozenset(w for title in lexicon.load("words")["one_way"]["envoys"] if " " not in title
                     for w in lexicon.content_words(title))


def _own_things(c: ClaimFacts) -> set[str]:
    """The summary's content words less its states, its actor's name and states' long forms: what the act was, and was
    done to ("renounced its friendship treaty with the Soviet Union": give_up, friendship, treaty); an envoy's titles
    read as one word ("expelled the ambassador" / "ordered the envoy to leave")."""
    actor = set(lexicon.content_words(c.actor or ""))
    own = set(lexicon.content_words(lexicon.without_states(c.event.summary))) - actor - _not_things()
    envoys = _envoy_words()
    return {"envoy" if w in envoys else w for w in own}


def _sole_not_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Nothing tells two sole counterparts (parity/sole.py) apart as one_act and _one_day_move would: no place told
    otherwise, no objects apart, no attempt told ("trying to pass through the strait" / "entered the waters"), and not
    each naming a place or ship of its own ("steamed past Vladivostok" / "transited the Tsugaru Strait") unless both
    name one thing ("steamed north from Bergen" / "a squadron led by the frigate X was at sea off the cape", the frigate
    in both)."""
    if (a.place and b.place and a.place != b.place) or objects_apart(a, b):
        return False
    if _attempt_re().search(f"{a.event.summary} {b.event.summary}"):
        return False
    return not all(_own_names(a, b)) or bool(set(a.objects) & set(b.objects))


def _state_and_its_person(a: ClaimFacts, b: ClaimFacts, sim: float) -> bool:
    """One act of one kind (no statement or meeting) told of a state by one source and of a person whose side is not
    known (or is that state) by the other, on days at most ACT_GAP_DAYS apart, worded alike (sim >= TOPIC_SIM): its
    leader or officer doing the state's act ("President X ordered 35 diplomats out" / "Ruritania expelled 35
    diplomats"; "Acting President Y declared a state of emergency" / "a state of emergency was declared"; session 17),
    sharing a word of what was done: not the person's name or title ("President X had been detained" / "Acting
    President Y declared ..." share only those)."""
    if a.kind != b.kind or a.kind in ("statement", "meeting") or sim < TOPIC_SIM or a.actor is None or b.actor is None:
        return False
    states = state_names()
    if (a.actor in states) == (b.actor in states):
        return False
    state, person = (a, b) if a.actor in states else (b, a)
    gap = day_gap(a.day, b.day)
    if (person.sides and state.actor not in person.sides) or gap is None or gap > ACT_GAP_DAYS:
        return False
    return bool(a.own_core & b.own_core - title_stems())  # own_core already leaves out each actor's name


def _act_told_as_said(a: ClaimFacts, b: ClaimFacts, sim: float, copied: bool) -> bool:
    """One actor's act that extraction filed as a statement in one source ("Obama hit back at Russia on Thursday,
    ordering sanctions", read as a remark for its verb) and under its kind in the other: a statement that relays
    no act of its sentence (no attribution) and denies nothing, of the act's own known actor, told in words alike
    (similarity >= TOPIC_SIM, or one sentence copied with summaries alike and a word of their own in common)."""
    said, act = (a, b) if a.kind == "statement" else (b, a)
    if said.kind != "statement" or act.kind == "statement" or said.attribution or said.negated or said.denied:
        return False
    if not _verb_is_the_act(said, act) or not (copied or same_actor(said.actor, act.actor)):
        return False
    if copied:
        return _summaries_alike(said, act)
    return sim >= TOPIC_SIM


def _verb_is_the_act(said: ClaimFacts, act: ClaimFacts) -> bool:
    """The statement's own verb (its summary's frame, "Barack Obama hit back: ...", less its speaker) names a word
    of the act's own summary: what extraction read as a way of speaking is the act ("hit back" ~ "struck back"),
    not "said" or "says" about it."""
    frame, sep, _ = (said.event.summary or "").partition(": ")
    if not sep:
        return False
    # Less the speaker's name and role (said.speaker holds the frame's every word, its verb too).
    verb = set(lexicon.content_words(frame)).difference(
        lexicon.content_words(said.event.actor or ""), lexicon.content_words(said.event.actor_role or ""))
    return bool(verb & act.own_core)


def _kinds_apart(a: ClaimFacts, b: ClaimFacts, sim: float, copied: bool) -> bool:
    """Two kinds that no rule makes one act's: not "other" and a specific kind of one actor, nor an act told as said."""
    return a.kind != b.kind and not (_kinds_compatible(a, b) and (not copied or shared_head(a, b))) and not (
        _act_told_as_said(a, b, sim, copied))


def _as_compared(a: ClaimFacts, b: ClaimFacts, sim: float, copied: bool) -> tuple[ClaimFacts, ClaimFacts]:
    """The pair as same_event_miss compared it: a statement telling an act seen as that act where kinds keep them
    apart (parity/relayed.py), else the pair itself."""
    if _kinds_apart(a, b, sim, copied) and not firing_of_two_kinds(a, b):
        told = _told_act(a, b, sim)
        if told is not None:
            return told
    return a, b


def _told_act(a: ClaimFacts, b: ClaimFacts, sim: float) -> tuple[ClaimFacts, ClaimFacts] | None:
    """A statement and an act, the statement seen as the act its said words tell (parity/relayed.py), when those words
    count the act's thing ("By Sunday, 9 Turkish warships were in the area" / "sent 12 warships"), or name the act's
    own doer, on its day or told in its news cycle (_news_cycle), with its head or in words alike (>= TOPIC_SIM): not
    another act of one thing ("would try to recover the wreckage of the drone" / "struck the drone's propeller"). The
    doer, head and words without the day linked a false pair on an unseen set."""
    told = told_acts(a, b)
    if told is None:
        return _frame_act(a, b)
    if counts_one_thing(*told):
        return told
    x, y = told
    view, act = (x, y) if a.kind == "statement" else (y, x)
    gap = day_gap(view.day, act.day)
    when = gap == 0 if gap is not None else _news_cycle(view, act)
    if when and view.actor is not None and same_actor(view.actor, act.actor) and (shared_head(x, y) or sim >= TOPIC_SIM):
        return told
    return None


def _frame_act(a: ClaimFacts, b: ClaimFacts) -> tuple[ClaimFacts, ClaimFacts] | None:
    """Session 18 (pe2e18): a statement and an act, the statement seen as the act its frame tells (relayed.frame_tells:
    "Japan lodged: a protest with Seoul on Friday" / "Japan: lodged a protest over the incident"; "Ruritania handed a
    protest note: to the embassy" / "Ruritania: hand a protest note to the embassy"), on days at most ACT_GAP_DAYS apart
    or one undated told in the other's news cycle: extraction files one protest as a remark in one source and as a deed
    in the other, each summary going on about other things (their similarity stays low)."""
    said, act = (a, b) if a.kind == "statement" else (b, a)
    if not frame_tells(said, act):
        return None
    gap = day_gap(said.day, act.day)
    if not (gap <= ACT_GAP_DAYS if gap is not None else _news_cycle(said, act)):
        return None
    view = as_frame_act(said, act.kind)
    return (view, act) if a.kind == "statement" else (act, view)


def _unknown_doer_one_day(a: ClaimFacts, b: ClaimFacts, sim: float) -> bool:
    """Acts (not statements) on days at most ACT_GAP_DAYS apart (a day's shift, as one_act allows), a doer unknown in
    one of them at least, told in words alike (similarity >= TOPIC_SIM): with no doer to compare, the words and the day
    are what anchors one act ("entered U.S. airspace over Alaska on Jan. 28" / "entered U.S. airspace over the
    Aleutian Islands" that day); or one told undated in a source written on the other's day or the next (one news
    cycle), or both undated in sources written at most EVENT_WINDOW_DAYS apart (_undated_fits), in words much alike
    (similarity >= UNKNOWN_DOER_TOPIC_SIM). A test (TEST_KINDS: one moment) of one single day in both is anchored
    whatever its words ("North Korea fired an ICBM early Tuesday" / "the Hwasong-19 was test-fired at 07:10 on
    Tuesday")."""
    if a.kind == "statement" or b.kind == "statement" or (a.actor is not None and b.actor is not None):
        return False
    if _unknown_doer_test(a, b):
        return True  # a test is one moment: one single day's test of one kind, its doer unknown in one, is that test
    gap = day_gap(a.day, b.day)
    return sim >= TOPIC_SIM and gap is not None and gap <= ACT_GAP_DAYS or (
        sim >= UNKNOWN_DOER_TOPIC_SIM and gap is None and (_news_cycle(a, b) or _undated_fits(a, b)))


def _undated_doer_unknown(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Session 28 (plink28): acts (not statements), a doer unknown in one at least and a day missing in one, not told in
    one news cycle (_news_cycle, _undated_fits): words alike alone (ANCHOR_SIM) do not anchor them, as
    _unknown_doer_one_day asks ("crossed into Canadian airspace above the Yukon on Tuesday" / "A surveillance balloon
    entered Canadian airspace over the Yukon", told weeks later: one crossing word since paraphrases.toml
    border_crossed, and any later balloon's)."""
    if a.kind == "statement" or b.kind == "statement" or (a.actor is not None and b.actor is not None):
        return False
    if a.day is not None and b.day is not None:
        return False
    return not (_news_cycle(a, b) or _undated_fits(a, b))


def _unknown_doer_test(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One single day's test of one kind (TEST_KINDS), its doer unknown in one of the two, objects not apart: that
    test, whatever its words (its score need not pass either: "fired an ICBM early Wednesday" / "the Hwasong-15 was
    successfully test-fired at 02:48", session 17)."""
    if a.kind != b.kind or a.kind not in TEST_KINDS or (a.actor is not None and b.actor is not None):
        return False
    if a.day is None or b.day is None or not a.day[0] == a.day[1] == b.day[0] == b.day[1]:
        return False
    return not objects_apart(a, b)


def _two_deeds_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's two acts of one kind (not statements, drills or deployments: LASTING_KINDS) with the same act
    heads (a deed repeated, not a development: "seized" / "released"), both told as done, dated more than
    DEEDS_APART_DAYS apart, naming no one thing in common (_named_thing): two deeds, no one subject by their words."""
    if a.kind != b.kind or a.kind in LASTING_KINDS or told_group(a) != "fact" or told_group(b) != "fact":
        return False
    if a.actor is None or not same_actor(a.actor, b.actor):
        return False  # one known actor's deeds only: an unknown doer's may be one thing's story (a cut cable, its repair)
    gap = day_gap(a.day, b.day)
    if gap is None or gap <= DEEDS_APART_DAYS or any(map(_named_thing, set(a.objects) & set(b.objects))):
        return False
    # A deed repeated (one head in both: "met" / "met", "test-fired" / "test-fired"), not a development of one
    # subject told by another head ("seized" / "released", "damaged" / "repairs were completed").
    heads = lexicon.act_heads() | PLANNED_HEADS
    ha, hb = heads.intersection(a.own_core), heads.intersection(b.own_core)
    return ha == hb


def _deeds_repeated(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two deeds told done that parity/repeats.py tells apart (two ships' moves, one side's moves days apart, an act
    told done once more against one of another day): the same deed repeated, no one subject by their words alone (a
    trip's arrival and departure still link, as one_trip)."""
    if told_group(a) != "fact" or told_group(b) != "fact":
        return False
    if ships_apart(a, b):
        return True
    # One named thing told at two times ("HMS Richmond sailed through the strait", and again weeks later) is one subject;
    # so is a development told by another head ("took over the buildings" / "withdrew from the buildings").
    if not (moves_apart(a, b) or repeats_apart(a, b)) or one_ship(a, b) or any(
            map(_named_thing, set(a.objects) & set(b.objects))):
        return False
    heads = lexicon.act_heads() | PLANNED_HEADS
    return heads.intersection(a.own_core) == heads.intersection(b.own_core)


def _editions_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's drills or deployments (lasting acts, not statements) dated more than EDITIONS_APART_DAYS
    apart, naming no one thing in common (_named_thing): two editions ("Zapad 2009" / this year's), no one subject by
    their words alone."""
    if a.kind != b.kind or a.kind not in LASTING_KINDS - {"statement"}:
        return False
    if a.actor is None or not same_actor(a.actor, b.actor):
        return False
    gap = day_gap(a.day, b.day)
    return gap is not None and gap > EDITIONS_APART_DAYS and not any(map(_named_thing, set(a.objects) & set(b.objects)))


def drill_phases(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's drill told by a phase ahead in one claim ("will end on Wednesday", "will stage drills from
    Sunday") and, in the other, a phase done that reaches the plan's last day, at most DRILL_PHASE_DAYS past it ("ran
    from 14 to 20 September", "ended four days of naval exercises"), no place or objects told otherwise: one drill at
    two times, whatever words each uses (same_topic)."""
    if a.kind != "military_exercise" or b.kind != a.kind or a.actor is None or not same_actor(a.actor, b.actor):
        return False
    if a.day is None or b.day is None or {told_group(a), told_group(b)} != {"fact", "future"}:
        return False
    plan, done = (a, b) if told_group(a) == "future" else (b, a)
    # The deed reaches the plan's last day: its end or a later phase, not the start of a drill whose length the plan
    # tells ("began exercises" / "due to run until Sunday": the eval README's [lasting] convention). Session 18: or
    # the drill's end told of a day within the plan's days, in a source written after the plan ("expected to last
    # until the 1st" / "ended its manoeuvres four days ahead of schedule"): the plan and what came of it.
    early_end = (tells_end(done.event.summary) and plan.day[0] <= done.day[1] <= plan.day[1]
                 and plan.written is not None and done.written is not None and done.written[0] > plan.written[1])
    if not early_end and not plan.day[1] <= done.day[1] <= plan.day[1] + timedelta(days=DRILL_PHASE_DAYS):
        return False
    return not (a.place and b.place and a.place != b.place) and not objects_apart(a, b)


def one_toll(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One toll told twice: acts (not statements) whose summaries name one outcome (the dead, the wounded) with a count
    each, on days at most ACT_GAP_DAYS apart, no place told otherwise ("six of its sailors were wounded" / "Three
    Ukrainian servicemen were wounded"): one event, whose counts are compared."""
    if a.kind == "statement" or b.kind == "statement" or not a.counts or not b.counts:
        return False
    if not _outcomes().intersection(a.core, b.core) or (a.place and b.place and a.place != b.place):
        return False
    gap = day_gap(a.day, b.day)
    if gap is None:
        return _undated_fits(a, b) or _news_cycle(a, b)  # told undated in one news cycle
    return gap <= ACT_GAP_DAYS


def _named_thing(obj: str) -> bool:
    """An object that names one thing (a ship "uss carney", a model "hwasong-15"), not a kind the word lists know
    ("warship", "drone") nor a one-word kind ("police"): two deeds naming it tell one subject."""
    known, _ = _object_kinds()
    return obj not in known and (" " in obj or "-" in obj or any(ch.isdigit() for ch in obj))


def _one_thing(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both name one thing (no generic topic): a named one, or a kind both summaries tell with a word of their own in
    common ("the frigate Yavuz" in both). A kind alone ("Turkey sent three warships" / "Greece had 10 warships in
    the area", session 14) is each side's own."""
    shared = set(a.objects) & set(b.objects) - _policies()
    if not shared:
        return False
    kinds = {w for obj in shared for w in lexicon.content_words(obj)}
    return any(map(_named_thing, shared)) or bool(set(a.own_core) & set(b.own_core) - kinds)


def _two_doers(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Acts of two states, each naming its own doer ("Warsaw expelled three diplomats" / "Washington expelled
    10"): the thing both count is no anchor, each state did its own act."""
    return _two_sides_acts(a, b) and doer_named(a) and doer_named(b)


def _kinds_compatible(a: ClaimFacts, b: ClaimFacts) -> bool:
    """An act filed under "other" and one of a specific kind or a meeting (not a statement or sanction):
    extraction files one act under either ("fired a barrage" as a missile test, "the largest assault" as other)."""
    kinds = {a.kind, b.kind}
    # Two known actors that differ, each filed under its own kind, are two acts (a drill and the other side's answer).
    return "other" in kinds and bool(kinds & (SPECIFIC_KINDS | {"meeting"})) and actors_agree(a, b)


_LEADING_NAME_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s*)*")  # a summary's leading capitalised words


@cache
def _doers() -> tuple[re.Pattern[str], bool]:
    data = lexicon.load("doers")
    heads = sorted(data["undergoing"]["heads"], key=lambda h: (-len(h), h))
    return (re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w-])", re.IGNORECASE),
            bool(data["place"]["own_actor_no_place"]))


def _place_is_a_doer(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One claim's place is one claim's actor: a doer's name read as the place (doers.toml [place])."""
    return _doers()[1] and bool({a.place, b.place} & {a.actor, b.actor} - {None})


@cache
def _cardinals() -> frozenset[str]:
    return frozenset(lexicon.load("words")["numbers"]["cardinals"])


OPENING_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "both", "all", "some", "several"})


def _opens_with_verb(told: str) -> bool:
    """A summary that opens with a lowercase word other than a determiner or a number: a verb ("expelling",
    "struck"), its subject left outside."""
    first = told.split()[0] if told.split() else ""
    cardinals = _cardinals()
    return first[:1].islower() and first.casefold() not in OPENING_WORDS and first.casefold() not in cardinals \
        and not first[:1].isdigit()


@per_claim("memo_doer_named")
def doer_named(c: ClaimFacts) -> bool:
    """The claim names its actor as the subject of its act, in its own words: in its sentence before its
    summary, in that clause ("Israeli jets struck the convoy"), or in a summary's first words when it
    opens the sentence; not an actor from a frame (", Japan said"), a pronoun or a passive with no agent."""
    if c.actor is None:
        return False
    text, summary = c.event.evidence.exact, c.event.summary
    if _doers()[0].search(summary):
        return False  # "An American drone fell into the sea": its owner named, not a doer (doers.toml)
    told = summary.split(": ", 1)[-1].rstrip("\u2026")[:SUMMARY_PROBE]
    at = text.find(told) if told else -1
    if at < 0:
        return False
    if at:
        subject = CLAUSE_OPENERS_RE.split(text[:at])[-1]
    elif _opens_with_verb(told):
        subject = ""  # "expelling 10 Russian diplomats": the doer is outside the evidence, the words are its object
    else:
        subject = " ".join(_before_head(told.split()[:SUBJECT_WORDS]))
    # A summary that opens with a name names its doer whatever comes before it ("after Warsaw expelled ...").
    subject += " " + " ".join(_LEADING_NAME_RE.match(told).group(0).split()[:SUBJECT_WORDS])
    if c.actor in state_names():
        return c.actor in lexicon.sides_in(subject)
    named = _folded_words(subject)
    return any(len(w) > 2 and w in named for w in c.actor.split())


def _before_head(words: list[str]) -> list[str]:
    """The words before the first verb: the subject, not the object ("expelling 10 Russian diplomats" names no
    doer; "Russian jets struck" does)."""
    heads = lexicon.act_heads()
    for k, word in enumerate(words):
        # A verb: an act head, or a lower-case "-ed" / "-ing" form (names are capitalised).
        if word.islower() and word.endswith(("ed", "ing")) or not heads.isdisjoint(lexicon.content_words(word)):
            return words[:k]
    return words


def plan_on_its_day(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A plan for a day (or at most PLAN_DAY_SPAN days) in one claim and, in a source written later, a deed done within
    it (not two statements), whatever kinds or actors each names, whose summaries name one place or share a word of
    their own, no state or generic topic ("is expected to meet his counterpart at Moldo on Monday" / "The corps
    commanders met at Moldo on June 22"): what the plan came to, one subject at two times (same_topic)."""
    if a.day is None or b.day is None or a.kind == b.kind == "statement":
        return False
    groups = (told_group(a), told_group(b))
    if set(groups) != {"fact", "future"}:
        return False
    plan, done = (a, b) if groups[0] == "future" else (b, a)
    if (plan.day[1] - plan.day[0]).days > PLAN_DAY_SPAN or not plan.day[0] <= done.day[0] <= done.day[1] <= plan.day[1]:
        return False
    # A source dated by month or year only was written no earlier than the past deed it tells (the eval README's
    # status rule): "on 8 December the Commonwealth suspended Fiji" in a December piece is later than a plan of the 5th.
    told_from = done.written[0] if done.written is not None else None
    if done.written is not None and done.written[1] > done.written[0]:
        told_from = max(done.written[0], min(done.day[1], done.written[1]))
    if plan.written is None or told_from is None or told_from <= plan.written[1]:
        return False  # told in one news cycle: the plan and another act of its day
    told = f"{plan.event.summary} {plan.event.date.phrase or ''}".casefold()
    if not _lasting().isdisjoint(lexicon.WORD_RE.findall(told)):
        return False  # how long an act under way lasts ("due to run until Sunday"): every deed of its days is no outcome
    if a.actor is not None and b.actor is not None and not same_actor(a.actor, b.actor) and not _meeting_party(a, b) \
            and not topics.state_and_unplaced_person(a, b):
        return False  # another state's deed of that day ("will vote on the proposal" / "voted down Russia's agenda")
    if a.kind == b.kind == "meeting" and (a.actor is None or b.actor is None) and not _meeting_party(a, b):
        return False  # a meeting naming none of the planned one's parties: other people's, in that city that day
    # A word of their own, not a state's name, a generic topic or an act head (a vote, a meeting: many of a day). A
    # state an act is done to is its object, not a party ("consider suspending Fiji" / "suspended Fiji"): it counts.
    done_to = {kind for family, kind in targets_of(a) | targets_of(b) if family == STATE}
    shared = {w for w in a.own_core & b.own_core if not set(lexicon.sides_in(w.replace("_", " ").title())) - done_to}
    return bool(shared - _policies() - lexicon.act_heads()) or _one_named_place(a, b)



def _after(a: ClaimFacts, b: ClaimFacts, window: int) -> bool:
    """a is dated after the last day undated b can have happened (b's source was written), or long
    before it: news reports an undated event as recent, so one dated more than UNDATED_RECENT_DAYS
    before the undated claim's source was written is taken as another event."""
    if a.day is None or b.latest is None:
        return False
    return (a.day[0] - b.latest).days > window or (b.latest - a.day[1]).days > UNDATED_RECENT_DAYS


def _plan_then(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One claim a plan, the other, in a source written later, the act done or not done ("will consider
    whether to invoke Article 4" / "decided not to invoke it"): what followed, no contradiction."""
    plan, other = (a, b) if told_group(a) == "future" else (b, a)
    if told_group(plan) != "future" or told_group(other) == "future":
        return False
    return plan.written is not None and other.written is not None and other.written[0] > plan.written[1]


def _one_state_line(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two statements of one state's own officials (one known side each, the same) taking one stance on one
    target, positive in both, within STATE_LINE_DAYS: the state's line told twice ("Russia blames Washington")."""
    if a.kind != "statement" or b.kind != "statement" or len(a.sides) != 1 or a.sides != b.sides:
        return False
    gap = day_gap(a.day, b.day)
    if gap is not None and gap > STATE_LINE_DAYS:
        return False
    return any(sa.stance == sb.stance and sa.stance != NEUTRAL and sa.target == sb.target
               and sa.polarity == sb.polarity == "positive" and sa.sides == sb.sides == a.sides
               for sa in a.stances for sb in b.stances)


def _acts_may_relate(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Not two statements: the relations of acts, plans and meetings in score_pair are each false for two statements
    by their own first test, so the commonest pairs (two statements, ~45%) skip those calls
    (tests/parity/test_speed_session13.py holds every one of them false for two statements)."""
    return a.kind != "statement" or b.kind != "statement"


def score_pair(a: ClaimFacts, b: ClaimFacts, index: Index, copied: bool = False,
               dependent: bool = False) -> Scored | None:
    """The relation of b to a, seen from a, or None when they are not related (copied, dependent: see is_same_event)."""
    sim = similarity(a, b, index)
    if is_same_event(a, b, sim, copied, dependent):
        # A statement linked as the act it tells (parity/relayed.py) differs from that act as an act would.
        a, b = _as_compared(a, b, sim, copied)
        diffs = _event_differences(a, b)
        if _tally_grew(a, b, diffs):
            # A running tally told again days later, higher ("3,000 detained" / "more than 9,900 detained"): what
            # followed, not two sources' figures for one moment; the figures are shown.
            return Scored(Relation.same_topic, round(sim, 3), tuple(diffs), agrees=True)
        # An actor difference is material only when both name their doer (else it is shown only).
        agrees = all(d.attribute == "actor" for d in diffs) and not (diffs and doer_named(a) and doer_named(b))
        return Scored(Relation.same_event, round(sim, 3), tuple(diffs), agrees=agrees)
    trip = one_trip(a, b)
    if copied and not trip:
        return None  # one sentence copied: each of its events links to its own counterpart only
    material = _stance_differences(a, b)
    same_stance = any(sa.same_subject(sb) for sa in a.stances for sb in b.stances)
    # A shared stance with next to no words in common is a link only when it conflicts:
    # "derided North Korea" and "criticized North Korea's belligerence" agree and say little together.
    # One state's officials taking its line twice link however they word it (pstatus, session 9).
    weak = sim >= WEAK_TOPIC_SIM or bool(material) or _one_state_line(a, b)
    related = (same_stance and weak) or sim >= words_topic_sim(a, b) or (
        sim >= TOPIC_SIM and (_shares_entity(a, b) or bool(set(a.sides) & set(b.sides)))
    ) or (sim >= OBJECT_TOPIC_SIM and _shares_rare_object(a, b, index) and not _two_sides_acts(a, b)
          ) or _positions_on_one_policy(a, b, sim)
    if related and a.kind != b.kind and not _cross_kind_topic(a, b, sim, index):
        related = False
    if related and not material and (_two_deeds_apart(a, b) or _editions_apart(a, b) or _deeds_repeated(a, b)):
        # One actor's two deeds weeks apart ("met Xi in Paris" / "met Zelenskiy in Paris" a month later); its drills of
        # two years ("the 2009 edition ended with a simulated strike" / "will end on Wednesday").
        related = False
    if a.attribution or b.attribution:
        # An attribution's words are its sentence's act, linked on its own: it links by a stance, a
        # denial, or as the announcement of an act (below) only.
        related = bool(material) or (same_stance and weak)
    if _acts_may_relate(a, b):
        related = related or (sim >= WEAK_TOPIC_SIM and plan_and_outcome(a, b)) or announces(a, b) or announces(b, a)
        related = related or plan_fulfilled(a, b) or plan_on_its_day(a, b) or drill_phases(a, b)
        related = related or trip or carries_out(a, b) or carries_out(b, a) or meeting_outcome(a, b) or meeting_outcome(b, a)
        related = related or vote_on_it(a, b) or vote_on_it(b, a) or session_asked(a, b) or session_asked(b, a)
        related = related or follows(a, b) or follows(b, a)
    related = related or plan_carried_out(a, b) or trip_made(a, b) or persons_line(a, b, sim) or warning_carried_out(a, b)
    related = related or topics.plan_decided(a, b) or topics.call_answered(a, b)
    related = related or topics.foretold_deed(a, b) or topics.foretold_deed(b, a)  # session 20 (pstatus20)
    if related and not material and (crossed(a, b) or sides_parts(a, b) or _two_states_people(a, b)):
        # Each side's own act ("Bishkek summoned Tajikistan's envoy" / "Dushanbe summoned Kyrgyzstan's"; "expelling
        # 10 Russian diplomats" / "will expel ten US diplomats"): no one subject.
        related = False
    # A statement telling its own side's deed as not done denies nothing another known doer did.
    own_deed = _another_doers_deed(a, b) or _another_doers_deed(b, a)
    denial = not own_deed and (denies_the_other(a, b) or denies_the_other(b, a) or denies_casualties(a, b)
                               or denies_casualties(b, a) or topics.denies_own_deed(a, b) or topics.denies_own_deed(b, a))
    # Session 19 (pstatus19): a craft inside a state's airspace told, and over international waters (topics.denies_place).
    place_denied = not denial and (topics.denies_place(a, b) or topics.denies_place(b, a))
    # Session 24 (plink24): a charge and the accused side's denial of it ("Iran was responsible for the attacks" / "Tehran
    # denied any role in the attacks"): a conflict however few words they share.
    denier = a if topics.denies_the_charge(a, b) else b if topics.denies_the_charge(b, a) else None
    related = related or denial or place_denied or denier is not None or topics.deny_one_charge(a, b)
    if not related:
        return None
    acts_apart = a.kind != "statement" and b.kind != "statement" and not _times_meet(a, b)
    if a.negated != b.negated and (sim >= DENIAL_SIM or denial) and not (not denial and _plan_then(a, b)) \
            and not acts_apart and not own_deed:  # "no troops were killed" in another week's attack denies nothing of this one
        # One source denies (or negates) what the other asserts: a conflict on the claim itself.
        material.insert(0, Difference(attribute="polarity", here=_polarity(a), there=_polarity(b)))
    elif denier is not None and not any(d.attribute == "polarity" for d in material):
        material.insert(0, Difference(attribute="polarity", here="denied" if denier is a else "asserted",
                                      there="denied" if denier is b else "asserted"))
    elif place_denied and not any(d.attribute == "polarity" for d in material):
        inside = a if topics.INSIDE_RE.search(a.event.summary) else b
        material.insert(0, Difference(attribute="polarity", here="asserted" if inside is a else "denied",
                                      there="asserted" if inside is b else "denied"))
    count = count_difference(a, b, own=True) if a.kind == b.kind and same_actor(a.actor, b.actor) else None
    if count is not None:
        # One actor's one kind of act counted twice (a plan for 1,000 and a deed of 600): the
        # figures conflict even when the two are told at different times.
        material.append(count)
    shown: list[Difference] = []
    if day_gap(a.day, b.day):
        shown.append(Difference(attribute="date", here=show_day(a.day), there=show_day(b.day)))
    if modality_group(a.modality) != modality_group(b.modality) and not any(
            d.attribute == "polarity" for d in material):
        shown.append(Difference(attribute="modality", here=a.modality, there=b.modality))
    # Material differences first, then those shown for information.
    if _one_position_told_otherwise(a, b, material):
        return Scored(Relation.same_event, round(sim, 3), tuple(material + shown), agrees=False)
    return Scored(Relation.same_topic, round(sim, 3), tuple(material + shown), agrees=not material)


def _one_position_told_otherwise(a: ClaimFacts, b: ClaimFacts, material: list[Difference]) -> bool:
    """Two statements of one known side whose only material difference is their stance on one thing (stance.THING),
    told of days that meet: one position told two ways ("endorsed the quarantine" / "refused to associate itself with
    the blockade"), one event whose sources disagree."""
    if a.kind != "statement" or b.kind != "statement" or not material:
        return False  # a stance on a thing conflicts only between known, overlapping sides (stance.Stance.same_subject)
    if any(d.attribute != "stance" or THING not in (d.here or "") for d in material):
        return False
    return a.day is None or b.day is None or _times_meet(a, b)
