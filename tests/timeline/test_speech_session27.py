"""Session 27 (speak27): statements and their speakers on unseen text: heldout22's wrong speakers (declassified this
session) told in fresh words.

Table 1: the statement side of the open sets at main 94147ff, heldout22 first (a script over
`timeline.evaluate.match_excerpt` as sessions 25 and 26's; required gold only). K = a gold act whose only holders are
statements; M = a statement gold unmatched: no event holds its anchor (none), a statement holds it but another gold took
it (taken), only events of other kinds hold it (other); X = a statement event matched to a gold of another kind; R = a
statement gold matched to an act; A = a statement gold matched to a statement of another speaker
(`evalactors.same_entity`: a state's organ for the state and a surname for the full name count as right).

| corpus              | K  | M none | M taken | M other | X  | R  | A before | A after | statement golds |
|---------------------|----|--------|---------|---------|----|----|----------|---------|-----------------|
| heldout22           |  4 |    5   |   13    |    2    |  4 |  1 |    12    |    6    |  102            |
| heldout21           |  8 |    6   |    3    |    0    |  4 |  2 |    10    |   10    |   86            |
| heldout19           |  1 |    3   |    4    |    0    |  8 |  2 |    14    |   13    |   83            |
| heldout20           |  3 |    6   |    4    |    0    |  6 |  6 |    14    |   14    |   98            |
| heldout18           |  6 |    6   |    4    |    0    |  9 |  1 |    26    |   26    |   95            |
| heldout17           | 11 |    2   |    1    |    0    |  7 |  4 |    27    |   26    |  108            |
| heldout16           |  5 |    1   |    6    |    0    |  8 |  4 |    29    |   25    |  107            |
| heldout9            |  7 |    5   |    4    |    0    |  4 |  3 |    27    |   24    |  137            |
| heldout11           |  3 |    3   |    3    |    1    |  7 |  3 |    18    |   17    |   87            |
| heldout15           |  6 |    2   |    4    |    0    |  4 |  0 |    11    |    9    |   68            |
| heldout13           |  2 |    2   |    4    |    1    |  5 |  2 |    15    |   14    |   69            |
| heldout4            |  5 |    3   |    0    |    0    |  0 |  0 |    18    |   15    |  106            |
| heldout (India-Pakistan) | 0 | 0   |    1    |    0    |  2 |  0 |     3    |    4    |   75            |
| others (heldout7, 10, 14, 3, eval, gaps, gaps2, heldout2, heldout12, fresh6) | 28 | 7 | 16 | 4 | 24 | 10 | 65 | 65 | 755 |
| all                 | 89 |   51   |   67    |    8    | 92 | 38 |   289    |   268   | 1976            |

Class A by cause (289 at 94147ff, read row by row on the open sets): an unnamed official, source, officer or office with
no state named whose state the copy's dateline gives ("..., officials said", "Government sources said", "Defense
officials said", "an army spokesman said" in copy datelined in a capital) about 35; an office named alone given the state
of a place or of a guest named before it in the sentence ("off the Lebanese coast, the Navy said", "in the Sea of Japan,
a Navy spokesman said", "the British Ambassador ... at the Ministry of Foreign Affairs") or the last state named in the
text ("The Ministry of Defence said there had been no British casualties" after Uruguay) about 30; a person named again
by a pronoun, a role or an office the registry missed ("He said" after "Mrs Dora Bloch", "she said" after "Mr Kozyrev",
"the head of state" after "President of the Kyrgyz Republic X", "According to the President") about 25; a state's own
press, agency or document for the state or the reverse (gold conventions differ) about 40; surname and spelling
variants the gold writes apart ("Sixto Duran Ballen" / "Duran-Ballen") about 20; the rest one of a kind.
Measured: 289 -> 268 (heldout22 12 -> 6); dev27-speech (Abu Musa and the Tunbs 1971, Kuwait 1961, gold first): actor
57% -> 89%, recall 90% -> 92% at its first run.

Rows are fresh sentences (other crises, outlets, years than any corpus holds), each failing on main 94147ff unless
marked a guard; guard rows keep the senses the new rules must not take.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_by, make_excerpt, shown
from timeline.events import extract
from timeline.speakers import dateline_home

PUBLISHED = "1966-02-24"  # a Thursday


def _events(text: str, published: str = PUBLISHED):
    return extract(make_excerpt(text + "\n", published=published))


def _speakers(events, text: str, anchor: str) -> list:
    return [(e.actor, e.actor_role) for e in held_by(events, text, "statement", anchor)]


# --- Step 1: plain officials and sources in copy datelined in a state's seat are that state's ----------------------------
HOME_SOURCES = [
    # (text, anchor, actor)
    ("ACCRA, Feb. 24 (Reuters) - Troops surrounded the presidential palace at dawn, officials said.", "officials said",
     "Ghana"),
    ("KAMPALA, Jan. 25 (AP) - Troops took over the radio station before dawn, informed sources said.",
     "informed sources said", "Uganda"),
    ("CANBERRA, Nov. 11 (AAP) - The Governor-General dismissed the government this afternoon, one senior official said.",
     "one senior official said", "Australia"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), HOME_SOURCES, ids=[r[2] for r in HOME_SOURCES])
def test_a_plain_source_speaks_for_the_dateline_s_state(text: str, anchor: str, actor: str) -> None:
    events = _events(text)
    assert actor in [a for a, _ in _speakers(events, text, anchor)], shown(events) + _speakers(events, text, anchor)


@pytest.mark.parametrize(("text", "anchor"), [
    # guard: diplomats of other states, sources set elsewhere, and no dateline at all stay unnamed
    ("ACCRA, Feb. 24 (Reuters) - Troops surrounded the presidential palace at dawn, Western diplomats said.",
     "Western diplomats said"),
    ("ACCRA, Feb. 24 (Reuters) - The president was on his way to Peking. Officials there said he would fly home.",
     "Officials there said"),
    ("Troops surrounded the presidential palace at dawn, officials said.", "officials said"),
    ("ACCRA, Feb. 24 (Reuters) - Troops surrounded the palace at dawn, opposition sources said.", "opposition sources said"),
])
def test_a_source_set_elsewhere_stays_unnamed(text: str, anchor: str) -> None:
    events = _events(text)
    speakers = _speakers(events, text, anchor)
    assert speakers and all(a is None for a, _ in speakers), shown(events) + speakers


# --- Step 2: datelines in ordinary capitals, with a state after the city, two cities, or on a line of their own ----------
DATELINES = [
    ("GDANSK, Poland, Aug. 16 (UPI) -- Strikers occupied the shipyard.", "Poland"),
    ("Nairobi, 12 March (KNA) -- The cabinet met today.", "Kenya"),
    ("WARSAW/MOSCOW, Dec. 13 (Reuters) - Martial law was declared.", "Poland"),
    ("Canberra: The Prime Minister said today that the troops would stay.", "Australia"),
    ("Valletta, Thursday, March 31 -- The last British sailors left today.", "Malta"),
]


@pytest.mark.parametrize(("text", "home"), DATELINES, ids=[r[1] for r in DATELINES])
def test_a_dateline_gives_the_copy_s_home(text: str, home: str) -> None:
    assert dateline_home(text, 0, len(text)) == home


@pytest.mark.parametrize("text", [
    "Paris, the capital, was quiet on Sunday.",  # guard: a city as a sentence's subject, no dateline
    "Moscow said on Monday that the talks would go on.",  # guard
    "Lagos, Nigeria's largest city, was calm.",  # guard: a city with an apposition
])
def test_a_city_opening_a_sentence_is_no_dateline(text: str) -> None:
    assert dateline_home(text, 0, len(text)) is None


def test_a_dateline_on_a_line_of_its_own_gives_the_home() -> None:
    text = ("Test story\n\nFrom our Defence Correspondent\n\nOttawa, October 16\n\nThe destroyer Assiniboine stayed in "
            "the Gulf of St Lawrence, off the French coast, throughout the night, a Defence Ministry spokesman said.")
    events = _events(text, "1970-10-16")
    assert "Canada" in [a for a, _ in _speakers(events, text, "a Defence Ministry spokesman said")], shown(events)


# --- Step 3: an office named alone is never a place's or a guest's state ---------------------------------------------------
OFFICES = [
    # (text, anchor, actor)
    ("ROME, June 5 (ANSA) - The cruiser Garibaldi stayed in the Gulf of Sidra, off the Libyan coast, all day, the "
     "Defence Ministry said.", "the Defence Ministry said", "Italy"),
    ("VALLETTA, March 31 (Reuters) - Foreign Minister Joseph Cassar today received the British High Commissioner at the "
     "Ministry of Foreign Affairs. The Ministry of Foreign Affairs later said the base would close on time.",
     "The Ministry of Foreign Affairs later said", "Malta"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OFFICES, ids=[r[2] for r in OFFICES])
def test_an_office_alone_is_the_right_state_s(text: str, anchor: str, actor: str) -> None:
    events = _events(text, "1979-03-31")
    assert actor in [a for a, _ in _speakers(events, text, anchor)], shown(events) + _speakers(events, text, anchor)


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    # guards: the state that opens the sentence, and the seat that locates the speaker, own the office
    ("ROME, June 5 (ANSA) - Libya moved two gunboats into the gulf, the Defence Ministry said.", "the Defence Ministry said",
     "Libya"),
    ("Libya closed its airspace. In Rome, the Defence Ministry said two Italian jets had been turned back.",
     "the Defence Ministry said", "Italy"),
    # guard: with no dateline and no state before it in the sentence, the last state named, as before
    ("The last British sailors left the island. The Ministry of Defence said there had been no incident in Malta.",
     "The Ministry of Defence said", "United Kingdom"),
])
def test_an_office_keeps_its_subject_or_its_seat(text: str, anchor: str, actor: str) -> None:
    events = _events(text, "1986-06-05")
    assert actor in [a for a, _ in _speakers(events, text, anchor)], shown(events) + _speakers(events, text, anchor)


# --- Step 4: a Commonwealth mission by its name; "the MoD" -------------------------------------------------------------------
MISSIONS = [
    ("Two hundred Britons were flown out of Kampala on Sunday, a British High Commission spokesman said.",
     "a British High Commission spokesman said", "United Kingdom"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), MISSIONS, ids=[r[2] for r in MISSIONS])
def test_a_high_commission_speaks_for_its_state(text: str, anchor: str, actor: str) -> None:
    events = _events(text, "1972-08-13")
    assert actor in [a for a, _ in _speakers(events, text, anchor)], shown(events) + _speakers(events, text, anchor)


def test_a_mission_named_with_its_state_after_according_to_speaks() -> None:
    """Guard: "according to figures collected by the Indian High Commission" spoke for India before too."""
    text = "At least 40 Indians have fled across the border, according to figures collected by the Indian High Commission."
    events = _events(text, "1972-08-13")
    assert "India" in [a for a, _ in _speakers(events, text, "the Indian High Commission")], shown(events)


@pytest.mark.parametrize(("text", "speaks"), [
    ("Tokyo insists no ransom was paid; Kenyan officials privately put the sum at two million dollars.", True),
    ("The mediators put the total at forty hostages.", True),
    ("The navy put the ships at anchor off the coast.", False),  # guard: a thing put somewhere, no estimate
])
def test_a_sum_put_at_a_figure_is_a_statement(text: str, speaks: bool) -> None:
    events = _events(text, "1999-11-10")
    said = held_by(events, text, "statement", "put the")
    assert bool(said) == speaks, shown(events)


def test_the_mod_speaks() -> None:
    text = "The MoD denied reports that British pilots had flown over the border."
    events = _events(text, "1972-08-13")
    assert held_by(events, text, "statement", "The MoD denied reports"), shown(events)


def test_a_high_commission_named_as_an_object_does_not_speak() -> None:
    """Guard: the mission consulted is no speaker of the sentence."""
    text = "Britain broke off consultations with the Ugandan High Commission on Friday."
    assert not [e for e in _events(text, "1976-07-15") if e.kind.value == "statement"], shown(_events(text))


# --- Step 5: "he" and "she" never mean a person a title gives the other sex; "the Opposition" is no person ---------------------
PRONOUNS = [
    # (text, anchor, actor)
    ("Sir Anthony Parsons met the Argentine envoy on Monday. Mrs Jeane Kirkpatrick, the American delegate, was absent. "
     "He told the envoy that the council would meet again.", "He told the envoy", "Anthony Parsons"),
    ("Mr Gromyko said the Soviet Union wanted peace. Mrs Indira Gandhi, speaking after him, was blunt. \"We will not be "
     "lectured,\" she said.", "she said", "Indira Gandhi"),
    ("Sir Geoffrey Howe met the minister on Monday. Mrs Barbara Castle, speaking for the Opposition, attacked the deal. "
     "He said the deal would stand.", "He said the deal would stand", "Geoffrey Howe"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), PRONOUNS, ids=[r[2] for r in PRONOUNS])
def test_a_pronoun_skips_a_person_of_the_other_sex(text: str, anchor: str, actor: str) -> None:
    events = _events(text, "1982-04-05")
    assert actor in [a for a, _ in _speakers(events, text, anchor)], shown(events) + _speakers(events, text, anchor)


def test_a_pronoun_still_means_the_person_named_last() -> None:
    """Guard: with no title for either, the reading is the one before (here the subject who spoke last)."""
    text = "Jeane Kirkpatrick met Anthony Parsons on Monday. She said the council would meet again."
    events = _events(text, "1982-04-05")
    assert _speakers(events, text, "She said")[0][0] == "Jeane Kirkpatrick", shown(events)


# --- Step 6: a head of state or government named again after a formal title or a title set off before the name ------------
OFFICE_HOLDERS = [
    ("ASHGABAT, 12 May (Turkmen State News) -- President of the Turkmen Republic Saparmurat Niyazov today signed a decree "
     "on the border. Speaking to the cabinet, the head of state stressed that the frontier was closed.",
     "the head of state stressed", "Saparmurat Niyazov"),
    ("The Ugandan Prime Minister, Milton Obote, told parliament on Monday that the border was closed. The head of "
     "government said the army would stay.", "The head of government said", "Milton Obote"),
    ("Foreign Minister Mauno Koivisto received the Soviet envoy today. According to the Minister, the talks were frank.",
     "According to the Minister", "Mauno Koivisto"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OFFICE_HOLDERS, ids=[r[2] for r in OFFICE_HOLDERS])
def test_an_office_named_again_is_its_holder(text: str, anchor: str, actor: str) -> None:
    events = _events(text, "1995-05-12")
    assert actor in [a for a, _ in _speakers(events, text, anchor)], shown(events) + _speakers(events, text, anchor)


def test_a_name_with_two_family_particles_is_whole() -> None:
    text = "The emir, Sheikh Jaber al-Ahmad al-Sabah, appealed for help on Thursday."
    events = _events(text, "1990-08-03")
    assert "Jaber al-Ahmad al-Sabah" in [e.actor for e in events], [(e.actor, e.evidence.exact) for e in events]


# --- Step 7: "he" after a body's spokesman with words before the head, in one paragraph --------------------------------------
def test_he_after_a_body_s_spokesman_is_that_body() -> None:
    text = ("Two hundred Britons were flown out on Sunday, a British High Commission spokesman said. By evening 300 more "
            "had left for Nairobi, he said.")
    events = _events(text, "1972-08-13")
    assert "United Kingdom" in [a for a, _ in _speakers(events, text, "he said.")], shown(events)


def test_he_in_a_later_paragraph_is_the_person_named_there() -> None:
    """Guard: a body's spokesman a paragraph back gives way to the person the new paragraph names."""
    text = ("The bloc wants an African force deployed at once, an OAU spokesman said.\n\nPrime Minister Milton Obote arrives "
            "at the palace. \"The war is over,\" he told reporters at the gate.")
    events = _events(text, "1972-08-13")
    assert "Milton Obote" in [a for a, _ in _speakers(events, text, "he told reporters")], shown(events)


# --- Step 8: a subject after a lead's comma before "states", "claims": the verb of speech, not a plural noun ------------------
def test_a_body_after_a_lead_states() -> None:
    text = "As to the missing crewman, Mr Ali Sabri, who was taken to hospital on Monday, the Government states that he is safe."
    events = _events(text, "1967-06-08")
    assert held_by(events, text, "statement", "the Government states"), shown(events)


def test_a_plural_noun_after_a_verb_stays_a_noun() -> None:
    """Guard: "rejected the Egyptian claims that ..." is one statement, by the subject."""
    text = "Israel rejected the Egyptian claims that its jets had struck first."
    said = [e for e in _events(text, "1967-06-08") if e.kind.value == "statement"]
    assert [e.actor for e in said] == ["Israel"], [(e.actor, e.evidence.exact) for e in said]
