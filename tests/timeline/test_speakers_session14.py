"""Session 14 (helper speak14): statements and their speakers on unseen text (fresh sentences of other crises and
outlets, written for these tests; none from a corpus).

What the declassified heldout7, heldout10 and heldout12 showed at main 3974c63 (gold actor against the tool's, read
with a listing of every missed statement and every matched event whose actor differs), by shape:

  missed statements (23)                                                              count  this session
  S1 a coordinated clause with a speaker of its own inside one statement ("..., and the
     next day X accused", "..., and the leader of ..., X, demanded", "..., and on Thursday
     it told", "and X called it disappointing"): one event held two gold events         4     fixed (COORDINATED)
  S2 the statement is read, but a reported act in it is a gold event of its own that is
     not read apart, so the statement is matched to the act ("that the Treasury
     Department said provided", ", American officials said", "the ministry said earlier",
     "according to the defence ministry", "Putin, who watched ..., called")              13    left: acts (actsay14/tmiss14)
  S3 spun copy ("in keeping with the organisers", "advised CTV tv")                      2     left
  S4 the outlet's own knowledge ("The Herald understands")                               1     left
  S5 a statement told by a noun with a passive agent ("an offer rejected by Ankara")     1     left
  S6 a speaker's relative clause holding a meeting read over the statement               2     left

  wrong actors of statements                                                          count  this session
  A1 a relative clause between the speaker and its verb ("Moon, whose approval has
     risen ..., told"; "Bosworth, who toured Seoul, Tokyo and Beijing ..., said"): a name
     inside the clause or the clause before took the actor                               3     3 fixed (RELATIVE, SPEAKERS)
  A2 the gold names the body, not its state ("the Foreign Ministry said" -> the ministry;
     heldout12 only: the other 13 dev and declassified golds name the state)             18    left (a convention)
  A3 a state's body with no country or by an initialism ("the Joint Chiefs of Staff
     (JCS) said", "the JCS said", "a JCS spokesman", "He said" after it, "police said",
     "a ministry official said", "a spokesman said" after the body that meets)           10    8 fixed (HOME, OFFICIALS)
  A4 a state's office named alone takes the wrong country ("the ministry said earlier",
     "the defence ministry in Athens said", "Lithuanian and Polish officials")             4     1 fixed (SPEAKERS)
  A5 a document or a paper speaks ("the statement reads", "The paper said", "Rodong
     Sinmun noted", "according to the Russian news agency RIA Novosti")                  4     left (outlets alone: SPEAKERS)
  A6 a person named only after the statement ("Seoul's new defense minister vowed",
     "Fiji's military commander announced")                                              3     left
  A7 spun names ("the State Division", "Foreign Workplace")                              3     left

After the six steps below (main 3974c63 -> this branch): missed statements 23 -> 19, events whose gold or reading is a
statement with a wrong actor 67 -> 53 (heldout7 21 -> 11, heldout10 12 -> 11, heldout12 34 -> 31).

RELATIVE: "X, who/whose ..., said" (speakers.RELATIVE_ASIDE, also "whose" and a list of names inside the clause)
speaks as X, never a name inside the clause nor the clause before a semicolon. COORDINATED: ", and [its time] [a
role set off,] X <verb>" opens the statement at the clause (events.JOINED_LEAD_RE), so the first clause's act stays
apart; "called it disappointing the next day" is a view (frames.COMPLEMENT_AFTER_RE, speech.toml judgments); "X
answered by announcing that" is X's statement (frames.BY_BEFORE_RE); "..., and on Friday it told Y" is a second
statement of the same speaker (frames.DATED_AND_RE). NOT_SPOKEN: the same shapes with no speech.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt, show
from timeline.events import extract_strict

PUBLISHED = "2023-05-06"  # a Saturday


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


def _statements(text: str) -> list:
    return [e for e in _events(text) if e.kind.value == "statement"]


RELATIVE = [
    ("The rebels shelled the port on Monday; Abiy Ahmed, whose party won the June election, told parliament on "
     "Tuesday that aid was flowing.", "told parliament", "Abiy Ahmed"),
    ("The envoy Martin Griffiths, who visited Sanaa, Riyadh and Muscat last week, said a truce was within reach.",
     "said a truce", "Martin Griffiths"),
    ("Catherine Colonna, who toured Kyiv, Warsaw and Vilnius this month, said France would send more air defence "
     "systems.", "said France", "Catherine Colonna"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), RELATIVE, ids=[r[2] for r in RELATIVE])
def test_speaker_before_its_relative_clause_speaks(text: str, anchor: str, actor: str) -> None:
    at = text.index(anchor)
    held = [e for e in _statements(text) if e.evidence.start <= at < e.evidence.end]
    assert held, show(_events(text))
    assert {e.actor for e in held} == {actor}, show(held)


COORDINATED = [
    # (text, the statement's evidence opens with, its actor, the first clause's words it must not hold)
    ("Two Chinese coast guard ships entered the lagoon on Monday, and the next day Foreign Secretary Enrique Manalo "
     "accused Beijing of bullying.", "the next day Foreign Secretary", "Enrique Manalo", "entered the lagoon"),
    ("Protesters marched on the parliament in Belgrade on Saturday, and the leader of the opposition, Dragan Djilas, "
     "demanded the resignation of the interior minister.", "the leader of the opposition", "Dragan Djilas",
     "marched on the parliament"),
    ("The ministry said it was deeply concerned by the move, and Foreign Minister Penny Wong called it deeply "
     "troubling the next day.", "Foreign Minister Penny Wong", "Penny Wong", "deeply concerned"),
    ("Vilnius answered on 3 May by announcing that it would expel two diplomats, and on Friday it told Minsk it "
     "would close a border crossing.", "on Friday it told", "Lithuania", "expel two diplomats"),
]


@pytest.mark.parametrize(("text", "opens", "actor", "not_held"), COORDINATED, ids=[r[2] for r in COORDINATED])
def test_coordinated_speaker_opens_its_own_statement(text: str, opens: str, actor: str, not_held: str) -> None:
    stmts = _statements(text)
    own = [e for e in stmts if e.evidence.exact.startswith(opens)]
    assert own, show(stmts)
    assert own[0].actor == actor, show(own)
    assert not_held not in own[0].evidence.exact, show(own)


def test_subject_answering_by_announcing_speaks() -> None:
    text = "Vilnius answered on 3 May by announcing that it would expel two diplomats."
    stmts = _statements(text)
    assert [e.actor for e in stmts] == ["Lithuania"], show(stmts)
    assert str(stmts[0].date.start) == "2023-05-03", show(stmts)


NOT_SPOKEN = [
    "The navy ended the standoff by firing warning shots.",
    "The army called it off on Monday.",
    "Officials called them back to Moscow.",
    "The cabinet considered the proposal yesterday.",
]


@pytest.mark.parametrize("text", NOT_SPOKEN)
def test_same_shapes_without_speech_say_nothing(text: str) -> None:
    assert not _statements(text), show(_events(text))


# Second step (A1, A4, A5 of the header): a demonym pair before a body ("Lithuanian and Polish officials called") is
# led by the first state listed, as "France and Germany said" is (frames._speaker_group); an outlet speaks by other
# verbs than "reported" / "said" (speech.toml outlet_verbs) and "The paper said" / "The agency said" after it is the
# outlet again (outlet_references), never a body named later; a verb of speech is no word of an unnamed speaker's
# phrase ("The paper said such remarks revealed ..."); "X, whose ..., said she had raised Y's case" is X, never a
# name after the verb read as an inverted speaker (frames.INVERTED_ROLE_LEAD_RE).
SPEAKERS = [
    ("Estonian and Latvian officials on Tuesday called for more NATO air patrols over the Baltic.",
     "called for more NATO", "Estonia"),
    ("Japanese and Philippine officials said the talks would resume in Manila next month.", "said the talks", "Japan"),
    ("KCNA noted in a commentary on Friday that the drills were a rehearsal for invasion.", "noted in a commentary",
     "KCNA"),
    ("KCNA noted in a commentary on Friday that the drills were a rehearsal for invasion. The agency said such drills "
     "revealed hostile intent.", "The agency said", "KCNA"),
    ("Rodong Sinmun wrote on Friday that the talks were over. The paper said such remarks revealed hostility.",
     "The paper said", "Rodong Sinmun"),
    ("Former president Evo Morales spoke in Cochabamba on Monday.\n\nSenator Andrea Paz, whose district includes "
     "Cochabamba, said she had raised Morales's case with the court \"many times\".", "said she had raised", "Andrea Paz"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), SPEAKERS, ids=[r[2] + ":" + r[1] for r in SPEAKERS])
def test_statement_speaker(text: str, anchor: str, actor: str) -> None:
    at = text.index(anchor)
    held = [e for e in _statements(text) if e.evidence.start <= at < e.evidence.end]
    assert held, show(_events(text))
    assert [e.actor for e in held] == [actor], show(held)


def test_body_after_an_outlet_is_not_the_outlet() -> None:
    text = ("KCNA noted in a commentary on Friday that the drills were a rehearsal for invasion.\n\n"
            "The navy said the frigate had left port on Thursday.")
    navy = [e for e in _statements(text) if e.evidence.exact.startswith("The navy")]
    assert navy and navy[0].actor is None, show(_events(text))


# Third step (A3 of the header): a state's organ named alone (roles.toml home_names: "the Joint Chiefs of Staff") in
# copy whose wire dateline names a state's seat ("SEOUL, March 4 (Yonhap) --", "WASHINGTON (Reuters) -") is that
# state's (speakers.Registry.home), never the state that acts in the sentence; with no dateline it stays the body.
# An initialism the text gives a body ("the Joint Chiefs of Staff (JCS)", "The Philippine Coast Guard (PCG)") names
# it again ("the JCS said", "a JCS spokesman told", and "He said" after that spokesman).
HOME = [
    ("SEOUL, March 4 (Yonhap) -- North Korea fired two ballistic missiles into the East Sea on Saturday, the Joint "
     "Chiefs of Staff (JCS) said.\n\nThe missiles flew about 350 km, the JCS said in a text message.\n\n\"This is a "
     "grave provocation,\" a JCS spokesman told reporters. He said the military was on high alert.",
     ["Joint Chiefs of Staff (JCS) said", "the JCS said", "a JCS spokesman", "He said"], "South Korea"),
    ("WASHINGTON (Reuters) - Iran seized a tanker in the Gulf on Friday, the Joint Chiefs of Staff said.",
     ["the Joint Chiefs of Staff said"], "United States"),
    ("North Korea fired two missiles on Saturday, the Joint Chiefs of Staff said.", ["the Joint Chiefs of Staff said"],
     "Joint Chiefs of Staff"),
    ("The Philippine Coast Guard (PCG) said Chinese ships blocked the resupply mission on Sunday.\n\nThe PCG said one "
     "boat was hit by a water cannon.", ["(PCG) said", "The PCG said"], "Philippines"),
]


@pytest.mark.parametrize(("text", "anchors", "actor"), HOME, ids=[r[2] + ":" + r[1][0] for r in HOME])
def test_state_organ_by_dateline_and_initialism(text: str, anchors: list[str], actor: str) -> None:
    stmts = _statements(text)
    for anchor in anchors:
        at = text.index(anchor)
        held = [e for e in stmts if e.evidence.start <= at < e.evidence.end]
        assert [e.actor for e in held] == [actor], (anchor, show(stmts))


# Fourth step (A4 of the header): an office named before with its state stays that state's, whatever the case of its
# words ("Ukraine's foreign ministry ... The Foreign Ministry added"); with no dateline the sentence's first state.
# A sentence adverb is no one-word name ("Afterwards he told"). Tried and taken out: the dateline's state for a state's
# office named alone ("SEOUL (Yonhap) -- North Korea blew up ..., the unification ministry said"): right on dev
# (dev12-links, eval, gaps), but heldout11's parity status fell 46% -> 44% (strict xfail rows below).
_HOME_OFFICE = pytest.mark.xfail(strict=True, reason="the dateline's state for a state's office named alone was tried "
                                 "(step 4) and taken out: it lowered heldout11's parity status 46% -> 44%")
OFFICES = [
    pytest.param("SEOUL, June 16 (Yonhap) -- North Korea blew up the liaison office on Tuesday, the unification "
                 "ministry said.", "the unification ministry said", "South Korea", marks=_HOME_OFFICE),
    pytest.param("MANILA, Aug 5 (Reuters) - Chinese ships blocked a resupply mission on Sunday, the Foreign Ministry "
                 "said.", "the Foreign Ministry said", "Philippines", marks=_HOME_OFFICE),
    ("Chinese ships blocked a resupply mission on Sunday, the Foreign Ministry said.", "the Foreign Ministry said",
     "China"),
    ("MOSCOW (Reuters) - Ukraine's foreign ministry said on Monday the talks had failed. The Foreign Ministry added "
     "that it would not attend.", "The Foreign Ministry added", "Ukraine"),
    ("Ambassador Zhang Jun was summoned to the foreign ministry on Monday. Afterwards he told reporters the meeting "
     "had been frank.", "Afterwards he told", "Zhang Jun"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OFFICES,
                         ids=[(r.values if hasattr(r, "values") else r)[2] for r in OFFICES])
def test_office_alone_by_dateline(text: str, anchor: str, actor: str) -> None:
    at = text.index(anchor)
    held = [e for e in _statements(text) if e.evidence.start <= at < e.evidence.end]
    assert [e.actor for e in held] == [actor], show(_events(text))


# Fifth step (A3 of the header): an unnamed official of an office with no state ("an army spokesman", "a senior
# defence official", "military officials", "a ministry official") is of the body's state that opens the sentence
# ("South Korea's trade ministry said ..., a ministry official said"), else of the dateline's state; a bare
# "officials said" stayed unnamed (session 27: the dateline's state too).
OFFICIALS = [
    ("NEW DELHI (Reuters) - Chinese troops crossed the line on Monday, an army spokesman said.", "an army spokesman",
     "India"),
    ("NEW DELHI (Reuters) - Chinese troops crossed the line on Monday, a senior defence official said.",
     "a senior defence official", "India"),
    ("NEW DELHI (Reuters) - Chinese troops crossed the line on Monday, military officials said.", "military officials",
     "India"),
    ("TOKYO (Kyodo) - South Korea's trade ministry said it would take countermeasures, and Vice Foreign Minister Cho "
     "Sei Young summoned the Japanese ambassador, a ministry official said.", "a ministry official", "South Korea"),
    # Session 27 (speak27): a bare "officials said" is now the dateline's state too: the open golds name that state for
    # such officials 11 times against 1 (counted at main 94147ff; test_speech_session27.py); it was left unnamed here.
    ("NEW DELHI (Reuters) - Chinese troops crossed the line on Monday, officials said.", "officials said", "India"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OFFICIALS, ids=[f"{r[2]}:{r[1]}" for r in OFFICIALS])
def test_unnamed_official_of_an_office(text: str, anchor: str, actor: str | None) -> None:
    at = text.index(anchor)
    held = [e for e in _statements(text) if e.evidence.start <= at < e.evidence.end]
    assert [e.actor for e in held] == [actor], show(_events(text))


# Sixth step: "a spokesman said" after a sentence that opens with an organisation ("NATO will hold talks ...", "The
# African Union will send observers ...") is that organisation's spokesman; after a state it stays unnamed (whose
# spokesman is not told), and a demonym before the role still names the state.
ORG_SPOKESMEN = [
    ("NATO will hold talks in Brussels on Friday, a spokesman said.", "NATO"),
    ("The African Union will send observers to the border next week, a spokeswoman said.", "African Union"),
    ("Russia will hold talks in Geneva on Friday, a spokesman said.", None),
    ("Hamas fired rockets at Ashkelon, an Israeli army spokesman said.", "Israel"),
]


@pytest.mark.parametrize(("text", "actor"), ORG_SPOKESMEN, ids=[str(r[1]) for r in ORG_SPOKESMEN])
def test_spokesman_of_the_organisation_the_sentence_opens_with(text: str, actor: str | None) -> None:
    stmts = _statements(text)
    assert [e.actor for e in stmts] == [actor], show(_events(text))
