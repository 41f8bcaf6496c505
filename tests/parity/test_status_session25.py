"""Session 25 (pstatus25): independence on unseen text, and why two sources are one witness.

A short independent report that tells one remark in the wire's own words shares a third of its three-word runs with
the wire (containment 0.31-0.46 over the 0.30 threshold) but only 10-13 of them: one sentence, not a copied paragraph.
Grouped as the wire's copy, each of its claims turned echo (dev24-status sa-03; dev25-status kv-02, sv-02). Shared
shingles of every open corpus with gold origins (per story, stock text left out), main 0ab79b9:

    pairs                                   shared shingles    containment
    gold copies (50 pairs)                  22 .. 237          0.19 .. 1.00
    independent pairs over 0.30             10 .. 13           0.31 .. 0.46   (dev24 sa-01~sa-03, dev25 kv/sv)
    independent pairs in the heavy-spin     8                  0.22           (dev24 sa-02~sa-03: order 0.57)
      band (>= 0.12, like length, order)

So a copy now shares 16 shingles at least (origins.toml min_shared 8 -> 16), for both tests (containment and heavy
spin). Bench's generator (1,000 excerpts, seed 1): its 168 reprints and spun copies are grouped with their source at
8, 16 and 20 alike. The page's source card and parity.json's origin basis now tell how much text two copies share
(the share of the shorter text and the count of three-word runs) or the credit line, for each copied pair of a group.

The wrong statuses re-tabled by cause with heldout19 (declassified this session), `parity.evaluate --why` on the four
freshest sets, heldout17-20 (734 gold statuses: 410 / 507 right end to end / --oracle; heldout19 alone 105 / 131 of
185), main 116b389 plus this change (which moves none of them):

    cause (gold -> got)                                        heldout17-20 e2e / oracle    heldout19 e2e / oracle
    event not extracted (any status)                                117 / -                      35 / -
    conflicting with no link found (-> single_source)                32 / 55                      6 / 10
    corroborated with no link found (-> single_source)               18 / 34                      4 / 10
    the gold's counterpart not extracted (-> single_source)          37 / -                       9 / -
    conflict hidden as echo (the differing link not found)           24 / 11                      4 / 3
    conflict read as agreement (link not found / difference unseen)  17 / 28                      2 / 2
    corroborated via a copy only (-> echo)                           14 / 14                      4 / 2
    later_development with no link (-> single_source / echo)         24 / 21                      4 / 9
    a link the gold lacks (-> corroborated / later_development)      18 / 32                      7 / 10
    each of 19 other causes                                         <= 4 / 6                    <= 1 / 2

Read claim by claim on heldout19 and heldout18 (--oracle -v): every row is a link missed or a link the gold lacks, none
the status rule reading the links it has wrongly: "echo -> corroborated" (heldout18 bizerte, 4) is a false same_event
link from the wire's claims to an independent paper's other act ("jets strafed positions" / "aircraft bombed the
road"), not a copy taken for an independent witness; "echo -> conflicting" (heldout19 whiskey, 2) a false link to a
later count ("a destroyer and a salvage tug" / "four salvage ships"). Linking's matter (plink25); the rule stands.
The golds call a stance or count told otherwise months apart conflicting (heldout20 khanabad 113-115 days, heldout9
maghreb 72-73): no written-day limit on a conflict was tried.

Fresh sentences below: invented incidents, no text of a held-out set.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from excerpt.loader import load_folder
from gate.parity_checks import echo_groups
from page.context import build_context
from parity import origins
from parity.models import Origin
from parity.origins import OriginMap, body_copies
from tests.page import story
from timeline.evaluate import load_gold

WIRE = """PRISTINA, March 3 (AP) - Kosovo police arrested three Serbian nationals near the Jarinje crossing on Sunday, the
interior ministry said on Monday.

Serbia's foreign ministry demanded the men's immediate release and accused Pristina of breaking the agreement reached
in Brussels last year.

The European Union's envoy will travel to Pristina and Belgrade on Wednesday to calm tensions, his office said."""

# An independent local report: its own count and day, and Belgrade's accusation in the wire's words.
SHORT = """Serbs held at Jarinje

Kosovo police detained four Serbs at the Jarinje crossing on Saturday, a local Serb official said. Belgrade accused
Pristina of breaking the agreement reached in Brussels last year."""

REPRINT = WIRE + "\n\nThis story was first published by the Associated Press.\n"
SPUN = (WIRE.replace("arrested", "detained").replace("said", "stated").replace("Serbia's foreign ministry",
        "The foreign ministry of the Republic of Serbia").replace("calm tensions", "ease tensions"))


def test_a_short_report_sharing_one_stock_sentence_with_a_wire_is_no_copy():
    """Old code (min_shared 8): short~wire share 11 of the short one's 28 shingles (0.39): grouped as a copy."""
    bodies = {"wire": WIRE, "short": SHORT, "reprint": REPRINT, "spun": SPUN}
    found = body_copies(sorted(bodies), bodies)
    assert {(a, b) for a, b, *_ in found} == {("reprint", "spun"), ("reprint", "wire"), ("spun", "wire")}
    # Each copy pair carries how many shingles the two share, past the minimum.
    assert all(n >= origins.COPY_MIN_SHARED for *_, n in found)


def test_the_short_report_shares_a_third_of_its_text_but_few_runs():
    """The figures that make the case: the ratio alone passes, the count does not."""
    a, b = origins.shingles(SHORT), origins.shingles(WIRE)
    shared = len(a & b)
    assert shared / min(len(a), len(b)) >= origins.COPY_CONTAINMENT
    assert 8 <= shared < origins.COPY_MIN_SHARED


# Development corpora with gold origins where a short independent report shares a stock sentence with a wire, named
# one by one (never a glob of tests/data: blind sets live there too).
DATA = Path(__file__).parent.parent / "data"
STORIES = ["dev24-status/sanandres", "dev24-status/sarstoon", "dev25-status/kivu", "dev25-status/svalbard",
           "dev22-status/tanker", "dev21-status/arauca"]


@pytest.mark.parametrize("folder", STORIES)
def test_the_gold_copies_and_only_they_are_found(folder):
    """Old code: sanandres grouped sa-03 with sa-01 (0.31) and sa-02 (heavy spin, 0.22); kivu kv-02 with both
    Reuters copies; svalbard sv-02 with sv-01 (0.46)."""
    gold = load_gold(DATA / folder)
    bodies = {e.id: e.body for e in load_folder(DATA / folder).excerpts}
    origin = {x: name for name, xs in gold.origins.items() for x in xs}
    found = {(a, b) for a, b, *_ in body_copies(sorted(bodies), bodies)}
    assert found == {(a, b) for a in bodies for b in bodies if a < b and origin.get(a) and origin.get(a) == origin.get(b)}


def test_the_basis_of_a_copy_group_tells_each_pair_with_the_text_it_shares():
    """Old code: one pair per excerpt ("a~b (95% shared)"), the others of a group of three unsaid, no count."""
    om = OriginMap(claims=[], credit={}, passages=set(), group={"a": "a", "b": "a", "c": "a", "d": "d"},
                   copies=[("a", "b", 0.95, 120), ("a", "c", 0.4, 31), ("b", "c", 0.41, 33)])
    (group,) = om.groups()
    assert group.excerpts == ["a", "b", "c"]
    assert group.basis.split("; ") == [
        "near-duplicate text a~b: 95% of the shorter text shared, 120 three-word runs",
        "near-duplicate text a~c: 40% of the shorter text shared, 31 three-word runs",
        "near-duplicate text b~c: 41% of the shorter text shared, 33 three-word runs"]


def test_the_source_card_says_why_the_source_is_in_its_origin_group():
    """Old code: the card named the group only ("Wirebeat wire copy"), not the credit or the shared text."""
    xs, tl, parity = story.record()
    basis = ("br2 credited to Wirebeat; near-duplicate text br2~wb3: 88% of the shorter text shared, 60 three-word "
             "runs")
    parity = parity.model_copy(update={"origins": [Origin(name="Wirebeat", events=[], excerpts=["br2", "wb3"],
                                                          basis=basis)]})
    cards = {s.id: s.origins for s in build_context(xs, tl, parity).sources}
    assert cards["br2"] == (f"Wirebeat ({basis})",)
    assert cards["wb3"] == ("Wirebeat (near-duplicate text br2~wb3: 88% of the shorter text shared, 60 three-word "
                            "runs)",)


def test_an_echo_finding_names_why_the_sources_are_one_witness():
    """Old code: "share one origin (copied text: a, b)" with no basis: a shared stock phrase read as a copy was not
    seen before the echo was trusted. The basis is named, its first ECHO_BASIS_SHOWN parts."""
    pairs = [f"near-duplicate text a~{x}: 90% of the shorter text shared, 80 three-word runs" for x in "bcde"]
    ctx = SimpleNamespace(raw_events=[{"id": "a-1", "excerpt": "a"}, {"id": "b-1", "excerpt": "b"}],
                          origins=[{"name": "Reuters", "events": ["a-1", "b-1"], "excerpts": ["a", "b", "c", "d", "e"],
                                    "basis": "; ".join(["a credited to Reuters", *pairs])}],
                          out_dir=Path("out"))
    (finding,) = echo_groups(ctx)
    assert finding.problem == ("2 events in excerpts a, b, c, d, e share one origin (Reuters: a credited to Reuters; "
                               f"{pairs[0]}; {pairs[1]}; and 2 more): counted as one witness")
