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

On every declassified and link dev set under --oracle, after this session's fixes (h15 heldout15, h11, h9, h13, h7,
h10, h12; d16 dev16-standoff, d12l dev12-links, f6 fresh6). Missed links by the first rule that refused each (--why):
| missed link: first rule that refused it (--why)                        |  h15 |  h11 |   h9 |  h13 |   h7 |  h10 |  h12 |  d16 | d12l |   f6 |  all |
|------------------------------------------------------------------------|------|------|------|------|------|------|------|------|------|------|------|
| score feature: summaries share no word                                 |   13 |    3 |   12 |    1 |    8 |    3 |      |    1 |    2 |    6 |   49 |
| relay rules (two relays, a relay and a remark, speaker unknown)        |    2 |    2 |    7 |    1 |    4 |    1 |    2 |    6 |   16 |    3 |   44 |
| score feature: similarity + bonuses under EVENT_SCORE                  |    6 |    2 |    7 |    2 |    7 |    1 |    6 |    2 |    6 |    1 |   40 |
| blocking key: cut by the candidate limit, or no shared key             |      |    9 |    6 |    2 |    9 |      |    1 |    1 |    4 |    2 |   34 |
| same_topic rule: similarity under the topic thresholds                 |      |    1 |    7 |      |   14 |    2 |    2 |    4 |    1 |    3 |   34 |
| same_topic rule: kinds differ (plan/outcome, relay/act)                |    5 |    2 |      |    4 |    3 |      |    1 |      |   10 |    8 |   33 |
| score feature: no anchor                                               |    4 |    2 |    3 |      |    1 |      |    1 |    1 |      |      |   12 |
| stance/side or modality: found as same_topic, modality differs         |    4 |    1 |    2 |      |      |      |      |    1 |    1 |    1 |   10 |
| score feature: other act heads / kinds                                 |    1 |    1 |      |    4 |    1 |      |      |      |    2 |    1 |   10 |
| copy rules (a copy's other sentence), day tolerance, other             |      |    2 |      |    1 |    1 |    1 |      |      |    6 |      |   11 |
| all                                                                    |   35 |   25 |   44 |   15 |   48 |    8 |   13 |   16 |   48 |   25 |  277 |
False links (an automatic split: "counterpart choice" = the gold links one end to another event of the other end's
excerpt; "wrong relation" = a gold pair found with the other relation):
| false link: rule                                                       |  h15 |  h11 |   h9 |  h13 |   h7 |  h10 |  h12 |  d16 | d12l |   f6 |  all |
|------------------------------------------------------------------------|------|------|------|------|------|------|------|------|------|------|------|
| same_event: counterpart choice among similar acts or remarks           |    6 |    1 |    4 |      |      |    6 |    3 |    3 |      |    4 |   27 |
| same_topic: counterpart choice (a topic link beside the gold's)        |    3 |    4 |    2 |    6 |    1 |      |    2 |    2 |      |      |   20 |
| wrong relation (stance/side: one side's opposed stances same_topic;    |    4 |    1 |    2 |    1 |    1 |      |      |    1 |    1 |    1 |   12 |
|   a summary of several acts; a plan and its deed)                      |      |      |      |      |      |      |      |      |      |      |      |
| no gold link of either end into the other excerpt                      |    2 |    2 |      |    1 |    3 |    2 |    1 |    1 |      |      |   12 |
| all (main 8fe0fe9: 33, 10, 9, 8, 5, 9, 6, 8, 1, 5 = 94)                |   15 |    8 |    8 |    8 |    5 |    8 |    6 |    7 |    1 |    5 |   71 |
Wrong statuses by cause (--why):
| wrong status: cause                                                    |  h15 |  h11 |   h9 |  h13 |   h7 |  h10 |  h12 |  d16 | d12l |   f6 |  all |
|------------------------------------------------------------------------|------|------|------|------|------|------|------|------|------|------|------|
| a missed link (no link, or the differing/agreeing link not found)      |   20 |   21 |   20 |   13 |   21 |    6 |   12 |    2 |   12 |    8 |  135 |
| only a copy's link found (-> echo / later_development)                 |    2 |    2 |    6 |      |    6 |      |      |      |    4 |      |   20 |
| a link or difference the gold lacks / a difference not seen            |      |      |    5 |      |    3 |    3 |    3 |    2 |      |      |   16 |
| relation: found as same_topic / a later source read otherwise          |      |      |    6 |      |    2 |    2 |    3 |      |      |      |   13 |
| a copy taken for an independent witness                                |      |    2 |      |      |    2 |    2 |      |      |      |      |    6 |
| the status rule itself                                                 |      |      |      |      |      |      |      |      |      |      |    0 |
| all                                                                    |   22 |   25 |   37 |   13 |   34 |   13 |   18 |    4 |   16 |    8 |  190 |
Golds disagreeing, counted and followed by the majority: one known side's two statements of days that meet whose only
material difference is opposed stances on one state (heldout15's "stopped short of criticising X" / "condemned X's
aggression") are same_event in 5 gold pairs (heldout15 4, dev12-links 1) and same_topic in 13 (eval 5, heldout12 2,
heldout4 2, heldout9, heldout13, heldout2, heldout3): the rule stays same_topic (only a stance on a thing is one position
told otherwise, session 16); tests/data/eval/README.md says so.

Fixed (general rules; fresh rows below, invented crises, names and days):
- a stance belongs to the statement of its sentence whose own words (summary) take it: another statement of that
  sentence by another speaker (a spokesman who "said only that ...", "according to reports received in X", a third
  party's "declared their support for Y") no longer carries it (claims._without_sentence_mates_stances); one speaker's
  two statements of a sentence ("told reporters ..., repeating that ...") keep sharing theirs;
- a relative clause opened by "whose" (", whose fishing fleet works the waters off X,") names none of the subject's
  sides, as one opened by "which" or "who" (stance.RELATIVE_RE);
- a relay whose summary is only its speaker and a reporting formula ("..., the Pentagon said", "a U.S. official said,
  speaking on condition of anonymity": words.toml [relay_formula]) announces nothing (acts.announces): the act it
  relays is an event of its sentence and links on its own (heldout15 fp -6, heldout11 -2, heldout9 -1, dev16 -1);
- one actor's drill planned over days ("expected to last until April 1") and its end told of a day within them in a
  source written later ("ended its manoeuvres ... four days ahead of schedule") are the plan and what came of it
  (score.drill_phases, acts.tells_end), as a phase reaching the plan's last day already was;
- counterpart choice among similar acts, where the acts name what they were done to: sites struck are targets
  (targets.toml [families.site]: "struck a missile site" / "a patrol boat was struck" are two strikes, as a radar and a
  missile site are), and one doer's "attacked" ~ "struck" is one head when both name one thing (paraphrases.toml
  [one_target]): heldout15 tp 46 -> 50, fp 21 -> 15. Tried and left out: "attacked" ~ "struck" for any one doer's pair
  (heldout15 tp +6, but heldout4 +2 false links: "22 missiles struck" / "targeted the air base", which its gold keeps
  apart); one counterpart per excerpt for one actor's acts of one kind (as session 17's mutual-best pass: heldout15
  fp -4 but tp -3, heldout3 -8, heldout5 -6, fresh6 -4 links: the golds link one act to its several tellings);
- one act in other words (paraphrases.toml): a border "sealed" is "closed" (phrases: not "sealed a deal"), a leader
  who "resigned" is one who "stepped down" (a new act head): heldout15 tp 50 -> 52, status 72 -> 76%, heldout10 fp 9 -> 8.
"""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.models import Relation
from parity.score import drill_phases, score_pair, shared_head
from parity.targets import act_targets, targets_apart
from tests.parity.helpers import claims_for, event, record, scored

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


# ---- a relay that tells nothing of its own announces nothing; a drill's planned length and its early end

def _in(excerpt: str, text: str, kind: str, summary: str, n: int, day, modality: str = "asserted",
        actor: str | None = "Portugal"):
    ev = event(excerpt, text, kind, actor=actor, day=day, summary=summary, modality=modality)
    return ev.model_copy(update={"id": f"{ev.id}-{n}"})


LATER = [record("q1", "Lisbon Wire", "2033-05-09"), record("q2", "Atlantic Courier", "2033-05-16")]
ENDED = "Portugal's navy ended its exercises off Cape Sorel on Thursday, the defence ministry said."


@pytest.mark.parametrize("relay", ["the defence ministry said",
                                   "a Portuguese official said, speaking on condition of anonymity"])
def test_bare_relay_of_an_end_announces_nothing(relay: str) -> None:
    """The relay of a drill's end ("..., the ministry said") is no announcement of the drill told elsewhere: the
    end it relays is an event of its sentence and links on its own."""
    text = ENDED if relay.startswith("the") else ENDED.replace("the defence ministry said", relay)
    began = _in("q1", "The Portuguese navy began exercises off Cape Sorel on Sunday.", "military_exercise",
                "began exercises off Cape Sorel on Sunday", 1, "2033-05-08")
    ended = _in("q2", text, "military_exercise", "ended its exercises off Cape Sorel on Thursday", 2, "2033-05-12")
    said = _in("q2", text, "statement", relay, 3, "2033-05-16")
    (cb, ce, cs), claims = claims_for(LATER, [began, ended, said])
    assert cs.attribution
    assert score_pair(cs, cb, build_index(claims)) is None


def test_drill_planned_length_and_its_early_end() -> None:
    """A drill "expected to last until May 20" and, in a source written a week later, its end on May 15: the plan
    and what came of it (same_topic), though the end falls before the plan's last day."""
    plan = _in("q1", "The exercises are expected to last until May 20, the navy said.", "military_exercise",
               "The exercises are expected to last until May 20", 1, ("2033-05-08", "2033-05-20"), modality="expected")
    done = _in("q2", "The navy ended its exercises off Cape Sorel on Monday, four days ahead of schedule.",
               "military_exercise", "ended its exercises off Cape Sorel on Monday", 2, "2033-05-15")
    got = scored(LATER, plan, done)
    assert got is not None and got.relation == Relation.same_topic
    assert drill_phases(*claims_for(LATER, [plan, done])[0])


def test_drill_planned_length_and_its_start_stay_apart() -> None:
    """The start of a drill whose length the plan tells is no phase reaching the plan (the [lasting] convention)."""
    plan = _in("q1", "The exercises are expected to last until May 20, the navy said.", "military_exercise",
               "The exercises are expected to last until May 20", 1, ("2033-05-08", "2033-05-20"), modality="expected")
    began = _in("q2", "The navy began its exercises off Cape Sorel on May 8.", "military_exercise",
                "began its exercises off Cape Sorel on May 8", 2, "2033-05-08")
    assert not drill_phases(*claims_for(LATER, [plan, began])[0])


# ---- one doer's attack told as struck and as attacked, on one thing; strikes on two kinds of site or a site and a ship

SAME_DAY = [record("q1", "Deccan Wire", "2034-02-14"), record("q2", "Gulf Courier", "2034-02-15")]


def _act(excerpt: str, text: str, summary: str, day: str = "2034-02-13", actor: str = "India"):
    return event(excerpt, text, "other", actor=actor, day=day, summary=summary)


def test_struck_and_attacked_one_site_are_one_strike() -> None:
    """"struck a radar station" / "a radar station that had been attacked": one doer's one strike on one thing."""
    a = _act("q1", "Indian aircraft struck a radar station near Kotli on Monday.", "struck a radar station near Kotli")
    b = _act("q2", "The jets returned to base, leaving a radar station that had been attacked twice.",
             "a radar station that had been attacked twice")
    got = scored(SAME_DAY, a, b)
    assert got is not None and got.relation == Relation.same_event


def test_a_boat_struck_and_a_site_attacked_are_two_strikes() -> None:
    """One doer's strike on a patrol boat and its attack on a missile site, one day: two strikes."""
    a = _act("q1", "A patrol boat of the Pakistani navy was struck by Indian jets on Monday.",
             "a patrol boat of the Pakistani navy was struck by Indian jets")
    b = _act("q2", "Indian jets attacked a missile site near Kotli on Monday.", "attacked a missile site near Kotli")
    got = scored(SAME_DAY, a, b)
    assert got is None or got.relation != Relation.same_event


def test_missiles_striking_is_no_attack_on_a_named_site() -> None:
    """"22 missiles struck between 1 am and 2 am" names no target: no one head with "targeted the air base"."""
    a = _act("q1", "The army said 22 missiles struck between 1 am and 2 am.", "22 missiles struck between")
    b = _act("q2", "India targeted the Jacobabad air base with missiles early on Monday.",
             "targeted the Jacobabad air base")
    assert not shared_head(*claims_for(SAME_DAY, [a, b])[0])


@pytest.mark.parametrize(("one", "other", "apart"), [
    ("struck a missile site near the port", "a patrol boat was struck by the jets", True),
    ("the radar was struck for a second time", "struck a missile site", True),
    ("struck militant positions", "struck a missile site", False),
    ("blocked the runway with army trucks", "the aircraft was prevented from landing", False),
    ("shelled an army base", "killed four soldiers", False),
])
def test_site_targets(one: str, other: str, apart: bool) -> None:
    """Sites struck are targets (targets.toml [families.site]); a site and the aircraft or people there may be one act."""
    assert targets_apart(act_targets(one), act_targets(other)) is apart


# ---- one act in other words: a leader resigning / stepping down; a border sealed / closed

def test_resigned_and_stepped_down_are_one_act() -> None:
    """"resigned today" / "who stepped down on Tuesday": one leader leaving office."""
    a = event("q1", "Fiji's Prime Minister Sala Vuni resigned today after weeks of protests.", "other",
              actor="Sala Vuni", day="2034-02-14", summary="Fiji's Prime Minister Sala Vuni resigned today")
    b = event("q2", "Mr Vuni, who stepped down on Tuesday, left for Auckland.", "other", actor="Sala Vuni",
              day="2034-02-14", summary="who stepped down on Tuesday")
    got = scored(SAME_DAY, a, b)
    assert got is not None and got.relation == Relation.same_event


def test_sealed_and_closed_border_are_one_closure_a_day_apart() -> None:
    """"had sealed its border on 2 January" / "closed its border ... on January 3": one closure, its day disputed."""
    a = event("q1", "Djibouti closed its border to fleeing fighters on January 3.", "other", actor="Djibouti",
              day="2034-01-03", summary="closed its border to fleeing fighters on January 3")
    b = event("q2", "Djibouti had sealed its border on 2 January.", "other", actor="Djibouti", day="2034-01-02",
              summary="had sealed its border on 2 January")
    got = scored(SAME_DAY, a, b)
    assert got is not None and got.relation == Relation.same_event
    assert {d.attribute for d in got.differences} == {"date"}


def test_sealed_a_deal_is_no_closure() -> None:
    """Only a border or crossing sealed is closed: "sealed a deal" names no closure."""
    from parity import lexicon
    assert "closur" not in lexicon.content_words("the two leaders sealed a deal on Friday")
    assert "closur" in lexicon.content_words("the army sealed off the crossing on Friday")
