"""Session 23 (plink23): parity links on unseen text, main 36537cb (session 23's start).

Missed links under --oracle (`python -m parity.evaluate --eval DIR --oracle -v --why`) of the open sets by the rule that
refused them (h18 = heldout18, h17 = heldout17, rest = the other open link sets, d23 = dev23-links, written gold-first
this session; "summaries share no word" counts only same_event pairs):
| missed link: rule (--why)                      |  h18|  h17| rest|  d23|
| extra (same_event + same_topic)                |   16|   25|  ...|    2|
| same_e: summaries share no word                |    5|   11|   41|    2|
| same_e: blocked: cut by the candidate limit    |    8|    7|   ..|    0|
| same_e: no anchor                              |    8|    4|   ..|    1|
| same_e: score under threshold                  |    5|    7|   ..|    0|
| same_e: other act heads                        |    0|    2|   ..|    1|
| same_t: blocked (candidate limit, no key)      |    3|   13|   ..|    2|
Blocking read pair by pair (the rank of each cut gold pair among its claim's candidates, by summed key idf): the pairs
cut share only one or two common keys ("franc", "clash", an actor) and rank 15th to 80th of 20-90 candidates, most tied;
ranking one candidate per sentence of the other excerpt first moves none of them into the first PER_CLAIM = 15, so the
limit was left alone.

Fixed (data, general foreign-affairs wording):
- A ship sunk told active, passive or by the noun ("sank two of the boats" / "two of the speedboats were sunk" / "the
  sinking of the corvette"): words.toml [heads] sink, an act head of its own ([acts]); read into the shootdown group it
  made "shot down an airliner" and "the speedboats were sunk" of one clash one act (dev23-links, a false link).
- One doer's thing hit and the thing it destroyed ("was hit by two missiles from an American warship" / "the warship
  destroyed the Airbus with a missile"): paraphrases.toml [one_doer] strike ~ destroy (as damage ~ destroy).
- A sinking told with two doers (one sentence, its doer misread in one reading) is no incident told from either side:
  as an act head, "sink" made acts.from_either_side hide the actors of test_score's misread row; a summary whose first
  OPENING_WORDS words name the other's actor tells that actor's own act (`acts._opens_with`).
- A denial of a thing the other side's act names in another word of its family ("denied that the Tunisian army had
  fired on French aircraft" / "opened fire on French helicopters"; "denied that its destroyer had aimed its radar" / "a
  warship locked its fire-control radar"): score.denies_the_other counts the denied thing as held (`_kin_held`, the
  one-word things of targets.toml: one kind, or one of them generic), against an act only (against a statement relaying
  the act it made dev12-links' minister's remark a conflict the gold does not list, two wrong statuses end to end).

Tried and left out: ships turning back in other words (paraphrases.toml divert += "turned about", "altered course",
"headed home", ...): heldout9 oracle +2 links +2 false (copies' other sentences), gaps2 +1 false ("was turned around",
read "turned about" through words.toml [spin] around -> about, against "redirected to Minsk"); a strike ~ shootdown
[one_doer] pair ("was hit by two missiles" / "shot down an airliner"): no set gained a link (the victim's sentence
also tells the plane "went down", which takes the link).
After (F1, tp/fp; every other open set and the blind summaries unchanged): oracle dev23-links .40 -> .57 (4/2 -> 6/1),
dev12-links .65 -> .67 (42/1 -> 44/1), heldout18 .65 -> .66 (65/17 -> 67/17), blind heldout20 .66 -> .67; end to end
dev23-links .40 -> .50 (4/2 -> 5/1), dev12-links .47 -> .49 (29/9 -> 31/9), blind heldout20 .40 -> .41.
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.models import Relation
from tests.parity.helpers import event, record, scored

RECS = [record("w1", "Andes Wire", "2031-05-06"), record("w2", "Pacific Courier", "2031-05-07"),
        record("w3", "Southern Ledger", "2031-05-09")]


def _heads(text: str) -> set[str]:
    return set(lexicon.content_words(text)) & set(lexicon.act_heads())


# ---- a ship sunk, active, passive or by its noun (each fails on main 36537cb: "sank" / "sunk" shared no word)

@pytest.mark.parametrize("text", ["The frigate sank two of the gunboats", "Two of the gunboats were sunk",
                                  "the sinking of the corvette", "the trawler went to the bottom within minutes"])
def test_a_ship_sunk_is_one_head(text: str) -> None:
    assert _heads(text) == {"sink"}


def test_a_ship_sunk_active_and_passive_is_one_act() -> None:
    active = event("w1", "The Chilean frigate Lynch sank two of the gunboats on Tuesday, the navy said.", "other",
                   actor="Chile", day="2031-05-06", summary="The Chilean frigate Lynch sank two of the gunboats")
    passive = event("w3", "Two of the gunboats were sunk in the clash that followed on Tuesday.", "other",
                    day="2031-05-06", summary="Two of the gunboats were sunk in the clash that followed")
    got = scored(RECS, active, passive)
    assert got is not None and got.relation is Relation.same_event


def test_a_plane_shot_down_and_boats_sunk_stay_two_acts() -> None:
    """Guard: one clash's airliner shot down and boats sunk (words.toml keeps sink apart from shootdown)."""
    plane = event("w1", "The Chilean frigate Lynch shot down a Peruvian patrol plane over the bay on Tuesday.", "other",
                  actor="Chile", day="2031-05-06", summary="shot down a Peruvian patrol plane over the bay")
    boats = event("w3", "Two of the gunboats were sunk in the clash over the bay on Tuesday.", "other",
                  day="2031-05-06", summary="Two of the gunboats were sunk in the clash over the bay")
    got = scored(RECS, plane, boats)
    assert got is None or got.relation is not Relation.same_event


# ---- one doer's thing hit and destroyed (fails on main 36537cb: "other act heads")

def test_one_doers_thing_hit_is_the_thing_it_destroyed() -> None:
    hit = event("w2", "The patrol plane was hit by two missiles from a Chilean frigate on Tuesday, Lima said.", "other",
                actor="Chile", day="2031-05-06", summary="was hit by two missiles from a Chilean frigate")
    destroyed = event("w3", "The frigate destroyed the patrol plane with a missile on Tuesday.", "other",
                      actor="Chile", day="2031-05-06", summary="The frigate destroyed the patrol plane with a missile")
    got = scored(RECS, hit, destroyed)
    assert got is not None and got.relation is Relation.same_event


@pytest.mark.parametrize(("hit_actor", "hit_summary", "destroyed_summary"), [
    ("Peru", "Peruvian jets struck the radar station", "Chile destroyed a Peruvian drone"),  # two doers
    ("Chile", "Chilean jets struck the radar station", "Chile destroyed the fuel depot"),  # two targets
])
def test_hit_and_destroyed_of_two_doers_or_targets_stay_apart(hit_actor: str, hit_summary: str,
                                                               destroyed_summary: str) -> None:
    hit = event("w1", hit_summary + " on Tuesday.", "other", actor=hit_actor, day="2031-05-06", summary=hit_summary)
    destroyed = event("w2", destroyed_summary + " on Tuesday.", "other", actor="Chile", day="2031-05-06",
                      summary=destroyed_summary)
    got = scored(RECS, hit, destroyed)
    assert got is None or got.relation is not Relation.same_event


# ---- a denial of a thing the other side names in another word of its kind (fails on main 36537cb: no link, the
# denied words held 3 of 5)

def _denial_pair(denied: str, told: str) -> tuple[object, object]:
    denial = event("w2", f"The Peruvian defence ministry denied that its army had fired on {denied} near the border post.",
                   "statement", actor="Peru", day="2031-05-07", summary="The Peruvian defence ministry denied")
    act = event("w1", f"Peruvian troops opened fire on {told} near the border post on Monday, Chile said.", "other",
                actor="Peru", day="2031-05-05", summary=f"Peruvian troops opened fire on {told}")
    return denial, act


def test_a_denial_of_aircraft_conflicts_with_fire_on_helicopters() -> None:
    denial, act = _denial_pair("Chilean aircraft", "Chilean helicopters")
    got = scored(RECS, act, denial)
    assert got is not None and got.relation is Relation.same_topic
    assert any(d.attribute == "polarity" for d in got.differences)


@pytest.mark.parametrize(("denied", "told"), [
    ("Chilean ships", "Chilean helicopters"),  # two families: a vessel is no aircraft
    ("Chilean tankers", "Chilean trawlers"),  # two kinds of one family, neither generic
])
def test_a_denial_of_another_kind_of_thing_denies_nothing(denied: str, told: str) -> None:
    denial, act = _denial_pair(denied, told)
    got = scored(RECS, act, denial)
    assert got is None or not any(d.attribute == "polarity" for d in got.differences)


# ---- a doer misread is no telling from the other side (fails on main 36537cb: the actors' difference was not shown)

def test_a_summary_opening_with_the_others_actor_is_no_mirror() -> None:
    """One sentence read with two doers ("The Chilean navy struck ...", the second read as Peru's): the actor differs,
    shown; not one incident told by the side it was done to (acts.from_either_side), which hides the actors."""
    text = "The Chilean navy struck a coast guard patrol boat near the port of Ilo on Tuesday."
    told = event("w1", text, "other", actor="Chile", day="2031-05-06",
                 summary="The Chilean navy struck a coast guard patrol boat near the port of Ilo")
    misread = event("w2", text, "other", actor="Peru", day="2031-05-06",
                    summary="The Chilean navy struck a coast guard patrol boat near the port of Ilo")
    got = scored(RECS, told, misread)
    assert got is not None and got.relation is Relation.same_event
    assert {d.attribute for d in got.differences} == {"actor"}


def test_the_side_it_was_done_to_still_tells_it() -> None:
    """Guard: the victim's telling, the doer named after the verb, stays one incident from either side."""
    doer = event("w1", "Chile struck a coast guard patrol boat near the port of Ilo on Tuesday.", "other", actor="Chile",
                 day="2031-05-06", summary="Chile struck a coast guard patrol boat near the port of Ilo")
    victim = event("w2", "A coast guard patrol boat was struck by Chile near the port of Ilo on Tuesday.", "other",
                   actor="Peru", day="2031-05-06", summary="A coast guard patrol boat was struck by Chile near the port of Ilo")
    got = scored(RECS, doer, victim)
    assert got is not None and got.relation is Relation.same_event
    assert "actor" not in {d.attribute for d in got.differences}
