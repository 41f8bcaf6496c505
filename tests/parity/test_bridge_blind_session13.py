"""Session 13 (pe2e13): `parity.evaluate --bridge -v` lists items of no blind heldout set (the list stopped at heldout9,
so heldout11-13 were listed), and lists the sets the lead declassified this session (heldout7, heldout10)."""

from __future__ import annotations

from parity.bridge import bridge_corpus, is_blind
from tests.parity.test_bridge import _story


def test_every_blind_heldout_set_gives_counts_only(tmp_path):
    for name in ("heldout8", "heldout24"):
        _story(tmp_path, name)
        lines = bridge_corpus(tmp_path / name, verbose=True)
        assert f"{name} is blind: counts only" in lines
        assert not any("tw-0" in line for line in lines)  # no event of a blind story is named


def test_the_declassified_sets_are_listed(tmp_path):
    for name in ("heldout7", "heldout10"):
        _story(tmp_path, name)
        assert not is_blind(tmp_path / name)
        assert any("tw-0" in line for line in bridge_corpus(tmp_path / name, verbose=True))
