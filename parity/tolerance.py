"""When two sources' figures are one count: a hedged round figure and one it rounds (counts.toml [rounding]); not two
kinds of thing counted."""

from __future__ import annotations

from functools import cache

from parity import lexicon


@cache
def _rounding() -> tuple[tuple[tuple[str, ...], ...], int, float]:
    """counts.toml [rounding]: the approximating hedges as word tuples (longest first), the round unit, the share."""
    table = lexicon.load("counts")["rounding"]
    hedges = sorted((tuple(h.casefold().split()) for h in table["approximate"]), key=lambda h: (-len(h), h))
    return tuple(hedges), int(table["round_to"]), float(table["share"])


def _approximate(shown: str) -> bool:
    """shown ("About 30 Venezuelan soldiers") opens with a hedge of approximation."""
    words = tuple(shown.casefold().split())
    return any(words[: len(h)] == h for h in _rounding()[0])


def rounded_alike(value_a: str, shown_a: str, value_b: str, shown_b: str) -> bool:
    """One count is an approximate round figure ("about 30") and the other lies within the share of it ("32")."""
    _, unit, share = _rounding()
    for value, shown, other in ((value_a, shown_a, value_b), (value_b, shown_b, value_a)):
        if not (value.isdigit() and other.isdigit()) or not _approximate(shown):
            continue
        hedged = int(value)
        if hedged and hedged % unit == 0 and abs(int(other) - hedged) <= share * hedged:
            return True
    return False


def things_apart(count_a: str, count_b: str) -> bool:
    """Two events' own counts name things of no kind in common ("32 soldiers" / "two farmers"): two counts, not one
    told twice (a count naming no thing, "four", may be of anything)."""
    things_a = lexicon.content_words(" ".join(lexicon.counted_words(count_a)))
    things_b = lexicon.content_words(" ".join(lexicon.counted_words(count_b)))
    if not things_a or not things_b or _generic_people().intersection(things_a + things_b):
        return False  # no thing named, or "people" (a toll of people is any kind of them: counts.toml [persons])
    return lexicon.count_things(tuple(things_a)).isdisjoint(lexicon.count_things(tuple(things_b)))


@cache
def _generic_people() -> frozenset[str]:
    """counts.toml [persons] generic ("people", "persons"), as content_words reads them."""
    return frozenset(lexicon.content_words(" ".join(lexicon.load("counts")["persons"]["generic"])))
