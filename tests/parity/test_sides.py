"""Acts told across kinds, sides and times (parity/acts.py) on fresh stories (stories_sides.py)."""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.build import build_parity
from parity.claims import claims_of
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import event, record, timeline
from tests.parity.stories_sides import drills, ossetia


def _found(story):
    key = {e.id: k for k, e in story.events.items()}
    parity = build_parity(story.timeline)
    links = {frozenset({key[c.event], key[link.event]}): link for c in parity.claims for link in c.links}
    return links, {key[c.event]: c.status.value for c in parity.claims}


@pytest.mark.parametrize("make", [ossetia, drills])
def test_story_links_and_statuses_match_gold(make):
    story = make()
    links, statuses = _found(story)
    assert {k: v.relation.value for k, v in links.items()} == story.links
    assert statuses == story.statuses


def test_one_shootdown_told_by_both_sides_conflicts_on_the_count_not_the_actor():
    links, _ = _found(ossetia())
    link = links[frozenset({"downed", "lost"})]
    assert [(d.attribute, {d.here, d.there}) for d in link.differences] == [("count", {"four", "two"})]


RECS = [record("x1", "Tbilisi Wire", "2008-08-08"), record("x2", "Moscow Ledger", "2008-08-10")]


def _pair(a, b):
    claims = claims_of(timeline(RECS, [a, b]))
    fa, fb = (next(x for x in claims if x.id == e.id) for e in (a, b))
    return score_pair(fa, fb, build_index(claims))


STRIKE = event("x2", "Russian bombers struck Georgian positions outside Gori on Saturday.", "other", actor="Russia",
               day="2008-08-09", summary="Russian bombers struck Georgian positions")


def test_a_strike_and_the_counter_strike_a_day_apart_are_two_acts():
    first = event("x1", "Georgian jets bombed Russian positions near Java on Friday.", "other", actor="Georgia",
                  day="2008-08-08", summary="Georgian jets bombed Russian positions")
    scored = _pair(first, STRIKE)
    assert scored is None or scored.relation != Relation.same_event


def test_a_threat_links_only_the_later_act_of_its_own_side():
    threat = event("x1", "Moscow vowed on Friday to retaliate for the attack.", actor="Russia", day="2008-08-08",
                   summary="Moscow vowed to retaliate")
    assert _pair(threat, STRIKE).relation == Relation.same_topic
    late = event("x1", threat.evidence.exact.replace("Friday", "Sunday"), actor="Russia", day="2008-08-10",
                 summary="Moscow vowed to retaliate")
    assert _pair(late, STRIKE) is None  # said after the strike: not the threat of it
    other_side = event("x1", "Tbilisi vowed on Friday to retaliate for the attack.", actor="Georgia",
                       day="2008-08-08", summary="Tbilisi vowed to retaliate")
    assert _pair(other_side, STRIKE) is None
    attribution = event("x1", "Russian bombers struck Georgian positions on Friday, the ministry said.",
                        actor="Russia", day="2008-08-08", summary="the ministry said")
    assert _pair(attribution, STRIKE) is None  # no cue of an act to come: a report, not a threat


def test_a_drill_without_a_shot_is_not_the_missile_test_of_its_day():
    story = drills()
    links, _ = _found(story)
    assert frozenset({"test", "opened"}) not in links
    assert links[frozenset({"test", "livefire"})].relation == Relation.same_event
