"""Session 22 (pstatus22): claim statuses on unseen text, and the status rules changed for them.

Every wrong status at session 22's start (main 6139bf0) on the open sets eval, gaps, gaps2, heldout, heldout2-4,
heldout7, heldout9-18 (heldout18 declassified this session), fresh6, dev12-links, dev16-standoff, dev21-links and
dev21-status (2,116 gold statuses), by the cause that decides it, under --oracle and end to end, counted over
`parity.evaluate --why` (heldout18's share beside):

| cause (gold status)                                                                   | oracle |  e2e | h18 o | h18 e |
|---------------------------------------------------------------------------------------|-------:|-----:|------:|------:|
| conflicting: the differing link missing                                               |    180 |  185 |    28 |    10 |
| corroborated: the agreeing independent link missing (or only a copy's, or same_topic) |    125 |  169 |    18 |    18 |
| e2e only: the event not extracted                                                     |        |  204 |       |    41 |
| e2e only: the counterpart deciding it not extracted                                   |        |   84 |       |     8 |
| a link the gold lacks, or the gold's relation otherwise                               |     66 |   40 |     8 |     4 |
| later_development: the same_topic link to the later source missing                    |     42 |   43 |     4 |     3 |
| conflicting: the gold's difference not seen on a found link (a place not extracted,   |     17 |   21 |     5 |     6 |
|   "tried to block" / "stopped", a framing stance, the actor of talks broken off)       |        |      |       |       |
| a difference the gold does not list (date, place, count, polarity)                    |      5 |    9 |     0 |     0 |
| later_development: a found same_topic link not seen as later                          |      3 |    3 |     2 |     2 |
| echo or single_source otherwise (a copy's sentence no event was read in: step 1)      |      2 |    9 |     1 |     0 |
| right                                                                                 |  1,654 | 1,324 |    75 |    49 |

The status rule itself reads the gold's links as the gold does: applied to the gold's own links, origins and the
excerpts' dates (README's rule), it gives the gold's status for 2,107 of the 2,116 (the nine others: four conflicts lent
through a copy, two credit-line relays, a plan and its deed, a deed and its plan, one arrival). So, as in session
21, almost every wrong status follows a link (plink22's) or an event not extracted.

The default: a claim with no link falls to single_source. Measured, not guessed: of the 812 gold claims with no link
found under --oracle, 597 are single_source (74%; conflicting 99, corroborated 83, later_development 30, echo 3); of
the 865 end to end, 561 (65%; corroborated 126, conflicting 123, later_development 41, echo 14). No kind, modality or
origin makes another status likelier (statements 289/405 single_source, acts 308/407, plans 34/48; claims of an excerpt
with a copy 71/92), so single_source stays the default: nothing else can be shown without a link as evidence. The one
exception is step 1: an unlinked claim whose copy's text tells it.

Step 1: a claim no link reaches while a copy of its excerpt (one group: a credit or copied text, of at most
origins.toml copy_group_max = 4 excerpts) holds its sentence in the copy's body is an echo, though extraction read no
event there (a spun sentence reworded past the triggers) or no pair was scored (`origins.OriginMap.copy_sentences`,
`status.in_copy_bodies`): the copy's sentence is its sentence copied (shingles as `copied_sentence`, or its word order
kept at its place in the story) and carries the claim as `carried` asks (most of its own summary words, or heavily
spun). Cost: bench's generated reprint groups of 5-18 leave ~6,000 of 12,655 claims at 500 excerpts unlinked (their
statements unscored by the candidate limit: blocking's matter); reading every copy for each took bench.paritystage
7.6 -> 23 CPU s (10.6 with each body's sentences and shingles read once), so larger groups are not read (the golds'
groups hold 2 or 3); with the bound the record there is byte-identical. End to end 1,324 -> 1,330 on the open sets
(heldout9 81 -> 84, heldout11, heldout, gaps2 +1 each; two more wrong either way: the independent link missing), oracle
unchanged; blind (summary lines only) heldout5 e2e 64 -> 65, heldout8 72 -> 77, heldout19 102 -> 103, heldout6 78 and
heldout20 101 unchanged; oracle unchanged on all five.

Fresh sentences below: invented states, bodies, people and days, no text of a heldout set.
"""

from __future__ import annotations

import pytest

from parity.build import build_parity
from parity.models import Status
from tests.parity.helpers import event, record, timeline
from timeline.models import Evidence

# ---------------------------------------------------------------- step 1: a copy's body carries a claim no event of it was read in

WIRE = ("ASUNCION, May 3 (Reuters) - Paraguay's navy seized three Bolivian barges on the Pilcomayo river on Tuesday, "
        "the navy said on Wednesday.\n\n"
        "Bolivia recalled its ambassador from Asuncion on Wednesday in protest.\n\n"
        "Brazil offered to mediate between the two governments, a spokesman in Brasilia said.")
RECALL = "Bolivia recalled its ambassador from Asuncion on Wednesday in protest."


def _wire_and_copy(copy: str, *, credit: str = "(Reuters)"):
    """The wire's recall told as an event, and a second excerpt whose body is copy, in which no event was read."""
    recs = [record("w", "Reuters", "2033-05-04"), record("c", "Chaco Herald", "2033-05-04")]
    start = WIRE.index(RECALL)
    recall = event("w", RECALL, "other", actor="Bolivia", day="2033-05-04").model_copy(
        update={"evidence": Evidence.of(WIRE, start, start + len(RECALL))})
    seized_at = WIRE.index("Paraguay's navy seized")
    seized_end = WIRE.index(", the navy said")
    seized = event("w", WIRE[seized_at:seized_end], "other", actor="Paraguay", day="2033-05-03").model_copy(
        update={"evidence": Evidence.of(WIRE, seized_at, seized_end)})
    body = f"ASUNCION, May 3 {credit} - " + copy if credit else copy
    parity = build_parity(timeline(recs, [recall, seized]), None, {"w": WIRE, "c": body})
    return next(c.status for c in parity.claims if c.event == recall.id)


@pytest.mark.parametrize("copy", [
    # A reprint of the wire word for word.
    "Paraguay's navy seized three Bolivian barges on the Pilcomayo river on Tuesday, the navy said on Wednesday.\n\n"
    "Bolivia recalled its ambassador from Asuncion on Wednesday in protest.\n\n"
    "Brazil offered to mediate between the two governments, a spokesman in Brasilia said.",
    # A copy spun past its content words, the order of the sentence kept.
    "Paraguay's naval force impounded three Bolivian barges on the Pilcomayo waterway on Tuesday, the naval force "
    "stated on Wednesday.\n\n"
    "Bolivia withdrew its envoy from Asuncion on Wednesday in objection.\n\n"
    "Brazil proposed to arbitrate between the two administrations, a representative in Brasilia stated.",
])
def test_a_copy_whose_sentence_no_event_was_read_in_still_echoes_the_claim(copy):
    """Old code: single_source (no claim of the copy to link, so nothing told the copy carries it)."""
    assert _wire_and_copy(copy) == Status.echo


def test_a_copy_that_dropped_the_sentence_carries_nothing():
    copy = ("Paraguay's navy seized three Bolivian barges on the Pilcomayo river on Tuesday, the navy said on "
            "Wednesday.\n\nBrazil offered to mediate between the two governments, a spokesman in Brasilia said.")
    assert _wire_and_copy(copy) == Status.single_source


@pytest.mark.xfail(strict=True, reason="a like-length sentence of one actor, place and day at the same place in a copy "
                   "keeps the word order of the claim's (origins.keeps_order), as a spun one does: the limit `carried` "
                   "has between two claims of one origin too")
def test_a_copy_that_put_another_act_in_the_sentences_place_carries_nothing():
    """The copy keeps the sentence's actor, place and day but tells another act (a meeting, not a recall)."""
    copy = ("Paraguay's navy seized three Bolivian barges on the Pilcomayo river on Tuesday, the navy said on "
            "Wednesday.\n\nBolivia's ambassador in Asuncion met the foreign minister on Wednesday.\n\n"
            "Brazil offered to mediate between the two governments, a spokesman in Brasilia said.")
    assert _wire_and_copy(copy) == Status.single_source


def test_an_independent_report_of_one_fact_is_no_copy():
    """Another outlet telling the recall in its own sentence shares no origin with the wire: no echo by its body."""
    other = ("Bolivia pulled its envoy out of Asuncion on Wednesday after Paraguayan sailors impounded three of its "
             "river barges, officials in La Paz said.")
    assert _wire_and_copy(other, credit="") == Status.single_source
