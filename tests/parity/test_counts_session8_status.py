"""Hedged and partitive counts (session 8, statuses): fresh phrases of news English; the hedge is shown with
its figure, a partitive ("six of its sailors") counts its noun, and hedged figures are compared as figures."""

from __future__ import annotations

import pytest

from parity import lexicon

# (phrase, value, shown)
READ = [
    ("gunmen killed at least 20 soldiers, the army said", "20", "at least 20 soldiers"),
    ("More than 40 people were wounded in the blast", "40", "More than 40 people"),
    ("the strikes killed upwards of 300 civilians in the city", "300", "upwards of 300 civilians"),
    ("officials said nearly 300 migrants were intercepted", "300", "nearly 300 migrants"),
    ("the army said about 80 rebels were captured", "80", "about 80 rebels"),
    ("some 27 ships are waiting in the ports", "27", "some 27 ships"),
    ("the militia holds up to 30 hostages in the compound", "30", "up to 30 hostages"),
    ("fewer than 10 vessels, the coast guard said", "10", "fewer than 10 vessels"),
    ("the navy fired 11 ballistic missiles into the sea", "11", "11 ballistic missiles"),
    ("the coast guard said six of its sailors were hurt", "6", "six of its sailors"),
    ("three of the crew were taken ashore", "3", "three of the crew"),
    ("the ministry said 12 of their fishermen were held", "12", "12 of their fishermen"),
]


@pytest.mark.parametrize(("phrase", "value", "shown"), READ, ids=[r[0] for r in READ])
def test_hedged_and_partitive_counts_are_read(phrase, value, shown):
    (got,) = lexicon.counts_in(phrase)
    assert (got[0], got[2]) == (value, shown)


NOT_COUNTED = [
    "one of the ships was hit",  # one singled out
    "two of the three boats returned",  # the three are counted, never "two of the"
    "one of its drones crashed",
]


@pytest.mark.parametrize("phrase", NOT_COUNTED)
def test_partitives_that_single_out_count_no_part(phrase):
    assert all(not shown.startswith(("one of", "two of")) for _, _, shown in lexicon.counts_in(phrase))


def _diff(a: str, b: str):
    from tests.parity.helpers import event, record, scored
    recs = [record("a", "Wire A", "2021-06-08"), record("b", "Paper B", "2021-06-08")]
    # Each event counts its own figure (a same_event count difference needs one: score._event_differences).
    ea = event("a", a, "other", day="2021-06-07", count=lexicon.counts_in(a)[0][0])
    eb = event("b", b, "other", day="2021-06-07", count=lexicon.counts_in(b)[0][0])
    got = scored(recs, ea, eb)
    return [(d.here, d.there) for d in got.differences if d.attribute == "count"] if got else None


DIFFER = [
    ("Rebels killed at least 20 villagers in an attack on Mukondi.", "Rebels killed 16 villagers in an attack on Mukondi.",
     [("at least 20 villagers", "16 villagers")]),
    ("The navy said six of its sailors were wounded in the clash at the strait.",
     "The border service said three of the sailors were wounded in the clash at the strait.",
     [("six of its sailors", "three of the sailors")]),
    ("Gunmen killed more than 20 soldiers in an ambush near Diffa.", "Gunmen killed at least 20 soldiers in an ambush near Diffa.", []),
]


@pytest.mark.parametrize(("a", "b", "want"), DIFFER, ids=[w[0][0] if w else "one figure" for _, _, w in DIFFER])
def test_count_differences_show_the_hedge_and_the_part(a, b, want):
    assert _diff(a, b) == want


def test_a_hedged_length_of_time_is_still_no_count():
    from parity.claims import _counts_of
    assert _counts_of("The missile flew for about 50 minutes before it fell into the sea.") == ()
