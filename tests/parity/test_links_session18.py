"""Session 18 (plink18): parity links and statuses on GOLD events (`python -m parity.evaluate --eval DIR --oracle -v
--why`), main 8fe0fe9.

Every false and missed link and every wrong status under --oracle on heldout15 (declassified this session; 87 gold links,
93 statuses; main 8fe0fe9: tp 45, fp 33, fn 42, 26 wrong statuses), by the rule that made or lost it:
| heldout15 under --oracle: rule                                                     | false | missed |
|------------------------------------------------------------------------------------|-------|--------|
| counterpart choice among similar acts (a strike on a boat / on a missite site, two | 10    |        |
|   hand-overs of power: the link goes to the other one of the other excerpt)        |       |        |
| stance/side: a stance read into another speaker's statement of its sentence        | 8     |        |
| stance/side: one side's opposed stances of one day, linked same_topic (gold        | 4     | 4      |
|   same_event; the older golds hold 13 such pairs same_topic, 5 same_event: kept)   |       |        |
| same_topic rule: a relay of an act announces its end ("..., the Pentagon said")    | 6     |        |
| one person's statements of one day (a spokesman's other words)                     | 1     |        |
| other anchors (a place: "entered X" / "installed in X"; two speakers' one call)    | 2     |        |
| found as same_topic where the gold has same_event (a summary of several acts)      | 1     |        |
| kinds differ, same_topic by words (a remark and a rocket fire)                     | 1     |        |
| score feature: summaries share no word (other words for one act: "abandoned the    |       | 13     |
|   capital" / "drove X from the capital"; "sealed" / "closed its border")           |       |        |
| score feature: similarity + bonuses under EVENT_SCORE                              |       | 8      |
| score feature: no anchor (the actor told as a state and as its forces or leader)   |       | 4      |
| score feature: other act heads / two kinds, only actor and thing                   |       | 5      |
| same_topic rule: a plan and its outcome of another kind (meeting -> suspension,    |       | 5      |
|   a call for a meeting -> the meeting)                                             |       |        |
| relay rules (a relay and a remark; a relay found as same_topic)                    |       | 3      |
| same_topic: similarity under the topic thresholds, a relay                         |       | 2      |
| blocking key / day tolerance                                                       | 0     | 0      |
| all                                                                                | 33    | 42     |
Wrong statuses (26): 21 follow a missed link (9 corroborated -> single_source, 6 conflicting -> single_source, 2
later_development -> single_source, 4 conflicting -> corroborated where the differing link is missed), 4 follow a copy's
link only (corroborated/conflicting -> echo), 1 an agreeing link not found; the status rule itself made none.

Fixed (general rules; fresh rows below, invented crises, names and days):
- a stance belongs to the statement of its sentence whose own words (summary) take it: another statement of that
  sentence by another speaker (a spokesman who "said only that ...", "according to reports received in X", a third
  party's "declared their support for Y") no longer carries it (claims._without_sentence_mates_stances); one speaker's
  two statements of a sentence ("told reporters ..., repeating that ...") keep sharing theirs;
- a relative clause opened by "whose" (", whose fishing fleet works the waters off X,") names none of the subject's
  sides, as one opened by "which" or "who" (stance.RELATIVE_RE).
"""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.score import score_pair
from tests.parity.helpers import claims_for, event, record

RECS = [record("q1", "Lisbon Wire", "2033-05-09"), record("q2", "Atlantic Courier", "2033-05-10")]


def _mate(excerpt: str, text: str, actor: str | None, summary: str, n: int, day: str = "2033-05-09"):
    """A statement of one sentence told by its own summary (sentence-mates share the evidence, not the id)."""
    ev = event(excerpt, text, actor=actor, day=day, summary=summary)
    return ev.model_copy(update={"id": f"{ev.id}-{n}"})


def _shown(c) -> set[str]:
    return {f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}" for s in c.stances}


# ---- a stance is its own clause's speaker's, not a sentence-mate's

SPOKESMAN = ("Portugal, whose fishing fleet works the waters off Morocco, stopped short of criticising Spain, and a "
             "spokesman for Prime Minister Rui Matos said only that Lisbon hoped the quarrel would not spread.")


def test_whose_clause_names_no_side_of_the_subject() -> None:
    """The state in a "whose" clause after the subject is no side of the subject's stance."""
    a = _mate("q1", SPOKESMAN, "Portugal", "stopped short of criticising Spain", 1)
    b = _mate("q1", SPOKESMAN, "Rui Matos", "a spokesman for Prime Minister Rui Matos said only that Lisbon hoped", 2)
    (ca, _), _ = claims_for(RECS, [a, b])
    assert _shown(ca) == {"Portugal|blame|Spain|negative"}


def test_spokesman_saying_only_something_else_holds_no_stance() -> None:
    """The spokesman's remark in the sentence of the state's withheld criticism takes no stance of its own."""
    a = _mate("q1", SPOKESMAN, "Portugal", "stopped short of criticising Spain", 1)
    b = _mate("q1", SPOKESMAN, "Rui Matos", "a spokesman for Prime Minister Rui Matos said only that Lisbon hoped", 2)
    (_, cb), _ = claims_for(RECS, [a, b])
    assert cb.stances == ()


REPORTS = ("Nordic states, foremost among them Norway, condemned the Russian blockade, according to reports received in "
           "Helsinki, and Baltic capitals declared their support for Finland.")


def _reports_claims():
    x = _mate("q1", REPORTS, "Norway", "condemned the Russian blockade", 1)
    y = _mate("q1", REPORTS, None, "according to reports received in Helsinki", 2)
    z = _mate("q1", REPORTS, "Baltic states", "declared their support for Finland", 3)
    return claims_for(RECS, [x, y, z])[0]


def test_reports_take_no_stance_of_the_clause_they_source() -> None:
    """"according to reports received in X" takes no stance; Norway's blame stays Norway's."""
    cx, cy, _ = _reports_claims()
    assert "Norway|blame|Russia|positive" in _shown(cx)
    assert cy.stances == ()


@pytest.mark.xfail(strict=True, reason="a statement whose own words hold a stance cue of any class keeps its sentence's "
                   "stances (only a cue of the stance's class kept them: a blind set lost two links)")
def test_third_party_support_holds_no_blame_of_another_clause() -> None:
    """The Baltic capitals' declared support holds Norway's blame of Russia too."""
    _, _, cz = _reports_claims()
    assert {s.stance for s in cz.stances} == {"support"}


def test_one_speakers_two_statements_share_the_stance() -> None:
    """One speaker's "told reporters ..., repeating that the islets were Swedish territory": both hold the claim."""
    text = "Prime Minister Lena Holm told reporters in Stockholm on Tuesday, repeating that the islets were Swedish territory."
    p = _mate("q1", text, "Lena Holm", "Prime Minister Lena Holm told reporters in Stockholm on Tuesday", 1)
    q = _mate("q1", text, "Lena Holm", "repeating that the islets were Swedish territory", 2)
    (cp, cq), _ = claims_for(RECS, [p, q])
    assert {s.stance for s in cp.stances} == {s.stance for s in cq.stances} == {"sovereignty"}


def test_spokesman_not_linked_to_another_outlets_criticism() -> None:
    """Another outlet's "Portugal criticised Spain" conflicts with the withheld criticism, not with the spokesman's
    other words."""
    a = _mate("q1", SPOKESMAN, "Portugal", "stopped short of criticising Spain", 1)
    b = _mate("q1", SPOKESMAN, "Rui Matos", "a spokesman for Prime Minister Rui Matos said only that Lisbon hoped", 2)
    c = event("q2", "Portugal on Monday criticised Spain's decision to close the fishing grounds.", actor="Portugal",
              day="2033-05-09", summary="criticised Spain's decision to close the fishing grounds")
    (ca, cb, cc), claims = claims_for(RECS, [a, b, c])
    index = build_index(claims)
    withheld = score_pair(ca, cc, index)
    assert withheld is not None and not withheld.agrees
    assert {d.attribute for d in withheld.differences} == {"stance"}
    assert score_pair(cb, cc, index) is None
