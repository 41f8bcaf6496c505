"""Session 28 (speak28): statements and their speakers on unseen text: heldout23's (declassified this session) misses
and wrong speakers told in fresh words.

Table 1: the statement side of heldout23 at main 92206fc and after this session's rules (a script over
`timeline.evaluate.match_excerpt` as sessions 25-27's; required gold only). K = a gold act whose only holders are
statements; M = a statement gold unmatched: no event holds its anchor (none), a statement holds it but another gold took
it (taken), only events of other kinds hold it (other); X = a statement event matched to a gold of another kind; R = a
statement gold matched to an act; A = a statement gold matched to a statement of another speaker
(`evalactors.same_entity`: a state's organ for the state and a surname for the full name count as right).

| corpus        | K before/after | M none | M taken | M other | X before/after | R before/after | A before | A after | statement golds |
|---------------|----------------|--------|---------|---------|----------------|----------------|----------|---------|-----------------|
| heldout23     |     6 / 8      | 12 / 7 |  7 / 7  |  2 / 2  |    12 / 12     |     1 / 1      |    20    |    9    |   84            |
| dev28-speech  |     1 / 1      |  3 / 0 |  1 / 2  |  0 / 0  |     1 / 2      |     3 / 1      |     7    |    1    |   20            |

heldout23's statement misses and wrong speakers by cause (read row by row): a meeting's summary naming each speaker in
capitals with the state in brackets ("SUDJARWO TJONDRONEGORO (Indonesia) said", a UN press release) read no speaker at
all: 5 misses and 2 wrong "he"; the names copy gave Taiwan and China until the 1970s ("TAIPEI, Formosa," as a dateline,
"Peiping") left a ministry spokesman, "the spokesman" and "He said" with no state: 6; a place after a preposition read
as a speaker ("Nationalist guns on Quemoy answered": "Quemoy" spoke): 1, and the "he" after it; a capital's radio
("Peiping radio said") unnamed and a camp's adjective after "said" read as the speaker ("said Communist pilots had
downed"): 1; copy datelined "DJAKARTA" (the old spelling) whose Foreign Affairs spokesman came back as "The spokesman
said" and "He said" after the minister had spoken, and "the Navy Information Service announced": 3. Left: "Nationalist" as Taiwan's adjective ("the Nationalist Air Force claimed": ambiguous across stories),
the gold's "Radio Peking" for the state's radio, "an aide said" (whose aide), a statement named by its document ("The
statement said" after the Premier's), transcript lines of a briefing (ls-03), and acts in a "that"-clause after a date
phrase ("said that at about 11.30 p.m. on 1 September an Indonesian aircraft had crossed": acts28's, asked). Over all
open sets the statements with the right speaker went 2,037 -> ~2,060 (the dev28-speech rows apart).
Tried and not kept: "in" and "at" before a name as places too ("the association in Vigo said", "its High Commissioner in
Lagos said"): heldout8 (blind) lost two dates by its summary lines; the rule keeps "on", "off", "near", "over", "into" ...

Rows are fresh sentences (other crises, outlets, years than any corpus holds), each failing on main 92206fc unless
marked a guard; guard rows keep the senses the new rules must not take.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_by, make_excerpt, shown
from timeline.events import extract
from timeline.speakers import dateline_home
from timeline.transcript import summary_names

PUBLISHED = "1962-07-28"  # a Saturday


def _events(text: str, published: str = PUBLISHED):
    return extract(make_excerpt(text + "\n", published=published))


def _actors(events, text: str, anchor: str) -> list:
    return [e.actor for e in held_by(events, text, "statement", anchor)]


# --- Step 1: a meeting's summary names its speakers in capitals, their state in brackets ------------------------------
SUMMARY = (
    "The Security Council met this afternoon to consider the complaint of Senegal.\n\n"
    "DOUDOU THIAM (Senegal) said that Portuguese aircraft had bombed the village of Bouniak. Eleven people, he said,"
    " had been wounded.\n\n"
    "VASCO VIEIRA GARIN (Portugal) said his Government regretted the incident.\n\n"
    "Sir PATRICK HARVEY (United Kingdom) said his delegation would support an inquiry. He urged both sides to"
    " show restraint.\n\n"
    "Mr. LEOPOLDO BENITES (Ecuador) said the Council could not remain silent."
)
SPEAKERS = [
    # (anchor, actor)
    ("DOUDOU THIAM (Senegal) said", "Doudou Thiam"),
    ("Eleven people, he said", "Doudou Thiam"),
    ("VASCO VIEIRA GARIN (Portugal) said", "Vasco Vieira Garin"),
    ("Sir PATRICK HARVEY (United Kingdom) said", "Patrick Harvey"),
    ("He urged both sides to show restraint", "Patrick Harvey"),
    ("Mr. LEOPOLDO BENITES (Ecuador) said", "Leopoldo Benites"),
]


@pytest.fixture(scope="module")
def summary_events():
    return _events(SUMMARY)


@pytest.mark.parametrize(("anchor", "actor"), SPEAKERS, ids=[r[0][:24] for r in SPEAKERS])
def test_a_summary_s_speaker_in_capitals_speaks(summary_events, anchor: str, actor: str) -> None:
    assert actor in _actors(summary_events, SUMMARY, anchor), shown(summary_events)


@pytest.mark.parametrize(("text", "read"), [
    ("JACOB A. MALIK (Union of Soviet Socialist Republics) said the plot",
     "Jacob A. Malik                                       said the plot"),
    ("Opening the debate, DATO' ONG YOKE LIN (Malaysia) said", "Opening the debate, Dato' Ong Yoke Lin            said"),
    ("MR. ROJAS (Venezuela) said", "Mr. Rojas             said"),
])
def test_a_summary_s_name_is_read_as_a_name(text: str, read: str) -> None:
    assert summary_names(text) == read


@pytest.mark.parametrize("text", [
    "ECOWAS (Nigeria) said the troops would stay.",  # guard: one word in capitals with no title may be an initialism
    "The talks in GENEVA (Switzerland) were adjourned.",  # guard: no verb after the bracket
    "UNITA (Angola) said it would fight on.",  # guard: an initialism
    "Mr. Rojas (Venezuela) said the matter was urgent.",  # guard: a name already in small letters
    "The delegate of CUBA (Havana) said",  # guard: a city, no state, in the bracket
])
def test_other_capitals_and_brackets_stay_as_written(text: str) -> None:
    assert summary_names(text) == text


# --- Step 2: the names Cold War copy gave Taiwan and China -----------------------------------------------------------
def test_formosa_in_a_dateline_is_taiwan_s_home() -> None:
    text = "TAIPEI, Formosa, March 3 (AP) — The island was calm."
    assert dateline_home(text, 0, len(text)) == "Taiwan"


HISTORIC = [
    # (text, anchor, actor)
    ("TAIPEI, Formosa, Jan. 19 (UPI) — Communist artillery shelled the Tachen islands for six hours, a Defense"
     " Ministry spokesman said.", "a Defense Ministry spokesman said", "Taiwan"),
    ("TAIPEI, Formosa, Jan. 19 (UPI) — Communist artillery shelled the Tachen islands, a Defense Ministry spokesman"
     " said. He said two gunboats were lost.", "He said two gunboats", "Taiwan"),
    ("Peiping radio said last night that the islands would be freed.", "Peiping radio said", "China"),
    ("Baghdad radio said the troops had been withdrawn.", "Baghdad radio said", "Iraq"),
    ("Radio Hanoi, monitored here, said Communist gunners had shot down two planes.", "monitored here, said", "Vietnam"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), HISTORIC, ids=[r[1] for r in HISTORIC])
def test_historic_names_and_a_capital_s_radio_speak_for_the_state(text: str, anchor: str, actor: str) -> None:
    events = _events(text)
    assert actor in _actors(events, text, anchor), shown(events) + _actors(events, text, anchor)


@pytest.mark.parametrize(("text", "anchor", "not_actor"), [
    ("Formosa Plastics said its new plant would open in May.", "Formosa Plastics said", "Taiwan"),  # guard: a firm
    ("Israeli media said the talks had failed.", "Israeli media said", "Israel"),  # guard: a country's press
    ("Nationalist China said the island was calm.", "Nationalist China said", None),  # guard: the state speaks
])
def test_a_firm_and_a_country_s_press_keep_their_reading(text: str, anchor: str, not_actor: str | None) -> None:
    events = _events(text)
    actors = _actors(events, text, anchor)
    assert actors and not_actor not in actors, shown(events) + actors


# --- Step 3: a place after a preposition and a camp's adjective are no speakers ------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Government troops near Kalemie answered with mortar fire, an army spokesman said.", "Kalemie"),
    ("The garrison on Matsu answered shell for shell, the ministry said.", "Matsu"),
    ("Radio Hanoi, monitored here, said Communist gunners had shot down two planes.", "Communist"),
    ("A broadcast from Havana said Socialist militias had taken the beach.", "Socialist"),
])
def test_a_place_or_a_camp_s_word_never_speaks(text: str, name: str) -> None:
    events = _events(text)
    assert all(e.actor != name for e in events), shown(events) + [e.actor for e in events]


def test_a_name_after_said_still_speaks() -> None:
    # an inverted speaker with a party word before the title is the person (main 92206fc: "Communist" spoke)
    text = '"We will not yield," said Communist Party chief Le Duan.'
    events = _events(text)
    assert "Le Duan" in _actors(events, text, "said Communist"), shown(events)


# --- Step 4: "He" in the paragraph after a state's spokesman, with a person named only before the spokesman spoke ------
HE_AFTER = (
    "NEW DELHI, Oct. 22 (Reuters) - The Indian Government rejected Premier Chou En-lai's offer of talks today, a"
    " Foreign Ministry spokesman said.\n\n"
    "He said India would not negotiate while Chinese troops held Indian territory."
)


def test_he_in_the_next_paragraph_is_the_spokesman() -> None:
    events = _events(HE_AFTER, "1962-10-22")
    assert _actors(events, HE_AFTER, "He said India") == ["India"], shown(events)


def test_he_after_a_person_named_since_is_that_person() -> None:
    # guard: a person named after the spokesman spoke is the one "he" means, as before
    text = ("NEW DELHI, Oct. 22 (Reuters) - Talks were refused today, a Foreign Ministry spokesman said.\n\n"
            "Defence Minister Krishna Menon flew to Tezpur. He said the army would hold the line.")
    events = _events(text, "1962-10-22")
    assert _actors(events, text, "He said the army") == ["Krishna Menon"], shown(events)


# --- Step 5: "The spokesman said" after someone else spoke is the body whose spokesman spoke before ------------------
SPOKESMAN_AGAIN = (
    "DJAKARTA, Jan. 8 (Antara) -- A spokesman of the Department of Foreign Affairs told Antara that Indonesia would leave"
    " the United Nations.\n\n"
    "Foreign Minister Subandrio said on Thursday that the decision was final.\n\n"
    "The spokesman said the mission in New York would close within a month. He said the staff would fly home."
)


@pytest.mark.parametrize(("anchor", "actor"), [
    ("A spokesman of the Department of Foreign Affairs told", "Indonesia"),  # "DJAKARTA": the old spelling's seat
    ("The spokesman said the mission", "Indonesia"),
    ("He said the staff", "Indonesia"),
])
def test_the_spokesman_again_is_his_body_s(anchor: str, actor: str) -> None:
    events = _events(SPOKESMAN_AGAIN, "1965-01-08")
    assert actor in _actors(events, SPOKESMAN_AGAIN, anchor), shown(events)


def test_a_spokesman_named_since_is_that_person() -> None:
    # guard: a person whose title is spokesman, named after the body's spokesman spoke, is "the spokesman", as before
    text = ("MOSCOW, March 2 (Reuters) - A Foreign Ministry spokesman said the border was calm.\n\n"
            "State Department spokesman Ned Price said the talks would go on. The spokesman said a delegation would fly"
            " to Geneva.")
    events = _events(text, "2022-03-02")
    assert _actors(events, text, "The spokesman said") == ["Ned Price"], shown(events)


# --- Step 6: a service's press office --------------------------------------------
@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("MANILA, May 4 (AP) - The Philippine Navy will patrol the Sulu Sea from Monday, the Navy Information Service"
     " announced.", "the Navy Information Service announced", "Philippines"),
    ("ANKARA, May 4 (AP) - Two battalions were moved to the border, the Army Press Office said.",
     "the Army Press Office said", "Turkey"),
])
def test_a_service_s_press_office_speaks_for_its_state(text: str, anchor: str, actor: str) -> None:
    events = _events(text)
    assert actor in _actors(events, text, anchor), shown(events)
