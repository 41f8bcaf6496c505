"""Session 15 (helper actor15): who did the act, and a second, honest actor figure (fresh sentences and names of
other crises, written for these tests; none from a corpus).

Matched gold events whose actor differs from the tool's, on the declassified heldout13 (new this session), heldout7,
heldout10 and heldout12 at main c360e1f (189 of them; acts 128, statements 61), by class:

  class                                                                   acts  stmts  "actor~" counts it
  (a) the same entity named otherwise                                        9     32
      a state's organ vs the state ("Turkish Foreign Ministry" / Turkey,
      "Kremlin", "Honduran Armed Forces", "Japanese Ministry of ...")        3     21     yes
      a person by surname ("George W. Bush" / "Bush")                          1      3     yes
      one entity of the alias table ("Group of 20" / "G20")                    1      0     yes
      a court, a bloc's organ, a state agency or press, a spelling
      ("South Korean Supreme Court", "European Commission" / EU, "FSB",
      "RIA Novosti", "Gaddafi" / "Gadhafi", "Mohammed VI" / "Mohammed")       4      8     no
  (b) a wrong entity                                                        51     19
      B1 the speaker given to a reported act ("Libya agreed ..., President
         Bush announced", "X said Wellington would suspend")                  13
      B2 the object, target or a thing named in the clause as doer
         ("dismissed Prime Minister X", "a simulated strike on Poland")      12
      B3 a state's act given to its leader or a leader's to the state
         ("Abe's cabinet approved", "his government withdrew")                 5
      B4 a meeting's or joint act's parties ("Biden and Harris will greet",
         "Belarusian and Russian troops", "met Mr. Lee")                       6
      B5 a ship, unit or group read as the wrong doer ("the Swedish icebreaker
         Oden" for a Danish-led team, "the south Korean puppet army")         5
      B6 a role's words read as a name ("Minister of Foreign Affairs and
         Cooperation X" -> "Cooperation")                                      5
      B7 a relative clause's or the previous clause's subject                  5
  (c) no actor                                                              68     10
      C1 forces, crews, ships or vehicles as the doer with no state in the
         subject ("Soldiers had set up roadblocks", "The two vessels left")   19
      C2 a passive with no by-agent ("was convicted of spying in June",
         "were given 72 hours to leave", "was summoned")                      18
      C3 a passive with a by-agent the tool does not read ("signed by Putin",
         "occupied ... by a dozen Moroccan gendarmes")                         4
      C4 a meeting of a body no table lists or of two people ("The
         Commonwealth's action group will meet", "Talks between A and B")     10
      C5 an act told as a noun, a name or in a relative clause ("the annual
         Hoguk exercise that began", "which ran from 14 to 20 September")     15
      C6 an agency or state name the alias table lacks ("the Jamahiriya",
         "The FBI and the Department of Homeland Security")                    2
  (d) gold conventions that differ between sets: a state's organ is named as the organ in heldout12 (ministries, the
      Kremlin, the Pentagon, the FSB, an embassy) and in part of heldout13 ("Spanish Ministry of Defence", "United States
      Department of State", "Honduran Armed Forces"), as the state in heldout7 ("whom the State Department said" ->
      United States) and by heldout13's own README ("a country or body for anonymous officials and ministries"); troops
      with no state named are "Republic of Fiji Military Forces" (heldout10) and "Honduran Armed Forces" (heldout13) but
      "Russia" for Iskander crews (heldout7). These are the 25 (a) rows the "actor~" figure counts (of 30 with a state
      organ or a surname); no old gold was changed.

The "actor~" figure (timeline/evalactors.py, aliases.toml [same_entity], tests/data/eval/README.md "Actors") counts a
state and its organ as one entity, and a person by surname; the strict "actor" column stays beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import make_excerpt, show
from timeline.evalactors import entity_of, same_entity
from timeline.evalgold import GoldEvent
from timeline.evaluate import ACTOR_ENTITY, HEADERS, score_excerpt
from timeline.events import extract_strict
from timeline.models import DateResolution, Event, Evidence, event_id

SAME = [
    # (gold, predicted): one entity by the alias table's rules
    ("Chilean Navy", "Chile"),
    ("Armed Forces of Ukraine", "Ukraine"),
    ("Indian Ministry of External Affairs", "India"),
    ("Polish Foreign Ministry", "Poland"),
    ("Elysee", "France"),
    ("White House", "United States"),
    ("Royal Thai Police", "Thailand"),
    ("Pakistan Army", "Pakistan"),
    ("Jacinda Ardern", "Ardern"),
    ("Recep Tayyip Erdoğan", "Erdogan"),
    ("Olaf Scholz", "olaf scholz"),
    ("Group of 20", "G20"),
]

DIFFERENT = [
    # (gold, predicted): two entities, or an organ the rule leaves out (a court, a parliament, a party, the press)
    ("Brazilian Supreme Court", "Brazil"),
    ("Polish parliament", "Poland"),
    ("Chilean Socialist Party", "Chile"),
    ("Chile", "Argentina"),
    ("Chilean Navy", "Argentina"),
    ("Jacinda Ardern", "Chris Hipkins"),
    ("Kim Yo-jong", "Kim Jong-un"),
    ("New Zealand", "Jacinda Ardern"),
    ("Lula", ""),
    ("Ukraine", None),
]


@pytest.mark.parametrize(("gold", "predicted"), SAME, ids=[f"{g}~{p}" for g, p in SAME])
def test_one_entity_by_the_table(gold: str, predicted: str) -> None:
    assert same_entity(gold, predicted)


@pytest.mark.parametrize(("gold", "predicted"), DIFFERENT, ids=[f"{g}/{p}" for g, p in DIFFERENT])
def test_two_entities_or_an_organ_left_out(gold: str, predicted: str | None) -> None:
    assert not same_entity(gold, predicted)


def test_an_organ_is_its_state_only_with_organ_words_beside_it() -> None:
    assert entity_of("Colombian Defence Ministry") == "Colombia"
    assert entity_of("Colombian Constitutional Court") is None
    assert entity_of("Kremlin") == "Russia"
    assert entity_of("Gustavo Petro") is None


BODY = "The Chilean navy seized a trawler on Monday. Peruvian officials protested."


def _event(text: str, actor: str | None) -> Event:
    at = BODY.index(text)
    return Event(id=event_id("x-01", "other", text), excerpt="x-01", kind="other", summary="s", actor=actor,
                 date=DateResolution(start=date(2024, 3, 4), end=date(2024, 3, 4), phrase="on Monday"),
                 evidence=Evidence.of(BODY, at, at + len(text)))


def test_the_second_figure_counts_the_organ_as_its_state_and_the_strict_one_does_not() -> None:
    gold = [GoldEvent(excerpt="x-01", anchor="seized a trawler", kind="other", start="2024-03-04", end="2024-03-04",
                      actor="Chilean Navy"),
            GoldEvent(excerpt="x-01", anchor="Peruvian officials protested", kind="other", actor="Peru")]
    s = score_excerpt(gold, [_event("The Chilean navy seized a trawler on Monday", "Chile"),
                             _event("Peruvian officials protested", "Bolivia")], BODY)
    assert (s.actor_scored, s.actor_right, s.actor_same) == (2, 0, 1)
    assert s.actor_accuracy() == 0.0 and s.actor_entity_accuracy() == 0.5


def test_the_column_names_its_rule() -> None:
    assert ACTOR_ENTITY in HEADERS and HEADERS.index(ACTOR_ENTITY) == HEADERS.index("actor") + 1
    assert "organ=state" in ACTOR_ENTITY and "surname" in ACTOR_ENTITY


# --- fixes: doers the subject does not name (timeline/passives.py, data/doers.toml; AGENT_GAP_RE) -----------------

def _acts(text: str) -> list[Event]:
    return [e for e in extract_strict(make_excerpt(text, published="2023-05-06")) if e.kind.value != "statement"]


def _actor_at(text: str, anchor: str) -> str | None:
    start = text.index(anchor)
    held = [e for e in _acts(text) if e.evidence.start <= start and start + len(anchor) <= e.evidence.end]
    assert held, show(_acts(text))
    return min(held, key=lambda e: e.evidence.end - e.evidence.start).actor


DOERS = [
    # (text, anchor of the act, its doer)
    # C3: a passive's by-agent after a size or a unit
    ("The disputed atoll was occupied on Tuesday by a dozen Eritrean marines.", "occupied", "Eritrea"),
    ("The border post was stormed by a small unit of Eritrean marines on Tuesday.", "stormed", "Eritrea"),
    ("The village was shelled by hundreds of Serbian police on Friday.", "shelled", "Serbia"),
    ("The lighthouse was seized by a platoon of Guyanese soldiers on Sunday.", "seized", "Guyana"),
    # C2: a passive arrest or trial with no agent: the state of its place; one made to leave a country: that country
    ("Two Estonian journalists were arrested in Minsk on Tuesday.", "arrested", "Belarus"),
    ("The French aid worker was detained in Bamako on Monday.", "detained", "Mali"),
    ("A Lithuanian citizen was convicted of spying in Moscow on Thursday.", "convicted", "Russia"),
    ("Lithuania accused two Belarusian diplomats of espionage. The diplomats were given 48 hours to leave Lithuania on Friday.",
     "given 48 hours", "Lithuania"),
    ("Three Dutch diplomats were expelled from Venezuela on Monday.", "expelled", "Venezuela"),
    # C1: forces with no state: the state whose forces the excerpt named last
    ("Maldivian troops were deployed to the capital on Sunday. Soldiers set up checkpoints around the parliament on Monday.",
     "set up checkpoints", "Maldives"),
    ("Togo's army moved into the capital on Sunday. Soldiers set up checkpoints around the parliament, disarmed the "
     "presidential guard on Monday and surrounded the court, witnesses said.", "disarmed the presidential guard", "Togo"),
    ("Togo's army moved into the capital on Sunday. Soldiers set up checkpoints around the parliament, disarmed the "
     "presidential guard on Monday and surrounded the court, witnesses said.", "surrounded the court", "Togo"),
    ("Gabonese soldiers seized the state broadcaster on Wednesday. Troops fired tear gas at protesters on Thursday, the Red "
     "Cross said.", "fired tear gas", "Gabon"),
]

NO_DOER = [
    # (text, anchor): nothing names the doer; none is made up
    ("Soldiers set up checkpoints around the capital on Monday.", "set up checkpoints"),
    ("Two Estonian journalists were arrested on Tuesday.", "arrested"),
    ("Two Estonian journalists were arrested on Tuesday after crossing from Latvia.", "arrested"),
    ("Armed men fired on the convoy near the border on Friday.", "fired on the convoy"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), DOERS, ids=[f"{r[2]}:{r[1]}" for r in DOERS])
def test_doer_the_subject_does_not_name(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


@pytest.mark.parametrize(("text", "anchor"), NO_DOER, ids=[r[1] + ":" + r[0][:30] for r in NO_DOER])
def test_no_doer_is_made_up(text: str, anchor: str) -> None:
    assert _actor_at(text, anchor) is None


def test_a_state_speaking_of_its_forces_keeps_them() -> None:
    text = ("Gabonese soldiers seized the state broadcaster on Wednesday. Troops fired on protesters in Libreville on "
            "Thursday, Cameroon said.")
    assert _actor_at(text, "fired on protesters") == "Cameroon"


OWN_MEASURES = [
    # (text, anchor, doer): a state's own measure in the passive, attributed after to that state or its body
    ("Two Estonian journalists were detained at the airport on Sunday, the Belarusian Interior Ministry said.",
     "detained", "Belarus"),
    ("Ukrainian experts were allowed to visit the site on Thursday, Polish prosecutors said.", "allowed", "Poland"),
    ("Two Russian bombers were intercepted over the North Sea on Monday, the Royal Air Force said.", "intercepted",
     "United Kingdom"),
    ("Sanctions were imposed on three shipping firms on Friday, the European Union said.", "imposed", "European Union"),
]

OTHERS_ACTS = [
    # (text, anchor, doer or None): what a state reports of others in the passive is never its own act
    ("Nine missiles were fired into the sea on Sunday, Japan said.", "fired", None),
    ("Five Chinese ships were detected near the island on Monday, the Japanese coast guard said.", "detected", "China"),
    ("A Colombian patrol boat was attacked near the border on Friday, the Venezuelan defence ministry said.", "attacked",
     None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OWN_MEASURES, ids=[f"{r[2]}:{r[1]}" for r in OWN_MEASURES])
def test_own_measure_told_in_the_passive_is_the_speakers(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


@pytest.mark.parametrize(("text", "anchor", "actor"), OTHERS_ACTS, ids=[f"{r[2]}:{r[1]}" for r in OTHERS_ACTS])
def test_what_a_state_reports_of_others_is_not_its_own(text: str, anchor: str, actor: str | None) -> None:
    assert _actor_at(text, anchor) == actor


def test_shapes_count_wrong_actors_by_class_without_text() -> None:
    from timeline.evalshapes import ShapeTally, actor_lines, actor_outcome
    assert [actor_outcome(g, p) for g, p in [("Chile", "chile"), ("Chilean Navy", "Chile"), ("Chile", None),
                                             ("Chile", "Peru")]] == ["right", "entity", "none", "other"]
    t = ShapeTally()
    t.actors.update({("act", "passive", "scored"): 3, ("act", "passive", "right"): 1, ("act", "passive", "none"): 2})
    lines = actor_lines(t)
    assert lines[0].split()[1:] == ["actors", "of", "class", "scored", "right", "entity", "none", "other"]
    assert lines[1].split() == ["shapes:", "act", "passive", "3", "1", "0", "2", "0"]
    assert len(lines) == 2  # classes with nothing scored are left out


PRONOUN_DOERS = [
    # (text, anchor, doer): "he"/"she" in one person's reported words is that person, never a person named after it
    ("Brazil's army chief announced on Tuesday that he had taken control of the capital and dismissed President Joao "
     "Silva.", "dismissed President", "Brazil"),
    ("Kenya's president said on Friday that he had expelled the Somali ambassador.", "expelled", "Kenya"),
    ("The Chilean foreign minister said on Tuesday she had summoned the Argentine ambassador.", "summoned", "Chile"),
    # a body's words: "he" is the person named before, not the body
    ("Wing Commander Ravi Kumar was captured on Wednesday. India's air force said he shot down a Pakistani F-16 before "
     "ejecting.", "shot down", "Ravi Kumar"),
]

STATE_AGENCIES = [
    # (text, anchor, doer): a state's security and intelligence services act for it (aliases.toml)
    ("The FSB detained a Ukrainian consular officer in St Petersburg on Friday.", "detained", "Russia"),
    ("Mossad agents seized the suspect in Nairobi on Tuesday.", "seized", "Israel"),
    ("The Secretary noted that the Jamahiriya will receive a delegation of inspectors next Saturday.", "will receive",
     "Libya"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), PRONOUN_DOERS, ids=[f"{r[2]}:{r[1]}" for r in PRONOUN_DOERS])
def test_pronoun_in_reported_words(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


@pytest.mark.parametrize(("text", "anchor", "actor"), STATE_AGENCIES, ids=[f"{r[2]}:{r[1]}" for r in STATE_AGENCIES])
def test_state_agencies_act_for_their_state(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


def test_a_passive_held_in_a_country_is_that_countrys() -> None:
    text = "The agency said on Monday that one of its inspectors was briefly held in Iran late last month."
    assert _actor_at(text, "briefly held") == "Iran"


def test_a_passive_in_a_subordinate_clause_is_not_the_speakers_own_measure() -> None:
    text = ("The swap came after months of talks, U.S. officials said, and weeks after Ivanov was convicted of espionage "
            "in a closed trial.")
    assert _actor_at(text, "was convicted") is None
