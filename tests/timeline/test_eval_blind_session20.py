"""Session 20 (lead): heldout16 is declassified for study (a dev set since); the sets around it stay blind."""

from pathlib import Path

import pytest

from parity.bridge import bridge_corpus
from tests.parity.test_bridge import _story
from timeline import evaldates
from timeline.evalverbs import is_blind

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(("name", "blind"), [("heldout5", True), ("heldout6", True), ("heldout8", True),
                                             ("heldout14", False), ("heldout15", False), ("heldout16", False),
                                             ("heldout17", False), ("heldout24", True), ("heldout160", True)])
def test_heldout16_is_open_and_its_neighbours_stay_blind_but_heldout17_since_session21(name, blind):
    assert is_blind(DATA / name) is blind


def test_the_bridge_lists_heldout16_and_not_heldout24(tmp_path):
    for name, listed in (("heldout16", True), ("heldout24", False)):
        _story(tmp_path, name)
        assert any("tw-0" in line for line in bridge_corpus(tmp_path / name, verbose=True)) is listed


def test_date_causes_read_heldout16_and_refuse_heldout24(capsys):
    assert evaldates.main(["--corpus", str(DATA / "heldout24"), "-v"]) == 2
    assert "blind corpus" in capsys.readouterr().err
    assert evaldates.main(["--corpus", str(DATA / "heldout16"), "-v"]) == 0


def test_timeline_evaluate_refuses_verbose_on_a_blind_set_and_reads_a_declassified_one(capsys):
    from timeline import evaluate

    assert evaluate.main(["--corpus", str(DATA / "heldout24"), "-v"]) == 2
    assert "blind corpus" in capsys.readouterr().err
    assert evaluate.main(["--corpus", str(DATA / "heldout16"), "-v"]) == 0
    assert "missed" in capsys.readouterr().out


def test_parity_evaluate_refuses_verbose_on_a_blind_set_and_reads_a_declassified_one(capsys):
    from parity import evaluate

    assert evaluate.main(["--eval", str(DATA / "heldout24"), "-v"]) == 2
    assert "blind corpus" in capsys.readouterr().err
    assert evaluate.main(["--eval", str(DATA / "heldout16"), "-v", "--oracle"]) == 0
    assert "miss" in capsys.readouterr().out
