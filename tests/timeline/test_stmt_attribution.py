"""Statements whose attribution was missed or misread: fresh sentences, one per rule."""

from __future__ import annotations

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _statements(text: str) -> list:
    return [e for e in extract_strict(make_excerpt(text, published="2022-03-11")) if e.kind.value == "statement"]


def _one_covering(text: str, anchor: str):
    """The statement whose evidence holds the anchor (the test fails when none does)."""
    start = text.index(anchor)
    found = [e for e in _statements(text) if e.evidence.start <= start and start + len(anchor) <= e.evidence.end]
    assert found, f"no statement holds {anchor!r}: {[e.evidence.exact for e in _statements(text)]}"
    return found[0]


def test_a_month_that_is_a_first_name_after_said_is_a_speaker() -> None:
    text = '"The harbour is closed to us," said June Abernethy, a ferry operator in Larne.'
    assert _one_covering(text, "said June Abernethy").actor == "June Abernethy"


def test_a_month_before_a_country_is_still_a_date() -> None:
    events = _statements("In May Chile said it would recall its envoy.")
    assert [e.actor for e in events] == ["Chile"]


def test_placed_sources_open_their_frame() -> None:
    text = ("Uganda's army says the convoy will stay in the corridor until March 20, and officials in Nairobi "
            "said the mission may be extended.")
    st = _one_covering(text, "officials in Nairobi said")
    assert st.actor == "Kenya"
    assert st.evidence.exact.startswith("officials in Nairobi")


def test_a_family_name_after_its_particle_is_part_of_the_speaker() -> None:
    text = "Their commander, Hamid bin-Saqr, has vowed to keep the port closed."
    assert _one_covering(text, "Hamid bin-Saqr, has vowed").actor == "Hamid bin-Saqr"


def test_a_participle_apposition_between_speaker_and_verb() -> None:
    text = "Mette Lindqvist, writing in a Stockholm daily on Sunday, had warned that Sweden would respond."
    assert _one_covering(text, "Mette Lindqvist, writing").actor == "Mette Lindqvist"


def test_an_owner_or_captain_known_only_by_what_they_hold_speaks() -> None:
    text = "Trawlers have worked these banks for decades, and the trawler's owner said the crew had broken no rule."
    st = _one_covering(text, "the trawler's owner said")
    assert st.actor is None


def test_spun_told_a_news_conference() -> None:
    text = "Cabinet Secretary Aiko Tanabe instructed a information convention that Tokyo would protest."
    assert _one_covering(text, "instructed a information convention").actor == "Aiko Tanabe"


def test_a_clause_after_comma_and_is_not_a_joint_subject() -> None:
    text = ("Foreign Minister Lena Dahl said Oslo stood with Helsinki, and NATO allies issued a joint "
            "statement backing the Finnish move.")
    actors = {e.actor for e in _statements(text)}
    assert actors == {"Lena Dahl", "NATO"}
    st = _one_covering(text, "NATO allies issued a joint statement")
    assert "Lena Dahl" not in st.evidence.exact


def test_the_minister_means_someone_named_before_not_after() -> None:
    text = ("Hungarian Foreign Minister Gabor Kiss told reporters on Tuesday that Budapest would not object. "
            "Vienna and Prague declined to take sides, the minister noted, with Czech Foreign Minister "
            "Tomas Benda calling for dialogue.")
    noted = _one_covering(text, "the minister noted")
    assert noted.actor == "Gabor Kiss"


def test_unnamed_sources_in_both_capitals_admit() -> None:
    text = "Demarcating the valley will take years, officials in both capitals admit privately."
    st = _one_covering(text, "officials in both capitals admit")
    assert st.actor is None
