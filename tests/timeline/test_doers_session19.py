"""Session 19 (helper doers19): the doer of each act and the side of each speaker (fresh sentences and names of other
crises, written for these tests; none from a corpus).

Matched gold acts whose doer the tool reads as none or as another entity (evalactors.same_entity false), on the
declassified heldout14 (h14, new this session), heldout15, heldout11, heldout9, heldout13, heldout7, heldout10 and
heldout12 at main 4bd4a1f, classed by hand from each sentence (one class per row, the first cause to fix), and the same
rows at this file's last commit ("a->b": before -> after; one number: unchanged).

  cause (see below)     h14  h15    h11    h9     h13    h7   h10  h12  all
  V craft or unit          8  12>11   5>1     2      2     2    8    1  40>35
  P agentless passive     10    4      8      2     11     6    0    9  50
  E subject before         1    5      3      4      6     4    3    2  28
  T another entity         2    5      1      3      2     4    1    2  20
  O gold's convention      1    2      2    7>6      3     1    8   10  34>33
  A body or name unread    4    3      6    2>0    5>4     3    0    3  26>23
  N act told as a noun     3    1      2      1      2     5    5    0  19
  all                     29  32>31  27>23  21>18  31>30   25   25   27  217>208

V: a ship, craft or unit as subject, its state not read ("Two ships, led by the frigate X, sailed", "F-16 jets flew",
"Navy jets bombed", "Troops were deployed", "The three vessels sailed"). P: an agentless passive, or its by-agent not
read ("was stopped and searched", "was hit by jets from the carrier X", "were signed by the president", "was received by
the king"). E: the subject in an earlier clause or sentence (which/who clauses with the object first, a participle,
"he", "the two ministers"). T: another entity taken: a place, the object, the target, the frame's speaker, the first of
two sides ("recalled its envoy from Lima", "Chilean and Peruvian troops"). O: the gold's convention: a leader for the
state or the reverse, a court, council or alliance for its state ("Chad's army chief announced he had taken power"). A:
a body no list held or a name misread (a bloc whose name holds a demonym, "the Organization of American States
suspended"; an honorific read as a name, an army's own name, a qualified "Congress"). N: an act told as a noun with no
doer in its words ("the arrival of the survey ship", "Talks between the two envoys").

Beyond them, on the dev sets dev16-standoff 11 -> 7 ("J-10 jets flew", "two more jets shadowed", "the corvette X took the
same route", "The patrol ship EML X shadowed the corvette") and fresh6 11 -> 9 ("the Su-27s dumped fuel", "Russian
fighters were scrambled").

Statements whose speaker's side is missing (no actor) on the same sets and dev16-standoff, fresh6 (51 -> 46: five given
their side), by why: a state's office named by its function with no state in the sentence
("police said", "the interior ministry said", "the airport said", "the press service said", "its trade office said")
18 -> 14 (h9 10 -> 9; "police said", "the presidency said" in copy datelined in a seat are now that state's); unnamed
officials or sources ("officials said", "an official told me", "navy sources said") 13; a document or outlet speaking
("the commentary says", "the letter says", "state-owned X TV said", "The paper said") 10 -> 9; a body no list holds (a
fishing union) 5; the speaker in an aside or a pronoun before (", whose ministers had warned", "In May it blamed") 3; a
role named again ("According to the President") 1; read as an act 1. Session 17 measured the first class given the last
country named (wrong on every declassified row): left. People who speak or act with no side parity can read
(parity.claims.surname_sides: a role with no state and none elsewhere in the story): 330 -> 319 of 497 person actors
(183 with a role naming no state: "Prime Minister X", "Commodore X"; 137 with none).

Fixed here (general shapes of news prose; words in data/crafts.toml, aliases.toml, roles.toml):
- a craft with no state as subject is the state an earlier noun phrase of the excerpt names with the same model, name or
  craft word (craftowner.craft_state): "Three Argentine Mirage jets ... The Mirages flew", "Moroccan fighter jets ...
  F-16 jets flew", with a company aside ("Two ships, led by the frigate X, sailed") and crafts listed ("no Guatemalan
  aircraft or ship");
- a force or craft deployed in the passive is its own state's ("Turkish fighter jets were scrambled"; "Troops were
  deployed" after "X's military seized power": the forces named last);
- blocs whose names hold a demonym (the Organization of American States, UNASUR, CELAC) are no state;
- a person's state told right before the name is their role ("Tonga's military commander, X,", "Samoa's X said"), and
  right after it ("X, Chile's foreign minister, said", "Foreign Minister X of Chile"); "Señor X", "Herr X" name X;
- a passive whose trigger holds its agent's title ("was received by President X");
- "..., police said", "the presidency said", "prosecutors said" in copy datelined in a state's seat are that state's,
  and forces with no state that state's police tell of are its own;
Measured and left: a name no list holds right after a preposition of place ("speaking in Grand Rapids, Mich., said")
kept from being a person or speaker cost blind heldout8 two right dates (reverted; strict xfail rows below); "In
<capital>, Prime Minister X said" giving X the capital's state (a visiting leader is as common); a by-agent craft's carrier ("jets from the carrier X") with no state named anywhere; "X condemned the aggression ..., in
which five soldiers were taken prisoner" read as the speaker's own measure (a reported-words reading, reported.py: left
to the acts helpers).

"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import actor_at
from timeline.craftowner import craft_keys, craft_state

CRAFTS = [
    # (text, anchor, doer or None): a craft named with no state is the state an earlier mention of the craft names
    ("Three Argentine Mirage jets approached a Chilean patrol plane over the Beagle Channel on Sunday. The Mirages flew "
     "within 100 metres of the plane.", "The Mirages flew", "Argentina"),
    ("Moroccan fighter jets buzzed an Algerian drone on Friday. On Saturday, F-16 jets flew within 300 feet of a second "
     "drone.", "F-16 jets flew", "Morocco"),
    ("A Turkish navy frigate sailed into disputed waters off Cyprus on Monday. On Tuesday, the frigate Kemalreis fired "
     "flares near a Cypriot fishing boat.", "the frigate Kemalreis fired", "Turkey"),
    # the model named wins over a state named later with another craft; the target's own state named before the model
    ("Two Russian Su-30 jets and a Polish MiG-29 flew over the border zone on Friday. The Su-30s then buzzed a Polish "
     "patrol boat.", "The Su-30s then buzzed", "Russia"),
    ("Greek jets intercepted two Turkish F-16 jets over the Aegean on Monday. The F-16s violated Greek airspace again on "
     "Tuesday.", "The F-16s violated", "Turkey"),
    # no earlier mention of that craft: no doer made up
    ("The corvette Villavicencio fired warning shots near the border on Monday.", "fired warning shots", None),
    ("Japanese destroyers shadowed the convoy on Monday. Two submarines fired flares near the islands on Tuesday.",
     "Two submarines fired", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), CRAFTS, ids=[f"{r[2]}:{r[1]}" for r in CRAFTS])
def test_a_craft_is_the_state_an_earlier_mention_names(text: str, anchor: str, actor: str | None) -> None:
    assert actor_at(text, anchor) == actor


KEYS = [
    # (subject and verb, (model/name words, craft word) or None)
    ("The Mirages flew within", (frozenset({"mirage"}), "")),
    ("two more jets shadowed", (frozenset(), "jet")),
    ("the corvette Soroka took the same route", (frozenset({"soroka"}), "corvette")),
    ("Su-27s dumped fuel", (frozenset({"su-27"}), "")),
    # not a craft: a state in the subject, an aside, a person, a common noun
    ("Chinese jets flew", None),
    ("The jets, which took off from a base, struck", None),
    ("The minister flew", None),
    ("Two fishermen sailed", None),
]


@pytest.mark.parametrize(("subject", "keys"), KEYS, ids=[k[0] for k in KEYS])
def test_craft_keys(subject: str, keys: tuple[frozenset[str], str] | None) -> None:
    assert craft_keys(subject, 0, len(subject)) == keys


def test_a_later_mention_of_the_craft_wins() -> None:
    """Two sides' jets named before: the one named last with the craft word (the nearer story)."""
    text = "Indian jets flew near the line on Monday. Pakistani jets scrambled on Tuesday. The jets turned back"
    assert craft_state(text, text.index("The jets"), len(text)) == "Pakistan"


OWN_FORCES = [
    # (text, anchor, doer or None): a force or craft deployed in the passive is its own state's: named in the subject,
    # else the state whose forces the excerpt named last (never a speaker's, never another side's target)
    ("Turkish fighter jets were scrambled to identify the intruder on Monday.", "were scrambled", "Turkey"),
    ("A Russian Il-38 plane flew over the Baltic on Monday. German jets were scrambled to escort it.",
     "German jets were scrambled", "Germany"),
    ("Bolivia's military seized power on Monday. Troops were deployed in the capital La Paz and in Santa Cruz.",
     "Troops were deployed", "Bolivia"),
    # no force named before: none made up
    ("Troops were deployed in the capital on Monday.", "Troops were deployed", None),
    # a passive of another kind stays as it was: the subject underwent it
    ("Two Chilean diplomats were expelled on Monday.", "were expelled", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OWN_FORCES, ids=[f"{r[2]}:{r[1]}" for r in OWN_FORCES])
def test_a_force_deployed_in_the_passive_is_its_own_states(text: str, anchor: str, actor: str | None) -> None:
    assert actor_at(text, anchor) == actor


BLOCS = [
    # (text, anchor, doer): a bloc whose name holds a demonym is the bloc, never that demonym's state
    ("The Organization of American States suspended Paraguay on Saturday in a 30-0 vote.", "suspended Paraguay",
     "Organization of American States"),
    ("The Organisation of American States on Tuesday voted 20 to 0 to back the blockade.", "voted 20 to 0",
     "Organization of American States"),
    ("The OAS will meet on Thursday to discuss the crisis in Quito.", "will meet on Thursday",
     "Organization of American States"),
    ("The Union of South American Nations suspended Paraguay on Friday.", "suspended Paraguay",
     "Union of South American Nations"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), BLOCS, ids=[f"{r[2]}:{r[1]}" for r in BLOCS])
def test_a_bloc_named_with_a_demonym_is_the_bloc(text: str, anchor: str, actor: str) -> None:
    assert actor_at(text, anchor) == actor


SPEAKER_SIDES = [
    # (text, the speaker, the role the record gives them): a person's state told right before their name is their role,
    # so parity knows their side (parity.claims.surname_sides reads it)
    ("Samoa's Fiame Naomi Mata'afa said on Monday that Apia would suspend aid to Tonga.", "Fiame Naomi Mata'afa",
     "Samoan"),
    ("Tonga's military commander, Taniela Fusimalohi, said on Tuesday that he had taken control of the country.",
     "Taniela Fusimalohi", "Tongan military commander"),
    ("The Chilean foreign minister, Alberto Ruiz, said in Santiago that talks would resume.", "Alberto Ruiz",
     "Chilean foreign minister"),
    # the state's office set off by commas right after the name
    ("Alberto Ruiz, Chile's foreign minister, said on Monday that talks would resume.", "Alberto Ruiz",
     "Chilean foreign minister"),
    ("Ana Soto, Chile's prime minister since 2021, told reporters on Monday that talks would resume.", "Ana Soto",
     "Chilean prime minister"),
    # a role the text already gives stays; no state before the name: no role made up
    ("Chilean Foreign Minister Alberto Ruiz said on Monday that talks would resume.", "Alberto Ruiz",
     "Chilean Foreign Minister"),
    ("Alberto Ruiz said on Monday that talks would resume.", "Alberto Ruiz", None),
    # a person's possessive before a name is no state ("Ruiz's deputy, Ana Soto, said")
    ("Alberto Ruiz's deputy, Ana Soto, said on Monday that talks would resume.", "Ana Soto", None),
]


@pytest.mark.parametrize(("text", "speaker", "role"), SPEAKER_SIDES, ids=[r[1] + ":" + str(r[2]) for r in SPEAKER_SIDES])
def test_a_speakers_state_told_before_the_name_is_their_role(text: str, speaker: str, role: str | None) -> None:
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    said = [e for e in extract_strict(make_excerpt(text)) if e.kind.value == "statement" and e.actor == speaker]
    assert said, [(e.kind.value, e.actor) for e in extract_strict(make_excerpt(text))]
    assert said[0].actor_role == role


def test_the_side_reaches_parity() -> None:
    """The role read before the name gives the person's state to parity's side table."""
    from parity.claims import surname_sides
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    events = extract_strict(make_excerpt("Samoa's Fiame Naomi Mata'afa said on Monday that Apia would suspend aid to "
                                         "Tonga. Mata'afa later told reporters the aid would resume.\n"))
    assert surname_sides(events) == {"Fiame": "Samoa", "Naomi": "Samoa", "Mata'Afa": "Samoa"}


CRAFT_ASIDES = [
    # (text, anchor, doer): a craft's company set off by commas, and crafts listed with "or"/"and" before
    ("Guatemala said no Guatemalan aircraft or ship had been hit. Three ships, led by the cruiser Tikal, sailed on "
     "Monday into the disputed bay.", "Three ships, led by", "Guatemala"),
    ("Russian jets and helicopters crossed the line on Monday. Two helicopters, escorted by a jet, fired rockets at a "
     "village on Tuesday.", "Two helicopters, escorted", "Russia"),
    # a which-aside is cut out before the subject is read (clauses.py): the helicopters fired, Russia's too
    ("Russian jets and helicopters crossed the line on Monday. Two helicopters, which had refuelled in the north, "
     "fired rockets at a village on Tuesday.", "fired rockets", "Russia"),
    # no craft named before: none
    ("Two helicopters, escorted by a jet, fired rockets at a village on Tuesday.", "Two helicopters, escorted", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), CRAFT_ASIDES, ids=[f"{r[2]}:{r[1]}" for r in CRAFT_ASIDES])
def test_a_crafts_company_aside(text: str, anchor: str, actor: str | None) -> None:
    assert actor_at(text, anchor) == actor


HONORIFICS = [
    # (text, speaker): a courtesy title of another language is no part of the name
    ('Foreign Minister Alberto Ruiz of Chile flew to Lima on Monday. "Peace has won," Señor Ruiz told reporters.',
     "Alberto Ruiz"),
    ('"We will not yield," Herr Vogel said on Tuesday.', "Vogel"),
]


@pytest.mark.parametrize(("text", "speaker"), HONORIFICS, ids=[r[1] for r in HONORIFICS])
def test_a_courtesy_title_is_no_part_of_the_name(text: str, speaker: str) -> None:
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    said = [e.actor for e in extract_strict(make_excerpt(text + "\n")) if e.kind.value == "statement"]
    assert speaker in said, said


def test_an_office_of_a_state_after_the_name() -> None:
    """ "Foreign Minister X of Chile": the office is Chile's, for every event of that person."""
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    text = ('Foreign Minister Alberto Ruiz of Chile flew to Lima on Monday. "Peace has won," Señor Ruiz told '
            'reporters.\n')
    roles = {e.actor_role for e in extract_strict(make_excerpt(text)) if e.actor == "Alberto Ruiz"}
    assert roles == {"Foreign Minister of Chile"}


AGENTS_IN_THE_TRIGGER = [
    # (text, anchor, doer): a passive whose trigger holds its agent's title ("received by President X"): that person
    ("The ambassador was received by President Ali Bongo at the palace on Monday.", "was received by", "Ali Bongo"),
    ("The envoy was received by King Abdullah in Amman on Monday.", "was received by", "Abdullah"),
    # no one named after "by": none
    ("The ministers were received by the president on Monday.", "were received by", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), AGENTS_IN_THE_TRIGGER, ids=[f"{r[2]}:{r[0][:20]}" for r in
                                                                                   AGENTS_IN_THE_TRIGGER])
def test_an_agent_inside_the_trigger(text: str, anchor: str, actor: str | None) -> None:
    assert actor_at(text, anchor) == actor


HOME_OFFICES = [
    # (text, speaker's state or None): a state's office an unnamed speaker holds, in copy datelined in a state's seat
    ("QUITO, Dec 5 (Reuters) - Protesters blocked the main road on Tuesday, police said.", "Ecuador"),
    ("QUITO (AP) — The border will stay closed, the presidency said on Tuesday.", "Ecuador"),
    ("QUITO, Dec 5 (Reuters) - Two men were charged on Tuesday, prosecutors said.", "Ecuador"),
    # no dateline: no state made up; a demonym the text gives wins
    ("Protesters blocked the main road on Tuesday, police said.", None),
    ("QUITO, Dec 5 (Reuters) - Peru closed its border on Tuesday, Peruvian police said.", "Peru"),
]


@pytest.mark.parametrize(("text", "state"), HOME_OFFICES, ids=[f"{r[1]}:{r[0][-30:]}" for r in HOME_OFFICES])
def test_an_unnamed_office_in_copy_datelined_in_a_seat(text: str, state: str | None) -> None:
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    said = [e.actor for e in extract_strict(make_excerpt(text + "\n")) if e.kind.value == "statement"]
    assert said == [state], said


def test_forces_told_by_their_own_states_office() -> None:
    """Forces with no state in a series, told by an office of the state whose forces were named last: that state's."""
    text = ("SUVA, Dec 5 (Reuters) - Fiji's military took over on Monday. Soldiers set up roadblocks, disarmed a police "
            "unit and surrounded the prime minister's residence, police said.")
    assert actor_at(text, "surrounded the prime minister's residence") == "Fiji"
PLACES_NO_SPEAKERS = [
    # (text, a place that must speak nothing): known misses, a name right after a preposition of place read as a speaker
    pytest.param("Secretary of State Henry B. Laird, speaking in Grand Rapids, Mich., said the United States would not "
                 "accept threats.", "Grand Rapids",
                 marks=pytest.mark.xfail(strict=True, reason="no name after in/at/near is registered as a person: tried "
                                                             "(69a1f96), it cost a blind set two right dates; reverted")),
    pytest.param('The Leader of the Revolution, Colonel Omar Haddad, addressing the crowd in the port city of Misrata, '
                 'declared that the gulf was theirs. "We will defend it," the Leader said.', "Misrata",
                 marks=pytest.mark.xfail(strict=True, reason="as above")),
]


@pytest.mark.parametrize(("text", "place"), PLACES_NO_SPEAKERS, ids=["Grand Rapids", "Misrata"])
def test_a_place_after_a_preposition_speaks_nothing(text: str, place: str) -> None:
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    actors = [e.actor for e in extract_strict(make_excerpt(text + "\n"))]
    assert actors and place not in actors, actors


def test_a_role_of_no_office_leaves_the_minister_to_the_person_named_last() -> None:
    """A person given only their state ("Samoa's X said") is still the one a later "the prime minister" names."""
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    text = ("Samoa's Fiame Naomi Mata'afa said on Monday that Apia would suspend aid to Tonga.\n\nThe prime minister "
            "later told reporters that the aid would resume in May.\n")
    said = [e for e in extract_strict(make_excerpt(text)) if e.kind.value == "statement"]
    assert [(e.actor, e.actor_role) for e in said] == [("Fiame Naomi Mata'afa", "Samoan")] * 2


SHIP_PREFIXES = [
    # (text, anchor, doer): a named ship's prefix names its navy (military.toml [ship_prefixes], session 19 additions)
    ("A second Russian navy corvette sailed close to Latvian waters on Tuesday.\n\nThe patrol ship EML Kalev shadowed "
     "the corvette, a navy spokesman said.", "shadowed the corvette", "Estonia"),
    ("ORP Kosciuszko sailed into the Baltic on Monday.", "sailed into the Baltic", "Poland"),
    ("ARA Almirante Brown left port on Monday.", "left port", "Argentina"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), SHIP_PREFIXES, ids=[r[2] for r in SHIP_PREFIXES])
def test_a_ships_prefix_names_its_navy(text: str, anchor: str, actor: str) -> None:
    assert actor_at(text, anchor) == actor
