"""Failure classes found on a held-out set, on four fresh multi-source stories and focused cases."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parity import lexicon
from parity.blocking import build_index
from parity.build import build_parity
from parity.claims import claims_of
from parity.models import Relation
from parity.origins import copied_excerpts, shingles
from parity.score import count_difference, denies_the_other, score_pair
from parity.stance import stances_in
from tests.parity.helpers import event, record, timeline
from tests.parity.stories_crises import BODIES, CRISES, STOCK

HERE = Path(__file__).parent


def _build(name):
    story = CRISES[name]()
    return story, build_parity(story.timeline, None, BODIES.get(name))


@pytest.mark.parametrize("name", sorted(CRISES))
def test_crisis_links_match_gold(name):
    story, parity = _build(name)
    key = {e.id: k for k, e in story.events.items()}
    found = {frozenset({key[c.event], key[link.event]}): link.relation.value
             for c in parity.claims for link in c.links}
    assert found == story.links


@pytest.mark.parametrize("name", sorted(CRISES))
def test_crisis_statuses_match_gold(name):
    story, parity = _build(name)
    key = {e.id: k for k, e in story.events.items()}
    assert {key[c.event]: c.status.value for c in parity.claims} == story.statuses


# 1. Origins
@pytest.mark.parametrize("via, canonical", [
    ("Associated Press of Pakistan (APP)", "APP"), ("the Associated Press", "Associated Press"),
    ("AP", "Associated Press"), ("APP", "APP"), ("Korean Central News Agency", "KCNA"),
    ("Central News Agency", "CNA"), ("Saudi Press Agency", "Saudi Press Agency"),
])
def test_the_longest_agency_name_wins_on_word_boundaries(via, canonical):
    assert lexicon.agency(via) == canonical


def test_associated_press_and_associated_press_of_pakistan_are_two_witnesses():
    story, parity = _build("essequibo")
    by = {c.event: c for c in parity.claims}
    (link,) = [x for x in by[story.events["herald_vote"].id].links if x.event == story.events["dawn_vote"].id]
    assert link.independent
    names = {o.name: o.excerpts for o in parity.origins}
    assert names["Associated Press"] == ["v1", "v4"] and names["APP"] == ["v2"]


def test_stock_wording_is_no_copy_but_a_long_specific_run_is():
    assert shingles(STOCK) == frozenset()  # made only of stock words
    bodies = BODIES["cable"]
    texts = {e: shingles(b) for e, b in bodies.items()}
    assert copied_excerpts(texts) == []
    spun = bodies["b1"].replace("said", "stated").replace("Navy ships", "Naval vessels")
    texts["b4"] = shingles(spun)
    assert [(a, b) for a, b, *_ in copied_excerpts(texts)] == [("b1", "b4")]


# 2. One speaker on two days
def test_one_speaker_on_two_days_makes_two_statements():
    a = event("x1", "The defence ministry said on 4 August that drones had struck a depot near the border.",
              actor="defence ministry", role="Armenian defence ministry", day="2024-08-04")
    b = event("x2", "The defence ministry said on 28 August that drones had struck a depot in the north.",
              actor="defence ministry", role="Armenian defence ministry", day="2024-08-28")
    c = event("x3", "The defence ministry said on Sunday that drones had struck a depot near the border.",
              actor="defence ministry", role="Armenian defence ministry", day="2024-08-04")
    tl = timeline([record("x1", "One", "2024-08-05"), record("x2", "Two", "2024-08-29"),
                   record("x3", "Three", "2024-08-05")], [a, b, c])
    claims = claims_of(tl)
    index = build_index(claims)
    pos = {cl.id: cl for cl in claims}
    far = score_pair(pos[a.id], pos[b.id], index)
    assert far is None or far.relation == Relation.same_topic
    assert score_pair(pos[a.id], pos[c.id], index).relation == Relation.same_event


# 3. One incident in other words: every group of words.toml [heads] reads as one word
HEADS = lexicon.load("words")["heads"]


@pytest.mark.parametrize("group", sorted(HEADS))
def test_each_head_group_reads_as_one_word(group):
    words = {lexicon.content_words(surface) for surface in HEADS[group]}
    assert words == {(lexicon.stem(group),)}


def test_heads_link_a_downed_jet_and_a_shot_down_aircraft():
    story, parity = _build("border")
    by = {c.event: c for c in parity.claims}
    (link,) = by[story.events["wire_jet"].id].links
    assert link.event == story.events["daily_jet"].id and link.relation == Relation.same_event and link.agrees


# 4. Counts and dates
@pytest.mark.parametrize("text, found", [
    ("fired 11 ballistic missiles on 5 March 2024", [("11", "11 ballistic missiles")]),
    ("launched nine missiles in 2023", [("9", "nine missiles")]),
    ("a 70-year-old said 90 percent of the 1,044 centrifuges spin", [("1044", "1,044 centrifuges spin")]),
    ("one of the ships", []),
    ("Pakistan said it shot down one Indian jet", [("1", "one Indian jet")]),
])
def test_counts_in(text, found):
    assert [(v, shown) for v, _, shown in lexicon.counts_in(text)] == found


def test_counts_are_compared_only_when_they_count_one_thing():
    def facts(text):
        tl = timeline([record("c1", "C", "2024-01-02")], [event("c1", text, "missile_test", day="2024-01-01")])
        return claims_of(tl)[0]
    eleven, nine = facts("North Korea fired 11 missiles."), facts("North Korea fired nine missiles.")
    injured = facts("Nine sailors were injured.")
    diff = count_difference(eleven, nine)
    assert (diff.here, diff.there) == ("11 missiles", "nine missiles")
    assert count_difference(eleven, injured) is None


def test_a_date_conflict_on_one_event_names_both_days():
    story, parity = _build("border")
    by = {c.event: c for c in parity.claims}
    (link,) = by[story.events["wire_clash"].id].links
    assert [(d.attribute, d.here, d.there) for d in link.differences] == [("date", "2022-09-13", "2022-09-12")]


# 5. Stance: every entry of stance.toml, and the table written before the rules were broadened
RULES = lexicon.stance_rules()


@pytest.mark.parametrize("cls, verb", [(c, v) for c, vs in RULES["stances"].items() for v in vs]
                         + [(c, v) for c, vs in RULES["inverse"].items() for v in vs])
def test_each_stance_verb(cls, verb):
    (st,) = stances_in(f"Peru {verb} Chile over the fishing dispute.")
    inverse = verb in RULES["inverse"].get(cls, [])
    if cls == "neutral":
        assert (st.sides, st.stance, st.target, st.polarity) == (("Peru",), "neutral", "*", "positive")
    else:
        assert (st.sides, st.stance, st.target) == (("Peru",), cls, "Chile")
        assert st.polarity == ("negative" if inverse else "positive")


@pytest.mark.parametrize("cue", [c for c in RULES["negation"]["cues"] if c not in ("n't", "neither", "nor")])
def test_each_negation_cue(cue):
    verb = "condemning" if cue.endswith(("from", "of", "without", "than")) else "condemn"
    (st,) = stances_in(f"Peru {cue} {verb} Chile.")
    assert st.polarity == "negative"


def test_two_cues_cancel_and_neutrality_conflicts_with_taking_a_side():
    (st,) = stances_in("Lithuania did not shy away from condemning Belarus.")
    assert st.polarity == "positive"
    (neutral,) = stances_in("China called on both sides to exercise restraint.")
    (backs,) = stances_in("China sided with Pakistan.")
    assert neutral.conflicts_with(backs) and backs.conflicts_with(neutral)
    assert not neutral.conflicts_with(stances_in("Japan sided with Pakistan.")[0])
    assert not neutral.conflicts_with(stances_in("China condemned Pakistan.")[0])  # blaming is no siding


def test_stance_accuracy_on_the_table_written_first():
    cases = tomllib.loads((HERE / "stance_cases_new.toml").read_text(encoding="utf-8"))["case"]
    right = sum(
        [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}" for s in stances_in(c["text"])] == c["expect"]
        for c in cases)
    # measured 13/34 with the rules before the table, 32/34 after; the two misses are kept as written
    assert len(cases) >= 30 and right / len(cases) >= 0.9


# 7. A meeting shares only a generic topic word with a policy statement: no link
def test_a_meeting_is_not_on_the_topic_of_a_statement_sharing_only_talks():
    story, parity = _build("essequibo")
    by = {c.event: c for c in parity.claims}
    assert by[story.events["mirror_meeting"].id].links == []
    assert by[story.events["herald_talks"].id].links == []


def test_one_sentence_spun_between_copies_of_one_wire_is_one_event():
    wire = event("w1", "The Sudanese army said it had retaken the presidential palace in Khartoum from the "
                 "paramilitary forces after weeks of fighting, TASS reported.", actor="Sudanese army",
                 day="2025-03-21", via="TASS")
    spun = event("w2", "The Sudanese military stated it had recaptured the presidential palace in Khartoum from "
                 "the paramilitary forces after weeks of combat, TASS reported.", actor="Sudanese army",
                 via="TASS")
    other = event("w3", "Soldiers of the Sudanese army raised the flag over the presidential palace in "
                  "Khartoum, a military spokesman said.", actor="Sudanese army")
    tl = timeline([record("w1", "Wire", "2025-03-21"), record("w2", "Spinner", "2025-04-02"),
                   record("w3", "Daily", "2025-04-02")], [wire, spun, other])
    by = {c.event: c for c in build_parity(tl).claims}
    relation = {link.event: (link.relation, link.independent) for link in by[wire.id].links}
    assert relation[spun.id] == (Relation.same_event, False)  # one wire, copied: one remark
    # an independent outlet's undated statement twelve days later is not taken for the same remark
    assert relation.get(other.id, (Relation.same_topic, True)) == (Relation.same_topic, True)


@pytest.mark.parametrize("text, sides", [
    ("ASEAN foreign ministers", ["ASEAN"]), ("a Houthi military spokesman", ["Houthis"]),
    ("Venezuelans voted", ["Venezuela"]), ("the Finnish coast guard", ["Finland"]),
    ("Georgetown and Caracas", ["Guyana", "Venezuela"]), ("the African Union", ["African Union"]),
])
def test_new_sides(text, sides):
    assert lexicon.sides_in(text) == sides


@pytest.mark.parametrize("opener", RULES["openers"]["phrases"])
def test_each_framing_opener_is_skipped_to_find_the_target(opener):
    (st,) = stances_in(f"Peru condemned {opener} Chile's reckless actions at sea.")
    assert (st.sides, st.stance, st.target) == (("Peru",), "blame", "Chile")


def test_a_denial_is_linked_to_the_claim_it_denies_and_not_to_its_neighbours():
    shelled = event("d1", "Armenian troops shelled Azerbaijani positions near Lachin on Monday and a drone "
                    "struck a fuel depot, Baku said.", "other", actor="Armenia", day="2023-09-11",
                    summary="Armenian troops shelled Azerbaijani positions")
    depot = event("d1", "Armenian troops shelled Azerbaijani positions near Lachin on Monday and a drone struck "
                  "a fuel depot, Baku said. ", "other", actor="Armenia", day="2023-09-11",
                  summary="a drone struck a fuel depot")
    denial = event("d2", "Armenia's defence ministry denied that its troops had shelled Azerbaijani positions, "
                   "calling the report disinformation spread to justify a new offensive against the ethnic "
                   "Armenian population of Nagorno-Karabakh, where food and medicine ran short for months.",
                   actor="Armenian defence ministry")
    tl = timeline([record("d1", "Caspian Daily", "2023-09-12"), record("d2", "Yerevan Times", "2023-09-12")],
                  [shelled, depot, denial])
    facts = {c.id: c for c in claims_of(tl)}
    assert denies_the_other(facts[denial.id], facts[shelled.id])
    assert not denies_the_other(facts[denial.id], facts[depot.id])  # another event of the sentence
    by = {c.event: c for c in build_parity(tl).claims}
    (link,) = by[denial.id].links
    assert link.event == shelled.id and not link.agrees
    assert link.differences[0].attribute == "polarity"
    assert by[shelled.id].status.value == "conflicting" and by[depot.id].status.value == "single_source"
