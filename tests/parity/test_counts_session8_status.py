"""Hedged and partitive counts (session 8, statuses): fresh phrases of news English read as intervals
(parity/data/counts.toml) and compared as intervals, so "at least 20" holds "23" and not "16"."""

from __future__ import annotations

import pytest

from parity import lexicon

INF = float("inf")

# (phrase, value, shown, interval)
READ = [
    ("gunmen killed at least 20 soldiers, the army said", "20", "at least 20 soldiers", (20, INF)),
    ("More than 40 people were wounded in the blast", "40", "More than 40 people", (41, INF)),
    ("the strikes killed upwards of 300 civilians in the city", "300", "upwards of 300 civilians", (301, INF)),
    ("officials said nearly 300 migrants were intercepted", "300", "nearly 300 migrants", (270, 300)),
    ("the army said about 80 rebels were captured", "80", "about 80 rebels", (76, 84)),
    ("some 27 ships are waiting in the ports", "27", "some 27 ships", (25.65, 28.35)),
    ("the militia holds up to 30 hostages in the compound", "30", "up to 30 hostages", (0, 30)),
    ("fewer than 10 vessels, the coast guard said", "10", "fewer than 10 vessels", (0, 9)),
    ("the navy fired 11 ballistic missiles into the sea", "11", "11 ballistic missiles", (11, 11)),
    ("the coast guard said six of its sailors were hurt", "6", "six of its sailors", (6, 6)),
    ("three of the crew were taken ashore", "3", "three of the crew", (3, 3)),
    ("the ministry said 12 of their fishermen were held", "12", "12 of their fishermen", (12, 12)),
]


@pytest.mark.parametrize(("phrase", "value", "shown", "interval"), READ, ids=[r[0] for r in READ])
def test_hedged_counts_read_as_intervals(phrase, value, shown, interval):
    (got,) = lexicon.counts_in(phrase)
    assert (got[0], got[2]) == (value, shown)
    lo, hi = lexicon.count_range(got[0], got[2])
    assert lo == pytest.approx(interval[0]) and hi == pytest.approx(interval[1])


NOT_COUNTED = [
    "one of the ships was hit",  # one singled out
    "two of the three boats returned",  # the three are counted, never "two of the"
    "one of its drones crashed",
]


@pytest.mark.parametrize("phrase", NOT_COUNTED)
def test_partitives_that_single_out_count_no_part(phrase):
    assert all(not shown.startswith(("one of", "two of")) for _, _, shown in lexicon.counts_in(phrase))


AGREE = [
    ("killed at least 20 soldiers", "23 soldiers were killed", True),
    ("killed at least 20 soldiers", "16 soldiers were killed", False),
    ("More than 20 soldiers died", "at least 20 soldiers died", True),
    ("nearly 300 migrants", "290 migrants", True),
    ("nearly 300 migrants", "310 migrants", False),
    ("about 100 missiles", "some 85 missiles", False),
    ("about 100 missiles", "98 missiles", True),
    ("up to 30 hostages", "12 hostages", True),
    ("fewer than 10 vessels", "12 vessels", False),
    ("six of its sailors", "three sailors", False),
    ("12 of its crew", "twelve crew members", True),
]


@pytest.mark.parametrize(("a", "b", "agree"), AGREE, ids=[f"{a} / {b}" for a, b, _ in AGREE])
def test_hedged_counts_agree_when_their_intervals_meet(a, b, agree):
    (va, _, sa), (vb, _, sb) = lexicon.counts_in(a)[0], lexicon.counts_in(b)[0]
    assert lexicon.counts_agree(va, sa, vb, sb) is agree
    assert lexicon.counts_agree(vb, sb, va, sa) is agree


def test_a_hedged_length_of_time_is_still_no_count():
    from parity.claims import _counts_of
    assert _counts_of("The missile flew for about 50 minutes before it fell into the sea.") == ()
