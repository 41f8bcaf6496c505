"""build_parity on hand-built multi-source stories: gold links and statuses, order, schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from parity.build import build_parity
from parity.models import Parity
from pipeline.schemas import load as load_schema
from tests.parity.helpers import event, record, timeline
from tests.parity.stories import STORIES


@pytest.mark.parametrize("name", sorted(STORIES))
def test_story_links_match_gold(name):
    story = STORIES[name]()
    key = {e.id: k for k, e in story.events.items()}
    parity = build_parity(story.timeline)
    found = {}
    for c in parity.claims:
        for link in c.links:
            found[frozenset({key[c.event], key[link.event]})] = link.relation.value
    assert found == story.links


@pytest.mark.parametrize("name", sorted(STORIES))
def test_story_statuses_match_gold(name):
    story = STORIES[name]()
    key = {e.id: k for k, e in story.events.items()}
    statuses = {key[c.event]: c.status.value for c in build_parity(story.timeline).claims}
    assert statuses == story.statuses


def test_differences_name_both_values():
    story = STORIES["grain"]()
    parity = build_parity(story.timeline)
    by_event = {c.event: c for c in parity.claims}
    ships = by_event[story.events["post_ships"].id]
    (link,) = ships.links
    assert link.event == story.events["agency_ships"].id
    assert [(d.attribute, d.here, d.there) for d in link.differences] == [("count", "Some 27 ships", "17 ships")]
    mirror = by_event[story.events["agency_ships"].id].links[0]
    assert [(d.attribute, d.here, d.there) for d in mirror.differences] == [("count", "17 ships", "Some 27 ships")]


def test_the_wire_and_its_relays_are_one_origin():
    story = STORIES["grain"]()
    parity = build_parity(story.timeline)
    (origin,) = [o for o in parity.origins if o.name == "Reuters"]
    assert origin.events == [story.events["post_sail"].id, story.events["news_sail"].id]
    assert origin.excerpts == ["g1", "g2"]
    link = next(c for c in parity.claims if c.event == story.events["post_sail"].id).links
    assert {(lk.event, lk.independent) for lk in link} == {
        (story.events["news_sail"].id, False), (story.events["agency_sail"].id, True)}


def test_claims_follow_record_order_and_links_are_sorted_and_cross_source():
    story = STORIES["tanker"]()
    parity = build_parity(story.timeline)
    assert [c.event for c in parity.claims] == [e.id for e in story.timeline.events]
    for c in parity.claims:
        assert all(link.excerpt != c.excerpt for link in c.links)
        assert [(lk.excerpt, lk.event) for lk in c.links] == sorted((lk.excerpt, lk.event) for lk in c.links)


def test_output_is_deterministic_and_valid_against_the_schema():
    story = STORIES["tanker"]()
    first = json.dumps(build_parity(story.timeline).to_json_dict(), ensure_ascii=False, indent=2)
    second = json.dumps(build_parity(STORIES["tanker"]().timeline).to_json_dict(), ensure_ascii=False, indent=2)
    assert first == second
    data = json.loads(first)
    jsonschema.validate(data, load_schema("parity.schema.json"))
    assert Parity.model_validate(data).claims[0].event == story.timeline.events[0].id


def test_one_source_alone_is_single_source_everywhere():
    evs = [event("a1", "The parliament of Ruritania voted to leave the customs union on Tuesday.", "other",
                 actor="Ruritania", day="2024-02-06"),
           event("a1", "The vote passed with 212 votes to 90.", "other", count="212", day="2024-02-06")]
    parity = build_parity(timeline([record("a1", "Ruritanian Post", "2024-02-07")], evs))
    assert [c.status.value for c in parity.claims] == ["single_source", "single_source"]
    assert all(c.links == [] for c in parity.claims)


def test_same_excerpt_claims_are_never_linked():
    text = "Iran seized the tanker Stena Impero in the Strait of Hormuz on Friday."
    evs = [event("b1", text, "other", actor="Iran", day="2019-07-19", objects=("Stena Impero",)),
           event("b1", text + " ", "other", actor="Iran", day="2019-07-19", objects=("Stena Impero",))]
    parity = build_parity(timeline([record("b1", "Gulf Wire Service", "2019-07-20")], evs))
    assert all(c.links == [] for c in parity.claims)


def test_a_body_credit_makes_two_outlets_one_witness():
    text = "Azerbaijan and Armenia agreed on Tuesday to open a second border crossing near Lachin."
    recs = [record("k1", "Caucasus Courier", "2023-06-07"), record("k2", "Regional Digest", "2023-06-07"),
            record("k3", "Yerevan Observer", "2023-06-07")]
    other = "A second crossing near Lachin will open under a deal struck by Baku and Yerevan on Tuesday."
    evs = [event("k1", text, "meeting", actor="Azerbaijan", day="2023-06-06"),
           event("k2", text, "meeting", actor="Azerbaijan", day="2023-06-06"),
           event("k3", other, "meeting", actor="Azerbaijan", day="2023-06-06")]
    bodies = {"k1": f"{text}\n\nSource: Interfax\n", "k2": f"BAKU (Interfax) - {text}\n", "k3": other}
    parity = build_parity(timeline(recs, evs), bodies=bodies)
    by_excerpt = {c.excerpt: c for c in parity.claims}
    assert {lk.excerpt: lk.independent for lk in by_excerpt["k1"].links} == {"k2": False, "k3": True}
    assert [(o.name, o.excerpts) for o in parity.origins] == [("Interfax", ["k1", "k2"])]
    assert by_excerpt["k1"].status.value == "corroborated"  # by k3, not by its own copy


def test_same_output_whatever_the_hash_seed():
    import os
    import subprocess
    import sys

    code = ("import json; from parity.build import build_parity; from tests.parity.stories import STORIES; "
            "print(json.dumps([build_parity(STORIES[n]().timeline).to_json_dict() for n in sorted(STORIES)]))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outs) == 1 and '"claims"' in outs.pop()
