"""Session 11: fresh claim pairs (link_pairs_session11.toml) read by extraction and parity end to end: one act told in
other verbs (parity/data/paraphrases.toml) and, for each such rule, pairs that must not link (one actor's other acts on
one day, one actor's act and another state's answer in the same words, a measure named like an act)."""

from __future__ import annotations

import pytest

from parity import lexicon
from tests.parity.helpers import check_pair, pair_param, pair_rows

ROWS = pair_rows("link_pairs_session11.toml")


def test_table_shape() -> None:
    """Every rule's must-link rows have must-not-link rows beside them."""
    assert sum(r["relation"] in ("none", "not_same_event") for r in ROWS) >= len(ROWS) // 3


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


@pytest.mark.parametrize(("a", "b"), [
    ("expelled two diplomats", "were ordered to leave the country"),
    ("the envoy was kicked out", "the expulsion of the envoy"),
    ("hijacked a tanker", "seized a tanker"),
])
def test_paraphrases_share_a_word(a: str, b: str) -> None:
    """One act in other words reads as one content word in both (paraphrases.toml [heads])."""
    wa, wb = set(lexicon.content_words(a)), set(lexicon.content_words(b))
    assert wa & wb - {"tanker", "airport", "envoy", "diplomat"}


@pytest.mark.parametrize(("a", "b", "one_doer", "want"), [
    ("fired a barrage of rockets", "attacked the town", True, True),
    ("fired a barrage of rockets", "attacked the town", False, False),
    ("fired a barrage of rockets", "condemned the attack on the town", True, False),
    ("shelled the town", "attacked the town", True, True),
    ("took control of the airport", "attacked the convoy", True, False),
])
def test_attack_heads(a: str, b: str, one_doer: bool, want: bool) -> None:
    """An attack is one head with a barrage, a launch or a shelling only when both name one doer ([one_doer])."""
    assert bool(lexicon.one_head(lexicon.content_words(a), lexicon.content_words(b), one_doer)) is want


def test_targeted_sanctions_no_attack() -> None:
    """"targeted sanctions" names a measure, not an attack: no act head in it."""
    assert not lexicon.act_heads().intersection(lexicon.content_words("imposed targeted sanctions on seven officials"))
    assert lexicon.act_heads().intersection(lexicon.content_words("targeted the air base"))


def test_recall_is_an_act_of_its_own() -> None:
    """A state recalling its own envoy is an act head of its own, no summons (paraphrases.toml recall)."""
    recalled = lexicon.content_words("recalled its ambassador from Paris")
    summoned = lexicon.content_words("summoned the French ambassador")
    assert lexicon.act_heads().intersection(recalled)
    assert not lexicon.one_head(recalled, summoned, True)
    assert not lexicon.act_heads().intersection(lexicon.content_words("Putin recalled that the talks had failed"))
