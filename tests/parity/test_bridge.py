"""parity.bridge: why links and statuses right on gold events are lost on extracted ones (a story written here)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from excerpt.structure import paragraphs_of
from parity.bridge import (
    CHANGES,
    MISSING,
    NOISE,
    TOGETHER,
    Bridge,
    Outcome,
    _changed,
    _how_near,
    _link_cause,
    _needed,
    bridge_corpus,
    bridge_story,
)
from parity.evaluate import evaluate_story, main
from tests.parity.helpers import event
from timeline.evalgold import GoldEvent, GoldLink

# Three outlets on one seizure at sea: a wire, the other side's paper, a later report of the release.
A = """+++
title = "Chile seizes Peruvian trawler"
outlet = "Andes Wire"
published = "2016-05-10"
+++
Chile seizes Peruvian trawler

Chile's navy seized the Peruvian trawler Santa Rosa off Arica on Monday, the navy said in a statement.

Peru's foreign ministry protested the seizure on Tuesday and demanded the crew's release.
"""
B = """+++
title = "Trawler held off Arica"
outlet = "Lima Daily"
published = "2016-05-11"
+++
Trawler held off Arica

The fishing boat Santa Rosa was boarded off Arica on Monday and towed into port, its owner said.

Lima lodged a formal protest with Santiago on Tuesday, the foreign ministry said.
"""
C = """+++
title = "Crew freed"
outlet = "Pacific Post"
published = "2016-05-20"
+++
Crew freed

Chile released the 12 crew of the Santa Rosa on Thursday, the Chilean navy said.
"""
GOLD = """story = "trawler"
[origins]
"Andes Wire" = ["tw-01"]
"Lima Daily" = ["tw-02"]
"Pacific Post" = ["tw-03"]

[[event]]
excerpt = "tw-01"
anchor = "seized the Peruvian trawler Santa Rosa"
kind = "other"
actor = "Chile"
start = 2016-05-09
end = 2016-05-09

[[event]]
excerpt = "tw-01"
anchor = "the navy said in a statement"
kind = "statement"
actor = "Chile"
undated_ok = true

[[event]]
excerpt = "tw-01"
anchor = "protested the seizure on Tuesday"
kind = "statement"
actor = "Peru"
start = 2016-05-10
end = 2016-05-10

[[event]]
excerpt = "tw-02"
anchor = "was boarded off Arica on Monday"
kind = "other"
start = 2016-05-09
end = 2016-05-09

[[event]]
excerpt = "tw-02"
anchor = "towed into port"
kind = "ship_movement"
kinds_ok = ["other"]
undated_ok = true

[[event]]
excerpt = "tw-02"
anchor = "its owner said"
kind = "statement"
undated_ok = true

[[event]]
excerpt = "tw-02"
anchor = "lodged a formal protest with Santiago"
kind = "statement"
actor = "Peru"
start = 2016-05-10
end = 2016-05-10

[[event]]
excerpt = "tw-02"
anchor = "the foreign ministry said"
kind = "statement"
actor = "Peru"
optional = true

[[event]]
excerpt = "tw-03"
anchor = "released the 12 crew"
kind = "other"
actor = "Chile"
start = 2016-05-19
end = 2016-05-19
count = "12"

[[event]]
excerpt = "tw-03"
anchor = "the Chilean navy said"
kind = "statement"
actor = "Chile"
undated_ok = true

[[link]]
a = "tw-01:seized the Peruvian trawler Santa Rosa"
b = "tw-02:was boarded off Arica on Monday"
relation = "same_event"

[[link]]
a = "tw-01:protested the seizure on Tuesday"
b = "tw-02:lodged a formal protest with Santiago"
relation = "same_event"

[[link]]
a = "tw-01:seized the Peruvian trawler Santa Rosa"
b = "tw-03:released the 12 crew"
relation = "same_topic"

[[link]]
a = "tw-02:was boarded off Arica on Monday"
b = "tw-03:released the 12 crew"
relation = "same_topic"

[[status]]
event = "tw-01:seized the Peruvian trawler Santa Rosa"
status = "corroborated"

[[status]]
event = "tw-01:protested the seizure on Tuesday"
status = "corroborated"

[[status]]
event = "tw-02:lodged a formal protest with Santiago"
status = "corroborated"

[[status]]
event = "tw-02:its owner said"
status = "single_source"

[[status]]
event = "tw-03:released the 12 crew"
status = "single_source"
"""


def _story(tmp_path: Path, name: str = "corpus") -> Path:
    folder = tmp_path / name / "trawler"
    folder.mkdir(parents=True)
    for eid, text in (("tw-01", A), ("tw-02", B), ("tw-03", C)):
        (folder / f"{eid}.txt").write_text(text, encoding="utf-8")
    (folder / "gold.toml").write_text(GOLD, encoding="utf-8")
    return folder


def _missed(score_notes: list[str]) -> set[str]:
    return {n.split(": ", 1)[1] for n in score_notes if n.startswith("miss ")}


def test_every_link_and_status_lost_end_to_end_gets_one_cause(tmp_path):
    folder = _story(tmp_path)
    oracle, e2e = evaluate_story(folder, oracle=True), evaluate_story(folder)
    report = bridge_story(folder, verbose=True)
    assert report.oracle_links == oracle.link_tp
    # The links lost are those the oracle found and the extracted events miss, counted apart by evaluate.
    lost = _missed(e2e.notes) - _missed(oracle.notes)
    assert sum(report.link_causes.values()) == len(lost) >= 1
    assert report.oracle_statuses == oracle.status_right
    assert sum(report.status_causes.values()) >= oracle.status_right - e2e.status_right
    # Every cause named is one of the changes, or what is left when none of them brings it back.
    named = set(CHANGES) | {TOGETHER, "not linked: scoring context", "link found as same_topic",
                            "link found as same_event", "a counterpart not extracted",
                            "the claim's own event not extracted", "not recovered: scoring context"}
    causes = {c.split(":", 1)[0] if c.startswith(TOGETHER) else c for c in (*report.link_causes, *report.status_causes)}
    assert causes <= named
    # All changes at once make the extracted events the oracle's, less their evidence spans: every lost link comes back.
    assert report.gained[TOGETHER] == len(lost)
    assert sum(1 for n in report.notes if n.startswith("link ")) == len(lost)


def test_a_claim_no_event_stands_for_is_counted_by_how_near_extraction_came(tmp_path):
    from excerpt.loader import load_folder
    from parity.evaluate import matched_events
    from timeline.build import build_timeline
    from timeline.evalgold import load_gold
    from timeline.events import extract

    folder = _story(tmp_path)
    report = bridge_story(folder, verbose=True)
    excerpts = load_folder(folder).excerpts
    gold = load_gold(folder)
    match = matched_events(gold, build_timeline(excerpts, [extract(e) for e in excerpts]).events,
                           {e.id: e.body for e in excerpts})
    lost = {n.split(" ", 1)[1].split(": ", 1)[0] for n in report.notes if n.startswith("status ")}
    lost |= {ref for n in report.notes if n.startswith("link ") for ref in n[5:].split(" (", 1)[0].split(" ~ ")}
    unmatched = {ref for ref in lost if match[ref] is None}
    assert sum(report.unextracted.values()) == sum(report.unextracted_kinds.values()) == len(unmatched)
    assert sum(1 for n in report.notes if n.startswith("not extracted ")) == len(unmatched)


def test_blind_corpora_give_counts_only(tmp_path):
    _story(tmp_path, "heldout24")
    lines = bridge_corpus(tmp_path / "heldout24", verbose=True)
    assert "heldout24 is blind: counts only" in lines
    assert not any("tw-0" in line for line in lines)  # no event of a blind story is named
    shown = bridge_corpus(_story(tmp_path, "dev").parent, verbose=True)
    assert any("tw-0" in line for line in shown)


def test_main_prints_the_bridge(tmp_path, capsys):
    _story(tmp_path)
    assert main(["--eval", str(tmp_path / "corpus"), "--bridge"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("all      bridge: of ")
    assert any(line.strip().startswith(TOGETHER) for line in out)


BODY = "Navy ships fired on the boat on Monday, the coast guard said. Fishermen fled."


def _excerpt():
    from excerpt.models import Excerpt

    return Excerpt(id="x-01", path="x-01.txt", sha256="0" * 64, title="t", outlet="o", published="2020-01-02",
                   body=BODY, paragraphs=paragraphs_of(BODY))


def test_how_near_tells_a_held_anchor_from_an_overlap_and_an_empty_sentence():
    excerpt = _excerpt()
    act = event("x-01", BODY[:36], "other")  # "Navy ships fired on the boat on Monday"
    said = GoldEvent(excerpt="x-01", anchor="the coast guard said", kind="statement")
    fired = GoldEvent(excerpt="x-01", anchor="fired on the boat", kind="other")
    fled = GoldEvent(excerpt="x-01", anchor="Fishermen fled", kind="other")
    assert _how_near(fired, excerpt, [act]) == "an event of its kind holds its anchor, matched to another gold event"
    assert _how_near(said, excerpt, [act]) == "another event of its sentence only"
    assert _how_near(fled, excerpt, [act]) == "nothing in its sentence"
    part = event("x-01", BODY[:20], "other")  # "Navy ships fired on " ends inside the anchor
    assert _how_near(fired, excerpt, [part]) == "an event overlaps its anchor, not holding it all"


def test_each_change_alters_only_what_it_names():
    excerpt = _excerpt()
    got = event("x-01", BODY, "statement", actor="Fishermen", day="2020-01-01", count="3")
    noise = event("x-01", "Fishermen fled.", "other")
    gold = GoldEvent(excerpt="x-01", anchor="fired on the boat", kind="other", actor="Chile",
                     start="2020-01-01", end="2020-01-01")
    oracle = event("x-01", BODY, "other", actor="Chile", day="2020-01-01", summary="fired on the boat")
    ref = gold.ref
    gold_of, matched, oracle_of = {ref: gold}, {got.id: ref}, {ref: oracle}

    def changed(change: str) -> list:
        lists, ids = _changed([excerpt], [[got, noise]], gold_of, matched, oracle_of, change)
        assert ids == {ref: got.id}  # the changed event keeps its id: links are read by it
        return lists[0]

    kind = changed("kind differs")
    assert [e.kind.value for e in kind] == ["other", "other"] and kind[0].actor == "Fishermen"
    assert changed("actor differs or missing")[0].actor == "Chile"
    assert changed("date differs or undated")[0] is got  # the date was right: nothing changed
    assert changed("count differs or missing")[0].count is None  # the oracle's count: the gold names none
    assert changed(NOISE) == [got]  # the event no gold event matches is left out
    both = changed(TOGETHER)
    assert len(both) == 1 and both[0].kind.value == "other" and both[0].summary == "fired on the boat"


def test_the_first_change_that_brings_a_link_back_is_its_cause():
    link = GoldLink(a="x-01:a", b="x-02:b", relation="same_event")
    back = Outcome(links={link.pair}, relations={link.pair: "same_event"}, statuses={})
    none = Outcome(links=set(), relations={}, statuses={})
    outcomes = {change: none for change in (*CHANGES, TOGETHER)}
    ids = {"x-01:a": "x-01-aaaaaa", "x-02:b": "x-02-bbbbbb"}
    assert _link_cause(link, ids, outcomes, none) == "not linked: scoring context"
    outcomes["words differ (summary, evidence, quote)"] = outcomes["date differs or undated"] = back
    assert _link_cause(link, ids, outcomes, none) == "date differs or undated"  # dates come first in CHANGES
    assert _link_cause(link, {"x-01:a": "x-01-aaaaaa"}, outcomes, none) == MISSING
    found_other = Outcome(links=set(), relations={link.pair: "same_topic"}, statuses={})
    assert _link_cause(link, ids, {c: none for c in outcomes}, found_other) == "link found as same_topic"


def test_bridges_add_up():
    total, one = Bridge(name="all"), Bridge(name="x", oracle_links=3, link_causes=Counter({"kind differs": 2}))
    total.add(one)
    total.add(one)
    assert total.oracle_links == 6 and total.link_causes == Counter({"kind differs": 4})
    assert total.lines()[1] == "       4  kind differs"


def test_several_together_is_named_by_the_parts_it_cannot_do_without():
    from parity.bridge import PARTS

    back = Outcome(links={frozenset(("a", "b"))}, relations={}, statuses={})
    none = Outcome(links=set(), relations={}, statuses={})
    without = {part: back for part in PARTS}
    without["kind differs"] = without["date differs or undated"] = none

    def got_back(outcome):
        return frozenset(("a", "b")) in outcome.links

    assert _needed(got_back, without) == "several together: kind+date"
    assert _needed(got_back, {part: back for part in PARTS}) == "several together: any of several"
