"""Session 26 (lead): a gold event's modality is checked when the gold loads, naming the file (not a later traceback)."""

from pathlib import Path

import pytest

from excerpt.errors import ExcerptError
from timeline.evalgold import load_gold

GOLD = """story = "s"
[[event]]
excerpt = "a"
anchor = "fired"
kind = "missile_test"
modality = "{modality}"
"""


@pytest.mark.parametrize("modality", ["possible", "Asserted", "maybe"])
def test_an_unknown_modality_is_an_error_naming_the_gold_file(tmp_path: Path, modality: str):
    (tmp_path / "gold.toml").write_text(GOLD.format(modality=modality), encoding="utf-8")
    with pytest.raises(ExcerptError) as caught:
        load_gold(tmp_path)
    assert "gold.toml" in str(caught.value) and repr(modality) in str(caught.value)


@pytest.mark.parametrize("modality", ["asserted", "planned", "expected", "conditional", "denied", "reported_claim"])
def test_every_record_modality_loads(tmp_path: Path, modality: str):
    (tmp_path / "gold.toml").write_text(GOLD.format(modality=modality), encoding="utf-8")
    assert load_gold(tmp_path).events[0].modality == modality
