"""The actor of an act is the main clause's subject, not a name inside its relative clause or modifier."""

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract


def _acts(body: str) -> list[tuple[str, str | None]]:
    return [(e.kind.value, e.actor) for e in extract(make_excerpt(body)) if e.kind.value != "statement"]


def test_relative_clause_agent_is_not_the_actor() -> None:
    acts = _acts("Hamas, which is funded by Qatar, fired rockets at southern Israel on Tuesday.")
    assert acts and all(actor == "Hamas" for _, actor in acts)


def test_event_inside_the_relative_clause_takes_the_subject() -> None:
    acts = _acts("Hamas, which fired rockets at Israel on Tuesday, said the truce was over.")
    assert acts and acts[0][1] == "Hamas"


def test_led_compound_gives_the_leading_state() -> None:
    acts = _acts("The Saudi-led coalition bombed a bridge near Sanaa on Thursday.")
    assert acts and acts[0][1] == "Saudi Arabia"


def test_led_compound_before_a_known_group_gives_the_group() -> None:
    acts = _acts("The US-led NATO force bombed a depot outside the city on Thursday.")
    assert acts and acts[0][1] == "NATO"


def test_backed_compound_never_names_the_backer() -> None:
    acts = _acts("Iranian-backed gunmen said they ambushed a convoy near the border on Thursday.")
    assert acts and acts[0][1] != "Iran" and not (acts[0][1] or "").endswith("-backed")
    acts = _acts("Iranian-backed Houthi fighters fired a drone at a tanker on Thursday.")
    assert acts and acts[0][1] == "Houthis"


def _statements(body: str) -> list[str | None]:
    return [e.actor for e in extract(make_excerpt(body)) if e.kind.value == "statement"]


def test_portfolio_ministry_alone_belongs_to_the_state() -> None:
    assert _statements("Norway sent two frigates to the Barents Sea on Tuesday, the Ministry of Fisheries said.") \
        == ["Norway"]
    assert _statements("Greek jets intercepted two drones over the Aegean, the National Defence Ministry said.") \
        == ["Greece"]


def test_government_ministry_alone_is_the_subject_country_not_the_last_named() -> None:
    body = "France sent the frigate FS Surcouf to Lebanese waters on Tuesday, the Ministry of Defence said."
    assert _statements(body) == ["France"]


def test_ship_named_after_an_officer_is_no_person() -> None:
    events = extract(make_excerpt("The Indian destroyer Admiral Kamorta sailed into Colombo on Thursday."))
    assert [(e.kind.value, e.actor) for e in events] == [("ship_movement", "India")]


def test_second_title_before_a_name_is_role_not_name() -> None:
    events = extract(make_excerpt("Supreme Leader Ayatollah Reza Karimi warned on Friday that Tehran would respond."))
    assert [e.actor for e in events if e.kind.value == "statement"] == ["Reza Karimi"]
    events = extract(make_excerpt("Junta spokesman Colonel-Major Issa Konate said on Friday that the troops had left."))
    assert [e.actor for e in events if e.kind.value == "statement"] == ["Issa Konate"]


def test_demonym_inside_a_deployment_phrase_is_the_actor() -> None:
    acts = _acts("The first contingent of 200 Rwandan soldiers landed in Maputo on Wednesday.")
    assert acts and acts[0][1] == "Rwanda"
    acts = _acts("A battalion of Danish soldiers arrived in Latvia on Wednesday to join the mission.")
    assert acts and acts[0][1] == "Denmark"


def test_country_before_a_named_office_owns_it() -> None:
    assert "United States" in [a for _, a in _acts(
        "The U.S. Treasury Department sanctioned six Iranian shipping firms on Tuesday.")]
    assert _statements("A rocket was fired from the coast on Tuesday, Brazil's Science and Technology Ministry said.") \
        == ["Brazil"]


def test_passive_act_takes_its_by_agent() -> None:
    acts = _acts("Fresh sanctions were imposed by Canada on four Belarusian officials on Wednesday.")
    assert ("sanction", "Canada") in acts
