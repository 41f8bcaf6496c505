"""Session 17 (ptopic17): one subject at two times that parity/score.py's topic test adds (same_topic links).

- A plan carried out (`plan_carried_out`): one known actor's act of a measured kind (PLAN_KINDS: a sanction, a
  deployment, a test) planned, expected or threatened in one claim ("will not hesitate to impose sanctions if ...",
  "will start procedures to remove X from the list", "the mission would be completed soon") and, in a source written
  later, its act of that kind told done, dated after the plan was told and within its days (an undated plan: at most PLAN_DEED_DAYS after it was
  told), no place or targets told otherwise: what the plan came to. A threat (conditional: "if the military takes
  power") is carried out by any such act of its doer, however worded; a plan of a named measure only by one that
  shares a word of its own (a stem's first STEM_LETTERS letters: "remove" / "the removal"; not a number, a state or
  the doer's name) and names no other place or thing (a state's measures come in packages: "will suspend contacts" /
  "is expelling 23 diplomats" are two). Not drills or voyages (one actor holds many of a kind in a season), nor a
  plan of how long an act under way lasts (words.toml [lasting]).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from parity import lexicon
from parity.acts import FACT, STATEMENT_RECENT_DAYS
from parity.claims import ClaimFacts, same_actor
from parity.targets import act_targets, targets_apart

PLAN_KINDS = frozenset({"sanction", "deployment", "missile_test", "nuclear_test"})
FUTURE = frozenset({"planned", "expected", "conditional"})
PLAN_DEED_DAYS = 45  # an undated plan or threat is carried out at most this long after it was told
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


def _window(plan: ClaimFacts) -> tuple[date, date] | None:
    """The days plan's act may be done in: its own, else from a little before its source to PLAN_DEED_DAYS after."""
    if plan.day is not None:
        return plan.day
    if plan.written is None:
        return None
    return (plan.written[0] - timedelta(days=STATEMENT_RECENT_DAYS), plan.written[1] + timedelta(days=PLAN_DEED_DAYS))


def plan_carried_out(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One of a, b plans, expects or threatens an act and the other, told later, is that act done (module docstring)."""
    if a.kind != b.kind or a.kind not in PLAN_KINDS or not _one_doer(a, b):
        return False
    if a.modality in FUTURE and b.modality in FACT:
        plan, deed = a, b
    elif b.modality in FUTURE and a.modality in FACT:
        plan, deed = b, a
    else:
        return False
    if plan.written is None or deed.written is None or deed.written[0] <= plan.written[1]:
        return False  # one news cycle: the plan and another act of its days
    window = _window(plan)
    if window is None or deed.day is None or not window[0] <= deed.day[0] <= window[1]:
        return False  # an undated deed ("the force numbers 2,500") may be the state of things the plan spoke of
    if deed.day[0] <= plan.written[1]:
        return False  # done by the day the plan was told: what it spoke of ("may add further names"), not its outcome
    told = f"{plan.event.summary} {plan.event.date.phrase or ''}".casefold()
    if not _lasting().isdisjoint(lexicon.WORD_RE.findall(told)):
        return False  # how long an act under way lasts: every deed of its days is no outcome
    if a.place and b.place and a.place != b.place:
        return False
    if targets_apart(act_targets(a.event.summary), act_targets(b.event.summary)):
        return False
    return plan.modality == "conditional" or _one_measure(plan, deed)


def _one_measure(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """plan and deed share a word of their own (STEM_LETTERS first letters) and name no proper names apart."""
    from parity.score import _own_names  # score imports this module: read at call time

    names_plan, names_deed = _own_names(plan, deed)
    if names_plan and names_deed and not names_plan & names_deed:
        return False  # "in Asia" / "at its base in Romania": two places, two acts
    actors = {w for c in (plan, deed) if c.actor for w in c.actor.casefold().split()}
    return bool(_plain(plan, actors) & _plain(deed, actors))


def _plain(c: ClaimFacts, actors: set[str]) -> set[str]:
    """c's summary words as STEM_LETTERS-letter stems, less numbers, states and its doers' names."""
    return {w[:STEM_LETTERS] for w in c.own_core if len(w) >= STEM_LETTERS - 1 and not w[0].isdigit()
            and w not in actors and not lexicon.sides_in(w.replace("_", " ").title())}
