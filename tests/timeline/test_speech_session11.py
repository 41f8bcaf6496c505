"""Sentences holding several events, and acts told inside reported speech (session 11; no corpus text, written fresh
from general knowledge of wire, agency, broadcast and paper English across regions and decades).

One table per shape. REACTIONS: an act and the reaction it prompted ("..., prompting Seoul to summon the ambassador":
timeline/reactions.py), the reaction the prompted party's own act of the kind its verb names, at the prompting act's
time unless it has a day of its own, reported when the act is. Each row: the anchor lies in an event of the row's kind
("a|b": either), by the row's actor (None: not checked), with the modality and first day given. Negative rows: no
event of an act kind holds the anchor (a pronoun or a crowd as the party, thought, flight and talk, a place after
"to", no act told before the prompting word)."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, held_by, make_excerpt
from timeline.events import extract_strict

PUBLISHED = "2022-10-14"  # a Friday: "on Monday" told in the past is 2022-10-10
MON, TUE, WED, THU, FRI, SAT, SUN = ("2022-10-10", "2022-10-11", "2022-10-12", "2022-10-13", "2022-10-14",
                                     "2022-10-08", "2022-10-09")
RC = "reported_claim"
AS = "asserted"
ACT_KINDS = "other|meeting|sanction|deployment|ship_movement|missile_test|military_exercise|nuclear_test"

R = ActRow

REACTIONS = [
    R("North Korea fired a ballistic missile over Japan on Tuesday, prompting Tokyo to issue an evacuation alert.",
      "other", "prompting Tokyo to issue an evacuation alert", "Japan", AS, TUE),
    R("A Chinese survey ship entered Japanese waters on Monday, prompting Japan to summon China's ambassador.",
      "meeting|other", "prompting Japan to summon China's ambassador", "Japan", AS, MON),
    R("Russian jets violated Estonian airspace on Wednesday, prompting Tallinn to summon the Russian charge d'affaires.",
      "meeting|other", "prompting Tallinn to summon the Russian charge d'affaires", "Estonia", AS, WED),
    R("Gunmen stormed the embassy compound on Saturday, prompting Washington to evacuate its staff.",
      "other", "prompting Washington to evacuate its staff", "United States", AS, SAT),
    R("Protesters set fire to the consulate on Sunday, forcing Norway to close its mission in the city.",
      "other", "forcing Norway to close its mission in the city", "Norway", AS, SUN),
    R("Azerbaijani forces shelled Armenian border towns on Tuesday, prompting Armenia to appeal to Russia for help.",
      "other|statement", "prompting Armenia to appeal to Russia for help", "Armenia", AS, TUE),
    R("Belarus detained two Polish journalists on Thursday, prompting Poland to expel a Belarusian diplomat.",
      "sanction|other", "prompting Poland to expel a Belarusian diplomat", "Poland", AS, THU),
    R("Iran seized a Greek tanker in the Gulf on Friday, prompting Greece to recall its ambassador from Tehran.",
      "other|sanction", "prompting Greece to recall its ambassador", "Greece", AS, FRI),
    R("Two Russian bombers flew near Alaska on Monday, prompting the United States to scramble F-22 fighters.",
      "deployment|other", "to scramble F-22 fighters", "United States", AS),
    R("Chinese vessels blocked a Philippine resupply mission, prompting Manila to lodge a diplomatic protest.",
      "statement|other", "prompting Manila to lodge a diplomatic protest", "Philippines", AS),
    R("Kosovo police seized four Serb municipal buildings on Friday, prompting Serbia to put its army on high alert.",
      "other|deployment", "prompting Serbia to put its army on high alert", "Serbia", AS, FRI),
    R("Hackers shut down the port's computer systems on Monday, forcing Lithuania to suspend freight traffic.",
      "sanction|other", "forcing Lithuania to suspend freight traffic", "Lithuania", AS, MON),
    R("Venezuela closed its border with Colombia on Saturday, prompting Colombia to deploy extra troops to Cucuta.",
      "deployment", "prompting Colombia to deploy extra troops", "Colombia", AS, SAT),
    R("Militants attacked a convoy on Wednesday, prompting the UN to halt all road travel in the province.",
      "sanction|other", "prompting the UN to halt all road travel", "United Nations", AS, WED),
    R("Israel struck a target near Damascus on Sunday, prompting Syria to convene an emergency cabinet session.",
      "meeting|other", "prompting Syria to convene an emergency cabinet session", "Syria", AS, SUN),
    R("Pakistan closed its airspace on Tuesday, forcing Air India to reroute its flights to Europe.",
      "other", "forcing Air India to reroute its flights", None, AS, TUE),
    R("Turkey blocked the vote on Thursday, leading Sweden to postpone its NATO talks.",
      "other", "leading Sweden to postpone its NATO talks", "Sweden", AS, THU),
    R("The junta expelled the French ambassador on Monday, prompting France to withdraw its troops from the country.",
      "deployment|other", "prompting France to withdraw its troops", "France", AS, MON),
    R("Moscow cut gas supplies to Bulgaria on Wednesday, prompting the European Commission to convene an emergency meeting.",
      "meeting|other", "prompting the European Commission to convene an emergency meeting", "European Union", AS, WED),
    # a bare verb that ends like a participle ("to bring")
    R("A Russian jet struck the drone's propeller on Tuesday, forcing U.S. operators to bring it down in the sea.",
      "other", "forcing U.S. operators to bring it down in the sea", "United States", AS, TUE),
    R("Gunmen seized the ferry on Monday, prompting Greece to string a cordon of patrol boats around the port.",
      "other|deployment", "prompting Greece to string a cordon of patrol boats", "Greece", AS, MON),
    # a day of its own dates the reaction
    R("Gunmen attacked the convoy on Monday, prompting Mali to declare a curfew in the town on Wednesday.",
      "other", "prompting Mali to declare a curfew in the town on Wednesday", "Mali", AS, WED),
    # reported: the act before it is a speaker's, and so is the reaction
    R("Russian troops shelled the plant overnight, prompting Ukraine to cut it off from the grid, the operator said.",
      "other", "prompting Ukraine to cut it off from the grid", "Ukraine", RC, THU),
    R("The ministry said a Chinese drone had entered its airspace on Sunday, prompting Taipei to fire warning shots.",
      "other", "prompting Taipei to fire warning shots", "Taiwan", RC, SUN),
]


@pytest.mark.parametrize("row", REACTIONS, ids=[r.anchor[:50] for r in REACTIONS])
def test_reaction_acts(row: ActRow) -> None:
    check_row(extract_strict(make_excerpt(row.text, published=PUBLISHED)), row)


NOT_REACTIONS = [
    ("The ship lost power off the coast on Monday, forcing it to drift towards the rocks.", "forcing it to drift"),
    ("Rebels shelled the town on Tuesday, prompting thousands of residents to leave.", "prompting thousands of residents"),
    ("Russia massed troops near the border, prompting analysts to wonder whether an invasion was near.",
     "prompting analysts to wonder"),
    ("The army moved two brigades on Friday, leading them to the border.", "leading them to the border"),
    ("Iran fired a missile on Sunday, prompting fears of a wider war.", "prompting fears of a wider war"),
    ("The incident prompted Seoul to summon the Japanese ambassador.", "prompted Seoul to summon the Japanese ambassador"),
    ("Beijing's remarks led Canberra to review its trade policy.", "led Canberra to review its trade policy"),
    ('Police said the attack was "forcing Kyiv to rethink" its plans.', "forcing Kyiv to rethink"),
    ("The strikes on Tuesday pushed oil prices to a two-year high.", "pushed oil prices to a two-year high"),
    ("Talks collapsed on Sunday, prompting the mediator to say he would try again.", "prompting the mediator to say"),
    ("Troops crossed the river on Monday, driving the rebels to Goma.", "driving the rebels to Goma"),
]


@pytest.mark.parametrize("text,anchor", NOT_REACTIONS, ids=[a for _, a in NOT_REACTIONS])
def test_not_reaction_acts(text: str, anchor: str) -> None:
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    at = text.index(anchor)  # the act told before it may run over the whole sentence; none may start in the reaction
    assert not [e for e in held_by(events, text, ACT_KINDS, anchor) if e.evidence.start >= at], \
        [(e.kind.value, e.evidence.exact) for e in events]


# Acts after a speech verb told by a verb the open reading did not know (timeline/data/openverbs.toml, session 11):
# prefixed irregular forms ("had retaken", "had overthrown") and passives of measure, harm and moves ("had been ordered
# to leave", "had been pelted with stones", "had been delivered").
SPEECH_VERBS = [
    R("A Taliban spokesman, Zabihullah Mujahid, said Taliban forces had retaken the district centre on Monday.",
      "other", "had retaken the district centre", None, RC, MON),
    R("Kyiv said Russian forces had pulled back from the plant and that Ukrainian troops had retaken two villages.",
      "other", "Ukrainian troops had retaken two villages", "Ukraine", RC),
    R("The rebels said they had retook the airport from government troops on Saturday.",
      "other", "had retook the airport", None, RC, SAT),
    R("State radio said the army had overthrown the president and dissolved parliament.",
      "other", "the army had overthrown the president", None, RC),
    R("The ministry said two of its diplomats had been ordered to leave the country within 72 hours.",
      "other|sanction", "two of its diplomats had been ordered to leave the country", None, RC),
    R("Police said the ambassador's car had been pelted with stones outside the embassy.",
      "other", "the ambassador's car had been pelted with stones", None, RC),
    R("The UN said the aid had been delivered to the besieged town despite the fighting.",
      "other", "the aid had been delivered to the besieged town", None, RC),
    R("The court said the journalist had been charged with espionage and remanded in custody.",
      "other", "the journalist had been charged with espionage", None, RC),
    R("The embassy said two of its staff had been beaten by plainclothes officers on Tuesday.",
      "other", "two of its staff had been beaten by plainclothes officers", None, RC, TUE),
    R("Officials said the fuel had been handed over to the UN at the Rafah crossing.",
      "other", "the fuel had been handed over to the UN", None, RC),
    R("The agency said the captain had been fined $20,000 and released.",
      "other", "the captain had been fined $20,000", None, RC),
    R("The foreign ministry said its citizens had been airlifted out of Khartoum on Sunday.",
      "other", "its citizens had been airlifted out of Khartoum", None, RC, SUN),
]


@pytest.mark.parametrize("row", SPEECH_VERBS, ids=[r.anchor[:50] for r in SPEECH_VERBS])
def test_speech_verbs(row: ActRow) -> None:
    check_row(extract_strict(make_excerpt(row.text, published=PUBLISHED)), row)


NOT_SPEECH_ACTS = [
    ("The ministry said the patrol had been flown strictly in line with international law.", "had been flown"),
    ("The ministry said the diplomats had been questioned whether they knew of the plan.", "had been questioned"),
    ("Officials said the aid could not be delivered because of the fighting.", "could not be delivered"),
    ("The court said the charges had not been handed to the defence.", "had not been handed"),
]


@pytest.mark.parametrize("text,anchor", NOT_SPEECH_ACTS, ids=[a for _, a in NOT_SPEECH_ACTS])
def test_not_speech_acts(text: str, anchor: str) -> None:
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    assert not held_by(events, text, ACT_KINDS, anchor), [(e.kind.value, e.evidence.exact) for e in events]


# Speakers no list names, by their place (timeline/speakers.py, session 11): an unnamed body after "according to" up to
# the clause's end, and an initialism after "The" before a reporting verb. Each row: a statement holds the anchor, and
# (acts) an act of the kind given holds the act's anchor beside it.
SPEAKERS = [
    ("The navy seized a tanker on Tuesday, according to the provincial judiciary.",
     "according to the provincial judiciary", "seized a tanker"),
    ("Two fishing boats were detained off the coast, according to the port authority.",
     "according to the port authority", "were detained off the coast"),
    ("According to the regional administration, the convoy crossed the bridge on Monday.",
     "According to the regional administration", "the convoy crossed the bridge on Monday"),
    ("Troops opened fire on the crowd, according to the local rights commission.",
     "according to the local rights commission", "opened fire on the crowd"),
    ("The ferry was stopped and searched by the coastguard on Sunday, according to the shipping company.",
     "according to the shipping company", "was stopped and searched"),
    ("The JCS said the jets fired warning shots on Tuesday.", "The JCS said", "the jets fired warning shots"),
    ("The SBU said it had detained two Russian agents in Odesa.", "The SBU said", "it had detained two Russian agents"),
    ("The NSC said the two leaders had spoken by phone on Friday.", "The NSC said", None),
    ("Earlier on Monday, the KRG said Turkish drones struck a village near Duhok.", "the KRG said", None),
    # a unit named by its ordinal
    ("The 5th Fleet said Iranian boats had harassed the tanker.", "The 5th Fleet said", "Iranian boats had harassed"),
    ("The 3rd Brigade said its units had repelled an attack near the village.", "The 3rd Brigade said", None),
]


@pytest.mark.parametrize("text,anchor,act", SPEAKERS, ids=[a for _, a, _ in SPEAKERS])
def test_speakers_by_place(text: str, anchor: str, act: str | None) -> None:
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    assert held_by(events, text, "statement", anchor), [(e.kind.value, e.evidence.exact) for e in events]
    if act is not None:
        assert held_by(events, text, ACT_KINDS, act), [(e.kind.value, e.evidence.exact) for e in events]


NOT_SPEAKERS = [
    ("The ship was carrying 2,000 tonnes of grain, according to the manifest records.", "according to the manifest records"),
    ("Turnout was 64 percent, according to the final count.", "according to the final count"),
    ("The talks will resume in May, according to the plan.", "according to the plan"),
    ("The troops will withdraw by June, according to the timetable.", "according to the timetable"),
    ("Prices rose 3 percent in March, according to the latest figures.", "according to the latest figures"),
]


@pytest.mark.parametrize("text,anchor", NOT_SPEAKERS, ids=[a for _, a in NOT_SPEAKERS])
def test_not_speakers_by_place(text: str, anchor: str) -> None:
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    assert not held_by(events, text, "statement", anchor), [(e.kind.value, e.evidence.exact) for e in events]


# A statement and the act it reports, each dated on its own (timeline/events._by_report, session 11): "overnight" told of
# an act a statement of an earlier day reports is the night before that day, not before the writing (its reading from
# the anchor would run past the statement's day).
OWN_DATES = [
    R("The Ministry of Defence said on Thursday that its forces had intercepted two drones overnight.",
      "other", "its forces had intercepted two drones overnight", None, RC, WED),
    R("The army said on Wednesday that rebels had attacked two villages overnight, killing nine people.",
      "other", "rebels had attacked two villages overnight", None, RC, TUE),
    R("Kyiv said on Thursday that Russia had launched 40 drones at the capital overnight.",
      "other|missile_test", "Russia had launched 40 drones at the capital overnight", "Russia", RC, WED),
    # the statement's own day stays its own; a day word of the act keeps the writer's reading
    R("The ministry said on Thursday that troops had shelled the town yesterday.",
      "other", "troops had shelled the town yesterday", None, RC, THU),
    R("The ministry said on Thursday that Russian jets had bombed the port on Tuesday.",
      "other", "Russian jets had bombed the port on Tuesday", "Russia", RC, TUE),
]


@pytest.mark.parametrize("row", OWN_DATES, ids=[r.anchor[:50] for r in OWN_DATES])
def test_own_dates(row: ActRow) -> None:
    check_row(extract_strict(make_excerpt(row.text, published=PUBLISHED)), row)


def test_statement_keeps_its_day() -> None:
    text = "The Ministry of Defence said on Thursday that its forces had intercepted two drones overnight."
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    said = held_by(events, text, "statement", "The Ministry of Defence said on Thursday")
    assert said and str(said[0].date.start) == THU and str(said[0].date.end) == THU, [e.date for e in said]


# Plans told in reported words with "would" (the backshifted "will"): a meeting is a meeting, planned.
PLANS = [
    R("Poroshenko confirmed that he would meet Vladimir Putin in Minsk on Tuesday.",
      "meeting", "he would meet Vladimir Putin in Minsk on Tuesday", None, "planned", "2022-10-18"),
    R("The Kremlin said Putin would meet Erdogan in Sochi on Monday.",
      "meeting", "Putin would meet Erdogan in Sochi on Monday", None, "planned", "2022-10-17"),
    R("Officials in Tokyo said Kishida would meet Yoon on the sidelines of the summit next week.",
      "meeting", "Kishida would meet Yoon", None, "planned"),
]


@pytest.mark.parametrize("row", PLANS, ids=[r.anchor[:50] for r in PLANS])
def test_plans_in_reported_words(row: ActRow) -> None:
    check_row(extract_strict(make_excerpt(row.text, published=PUBLISHED)), row)


def test_would_meet_a_response_is_no_meeting() -> None:
    text = "The ministry said Beijing would meet any provocation with a resolute response."
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    assert not [e for e in events if e.kind.value == "meeting"], [(e.kind.value, e.evidence.exact) for e in events]


# Sentences holding several acts of one doer told in a speaker's words: a series ("had attacked the base, killed four
# guards and taken two hostages") closed by "and" stays in the reported words (reported, not the speaker's own act:
# events._closes_series), and a perfect's series ending in a participle is cut into its acts
# (attributes.SERIES_AND_RE), and in reported words each predicate of the series is read (openverbs._clauses).
SEVERAL = [
    R("The army said the rebels had attacked the base, killed four guards and seized two trucks.",
      "other", "seized two trucks", None, RC),
    R("Police said the gang had stormed the bank, shot a guard and stolen the cash.",
      "other", "shot a guard", None, RC),
    R("The rebels had attacked the base, killed four guards and taken two hostages.",
      "other", "The rebels had attacked the base", None, AS),
]


@pytest.mark.parametrize("row", SEVERAL, ids=[r.anchor[:50] for r in SEVERAL])
def test_several_acts(row: ActRow) -> None:
    check_row(extract_strict(make_excerpt(row.text, published=PUBLISHED)), row)


def test_a_perfect_series_is_cut_into_acts() -> None:
    text = "The rebels had attacked the base, killed four guards and taken two hostages."
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    attacked = held_by(events, text, "other", "attacked the base")
    assert attacked and all("killed" not in e.evidence.exact for e in attacked), [e.evidence.exact for e in events]
    assert held_by(events, text, "other", "killed four guards"), [e.evidence.exact for e in events]


# A trigger's act in the predicate right after a perfect's reported words goes on telling them (openverbs._tail_reported):
# the reported doer's act, reported, at its time; not the speaker's own act.
TAILS = [
    R("The Philippine military said Chinese coast guard personnel had boarded its boats and seized rifles.",
      "other", "seized rifles", "China", RC),
    R("The ministry said Chinese vessels had rammed a Philippine boat and fired water cannon at it.",
      "other", "fired water cannon at it", "China", RC),
    R("The health ministry said Israeli troops had raided the hospital on Monday and detained dozens of medical staff.",
      "other", "detained dozens of medical staff", "Israel", RC, MON),
    R("Kyiv says Russian drones hit an oil depot overnight and set it ablaze.",
      "other", "set it ablaze", "Russia", RC),
]


@pytest.mark.parametrize("row", TAILS, ids=[r.anchor[:50] for r in TAILS])
def test_tails_of_reported_words(row: ActRow) -> None:
    check_row(extract_strict(make_excerpt(row.text, published=PUBLISHED)), row)


def test_the_speakers_own_next_act_stays_its_own() -> None:
    text = "The ministry said the missile was Russian-made and summoned the Russian ambassador."
    events = extract_strict(make_excerpt(text, published=PUBLISHED))
    held = held_by(events, text, "meeting|other", "summoned the Russian ambassador")
    assert held and all(e.modality.value == "asserted" for e in held), [(e.kind.value, e.modality.value) for e in events]
