"""Session 21 (plink21): parity links on unseen text, main 377a057 (session 21's start, heldout17 declassified).

Every missed and extra link under --oracle (`python -m parity.evaluate --eval DIR --oracle -v --why`) on heldout17
(declassified this session: 111 gold links, tp 40 fp 27 fn 71) and the declassified and dev link sets, by the rule that
refused it (same_e = a gold same_event pair, same_t = same_topic; h17 heldout17, h16 .. h2 = heldout16 .. heldout2,
d16 dev16-standoff, d12l dev12-links, f6 fresh6, h = heldout):
| missed link: rule (--why)                     |  h17|  h16|  h14|  h15|  h11|   h9|  h13|   h7|  h10|  h12|  d16| d12l|   f6| eval| gaps|gaps2|    h|   h2|   h3|   h4|  all|
| extra same_topic                              |   13|    4|    7|    7|    5|    4|    7|    3|    1|    2|    3|    1|    1|    2|    3|    4|    7|   10|    2|    4|   90|
| extra same_event                              |   14|    8|    2|    8|    3|    4|    1|    2|    7|    4|    4|     |    4|    1|     |    1|    2|    4|   14|    6|   89|
| same_e: summaries share no word               |   11|    4|    5|    8|    3|   12|    1|    7|    2|     |    1|    2|    6|     |    2|    2|     |    4|    1|    7|   78|
| same_e: score under threshold                 |    8|    6|    1|    8|    2|    7|    1|    6|     |    6|    2|    7|    1|     |     |    1|     |    1|    4|    1|   62|
| same_t: similarity < 0.05                     |    4|    5|    1|     |     |     |     |    9|    1|    2|     |     |    2|     |    1|    3|     |     |    3|     |   31|
| same_t: blocked: cut by the candidate limit   |    8|    2|    3|     |    3|     |    1|    7|     |    1|     |    1|     |    1|     |     |     |     |     |     |   27|
| same_t: kinds differ (an act / a statement)   |    5|     |    1|    2|    1|     |    1|     |     |     |     |    9|    5|     |     |    2|     |     |     |     |   26|
| same_t: a relay                               |    3|    3|    5|     |    2|    1|     |     |    1|    2|    1|    2|    1|    1|     |     |     |     |     |    2|   24|
| same_e: two relays, words apart               |     |    1|     |     |    1|    3|     |    1|     |     |    3|    9|    2|    2|     |     |     |     |    1|     |   23|
| same_e: no anchor                             |    3|    1|    3|    2|    2|    3|     |    1|     |    1|    1|     |     |     |     |    1|     |    1|     |    1|   20|
| same_e: blocked: cut by the candidate limit   |    8|    1|    1|     |    1|    2|     |    1|     |     |    1|    2|     |     |     |     |     |    2|     |    1|   20|
| same_t: blocked: no shared key                |    5|    4|     |     |    5|    1|     |    1|     |     |     |    1|    1|     |     |     |     |    1|     |     |   19|
| same_t: similarity < 0.12                     |    1|    3|     |     |     |    3|     |    5|     |     |    2|    1|     |     |     |     |     |     |    2|     |   17|
| same_t: kinds differ (two kinds)              |    2|    2|    2|    2|    1|     |    3|    2|     |    1|     |     |     |     |     |     |     |     |    1|     |   16|
| same_t: similarity < 0.25                     |    5|    4|     |     |    1|     |     |     |    1|     |    1|     |    1|     |     |     |     |     |     |    2|   15|
| same_e: a relay                               |     |    1|    4|    3|     |     |     |    3|     |     |    2|    1|     |     |     |     |    1|     |     |     |   15|
| same_e: kinds differ                          |    1|     |    3|     |    1|     |    3|    1|     |     |     |     |    1|     |     |     |     |     |     |     |   10|
| same_t: found as same_event                   |    2|    1|     |     |     |     |    1|    1|     |     |     |     |     |     |     |    1|     |    1|    2|     |    9|
| the rest (other heads 9, no shared key 8, ...)|    5|    2|    1|    1|    2|   10|    3|     |    1|     |    2|    9|    2|    6|     |     |     |    1|     |     |   45|
| all missed (fn)                               |   71|   40|   30|   26|   25|   42|   14|   45|    6|   13|   16|   44|   22|   10|    3|   10|    1|   11|   14|   14|  457|
| false links (fp)                              |   27|   12|    9|   15|    8|    8|    8|    5|    8|    6|    7|    1|    5|    3|    3|    5|    9|   14|   16|   10|  179|
| found (tp)                                    |   40|   51|   36|   61|   38|   64|   46|   93|   63|   45|   35|   42|   25|   81|   45|   38|   62|   63|   91|   52| 1071|
End to end (`python -m parity.evaluate --eval DIR --bridge -v`): the gold links found on gold events but lost end to end
with both ends extracted (228), by the rule that kept each out (the largest rows; the sets as above):
| lost e2e link, both ends extracted: rule            |  h17|  h16|  h14|  h15|  h11|   h9|  h13|   h7|  h10|  h12|  d16| d12l| gaps|gaps2|    h|   h3|  all|
| same_event: kinds differ (an act / a statement)     |    2|    1|     |     |    4|    6|    4|    4|    5|    3|    1|    1|    4|    1|    1|    2|   39|
| same_event: summaries share no word                 |     |    2|    2|    8|     |    2|    2|    3|     |    2|    2|     |     |    1|    1|     |   30|
| same_event: no anchor                               |     |     |     |    2|    2|     |    2|    1|    9|     |     |    3|     |     |    1|     |   21|
| same_topic: kinds differ (an act / a statement)     |    1|    2|    1|     |     |     |     |    4|    1|    2|    1|     |    1|     |     |     |   18|
| same_event: score under threshold                   |    3|    2|    2|    1|     |    1|     |    1|     |    2|    2|     |     |     |     |    2|   18|
The act against a statement (39 same_event, 18 same_topic), read pair by pair: extraction, not parity, in nearly every
one. (a) A spun copy's sentence read as a remark whose summary is cut ("…") before the act's words (gaps sk-04 "is
anticipated to succeed in…", heldout13 pj-03, heldout11 mm-04, heldout rs-02, heldout7 ex-02): the copy's one
statement stands for the gold act and for the gold statement at once, so linking it to the source's act (one
copied claim read from its whole sentence) trades the link to the source's relay for the act's (session 20 measured
the same trade: +1 -1). (b) A relay whose sentence holds a second act no event was made of ("Kyrgyz units approached
... and opened fire on Tajik border posts, the committee said", dev21-links "made an emergency landing ... after
colliding with a Chinese F-8 fighter, the command said"): the relay's summary stops at its first act, and which gold
event the lone statement stands for is the matcher's choice, so a parity rule reading the relay as its second act
would score by that choice, not by a right link. (c) A gold event matched to an unrelated statement (heldout12
im-01, heldout9 kz-03, heldout17 vw-03). Left to extraction (reported to the lead).
Extras (179 under oracle) read pair by pair: most are copies' sentences or retellings the golds list without grouping
(heldout17 pb-01/pb-03 "forced her into the harbor", heldout "five of the missiles landed"), one person's statements of
one day against his one statement elsewhere (_one_person_one_day: 27 right, 17 extra, not parted by similarity), and
one side's wordings of one act the golds keep apart (heldout3 kr "rammed the tug" / "rammed, fired on and captured").

Fixed (data only, paraphrases.toml; fresh pairs end to end in link_pairs_e2e_session21.toml, word rows below):
- a passage through a strait, a channel or a canal told by the verb or the noun ("passed through the English Channel
  on Thursday last week" / "Its passage through the Channel"; "transited", "sailed through", "steamed through"): one
  word, transit. Guards: safe or free passage, the right of innocent passage a state claims for its ship (a legal
  position: "said it was making an innocent passage through Ukrainian waters" read as a transit made it one remark with
  "insists the ship was sailing through Ukrainian waters", a false link on eval), transit visas and fees.
- one craft's collision told as its turn into the other ("had veered into the Chinese jet", "swerved into the",
  "slammed into", "ploughed into", "turned sharply into"): the collide group; a course changed into a place is no
  collision ("veered into the territorial waters of Oman": strayed).
After (tp/fp): oracle heldout17 40/27 -> 41/27 (kz "passed through the English Channel" / "Its passage through the
Channel" linked), dev21-links 25/2 -> 32/2 (F1 .69 -> .81, status 70 -> 73%); end to end heldout17 19/10 -> 19/9,
dev21-links 21/1 -> 28/3 (F1 .63 -> .74, status 60 -> 63%); every other open set and the blind summaries (heldout5, 6,
8, 18, 19, oracle and end to end) unchanged.
Tried and left out: transit as an act head (paraphrases.toml [acts]): it parted a passage from one navy's port call of
that day (two moves, not one_act's one) and removed a heldout17 extra ("expected to reach the eastern Mediterranean" /
"expected to pass through the Strait of Gibraltar"), but a head against none made one navy's voyages months apart a
development of one subject (score._deeds_repeated: "sailed into Chinese waters" in July / "sailed through the Taiwan
Strait" in September, a must-not-link row of link_pairs_session8.toml).
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.models import Relation
from tests.parity.helpers import check_pair, event, pair_param, pair_rows, record, scored

E2E_ROWS = pair_rows("link_pairs_e2e_session21.toml")

RECS = [record("w1", "Strait Wire", "2031-10-25"), record("w2", "Harbour Gazette", "2031-10-27")]


def _words(text: str) -> tuple[str, ...]:
    return lexicon.content_words(text)


# ---- word rows: the transit and collide heads, and their guards (each fails on the code before session 21)

@pytest.mark.parametrize("text", ["Eight Russian warships passed through the English Channel on Thursday",
                                  "Their passage through the Channel drew crowds at Dover",
                                  "The destroyer transited the Taiwan Strait",
                                  "Two frigates steamed through the Miyako Strait",
                                  "a carrier group sailing through the Strait of Malacca"])
def test_a_passage_through_a_strait_is_the_transit_head(text: str) -> None:
    assert "transit" in _words(text)


@pytest.mark.parametrize("text", ["The truce guaranteed safe passage through the Lachin corridor",
                                  "the ship was making an innocent passage through Ukrainian territorial waters",
                                  "Kyiv asked for free passage through the corridor for grain ships",
                                  "Minsk stopped issuing transit visas"])
def test_passage_granted_or_claimed_is_no_transit(text: str) -> None:
    assert "transit" not in _words(text)


@pytest.mark.parametrize("text", ["the American plane had veered into the Chinese jet",
                                  "the cutter swerved into the fishing boat",
                                  "the tug slammed into the patrol vessel",
                                  "a trawler ploughed into the coast guard cutter",
                                  "the fighter turned sharply into the surveillance plane"])
def test_a_turn_into_another_craft_is_the_collide_head(text: str) -> None:
    assert "collid" in _words(text)


@pytest.mark.parametrize("text", ["the tanker veered into the territorial waters of Oman",
                                  "the airliner veered into the airspace of Georgia",
                                  "a patrol boat swerved into the path of the ferry"])
def test_a_course_changed_into_a_place_is_no_collision(text: str) -> None:
    assert "collid" not in _words(text)


# ---- hand-built claims: the oracle pairs of heldout17 and dev21-links, in fresh words

def test_a_passage_told_by_the_verb_and_the_noun_is_one_movement() -> None:
    """Undated noun in a source written two days later, one navy's ships: one passage (was score under threshold)."""
    told = event("w1", "Eight Russian warships passed through the English Channel on Thursday under British escort.",
                 "ship_movement", actor="Russia", day="2031-10-23",
                 summary="passed through the English Channel on Thursday")
    noun = event("w2", "Their passage through the Channel, watched by two Royal Navy frigates, drew crowds at Dover.",
                 "ship_movement", actor="Russia", summary="Their passage through the Channel, watched by two Royal Navy frigates")
    got = scored(RECS, told, noun)
    assert got is not None and got.relation is Relation.same_event


@pytest.mark.parametrize("row", [pair_param(r) for r in E2E_ROWS])
def test_pair_end_to_end(row: dict) -> None:
    check_pair(row)
