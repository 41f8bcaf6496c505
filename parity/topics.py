"""Session 17 (ptopic17): one subject at two times that parity/score.py's topic test adds (same_topic links).

- A plan carried out (`plan_carried_out`): one known actor's act of a measured kind (PLAN_KINDS: a sanction, a
  deployment, a test) planned, expected or threatened in one claim ("will not hesitate to impose sanctions if ...",
  "will start procedures to remove X from the list", "the task would be finished within weeks") and, in a source written
  later, its act of that kind told done, dated after the plan was told and within its days (an undated plan: at most PLAN_DEED_DAYS after it was
  told), no place or targets told otherwise: what the plan came to. A threat (conditional: "if the military takes
  power") is carried out by any such act of its doer, however worded; a plan of a named measure only by one that
  shares a word of its own (a stem's first STEM_LETTERS letters: "remove" / "the removal"; not a number, a state or
  the doer's name) and names no other place or thing (a state's measures come in packages: "will suspend contacts" /
  "is expelling 23 diplomats" are two). Not drills or voyages (one actor holds many of a kind in a season), nor a
  plan of how long an act under way lasts (words.toml [lasting]).
  Plans of words or other acts (TOLD_KINDS: a statement, a meeting, an act filed as other; or a plan filed as other and
  its deed as a statement) are carried out only by a deed sharing TOLD_WORDS words of their own (one, "drills" or a
  sea, ties a doer's many deeds): "would hand a protest note to the
  embassy on Thursday" / "handed a protest note to the embassy on Thursday" (a plan for a day of at most PLAN_DAY_SPAN
  days may be done on the day it was told; one of no day or a longer one only after it), "would ask its allies to send
  more ships" / "days after Estonia asked its allies for more ships" (an undated note or request told in a later
  source was made before it; an undated measure may be the state of things the plan spoke of). A statement relaying
  its sentence's act (claims.attribution) links this way too: the plan is its own words.
  A plan for one day and its doer's deed of that day in the words of an outcomes.toml pair need no other word
  (`_outcome_on_its_day`: "will vote on the proposal" / "approved the introduction of martial law").
  Session 18: a plan of an act ending and that act of its kind told ended need no other word (`_one_ending`, words.toml
  [endings]: "the peacekeepers' task would be finished within weeks" / "the final units departed"; not an end named only in the
  plan's date phrase, "by the end of the month").
- A plan decided on (`plan_decided`, session 18): a plan or threat and, told later, its doer's decision on it naming a word of
  what was planned (words.toml [decisions]: "would answer with firm steps" / "chose not to answer in kind").
- A warning carried out (`warning_carried_out`): a statement with a verb of warning or threat naming a thing in its
  own words and its side's act on that thing dated after it, at most THREAT_DAYS later.
- One person's line told again (`persons_line`): two statements of one named person weeks apart naming one thing; a
  body's (session 18: an organisation's, BODY_WORDS) also by a word of their own in both summaries.
- A trip made (`trip_made`): a visit planned (a meeting to come) and its doer's trip told done in a later source in the
  words of parity/data/outcomes.toml ("to travel to Havana on Tuesday" / "flew there on October 30th").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache

from parity import lexicon
from parity.acts import FACT, STATEMENT_RECENT_DAYS, _names_one, _outcome_pairs, day_gap, plan_came_to
from parity.claims import ClaimFacts, folded_name, same_actor, state_names
from parity.targets import _TOKEN_RE, _one_thing, _read, act_targets, targets_apart
from timeline.lexicon import spaced_alt

PLAN_KINDS = frozenset({"sanction", "deployment", "missile_test", "nuclear_test"})
VOYAGE_KINDS = frozenset({"ship_movement", "deployment"})  # kinds whose act ends in a return home (words.toml [homeward])
_PROPER_RE = re.compile(r"(?<=\s)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")  # capitalised words after a sentence's first
TOLD_KINDS = frozenset({"statement", "other", "meeting"})  # a plan of these is carried out only in words of its own
FUTURE = frozenset({"planned", "expected", "conditional"})
PLANNED = frozenset({"planned", "expected"})
PLAN_DEED_DAYS = 45  # an undated plan or threat is carried out at most this long after it was told
PLAN_DAY_SPAN = 7  # a plan of at most this many days may be carried out on the day it was told
TOLD_WORDS = 2  # words of their own a plan of words or of another act and its deed share
LINE_SIM = 0.12  # similarity at which one person's two statements naming one thing tell one subject (persons_line)
LINE_DAYS = 62  # the longest gap between one person's two statements read as their line on one subject
WARN_VERBS = ("warned", "threatened", "vowed")  # a statement that promises an act of its side (warning_carried_out)
THREAT_DAYS = 31  # the longest wait between a warning and the act that carries it out (as acts.THREAT_DAYS)
NEGATION_RE = re.compile(r"\b(?:never|not|no)\b|n't\b", re.IGNORECASE)  # what a denial denies follows
POSSESSIVE_RE = re.compile(r"['’]s\b")  # "the drone's propeller": the drone is what the act was done to
CONDITION_RE = re.compile(r"\b(?:if|unless|should|once|until)\b", re.IGNORECASE)  # a threat's condition follows
SPEECH_DAYS = 2  # a named person's speech planned for a day (or two) and words of that day told later are one speech
STEM_LETTERS = 5  # two words sharing this many first letters are one word of a plan and its deed ("remov", "removal")


@cache
def _lasting() -> frozenset[str]:
    """Words of a plan that tells how long an act under way lasts (words.toml [lasting])."""
    return frozenset(lexicon.load("words")["lasting"]["words"])


def _one_doer(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both name their doer, the same one (or one state each, the same)."""
    if a.actor is None or b.actor is None:
        return False
    return same_actor(a.actor, b.actor) or (len(a.sides) == 1 and a.sides == b.sides)


def _told_from(deed: ClaimFacts) -> date:
    """The first day deed's source can have been written: a source dated by month or year only was written no earlier
    than the past deed it tells (status.written_from, the eval README's rule)."""
    assert deed.written is not None
    if deed.day is not None and deed.modality in FACT:
        return max(deed.written[0], deed.day[0])
    return deed.written[0]


def _window(plan: ClaimFacts) -> tuple[date, date] | None:
    """The days plan's act may be done in: its own, else from a little before its source to PLAN_DEED_DAYS after."""
    if plan.day is not None:
        return plan.day
    if plan.written is None:
        return None
    return (plan.written[0] - timedelta(days=STATEMENT_RECENT_DAYS), plan.written[1] + timedelta(days=PLAN_DEED_DAYS))


def plan_carried_out(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One of a, b plans, expects or threatens an act and the other, told later, is that act done (module docstring)."""
    if a.modality not in FUTURE and b.modality not in FUTURE:
        return False  # most pairs: two tellings of deeds (the cheapest test first: asked of every pair scored)
    if not _one_doer(a, b) or not (a.kind == b.kind in PLAN_KINDS or _told_kinds(a, b) or _voyage_ends(a, b)):
        return False
    if a.modality in FUTURE and b.modality in FACT:
        plan, deed = a, b
    elif b.modality in FUTURE and a.modality in FACT:
        plan, deed = b, a
    else:
        return False
    if plan.written is None or deed.written is None or _told_from(deed) <= plan.written[1]:
        return False  # one news cycle: the plan and another act of its days
    window = _window(plan)
    # An undated measure ("the force numbers 2,500") may be the state of things the plan spoke of; an undated note or
    # request told in a later source ("days after Estonia asked its allies") was made before that source.
    done = deed.day or ((deed.latest, deed.latest) if deed.latest and deed.kind in TOLD_KINDS else None)
    if window is None or done is None or not window[0] <= done[0] <= window[1]:
        return False
    if (plan.day is None or (plan.day[1] - plan.day[0]).days > PLAN_DAY_SPAN) and done[0] <= plan.written[1]:
        # Done by the day a plan of no one day was told: what it spoke of ("may add further names" in the coming
        # weeks, after the sanctions of that day), not its outcome; a plan for that day ("will hand a note on
        # Thursday") is carried out on it.
        return False
    told = f"{plan.event.summary} {plan.event.date.phrase or ''}".casefold()
    if not _lasting().isdisjoint(lexicon.WORD_RE.findall(told)):
        return False  # how long an act under way lasts: every deed of its days is no outcome
    if a.place and b.place and a.place != b.place:
        return False
    if targets_apart(act_targets(a.event.summary), act_targets(b.event.summary)):
        return False
    if plan.modality == "conditional" and plan.kind in PLAN_KINDS:
        return True
    return _one_speech(plan, deed) or _one_measure(plan, deed) or _outcome_on_its_day(plan, deed) or (
        plan.kind == deed.kind and _one_ending(plan, deed))


def _voyage_ends(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two ship movements that each tell a voyage ending ("will return to their bases" / "began returning to port"): of a
    voyage only its end is planned and done as one act; its other moves are many (not PLAN_KINDS)."""
    return a.kind == b.kind == "ship_movement" and _ends(a) and _ends(b)


def _outcome_on_its_day(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """A plan for one day and its doer's deed of that day in the words of an outcomes.toml pair ("will vote on the
    proposal" / "approved the introduction of martial law", both on the 26th): the plan's day and doer name its object."""
    if plan.day is None or deed.day is None or plan.day[0] != plan.day[1] or deed.day != plan.day:
        return False
    plan_core, deed_core = frozenset(plan.core), frozenset(deed.core)
    return any(_names_one(plan_core, plan_words) and _names_one(deed_core, outcome_words)
               for plan_words, outcome_words in _outcome_pairs())


@cache
def _endings() -> frozenset[str]:
    """Words that tell an act under way ending (words.toml [endings]), as claims read them."""
    return frozenset(w for word in lexicon.load("words")["endings"]["words"] for w in lexicon.content_words(word))


@cache
def _homeward() -> frozenset[str]:
    """Words that tell a voyage or deployment ending in its return (words.toml [homeward]), as claims read them."""
    return frozenset(w for word in lexicon.load("words")["homeward"]["words"] for w in lexicon.content_words(word))


def _ends(c: ClaimFacts) -> bool:
    """c's summary, less its date phrase ("by the end of the month"), tells an act ending (session 19: a voyage or a
    deployment also by its return, "will return to their bases", "began returning to port")."""
    dated = set(lexicon.content_words(c.event.date.phrase or "")) if c.event.date.phrase else set()
    own = c.own_core - dated
    return not _endings().isdisjoint(own) or (c.kind in VOYAGE_KINDS and not _homeward().isdisjoint(own))


def _one_ending(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """A plan of one doer's act ending ("the peacekeepers' task would be finished within weeks", "will pull its troops
    out") and that act told ended ("the final units departed", "the pull-out started"), however else each words it."""
    return _ends(plan) and _ends(deed)


def trip_made(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A person's trip planned as a meeting ("to travel to Havana on Tuesday for talks") and their trip told done in a source
    written later in words of outcomes.toml ("flew there on October 30th"): what the plan came to (acts.plan_came_to,
    which acts.follows asks of acts only)."""
    plan, deed = (a, b) if a.kind == "meeting" else (b, a)
    if plan.kind != "meeting" or deed.kind not in ("meeting", "other") or plan.modality not in PLANNED:
        return False
    if deed.modality not in FACT or plan.actor is None or not same_actor(plan.actor, deed.actor):
        return False
    if plan.actor in state_names():
        return False  # a state "will receive a delegation": the visitors travel, and its planes land for other reasons
    return plan_came_to(plan, deed)


def _one_speech(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """A named person's speech to come on one day (at most SPEECH_DAYS) and that person's words told of that day: the
    speech given, however each words it ("will address the deputies on Tuesday" / "told parliament on 11 January")."""
    if plan.kind != "statement" or deed.kind != "statement" or plan.day is None or deed.day is None:
        return False
    if plan.actor in state_names() or (plan.day[1] - plan.day[0]).days >= SPEECH_DAYS:
        return False  # a state speaks through many offices in a day
    return plan.day[0] <= deed.day[0] <= deed.day[1] <= plan.day[1]


def _told_kinds(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Kinds a plan and its deed may be told under when they share words of their own: one kind of TOLD_KINDS, or an
    act filed as other and a statement (a protest note to be handed / handed)."""
    return (a.kind == b.kind and a.kind in TOLD_KINDS) or {a.kind, b.kind} == {"other", "statement"}


def _one_measure(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """plan and deed share a word of their own (STEM_LETTERS first letters) and name no proper names apart."""
    from parity.score import _own_names  # score imports this module: read at call time

    names_plan, names_deed = _own_names(plan, deed)
    # Session 20 (pstatus20): a measure named in one ("passed Resolution 2417") and told by its common noun in the other
    # ("would push for a resolution") is one name: only names no word of the other's summary holds are apart.
    names_plan, names_deed = _unshared(names_plan, deed), _unshared(names_deed, plan)
    if names_plan and names_deed and not names_plan & names_deed:
        return False  # "in Asia" / "at its base in Romania": two places, two acts
    actors = {w for c in (plan, deed) if c.actor for w in c.actor.casefold().split()}
    # A measure's kind says much of what was planned; words and other acts share a place or "drills" with many of
    # their doer's deeds, so they need two words ("hand a protest note" / "handed a protest note").
    # A named person's plan and deed of one kind: one word ("will observe part of the drills" / "watched the final
    # phase"); their words about the plan's subject ("called the drills a success") are no deed of it.
    person = plan.kind == deed.kind and plan.actor is not None and plan.actor not in state_names() and same_actor(
        plan.actor, deed.actor)
    need = 1 if (plan.kind == deed.kind and plan.kind in PLAN_KINDS) or person else TOLD_WORDS
    return len(_plain(plan, actors) & _plain(deed, actors)) >= need or _measures_in_general(plan, deed)


def _unshared(names: set[str], other: ClaimFacts) -> set[str]:
    """The names none of whose words the other claim's summary holds (case-blind)."""
    words = set(lexicon.WORD_RE.findall(other.event.summary.casefold()))
    return {n for n in names if words.isdisjoint(lexicon.WORD_RE.findall(n.casefold()))}


@cache
def _general_measures() -> frozenset[str]:
    """words.toml [general_measures]: the words a sanction plan names its measures by when it names no one measure."""
    return frozenset(lexicon.load("words")["general_measures"]["words"])


def _measures_in_general(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """Session 20 (pstatus20): a sanction planned in general words ("might weigh sanctions of its own", "will take
    punitive measures") is carried out by whatever sanction its doer takes later ("barred the rival's
    airlines"): the plan names no one measure for the deed to differ from (its doer, days and targets are checked by
    plan_carried_out)."""
    if plan.kind != "sanction" or deed.kind != "sanction":
        return False
    told = lexicon.WORD_RE.findall(plan.event.summary.casefold())
    return not _general_measures().isdisjoint(told)


def _plain(c: ClaimFacts, actors: set[str]) -> set[str]:
    """c's summary words as STEM_LETTERS-letter stems, less numbers, states and its doers' names."""
    return {w[:STEM_LETTERS] for w in c.own_core if len(w) >= STEM_LETTERS - 1 and not w[0].isdigit()
            and w not in actors and not lexicon.sides_in(w.replace("_", " ").title())}


def persons_line(a: ClaimFacts, b: ClaimFacts, sim: float) -> bool:
    """One named person's two statements in sources written apart, worded alike (sim >= LINE_SIM) and naming one proper
    name of their own in their sentences (no state, demonym, person or day: "the Medgaz pipeline"): the person's line on
    one subject told again, what followed (same_topic; "said this month that Algeria could supply Spain through Medgaz"
    / "affirmed on Monday that the supply will run exclusively through the Medgaz pipeline")."""
    if a.kind != "statement" or b.kind != "statement" or sim < LINE_SIM or a.actor is None:
        return False
    if a.actor in state_names() or not same_actor(a.actor, b.actor):
        return False
    if a.written is None or b.written is None or not (a.written[1] < b.written[0] or b.written[1] < a.written[0]):
        return False  # one news cycle: parts of one telling, linked (or not) as one remark
    gap = day_gap(a.day or a.written, b.day or b.written)
    if gap is None or gap > LINE_DAYS:
        return False  # months apart: the person's words on another turn of events ("told the Commons" in June)
    from parity.score import _not_places  # score imports this module: read at call time

    plain = _not_places()
    people = {w for c in (a, b) for w in (c.actor or "").casefold().split()}

    def names(c: ClaimFacts) -> set[str]:
        return {n for n in _PROPER_RE.findall(c.event.evidence.exact)
                for words in [set(n.casefold().replace("-", " ").split())]
                if not lexicon.sides_in(n) and not words & people and words - plain}
    if names(a) & names(b):
        return True
    # Session 18: a body's (not a person's) line, by a word of their own in both summaries, not one of speaking
    # ("would not recognise a junta" / "also said it would not recognise the new leader").
    body = not BODY_WORDS.isdisjoint(a.actor.split())
    return body and bool(_plain(a, people) & _plain(b, people) - _said_stems())


BODY_WORDS = frozenset({"community", "union", "league", "council", "organisation", "organization", "alliance",
                        "assembly", "committee", "commission", "bloc"})


@cache
def _said_stems() -> frozenset[str]:
    """Words of speaking (words.toml [frame] and [speaker]) as _plain reads them."""
    words = lexicon.load("words")
    said = [*words["frame"]["words"], *words["speaker"]["verbs"]]
    return frozenset(w[:STEM_LETTERS] for x in said for w in lexicon.content_words(x))


@cache
def _warn_words() -> frozenset[str]:
    """WARN_VERBS as claims read them ("warned" -> "warn")."""
    return frozenset(w for verb in WARN_VERBS for w in lexicon.content_words(verb))


def warning_carried_out(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A warning or threat naming a thing in the speaker's own words ("warned that the useless liaison office would soon
    be seen completely collapsed") and an act of the speaker's side on that thing dated after it, at most THREAT_DAYS
    later ("blew up the joint liaison office"): the threat carried out (same_topic), sharing TOLD_WORDS words of their
    own besides the warning's verb, states and names."""
    said, act = (a, b) if a.kind == "statement" else (b, a)
    if said.kind != "statement" or act.kind in ("statement", "meeting") or said.day is None or act.day is None:
        return False
    if not said.own_core & _warn_words() or act.modality not in FACT:
        return False
    if not (set(said.sides) & set(act.sides) or (said.actor is not None and same_actor(said.actor, act.actor))):
        return False
    if not said.day[1] <= act.day[0] or (act.day[0] - said.day[1]).days > THREAT_DAYS:
        return False
    actors = {w for c in (said, act) if c.actor for w in c.actor.casefold().split()}
    shared = _plain(said, actors) & _plain(act, actors)
    return len(shared - {w[:STEM_LETTERS] for w in _warn_words()}) >= TOLD_WORDS


def state_and_unplaced_person(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One claim's doer a state, the other's a person whose side is not known: its leader or officer may act for it
    (session 18: "the runoff will be held on Sunday" / "Y, who won the runoff on Sunday"). Not a meeting: a person's
    meeting of that day ("chaired the new council's opening sitting") is another sitting."""
    states = state_names()
    if a.actor is None or b.actor is None or (a.actor in states) == (b.actor in states) or "meeting" in (a.kind, b.kind):
        return False
    person = b if a.actor in states else a
    return not person.sides


@cache
def _phrases_re(section: str) -> re.Pattern[str]:
    """words.toml [section]'s phrases as one case-blind pattern of whole words, the longest first."""
    phrases = sorted(lexicon.load("words")[section]["phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.I)


def plan_decided(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A plan or threat and, in a source written later, its doer's decision on it (words.toml [decisions]: "decided not
    to", "put on hold", "called off") sharing a word of their own besides the decision's, made after the plan was told
    and at most PLAN_DEED_DAYS after its days: what followed ("the capital would answer with firm steps" / "the
    president chose not to answer in kind"; "was weighing a plan to move troops forward" / "has shelved plans for an
    offensive"). The doers one, or a state and a person whose side is not known (its leader)."""
    if a.modality in FUTURE and b.modality not in FUTURE:
        plan, deed = a, b
    elif b.modality in FUTURE and a.modality not in FUTURE:
        plan, deed = b, a
    else:
        return False
    decision = _phrases_re("decisions").search(deed.event.summary)
    if decision is None or not (_one_doer(plan, deed) or state_and_unplaced_person(plan, deed)):
        return False
    if plan.written is None or deed.written is None or _told_from(deed) <= plan.written[1]:
        return False  # one news cycle: the plan and what its days held
    window = _window(plan)
    done = deed.day or ((deed.latest, deed.latest) if deed.latest else None)
    if window is None or done is None:
        return False
    last = max(window[1], plan.written[1] + timedelta(days=PLAN_DEED_DAYS))
    if not plan.written[0] - timedelta(days=STATEMENT_RECENT_DAYS) <= done[0] <= last:
        return False
    actors = {w for c in (plan, deed) if c.actor for w in c.actor.casefold().split()}
    # What was planned, not the condition of a threat ("will impose tariffs if the army seizes control": the army is no
    # word of the tariffs); what was decided, after its "to", not where ("decided at its session to join the treaty").
    planned = _stems(CONDITION_RE.split(plan.event.summary, maxsplit=1)[0], actors)
    what = deed.event.summary[decision.end():]
    decided = _stems(what.partition(" to ")[2] or what, actors)
    heads = {h[:STEM_LETTERS] for h in lexicon.act_heads()}
    return bool(planned & decided - heads)


def _stems(text: str, actors: set[str]) -> set[str]:
    """text's content words as _plain reads a summary's: STEM_LETTERS-letter stems, less numbers, states and names."""
    return {w[:STEM_LETTERS] for w in lexicon.content_words(text) if len(w) >= STEM_LETTERS - 1 and not w[0].isdigit()
            and w not in actors and not lexicon.sides_in(w.replace("_", " ").title())}


def denies_own_deed(s: ClaimFacts, e: ClaimFacts) -> bool:
    """s, a statement of one side denying contact by its own ("the Kremlin insists its pilots never touched the aircraft",
    "our fighters did not come into contact with the drone"), and e, that side's deed of contact told done on days that
    meet (an undated denial looks back DENIAL_LOOKBACK_DAYS), naming one thing (an object, or a target of one kind:
    "struck the drone's propeller"; words.toml [contact]): the side denies its own deed, a conflict on polarity
    (same_topic)."""
    if s.kind != "statement" or not s.negated or e.kind in ("statement", "meeting") or e.negated:
        return False
    if e.modality not in FACT or e.actor is None:
        return False
    if not (same_actor(s.actor, e.actor) or set(s.sides) & set(e.sides)):
        return False
    from parity.score import _times_meet  # score imports this module: read at call time

    if not _times_meet(s, e):
        return False
    denied, deeds = _contact()
    if denied.isdisjoint(lexicon.content_words(s.event.evidence.exact)) or deeds.isdisjoint(e.own_core):
        return False  # denied contact, told contact: no other act of the side's that day ("intercepted the drone")
    if set(s.objects) & set(e.objects):
        return True
    # What contact is denied with (the words after the negation) and what the deed was done to (after its verb), not
    # the doer's own craft ("its patrol boat never touched the trawler" / "a patrol boat struck a buoy").
    negation = NEGATION_RE.search(s.event.evidence.exact)
    told = _things(s.event.evidence.exact[negation.end():]) if negation else frozenset()
    done = act_targets(POSSESSIVE_RE.sub("", e.event.summary))
    return any(_one_thing(x, y) for x in told for y in done if x[0] != "state")


@cache
def _contact() -> tuple[frozenset[str], frozenset[str]]:
    """words.toml [contact]: words of contact a denial names, and the heads of a deed of contact, as claims read them."""
    data = lexicon.load("words")["contact"]
    return tuple(frozenset(w for x in data[key] for w in lexicon.content_words(x)) for key in ("denied", "deeds"))


def _things(text: str) -> frozenset[tuple[str, str]]:
    """The targets.toml things a sentence names anywhere (what a denial and a deed may share)."""
    return _read(_TOKEN_RE.findall(text))


# Session 19: where a craft was, told two ways: inside a state's airspace or waters, and over international waters.
INSIDE_RE = re.compile(r"\b(?:airspace|territorial\s+(?:waters|sea))\b", re.IGNORECASE)
OUTSIDE_RE = re.compile(r"\b(?:international|neutral)\s+(?:waters|airspace|sea|skies)\b|\bhigh\s+seas\b", re.IGNORECASE)
# Near a state's airspace or waters, not in them: "sailed close to Estonian territorial waters", "approached its airspace".
NEAR_RE = re.compile(r"\b(?:close\s+to|near(?:\s+to)?|outside(?:\s+of)?|off|approach\w*|towards?|edge\s+of|short\s+of|"
                     r"bordering)\s+(?:the\s+)?(?:(?:its|their|our|[A-Z][\w'’-]*)\s+)?(?:airspace|territorial\s+(?:waters|sea))\b",
                     re.IGNORECASE)
PLACE_DENIAL_DAYS = 7  # undated claims of one incident: sources written at most a week apart


@lru_cache(maxsize=1 << 14)  # asked per scored pair, both ways: one answer per summary (session 20)
def _told_inside(summary: str) -> bool:
    """A summary telling a state's airspace or waters, and neither international waters nor only coming near them."""
    return bool(INSIDE_RE.search(summary)) and not OUTSIDE_RE.search(summary) and not NEAR_RE.search(summary)


@lru_cache(maxsize=1 << 14)
def _told_outside(summary: str) -> bool:
    """A summary telling international waters or airspace."""
    return OUTSIDE_RE.search(summary) is not None


def denies_place(inside: ClaimFacts, outside: ClaimFacts) -> bool:
    """inside tells a craft in a state's airspace or territorial waters ("the drone had violated Iranian airspace", "was
    inside its airspace") and outside the craft over international waters or airspace ("insists it was flying over
    international waters", a statement), on days that meet: one incursion asserted and denied (same_topic, a polarity
    conflict; the eval README's rule on denials). Both name one kind of craft in their sentences (targets.toml: a drone, an aircraft,
    a ship), and the inside claim names no international waters itself, nor waters it only came near ("sailed close to
    Estonian territorial waters"); a statement written before the incursion's day (undated: its source) denies an earlier
    flight."""
    said_in, said_out = inside.event.summary, outside.event.summary
    if outside.kind != "statement":
        return False  # a denial is said: ships that "came alongside them on the high seas" deny no flight over the island
    if not _told_inside(said_in) or not _told_outside(said_out):
        return False
    if outside.written is not None and ((inside.day is not None and outside.written[1] < inside.day[0]) or (
            inside.day is None and inside.written is not None and outside.written[1] < inside.written[0])):
        # Said before the incursion told (undated: before its source): of an earlier flight ("flew over neutral waters
        # on Wednesday" / two days later "stayed in Estonian airspace for less than a minute on Thursday").
        return False
    if INSIDE_RE.search(said_out) and not OUTSIDE_RE.search(said_out):
        return False
    from parity.score import _times_meet  # score imports this module: read at call time

    if inside.day is not None and outside.day is not None:
        if not _times_meet(inside, outside):
            return False
    elif inside.written is None or outside.written is None or abs(
            (inside.written[0] - outside.written[0]).days) > PLACE_DENIAL_DAYS:
        return False
    crafts_in = {x for x in _things(inside.event.evidence.exact) if x[0] != "state"}
    crafts_out = {x for x in _things(outside.event.evidence.exact) if x[0] != "state"}
    return any(_one_thing(x, y) for x in crafts_in for y in crafts_out)


INSIDE_PHRASE_RE = re.compile(r"\b(?:(?:its|their|our|[A-Z][\w'’-]*)\s+)?(?:airspace|territorial\s+(?:waters|sea))\b")


@lru_cache(maxsize=1 << 14)  # asked of both claims of every same_event pair: one answer per sentence (session 20)
def _where(text: str) -> str | None:
    """A state's airspace or territorial waters as text words it ("Omani airspace", "its territorial waters") when it
    names that and no international waters or airspace; "international waters" (as worded) when the reverse; else None."""
    outside = [m for m in OUTSIDE_RE.finditer(text)]
    near = [m for m in NEAR_RE.finditer(text)]
    inside = [m for m in INSIDE_PHRASE_RE.finditer(text)
              if not any(o.start() < m.end() and m.start() < o.end() for o in outside + near)]
    if inside and not outside:
        return inside[0].group(0)
    if outside and not inside:
        return outside[0].group(0)
    return None


def place_disputed(a: ClaimFacts, b: ClaimFacts) -> tuple[str, str] | None:
    """Two tellings of one act (a same_event link) whose sentences put it, one inside a state's airspace or territorial
    waters ("shot down the drone over Omani airspace"), the other over international waters or airspace ("was shot down
    in international airspace"): the place disputed (a place difference, material), as each source words it."""
    here = _where(a.event.evidence.exact)
    if here is None:
        return None
    there = _where(b.event.evidence.exact)
    if there is None:
        return None
    if (OUTSIDE_RE.fullmatch(here) is None) == (OUTSIDE_RE.fullmatch(there) is None):
        return None  # both inside (whose airspace is another question) or both outside
    return here, there




CALL_GAP_WORDS = 6  # words at most between a call ("pressed for") and the measure it calls for ("sanctions")


@cache
def _call_re() -> re.Pattern[str]:
    """words.toml [calls]: a call, then at most CALL_GAP_WORDS words, then a measure."""
    data = lexicon.load("words")["calls"]
    calls = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(data["phrases"], key=len, reverse=True))
    measures = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(data["measures"], key=len, reverse=True))
    return re.compile(rf"\b(?:{calls})\b(?:\s+[\w'’-]+){{0,{CALL_GAP_WORDS}}}?\s+(?:{measures})\b", re.IGNORECASE)


def call_answered(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A statement calling for sanctions on a state ("would press for renewed sanctions on Iran") and, in a source written
    later, sanctions imposed naming that state (by anyone: "the Treasury imposes sanctions on 13 entities that supply
    Iran's missile programme"), dated at most PLAN_DEED_DAYS after the call: what followed the call (same_topic)."""
    call, deed = (a, b) if a.kind == "statement" else (b, a)
    if call.kind != "statement" or deed.kind != "sanction" or deed.modality not in FACT:
        return False
    if call.written is None or deed.written is None or _told_from(deed) <= call.written[1]:
        return False  # one news cycle: the call and a measure of its days
    said = call.event.evidence.exact
    m = _call_re().search(said)
    if m is None:
        return False
    told = call.day or call.written
    done = deed.day or ((deed.latest, deed.latest) if deed.latest else None)
    if done is None or done[0] < told[0] or (done[0] - told[1]).days > PLAN_DEED_DAYS:
        return False
    # The state the call aims at: named after the measure, in its clause ("sanctions on Iran"), not the speaker's.
    aimed = set(lexicon.sides_in(said[m.end():m.end() + 60])) - set(call.sides)
    return bool(aimed & set(lexicon.sides_in(deed.event.evidence.exact)))


@cache
def _foretold_re() -> re.Pattern[str]:
    """words.toml [foretold]: a cue telling a person's act to come, then the act's word (with its particle: "step down")."""
    cues = spaced_alt(lexicon.load("words")["foretold"]["cues"])
    return re.compile(rf"\b(?:{cues})\s+([A-Za-z]+(?:\s+(?:down|up|out|off|back|aside|in))?)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _foretold_in(text: str, summary: str, statement: bool) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each foretelling cue of text: the act's word stems and the folded words before the cue (its person's name). A
    statement tells what its sentence says; another event of the sentence ("who was in Brussels last week") only what its
    own summary holds."""
    told = " ".join(summary.split()).casefold()
    return tuple((frozenset(w[:STEM_LETTERS] for w in lexicon.content_words(m.group(1))),
                  frozenset(lexicon.WORD_RE.findall(folded_name(text[: m.start()]))))
                 for m in _foretold_re().finditer(text)
                 if statement or " ".join(m.group(0).split()).casefold() in told)


def foretold_deed(said: ClaimFacts, deed: ClaimFacts) -> bool:
    """Session 20 (pstatus20): a claim telling a named person's act to come ("the minister, X, is under mounting pressure to
    resign, MPs said", "X is expected to step down"; words.toml [foretold]) and, in a source written later, that person's
    act of that word told done within PLAN_DEED_DAYS ("X resigned on Monday"): what came of it (same_topic; the eval
    README's later_development). The person is the deed's doer, named (by surname) in the foretelling sentence."""
    if deed.kind in ("statement", "meeting") or deed.modality not in FACT or deed.actor is None or said.written is None:
        return False
    if deed.actor in state_names() or deed.written is None or _told_from(deed) <= said.written[1]:
        return False
    foretold = _foretold_in(said.event.evidence.exact, said.event.summary, said.kind == "statement")
    if not foretold:
        return False  # most pairs: no foretelling cue (read once per sentence and summary)
    surname = deed.actor.casefold().split()[-1]
    deed_stems = {w[:STEM_LETTERS] for w in deed.own_core}
    if not any(surname in before and not deed_stems.isdisjoint(acts) for acts, before in foretold):
        return False
    told = said.day or said.written
    done = deed.day or ((deed.latest, deed.latest) if deed.latest else None)
    return done is not None and told[0] <= done[0] and (done[0] - told[1]).days <= PLAN_DEED_DAYS



CHARGE_DAYS = 7  # a denial answers a charge told this close before or after it (as score.STATE_LINE_DAYS)


@cache
def _charges() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """words.toml [charges]: the part a denial denies, the verbs and the nouns of a charge rejected, as claims read them."""
    data = lexicon.load("words")["charges"]
    return tuple(frozenset(w for x in data[key] for w in lexicon.content_words(x))  # type: ignore[return-value]
                 for key in ("roles", "rejections", "charges"))


def _accused(s: ClaimFacts) -> frozenset[str]:
    """The side s speaks for when it denies a part in a deed ("Tehran denied any role in the attacks"), or, when its
    summary rejects a charge ("rejected Washington's accusation that Iran was behind ..."), the side the charge blames."""
    roles, rejections, charges = _charges()
    if s.negated and not roles.isdisjoint(s.denied):
        return frozenset(s.sides)
    if rejections.isdisjoint(s.own_core) or charges.isdisjoint(s.own_core):
        return frozenset()
    return frozenset(st.target for st in s.stances if st.stance == "blame")


def denies_the_charge(s: ClaimFacts, c: ClaimFacts) -> bool:
    """Session 24 (plink24): s, a statement denying its side's part in a deed or rejecting a charge against a side, and
    c, another speaker's statement blaming that side (a positive blame stance: "said Iran was responsible for the
    attacks"), told within CHARGE_DAYS of each other; what s denies besides its part ("the attacks") is named in c. A
    charge and its denial by the accused are one subject the two sides tell apart (a conflict), however few words they
    share; the blame stance alone never linked them (stance.Stance.same_subject: two sides' blames of one target)."""
    if s.kind != "statement" or c.kind != "statement" or c.negated or same_actor(s.actor, c.actor):
        return False
    accused = _accused(s)
    if not accused or set(c.sides) & accused or _accused(c):
        return False  # a statement rejecting the charge names it as a blame ("rejected London's accusation that ...")
    if not any(st.stance == "blame" and st.polarity == "positive" and st.target in accused for st in c.stances):
        return False
    gap = day_gap(s.day or s.written, c.day or c.written)
    if gap is None or gap > CHARGE_DAYS:
        return False
    roles = _charges()[0]
    return set(s.denied) - roles <= set(c.words)


def deny_one_charge(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Session 24 (plink24): two statements answering one charge against one side within CHARGE_DAYS, each denying the
    side's part or rejecting the charge (`_accused`: "Tehran denied any role in the attacks" / "Zarif rejected
    Washington's accusation that Iran was behind the incidents"), what each denies besides its part named in the other
    or nothing: one side's denial told twice, one subject (agreeing), however worded."""
    if a.kind != "statement" or b.kind != "statement":
        return False
    if not _accused(a) & _accused(b):
        return False
    gap = day_gap(a.day or a.written, b.day or b.written)
    if gap is None or gap > CHARGE_DAYS:
        return False
    roles = _charges()[0]
    things_a, things_b = set(a.denied) - roles, set(b.denied) - roles
    return (not things_a or not things_b) or bool(things_a & set(b.words) or things_b & set(a.words))
