"""Blocking: candidates only across excerpts, common keys skipped, work grows linearly."""

from __future__ import annotations

from parity.blocking import build_index, candidate_pairs, keys_of
from parity.claims import claims_of
from tests.parity.helpers import event, record, timeline


def _story(k: int, sources: int = 3):
    """Story k: one event reported by several outlets, with a name only this story uses."""
    recs, evs = [], []
    for s in range(sources):
        ex = f"s{k:04d}-{s}"
        recs.append(record(ex, f"Outlet {s}", "2020-03-02"))
        evs.append(event(ex, f"The frigate Vessel{k}x sailed into the port of Harbour{k}y on Sunday with "
                             f"{s + 2} escorts.", "ship_movement", actor=f"Vessel{k}x",
                         objects=(f"Vessel{k}x",), place=f"Harbour{k}y", day="2020-03-01"))
        evs.append(event(ex, f"Officials in Harbour{k}y said weather delayed the frigate by a day.",
                         "statement", day="2020-03-01"))
    return recs, evs


def _claims(stories: int):
    recs, evs = [], []
    for k in range(stories):
        r, e = _story(k)
        recs += r
        evs += e
    return claims_of(timeline(recs, evs))


def test_keys_include_entities_with_their_week_and_words():
    (claim,) = [c for c in _claims(1) if c.kind == "ship_movement"][:1]
    keys = keys_of(claim)
    assert ("object", "vessel0x") in keys
    assert ("object", "vessel0x", "2020-W09") in keys
    assert ("place", "harbour0y") in keys
    assert ("object", "warship") in keys and ("word", "warship") in keys  # "frigate" is a warship


def test_candidates_are_only_across_excerpts_and_sorted():
    claims = _claims(2)
    pairs = candidate_pairs(claims, build_index(claims))
    assert pairs == sorted(pairs)
    assert all(claims[i].excerpt != claims[j].excerpt for i, j in pairs)
    # the same ship in story 0 is a candidate across its three outlets
    ships = [i for i, c in enumerate(claims) if c.actor == "vessel0x"]
    assert {(ships[0], ships[1]), (ships[0], ships[2]), (ships[1], ships[2])} <= set(pairs)


def test_keys_in_too_many_claims_are_skipped():
    claims = _claims(5)
    index = build_index(claims)
    # "frigate" is in every story's claims: with a low max_df it cannot make a candidate on its own
    stories_of = {(claims[i].excerpt[:5], claims[j].excerpt[:5])
                  for i, j in candidate_pairs(claims, index, max_df=4)}
    assert all(a == b for a, b in stories_of)
    assert any(a != b for a, b in {(claims[i].excerpt[:5], claims[j].excerpt[:5])
                                   for i, j in candidate_pairs(claims, index, max_df=10_000)})


def test_candidates_per_claim_are_capped():
    claims = _claims(4)
    index = build_index(claims)
    pairs = candidate_pairs(claims, index, max_df=10_000, per_claim=1)
    assert len(pairs) <= len(claims)


def test_candidate_count_grows_linearly_with_the_record():
    small, large = _claims(20), _claims(200)
    n_small = len(candidate_pairs(small, build_index(small)))
    n_large = len(candidate_pairs(large, build_index(large)))
    assert n_large <= 11 * n_small
