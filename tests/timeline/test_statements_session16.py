"""Session 16 (helper stmt16): statements told as nouns, and their speakers, on fresh sentences of other crises, outlets
and years written for these tests (none from a corpus).

What the declassified heldout9 (and heldout7, heldout10, heldout12, heldout13) showed at main 8988669: every required gold
statement against the tool's events (a listing of each missed statement, each read as another kind, each false one and
each whose speaker differs), by shape. heldout9: 111 of 140 required statements found (29 missed); its `--shapes` class
"statement nominal" 15 gold, 8 missed. The other four sets: 22 missed in all (heldout7 4, heldout10 6, heldout12 4,
heldout13 8), 2 of them nominal ("The Herald understands", "in keeping with the organisers": session 15's M7/M8).

  heldout9's missed statements by shape                                                before  after  this session
  N1 a speech noun with its owner and its own day or past clause ("The President's
     broadcast of <day>, which revealed ...", "X's second letter, demanding ..., arrived")   2       0    fixed (OWNED)
  N2 a reigning name's numeral breaks the speaker ("King X VI, in a speech on <day>, had
     urged ...", "King X VI is due to address the nation on <day>")                           2       0    fixed (REGNAL)
  N3 a speech to come to an audience the list lacked ("will address the deputies of ...")   1       0    fixed (AUDIENCE)
  N4 a noun and the one who made it known (", a decision announced by the Minister of
     ..., Mr. X", "the 41 deaths reported by the health ministry on <day>")                  2       0    fixed (AGENT)
  N5 "according to" a body the name lists lack ("according to monitoring group X",
     "according to the <demonym> seismological institute at <place>")                         2       0    fixed (ACCORDING)
  N6 a relay's verb with a speech noun ("<radio> broadcast his promise to ..."), a note a
     relative clause tells ("a note that X distributed at a conference"), "the statement of
     the President that ..." inside another's words                                          3       2    1 fixed (RELAYED)
  N7 impersonal passives of a state agency's prose ("It is further stated that", "it is
     pointed out in Moscow")                                                                  2       0    fixed (IMPERSONAL)
  N8 verbs of stance no list holds ("questioned the request", "have sided squarely with",
     "gave ... only cautious support", "broke his silence ... in a video address"), an
     order to hand over a protest note                                                       5       4    1 fixed (STANCE)
  N9 a statement in a subordinate or relative clause (", as police said ...", ", which it
     accused of backing ..." twice), spun copy ("implicating the kingdom of", "had actually
     prompted", "distributed at a conference")                                               6       2    1 fixed (AS_TRAIL),
                                                                                                         2 (RELATIVE)
  G1 merged: "..., the RIA news agency reported" / ", X said, ending ..." after an act,
     '"<an act>," the communique read' / "..., the communique added" after an act, "and said
     in a statement posted on Telegram" (the speaker's second verb): the statement is read
     but matched to the act it reports                                                       4       4    left (acts)
                                                                                             29      13
  The other four sets' misses are session 15's shapes (its table) and the merged G1 class.

  speakers of found statements (heldout9, strict/same-entity)                             85/114 of 171 before
  S1 a 1962 text's "Moscow" / "Soviet government" read as Russia (gold: Soviet Union)      3       3    left
  S2 "the Head of State", "According to the President", "The Russian President" not read
     as the person named before                                                              3       3    left (tried:
                                                                                                         HEAD_OF_STATE)
  S3 a state's office named alone read as another state ("the committee said", "According
     to the Ministry of Internal Affairs", "the Ministry said" -> the sentence's other state)  3       3    left
  S4 "the High Security Council" read as the UN Security Council                             2       0    fixed (COUNCIL:
     now unnamed, as no state is read for it)
  S5 name forms ("N. Khrushchov" / "Nikita Khrushchev", a spun "Preacher Ramtane Lamamra")  6       6    left

Figures (timeline recall/precision/kind/dates; parity e2e F1/status), main 8988669 -> this session's steps alone: heldout9
73/93/88/93 -> 79/93/89/92 (required statements found 111 -> 127 of 140; matched 190 -> 206 of 260; the one date lost is
the new relayed match, a Sunday under a month-only anchor), e2e .34/38% -> .34/38%; heldout4 recall 93 -> 94; heldout13
actor 68/80 -> 69/81. On main 7afa112 (the other helpers' round 2) -> with these steps merged: heldout9 matched 218 -> 221
(recall 84 -> 85%), kind 195 -> 198, actor 96/126 -> 98/129, e2e .41/42% -> .41/42%; every other dev and declassified set
(timeline counts, parity e2e) and the samples (100%, 14/14) unchanged; the blind heldout5/6/8/11/14/15 summaries, actor
columns and parity e2e unchanged. Their statement misses (`--shapes` counts) are mostly "main-clause, covered-by-statement": an act told
before ", X said" that no reader takes apart, so the statement is matched to the act (clause16's acts).

OWNED: a speech noun (nominal.toml [heads] statement: session 16 adds letter, message, broadcast, warning, appeal,
denial, assurances, plea, protest note, condemnation, rebuke, apology, ultimatum, call for, announcement) with its owner
(a possessive or "by"/"from") is that owner's statement, also where another speaker's answer was read over it with its
own day ("Comments by X on Sunday drew a protest from Y": nominal._answered_speech); the owner's capitalised name may sit inside the noun phrase ("The
President's broadcast of 4 March": nominal._named_owner); a plural speech noun may open the sentence bare ("Remarks by X
on Monday angered Y"); an unnamed participle statement right after the noun ("X's letter, demanding ...") becomes the
owner's (nominal._owns_participle); never a message received inside another speaker's words ("X said he had received a
message from Y"), a noun no name owns ("The storm warning was lifted"), nor a pledge ("X's pledge of 19 December to
abandon its programmes": "pledge" and "vow" are no heads, a gold lists such a pledge as an act), nor one that retells a
statement told before.
REGNAL: a reigning numeral after a person's name is the name's ("King Carlos XVI", "Pope Leo XIV": speakers.ROMAN_SUFFIX_RE).
AUDIENCE: "will address the deputies / legislators" is a speech to come (speakers.PLANNED_SPEECH_RE).
AGENT: "<a noun phrase> announced/reported/confirmed ... by <speaker>" is the speaker's statement, dated by a day right
after the speaker or between verb and "by" (timeline/speechagents.py, data/speechagents.toml); never after an auxiliary
read by the frames, never a noun a trigger read as an act ("The sanctions announced by the EU"), never other words between
the verb and "by" ("reported missing by his family"), never a participle that names an act more often than words ("a
state of emergency declared by", "an attack claimed by": no agent verbs), never a plan or a measure announced ("the initiative announced by
X": speechagents.toml not_nouns).
AS_TRAIL: ", as police said <clause>": an unnamed speaker after "as" speaks as after "and" or "while"
(speakers.UNNAMED_TRAIL_RE).
IMPERSONAL: "It is further stated that ...", "..., it is pointed out in Athens, ...": the impersonal passive of a verb of
saying in translated agency prose is a statement, of the capital named after "in" (speechagents.toml [impersonal]);
never "it is said / expected" (hearsay or a guess).
STANCE: "questioned the request / decision / need / legality ..." is a verb of speech (speech.toml reporting_verbs);
never "questioned the suspect". "broke his silence" is left (xfail below).
COUNCIL: "the National Security Council", "Algeria's High Security Council" are a state's own council, never the UN
Security Council (aliases.toml qualified_forms, lexicon.QUALIFIED_FORMS).
RELATIVE: ", which it accused of backing rebels", ", whom it accused of meddling", ", which it called a security
measure": a relative clause whose subject is a pronoun speaks for the main clause's doer (its act's doer, else the
sentence's first named body; undated unless the clause names its own day; speechagents.toml [relative]); never with no doer named ("The ship, which it called
...").
RELAYED: "<a relay> broadcast his promise to ...", "State television aired X's address": the owner of the words a relay
carried speaks (a person's pronoun: the person named last), dated by the sentence's day (speechagents.toml [relayed]).
HEAD_OF_STATE: "according to the President", "The Head of State announced" as the person named before in that role
was tried and taken out (it cost heldout9 a parity link and two statuses): strict xfail rows.
DOCUMENT: "The statement, released late on Sunday, said" (a document's coming out set off by commas is the statement's
time: events.DOCUMENT_OUT_RE; never a person's "released from hospital on Sunday"); "A joint statement after the talks
called for" (speakers.DOCUMENT_ISSUED_LEAD_RE: "after"/"following"); "a statement posted on Telegram said" (platforms are
no names: speech.toml not_names).
ACCORDING: "according to" a speaking body's head word and perhaps its name, where no frame read it ("according to
monitoring group NetBlocks"), is that body's statement; never "according to plan" or a document.
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


# Rows: (text, anchor the statement's evidence holds, its speaker or None for any, its day or None for undated/any).
FOUND = [
    # REGNAL
    ("King Carlos XVI is due to address the nation on Saturday, the anniversary of the founding.",
     "is due to address the nation", "Carlos XVI", "2024-03-09"),
    ("Pope Leo XIV said on Friday that the war in the Sahel must end.", "Pope Leo XIV said", "Leo XIV", "2024-03-08"),
    ("Sultan Hamid VII, in a speech on 3 March marking his jubilee, had urged Yemen to reopen the border.",
     "in a speech on 3 March", "Hamid VII", "2024-03-03"),
    # AUDIENCE
    ("On Tuesday, President Andrzej Duda will address the deputies of the Sejm, where he is expected to name a premier.",
     "will address the deputies", "Andrzej Duda", "2024-03-12"),
    # OWNED
    ("The President's broadcast of 4 March, which revealed that the rebels had seized the port, was followed by a curfew.",
     "The President's broadcast of 4 March", None, "2024-03-04"),
    ("A drone was shot down over the border, another strayed over Narva, and President William Ruto's second letter, "
     "demanding the withdrawal of the troops, arrived hard on the heels of a first.", "Ruto's second letter",
     "William Ruto", None),
    ("A warning by Turkey that it would close the strait was dismissed on Monday.", "A warning by Turkey", "Turkey", None),
    ("Remarks by President William Ruto on Monday angered Addis Ababa.", "Remarks by President William Ruto",
     "William Ruto", "2024-03-04"),
    ("A denial by the Turkish foreign ministry followed on Tuesday.", "A denial by the Turkish foreign ministry",
     "Turkey", "2024-03-05"),
    ("Chile's protest note of 3 March demanded the return of the trawler.", "Chile's protest note", "Chile", "2024-03-03"),
    ("An appeal from Kenya to Ethiopia to withdraw its troops went unanswered on Monday.", "An appeal from Kenya",
     "Kenya", None),
    ("Assurances by the Greek government that the ferry would sail were greeted with doubt.",
     "Assurances by the Greek government", "Greece", None),
    ("Comments by the Chinese ambassador on Sunday drew a protest from Manila.", "Comments by the Chinese ambassador",
     "China", "2024-03-03"),
    ("Comments by the Chinese ambassador on Sunday drew a protest from Manila.", "drew a protest from Manila",
     "Philippines", None),
    # AGENT
    ("Ghana recalled its envoy, a step announced on Monday by Foreign Minister Kofi Mensah.",
     "a step announced on Monday by Foreign Minister Kofi Mensah", "Kofi Mensah", "2024-03-04"),
    ("Ghana had decided on 2 March to recall its envoy, a decision announced by the Minister of Foreign Affairs, "
     "Mr. Kofi Mensah.", "a decision announced by the Minister of Foreign Affairs", "Kofi Mensah", None),
    ("The prosecutor's office said on Saturday that 60 people had died, up from the 41 deaths reported by the health "
     "ministry on 2 March.", "the 41 deaths reported by the health ministry on 2 March", None, "2024-03-02"),
    # AS_TRAIL
    ("Troops moved into Bamako on Friday after the bloc agreed to help, as police said dozens of looters had been "
     "arrested.", "as police said dozens", None, None),
    # STANCE (speech.toml): doubt on a decision, and speech after a silence
    ("Washington questioned the request for foreign troops.", "Washington questioned the request", "United States", None),
    pytest.param("Former president Nursultan Nazarbayev, who ruled for three decades, broke his silence on Tuesday in "
                 "a video address.", "broke his silence on Tuesday", "Nursultan Nazarbayev", "2024-03-05",
                 marks=pytest.mark.xfail(strict=True, reason="'broke his silence' as a verb of speech gave the who-clause "
                                         "act before it the speaker as doer (relacts) and cost heldout9 a parity link")),
    # IMPERSONAL
    ("It is further stated that Turkish aircraft have repeatedly violated the airspace of Cyprus.",
     "It is further stated", None, None),
    ("Many governments, it is pointed out in Athens, regard the action as a breach of the law of the sea.",
     "it is pointed out in Athens", "Greece", None),
    # RELATIVE
    ("Serbia closed the crossing on Monday, which it called a security measure.", "which it called", "Serbia", None),
    ("Tehran summoned the British envoy, whom it accused of meddling.", "whom it accused", "Iran", None),
    ("The move came after Ghana's security council, chaired by President John Mahama, decided last Wednesday to review "
     "relations with Lome, which it accused of backing rebel groups.", "which it accused of backing", "Ghana", None),
    # RELAYED
    ("President Carlos Mesa wrote to the rebels on Saturday. On Sunday morning state radio broadcast his promise to "
     "free the prisoners.", "state radio broadcast his promise", "Carlos Mesa", "2024-03-03"),
    ("State television aired President William Ruto's address on Monday.", "aired President William Ruto's address",
     "William Ruto", "2024-03-04"),
    # HEAD_OF_STATE: tried and taken out (it cost heldout9 a parity link and two statuses against main 7afa112); session 27
    # (speak27): "According to the President" is the president named before again (speakers.CAPITAL_ROLE_RE after
    # "according to"): heldout9 parity e2e unchanged at main 94147ff (.51, status 89/163), its A row right
    ("President Gitanas Nauseda met the cabinet on Monday. According to the President, the border will stay shut.",
     "According to the President", "Gitanas Nauseda", None),
    # session 17 (actor17): "the Head of State" as the first holder of a head of state's title named before is back
    # (speakers.Registry.by_office); heldout9 parity e2e rose with it (.44 -> .45, status 69 -> 72/163)
    ("Kazakh President Kassym-Jomart Tokayev met the cabinet on Monday. The Head of State announced that "
     "troops would be sent.", "The Head of State announced", "Kassym-Jomart Tokayev", None),
    # ACCORDING
    ("Internet access was cut on Wednesday, according to monitoring group NetBlocks, and stayed down.",
     "according to monitoring group NetBlocks", "NetBlocks", None),
    ("A quake shook the region on Friday, according to the Finnish seismological institute in Helsinki.",
     "according to the Finnish seismological institute", None, None),
]


@pytest.mark.parametrize(("text", "anchor", "actor", "day"), FOUND,
                         ids=[(r.values if hasattr(r, "values") else r)[1][:40] for r in FOUND])
def test_a_statement_told_by_its_noun_or_agent(text: str, anchor: str, actor: str | None, day: str | None) -> None:
    events = _events(text)
    held = _held_by_statement(events, text, anchor)
    if actor is not None:
        held = [e for e in held if e.actor == actor]
    assert held, show(events)
    if day is not None:
        assert any(e.date.start is not None and e.date.start.isoformat() == day for e in held), show(held)


# DOCUMENT: a document's coming out dates it, a document "after the talks" speaks, a platform is no speaker.
DOCUMENT = [
    ("The statement, released late on Sunday, said the drills were over.", "The statement, released", None, "2024-03-03"),
    ("The joint communique, issued after talks in Nairobi on Monday, called for calm.", "The joint communique",
     None, "2024-03-04"),
    ("The leaders of Kenya and Ethiopia met in Nairobi on Monday. A joint statement after the talks called for calm.",
     "A joint statement after the talks called", None, None),
    ("Kenya's foreign ministry summoned the envoy on Monday, a statement posted on Telegram said.",
     "a statement posted on Telegram said", "Kenya", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor", "day"), DOCUMENT, ids=[r[1][:40] for r in DOCUMENT])
def test_a_documents_statement(text: str, anchor: str, actor: str | None, day: str | None) -> None:
    events = _events(text)
    held = _held_by_statement(events, text, anchor)
    if actor is not None:
        held = [e for e in held if e.actor == actor]
    assert held, show(events)
    assert not [e for e in events if e.actor == "Telegram"], show(events)
    if day is not None:
        assert any(e.date.start is not None and e.date.start.isoformat() == day for e in held), show(held)


def test_a_persons_release_is_not_the_statements_time() -> None:
    events = _events("The minister, released from hospital on Sunday, said the drills were over.")
    assert [e for e in events if e.kind.value == "statement" and e.date.start is None], show(events)


# Rows: (text, a statement's speaker that must not be read, or None: no statement holding the anchor at all, anchor).
NOT_FOUND = [
    ("Prime Minister Ali Haddad said he had received a verbal message from Tehran after midnight that the attack would "
     "begin.", "Iran", None),
    ("The storm warning was lifted on Monday.", None, "The storm warning"),
    ("The sanctions announced by the European Union on Friday hit three banks.", None, "The sanctions announced"),
    ("A fisherman reported missing by his family on Monday was found alive.", None, "reported missing by his family"),
    ("The deal went ahead according to plan.", None, "according to plan"),
    ("Curfews followed a state of emergency declared by the government on Friday.", None, "declared by the government"),
    ("The bombing, claimed by a local militia on Sunday, killed four soldiers.", None, "claimed by a local militia"),
    ("Troops withdrew on Friday, according to the agreement signed in May.", None, "according to the agreement"),
    ("It is said that the old king was gravely ill.", None, "It is said"),
    ("The ship, which it called the pride of the fleet, sank in the storm.", None, "which it called"),
    ("The central bank published its quarterly report on Monday.", None, "published its quarterly report"),
    ("Police questioned the suspect on Monday.", None, "Police questioned the suspect"),
    ("It is expected that the talks will resume in Vienna.", None, "It is expected"),
    ("The army advanced on the port, as expected.", None, "as expected"),
    ("Colonel Qadhafi affirmed that the initiative announced by the Great Jamahiriya to scrap the programmes was taken "
     "freely.", "Libya", None),
]


@pytest.mark.parametrize(("text", "actor", "anchor"), NOT_FOUND, ids=[r[0][:40] for r in NOT_FOUND])
def test_no_statement_where_no_one_spoke(text: str, actor: str | None, anchor: str | None) -> None:
    events = _events(text)
    if actor is not None:
        assert not [e for e in events if e.kind.value == "statement" and e.actor == actor], show(events)
    if anchor is not None:
        assert _held_by_statement(events, text, anchor) == [], show(events)


@pytest.mark.parametrize("text", [
    "The National Security Council said on Monday that the drills were a threat.",
    "Algeria's High Security Council said on Wednesday that it would review ties with Rabat.",
])
def test_a_states_own_security_council_is_not_the_uns(text: str) -> None:
    events = _events(text)
    assert [e for e in events if e.kind.value == "statement"], show(events)
    assert not [e for e in events if e.actor == "United Nations Security Council"], show(events)


def test_the_un_security_council_is_still_read() -> None:
    events = _events("The Security Council met on Monday. The UN Security Council said on Tuesday that talks must resume.")
    assert [e for e in events if e.actor == "United Nations Security Council"], show(events)


@pytest.mark.parametrize(("text", "actor"), [
    ("Turkey warned on Monday that it would close the strait. Turkey's warning was dismissed by Athens.", "Turkey"),
    # another's statement read over the noun, with no day of the noun's own: the remarks told before, no new ones
    ("Donald Trump called for calm on Monday. Trump's remarks came after Tillerson had urged calm.", "Donald Trump"),
])
def test_a_speech_noun_retelling_a_statement_told_before_is_no_second_one(text: str, actor: str) -> None:
    events = _events(text)
    assert len([e for e in events if e.kind.value == "statement" and e.actor == actor]) == 1, show(events)
