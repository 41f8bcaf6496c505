"""Session 18 (pe2e18): what parity loses end to end on the events the tool extracts, and a statement whose frame holds
the act's verb compared as that act (relayed.frame_tells, score._frame_act), and the thing an act's subject names
(claims._subject_of) and its head word (claims.subject_head), and British and American spellings folded
(lexicon.stem).

The table: every gold link lost end to end whose two ends WERE extracted (matched), every false link between matched
events and every wrong status of an extracted claim, on heldout15 (h15, declassified this session), heldout11 (h11),
heldout9 (h9), heldout13 (h13), heldout7 (h7), heldout10 (h10), heldout12 (h12) and the dev sets dev16-standoff (d16),
dev12-links (d12l), fresh6 (f6), main 8fe0fe9, by cause, the first that applies in this order. "Matched by evidence
only": the extracted event holding the gold anchor in its evidence tells another event in its summary (under a third of
the anchor's words; the gold's act itself was not extracted: recall in disguise, and the evaluator's match is not
plainly wrong: moving such a gold event to a free event that tells its act where the anchor runs past that event's
evidence was tried and gained 0-2 statuses, lost a link on h11, taken out). "Statement holds the act": an act matched
to an extracted statement whose said words tell it. Kind, actor, day: the extracted claim's attribute is not the
gold's. "Attributes the gold's": kind, actor and day right; the oracle (gold events) finds the link or misses it too.
The last column: of the class, links the oracle finds (the bridge's share).

  lost links (297)                                    h15 h11  h9 h13  h7 h10 h12 d16 d12l f6  all  oracle finds
  matched by evidence only (an act of the sentence)    12  12   5   8  17   3  10   3  15   2   87   31
  matched by evidence only (a statement's summary)      3   0   3   6   5   3   3   0   5   1   29   19
  statement holds the act                               2   4   3   0   2   0   0   1   1   0   13   11
  kind differs (a gold statement read as an act, ...)   0   1   8   2   4   1   3   1   2   0   22    6
  actor missing                                         4   4   2   1   8   7   1   5   4   1   37   23
  actor differs                                         1   2   8   3   2   3   3   2   1   3   28   15
  day/interval differs                                  0   0   0   0   0   1   0   1   0   0    2    1
  attributes the gold's, the oracle finds it (words)    0   0   6   1   0   1   1   0   4   0   13   13
  attributes the gold's, the oracle misses it too      10   0   6   3  12   2   2   2  14  15   66    0
  one act extracted twice, its twin holding the link    0   0   0   0   0   0   0   0   0   0    0
  false links (102)
  between two gold events the gold does not link        6   8   8   4  10   2   4   9   0   5   56
  an end matched by evidence only                       4   1   8   1   6   1   3   0   6   1   31
  gold pair, other relation                             5   1   2   0   2   0   1   0   2   2   15
  wrong statuses of extracted claims (306)
  no link found                                        11   7  19  16  17   8  15   2  11   3  109
  the differing link not found                          5   9   9   3  11   6   7   0   3   3   56
  the gold's counterpart not extracted                  9   7  12   6   4   4   3   6   0   2   53
  only a copy's link found                              4   2  14   6   6   4   0   0   4   0   40
  found as same_topic / a same_topic link the gold lacks / read as later  0 0 6 1 4 2 1 2 0 1  17
  the rest (differences not seen or not listed, ...)   3   6   5   1   5   0   3   2   6   0   31

Beyond these, of the 486 gold links the oracle finds on these sets, 224 are lost end to end, 105 of them for an end
not extracted (parity.evaluate --bridge): 98 gold events, 55 of them held by an extracted event matched to another gold
event of the sentence (28 of its kind, 27 of another), 20 with another event of their sentence only, 18 with nothing
in their sentence (by gold kind: other 48, statement 25, sanction 11, ship_movement 7): /tmp/team/requests-pe2e18.md.
The kind/attribute rows of what the oracle finds, by the rule that kept each out end to end: kinds differ with a
statement 37 (an act read as a remark or a remark as an act: "what Washington calls a routine exercise", "Japan
lodged: a protest"), no anchor 19 (mostly a doer unknown: "sailed closer to the shoal"), summaries share no word 17
(an extracted summary less its subject: "Country: struck the gunboat X" for "the frigate Y struck the gunboat X"),
score under threshold 7, blocked 9, a relay 7.

The rule this file adds: a statement whose frame holds the act's verb, its first said words the act's object ("Japan
lodged: a protest with Seoul on Friday" / "Japan: lodged a protest over the incident"; "handed a protest note: to the
embassy"), of the act's own doer, on days at most ACT_GAP_DAYS apart or one undated in the other's news cycle, is
compared as that act (relayed.frame_tells / as_frame_act, score._frame_act), its words as alike as one subject's
(TOPIC_SIM): extraction files one protest as a remark in one source and as a deed in the other. dev12-links e2e
.45/49% -> .47/53%, no other set moved.

Second (claims._subject_of): an act's summary names its doer as its actor and leaves out the subject it replaced ("United
Kingdom: struck the gunboat X" for "The frigate HMS Y struck the gunboat X"); the ship or aircraft named there (the doer's
own vehicle, or in a passive the one it was done to) is a thing of the act as much as its object, read into the claim's
objects when its summary names one (else the whole sentence's objects are read already). e2e heldout5 .54/51% ->
.55/52%, heldout11 .40/51% -> .43/54%, dev16-standoff .48 -> .50; oracle and every other set unchanged. Known cost
(xfail row): one actor's two acts on one vessel a day apart, each naming the doer's frigate, with no head telling them
apart ("escorted" / "ramming"), now link.

Third (lexicon.stem, words.toml [spelling]): British and American spellings of one word are one content word
("criticised" ~ "criticized", "defence" ~ "defense", "harbour", "centre", "programme", "organisation", "analysed"):
outlets of either side's spelling tell one event. e2e heldout13 .56/54% -> .57/55% (a false same_topic gone, the
words' weights moved), every other set and the oracle unchanged.

Fourth (claims.subject_head, score._cores_share): two acts of one known doer whose summaries share no word (each outlet
words the act its own way: "Turkey: hoisted a flag over the islet" / "Turkey: planted their banner on the rock") share
their subject's head word when both name one ("Turkish marines" both: the word the summaries replaced with their
actor), so the rule "summaries share no word" (two events) does not split them; the later rules (day, score) decide.
Only for one doer (score._one_doer): another side's subject naming the same kind of unit ("Russian aircraft flew" /
"German jets intercepted") shares nothing by it (read into every act's own words, it linked such a pair falsely on
dev16-standoff and cost a status: taken out); not an institution or office ("Venezuela's government arrested" /
"... expelled": claims.UNIT_NOT_HEADS, an old row), nor two summaries each naming a known act head. Known cost (xfail
row): one unit's two acts of one day with no known head apart ("soldiers arrested a mayor" / "soldiers expelled a
diplomat") now link. e2e heldout12 .52/56% -> .54/57%, heldout6 .53/60% -> .54/61%; oracle
heldout5 .82/81% -> .83/83%, heldout8 .73 -> .74, heldout7 .77/77% -> .78/78%; the rest unchanged.

Tried and not kept (no gain or a loss on a dev set): said words opening with a lower-case determiner read as a clause
("said: the aircraft was inside its airspace"; nothing moved); an act with no doer taking the one state its subject
names ("Two Chinese fighter jets intercepted": dev16-standoff status 70% -> 67%, heldout15 precision .52 -> .50, doers
are actor18's); two acts of one specific kind on one single day, a doer unknown, sharing a word at OBJECT_TOPIC_SIM
(heldout15: two false links); moving a gold act matched to a statement to the free act that tells it (heldout15 status
+2, no link: the evaluator left as it is).
"""

from __future__ import annotations

import pytest

from parity import lexicon, relayed
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record
from tests.parity.test_link_pairs_session8 import relations
from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract

ROWS = pair_rows("link_pairs_e2e_session18.toml")


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


@pytest.mark.parametrize("row", [pytest.param(r, id=r["anchor_a"][:30]) for r in ROWS if r.get("frame_only")])
def test_rows_hold_a_framed_statement(row: dict) -> None:
    """The rows of the rule read a's sentence as one statement whose frame holds a verb ("Chile lodged: a protest"),
    and b's act as an act (else they would test two acts or two statements)."""
    a = make_excerpt(row["a"], published=row["a_day"], id="pa-01", outlet="Alpha Wire", title="A story")
    b = make_excerpt(row["b"], published=row["b_day"], id="pb-01", outlet="Beta Times", title="B story")
    said = [e for e in extract(a)]
    assert [e.kind.value for e in said] == ["statement"] and ": " in said[0].summary
    assert any(e.kind.value != "statement" for e in extract(b))
    assert relations(row) is not None


R = [record("ra-01", "Alpha Wire", "2025-05-13"), record("rb-01", "Beta Times", "2025-05-14")]
# (statement summary, its actor, act summary, act actor, expected frame_tells)
FRAMES = [
    ("Chile lodged: a protest with Peru on Tuesday", "Chile", "Chile: lodged a protest over the incursion", "Chile", True),
    ("Ghana handed a protest note: to the embassy", "Ghana", "Ghana: handed a protest note to the envoy", "Ghana", True),
    ("Peru lodged: a protest with Chile on Tuesday", "Peru", "Chile: lodged a protest over the incursion", "Chile", False),
    ("Chile said: it had lodged a protest", "Chile", "Chile: lodged a protest over the incursion", "Chile", False),
    ("Chile condemned: the protest by Peru", "Chile", "Chile: lodged a protest over the incursion", "Chile", False),
    ("Chile lodged: a complaint with the court", "Chile", "Chile: lodged a protest over the incursion", "Chile", False),
]


@pytest.mark.parametrize(("said", "speaker", "told", "doer", "expected"), FRAMES, ids=[f[0][:30] for f in FRAMES])
def test_frame_tells(said: str, speaker: str, told: str, doer: str, expected: bool) -> None:
    """The frame's verb is the act's and, with the first said words, names two of its words, of its own doer; a verb
    of speaking or judging ("said", "condemned") or another object ("a complaint") is not; nor another state's."""
    st = event("ra-01", said.replace(":", "") + ".", summary=said, actor=speaker, day="2025-05-13")
    act = event("rb-01", told.split(": ", 1)[1] + ".", kind="other", summary=told, actor=doer)
    (c_said, c_act), _ = claims_for(R, [st, act])
    assert relayed.frame_tells(c_said, c_act) is expected


def test_frame_view_is_the_act() -> None:
    """The view: the act's kind, the summary less its speaker's frame colon, no speaker words or stances."""
    st = event("ra-01", "Chile lodged a protest with Peru on Tuesday.", summary="Chile lodged: a protest with Peru on Tuesday",
               actor="Chile", day="2025-05-13")
    (claim,), _ = claims_for(R, [st])
    view = relayed.as_frame_act(claim, "other")
    assert (view.kind, view.actor, view.event.summary) == ("other", claim.actor, "Chile: lodged a protest with Peru on Tuesday")
    assert not view.speaker and not view.stances and not view.attribution


# (British, American, folded together): one word in either side's spelling is one content word (lexicon.stem, words.toml
# [spelling]); short words and words of no other spelling are left alone.
SPELLINGS = [
    ("criticised", "criticized", True),
    ("organisation", "organization", True),
    ("harbour", "harbor", True),
    ("armoured", "armored", True),
    ("defence", "defense", True),
    ("centre", "center", True),
    ("programme", "program", True),
    ("kilometres", "kilometers", True),
    ("analysed", "analyzed", True),
    ("hour", "hor", False),  # too short: "hour" is no "hor"
    ("fence", "fense", False),
    ("crisis", "crisiz", False),  # "crisis" strips to "crisi", no "-ise" verb
]


@pytest.mark.parametrize(("british", "american", "one"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_spellings_fold(british: str, american: str, one: bool) -> None:
    assert (lexicon.content_words(british) == lexicon.content_words(american)) is one
