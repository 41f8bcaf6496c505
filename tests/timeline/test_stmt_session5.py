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


def test_a_trailing_speaker_with_a_longer_phrase_leaves_the_act_its_own_words() -> None:
    text = "The trawler was seized on Sunday, its Norwegian operator Havfisk said."
    st = _covering(text, "its Norwegian operator Havfisk said")
    assert st.actor == "Havfisk" and st.date.start is None  # Sunday is the seizure's day
    act = _covering(text, "was seized on Sunday", "other")
    assert "said" not in act.evidence.exact and str(act.date.start) == "2023-10-08"


def test_a_named_body_s_office_or_wing_speaks_for_it() -> None:
    for text, actor in (("Gunboats shelled the depot on Monday, the NATO public affairs office said.", "NATO"),
                        ("Gunboats shelled the depot on Monday, the Pakistani military's media wing said.",
                         "Pakistan")):
        assert _covering(text, "said").actor == actor
        assert not _covering(text, "shelled the depot", "other").evidence.exact.endswith("said.")


def test_a_first_name_before_a_speaking_surname_is_part_of_the_name() -> None:
    text = "Chief Cabinet Secretary Hirokazu Matsuno told reporters that Tokyo had protested."
    assert _covering(text, "Matsuno told reporters").actor == "Hirokazu Matsuno"
    text = "Ursula von der Leyen said on Friday that the bloc would respond."
    assert _covering(text, "Leyen said").actor == "Ursula von der Leyen"


def test_a_surname_alone_takes_the_full_name_the_excerpt_wrote_earlier() -> None:
    text = ("Kaja Kallas cancelled her trip to Tbilisi on Monday. Kallas told reporters in Brussels that the "
            "talks would wait.")
    assert _covering(text, "Kallas told reporters").actor == "Kaja Kallas"


def test_a_name_never_joins_a_word_of_the_paragraph_before() -> None:
    body = "Tensions rose with North Korea\n\nLindqvist told reporters the sanctions had failed."
    assert _covering(body, "Lindqvist told reporters").actor == "Lindqvist"


def test_a_ministry_named_alone_is_the_state_named_with_it_before() -> None:
    body = ("The Turkish Foreign Ministry said on Monday that Ankara would close its airspace.\n\n"
            "Greece's ambassador was summoned to the Foreign Ministry.\n\n"
            "The ministry warned that further steps would follow.\n\n"
            "According to the Foreign Ministry, Greece had ignored two notes.")
    assert _covering(body, "The ministry warned").actor == "Turkey"
    assert _covering(body, "According to the Foreign Ministry").actor == "Turkey"


def test_a_state_office_with_no_state_named_is_the_state_of_the_story() -> None:
    body = ("Pakistani troops shelled two posts on Monday.\n\n"
            "The Army said no soldier was missing.\n\n"
            "A Foreign Ministry spokesperson said the shelling was unprovoked.")
    assert _covering(body, "The Army said").actor == "Pakistan"
    assert _covering(body, "A Foreign Ministry spokesperson said").actor == "Pakistan"


def test_an_embassy_speaks_not_the_city_it_is_in() -> None:
    assert _covering("The Iranian embassy in Baku said the crew was safe.", "said").actor == "Iran"


def test_a_role_named_again_with_a_capital_is_the_person_who_holds_it() -> None:
    body = ("Supreme Leader Ayatollah Sayyid Ali Khamenei addressed a crowd in Qom on Wednesday.\n\n"
            '"This is not enough," the Supreme Leader said.')
    assert _covering(body, "the Supreme Leader said").actor == "Ali Khamenei"
    assert _covering("The President told reporters the talks had failed.", "The President told").actor is None


def test_an_indefinite_spokesman_is_not_the_one_named_before() -> None:
    body = ("Turkish foreign ministry spokesman Oncu Keceli accused Greek jets of violating the airspace.\n\n"
            "Two patrol boats were shadowing the vessel, a navy spokesman said.")
    assert _covering(body, "a navy spokesman said").actor != "Oncu Keceli"


def test_a_relative_clause_between_speaker_and_verb_names_no_speaker() -> None:
    assert _covering("Naftogaz, which runs the pipeline, said the flows had stopped.", "said").actor == "Naftogaz"
    text = "Foreign Minister Ahmed Attaf, who spoke to Italian Foreign Minister Antonio Tajani on Monday, said the talks were useful."
    assert _covering(text, "said the talks").actor == "Ahmed Attaf"


def test_a_name_written_with_initials_after_a_title() -> None:
    body = "General K.P. Sharma, the army chief, visited Srinagar on 9 October.\n\nAir Marshal R S Kohli will visit Leh this weekend."
    actors = {e.actor for e in _events(body)}
    assert {"K.P. Sharma", "R S Kohli"} <= actors, actors


def test_a_view_with_an_apposition_before_the_verb_and_no_date_of_the_apposition() -> None:
    text = "Kais Saied, re-elected president in October, has called the sanctions blackmail."
    st = _covering(text, "has called the sanctions")
    assert st.actor == "Kais Saied" and st.date.start is None  # October is the election's month


def test_a_passive_characterisation_is_its_agent_s_statement() -> None:
    st = _covering("The proposal was described by Georgian officials as a trap.", "was described by Georgian officials")
    assert st.actor == "Georgia"


def test_a_claim_said_again_is_a_statement() -> None:
    assert _covering("Defence Minister Boris Pistorius repeated the claim on Tuesday.", "repeated the claim").actor \
        == "Boris Pistorius"


def test_agreeing_with_someone_that_is_a_statement() -> None:
    text = "The move followed a summit in Vilnius, at which leaders agreed with Finland that Moscow was to blame."
    _covering(text, "leaders agreed with Finland")


def test_an_appended_claim_answered_is_its_own_statement() -> None:
    text = "Baku had claimed 30 soldiers were killed, a claim Armenian officials dismissed as propaganda."
    first = _covering(text, "Baku had claimed")
    answer = _covering(text, "a claim Armenian officials dismissed")
    assert first is not answer and not first.evidence.exact.endswith("a claim")
    assert answer.actor == "Armenia"


def test_a_news_outlet_s_report_is_a_statement_when_no_one_else_speaks() -> None:
    text = "Crowds gathered for the funeral in Herat on Tuesday, state media reported."
    assert _covering(text, "state media reported").date.start is None
    st = _covering("Kabul quietly closed the crossing last week, Reuters reported, citing two border officials.",
                   "Reuters reported")
    assert st.actor == "Reuters"
    # With a speaker of its own the outlet only relays: no second statement.
    assert len(_statements("Ryabkov said on Monday that talks were over, the RIA news agency reported.")) == 1


def test_unnamed_sources_opening_a_sentence_are_a_statement() -> None:
    assert _covering("Analysts warn the blockade may last into winter.", "Analysts warn").actor is None


def test_a_view_of_an_abbreviated_name_is_no_naming() -> None:
    text = 'Last week, Iran\'s foreign minister, Abbas Araghchi, went further, calling the U.K. response "hysterical".'
    assert _covering(text, "went further").actor == "Abbas Araghchi"
    assert _statements("The islands, which China calls Diaoyu, are disputed.") == []


def test_according_to_a_body_s_readout_or_a_readout_it_released() -> None:
    text = "Sunak told Erdogan the strikes must stop, according to a Downing Street readout."
    assert {e.actor for e in _statements(text)} >= {"Sunak", "United Kingdom"}
    text = "The two sides agreed to reopen the crossing, according to a readout released by the Turkish Foreign Ministry."
    assert _covering(text, "according to a readout released by").actor == "Turkey"
    # A transcript relays the speaker's words: no statement of the body that published it.
    text = "Lavrov told reporters the talks were over, according to a Russian Foreign Ministry transcript."
    assert len(_statements(text)) == 1


def test_a_speaker_named_again_in_a_clause_of_its_own_says_something_else() -> None:
    text = "Japan on Monday lodged a protest over the incursion, the Foreign Ministry said in a statement."
    assert len([e for e in _statements(text) if e.actor == "Japan"]) == 2
    assert len(_statements("Japan says it opposes the plan.")) == 1
    assert len(_statements("Kenya, which said two soldiers were wounded, lodged a protest with Mogadishu.")) == 1


def test_a_head_of_state_named_by_a_country_s_office_speaks() -> None:
    text = "Serbian police detained two reporters on Sunday, an arrest that Croatia's president said on Monday was illegal."
    assert _covering(text, "Croatia's president said").actor == "Croatia"


def test_an_unnamed_deputy_or_lawmaker_speaks() -> None:
    assert _covering("The session was adjourned, a deputy told Tanjug.", "a deputy told Tanjug").actor is None
    assert _covering("The bill will pass next week, a lawmaker said.", "a lawmaker said").actor is None


def test_a_capital_listed_as_a_seat_speaks_for_its_state() -> None:
    assert _covering("Georgetown accused Venezuelan soldiers of firing on a patrol.", "Georgetown accused").actor \
        == "Guyana"


def test_according_to_a_news_agency_alone_is_its_statement() -> None:
    text = "Saudi jets carried out 12 air strikes on Saada on Friday, according to Yemen's Saba news agency."
    st = _covering(text, "according to Yemen's Saba news agency")
    assert st.actor == "Yemen" and st.date.start is None
    # With a speaker of its own, the agency only relays.
    assert len(_statements("Ryabkov said on Monday that talks were over, according to the RIA news agency.")) == 1


def test_an_appended_incident_blamed_by_a_second_speaker() -> None:
    text = "Kyiv said Russian drones hit the port on Monday, an attack Moscow blamed on Ukrainian air defences."
    blame = _covering(text, "an attack Moscow blamed")
    assert blame.actor == "Russia" and blame.evidence.exact.startswith("an attack Moscow blamed")


def test_more_verbs_of_speech_in_wire_copy() -> None:
    for text, actor in (("Zelensky posted on Telegram that the drones had been shot down.", "Zelensky"),
                        ("Ankara retorted that the flights were legal.", "Turkey"),
                        ("Seoul decried the launch as a provocation.", "South Korea")):
        assert [e.actor for e in _statements(text)] == [actor], text
    assert _statements("The army posted troops along the border.") == []
    assert _statements("Debris from the two objects has not yet been recovered.") == []


def test_a_quote_opened_by_a_colon_is_the_subject_s_statement() -> None:
    body = 'Defence Minister Ben Wallace met the crews.\n\nThe minister was blunt: "This is a war crime."'
    st = _covering(body, "The minister was blunt")
    assert st.actor == "Ben Wallace" and st.quote is not None and st.quote.text == "This is a war crime."
    assert _statements('The sign at the crossing read: "Closed."') == []


def test_a_quote_split_off_at_its_exclamation_mark_is_not_the_speaker_before() -> None:
    body = ('The ministry said in a statement that the strikes were over.\n\n'
            '"We are safe!" Prime Minister Kaja Kallas wrote on Monday, adding that damage was being assessed.')
    statements = _statements(body)
    assert not any(e.evidence.exact == '"We are safe!"' for e in statements)  # no remark of the ministry
    assert "Kaja Kallas" in {e.actor for e in statements}


def test_a_frame_after_a_joined_clause_leaves_that_clause_out() -> None:
    text = "A second round of talks is likely next month, and officials in Tbilisi say that more curbs may follow."
    st = _covering(text, "officials in Tbilisi say")
    assert st.evidence.exact.startswith("officials in Tbilisi say") and st.actor == "Georgia"


def test_a_time_clause_after_a_trailing_frame_is_no_reported_words() -> None:
    text = ("Norway is expelling 15 Russian diplomats over the spying case, Prime Minister Jonas Gahr Store announced "
            "Thursday, after Moscow ignored a deadline to explain.")
    st = _covering(text, "announced Thursday")
    assert str(st.date.start) == "2023-10-12"
    assert not any(e.kind.value != "statement" and "announced" in e.evidence.exact for e in _events(text))


def test_a_bare_name_with_a_weekday_before_its_verb_speaks() -> None:
    assert _covering("Olaf Scholz on Monday said the talks had failed.", "Olaf Scholz on Monday said").actor \
        == "Olaf Scholz"
