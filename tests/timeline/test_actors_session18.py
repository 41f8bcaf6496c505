"""Session 18 (helper actor18): the doer of every act (fresh sentences and names of other crises, written for these tests;
none from a corpus).

Matched gold acts whose doer the tool reads as none or as another entity ("actor~" wrong), on the declassified heldout15
(new this session) and heldout11, heldout9, heldout13, heldout7, heldout10, heldout12 at main 8fe0fe9, by cause. Each row
was classed by hand from its sentence (a row that fits two classes is counted once, by the first cause to fix); "after"
counts the same rows at this file's last commit.

  cause                                                                              before   after
  no subject read: a clause after a comma or "and", a participle, a relative clause,
     forces or craft with no state ("Four frigates ... sailed"), a role named again      42       39
  agentless passive: no by-agent read, or none written ("were ordered out", "was
     jailed", "had been proclaimed"; "by the invaders")                                   38       38
  another state in the sentence as doer: the object, the place, the target, the other
     party ("suspended Chile", "a base in Oman", "a mock strike on Latvia")               28       24 (3 now none)
  alias gaps and bodies no list holds (a regional bloc's leaders, a qualified "Congress",
     a rank named again, a transliteration with an honorific read as the name)           25       24
  conventions: a leader's act as the state's or the reverse, a court or council as its
     state ("Chad's army chief announced he had taken power")                           24       24
  an act told as a noun with no doer in its words ("the arrival of the research ship")    9        9
  another person (a party to a meeting, a pronoun read as the wrong person)               9        9
  all                                                                                   175      167

Fixed here (general shapes of news prose; data in doers.toml, aliases.toml):
- the object is never the doer: a state right after a past verb when a subject stands before it ("The Gulf Cooperation
  Council suspended Qatar ... in a vote"), a state after an act noun ("the blockade of Qatar", "strikes on Syria"), a
  place inside an aside before the main verb ("The jets, which took off from a base in Qatar, struck"; any other name
  there stays: dropping them cost a blind set a right doer), where ships are going ("tankers bound for Venezuela turned
  back"), a speaker the drill is aimed at ("a mock missile attack on Estonia, Estonian officials said").
- the subject carried: "X, whose/which/who ..., has called a summit" is X's; a participle after "after/before/while" or
  a predicate right after "and" takes the doer of the act told before it in the sentence (", expelling four diplomats"
  after "X announced sanctions": X's); forces with a participle phrase ("troops backed by three tanks stormed") or after
  a leading day ("On Tuesday, soldiers stormed") are forces with no state named (the state whose forces the excerpt
  named last, session 15).
- "Kenyan President X said his troops had captured": the state X's role names; "the President fled": the holder named
  before (a capitalised role named again as an act's subject; never a spectator's "watched").
- "barred from entering Chile" is Chile's; "China's National People's Congress" is no US Congress (a qualified
  "Congress").
Measured and left: a by-agent of forces with no state ("was broken up by police") as the state whose forces were named
last gave the other party on a declassified set; a lone state after a past verb dropped as the doer cost a blind set two
right doers (strict xfail rows below).

"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import actor_at

_actor_at = actor_at  # one helper for the doer tables of sessions 17 and 18 (duplicates D1)


NOT_THE_OBJECT = [
    # (text, anchor, kind or None, the doer or None): a state named after the verb or inside an aside is never the doer
    ("The jets, which took off from a base in Qatar, struck a depot near Tall Afar on Monday.", "struck a depot", None,
     None),
    pytest.param("The Pacific Alliance suspended Venezuela on Saturday in a 4-0 vote.", "suspended Venezuela", None, None,
                 marks=pytest.mark.xfail(strict=True, reason="a lone object with no subject read before it stays: dropping "
                                                             "it there cost a blind set two right doers")),
    ("The Gulf Cooperation Council suspended Qatar on Saturday in a vote of its members.", "suspended Qatar", None,
     "Gulf Cooperation Council"),
    ("The Organization of Islamic Cooperation suspended Syria on Sunday in a unanimous vote.", "suspended Syria", None,
     "Organisation of Islamic Cooperation"),
    pytest.param("The Andean Pact suspended Bolivia on Tuesday in a vote of its members.", "suspended Bolivia", None,
                 None, marks=pytest.mark.xfail(strict=True, reason="a lone object with no subject read before it stays")),
]

STILL_THE_SUBJECT = [
    # (text, anchor, kind or None, doer): the subject before the comma stays the doer
    ("Vladimir Putin, re-elected president on 18 March, met Xi Jinping in Beijing on Tuesday.", "met Xi Jinping",
     "meeting", "Vladimir Putin"),
    ("Lithuania expelled Russia's ambassador on Monday and closed its border crossings.", "expelled", None,
     "Lithuania"),
    ("Foreign Minister Ana Lopes, who flew to Lima on Monday, met her Peruvian counterpart.", "who flew to Lima",
     None, "Ana Lopes"),
]


@pytest.mark.parametrize(("text", "anchor", "kind", "actor"), NOT_THE_OBJECT + STILL_THE_SUBJECT,
                         ids=[f"{(r.values if hasattr(r, 'values') else r)[3]}:{(r.values if hasattr(r, 'values') else r)[1]}"
                              for r in NOT_THE_OBJECT + STILL_THE_SUBJECT])
def test_the_object_or_the_place_is_never_the_doer(text: str, anchor: str, kind: str | None, actor: str | None) -> None:
    assert _actor_at(text, anchor, kind) == actor


QUALIFIED_CONGRESS = [
    # (text, anchor, kind, doer): "Congress" after a capitalised qualifier is that state's own body, not the US Congress
    ("The Secretariat of the National People's Congress will hold a special session on Thursday.",
     "will hold a special session", "meeting", None),
    ("China's National People's Congress approved the security law on Monday.", "approved the security law", None,
     "China"),
    # a state's possessive before "Security Council" (it was so before), a bare "Congress": the US Congress still
    ("Russia's Security Council met in Moscow on Friday to discuss the strikes.", "met in Moscow", "meeting", "Russia"),
    ("Congress will hold a vote on the sanctions bill on Thursday.", "will hold a vote", "meeting", "US Congress"),
]


@pytest.mark.parametrize(("text", "anchor", "kind", "actor"), QUALIFIED_CONGRESS,
                         ids=[f"{r[3]}:{r[1]}" for r in QUALIFIED_CONGRESS])
def test_a_qualified_congress_is_no_us_congress(text: str, anchor: str, kind: str | None, actor: str | None) -> None:
    assert _actor_at(text, anchor, kind) == actor


LEADERS_FORCES = [
    # (text, anchor, doer): "his/her forces" in a person's reported words are the forces of the state the speaker's role
    # names, or of the state the speaker is read as
    ("Kenyan President Daniel Mwangi told reporters in Nairobi that his troops had captured 40 militants since Friday.",
     "his troops had captured", "Kenya"),
    ("Defence Minister Ana Lopes of Chile said her navy had seized two trawlers on Sunday.", "her navy had seized",
     "Chile"),
    ("Kenya's president said on Monday that his government had expelled the envoy.", "his government had expelled",
     "Kenya"),
]

LEADERS_FORCES_UNNAMED = [
    # (text, anchor): no state in the speaker's role: no doer made up (never the person: the fighters are not his own act)
    ("Militia commander Ali Warsame said on the radio that his fighters withdrew from the port town overnight.",
     "his fighters withdrew"),
    ("President Ana Lopes said on Monday that her troops would leave the island by Friday.", "her troops would leave"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), LEADERS_FORCES, ids=[f"{r[2]}:{r[1]}" for r in LEADERS_FORCES])
def test_a_leaders_own_forces_are_the_leaders_state(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


@pytest.mark.parametrize(("text", "anchor"), LEADERS_FORCES_UNNAMED, ids=[r[1] for r in LEADERS_FORCES_UNNAMED])
def test_forces_of_a_leader_no_state_names_stay_unnamed(text: str, anchor: str) -> None:
    assert _actor_at(text, anchor) is None


PASSIVE_DOERS = [
    # (text, anchor, doer or None): an agentless passive's doer only where the text names it
    ("Minsk said six Lithuanian officials would be barred from entering Belarus.", "barred from entering", "Belarus"),
    ("Two Chilean journalists were banned from entering Peru on Monday.", "banned from entering", "Peru"),
    # nothing named: none, never a guess; a by-agent of forces with no state is not the state whose forces the excerpt
    # named last (tried: on a declassified set that was the other party's)
    ("The journalist was arrested by police on Tuesday.", "was arrested by police", None),
    ("Spanish troops landed on the islet on Monday. A protest outside the Spanish embassy in Rabat was broken up by "
     "police on Tuesday.", "was broken up by police", None),
    # (since session 25 the expulsion is a sanction, and a sanction with no doer named right after one of its kind
    # carries its doer: events.DOER_GOES_ON; the guard keeps its intent with an act of another kind before)
    ("Chile arrested two Peruvian fishermen on Monday. Peru's ambassador was barred from entering the ministry.",
     "was barred from entering", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), PASSIVE_DOERS, ids=[f"{r[2]}:{r[1]}" for r in PASSIVE_DOERS])
def test_a_passive_names_its_doer_only_where_the_text_does(text: str, anchor: str, actor: str | None) -> None:
    assert _actor_at(text, anchor) == actor


CARRIED = [
    # (text, anchor, doer): a clause with no subject of its own carries the doer of the act told right before it
    ("Chadian troops were on the streets on Monday. On Tuesday, troops backed by three tanks stormed the radio station "
     "after firing warning shots.", "firing warning shots", "Chad"),
    ("Chadian troops were on the streets on Monday. On Tuesday, troops backed by three tanks stormed the radio station "
     "after firing warning shots.", "stormed the radio station", "Chad"),
    ("Malian troops patrolled the north last week. Soldiers supported by helicopters retook the town of Kidal on "
     "Sunday.", "retook the town", "Mali"),
    ("Fijian troops were on the streets on Monday. On Tuesday, soldiers stormed the palace.", "stormed the palace",
     "Fiji"),
    ("Chile expelled two Peruvian diplomats on Monday, and then closed its border crossings.", "closed its border",
     "Chile"),
    # a participle after a comma in what a state announced is its own act
    ("The Kenyan government on Friday announced sanctions against Uganda for backing the rebels, expelling four Ugandan "
     "diplomats and freezing dozens of accounts.", "expelling four Ugandan diplomats", "Kenya"),
]

NOT_CARRIED = [
    # (text, anchor): no force named before; a passive before the "and": no doer carried
    ("Soldiers backed by tanks stormed the palace on Monday after firing warning shots.", "firing warning shots"),
    ("Two trawlers were seized on Monday and then towed to port.", "towed to port"),
    # a participle after a reported act is that act's, never the speaker's
    ("Peru said on Monday that the blast had destroyed the depot, killing three guards.", "killing three guards"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), CARRIED, ids=[f"{r[2]}:{r[1]}" for r in CARRIED])
def test_a_clause_with_no_subject_carries_the_doer_before_it(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


@pytest.mark.parametrize(("text", "anchor"), NOT_CARRIED, ids=[r[1] for r in NOT_CARRIED])
def test_no_doer_is_carried_where_none_is_named(text: str, anchor: str) -> None:
    assert _actor_at(text, anchor) is None


ASIDES_AND_ROLES = [
    # (text, anchor, kind or None, doer or None): the subject before a whose/which/who aside does the verb after it
    ("The African Union, whose leaders had warned last week against a coup, has called an emergency summit.",
     "has called an emergency summit", "meeting", "African Union"),
    ("The Arab League, whose ministers had said on Monday that they would not deal with any council that took power by "
     "force, has called an extraordinary meeting.", "has called an extraordinary meeting", "meeting", "Arab League"),
    ("Chile, which Peru accused of spying, has closed its border.", "has closed its border", None, "Chile"),
    # a role named again with a capital as an act's subject: the holder named before, else no one
    ("President Juan Ortega of Bolivia flew to Lima on Monday. On Tuesday the President fled to an army barracks "
     "outside the city.", "the President fled", None, "Juan Ortega"),
    ("The President fled to an army barracks outside the city on Tuesday.", "The President fled", None, None),
    # a spectator is no doer: the drill is not the Prime Minister's own act
    ("Prime Minister Joe Clark of Canada toured the north on Monday. On Tuesday the Prime Minister watched Operation "
     "Polar, an exercise in which 600 soldiers practised a rescue.", "the Prime Minister watched", None, None),
]


@pytest.mark.parametrize(("text", "anchor", "kind", "actor"), ASIDES_AND_ROLES,
                         ids=[f"{r[3]}:{r[1]}" for r in ASIDES_AND_ROLES])
def test_the_subject_across_an_aside_and_a_role_named_again(text: str, anchor: str, kind: str | None,
                                                           actor: str | None) -> None:
    assert _actor_at(text, anchor, kind) == actor


AIMED_AT = [
    # (text, anchor, kind or None, doer or None): the state an act is aimed at is never its doer
    ("The exercise closed with a mock missile attack on Estonia, Estonian officials said.", "The exercise closed",
     "military_exercise", None),
    ("The navy's blockade of Qatar took effect at noon on Monday.", "took effect", None, None),
    # where the ships are going is no doer either
    ("Defense officials said some 10 of the 20 Russian tankers known to be bound for Venezuela appear to have turned "
     "back.", "appear to have turned back", "ship_movement", "Russia"),
    # the speaker's side where the act is not aimed at it (it was so before)
    ("Live firing off Alexandria will continue until Sunday, Egypt's military spokesman said.", "Live firing",
     "military_exercise", "Egypt"),
]


@pytest.mark.parametrize(("text", "anchor", "kind", "actor"), AIMED_AT, ids=[f"{r[3]}:{r[1]}" for r in AIMED_AT])
def test_the_state_an_act_is_aimed_at_is_no_doer(text: str, anchor: str, kind: str | None, actor: str | None) -> None:
    assert _actor_at(text, anchor, kind) == actor


RELATIVE_HEADS = [
    # (text, anchor, doer): a ship's ", which" clause's doer is the head noun phrase right before its comma
    ("The Malaysian plane was monitoring the Chinese coast guard ship 3301, which sailed closer to Luconia Shoal on "
     "Wednesday, a navy spokesman said.", "which sailed closer", "China"),
    pytest.param("Kenya summoned the envoy of Uganda, which had closed the border on Monday.",
                 "which had closed the border", "Uganda",
                 marks=pytest.mark.xfail(strict=True, reason="the head rule is kept to ships: read for other acts it cost a "
                                                             "blind set a parity link")),
    # the head's place is never the doer; no head named: the reading before it stands
    ("The navy tracked a Russian corvette, which sailed through the strait on Sunday.", "which sailed through", "Russia"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), RELATIVE_HEADS,
                         ids=[f"{(r.values if hasattr(r, 'values') else r)[2]}:{(r.values if hasattr(r, 'values') else r)[1]}"
                              for r in RELATIVE_HEADS])
def test_a_relative_clause_is_its_heads(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor
