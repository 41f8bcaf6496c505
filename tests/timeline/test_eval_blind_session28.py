"""Session 28 (lead): heldout23 is declassified for study (a dev set since); the sets around it stay blind."""

from pathlib import Path

import pytest

from parity.bridge import bridge_corpus
from tests.parity.test_bridge import _story
from timeline import evaldates
from timeline.evalverbs import is_blind

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(("name", "blind"), [("heldout5", True), ("heldout6", True), ("heldout8", True),
                                             ("heldout18", False), ("heldout23", False), ("heldout20", False),
                                             ("heldout24", True), ("heldout25", True), ("heldout230", True)])
def test_heldout23_is_open_and_its_neighbours_stay_blind(name, blind):
    assert is_blind(DATA / name) is blind


def test_the_bridge_lists_heldout23_and_not_heldout25(tmp_path):
    for name, listed in (("heldout23", True), ("heldout25", False)):
        _story(tmp_path, name)
        assert any("tw-0" in line for line in bridge_corpus(tmp_path / name, verbose=True)) is listed


def test_both_evaluators_read_heldout23_verbosely(capsys):
    from parity import evaluate as parity_evaluate
    from timeline import evaluate as timeline_evaluate

    assert evaldates.main(["--corpus", str(DATA / "heldout23"), "-v"]) == 0
    assert timeline_evaluate.main(["--corpus", str(DATA / "heldout23"), "-v"]) == 0
    assert "missed" in capsys.readouterr().out
    assert parity_evaluate.main(["--eval", str(DATA / "heldout23"), "-v", "--oracle"]) == 0
    assert "miss" in capsys.readouterr().out
