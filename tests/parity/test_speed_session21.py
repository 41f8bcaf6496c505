"""Session 21 (pspeed21): the per-text caches of without_settings and denies_joined give the answers of the
functions they wrap, and the workers' and the driver's cache clearing empties them."""

from __future__ import annotations

import pytest

from parity import claims, lexicon, stance

# Sentences of our own (other crises, outlets, years): settings, denials, both and neither.
TEXTS = [
    "Following talks with Hanoi, the Philippine foreign secretary warned Beijing against further incursions.",
    "After negotiations in Nairobi, the Ethiopian envoy rejected Cairo's demands over the dam.",
    "Moscow denied that its aircraft had entered Estonian airspace on Tuesday.",
    "The ministry dismissed as baseless reports that Caracas had moved troops toward the Essequibo.",
    "Kenya called for a return to negotiations on the maritime boundary.",
    "Sanctions were discussed during the talks in Doha, a diplomat said.",
    "Seoul said it had not been informed of the launch in advance.",
    "",
]


def test_without_settings_cached_is_the_uncached_answer() -> None:
    lexicon.clear_caches()
    for text in TEXTS * 2:  # the second pass reads from the cache
        assert lexicon.without_settings(text) == lexicon.without_settings.__wrapped__(text), text
    assert lexicon.without_settings.cache_info().hits >= len(TEXTS)


@pytest.mark.parametrize("head", ["Moscow denied the report", "The ministry said", "Officials rejected the claim:", ""])
def test_denies_joined_cached_is_the_uncached_answer(head: str) -> None:
    claims.clear_caches()
    for tail in TEXTS * 2:
        assert stance.denies_joined(head, tail) == stance.denies_joined.__wrapped__(head, tail), (head, tail)
        # And still the denial test of the joined text, as session 17 defined it.
        assert stance.denies_joined(head, tail) == stance.denies(f"{head} {tail}"), (head, tail)


def test_clearing_empties_the_new_caches() -> None:
    lexicon.without_settings("Following talks with Hanoi, the envoy warned Beijing.")
    stance.denies_joined("Hanoi denied it", "Hanoi denied the report on Monday.")
    assert lexicon.without_settings.cache_info().currsize > 0
    assert stance.denies_joined.cache_info().currsize > 0
    lexicon.clear_caches()
    claims.clear_caches()
    assert lexicon.without_settings.cache_info().currsize == 0
    assert stance.denies_joined.cache_info().currsize == 0
