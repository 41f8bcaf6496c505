"""Session 5 statement categories (heldout4's misses, rewritten fresh): one test per rule."""

from __future__ import annotations

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published="2023-10-12"))


def _statements(text: str) -> list:
    return [e for e in _events(text) if e.kind.value == "statement"]


def _covering(text: str, anchor: str, kind: str = "statement"):
    """The event of that kind whose evidence holds the anchor (the test fails when none does)."""
    start = text.index(anchor)
    found = [e for e in _events(text) if e.kind.value == kind
             and e.evidence.start <= start and start + len(anchor) <= e.evidence.end]
    assert found, f"no {kind} holds {anchor!r}: {[(e.kind.value, e.evidence.exact) for e in _events(text)]}"
    return found[0]


def test_a_known_surname_that_is_a_month_speaks() -> None:
    text = ("Prime Minister Jacinta March opened the session in Canberra. On Tuesday, March said the "
            "embassy would stay shut.")
    assert _covering(text, "March said the embassy").actor == "Jacinta March"


def test_an_honorific_before_a_surname_that_is_a_month() -> None:
    text = "Foreign Secretary Alan June flew to Oslo. Mr June told MPs on 3 October that Norway agreed."
    assert _covering(text, "Mr June told MPs").actor == "Alan June"


def test_a_month_with_no_such_person_named_stays_a_date() -> None:
    assert [e.actor for e in _statements("In May, Chile said it would recall its envoy.")] == ["Chile"]


def test_a_speech_to_come_is_a_planned_statement() -> None:
    st = _covering("President Gabriel Boric is due to speak later on Thursday.", "Boric is due to speak")
    assert (st.actor, st.modality.value, str(st.date.start)) == ("Gabriel Boric", "planned", "2023-10-12")


def test_an_address_to_the_nation_and_its_announcer_are_two_statements() -> None:
    text = "President Lula da Silva was to address the nation on Friday evening, his spokesman said."
    plan = _covering(text, "was to address the nation")
    assert (plan.actor, plan.modality.value) == ("Lula da Silva", "planned")
    assert "his spokesman said" not in plan.evidence.exact
    assert _covering(text, "his spokesman said") is not plan


def test_speaking_with_someone_is_no_planned_speech() -> None:
    assert _statements("Chancellor Olaf Scholz will speak with President Andrzej Duda on Monday.") == []
    assert _statements("The minister will address the shortage of shells next year.") == []


def test_according_to_an_unnamed_source_is_a_statement_and_its_clause_an_act() -> None:
    text = "According to a well-placed source in the navy, Kenya released seven fishermen on Friday evening."
    st = _covering(text, "According to a well-placed source in the navy")
    assert st.actor is None and st.date.start is None  # the clause's day is the release's, not the source's
    act = _covering(text, "Kenya released seven fishermen", "other")
    assert act.actor == "Kenya" and not act.evidence.exact.startswith("According")
    assert str(act.date.start) == "2023-10-06"


def test_according_to_people_familiar_and_to_officers_at_a_place() -> None:
    assert _covering("According to people familiar with the case, the convoy turned back.",
                     "According to people familiar").actor is None
    assert _covering("Crews had sheltered in the tunnels, according to officers at the depot.",
                     "according to officers at the depot").actor is None


def test_the_source_named_before_speaks_again() -> None:
    text = "A security source said the drones came from the south. None was intercepted, the source said."
    assert _covering(text, "None was intercepted, the source said").actor is None


def test_official_results_are_no_unnamed_source() -> None:
    text = "Chile held a plebiscite on Sunday in which, according to official figures, 62 percent voted no."
    assert {e.actor for e in _statements(text)} == {"Chile"}
