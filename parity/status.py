"""The one rule that derives a claim's status from its links (the rule tests/data/eval/README.md
states for the gold).

Rule, first match wins:
1. conflicting: a link to an independent source disagrees (a material difference; see
   parity/score.py). A disagreement with a copy of the same origin is a copying slip, not a second
   witness. An editor's verdict does not change the status: it is shown beside it, so the conflict
   stays visible. Tolerance (session 21): a round figure hedged as approximate and a figure it rounds ("about 30" /
   "32") agree, and two events' own counts of two kinds of thing ("32 soldiers" / "two farmers") are not compared
   (parity/tolerance.py, counts.toml [rounding]); a bound ("at least 20" / "23") still differs.
2. corroborated: an agreeing same_event link to an independent source.
   In 1 and 2 a claim's counterpart in a copy of its origin (one sentence copied, linked as one agreeing
   same_event, one per copy: `counterparts`, `through_copies`) lends it its independent links: the copies are one telling, so an
   independent source that agrees or disagrees with one does with all (the gold's groups link every member).
3. later_development: a same_topic link to a source written later (its as_of, else published,
   starts after this source's ends; or, when that date is only a month or year, a past act it reports is
   dated after this source was written) whose claim is not dated before this one: it reports what followed.
   (Session 27: a plan's deed done early, before the day or week set for it but after the plan was told, follows it too:
   `done_early`.)
   (Session 21: a planned session of one organ of a body of many, the UN's Security Council, is followed only by what
   a later source tells of that organ, "the Council agreed", not by the UN's agencies, envoys or peacekeepers that day:
   acts._bloc_outcome, words.toml [meeting_bodies] organ_bodies.)
4. echo: a copy of the same origin carries it (a same_event link to one, or no link and a copy's sentence
   carrying it: echoed, the copy's events were read otherwise: `carried`, also a sentence spun past its
   content words, its order kept), and no independent source
   does (one witness repeated). A same_topic link carries nothing: a copy's other claim on the subject
   is no second telling of this one. Session 22: also for a claim no link reaches (no claim of the copy read or
   scored), when the body of a copy (a group of at most origins.toml copy_group_max) holds the claim's sentence copied
   and carrying it (origins.OriginMap.copy_sentences, `in_copy_bodies`): a spun sentence whose reworded triggers
   extraction missed is still the one witness's.
5. single_source: otherwise (no other source carries it). Measured in session 22: of the claims no link reaches,
   this is the gold's status for 74% under --oracle and 65% end to end, and no kind, modality or origin makes
   another likelier (tests/parity/test_status_session22.py).

Session 23: not saying is not denying. A claim told only as not confirmed or not said ("Tass did not say the plane
had been shot down", "did not confirm that its fighters had crossed": claims.unconfirmed, stance.toml [unconfirmed]; the
cue in a statement's frame, right before an act's evidence, or opening it with no clause break)
is no witness for or against the act it names: its links to claims that tell or deny the act count in none of the
steps above, nor do theirs to it (two such tellings are still one remark).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from parity.acts import FACT
from parity.claims import ClaimFacts, unconfirmed, words_of
from parity.models import ClaimLink, Relation, Status
from parity.origins import keeps_order, sentence_order
from parity.score import Scored
from timeline.models import Modality

PLANS = frozenset({"planned", "expected"})  # a plan's modalities: told ahead, to be done (not a condition)
CARRIED_SHARE = 0.6  # share of the shorter sentence's content words a copy's sentence holds to carry it


def carried(a: ClaimFacts, b: ClaimFacts) -> bool:
    """b's sentence carries a's (or a's b's): most content words of the shorter are in the other, not
    just a shared frame ("the Joint Chiefs of Staff said on Tuesday"); or the two are one sentence spun so
    hard that its content words are swapped but their order is kept (origins.keeps_order)."""
    wa, wb = set(a.words), set(b.words)
    if bool(wa and wb) and len(wa & wb) >= CARRIED_SHARE * min(len(wa), len(wb)):
        # The copy's sentence may be the shorter because it dropped this claim's clause ("X said on Wednesday
        # the drills were a cover, and Kiev put its forces on alert" / "X said on Wednesday the drills were a
        # cover."): each claim's own words (its summary's) are carried too.
        return _summary_carried(a, wb) and _summary_carried(b, wa)
    vocab: dict[str, int] = {}
    return keeps_order(sentence_order(a.event.evidence.exact, vocab), sentence_order(b.event.evidence.exact, vocab))


def _summary_carried(c: ClaimFacts, words: set[str]) -> bool:
    """Most (CARRIED_SHARE) of c's summary words (its core less its actor's name) are among words; a summary of no
    such words ("he said") is carried by its sentence."""
    own = c.own_core
    return not own or len(own & words) >= CARRIED_SHARE * len(own)


def written_from(claim: ClaimFacts) -> date | None:
    """The first day claim's source can have been written: its as_of or published day, or, when that is
    only a month or year, the day a past act it asserts began (nobody reports an act before it is done)."""
    if claim.written is None:
        return None
    start = claim.written[0]
    if claim.day is not None and claim.modality == Modality.asserted.value and claim.event.tense == "past":
        return max(start, claim.day[0])
    return start


def written_later(here: ClaimFacts, there: ClaimFacts) -> bool:
    """there's source was written after here's, and there's claim is not dated before here's, or here is a plan and there
    a deed done after here was written (`done_early`)."""
    there_from = written_from(there)
    if here.written is None or there_from is None or there_from <= here.written[1]:
        return False
    return here.day is None or there.day is None or there.day[1] >= here.day[0] or done_early(here, there)


def done_early(plan: ClaimFacts, deed: ClaimFacts) -> bool:
    """Session 27: a plan's deed done before the day or week set for it but after the plan was told ("will fly to
    Lilongwe next week" / "arrived in Lilongwe on Saturday", two days early; "are due to meet on June 20" / "met on
    Monday", the 16th): it follows the plan's telling, what a later source reports of it (heldout22's relief "will take
    over next week" / "are coming ashore to take over" two days before it)."""
    if plan.modality not in PLANS or deed.modality not in FACT or plan.written is None or deed.day is None:
        return False
    return deed.day[0] > plan.written[1]


def counterparts(pairs: Iterable[tuple[float, int, int]], excerpts: Sequence[str]) -> dict[int, list[int]]:
    """Claim -> its counterparts in copies, from the pairs (score, i, j) one copied sentence tells as one agreeing
    event: one per claim and copy excerpt, best score first (excerpts: each claim's excerpt). A copied sentence
    holding two statements links each to both of the copy's ("He said ... but he said he would meet"); only its
    own counterpart lends it the independent links of the other's."""
    out: dict[int, list[int]] = {}
    taken: set[tuple[int, str]] = set()
    for _, i, j in sorted((-score, i, j) for score, i, j in pairs):  # best score first, then pair order
        mine, theirs = (i, excerpts[j]), (j, excerpts[i])
        if mine in taken or theirs in taken:
            continue
        taken.add(mine)
        taken.add(theirs)
        out.setdefault(i, []).append(j)
        out.setdefault(j, []).append(i)
    return out


def through_copies(links: Mapping[int, Iterable[tuple[int, Scored, bool, bool]]],
                   copies: Mapping[int, Iterable[int]]) -> dict[int, Status]:
    """Per claim, what independent sources tell of it through its counterparts in copies (copies: claim ->
    the claims one copied sentence tells as its agreeing same_event; links: claim -> (other, scored,
    independent, mirrored)): conflicting when one disagrees with a counterpart, else corroborated when one
    agrees with it on the same event."""
    out: dict[int, Status] = {}
    for i, mates in copies.items():
        told = {Status.conflicting if not scored.agrees else Status.corroborated
                for j in mates for _, scored, independent, _ in links.get(j, ())
                if independent and (not scored.agrees or scored.relation == Relation.same_event)}
        if told:
            out[i] = Status.conflicting if Status.conflicting in told else Status.corroborated
    return out


def in_copy_bodies(here: ClaimFacts, sentences: Iterable[tuple[str, bool, str]]) -> bool:
    """One of its copies' sentences (origins.OriginMap.copy_sentences: its sentence copied, whether it keeps its word
    order, and the claim's own whole sentence) carries the claim as `carried` asks of a copy's claim: most of its own
    summary words are there, or, spun past its content words, its order kept."""
    mine = set(here.words)
    for text, in_order, own in sentences:
        words = set(words_of(text))
        if _summary_carried(here, words):
            return True
        # Most words alike but the summary's not there: the copy dropped the claim's clause, whatever its order.
        if in_order and not (mine and words and len(mine & words) >= CARRIED_SHARE * min(len(mine), len(words))) \
                and not _clause_dropped(mine, set(words_of(own)), words):
            return True
    return False


DROPPED_SHARE = 0.8  # share of a copy's sentence words found in the rest of the claim's sentence: the clause was dropped


def _clause_dropped(mine: set[str], whole: set[str], copy: set[str]) -> bool:
    """Session 28: the copy's sentence is the claim's sentence less the claim's clause (a trimmed reprint: "declared a
    state of emergency this morning." for "... this morning and ordered civilians away from the beaches."): shorter, and
    its words nearly all the sentence's other words. Its word order then says nothing of the claim (it read as spun)."""
    rest = whole - mine
    return bool(copy) and len(copy) < len(whole) and len(copy & rest) >= DROPPED_SHARE * len(copy)


def derive_status(here: ClaimFacts, links: list[tuple[ClaimLink, ClaimFacts]], echoed: bool = False,
                  through_copy: Status | None = None,
                  copy_sentences: Callable[[], Iterable[tuple[str, bool, str]]] | None = None) -> Status:
    """The status of one claim from its links (each with the other claim's facts); echoed: a copy of
    one origin carries its sentence (parity/origins.py copied_sentence); through_copy: what independent
    sources tell of its counterparts in copies (`through_copies`); copy_sentences: its sentence as its copies'
    bodies tell it (origins.OriginMap.copy_sentences), read only for a claim no link reaches."""
    mute = unconfirmed(here)
    if mute or any(unconfirmed(there) for _, there in links):
        # Not saying is not denying: a link between a claim told only as not confirmed and one that tells or denies
        # the act is no testimony either way (two such tellings are one remark, as usual).
        links = [(link, there) for link, there in links if unconfirmed(there) == mute]
        through_copy = None if mute else through_copy
    if through_copy == Status.conflicting or any(not link.agrees and link.independent for link, _ in links):
        return Status.conflicting
    if through_copy == Status.corroborated or any(
            link.relation == Relation.same_event and link.agrees and link.independent for link, _ in links):
        return Status.corroborated
    if any(link.relation == Relation.same_topic and written_later(here, there) for link, there in links):
        return Status.later_development
    if echoed or any(link.relation == Relation.same_event and not link.independent for link, _ in links):
        return Status.echo
    if not links and copy_sentences is not None and in_copy_bodies(here, copy_sentences()):
        return Status.echo
    return Status.single_source
