"""A statement whose reported words tell an act that extraction read on no event of its own, seen as that act.

End to end (session 17, pe2e17), a sentence such as "The patrol boats had been towing three fishermen to port, the
coast guard said" often yields the statement alone: no event of its sentence holds the towing, so the statement is no
relay (`ClaimFacts.attribution`) and the act's link to another source's telling of it was lost as "kinds differ". Such a
statement is compared with an act (any kind but a statement) as the act it tells: its said words (its summary less its
speaker) are the act's summary, its doer the one state its said words name before their verb (none when they name
none or several), its speaker and stances left out. The act rules of `score.same_event_miss` then decide, as for any
two acts. Not a statement that relays an act of its sentence (that act links on its own), denies or negates what it
tells (a denial links by polarity), takes a stance (a condemnation of an act is no telling of it), or says fewer than
MIN_SAID_WORDS content words ("the ministry said at the time").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from parity import lexicon
from parity.claims import ClaimFacts, same_actor
from timeline.models import Kind, Modality

MIN_SAID_WORDS = 3  # content words a statement's said words need to tell an act ("had been towing three fishermen")
DOER_WORDS = 6  # the said words' first words, up to their verb, where the act's doer is named ("The Russian jets flew")

# One view per statement and act kind, with the claim it was made of (another record's claim of one event id is
# another claim); emptied once scoring is done (parity.build, clear_caches).
_VIEWS: dict[tuple[str, str], tuple[ClaimFacts, ClaimFacts | None]] = {}


def _said_text(c: ClaimFacts) -> str:
    """The summary's words after its speaker frame ("Defence Forces said: <these words>"), without a trailing ellipsis."""
    summary = c.event.summary or ""
    frame, sep, said = summary.partition(": ")
    return (said if sep else "").rstrip("\u2026").strip()


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.load("relayed")
    return (frozenset(data["frames"]["plain"]), frozenset(data["clause"]["verbs"]),
            frozenset(data["negation"]["words"]))


@cache
def _plan_re() -> re.Pattern[str]:
    cues = sorted(lexicon.load("relayed")["plans"]["cues"], key=lambda c: (-len(c), c))
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def _negates(said: str) -> bool:
    """The said words tell something as not done (relayed.toml [negation]: "did not seize power", "never fired")."""
    words = _data()[2]
    return any(w in words or w.endswith("n't") or w.endswith("n\u2019t")
               for w in said.casefold().replace(",", " ").replace(".", " ").split())


def _plain_frame(c: ClaimFacts) -> bool:
    """The summary's frame ends in a plain reporting verb (relayed.toml [frames]: "the air force said", "according to
    Seoul", "said in a statement"), not one that takes a view ("complained", "called for")."""
    frame = (c.event.summary or "").partition(": ")[0].casefold().split()
    plain = _data()[0]
    return any(w in plain for w in frame) or any(" ".join(pair) in plain for pair in pairwise(frame))


def _a_clause(said: str) -> bool:
    """The said words are a clause: they open with a capitalised word or a figure (its subject: "The Russian jets",
    "By Tuesday, 10 warships") and hold a verb of the past or an auxiliary (relayed.toml [clause], a lower-case "-ed"
    word)."""
    if not said or not (said[0].isupper() or said[0].isdigit()):
        return False
    verbs = _data()[1]
    # Not an act head alone: a noun names one too ("The exercises are a stern warning": a view of the drills).
    return any(w.casefold() in verbs or (w.islower() and w.endswith("ed")) for w in said.split()[1:])


def tells_act(c: ClaimFacts) -> bool:
    """A statement that may tell an act in its own said words: no relay of an act of its sentence, nothing denied or
    negated, no stance taken, a plain reporting frame, said words that are a clause of at least MIN_SAID_WORDS content
    words telling nothing as not done."""
    if c.kind != "statement" or c.attribution or c.negated or c.denied or c.stances:
        return False
    said = _said_text(c)
    return (len(c.own_core - c.speaker) >= MIN_SAID_WORDS and _a_clause(said) and not _negates(said)
            and _plain_frame(c))


def _doer(said: str) -> str | None:
    """The one state the said words name before their verb ("The Russian aircraft stayed" -> Russia), else None."""
    # Local import: score imports this module (the subject reader lives there).
    from parity.score import _before_head as subject_words

    sides = set(lexicon.sides_in(" ".join(subject_words(said.split()[:DOER_WORDS]))))
    return next(iter(sides)) if len(sides) == 1 else None


def as_act(c: ClaimFacts, kind: str) -> ClaimFacts | None:
    """The statement c seen as an act of the given kind that its said words tell, or None when it tells none."""
    key = (c.id, kind)
    hit = _VIEWS.get(key)
    if hit is not None and hit[0] is c:
        return hit[1]
    view = None
    if tells_act(c):
        said = _said_text(c)
        doer = _doer(said)
        own = c.own_core - c.speaker
        core = tuple(w for w in c.core if w in own)
        # Said words telling an act to come ("would try to recover") tell a plan, not the deed.
        modality = Modality.planned if _plan_re().search(said) else c.event.modality
        event = c.event.model_copy(update={"summary": said, "kind": Kind(kind), "actor": doer, "actor_role": None,
                                           "modality": modality})
        view = replace(c, event=event, kind=kind, actor=doer, sides=(doer,) if doer else (), core=core, own_core=own,
                       speaker=frozenset(), stances=(), quote_words=(), attribution=False, modality=modality.value)
    _VIEWS[key] = (c, view)
    return view


FRAME_OBJECT_WORDS = 3  # the said words' first content words, where the frame verb's object is ("lodged: a protest")


def _frame_words(c: ClaimFacts) -> tuple[set[str], set[str]]:
    """The frame's own words less its speaker's ("Japan lodged" -> lodged), and the said words' first ones."""
    frame, _, said = (c.event.summary or "").partition(": ")
    speaker = set(lexicon.content_words(c.event.actor or "")) | set(lexicon.content_words(c.event.actor_role or ""))
    return set(lexicon.content_words(frame)) - speaker, set(lexicon.content_words(said)[:FRAME_OBJECT_WORDS])


def frame_tells(c: ClaimFacts, act: ClaimFacts) -> bool:
    """A statement whose frame verb is a word of an act's own summary and, with the first said words after it, names
    two of them (its verb and its object: "Japan lodged: a protest with Seoul" / "Japan: lodged a protest"), of the
    act's own doer: extraction read the act as a way of speaking. No relay, denial or negation; a stance may be taken
    (a protest lodged is one), but a verb of speaking or judging ("said", "condemned") is no act's word."""
    if c.kind != "statement" or act.kind == "statement" or c.attribution or c.negated or c.denied:
        return False
    if c.actor is None or not same_actor(c.actor, act.actor):
        return False
    verb, first = _frame_words(c)
    return bool(verb & act.own_core) and len((verb | first) & act.own_core) >= 2 or _labels_act(c, act, verb)


LABEL_WORDS = 4  # the said words' first content words, where a label frame names the thing done ("a routine patrol")


@cache
def _label_verbs() -> frozenset[str]:
    return frozenset(w for v in lexicon.load("relayed")["labels"]["verbs"] for w in lexicon.content_words(v))


@cache
def _judging_words() -> frozenset[str]:
    """The words of a label that judges (stance.toml [labels]: "a provocation", "illegal", "dangerous")."""
    return frozenset(w for label in lexicon.load("stance")["labels"]["labels"] for w in lexicon.content_words(label))


def _labels_act(c: ClaimFacts, act: ClaimFacts, verb: set[str]) -> bool:
    """Session 19 (pe2e19): a label frame ("Peru calls: a routine patrol near the islet", from "began what Lima calls a
    routine patrol") whose said words are a noun phrase naming a word of the act's own summary: the act its doer names.
    Not a label that judges ("called the drills a dangerous provocation": a stance's words, or a stance read)."""
    said = _said_text(c)
    if c.stances or not verb & _label_verbs() or _a_clause(said):
        return False
    words = lexicon.content_words(said)
    return not _judging_words().intersection(words) and bool(set(words[:LABEL_WORDS]) & act.own_core)


def as_frame_act(c: ClaimFacts, kind: str) -> ClaimFacts:
    """The statement c seen as the act its frame tells: its summary less its speaker ("lodged a protest with Seoul
    ..."), of the act's kind, its speaker the doer; no speaker words, stances or relay."""
    key = (c.id, "frame:" + kind)
    hit = _VIEWS.get(key)
    if hit is not None and hit[0] is c and hit[1] is not None:
        return hit[1]
    frame, _, said = (c.event.summary or "").partition(": ")
    speaker = set(lexicon.content_words(c.event.actor or "")) | set(lexicon.content_words(c.event.actor_role or ""))
    own = c.own_core - speaker
    core = tuple(w for w in c.core if w in own)
    verb = " ".join(w for w in frame.split() if w.casefold() not in (c.event.actor or "").casefold().split())
    event = c.event.model_copy(update={"summary": f"{c.event.actor}: {verb} {said}".strip(), "kind": Kind(kind),
                                       "actor_role": None})
    view = replace(c, event=event, kind=kind, core=core, own_core=own, speaker=frozenset(), stances=(),
                   quote_words=(), attribution=False)
    _VIEWS[key] = (c, view)
    return view


def told_acts(a: ClaimFacts, b: ClaimFacts) -> tuple[ClaimFacts, ClaimFacts] | None:
    """The pair with its statement seen as the act it tells, when one is a statement telling an act (tells_act) and
    the other an act; else None."""
    if a.kind == b.kind or "statement" not in (a.kind, b.kind):
        return None
    if a.kind == "statement":
        view = as_act(a, b.kind)
        return (view, b) if view is not None else None
    view = as_act(b, a.kind)
    return (a, view) if view is not None else None


def clear_caches() -> None:
    """Forget the views made for one record."""
    _VIEWS.clear()
