"""Session 19 (pe2e19): what parity loses end to end on the events the tool extracts, and one copied sentence's claim
that extraction filed under two kinds compared as one claim (parity/counterparts.py).

The table: every gold link lost end to end whose two ends WERE extracted (matched), every false link between matched
events and every wrong status of an extracted claim, on heldout14 (h14, declassified this session), heldout15 (h15),
heldout11 (h11), heldout9 (h9), heldout13 (h13), heldout7 (h7), heldout10 (h10), heldout12 (h12) and the dev sets
dev16-standoff (d16), dev12-links (d12l), fresh6 (f6), main 4bd4a1f, by cause, the first that applies in this order
(session 18's classes, counted by one script: /tmp notes, not kept). "Matched by evidence only": the extracted event
holding the gold anchor in its evidence tells another event in its summary (under a third of the anchor's words): the
gold's act was never its own event (timeline's split). "Statement holds the act": a gold act matched to an extracted
statement. Kind, actor, day: the extracted claim's attribute is not the gold's. "Attributes the gold's": kind, actor
and day right. The last column: of the class, links the oracle (gold events) finds.

                                                       h14 h15 h11  h9 h13  h7 h10 h12 d16d12l  f6  all  oracle finds
  lost links with both ends extracted (310)
  matched by evidence only (an act of the sentence)      0   6   6   1   2   9   0   5   1   0   0   30    17
  matched by evidence only (a statement's summary)       2   6   5   7   8  12   1   7   1  18   3   70    30
  statement holds the act                                0   2   4   3   0   2   3   0   1   1   0   16    14
  kind differs                                           4   0   1   8   2   4   1   3   1   6   0   30     8
  actor missing                                          6   8   4   2   3   8   7   1   4   4   1   48    24
  actor differs                                          4   0   1   5   3   2   3   2   3   1   0   24    12
  day/interval differs                                   0   0   0   0   0   0   2   0   1   0   0    3     2
  attributes the gold's, the oracle finds it             1   0   0   7   3   0   1   0   0   2   3   17    17
  attributes the gold's, the oracle misses it too        5   8   0   8   3  13   3   4   2  12  14   72     0
  false links between extracted gold events (150)
  between two gold events the gold does not link         2   7   9  21   2  10   2  14  15   1   8   91
  an end matched by evidence only                        2   4   5   6   1  12   1   5   1   4   1   42
  gold pair, other relation                              0   5   1   2   0   4   0   0   0   3   2   17
  wrong statuses of extracted claims (334)
  no link found                                         19  10   7  19  17  17   8  14   3  10   3  127
  the gold's counterpart not extracted                   7   8   7  13   6   4   4   3   5   0   2   59
  the differing link not found                           6   5   6   9   2  11   6   7   0   3   2   57
  only a copy's link found                               0   2   2  12   6   6   4   0   0   2   0   34
  found as same_topic                                    0   1   0   3   0   4   0   0   1   0   1   10
  the gold's difference not seen                         3   2   2   0   0   2   0   0   0   0   0    9
  the rest (same_topic, a link the gold lacks, ...)      2   4   4  10   1   3   2   3   2   7   0   38

What parity itself can recover of it (each tried on every set above, the blind summaries after):
- Of the 310, 100 are timeline's split ("matched by evidence only"; 47 of them the oracle finds) and 72 lost on gold
  events too (plink19's); 48 + 24 are doers (doers19). Parity's own share: the 17 "attributes the gold's, the oracle
  finds it" (undated statements whose day is in their said words, "Ruritania condemned: a grave provocation"; two
  summaries of one statement sharing no word, "denounced: banditry." / "issued a statement: in which it described the
  embargo"), the 14 "statement holds the act" (relayed.py's bridge: "what Canberra calls a routine patrol", "announced in
  Oslo on Monday" holding a break of relations, "are going to hold joint drills" told by the other side)
  and, of "kind differs", a copied sentence's claim filed under two kinds (5 on these sets: this file's rule).
- The bridge on the blind sets (--bridge, counts only): of the links the oracle finds and e2e loses, an end not
  extracted 30/13/16 (heldout5/6/8), kind differs 0/5/3, date or undated 0/5/0, summary 0/3/3, evidence 4/0/0.
- False links (150): 91 between two gold events the gold does not link (most also under --oracle), 42 with an end
  matched by evidence only (another act of the sentence linked in the gold act's place).
- Wrong statuses (334): 127 follow no link found, 59 a counterpart not extracted, 57 the differing link not found, 34
  a copy's link only: each a lost link or end above; the status rule itself makes none.

First rule (parity/counterparts.py, score.same_event_miss): a spun copy rewords its source's verbs ("said" ->
"mentioned", "is expected to meet" -> "is predicted to fulfill", "head back" -> "go once more") and extraction files the
copy's claim under another kind (a remark for a meeting, "other" for a ship movement): "kinds differ" kept the two
copies' one claim apart, so it lost its same_event link and its echo status. Two claims of one copied sentence
(origins.copied_sentence) are one claim whatever their kinds when neither relays another act of its sentence, no act
heads differ, their days meet (or one is undated) and the words each tells (a statement's said words) share two at
least, half the shorter's (or both are dated on one day).

Second rule (relayed._labels_act, in relayed.frame_tells): "X began what Lima calls a routine patrol" is read as the
statement "Peru calls: a routine patrol ..." alone, its act never an event; the frame verb names no act ("calls"), so
the session-18 bridge (frame verb + object, "Japan lodged: a protest") did not see it. A label frame (relayed.toml
[labels]: calls, described, termed, dubbed, ...) whose said words are a noun phrase (no clause) naming, in their first
LABEL_WORDS content words, a word of the act's own summary, of the act's own doer, with no stance taken (a label that
judges, "called the drills a provocation": stance.toml [labels] words, is a view of the act), is compared as that act (as_frame_act,
score._frame_act: its days at most a day apart or one undated in the other's news cycle). e2e heldout15 .31/44% ->
.34/47%; every other set, blind and oracle unchanged. Fresh pairs: link_pairs_e2e_session19.toml.

Tried and not kept: a doer-unknown act anchored to another source's act of one kind on days that meet by two common
nouns of their own in common (not names, act heads or states): of the 8 decisions it changed on 14 dev sets 2-3 were
right ("surveillance plane" both) and 4-5 wrong ("dozens" / "fire", "north of the line", "two countries"); word rarity
(document frequency) did not part them either. An act's summary cut at its first clause break for its core words
(", prompting ...", ", the first such ..."): blind heldout6 .55/61% -> .53/58%, heldout8 .47 -> .46. A ship movement and a
deployment of agreeing actors as one act's two kinds (as "other" and a specific kind are): no set moved. The small day
bonus two undated acts in near sources get, given also to an undated act told in a dated one's news cycle: dev16-standoff
+1 link, heldout15 +2 false links, heldout9 +1 false link. One named person's two undated statements in sources written
on one day as parts of one speech (as when both are dated that day): no set moved.

Checked on a merge with pstatus19 6277c3d and plink19 932c086 (round 1): tests/parity pass; e2e with vs without these
rules there: heldout14 .45 -> .47, heldout15 .31/44% -> .34/47%, heldout8 .46/55% -> .47/55%.
"""

from __future__ import annotations

import pytest

from parity import relayed
from parity.blocking import build_index
from parity.build import build_parity
from parity.counterparts import one_copied_claim, told_words
from parity.score import _other_heads, same_event_miss, similarity
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record
from tests.timeline.events_helpers import make_excerpt
from timeline.build import build_timeline
from timeline.events import extract

R = [record("wa-01", "Wire Service", "2031-04-04"), record("wb-01", "Aggregator", "2031-04-04")]

# (a: kind, actor, summary, day), (b: the same), one claim of one copied sentence?
ROWS = [
    # A meeting in the source, a remark in the spun copy ("is predicted to fulfill"): one claim.
    (("meeting", "African Union", "African Union: to meet on Friday to discuss the crisis in Gabon", "2031-04-04"),
     ("statement", "African Union", "African Union anticipated: to satisfy on Friday to debate the crisis in Gabon",
      "2031-04-04"), True),
    # A ship movement and "other" (the spun verb is no movement word), neither dated: most words shared.
    (("ship_movement", None, "ordered to head back toward the Gulf of Aden", None),
     ("other", None, "ordered to go once more towards the Gulf of Aden", None), True),
    # A remark and the act its said words tell, as a copy that lost the speaking verb reads it.
    (("statement", None, "said: a state of emergency had been declared across the province", None),
     ("other", None, "state of emergency had been declared across the province", None), True),
    # Days apart: two claims, whatever their words.
    (("meeting", "African Union", "African Union: to meet on Friday to discuss the crisis in Gabon", "2031-04-04"),
     ("statement", "African Union", "African Union anticipated: to satisfy on Friday to debate the crisis in Gabon",
      "2031-04-11"), False),
    # The remark says something else: two claims of the sentence.
    (("meeting", "African Union", "African Union: to meet on Friday to discuss the crisis in Gabon", "2031-04-04"),
     ("statement", "African Union", "African Union said: it had suspended Gabon from the bloc", "2031-04-04"), False),
    # One word in common, undated: too little to tell one claim.
    (("ship_movement", None, "sailed toward the Gulf of Aden", None),
     ("other", None, "boarded a cargo ship in the Gulf", None), False),
]


def _claims(a: tuple, b: tuple):
    ea = event("wa-01", a[2].split(": ", 1)[-1] + ".", kind=a[0], actor=a[1], summary=a[2], day=a[3])
    eb = event("wb-01", b[2].split(": ", 1)[-1] + ".", kind=b[0], actor=b[1], summary=b[2], day=b[3])
    (ca, cb), claims = claims_for(R, [ea, eb])
    return ca, cb, similarity(ca, cb, build_index(claims))


@pytest.mark.parametrize(("a", "b", "one"), ROWS, ids=[f"{r[0][2][:25]}~{r[1][2][:25]}" for r in ROWS])
def test_one_copied_claim(a: tuple, b: tuple, one: bool) -> None:
    ca, cb, sim = _claims(a, b)
    assert one_copied_claim(ca, cb, _other_heads(ca, cb)) is one
    # As scoring asks it: one sentence copied (one claim); two independent sources' remark and act stay apart (an act
    # under "other" and one of a specific kind are already one act's of two independent sources: score._kinds_compatible).
    assert (same_event_miss(ca, cb, sim, copied=True, dependent=True) is None) is one
    if "statement" in (a[0], b[0]):
        assert same_event_miss(ca, cb, sim, copied=False, dependent=False) == "kinds differ"


def test_told_words_are_a_statements_said_words() -> None:
    """A statement's own words are what it says (its speaker words hold every title: "state" too), an act's its
    summary's less its actor."""
    ca, cb, _ = _claims(ROWS[2][0], ROWS[2][1])
    assert {"stat", "emergency"} <= told_words(ca) and {"stat", "emergency"} <= told_words(cb)


def test_a_relay_keeps_its_own_counterpart() -> None:
    """A statement that relays an act of its sentence ("X said: the army had taken the airport") is no copy of that
    act: in a copy holding both, each links to its own counterpart only."""
    ca, cb, _ = _claims(ROWS[2][0], ROWS[2][1])
    from dataclasses import replace
    assert not one_copied_claim(replace(ca, attribution=True), cb, False)


# End to end: a wire sentence and its spun copy (one origin: the copy credits the wire), read by extraction. The credit
# stands on its own line, where credits are read (session 25: inline it was read as no credit, and the two one-sentence
# bodies, 12 shingles shared, were one origin only as copies, below origins.toml min_shared now).
CREDIT = "\nSource: Reuters"


def _copies(wire: str, copy: str):
    a = make_excerpt("Officials gave few details. " + wire + CREDIT, published="2031-04-04", id="wa-01",
                     outlet="Reuters", title="A story")
    b = make_excerpt("Officials gave few details. " + copy + CREDIT, published="2031-04-04", id="wb-01",
                     outlet="Daily Aggregator", title="B story")
    record_ = build_timeline([a, b], [extract(a), extract(b)])
    return record_, build_parity(record_, bodies={a.id: a.body, b.id: b.body})


def test_a_spun_meeting_read_as_a_remark_is_its_sources_echo() -> None:
    wire = "The African Union's Peace and Security Council is expected to meet on Friday to discuss the crisis in Gabon."
    copy = "The African Union's Peace and Security Council is predicted to fulfill on Friday to debate the crisis in Gabon."
    record_, parity = _copies(wire, copy)
    kinds = {e.id: (e.excerpt, e.kind.value) for e in record_.events}
    assert sorted(kinds.values()) == [("wa-01", "meeting"), ("wb-01", "statement")]
    for claim in parity.claims:
        assert [(kinds[link.event], link.relation.value) for link in claim.links] == [
            ({"wa-01": ("wb-01", "statement"), "wb-01": ("wa-01", "meeting")}[kinds[claim.event][0]], "same_event")]
        assert claim.status.value == "echo"


def test_a_copied_sentence_of_a_remark_and_its_acts_links_each_to_its_own() -> None:
    """The source's remark and the acts it relays, copied with the speaking verb spun: the remark links to the
    copy's remark, each act to the copy's act, never a remark to an act."""
    wire = "Ghana's state broadcaster said a nationwide curfew had been imposed and that the army had taken over the airport."
    copy = ("Ghana's state broadcaster mentioned a nationwide curfew had been imposed and that the army had taken over "
            "the airport.")
    record_, parity = _copies(wire, copy)
    kind = {e.id: e.kind.value for e in record_.events}
    crossed = [(kind[c.event], kind[link.event]) for c in parity.claims for link in c.links
               if link.relation.value == "same_event" and kind[c.event] != kind[link.event]]
    assert not crossed
    assert {kind[c.event] for c in parity.claims if c.links} == {"statement", "other"}


LABEL_ROWS = pair_rows("link_pairs_e2e_session19.toml")


@pytest.mark.parametrize("row", [pair_param(r) for r in LABEL_ROWS])
def test_label_pair(row: dict) -> None:
    check_pair(row)


RL = [record("la-01", "Alpha Wire", "2031-06-12"), record("lb-01", "Beta Times", "2031-06-12")]
# (statement summary, its actor, act summary, act actor, stance words in the statement?, expected frame_tells)
LABELS = [
    ("Russia called: scheduled flights over the Sea of Japan on Wednesday", "Russia",
     "Russia: made scheduled flights over the Sea of Japan", "Russia", True),
    ("Peru calls: a routine patrol near the islet on Monday", "Peru", "Peru: began a patrol near the islet", "Peru", True),
    ("Peru described: as a routine patrol near the islet", "Peru", "Peru: began a patrol near the islet", "Peru", True),
    # Another doer's act: not its label.
    ("Peru calls: a routine patrol near the islet on Monday", "Peru", "Chile: began a patrol near the islet", "Chile", False),
    # The said words name nothing of the act.
    ("Peru calls: a defensive measure", "Peru", "Peru: began a patrol near the islet", "Peru", False),
    # A clause after the frame: what the speaker says, no label.
    ("Peru calls: The patrol was routine", "Peru", "Peru: began a patrol near the islet", "Peru", False),
    # A verb of saying is no label.
    ("Peru said: a routine patrol near the islet", "Peru", "Peru: began a patrol near the islet", "Peru", False),
]


@pytest.mark.parametrize(("said", "speaker", "told", "doer", "expected"), LABELS, ids=[x[0][:34] for x in LABELS])
def test_label_frame_tells(said: str, speaker: str, told: str, doer: str, expected: bool) -> None:
    st = event("la-01", said.replace(":", "") + ".", summary=said, actor=speaker, day="2031-06-12")
    act = event("lb-01", told.split(": ", 1)[1] + ".", kind="other", summary=told, actor=doer, day="2031-06-12")
    (c_said, c_act), _ = claims_for(RL, [st, act])
    assert relayed.frame_tells(c_said, c_act) is expected


def test_a_label_that_judges_is_no_telling() -> None:
    """A label that judges ("called the drills a dangerous provocation": stance.toml [labels] words) is a view of the
    act, not the act, whether or not a stance was read (none is when the speaker is the doer)."""
    st = event("la-01", "Russia called the drills a dangerous provocation.", summary="Russia called: the drills a "
               "dangerous provocation", actor="Russia", day="2031-06-12")
    act = event("lb-01", "Russian troops held drills near the border.", kind="military_exercise",
                summary="Russia: held drills near the border", actor="Russia", day="2031-06-12")
    (c_said, c_act), _ = claims_for(RL, [st, act])
    assert not relayed.frame_tells(c_said, c_act)
