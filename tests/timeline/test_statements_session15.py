"""Session 15 (helper stmt15): missed, mis-split and false statements and their speakers, on fresh sentences of other
crises, outlets and years written for these tests (none from a corpus).

What the declassified heldout7, heldout10, heldout12, heldout13 and the dev sets dev11-speech, dev12-speech, dev11-stmts,
dev12-stmts showed at main c360e1f (every gold statement against the tool's events; a listing of each missed statement,
each statement event merged with another, each gold statement read as another kind, each false statement and each
statement whose speaker differs), by shape, and after this session's steps (branch wt-stmt15 at ff2a3f5):

  missed statements (no statement holds the anchor)                                   before  after  this session
  M1 a statement in the speaker's who-clause ("Ban Ki-moon, who described it as a
     courageous step", "Clinton, who afterwards announced that", "Le Drian, who last
     week called the junta ...", spun "who instructed an information convention", "Bush,
     who in his State of the Union address presented Libya as proof that", "the laureate
     who agreed this week to mediate")                                                   6       3    3 fixed (WHO)
  M2 a statement read out ("X read a statement on state television saying ...")          2       0    fixed (READ)
  M3 a country's papers mid-body ("Moroccan newspapers yesterday accused ...")           1       0    fixed (PRESS)
  M4 a step to the press ("Arias came out and told reporters")                           1       0    fixed (STEPPED)
  M5 an answer told by the thing answered (", an offer rejected by Ankara on Friday")    1       0    fixed (ANSWERED)
  M6 a speaker no mention reads ("the coup leaders rejected X's demand", "The leaders of
     <an organisation the lists lack> ... have pledged", "The North's foreign ministry,
     in a statement ...", "Trump, in a series of posts on Twitter, appeared to take
     credit")                                                                             4       4    left
  M7 spun copy ("in keeping with the organisers", "advised CTV tv")                      2       2    left
  M8 the outlet's own knowledge ("The Herald understands")                                1       1    left
                                                                                         18      10
  merged: one statement event holds two gold events' anchors                          before  after
  G1 an act told first or inside, then ", X said" / "according to X" (the act is not read
     apart, so the statement is matched to the act): actsay15's and other15's shapes      17      17    left (acts)
  G2 a meeting in the speaker's aside ("Forum ministers, meeting in Sydney the same day,
     condemned", "The PM, who will appear before the committee on Thursday, has said")    2       2    left (meeting kinds)
  G3 a second speaker in an apposition ("..., a stance that Suva's officers cited as
     proof of foreign interference")                                                      2       2    left
  G4 one speaker's two statements ("announced the curbs on Sunday ... and confirmed them
     in a formal notice on Monday"; "had called on ..., and has expressed understanding
     ..., the minister said")                                                             2       2    left
  gold statements read as another kind                                                 before  after
  K1 a body's document ("adopted a declaration demanding", "passed a resolution
     condemning": its subject is no mention the frame finder reads)                      2       2    left
  K2 stances read as acts ("endorsed the statement", "credited the war", "accepted
     responsibility for")                                                                 3       3    left
  K3 a speech verb's object noun takes the kind ("praised the openness of the exercise",
     "noted in a commentary" over "six-party talks", "told a meeting of senior
     secretaries", "5th Fleet said ... boats had swarmed")                               4       4    left
  false statements                                                                     before  after
  F1 a transcript's own people ("SOLANO: And what about ...?", "RUIZ: You're welcome.",
     "ANCHOR: Lee Ji-won reporting.": lowercase labels, "NAME reporting:", "ANCHOR:")    6       0    fixed (HOSTS)
  F2 a passive agent's answer read apart from its noun ("rejected by Ankara ...")        1       0    fixed (ANSWERED)
  F3 the rest: about half are statements a gold leaves out ("Seoul reacted angrily", "the
     bloc regretted the decision", '"...," he said' lines), the others a participle or
     relative clause read as its own statement (", stressing that ...", "Moscow, which
     offers ...")                                                                        19      19    left
  statements (gold or read) whose speaker differs                                     before  after
  A1 a country's office-holder named by role, named in the next paragraph ("Fiji's
     military commander announced" ... "Commodore Frank Bainimarama")                      2       0    fixed (NAMED_LATER)
  A2 the rest: name forms (Bush / George W. Bush, Gadhafi / Gaddafi), the body or its
     state by convention (heldout12), outlets or their states (SPA, MENA), unnamed
     offices ("police said", "a spokesman said"), spun names ("State Division")         116     115    left (parity's
     bridges count few of them: heldout13 links +0 statuses +0)

Figures (timeline recall/precision/kind/dates; parity e2e F1/status), main c360e1f -> ff2a3f5: heldout13 71/83/82/86
.35/38% -> 74/86/83/88 .37/40%; heldout12 90/89/94/97 -> 91/90/94/97; heldout10 e2e .56/44% -> .59/48%; dev12-speech
recall 99 -> 100; other dev unchanged; blind 5/6/8/9/11/14 unchanged; heldout15 78/81/87/95 -> 77/82/88/96 (e2e
.24/42% unchanged: its statement extras 12 -> 9, one 'other' gold a host's line held as a statement lost).

HOSTS: a broadcast transcript's own people are never speakers of statements: a label line in lowercase ("ANDREA
SOLANO, host:"), a correspondent's "NAME reporting:" label, and a line named by a programme's role word ("ANCHOR: And
what about Tokyo?", "ANCHOR: X reporting."); guests' lines stay statements (transcript.py, speech.toml [transcript]).

WHO: a statement told in a person's who-clause ("..., by the UN chief, Ban Ki-moon, who described it as a courageous
step", "Kerry, who afterwards announced that ...", "X, who last week called the junta 'illegitimate'") is that person's,
its evidence opening at the speaker (not the sentence's other event before it) and closing with the clause when the
main clause goes on ("X, who said last week that A, met Y on Monday": the meeting is no part of what was said;
frames.WHO_GAP_RE, RELATIVE_CLOSE_RE, Frame.relative; events._sentence); so is "Bush, who in his State of the Union
address presented Libya as proof that ..." (a speech setting in the clause, then any past verb: WHO_SETTING_VERB_RE).
NOT_WHO: who-clauses telling no speech.

READ: "X read a statement on state television saying ..." / "read out a declaration announcing that ..." is X's
statement (frames.READ_DOCUMENT_RE); "X read a statement on state television." alone stays none (session 8's NOT_READ).
PRESS: a country's papers speak unnamed at any sentence's start, also with their day ("Moroccan newspapers yesterday
accused Spain of ...", "The talks failed. Israeli media reported that ...": frames.MEDIA_BEFORE_RE read only the body's
first sentence before).

ANSWERED: ", an offer rejected by Ankara on Friday as 'a waste of time'" / ", a proposal swiftly dismissed by Moscow":
the agent's statement opens at the thing it answers (frames.ANSWERED_NOUN_BEFORE_RE, Frame.answered).
STEPPED: "The UN envoy X emerged from the talks and said ...", "X came out and told reporters ...": a step to the press
between the speaker and the verb (frames.GAP_RE).
NAMED_LATER: "Fiji's military commander announced Tuesday that ..." then "Commodore Frank Bainimarama told a news
conference" / "Defense Minister Kim said": the office-holder the next paragraphs name speaks (timeline/namedlater.py,
data/namedlater.toml); never one named before, two who fit, or a role many hold ("a senior official").
AS_NOUN: a speech told as its noun: "X's warning that ...", "Russia's claim that ...", "The Kremlin's denial that ..."
(frames.VIEW_OF_RE noun3); after a speech setting leading the sentence, its speaker's own past verb tells what was said
("In a televised address on Sunday, President X outlined plans to ...": frames.SETTING_VERB_RE); never "X's statement
that was issued", "In a speech in Paris, X was booed", "During the visit, X inspected the troops".
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt, show
from timeline.events import extract_strict

PUBLISHED = "2024-03-09"  # a Saturday


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


def _held_by_statement(events: list, text: str, anchor: str) -> list:
    at = text.index(anchor)
    return [e for e in events if e.kind.value == "statement" and e.evidence.start <= at
            and at + len(anchor) <= e.evidence.end]


# --- HOSTS ----------------------------------------------------------------------------------------------------------
LOWER_LABELS = ("Ferry talks stall\n\nMARTA IBARRA, host:\n\nThe two governments met again in Valletta today."
                " Our reporter Tom Achterberg is there.\n\nTOM ACHTERBERG reporting:\n\nMarta, the talks broke up"
                " after three hours.\n\nMr. GEORGE VELLA (Foreign Minister, Malta): We are not going to be rushed.\n\n"
                "IBARRA: And what about the fishermen?\n\nACHTERBERG: They are still waiting.\n\n"
                "IBARRA: Tom Achterberg in Valletta. Thank you.\n\nACHTERBERG: You're welcome.")
ROLE_NAMED = ("Morning bulletin\n\nANCHOR: The border crossing at Rafah reopened this morning. Our correspondent"
              " Sara Haddad has more.\n\nSARA HADDAD, CORRESPONDENT: Trucks began moving shortly after eight.\n\n"
              "ANCHOR: And what about Cairo?\n\nHADDAD: Officials there say the crossing will stay open.\n\n"
              "KHALED FAWZY: We need at least two hundred trucks a day.\n\nANCHOR: Sara Haddad reporting.")


HOST_LINES = [
    (LOWER_LABELS, "IBARRA: And what about the fishermen?"),
    (LOWER_LABELS, "ACHTERBERG: They are still waiting."),
    (LOWER_LABELS, "IBARRA: Tom Achterberg in Valletta."),
    (LOWER_LABELS, "ACHTERBERG: You're welcome."),
    (ROLE_NAMED, "ANCHOR: And what about Cairo?"),
    (ROLE_NAMED, "ANCHOR: Sara Haddad reporting."),
    (ROLE_NAMED, "ANCHOR: The border crossing"),
]


@pytest.mark.parametrize(("text", "anchor"), HOST_LINES, ids=[r[1] for r in HOST_LINES])
def test_the_programmes_own_lines_are_no_statements(text: str, anchor: str) -> None:
    assert _held_by_statement(_events(text), text, anchor) == [], show(_events(text))


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    (ROLE_NAMED, "KHALED FAWZY: We need", "Khaled Fawzy"),
])
def test_a_guest_line_stays_a_statement(text: str, anchor: str, actor: str) -> None:
    held = _held_by_statement(_events(text), text, anchor)
    assert [e for e in held if e.actor == actor], show(_events(text))


# --- WHO ------------------------------------------------------------------------------------------------------------
WHO = [
    ("The ceasefire was welcomed by Ghana and by the AU chairman, Moussa Faki, who described it as a courageous step.",
     "Moussa Faki, who described it", "Moussa Faki", None),
    ("On Monday he was received at the Quai d'Orsay by Foreign Minister Jean-Marc Ayrault, who afterwards announced "
     "that talks would resume.", "who afterwards announced", "Jean-Marc Ayrault", "On Monday he was received"),
    ('The expulsion followed remarks by Swedish Foreign Minister Margot Wallstrom, who last week called the verdict '
     '"medieval".', "who last week called the verdict", "Margot Wallstrom", None),
    ("Kenyan President Uhuru Kenyatta, who said last week that the vote was flawed, met the opposition leader on "
     "Monday.", "who said last week", "Uhuru Kenyatta", "met the opposition leader"),
    ("Chancellor Angela Merkel, who called the plan unworkable, has not yet lifted the ban.",
     "who called the plan unworkable", "Angela Merkel", "has not yet lifted"),
    # a speech setting in the who-clause: its own verb tells what was said (frames.WHO_SETTING_VERB_RE)
    ("President George W. Bush met Blair. Bush, who in his State of the Union address on 20 January presented Libya "
     "as proof that diplomacy works, has not yet lifted any sanctions.", "who in his State of the Union address",
     "George Bush", "has not yet lifted"),
    ("Chancellor Olaf Scholz, who in an interview on Sunday defended the deal, flew to Rome.", "who in an interview",
     "Olaf Scholz", "flew to Rome"),
]


@pytest.mark.parametrize(("text", "anchor", "actor", "outside"), WHO, ids=[r[2] for r in WHO])
def test_a_statement_in_a_speakers_who_clause(text: str, anchor: str, actor: str, outside: str | None) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))
    if outside is not None:  # the sentence's other clause is no part of the statement's evidence
        assert outside not in held[0].evidence.exact, show(held)


NOT_WHO = [
    "Ban Ki-moon, who arrived in Kinshasa on Monday, met the president.",
    "President Emmanuel Macron, who in a speech in Paris was booed, left early.",
    "The minister, who was described by aides as exhausted, left early.",
    "Prime Minister Kevin Rudd, who called an election for November, flew to Jakarta.",
]


@pytest.mark.parametrize("text", NOT_WHO, ids=[t[:30] for t in NOT_WHO])
def test_a_who_clause_with_no_speech_is_no_statement(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], show(_events(text))


# --- READ -----------------------------------------------------------------------------------------------------------
READ = [
    ("Foreign Minister Ahmed Aboul Gheit read a statement on state television saying Egypt would reopen the crossing.",
     "read a statement on state television", "Ahmed Aboul Gheit"),
    ("The announcement came first in Bamako, where junta spokesman Abdoulaye Maiga read out a declaration announcing "
     "that the French ambassador had 72 hours to leave.", "read out a declaration", "Abdoulaye Maiga"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), READ, ids=[r[2] for r in READ])
def test_a_statement_read_out_is_its_readers(text: str, anchor: str, actor: str) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))


@pytest.mark.parametrize("text", [
    "The spokesman read a statement on state television.",
    "She read the letter twice before signing it.",
    "The clerk read the resolution that the council had adopted.",
])
def test_a_document_read_with_no_words_told_is_no_statement(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], show(_events(text))


# --- PRESS ----------------------------------------------------------------------------------------------------------
PRESS = [
    ('Talks resumed in Rabat. Algerian newspapers yesterday accused Morocco of "provocation".', "Algerian newspapers"),
    ("The border stayed shut. Egyptian media reported that the army had moved tanks into Sinai.", "Egyptian media"),
    ("Ties have been cool since May. Turkish dailies on Sunday accused Athens of stalling.", "Turkish dailies"),
]


@pytest.mark.parametrize(("text", "anchor"), PRESS, ids=[r[1] for r in PRESS])
def test_a_countrys_press_speaks_mid_body(text: str, anchor: str) -> None:
    assert _held_by_statement(_events(text), text, anchor), show(_events(text))


@pytest.mark.parametrize("text", [
    "The talks failed. Egyptian newspapers were banned from the briefing.",
    "The border stayed shut. Turkish papers sold out within hours.",
])
def test_the_press_as_a_thing_is_no_speaker(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], show(_events(text))


# --- ANSWERED -------------------------------------------------------------------------------------------------------
ANSWERED = [
    ("Simitis proposed last week that Turkey take its claim to the court, an offer rejected by Ankara on Friday as "
     '"a waste of time".', "an offer rejected by Ankara on Friday", "Turkey"),
    ("Kyiv floated a ceasefire over Easter, a proposal swiftly dismissed by Moscow.",
     "a proposal swiftly dismissed by Moscow", "Russia"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), ANSWERED, ids=[r[2] for r in ANSWERED])
def test_an_answer_by_an_agent_opens_at_what_it_answers(text: str, anchor: str, actor: str) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))
    assert not text.startswith(held[0].evidence.exact[:12]), show(held)  # not the first clause's own words


# --- STEPPED --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("The UN envoy Martin Griffiths emerged from the talks and said a truce was close.", "emerged from the talks and said",
     "Martin Griffiths"),
    ("Prime Minister Jacinda Ardern met the envoys in Wellington.\n\nArdern came out and told reporters that no deal had "
     "been reached.", "Ardern came out and told reporters", "Jacinda Ardern"),
], ids=["emerged", "came out"])
def test_a_step_to_the_press_before_the_verb(text: str, anchor: str, actor: str) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))


# --- NAMED_LATER ----------------------------------------------------------------------------------------------------
NAMED_LATER = [
    ("Myanmar's army commander announced on Monday that the military had taken power.\n\n\"Elections will follow,\" "
     "Senior General Min Aung Hlaing told a meeting of officers.", "Myanmar's army commander announced",
     "Min Aung Hlaing"),
    ("Japan's new foreign minister vowed on Tuesday to defend the islands.\n\nForeign Minister Taro Kono said the "
     "coast guard would be strengthened.", "Japan's new foreign minister vowed", "Taro Kono"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), NAMED_LATER, ids=[r[2] for r in NAMED_LATER])
def test_an_office_holder_named_in_the_next_paragraph_speaks(text: str, anchor: str, actor: str) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))


NOT_NAMED_LATER = [
    # two who fit: no one chosen
    ("Japan's foreign minister said on Tuesday that the talks had failed.\n\nForeign Minister Taro Kono and "
     "Foreign Minister Kang Kyung-wha met later.", "Japan's foreign minister said", "Japan"),
    # a role many hold
    ("A senior Japanese official said on Tuesday that the talks had failed.\n\nDeputy Minister Takeo Mori said more.",
     "A senior Japanese official said", None),
    # a ministry, not a person
    ("Japan's foreign ministry said on Tuesday that the talks had failed.\n\nForeign Minister Taro Kono said more.",
     "Japan's foreign ministry said", "Japan"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), NOT_NAMED_LATER, ids=["two fit", "many hold", "ministry"])
def test_no_person_is_given_where_none_fits_alone(text: str, anchor: str, actor: str | None) -> None:
    held = _held_by_statement(_events(text), text, anchor)
    assert held and all(e.actor == actor or actor is None and e.actor != "Takeo Mori" for e in held), show(held)


# --- AS_NOUN --------------------------------------------------------------------------------------------------------
AS_NOUN = [
    ("President Recep Tayyip Erdogan's warning that Turkey could come suddenly one night alarmed Athens.",
     "Erdogan's warning that", "Recep Tayyip Erdogan"),
    ("Russia's claim that Ukraine had no history as a state was widely mocked.", "Russia's claim that", "Russia"),
    ("The Kremlin's denial that it had sent troops convinced no one.", "Kremlin's denial that", "Russia"),
    ("In a televised address on Sunday, President Vladimir Putin outlined plans to annex four regions.",
     "Vladimir Putin outlined plans", "Vladimir Putin"),
    ("President George W. Bush met Blair. In his State of the Union address on 20 January, Bush presented Libya as "
     "proof that diplomacy works.", "Bush presented Libya as proof", "George Bush"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), AS_NOUN, ids=[r[1] for r in AS_NOUN])
def test_a_speech_told_as_its_noun_or_setting(text: str, anchor: str, actor: str) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))


@pytest.mark.parametrize("text", [
    "The minister's statement that was issued on Monday is brief.",
    "In a speech in Paris, President Emmanuel Macron was booed.",
    "During the visit, President Joe Biden inspected the troops.",
    "At the news conference, President Emmanuel Macron looked tired.",
])
def test_no_speech_told_as_a_noun(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], show(_events(text))
