"""Session 6: one act worded differently by a wire, a state agency, a broadcaster and a paper (fresh
sentences from general knowledge, other stories than the dev corpora): heads in other words, a model
named against its kind, and counts that count nothing (a clock time, a length of time) or another outcome."""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.blocking import build_index
from parity.claims import claims_of
from parity.models import Relation
from parity.score import count_difference, objects_apart, score_pair
from tests.parity.helpers import claims_for, event, record, scored, timeline

RECS = [record("w1", "Gulf Wire", "2025-06-03"), record("w2", "State Agency", "2025-06-03"),
        record("w3", "Evening Broadcast", "2025-06-04")]


def _claims(*events):
    return claims_for(RECS, list(events))


def _scored(a, b):
    return scored(RECS, a, b)


# Two wordings of one act head: each pair reads as one shared head word.
ONE_HEAD = [
    ("border guards clashed with herders", "a confrontation with herders"),
    ("the two patrols had a brawl at the post", "a scuffle broke out at the post"),
    ("the soldiers fought hand-to-hand fighting", "a face-off between the soldiers"),
    ("the coast guard fired on the trawler", "crews opened fire on the trawler"),
    ("the activist was led away by police", "police arrested the activist"),
    ("the crew were taken prisoner", "the crew were detained"),
    ("the port authority impounded the freighter", "the freighter was seized"),
    ("the jet clipped the drone", "the jet collided with the drone"),
    ("the fighter clipped the plane", "the fighter rammed the plane"),
    ("the helicopter crashed into the sea", "the helicopter was shot down"),
    ("operators had to ditch the drone", "the drone was downed"),
    ("the ministers spoke by phone", "a telephone call between the ministers"),
    ("the navy will test-fire a missile", "the navy launched a missile"),
    ("the air force scrambled two jets", "the air force deployed two jets"),
    ("a live-fire exercise off the coast", "drills off the coast"),
]


@pytest.mark.parametrize("one, other", ONE_HEAD)
def test_two_wordings_name_one_act_head(one, other):
    assert lexicon.one_head(lexicon.content_words(one), lexicon.content_words(other))


def test_a_collision_and_the_damage_it_did_are_one_incident():
    assert lexicon.one_head(lexicon.content_words("the jet clipped the drone"),
                            lexicon.content_words("the impact damaged the drone's propeller"))


@pytest.mark.parametrize("text", ["urged both sides to exercise restraint", "the army showed restraint"])
def test_restraint_is_no_drill(text):
    assert not lexicon.act_heads().intersection(lexicon.content_words(text))


def test_a_call_is_no_meeting_in_person():
    call, met = lexicon.content_words("the leaders spoke by phone"), lexicon.content_words("the leaders met in Doha")
    assert not lexicon.one_head(call, met) and lexicon.act_heads().intersection(call)


def test_a_model_and_its_kind_launched_on_one_day_are_one_test():
    wire = event("w1", "The North launched an intercontinental ballistic missile early on Tuesday, Seoul said.",
                 "missile_test", actor="North Korea", day="2025-06-03", objects=("ICBM",),
                 summary="The North launched an intercontinental ballistic missile early on Tuesday")
    agency = event("w2", "The new-type Hwasong-19 was successfully test-fired on June 3 under the leader's guidance.",
                   "missile_test", actor="North Korea", day="2025-06-03", objects=("Hwasong-19",),
                   summary="The new-type Hwasong-19 was successfully test-fired on June 3")
    scored = _scored(wire, agency)
    assert scored is not None and scored.relation == Relation.same_event


@pytest.mark.parametrize("one, other, apart", [
    (("ICBM",), ("Hwasong-19",), False),  # a model the lists do not know, against a kind they know
    (("Su-35",), ("fighter jet",), False),
    (("ICBM",), ("ballistic missile",), False),  # a kind and the wider kind (aliases.toml [object_kinds])
    (("SRBM", "troops"), ("ballistic missile",), False),
    (("artillery",), ("drone",), True),  # two known kinds
    (("Su-35",), ("MiG-31",), True),  # two models
    (("warning shots",), ("water cannon",), True),
    ((), ("drone",), False),
])
def test_objects_apart(one, other, apart):
    a = event("w1", "An act on Tuesday.", "other", actor="Iran", day="2025-06-03", objects=one, summary="An act")
    b = event("w2", "An act on Tuesday.", "other", actor="Iran", day="2025-06-03", objects=other, summary="An act")
    (fa, fb), _ = _claims(a, b)
    assert objects_apart(fa, fb) is apart and objects_apart(fb, fa) is apart


def test_two_kinds_of_weapon_still_tell_two_acts_apart():
    shells = event("w1", "Gunners fired artillery at the ridge on Tuesday.", "other", actor="Armenia",
                   day="2025-06-03", objects=("artillery",), summary="Gunners fired artillery at the ridge")
    drone = event("w2", "A drone struck a truck near the ridge on Tuesday.", "other", actor="Armenia",
                  day="2025-06-03", objects=("drone",), summary="A drone struck a truck near the ridge")
    scored = _scored(shells, drone)
    assert scored is None or scored.relation != Relation.same_event


@pytest.mark.parametrize("text, count, timed", [
    ("was test-fired at 02:48 on Tuesday", "02", True),
    ("the launch, its first in more than two months,", "two", True),
    ("the rocket flew for 53 minutes", "53", True),
    ("fired two missiles into the sea", "two", False),
    ("two missiles in two hours", "two", False),  # one place where it counts things is enough
])
def test_a_clock_time_or_a_length_of_time_counts_nothing(text, count, timed):
    assert lexicon.timed_count(text, count) is timed


def test_an_event_count_read_from_a_time_is_never_compared():
    agency = event("w2", "The rocket was test-fired at 02:48 on June 3.", "missile_test", actor="North Korea",
                   day="2025-06-03", count="02", summary="The rocket was test-fired at 02:48 on June 3")
    broadcast = event("w3", "The launch on Tuesday, its first in two months, alarmed Tokyo.", "missile_test",
                      actor="North Korea", day="2025-06-03", count="two", summary="The launch on Tuesday")
    (a, b), _ = _claims(agency, broadcast)
    assert a.count is None and b.count is None and count_difference(a, b) is None


def test_the_dead_and_the_wounded_are_two_counts():
    dead = event("w1", "Three border guards died in the clash, the ministry said.", "statement", actor="Tajikistan")
    hurt = event("w2", "Eleven border guards were wounded in the clash, officials said.", "statement",
                 actor="Tajikistan")
    (a, b), _ = _claims(dead, hurt)
    assert count_difference(a, b) is None
    more = event("w3", "Five border guards died in the clash, a source said.", "statement", actor="Tajikistan")
    (a, c), _ = _claims(dead, more)
    assert count_difference(a, c) is not None  # the dead counted twice, differently


# One named person's remarks on one day: parts of one speech, each outlet quoting another part.
SPEECH_A = event("w1", "On Tuesday, Ramaphosa said it was \"deeply regrettable\" and called in the envoy.", "statement",
                 actor="Cyril Ramaphosa", day="2025-06-03", summary="Cyril Ramaphosa said: deeply regrettable")
SPEECH_B = event("w3", "Mr Ramaphosa told parliament on 3 June that the convoy had been fired on without warning.",
                 "statement", actor="Cyril Ramaphosa", day="2025-06-03",
                 summary="Cyril Ramaphosa told: the convoy had been fired on without warning")


def test_one_persons_remarks_on_one_day_in_two_outlets_are_one_statement():
    scored = _scored(SPEECH_A, SPEECH_B)
    assert scored is not None and scored.relation == Relation.same_event


def test_between_copies_of_one_origin_each_remark_keeps_its_own_counterpart():
    (a, b), claims = _claims(SPEECH_A, SPEECH_B)
    scored = score_pair(a, b, build_index(claims), dependent=True)
    assert scored is None or scored.relation != Relation.same_event


def test_a_states_statements_on_one_day_are_not_one_speech():
    one = event("w1", "The foreign ministry said on Tuesday it regretted the incident.", "statement",
                actor="South Africa", day="2025-06-03", summary="South Africa said: it regretted the incident")
    two = event("w3", "Pretoria on Tuesday ordered an inquiry into the convoy's route, a spokesman said.", "statement",
                actor="South Africa", day="2025-06-03", summary="South Africa said: ordered an inquiry into the route")
    scored = _scored(one, two)
    assert scored is None or scored.relation != Relation.same_event


@pytest.mark.parametrize("actor, canonical", [
    ("Afterwards", None),  # a sentence adverb read as a speaker names no one
    ("Meanwhile", None),
    ("Islamic Revolution Guards Corps", "Iran"),  # a state's armed forces by their own name
    ("Revolutionary Guards", "Iran"),
    ("PLA Eastern Theater Command", "China"),
    ("the Israel Defense Forces", "Israel"),
    ("General Staff of the Russian Armed Forces", "Russia"),
    ("Sergei Shoigu", "sergei shoigu"),
])
def test_canonical_actor(actor, canonical):
    from parity.claims import canonical_actor
    assert canonical_actor(actor) == canonical


def test_a_relay_of_an_act_and_a_remark_of_one_speaker_are_two_statements():
    said = "The navy said its divers recovered parts of the drone off Sevastopol on Friday."
    relay = event("w1", said, actor="Russia", day="2025-06-06", summary="Russia said: its divers recovered parts of the drone")
    act = event("w1", said + " ", "other", actor="Russia", day="2025-06-06",
                summary="its divers recovered parts of the drone off Sevastopol")
    remark = event("w2", "Moscow said on Friday the drone had flown with its transponder off and recovered parts of it.",
                   actor="Russia", day="2025-06-06", summary="Russia said: the drone had flown with its transponder off")
    claims = {c.id: c for c in claims_of(timeline(RECS, [relay, act, remark]))}
    assert claims[relay.id].attribution and not claims[remark.id].attribution
    scored = score_pair(claims[relay.id], claims[remark.id], build_index(list(claims.values())))
    assert scored is None or scored.relation != Relation.same_event


def test_a_total_of_two_kinds_is_not_compared_with_one_of_its_parts():
    whole = event("w1", "Iran launched more than 300 drones and missiles at Israel on Saturday.", "other", actor="Iran",
                  day="2024-04-13", summary="Iran launched more than 300 drones and missiles at Israel")
    parts = event("w3", "Tehran fired some 170 drones, 30 cruise missiles and 120 ballistic missiles on Saturday.",
                  "other", actor="Iran", day="2024-04-13", summary="Tehran fired some 170 drones")
    again = event("w2", "Iran launched about 200 drones and missiles at Israel on Saturday.", "other", actor="Iran",
                  day="2024-04-13", summary="Iran launched about 200 drones and missiles at Israel")
    (a, b, c), _ = _claims(whole, parts, again)
    assert lexicon.joined_count(a.counts[0][2]) and not lexicon.joined_count(b.counts[0][2])
    assert count_difference(a, b) is None
    assert count_difference(a, c) is not None  # two totals that differ
    # "and" before a verb joins no second kind: "three sailors and damaged the boat"
    assert lexicon.counts_in("injured three sailors and damaged the boat")[0][2] == "three sailors"


def test_one_doers_launch_and_strike_share_an_act_in_other_words():
    launched = event("w1", "Iran launched drones and missiles at Israel late on Saturday, the army said.", "other",
                     actor="Iran", day="2024-04-13", summary="Iran launched drones and missiles at Israel")
    struck = event("w2", "The Guards struck targets in the occupied territories on Saturday night.", "other",
                   actor="Iran", day="2024-04-13", summary="struck targets in the occupied territories")
    scored = _scored(launched, struck)
    assert scored is not None and scored.relation == Relation.same_event


@pytest.mark.parametrize("wire, spun", [
    ("asked parliament to impose martial law", "requested parliament to enforce martial legislation"),
    ("the dispute could spiral into a wider war", "the dispute could spiral into a wider battle"),
    ("settle the crisis by diplomatic means", "resolve the dilemma by diplomatic methods"),
    ("acted in strict accordance with the law", "acted in rigorous accordance with the regulation"),
    ("accused Ankara of a provocation", "charged Ankara of a provocation"),
])
def test_a_spinners_swaps_read_back_as_the_wires_words(wire, spun):
    assert lexicon.content_words(wire) == lexicon.content_words(spun)


def test_a_statement_naming_only_its_speaker_is_not_kept_from_a_relay_of_one_body():
    # "the coast guard said" tells nothing of what was said: it may be the relay's remark.
    said = "The coast guard said it had taken control measures against the boats on Saturday."
    relay = event("w1", said, actor="China", day="2025-06-07", summary="China Coast Guard said it had taken")
    act = event("w1", said + " ", "other", actor="China", day="2025-06-07", summary="it had taken control measures")
    bare = event("w2", "The boats were driven off on Saturday, China's coast guard said.", actor="China",
                 day="2025-06-07", summary="China's coast guard said")
    claims = {c.id: c for c in claims_of(timeline(RECS, [relay, act, bare]))}
    from parity.score import same_event_miss, similarity
    index = build_index(list(claims.values()))
    a, b = claims[relay.id], claims[bare.id]
    assert a.attribution and same_event_miss(a, b, similarity(a, b, index)) != "a relay"


# Session 7 (fresh sentences): "fired" and the heads one doer's firing is told by, accords reached, drills
# launched, aircraft brought down in other words, dates that are no content, one person's relays of one day.
ONE_DOERS_HEAD = [
    ("the army fired two rockets at the depot", "the army launched two rockets at the depot"),
    ("the frigate was firing anti-ship missiles", "the frigate's salvo of anti-ship missiles"),
    ("the battery fired at the column", "the battery struck the column"),
    ("gunners shelled the ridge", "gunners struck the ridge"),
    ("the destroyer fired on the skiffs", "the destroyer opened fire on the skiffs"),
]


@pytest.mark.parametrize("one, other", ONE_DOERS_HEAD)
def test_one_doers_firing_in_other_words(one, other):
    a, b = lexicon.content_words(one), lexicon.content_words(other)
    assert lexicon.one_head(a, b, one_doer=True) and lexicon.one_head(b, a, one_doer=True)


def test_fired_and_launched_are_one_act_only_for_one_doer():
    # Told by two sides ("Russia fired" / "launched by Ukraine's air defence") they are two acts.
    fired, launched = lexicon.content_words("fired a missile"), lexicon.content_words("launched a missile")
    assert not lexicon.one_head(fired, launched) and lexicon.one_head(fired, launched, one_doer=True)


@pytest.mark.parametrize("text", [
    "warned that those who play with fire would get burned",  # the noun, an idiom: no act
    "the two sides reached a consensus on easing tensions",  # an accord reached is no arrival
    "negotiators reached an agreement on the prisoners",
    "the envoys struck a deal late on Friday",
])
def test_no_act_head(text):
    heads = lexicon.act_heads().intersection(lexicon.content_words(text))
    assert not heads, heads


@pytest.mark.parametrize("one, other", [
    ("the navy launched the drills on Monday", "the navy's exercises began on Monday"),
    ("the drone fell into the sea", "the drone crashed"),
    ("the fighter brought it down over the gulf", "the fighter shot down the drone over the gulf"),
    ("a stray shell plunged into the sea", "the shell went down"),
    ("the theatre command conducted live-fire shooting in the strait", "ballistic missiles were fired into the strait"),
])
def test_other_wordings_of_one_head(one, other):
    assert lexicon.one_head(lexicon.content_words(one), lexicon.content_words(other))


@pytest.mark.parametrize("text", [
    "the clash on the night of June 15", "talks in Moldo on 6 Jun", "a raid early on Sept. 3",
    "the strikes overnight and at dawn on Saturday", "the vote on Monday evening", "its launch in March",
])
def test_months_and_parts_of_a_day_are_no_content(text):
    # The date is compared on its own: two reports of one clash dated a day apart share no false word.
    words = set(lexicon.content_words(text))
    assert not words & {"jun", "june", "night", "sept", "sep", "overnight", "dawn", "even", "evening", "march"}


def test_launch_told_in_two_words_on_one_day_is_one_test():
    wire = event("w1", "India flight-tested an Agni-V from Abdul Kalam Island on Tuesday, officials said.",
                 "missile_test", actor="India", day="2025-06-03", summary="India flight-tested an Agni-V")
    agency = event("w2", "New Delhi's launch from the island off Odisha on June 3 went as planned.", "missile_test",
                   actor="India", day="2025-06-03", summary="New Delhi's launch from the island off Odisha")
    scored = _scored(wire, agency)
    assert scored is not None and scored.relation == Relation.same_event


def test_one_navys_two_voyages_of_one_day_in_other_words_stay_apart():
    # Drills and voyages hold many acts on one day: only a test is one moment.
    docked = event("w1", "A Chinese destroyer docked at Sihanoukville on Tuesday.", "ship_movement", actor="China",
                   day="2025-06-03", summary="A Chinese destroyer docked at Sihanoukville")
    passed = event("w2", "Two PLA Navy frigates transited the Miyako Strait on June 3, Tokyo said.", "ship_movement",
                   actor="China", day="2025-06-03", summary="Two PLA Navy frigates transited the Miyako Strait")
    scored = _scored(docked, passed)
    assert scored is None or scored.relation != Relation.same_event


def test_one_persons_relays_of_one_day_are_one_statement():
    # Each outlet relays another act of one speech; a relay alone would keep them apart.
    said = "Erdogan said on Tuesday Turkish jets had struck militant hideouts in northern Iraq."
    relay = event("w1", said, actor="Recep Tayyip Erdogan", day="2025-06-03", summary="Recep Tayyip Erdogan said")
    act = event("w1", said + " ", "other", actor="Turkey", day="2025-06-03",
                summary="Turkish jets had struck militant hideouts in northern Iraq")
    told = "Kurdish fighters had been pushed back from the border, Erdogan told lawmakers in Ankara on 3 June."
    relay2 = event("w2", told, actor="Recep Tayyip Erdogan", day="2025-06-03", summary="Erdogan told lawmakers")
    act2 = event("w2", told + " ", "other", summary="Kurdish fighters had been pushed back from the border")
    claims = {c.id: c for c in claims_of(timeline(RECS, [relay, act, relay2, act2]))}
    a, b = claims[relay.id], claims[relay2.id]
    assert a.attribution and b.attribution
    index = build_index(list(claims.values()))
    scored = score_pair(a, b, index)
    assert scored is not None and scored.relation == Relation.same_event
    copied = score_pair(a, b, index, dependent=True)  # copies of one origin: each relay keeps its own counterpart
    assert copied is None or copied.relation != Relation.same_event


def test_two_states_each_expelling_diplomats_on_one_day_are_two_acts():
    # Both count "Russian diplomats": the counted thing anchors nothing when each names its own doer.
    oslo = event("w1", "Moscow shut the consulate in Kirkenes on Friday, after Oslo expelled four Russian diplomats a day earlier.",
                 "sanction", actor="Norway", day="2025-06-05", summary="Oslo expelled four Russian diplomats")
    berlin = event("w2", "On June 5, Berlin expelled two Russian diplomats over the poisoning, officials said.", "sanction",
                   actor="Germany", day="2025-06-05", summary="Berlin expelled two Russian diplomats over the poisoning")
    (a, b), _ = _claims(oslo, berlin)
    from parity.score import doer_named
    assert doer_named(a) and doer_named(b)  # a summary that opens with its doer names it, mid-sentence too
    scored = _scored(oslo, berlin)
    assert scored is None or scored.relation != Relation.same_event


@pytest.mark.parametrize("text, summary, actor, named", [
    ("Moscow answered on Friday, after Oslo expelled four diplomats.", "Oslo expelled four diplomats", "Norway", True),
    ("Hours later, Israeli jets struck the depot.", "Israeli jets struck the depot", "Israel", True),
    ("The shells hit Israeli positions near the fence, the army said.", "hit Israeli positions near the fence", "Israel",
     False),  # a target, not the doer
    ("Troops fired on the convoy, Kyiv said.", "fired on the convoy", "Ukraine", False),  # the doer only in the frame
])
def test_doer_named(text, summary, actor, named):
    from parity.score import doer_named
    (a,), _ = _claims(event("w1", text, "other", actor=actor, day="2025-06-05", summary=summary))
    assert doer_named(a) is named
