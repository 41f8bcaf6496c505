"""Session 17 (lead): heldout11 is declassified for study (a dev set since); the sets around it stay blind."""

from pathlib import Path

import pytest

from parity.bridge import bridge_corpus
from tests.parity.test_bridge import _story
from timeline import evaldates
from timeline.evalverbs import is_blind

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(("name", "blind"), [("heldout8", True), ("heldout9", False), ("heldout11", False),
                                             ("heldout13", False), ("heldout5", True), ("heldout6", True),
                                             ("heldout24", True)])
def test_heldout11_is_open_and_its_neighbours_stay_blind(name, blind):
    assert is_blind(DATA / name) is blind


def test_the_bridge_lists_heldout11_and_not_heldout24(tmp_path):
    for name, listed in (("heldout11", True), ("heldout24", False)):
        _story(tmp_path, name)
        assert any("tw-0" in line for line in bridge_corpus(tmp_path / name, verbose=True)) is listed


def test_date_causes_read_heldout11_and_refuse_heldout24(capsys):
    assert evaldates.main(["--corpus", str(DATA / "heldout24"), "-v"]) == 2
    assert "blind corpus" in capsys.readouterr().err
    assert evaldates.main(["--corpus", str(DATA / "heldout11"), "-v"]) == 0
