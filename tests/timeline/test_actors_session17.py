"""Session 17 (helper actor17): who did it and who said it (fresh sentences and names of other crises, written for these
tests; none from a corpus).

Matched gold events whose actor the tool names otherwise ("actor~" wrong: another entity, or none), on the declassified
heldout11 (new this session), heldout9, heldout13, heldout7, heldout10, heldout12 and the dev corpora eval, gaps, gaps2,
heldout..heldout4, fresh6, dev12-links, dev16-standoff, dev12/16-clauses, dev11/12-speech, dev11-acts, dev11/12-kinds,
dev11/12-stmts at main 87d82c8, by class. The classes were read by a script over (gold, predicted, evidence) and checked
by hand on the declassified sets; counts are approximate where a row fits two classes.

  class                                                                     before   82bf6e1   1b15edb
  an act with no subject named (forces, craft, a noun, a relative clause)       144       142       137
  a passive act with no agent read ("were given two days to leave", "was jailed") 76      72        69
  another state: an object, a place or a demonym read as the doer ("the ministry
     summoned the Danish envoy" -> Denmark, "a mock strike on Latvia" -> Latvia) 69       69        70
  other wrong entity (a body's seat, a ship, a spun copy's word for a seat)     52        54        53
  a statement by a speaker no list names (an outlet, a document, a group)       45        45        45
  a leader's act or words given to the state ("the Chilean leader wrote")       39        40        40
  a state's act or words given to its leader or to the speaker ("X said Oslo would
     cut ties" -> X, "Prime Minister X's government backed the move" -> X)      36        34        34
  a statement by unnamed officials or sources with no state ("officials said")  24        24        24
  another person (a party to a meeting, a pronoun read as the wrong person)     24        24        24
  an organ named without its state ("Ministry of Defence") vs the state         19        19        19
  one person spelt otherwise (transliterations: "-ey"/"-ei", "Q"/"Kh"/"G")      19        19        19
  role words read as a name ("Cooperation", "General", "Industry", "Senior General") 19   13        13
  a coalition or body vs a member state (a bloc's force as its leading member)   16        16        16
  a statement by a lowercase office with no state ("the interior ministry said") 12        12        12
  an agency or paper vs the speaker (the agency that relayed the words)           8         8         8
  a role named again unresolved ("the head of state said", a two-word rank)      8         4         4
  a state's name for its predecessor (Moscow in copy written before 1992)        6         0         0
  all                                                                           616       595       587
  (a row may move class when its wrong actor changes: a Secretary General read as "General", now as the body.)

Fixed here (general, data in roles.toml, speech.toml, aliases.toml):
- "the Head of State noted", "the head of government said": the first person named before whose role holds a title of
  that office (roles.toml [references.offices]; speakers.Registry.by_office); none named: the unnamed speaker it was.
- "The Senior General told the meeting": a two-word rank named again (roles.toml references).
- a ministry's portfolio words are never a name nor a name's first word (speech.toml [not_names] portfolios): "Minister
  of Foreign Affairs and Cooperation X received" is X's, "the Ministry of Agriculture and Fisheries said" is no person
  "Fisheries"; an organisation's "of" part lists portfolios ("the Ministry of Economy, Trade and Industry",
  lexicon.ORG_NAME_RE, speakers.STATE_BODY_ROLE_RE) and never runs on into a state's name.
- "the Secretary General of the League, X," is no person "General" (a title's word alone is no name after a title:
  speakers' TITLED_NAME_RE reading; "General" as a word no name may hold cut "Brigadier General X" and was taken out).
- a state's name in copy written before a day is its predecessor's (aliases.toml [eras]: Russia before 26 December
  1991 is the Soviet Union; events._event).
- "British Prime Minister X's government endorsed", "X's government said": the state the leader's role names
  (speakers.LEADER_OWNED_RE, speakers._leader_state); "his government withdrew" as that state was tried and left out (it
  added two extras on a blind set and no right actor there): a strict xfail row.
- a summons told in the passive: the state of the office it was made to ("was summoned to the Polish Foreign Ministry",
  "to the foreign ministry in Athens"), else of the summoned envoy's posting ("Russia's ambassador in Oslo"); never the
  envoy's own state (doers.toml summons, passives.summons_state).
- "received yesterday evening in Rabat the ambassadors" is a meeting (triggers.toml: the day and place before them).
- a state never summons its own envoy: "The Foreign Ministry summoned the British ambassador" read as Britain's act is
  the last other country's named before it (passives.not_the_envoys).
- an act with no doer named goes on the same kind of act told just before it (within events.DOER_REACH characters;
  "Chile began drills on Monday. The drills are due to run until Sunday"), for drills, launches, forces, ships and
  measures (events.DOER_GOES_ON). Tried for every kind: on the declassified sets and gaps, gaps2, heldout3, heldout4, 37
  acts got their gold doer and 32 a wrong one (all had none before), most of both "other" acts; the wrong ones blocked
  links an unnamed doer had made (gaps2 three same_event links of one arrest, heldout12 and heldout10 one each). Kept to
  states and bodies of the alias table instead, a blind set lost a link.
Measured and left: a lowercase ministry with no state in its sentence ("..., the interior ministry said") given the last
country named was wrong on all three declassified rows it changed (a neighbour, the other party): it stays unnamed.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import actor_at, make_excerpt, show
from timeline import lexicon as L
from timeline.events import extract_strict
from timeline.models import Event


def _events(text: str, published: str = "2024-05-10") -> list[Event]:
    return extract_strict(make_excerpt(text, published=published))


_actor_at = actor_at  # one helper for the doer tables of sessions 17 and 18 (duplicates D1)


OFFICES = [
    # (text, anchor of the statement, its speaker): an office named again by what it is
    ("President of Moldova Ion Radu opened a session of the security council in Chisinau on Monday.\n\n"
     "Addressing the participants, the Head of State noted that the country had faced an attempted coup.",
     "the Head of State noted", "Ion Radu"),
    ("President of Moldova Ion Radu opened a session of the security council in Chisinau on Monday.\n\n"
     "The head of state said on Tuesday that the border would stay closed.", "The head of state said", "Ion Radu"),
    ("King Abdullah Hassan received the envoys in Amman on Monday. The Head of State told them that the crossing would "
     "reopen.", "The Head of State told", "Abdullah Hassan"),
    ("Prime Minister Elena Varga chaired the cabinet in Budapest on Monday. The head of government said on Tuesday that "
     "the aid would continue.", "The head of government said", "Elena Varga"),
    # the first holder named: copy that calls its president "the Head of State" names them before other states'
    ("President of Moldova Ion Radu hosted a summit in Chisinau on Monday with President of Romania Mihai Stan and "
     "President of Ukraine Taras Koval.\n\nThe Head of State said the three had agreed to open a corridor.",
     "The Head of State said", "Ion Radu"),
    # a two-word rank named again
    ("The council was formed under Commander-in-Chief Senior General Aung Kyaw Thein on Monday. The Senior General told "
     "the meeting that the army had acted lawfully.", "The Senior General told", "Aung Kyaw Thein"),
]

NO_HOLDER = [
    # (text, anchor): no holder of the office named before: an unnamed speaker, never made up
    ("The head of state said on Tuesday that the border would stay closed.", "The head of state said"),
    ("Foreign Minister Ana Lopes met her Peruvian counterpart on Monday. The head of state said on Tuesday that the "
     "border would stay closed.", "The head of state said"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OFFICES, ids=[f"{r[2]}:{r[1]}" for r in OFFICES])
def test_an_office_named_again_is_its_holder(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor, "statement") == actor


@pytest.mark.parametrize(("text", "anchor"), NO_HOLDER, ids=[r[0][:30] for r in NO_HOLDER])
def test_an_office_with_no_holder_named_stays_unnamed(text: str, anchor: str) -> None:
    assert _actor_at(text, anchor, "statement") is None


PORTFOLIOS = [
    # (text, anchor, kind, actor): a ministry's portfolio words are no name
    ("Minister of Foreign Affairs and Cooperation Ahmed Tazi received the ambassadors of the Gulf states in Rabat on "
     "Monday.", "received the ambassadors", "meeting", "Ahmed Tazi"),
    ("Minister of Foreign Affairs and International Cooperation Amina Diallo received the Malian envoy in Dakar on "
     "Tuesday.", "received the Malian envoy", "meeting", "Amina Diallo"),
    # state-agency order: the day and the place before the visitors
    ("DAKAR, May 9 (APS) - Minister of Foreign Affairs and Cooperation Amina Diallo received yesterday evening in Dakar "
     "the ambassadors of the member states of the regional bloc.", "received yesterday evening", "meeting", "Amina Diallo"),
    ("Japan tightened its rules on chemical exports on Thursday. The Ministry of Economy, Trade and Industry said on "
     "Friday that shipments to Brazil would need licences.", "said on", "statement", "Japan"),
    ("Chile closed two ports to foreign trawlers on Monday. The Ministry of Agriculture and Fisheries said on Tuesday "
     "that the ban would last a month.", "said on Tuesday", "statement", "Chile"),
]


@pytest.mark.parametrize(("text", "anchor", "kind", "actor"), PORTFOLIOS, ids=[f"{r[3]}:{r[1]}" for r in PORTFOLIOS])
def test_portfolio_words_are_no_name(text: str, anchor: str, kind: str, actor: str) -> None:
    assert _actor_at(text, anchor, kind) == actor


def test_a_portfolio_list_with_no_state_is_the_ministry_not_its_last_word() -> None:
    text = "The Ministry of Agriculture and Fisheries said on Friday that imports of beef would stop."
    assert _actor_at(text, "said on Friday", "statement") == "Ministry of Agriculture and Fisheries"


def test_a_secretary_general_is_no_person_named_general() -> None:
    text = ("The Secretary General of the Andean League, Rosa Quispe, will travel to Quito on Thursday for talks with the "
            "government.")
    actors = {e.actor for e in _events(text)}
    assert "General" not in actors, show(_events(text))


def test_a_rank_before_a_name_keeps_the_person_speaking() -> None:
    text = "Coalition spokesman Brigadier General Omar Haddad said the coalition had destroyed a boat on Monday."
    assert (_actor_at(text, "said the coalition", "statement") or "").endswith("Omar Haddad")


@pytest.mark.parametrize(("text", "name"), [
    ("The Ministry of Defence and Russia's navy held talks on Friday.", "Ministry of Defence"),
    ("The Ministry of Economy, Trade and Industry said on Friday.", "Ministry of Economy, Trade and Industry"),
    ("The Ministry of Agriculture and Fisheries said on Friday.", "Ministry of Agriculture and Fisheries"),
])
def test_an_organisations_of_part_lists_portfolios_but_never_a_state(text: str, name: str) -> None:
    found = [m.group(0).removeprefix("The ").removeprefix("the ") for m in L.ORG_NAME_RE.finditer(text)]
    assert name in found


LEADERS_GOVERNMENTS = [
    # (text, anchor, actor): a leader's government, cabinet or administration acts for the leader's state
    ("Norwegian Prime Minister Jonas Berg's government endorsed the blockade on Tuesday.", "endorsed the blockade",
     "Norway"),
    ("Norwegian Prime Minister Jonas Berg flew to Brussels on Monday. Prime Minister Jonas Berg's cabinet approved the "
     "removal of Chile from the list on Friday.", "approved the removal", "Norway"),
    ("Norwegian Prime Minister Jonas Berg flew to Brussels on Monday. Jonas Berg's government said on Tuesday that it "
     "would not send troops.", "government said", "Norway"),
    # "his government" as the state was tried: it added two extras on a blind set and no right actor there
    pytest.param("Greek Prime Minister Nikos Pappas spoke to parliament on Monday. Under pressure from Washington, his "
                 "government withdrew the naval force it had sent to the islet.", "withdrew the naval force", "Greece",
                 marks=pytest.mark.xfail(strict=True, reason="'his government' as the leader's state: blind extras")),
]

LEADERS_OWN = [
    # (text, anchor, actor): no state in the leader's role, or an office that is the person's own: the person
    ("Prime Minister Jonas Berg's government endorsed the blockade on Tuesday.", "endorsed the blockade", "Jonas Berg"),
    ("Albanian Prime Minister Ali Rama's office said on Monday that he would travel to Rome.", "office said", "Ali Rama"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), LEADERS_GOVERNMENTS + LEADERS_OWN)
def test_a_leaders_government_is_the_leaders_state(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


SUMMONS = [
    # (text, anchor, actor or None): a summons in the passive is the state of the office it was made to, else of the
    # posting of the one summoned; never the summoned envoy's own state
    ("Russia's ambassador in Warsaw, Sergei Andreyev, was summoned to the Polish Foreign Ministry on Tuesday evening.",
     "was summoned", "Poland"),
    ("Officials of the Chinese embassy in Seoul were summoned to the South Korean Foreign Ministry on Monday.",
     "were summoned", "South Korea"),
    ("Russia's ambassador in Washington, Anatoly Antonov, was called in to the State Department on Tuesday evening.",
     "was called in", "United States"),
    ("Turkey's ambassador was summoned to the foreign ministry in Athens on the same day.", "was summoned", "Greece"),
    ("Russia's ambassador in Oslo was summoned to the foreign ministry on Friday.", "was summoned", "Norway"),
    ("Russia's ambassador was summoned to the foreign ministry on Friday.", "was summoned", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), SUMMONS, ids=[f"{r[2]}:{r[0][:30]}" for r in SUMMONS])
def test_a_summons_in_the_passive_is_the_summoning_state(text: str, anchor: str, actor: str | None) -> None:
    assert _actor_at(text, anchor) == actor


ERAS = [
    # (text, published, anchor, actor): a state's name in copy written before it was the state's own
    ("Moscow protested against the blockade on Wednesday.", "1979-03-08", "Moscow protested", "Soviet Union"),
    ("The Russians moved two divisions to the border on Tuesday.", "1968-08-15", "moved two divisions", "Soviet Union"),
    ("Russia expelled two Norwegian diplomats on Monday.", "1991-12-20", "expelled two Norwegian", "Soviet Union"),
    ("Moscow protested against the blockade on Wednesday.", "2019-03-08", "Moscow protested", "Russia"),
    ("Russia expelled two Norwegian diplomats on Monday.", "1992-01-14", "expelled two Norwegian", "Russia"),
]


@pytest.mark.parametrize(("text", "published", "anchor", "actor"), ERAS, ids=[f"{r[1]}:{r[3]}" for r in ERAS])
def test_a_states_name_before_its_day_is_its_predecessors(text: str, published: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor, published=published) == actor


def test_the_predecessors_name_leads_the_summary_too() -> None:
    event = next(e for e in _events("Moscow protested against the blockade on Wednesday.", "1979-03-08")
                 if e.kind.value == "statement")
    assert event.summary.startswith("Soviet Union") and "Russia" not in event.summary


LEFT_UNNAMED = [
    # measured: a lowercase ministry with no state in its own sentence, given the last country named, was wrong on
    # every declassified row it changed; it stays an unnamed office
    ("Belarus sent troops into Armenia on Friday after a regional bloc agreed to help. Twelve police officers had "
     "been killed, the interior ministry said.", "the interior ministry said"),
]


@pytest.mark.parametrize(("text", "anchor"), LEFT_UNNAMED, ids=[r[1] for r in LEFT_UNNAMED])
def test_a_lowercase_ministry_with_no_state_in_its_sentence_stays_unnamed(text: str, anchor: str) -> None:
    assert _actor_at(text, anchor, "statement") is None


# --- an act with no doer named goes on the same kind of act told just before it (events.DOER_REACH) -------------------

GOES_ON = [
    # (text, anchor of the later act, its doer)
    ("Chile began naval drills off the Juan Fernandez islands on Monday. The drills are due to run until Sunday and "
     "include live firing in three zones.", "are due to run until Sunday", "Chile"),
    ("Ghana began deploying troops along the Togolese border on Tuesday. More units were sent on Wednesday to the "
     "northern crossings.", "More units were sent", "Ghana"),
]

NOT_GOES_ON = [
    # (text, anchor): another kind of act before it, the same kind too far before it, or an "other" act (arrests,
    # expulsions, flights: as many wrong doers as right went on, and a wrong doer blocks a link): no doer made up
    ("Ghana expelled two Togolese diplomats on Tuesday. A third was expelled on Wednesday after a search of the "
     "embassy.", "A third was expelled"),
    ("Chile began naval drills off the Juan Fernandez islands on Monday. Two fishing boats were seized on Tuesday.",
     "were seized"),
    ("Chile began naval drills off the Juan Fernandez islands on Monday. " + "The weather was calm and the sea flat. " * 9
     + "Further drills were held on Friday near the coast.", "Further drills were held"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), GOES_ON, ids=[r[1] for r in GOES_ON])
def test_an_act_with_no_doer_goes_on_the_same_kind_of_act_just_before(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor


@pytest.mark.parametrize(("text", "anchor"), NOT_GOES_ON, ids=[r[1] for r in NOT_GOES_ON])
def test_no_doer_from_another_kind_or_from_far_before(text: str, anchor: str) -> None:
    assert _actor_at(text, anchor) is None


ENVOYS = [
    # (text, anchor, actor): a state never summons its own envoy; the doer read as the envoy's state gives way to the
    # last other country named before (passives.not_the_envoys); any other doer stands
    ("Eritrea seized a Danish-flagged trawler off Assab on Friday. Denmark condemned the seizure. The Foreign Ministry "
     "summoned the Danish ambassador the next day.", "summoned the Danish ambassador", "Eritrea"),
    ("Eritrea seized a Danish-flagged trawler off Assab on Friday. Denmark condemned the seizure. Norway's foreign "
     "ministry summoned the Eritrean ambassador on Monday.", "summoned the Eritrean ambassador", "Norway"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), ENVOYS, ids=[r[1] for r in ENVOYS])
def test_a_state_never_summons_its_own_envoy(text: str, anchor: str, actor: str) -> None:
    assert _actor_at(text, anchor) == actor
