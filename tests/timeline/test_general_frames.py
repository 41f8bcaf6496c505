"""General frame rules on fresh text: refusals to speak, coordinated verbs, anaphoric hours, surnames."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _events(body: str, published: str = "2023-10-12"):
    return extract_strict(make_excerpt(body, published=published))


def _statements(body: str):
    return [e for e in _events(body) if e.kind.value == "statement"]


@pytest.mark.parametrize("sentence, actor", [
    ("Chilean Foreign Minister Alberto van Klaveren has not said whether Santiago will recall its envoy.",
     "Alberto van Klaveren"),
    ("The Pentagon did not comment on the Houthi drone launches.", "United States"),
    ("Kenyan President William Ruto declined to say whether his troops would go to Haiti.", "William Ruto"),
    ("Tokyo's foreign ministry declined to comment on Tuesday.", "Japan"),
    ("Serbian President Aleksandar Vucic didn't comment on the Banjska clash.", "Aleksandar Vucic"),
])
def test_a_refusal_to_speak_is_a_negated_statement(sentence, actor):
    st = _statements(sentence)
    assert st, sentence
    assert (st[0].actor, st[0].polarity, st[0].modality.value) == (actor, "negative", "denied")
    assert "not declined" not in st[0].summary


def test_a_negated_verb_that_is_not_speech_makes_no_statement():
    assert not _statements("Venezuela had not declared the oil field to the arbitration panel.")


def test_a_plain_frame_stays_positive():
    st = _statements("Kenyan President William Ruto said his troops would go to Haiti.")
    assert (st[0].polarity, st[0].modality.value) == ("positive", "asserted")


def test_an_acronym_in_brackets_between_speaker_and_verb():
    st = _statements("The International Atomic Energy Agency (IAEA) said on Monday that the reactor was shut.")
    assert st and st[0].actor == "International Atomic Energy Agency"
    assert st[0].date.start == dt.date(2023, 10, 9)
    assert _statements("The UN's nuclear watchdog said the reactor at Zaporizhzhia was shut.")[0].actor \
        == "International Atomic Energy Agency"


def test_did_a_and_said_b_gives_both_events_to_one_actor():
    evs = _events("French President Emmanuel Macron met Narendra Modi on Monday and said the jet deal was close.")
    kinds = {e.kind.value: e for e in evs}
    assert kinds["meeting"].actor == kinds["statement"].actor == "Emmanuel Macron"
    assert kinds["statement"].date.start == dt.date(2023, 10, 9)


@pytest.mark.parametrize("phrase, start, end", [
    ("Hours after", dt.date(2023, 10, 9), dt.date(2023, 10, 9)),  # hours stay on the day (session 7)
    ("Minutes later", dt.date(2023, 10, 9), dt.date(2023, 10, 9)),
    ("Hours before", dt.date(2023, 10, 9), dt.date(2023, 10, 9)),
])
def test_hours_after_and_before_count_from_the_last_dated_event(phrase, start, end):
    evs = _events(f"Hamas fired rockets at Ashkelon on Monday. {phrase}, Egypt said it was alarmed.")
    st = next(e for e in evs if e.kind.value == "statement")
    assert st.date.phrase == phrase
    assert (st.date.start, st.date.end) == (start, end)
    assert st.date.relative_to and st.date.relative_to.startswith("event:")


def test_hours_before_a_named_moment_is_not_anaphoric():
    evs = _events("Hamas fired rockets at Ashkelon on Monday. Egypt said hours before the vote that it was alarmed.")
    st = next(e for e in evs if e.kind.value == "statement")
    # "hours before the vote" counts from the vote's clause (relational), never from Monday's event; the vote has no day
    assert st.date is None or (st.date.start is None and not (st.date.relative_to or "").startswith("event:"))


def test_a_surname_resolves_to_the_full_name_met_earlier():
    evs = _statements("Armenian Prime Minister Nikol Pashinyan said on Monday the ceasefire had failed.\n\n"
                      "Pashinyan said Baku had massed troops near the border.")
    assert [e.actor for e in evs] == ["Nikol Pashinyan", "Nikol Pashinyan"]


def test_a_surname_never_named_in_full_stays_the_surname():
    st = _statements("Pashinyan said Baku had massed troops near the border.")
    assert st and st[0].actor == "Pashinyan"


def test_said_a_and_did_b_gives_the_action_its_own_event_and_date():
    evs = _events("Kenyan President William Ruto said the mission would go ahead and left for Nairobi on Friday.")
    st = next(e for e in evs if e.kind.value == "statement")
    act = next(e for e in evs if e.kind.value != "statement")
    assert st.actor == act.actor == "William Ruto"
    assert act.date.start == dt.date(2023, 10, 6) and st.date.start is None


def test_a_leading_date_phrase_dates_every_main_clause_after_it():
    evs = _events("ATHENS, Oct 9 (AP) - On Sunday, a Turkish frigate fired warning shots and a Greek destroyer "
                  "sailed to Imia, the Greek coast guard said.")
    acts = [e for e in evs if e.kind.value in ("other", "ship_movement")]
    assert len(acts) == 2
    assert {e.date.start for e in acts} == {dt.date(2023, 10, 8)}


def test_a_leading_date_phrase_skips_subordinate_clauses_and_clauses_after_a_speech_verb():
    evs = _events("On Sunday, a Turkish frigate fired warning shots after a Greek destroyer sailed to Imia.")
    sailed = next(e for e in evs if e.kind.value == "ship_movement")
    assert sailed.date.start is None
    evs = _events("On Sunday, Greek Defence Minister Nikos Dendias said Athens had fired flares, and had sent "
                  "a frigate to Imia.")
    sent = next(e for e in evs if e.kind.value == "ship_movement")
    assert sent.date.start is None


def test_one_anaphoric_phrase_counts_every_event_from_the_same_event():
    evs = _events("Hamas fired rockets at Ashkelon on Monday. A day earlier, Israel sent two warships to Haifa "
                  "and Iran launched a missile toward the Gulf.")
    later = [e for e in evs if e.date.phrase == "A day earlier"]
    assert len(later) == 2
    assert {e.date.start for e in later} == {dt.date(2023, 10, 8)}


def test_reported_words_never_take_the_date_of_another_frame():
    evs = _events("Greek Defence Minister Nikos Dendias had accused Ankara on Wednesday of spreading \"lies\" "
                  "about the clash, in which Turkey said a frigate fired warning shots near Imia.")
    fired = next(e for e in evs if e.kind.value == "other")
    assert fired.date.start is None
