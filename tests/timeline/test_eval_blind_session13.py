"""Session 13 (lead): one blind rule for every evaluator: heldout5 and later are blind unless declassified (heldout7, 10)."""

from pathlib import Path

import pytest

from timeline import evaldates
from timeline.evalverbs import is_blind

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(("name", "blind"), [("heldout4", False), ("heldout5", True), ("heldout7", False),
                                             ("heldout10", False), ("heldout8", True), ("heldout24", True),
                                             ("heldout27", True)])
def test_blind_sets_are_heldout5_on_less_the_declassified(name, blind):
    assert is_blind(DATA / name) is blind


@pytest.mark.parametrize("name", ["heldout8", "heldout24"])
def test_date_causes_refuse_to_list_a_blind_set(name, capsys):
    # The date-causes list stopped at heldout9: -v on heldout11-13 would have printed their gold phrases.
    assert evaldates.main(["--corpus", str(DATA / name), "-v"]) == 2
    out, err = capsys.readouterr()
    assert "blind corpus" in err and out == ""
