"""Session 15 (plink15): parity links on GOLD events (`python -m parity.evaluate --eval DIR --oracle -v --why`) at main
c360e1f: every missed gold link, false link and wrong status of heldout13 (declassified this session), heldout7, heldout10,
heldout12, dev12-links, fresh6 and heldout4, counted by the rule of parity/score.py that decided it (same_event_miss, or
evaluate._topic_miss for same_topic), then heldout13's by shape; fresh pairs (link_pairs_session15.toml, end to end, other
crises) and hand-built claims for the rules made for the classes fixed.

Links (h = heldout; a pair counted once per gold link; "extra" = a false link):
| rule that decided it                               | h13 | h7 | h10 | h12 | d12-links | fresh6 | h4 | all |
|----------------------------------------------------|-----|----|-----|-----|-----------|--------|----|-----|
| extra same_event (false link)                      |     |  6 |  16 |   6 |         6 |      6 |  6 |  46 |
| same_event: summaries share no word                |   8 |  8 |   5 |     |         5 |      6 |  7 |  39 |
| same_event: score under threshold                  |   2 |  7 |   1 |   6 |         7 |      1 |  2 |  26 |
| extra same_topic (false link)                      |   7 |  3 |     |   5 |           |        |  3 |  18 |
| same_topic: kinds differ (other/statement)         |     |    |     |     |         9 |      8 |    |  17 |
| same_topic: similarity < 0.05 / 0.12 / 0.25        |   1 | 15 |   2 |   3 |         1 |      3 |  3 |  28 |
| same_topic: a relay                                |   1 |    |   1 |   2 |         5 |      1 |  2 |  12 |
| same_event: two relays, words apart                |     |  1 |     |     |         9 |      2 |    |  12 |
| blocked: cut by the candidate limit / no shared key|   2 |  9 |     |   1 |         4 |      2 |  1 |  19 |
| same_event: a relay (a relay and a remark)         |   2 |  3 |   2 |     |         1 |        |    |   8 |
| same_event: kinds differ                           |   3 |  1 |     |     |           |      1 |    |   5 |
| same_event: other act heads                        |   1 |    |   2 |     |         2 |      2 |    |   7 |
| same_event: no anchor                              |     |  3 |     |   1 |           |        |  1 |   5 |
| same_event: a copy's other sentence                |     |    |   1 |     |         3 |        |    |   4 |
| same_topic: kinds differ (meeting/other, other/sanction, ...) | 4 | 3 |   |   1 |     1 |      1 |    |  10 |
| same_event: speaker unknown, words apart / undated |   1 |    |     |     |         2 |        |    |   3 |
| same_topic: found as same_event (and the reverse)  |     |  1 |   2 |     |         1 |      2 |  1 |   7 |
Wrong statuses (most follow the links): corroborated -> single_source, no link found 35; conflicting -> single_source 19;
corroborated -> echo, only a copy's link found 15; later_development -> single_source 14; conflicting -> echo / corroborated,
the differing link not found 28; the gold's difference not seen 9; a copy taken for an independent witness 6; others 19.

Across all 12 dev corpora under --oracle, a rule that refuses a pair refuses many more that the gold does not link:
"summaries share no word" 49 gold same_event pairs against 2,758 pairs not linked in the gold (their similarity does not
part them: 7 gold / 98 not at >= 0.15); "score under threshold" 31 / 454; "two relays, words apart" 14 / 272; "a relay"
9 / 1,216. So no threshold moved: the fixes are words (data) that make one act's two wordings share a head, and two
narrow rules.

heldout13 by shape (oracle: links P .83 R .58 F1 .69, tp 35 fp 7 fn 25; status 60%, 49/82):
| shape (missed links, 25)                                                          | n | ids, rule, fix                    |
|-----------------------------------------------------------------------------------|---|-----------------------------------|
| one actor's act in other words, no word shared: an island / islet / isle          | 2 | pj retook ~ committed against the island ~ recaptured the isle: FIXED (island) |
| one act, two verbs: a ship intercepted / diverted                                  | 1 | lb diverted to Taranto ~ the interception of the BBC China: FIXED (compatible) |
| one act, verb and noun: an accord / a pledge; a plan / a plan in other words       | 4 | lb agreed to dismantle ~ pledge to abandon (2); would travel with inspectors ~ will receive a delegation (2): share no word, left |
| a relay and a remark of one speaker, one verb of their own                         | 2 | pj Morocco strongly condemned (relay) ~ condemned what it called (2): FIXED (_relay_says_it_too) |
| one fleet's sailing told as sent / deployed / sailed (ship_movement ~ deployment)  | 4 | pj sent ~ deployed (kinds differ, 2), deployed ~ sailed (kinds), sent ~ sailed (score .316 < .32): left (warship plurals tried: one navy's two voyages linked) |
| a stance held back / a stance taken (relay, same_topic)                            | 1 | hn stopped short of labelling ~ has condemned the coup: a relay, left |
| ties cut / cooperation suspended                                                   | 1 | hn cut joint military activities ~ suspended its military cooperation: tried (suspend), taken out (another body's suspension linked) |
| a plane blocked / a landing that failed; fire opened / tear gas fired              | 3 | hn blocked the runway ~ tried and failed to land (2: no word, no key); fired tear gas ~ opened fire (.27): left |
| plan and what came of it across kinds (meeting/other, sanction/statement, other/sanction) | 5 | lb will receive ~ led a team to Tripoli; decided to accede ~ deposited its instrument (.25); pj phoned Powell ~ spent the weekend on the telephone; State Department said ~ expected to ease the ban; hn withdrew ambassadors ~ suspending aid: left |
| two speakers' positions (stance, candidate limit / speaker unknown)                | 2 | lb officials credited the war ~ Qadhafi affirmed (cut by the candidate limit); pj Arab League stood with Morocco ~ Moussa expressed solidarity: left |
False links (7, all same_topic): the marines "would be handed over" ~ taken prisoner / detained (3: a plan and another act of
its subject, arguable); EU backed Madrid ~ "the minister said" / "called on the two parties" (2); Morocco condemned ~ "which
Rabat described as a provocation" (1); taken prisoner ~ can be handed over (1).
Wrong statuses (33): 30 follow the missed links; the counts of one toll (one man killed / two people killed) not compared
on the honduras shooting, 3 (conflicting -> corroborated).
Figures: see the module docstring of the last commit (filled once measured).
"""

from __future__ import annotations

import pytest

from parity.acts import announces
from parity.blocking import build_index
from parity.lexicon import content_words, counts_in, one_head
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record, scored

ROWS = pair_rows("link_pairs_session15.toml")


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


R = [record("sa-01", "Sahel Wire", "2021-03-11"), record("sb-01", "Cairo Agency", "2021-03-12")]
RELAY = "Egypt strongly condemned the raid on Wednesday, saying three border guards were killed near Rafah."


def _relay_pair(other_text: str, other_summary: str, actor: str = "Egypt", day: str = "2021-03-10"):
    relay = event("sa-01", RELAY, actor=actor and "Egypt", day="2021-03-10",
                  summary="Egypt strongly condemned the raid on Wednesday")
    act = event("sa-01", RELAY, "other", day="2021-03-10", summary="three border guards were killed")
    remark = event("sb-01", other_text, actor=actor, day=day, summary=other_summary)
    (fr, fa, fo), claims = claims_for(R, [relay, act, remark])
    return fr, fo, build_index(claims)


def test_relay_saying_what_the_remark_says_is_one_statement() -> None:
    """A relay of its sentence's act ("condemned the raid, saying three guards were killed") and one speaker's remark
    of that day sharing a word of their own ("condemned"): one statement (score._relay_says_it_too)."""
    fr, fo, index = _relay_pair("Cairo condemned what it called a cowardly raid on its border guards on Wednesday.",
                                "condemned what it called a cowardly raid")
    assert fr.attribution and not fo.attribution
    got = score_pair(fr, fo, index)
    assert got is not None and got.relation == Relation.same_event


@pytest.mark.parametrize(("text", "summary", "actor", "day"), [
    # Another day: one speaker condemns many things.
    ("Cairo condemned what it called a cowardly attack on Friday.", "condemned what it called a cowardly attack",
     "Egypt", "2021-03-12"),
    # Another speaker.
    ("Israel condemned what it called a cowardly attack on Wednesday.", "condemned what it called a cowardly attack",
     "Israel", "2021-03-10"),
    # No word of their own in common.
    ("Cairo said on Wednesday it would reinforce the crossing.", "it would reinforce the crossing", "Egypt",
     "2021-03-10"),
])
def test_relay_and_another_remark_stay_two(text: str, summary: str, actor: str, day: str) -> None:
    """Not of one day, not of one speaker, or no word of their own shared: a relay and a remark stay two statements."""
    fr, fo, index = _relay_pair(text, summary, actor, day)
    got = score_pair(fr, fo, index)
    assert got is None or got.relation != Relation.same_event


def test_relay_of_its_act_on_its_day_announces_nothing() -> None:
    """"The commander announced on Tuesday he had taken control of the country": a relay of its sentence's act on that
    act's single day, and another source's act of that day: the act links on its own, the frame announces nothing
    (acts.announces)."""
    text = "The army commander announced on Tuesday he had taken control of the country."
    said = event("sa-01", text, actor="Fiji", day="2021-03-09", summary="The army commander announced on Tuesday")
    act = event("sa-01", text, "other", actor="Fiji", day="2021-03-09", summary="he had taken control of the country")
    other = event("sb-01", "The military assumed executive authority on Tuesday, officials said.", "other",
                  actor="Fiji", day="2021-03-09", summary="The military assumed executive authority")
    (fs, _, fo), _ = claims_for(R, [said, act, other])
    assert fs.attribution
    assert not announces(fs, fo)
    # A statement of an act to come still announces it.
    plan = event("sa-01", "The army commander announced on Monday he would take control of the country.",
                 actor="Fiji", day="2021-03-08", summary="The army commander announced on Monday")
    (fp, fo2), _ = claims_for(R, [plan, other])
    assert announces(fp, fo2)


@pytest.mark.parametrize(("text", "head"), [("he had taken control of the country", "seized_pow"),
                                            ("the military assumed executive authority", "seized_pow"),
                                            ("the junta took control of the government", "seized_pow"),
                                            ("retook the rocky islet", "island"), ("recaptured the rugged isle", "island"),
                                            ("The interception of the freighter", "intercept"),
                                            ("Pyongyang demolished the office", "destroy"),
                                            ("troops blew up the bridge", "destroy"), ("the village was razed", "destroy")])
def test_word_groups(text: str, head: str) -> None:
    """Session 15's word groups (paraphrases.toml island, seized_power) as content_words reads them."""
    assert any(w.startswith(head) for w in content_words(text)), content_words(text)


@pytest.mark.parametrize("text", ["commandos took control of the tanker", "the takeover of the port",
                                  "the seizure of the vessel"])
def test_no_takeover_elsewhere(text: str) -> None:
    """A boarding told as "took control of" a ship, or "takeover" as a word, is no coup's takeover."""
    assert not any(w.startswith("seized_pow") for w in content_words(text))


def test_intercepted_and_diverted_one_head() -> None:
    """A ship intercepted and a ship diverted to a port name one head (paraphrases.toml [compatible])."""
    assert one_head(content_words("was diverted to the port of Busan"), content_words("the interception of the ship"))


def test_destroyed_and_shot_down_one_head() -> None:
    """An aircraft destroyed and one shot down name one head (paraphrases.toml [compatible]); a demolition and an
    arrest do not."""
    assert one_head(content_words("the drone was destroyed"), content_words("shot down a drone"))
    assert not one_head(content_words("blew up the house"), content_words("arrested two brothers"))


def test_damaged_and_blown_up_one_head() -> None:
    """A thing damaged and a thing blown up are one act told to two degrees (paraphrases.toml [compatible])."""
    assert one_head(content_words("An explosion damaged a gas pipeline"), content_words("blew up the gas pipeline"))


def test_visit_told_by_visitor_and_host_is_one() -> None:
    """"he would travel to Sanaa next week" (the envoy) and "will receive a delegation headed by the envoy" (the host):
    one visit, each one's doer named in the other's sentence (paraphrases.toml visit in [parties]: score._one_accord)."""
    recs = [record("va-01", "Geneva Wire", "2021-05-20"), record("vb-01", "Gulf Agency", "2021-05-22")]
    a = event("va-01", "The UN envoy Martin Griffiths said that he would travel to Yemen next week with aides.", "other",
              actor="martin griffiths", day=("2021-05-24", "2021-05-30"), modality="planned",
              summary="he would travel to Yemen next week with aides")
    b = event("vb-01", "Yemen will receive a delegation headed by the UN envoy Martin Griffiths next Monday.", "meeting",
              actor="Yemen", day="2021-05-24", modality="planned",
              summary="Yemen will receive a delegation headed by the UN envoy")
    got = scored(recs, a, b)
    assert got is not None and got.relation == Relation.same_event
    # The host's other guest: no doer of one named in the other's sentence.
    c = event("vb-01", "Yemen will receive a delegation headed by the Omani foreign minister next Monday.", "meeting",
              actor="Yemen", day="2021-05-24", modality="planned",
              summary="Yemen will receive a delegation headed by the Omani foreign minister")
    got = scored(recs, a, c)
    assert got is None or got.relation != Relation.same_event


G = [record("ga-01", "Levant Wire", "2013-09-14"), record("gb-01", "Arms Review", "2013-11-01")]


def test_programme_given_up_in_other_verbs_is_one_act() -> None:
    """"agreed on Saturday to dismantle its chemical arsenal" / "Syria's pledge of 14 September to abandon": one act
    told by two verbs (paraphrases.toml give_up); another act of that day is not it."""
    a = event("ga-01", "Syria agreed on Saturday to dismantle its chemical weapons arsenal, officials said.", "other",
              actor="Syria", day="2013-09-14", summary="agreed on Saturday to dismantle its chemical weapons arsenal")
    b = event("gb-01", "Syria's pledge of 14 September to abandon its arsenal was kept.", "other", actor="Syria",
              day="2013-09-14", summary="Syria's pledge of 14 September to abandon")
    got = scored(G, a, b)
    assert got is not None and got.relation == Relation.same_event
    c = event("gb-01", "Syrian forces shelled the suburbs of Damascus on 14 September.", "other", actor="Syria",
              day="2013-09-14", summary="shelled the suburbs of Damascus")
    got = scored(G, a, c)
    assert got is None or got.relation != Relation.same_event


def test_treaty_acceded_to_by_verb_and_noun_one_word() -> None:
    """"decided to accede to the Convention" / "deposited its instrument of accession": one word (paraphrases accede)."""
    assert set(content_words("decided to accede to the Convention")) & set(
        content_words("deposited its instrument of accession to the Convention")) >= {"acced"}
    assert "give_up" in content_words("to give up its nuclear weapons")


@pytest.mark.parametrize(("text", "value"), [("Kabul, Aug 3 (Pajhwok) Two policemen were killed in the blast", "2"),
                                             ("BEIRUT (Reuters) - Three soldiers were wounded on Sunday", "3"),
                                             ("DAMASCUS, May 2 (SANA) — Four civilians died", "4")])
def test_a_number_word_opening_the_story_after_a_dateline_counts(text: str, value: str) -> None:
    """A capitalised number word right after a dateline's closing parenthesis or dash opens the sentence: a count, not a
    proper name ("Havana, Jul 6 (Prensa Latina) Two people were killed": its toll was not compared, lexicon.in_name)."""
    assert [v for v, _, _ in counts_in(text)] == [value]


@pytest.mark.parametrize("text", ["the Group of Seven leaders met", "the Big Three met in Yalta",
                                  "delegates of the Six Party Talks met"])
def test_number_words_in_names_still_count_nothing(text: str) -> None:
    """Inside a sentence a capitalised number word is still a name's."""
    assert not counts_in(text)


def test_one_toll_told_after_a_dateline_differs() -> None:
    """"one man was killed" / "(Agency) Two people were killed ... yesterday": one toll whose counts differ."""
    recs = [record("ta-01", "Isthmus Wire", "2009-07-05"), record("tb-01", "Island Agency", "2009-07-06")]
    a = event("ta-01", "Soldiers opened fire near the airport on Sunday and one man was killed, witnesses said.", "other",
              actor="Honduras", day="2009-07-05", summary="one man was killed")
    b = event("tb-01", "Havana, Jul 6 (Island Agency) Two people were killed and dozens wounded yesterday near the airport.",
              "other", actor="Honduras", day="2009-07-05", summary="Two people were killed and dozens wounded yesterday")
    got = scored(recs, a, b)
    assert got is not None and any(d.attribute == "count" for d in got.differences)
