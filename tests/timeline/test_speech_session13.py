"""Session 13 (helper stmts13): statements unseen text missed, studied on the real misses of the declassified blind
sets heldout7 and heldout10 (their shapes only; every row below is a fresh sentence about another crisis and outlet).

The gold statements of heldout7 (114) and heldout10 (56) the tool got wrong at the start of session 13 (main c285a52),
by shape (ids are excerpt:anchor-words of those sets):

| shape                                                                 | n  | ids                                             |
|-----------------------------------------------------------------------|----|-------------------------------------------------|
| A. act told first, then "X said": no act read, the one statement takes | 12 | ex-01/ex-02 Treasury said provided, ex-04 RIA   |
|    the act's gold and the statement counts missed (acts13's side)      |    | Novosti, yp-04 American officials, zp-01/zp-04  |
|                                                                       |    | Kremlin said, zp-02 press service, zp-03 called |
|                                                                       |    | the drills, ar-02 ministry said earlier, ar-04  |
|                                                                       |    | Danish official / Lavrov accused, fj-04 refused |
| B. speaker's actor wrong or none: a body or unnamed source no list     | 10 | yp-01/yp-02 JCS said (x4), Military officials,  |
|    ties to its state (JCS, "police", "a spokesman", "Military officials")|   | fj-02/fj-03 police said, a spokesman said (x2)  |
| C. speaker a pronoun or a role named in an earlier paragraph or after  |  9 | ex-01 He said, yp-01 He said, yp-03 The         |
|    an unnamed speaker ("He said", "The spokesman said", "The paper     |    | spokesman / He noted / The paper said, yp-04    |
|    said", "The commander says")                                        |    | defense minister, fj-04 The commander (x2),     |
|                                                                       |    | ex-03 the statement reads                       |
| D. title no list held ("Commodore", "President-elect") or spun body    |  8 | fj-01/02/03 Commodore (x3), ex-02/ex-03         |
|    words ("State Division", "Foreign Workplace")                       |    | President-elect (x2, one read as a meeting      |
|                                                                       |    | only), ex-02 Division/Workplace/authorities (x3)|
| E. speaker with an initialism before its head ("a JCS spokesman told") |  2 | yp-01, yp-02                                    |
| F. the speaker again by a pronoun after ", but" ("but he said he would |  2 | ex-01, ex-02 (spun "however he stated")         |
|    meet"): one statement, the gold has two                             |    |                                                 |
| G. a state agency's lead-in to a document ("released the following     |  2 | yp-03 communique, yp-03 following answer        |
|    communique", "gave the following answer"): read as an act           |    |                                                 |
| H. an adverb between speaker and verb ("officials last week           |  1 | zp-03                                           |
|    nonetheless called for")                                            |    |                                                 |
| I. statement verbs no list held: a finding ("concluded that"), an     |  5 | ex-04 concluded, fj-03 The Herald understands,  |
|    outlet's "understands", spun "advised CTV", spun "in keeping with", |    | ar-03 advised / in keeping with, ar-03 shrugged |
|    "shrugged off" read as an act                                       |    | off                                             |
| J. a statement read as another kind: "praised the openness of the      |  3 | zp-02 praised, yp-03 noted in a commentary,     |
|    exercise" (exercise), "X noted in a commentary" (meeting), "According|   | yp-03 According to a report of                  |
|    to a report of X, <act>" (the act only)                              |    |                                                 |
| K. a statement in a relative clause ("a stance that X cited as") or    |  3 | fj-04 cited as proof, fj-04 condemned, yp-03    |
|    a subject with a participle aside ("Forum ministers, meeting in     |    | Bosworth (reported by a paper)                  |
|    Sydney the same day, condemned"); a statement a paper reports       |    |                                                 |

Fixed here: D (titles), E, F, G, H, I (findings "concluded/determined that"; refusals "declined to criticise"), K (a
participle or setting aside after an unnamed subject); B/C and the rest are left (see the report). Each class below has
fresh rows.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ANY, check_statement, held_by, make_excerpt, show
from timeline.events import extract_strict

PUBLISHED = "2023-03-17"  # a Friday


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


def S(text: str, anchor: str, actor: object = ANY, role: str | None = None, xfail: str | None = None) -> object:
    """One row: a statement holds the anchor, by that actor (ANY: not checked) with that role (None: not checked)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, anchor, actor, role, marks=marks, id=anchor[:40])


# E: a speaker whose head has an initialism before it, after a quote or a clause told first.
INITIALISM_SPEAKERS = [
    S('"Our patrol acted within the rules," a JSDF spokesman told reporters.', "a JSDF spokesman told reporters"),
    S("The convoy reached the border crossing on Tuesday, an NSC spokeswoman said.", "an NSC spokeswoman said"),
    S('"The vessel ignored repeated warnings to turn back," an MoD spokesman said.', "an MoD spokesman said"),
    S('"No aircraft crossed the line," a PAF spokesman told Dawn.', "a PAF spokesman told"),
]

# D: titles no list held: a naval or air rank of Commonwealth forces, an office won but not yet taken.
TITLED_SPEAKERS = [
    S("Argentine President-elect Javier Milei said on Monday that he would visit Washington before taking office.",
      "Javier Milei said on Monday", "Javier Milei"),
    S("Commodore Nasir Ahmed told reporters in Chittagong that the navy had rescued 40 fishermen.",
      "Commodore Nasir Ahmed told reporters", "Nasir Ahmed"),
    S("Prime Minister-designate Najib Mikati told reporters that talks on a new cabinet would continue.",
      "Najib Mikati told reporters", "Najib Mikati"),
    S("Air Marshal Amar Preet Singh said on Tuesday that the air force would receive new jets next year.",
      "Air Marshal Amar Preet Singh said", "Amar Preet Singh"),
]

# H: an adverb of concession or time between an unnamed or demonym speaker and its verb.
ADVERB_GAP_SPEAKERS = [
    S("Latvian officials last week nevertheless called for a permanent allied presence on the border.",
      "Latvian officials last week nevertheless called", "Latvia"),
    S("Finnish ministers meanwhile warned that the eastern border would stay shut.",
      "Finnish ministers meanwhile warned", "Finland"),
    S("Hungarian officials nonetheless insisted that the pipeline deal was legal.",
      "Hungarian officials nonetheless insisted", "Hungary"),
]

# G: a state agency's lead-in to a document it quotes whole: a statement, never an act of releasing.
DOCUMENT_LEAD_INS = [
    S("The General Staff of the Syrian army issued the following statement on Sunday:",
      "issued the following statement on Sunday"),
    S("The Supreme Council of the Armed Forces released the following communique on Thursday:",
      "released the following communique on Thursday"),
    S("A spokesman for the Iranian Foreign Ministry on Saturday gave the following answer to a question put by IRNA:",
      "gave the following answer"),
]


@pytest.mark.parametrize(("text", "anchor", "actor", "role"),
                         INITIALISM_SPEAKERS + TITLED_SPEAKERS + ADVERB_GAP_SPEAKERS + DOCUMENT_LEAD_INS)
def test_statement_is_read(text, anchor, actor, role) -> None:
    check_statement(_events(text), text, anchor, {"actor": actor, "role": role, "via": None, "mod": None,
                                                  "quote": None})


@pytest.mark.parametrize("text", [r.values[0] for r in DOCUMENT_LEAD_INS[:2]])
def test_a_document_released_is_no_act(text) -> None:
    events = _events(text)
    assert [e.kind.value for e in events] == ["statement"], show(events)


# F: the speaker named again by a pronoun after ", but" / ", however" / a semicolon says a second thing.
RESTATED = [
    ("Erdogan said on Tuesday that Sweden had to do more, but he said Turkey would not block the talks.",
     "Erdogan said on Tuesday", "but he said Turkey would not block"),
    ("Modi said India wanted peace with its neighbours; he said the army would answer any attack.",
     "Modi said India wanted peace", "he said the army would answer"),
    ("Scholz said on Friday that Germany would send more air defence systems, however he said tanks were not on the"
     " table.", "Scholz said on Friday", "however he said tanks were not"),
    ("Prime Minister Fumio Kishida told parliament that Japan would raise defence spending, but he said the tax rise"
     " could wait.", "Kishida told parliament", "but he said the tax rise"),
]


@pytest.mark.parametrize(("text", "first", "second"), RESTATED, ids=[r[2][:30] for r in RESTATED])
def test_the_speaker_again_after_but_is_a_second_statement(text, first, second) -> None:
    events = _events(text)
    one = held_by(events, text, "statement", first)
    two = held_by(events, text, "statement", second)
    assert one and two and not set(map(id, one)) & set(map(id, two)), show(events)
    assert one[0].actor == two[0].actor, show(events)


@pytest.mark.parametrize("text", [
    "Guterres said the fighting had to stop and he called on both sides to talk.",  # "and": one statement
    "Lavrov said Moscow would respond, but the talks went on.",  # no verb of speech after "but"
])
def test_no_second_statement_without_but_and_a_verb_of_speech(text) -> None:
    events = _events(text)
    assert len([e for e in events if e.kind.value == "statement"]) == 1, show(events)


# I: a finding told with its "that" clause, and a stance held back by declining one (a refusal: modality denied).
FINDINGS_AND_REFUSALS = [
    S("The US intelligence community concluded in January that Moscow had ordered the campaign.",
      "The US intelligence community concluded in January that", "United States"),
    S("The Dutch Safety Board concluded that the airliner was downed by a Buk missile.",
      "Safety Board concluded that the airliner"),
    S("Investigators determined that the cable had been cut by a dragged anchor.", "Investigators determined that"),
    S("India's foreign ministry on Monday declined to criticise Moscow over the strikes.",
      "foreign ministry on Monday declined to criticise", "India"),
    S("The Vatican refused to condemn the junta by name.", "The Vatican refused to condemn"),
]

# K: an unnamed speaker whose verb comes after a participle or setting aside set off by commas.
ASIDE_SPEAKERS = [
    S("Opposition lawmakers, speaking at a rally in Tbilisi, urged the government to withdraw the bill.",
      "Opposition lawmakers, speaking at a rally in Tbilisi, urged"),
    S("Gulf foreign ministers, meeting in Riyadh on Sunday, condemned the attack on the tanker.",
      "Gulf foreign ministers, meeting in Riyadh on Sunday, condemned"),
    # the place in the aside is where they met, not whose they are (it read as the host city's state before); since
    # session 16 the Commonwealth is an entity (aliases.toml), so its envoys speak for it: the Commonwealth, never Britain
    S("Commonwealth envoys, meeting in London on Tuesday, condemned the coup.", "Commonwealth envoys, meeting",
      "Commonwealth"),
    S("Local officials, in a statement on Monday, said the road to the border had reopened.",
      "Local officials, in a statement on Monday, said"),
]


@pytest.mark.parametrize(("text", "anchor", "actor", "role"), FINDINGS_AND_REFUSALS + ASIDE_SPEAKERS)
def test_finding_refusal_or_aside_statement_is_read(text, anchor, actor, role) -> None:
    check_statement(_events(text), text, anchor, {"actor": actor, "role": role, "via": None, "mod": None,
                                                  "quote": None})


@pytest.mark.parametrize("text", [
    "The US intelligence community concluded in January that Moscow had ordered the campaign.",
    "The Pentagon determined in March that the drone had been shot down over international waters.",
])
def test_the_verb_of_a_finding_is_no_act(text) -> None:
    events = _events(text)
    at = text.index(" concluded" if " concluded" in text else " determined")
    assert not [e for e in events if e.kind.value != "statement" and e.evidence.start <= at < e.evidence.end
                and e.evidence.end <= text.index(" that ")], show(events)


@pytest.mark.parametrize("text", [
    "The talks concluded on Friday without a deal.",  # a sitting ended: no finding
    "Regional states, including Qatar, have also condemned the raid, the spokesman said.",  # "including": no aside
])
def test_no_finding_or_aside_speaker(text) -> None:
    events = _events(text)
    speakers = [e.actor_role for e in events if e.kind.value == "statement"]
    assert not any(r and r.startswith(("regional", "talks")) for r in speakers), show(events)
    if text.startswith("The talks"):
        assert not [e for e in events if e.kind.value == "statement"], show(events)


# A generic act verb that is all of a frame's verb of speech tells no act of its own ("brushed off", "ruled out").
@pytest.mark.parametrize("text", [
    "Tokyo brushed off the protest note on Monday.",
    "Prime Minister Jacinda Ardern ruled out a military response.",
    "Seoul also brushed aside the warning.",
])
def test_a_verb_of_speech_is_no_generic_act(text) -> None:
    events = _events(text)
    assert [e.kind.value for e in events] == ["statement"], show(events)


# B/C (part): a speaker named again. The body's spokesman who spoke before a quote-only paragraph still speaks in the
# paragraph after it ("The spokesman said", "He noted": the body's state); "the commander" is the holder of a military
# rank named before ("General X ... The commander said"); "according to a report of the General Staff" is that staff's.
def _story(*paragraphs: str) -> tuple[str, list]:
    text = "\n\n".join(paragraphs)
    return text, _events(text)


def test_the_spokesman_after_a_quote_paragraph_is_the_bodys() -> None:
    text, events = _story(
        "A spokesman for the Iranian Foreign Ministry on Saturday gave the following answer to a question put by IRNA:",
        '"The sanctions are a violation of international law. They will fail."',
        "The spokesman said that Washington was to blame for the crisis.",
        "He noted that Iran had always respected its commitments.")
    for anchor in ("The spokesman said that", "He noted that"):
        check_statement(events, text, anchor, {"actor": "Iran", "role": None, "via": None, "mod": None, "quote": None})


@pytest.mark.xfail(strict=True, reason="'A spokesman for the X Ministry said' keeps the ministry as role: 'He' still goes to the "
                                      "person named before (only a speaker read as 'the spokesman' hands 'He' its body)")
def test_he_after_a_bodys_spokesman_is_not_a_person_named_before() -> None:
    text, events = _story(
        "Prime Minister Narendra Modi flew to Tokyo on Monday.",
        "A spokesman for the Chinese Foreign Ministry said on Tuesday that Beijing opposed the visit.",
        "He said China would protect its interests.")
    check_statement(events, text, "He said China", {"actor": "China", "role": None, "via": None, "mod": None, "quote": None})


@pytest.mark.parametrize(("title", "name"), [("General", "Min Aung Hlaing"), ("Colonel", "Assimi Goita"),
                                             ("Admiral", "Tony Radakin")])
def test_the_commander_is_the_ranked_person_named_before(title, name) -> None:
    text, events = _story(
        f"Weeks before {title} {name} announced on 1 February that the army had taken power, troops were seen in the capital.",
        "The commander, for his part, says elections will be held once the emergency ends.")
    check_statement(events, text, "says elections", {"actor": name, "role": None, "via": None, "mod": None, "quote": None})


@pytest.mark.parametrize("text", [
    "According to a report of the Syrian General Staff, rebel units shelled the airport on Thursday.",
    "Rebel units shelled the airport on Thursday, according to a report of the Turkish defence ministry.",
])
def test_a_report_of_a_body_is_its_statement(text) -> None:
    events = _events(text)
    check_statement(events, text, "according to a report of"[1:] if text.startswith("Rebel") else "According to a report",
                    {"actor": ANY, "role": None, "via": None, "mod": None, "quote": None})
    assert any(e.kind.value != "statement" and "according" not in e.evidence.exact.lower() for e in events), show(events)
