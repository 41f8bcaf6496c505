"""Session 11 (kinds): acts told with a speech-like verb are the act, not a statement; fresh sentences."""
import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict

# (sentence, kind, words the act's evidence holds): the act of that kind, and no statement holding those words.
ANNOUNCED = [
    ("Poland announced the immediate deployment of 10,000 troops to its border with Belarus.", "deployment",
     "immediate deployment of 10,000 troops"),
    ("The Houthis declared a unilateral cease-fire on Saturday.", "other", "declared a unilateral cease-fire"),
    ("Armenia's defence ministry confirmed the arrival of Russian peacekeepers in Stepanakert on Tuesday.",
     "deployment", "confirmed the arrival of Russian peacekeepers"),
    ("The Pentagon confirmed the arrival of the destroyer USS Carney in the Red Sea.", "ship_movement",
     "the arrival of the destroyer USS Carney"),
    ("Seoul notified the International Civil Aviation Organization of the launch in a letter on Monday.", "other",
     "notified the International Civil Aviation Organization"),
    ("The general staff announced the start of the Zapad drills on Thursday.", "military_exercise",
     "announced the start of the Zapad drills"),
    ("Ankara announced the arrival of the Ukrainian foreign minister for talks on Monday.", "other",
     "announced the arrival of the Ukrainian foreign minister"),
    ("Mali's junta ordered the departure of the French ambassador within 72 hours.", "other",
     "ordered the departure of the French ambassador"),
    # The announcement's ", X said" after it stays its own statement, and the act is relayed by it.
    ("Britain announced the deployment of four Typhoon jets to Romania, Defence Secretary Ben Wallace told MPs.",
     "deployment", "announced the deployment of four Typhoon jets", "reported_claim"),
]

# (sentence, kind, words): an act a trigger reads at the announced noun keeps the statement beside it (the session
# 6-8 statement tables have "announced the expulsion of", "announced new sanctions" as statements too); an "other"
# takes the noun's kind, and the act's evidence opens at the announcer.
BESIDE = [
    ("Japan announced the deployment of two destroyers to the Middle East on Friday.", "deployment",
     "announced the deployment of two destroyers"),
    ("Canada announced new sanctions on 14 Russian officials on Thursday.", "sanction", "announced new sanctions"),
    ("The Dutch government announced the expulsion of two Russian diplomats.", "sanction",
     "announced the expulsion of two Russian diplomats"),
    ("Foreign Minister Penny Wong briefed Pacific counterparts on the security pact on Wednesday.", "meeting",
     "briefed Pacific counterparts"),
    ("The Kremlin announced a 36-hour truce over Orthodox Christmas.", "other", "announced a 36-hour truce"),
]

# (sentence, words): the words stay a statement (a "that"-clause, a quote, no act's noun, speech to the press).
STATEMENTS = [
    ("Britain announced that it would deploy two warships.", "Britain announced that"),
    ("The ministry confirmed the report on Monday.", "The ministry confirmed the report"),
    ("Japan announced its position on the dispute on Friday.", "Japan announced its position"),
    ("Tokyo declared the talks a failure.", "Tokyo declared the talks a failure"),
    ('"We will respond in kind," the minister announced on Sunday.', "the minister announced"),
    ("Beijing informed Washington of its decision through diplomatic channels.", "Beijing informed Washington"),
    ("The spokesman confirmed the deployment was under way, adding that more troops would follow.",
     "The spokesman confirmed"),
]


@pytest.mark.parametrize(("text", "kind", "words", "modality"), [r if len(r) == 4 else (*r, "asserted") for r in ANNOUNCED])
def test_an_act_named_by_its_announcement_is_the_act(text, kind, words, modality):
    events = extract_strict(make_excerpt(text, published="2022-03-04"))
    acts = [e for e in events if e.kind.value == kind and words in e.evidence.exact]
    assert acts, [(e.kind.value, e.evidence.exact) for e in events]
    assert acts[0].modality.value == modality, acts[0].modality
    assert not [e for e in events if e.kind.value == "statement" and words in e.evidence.exact], \
        [(e.kind.value, e.evidence.exact) for e in events]


def test_the_act_takes_its_own_day_from_the_announced_words():
    text = "Indonesia's military confirmed the arrival of four F-16 fighter jets on Sunday, according to local media."
    events = extract_strict(make_excerpt(text, published="2022-03-04"))
    act = next(e for e in events if e.kind.value == "deployment")
    assert str(act.date.start) == "2022-02-27", act.date


@pytest.mark.parametrize(("text", "words"), STATEMENTS)
def test_words_said_stay_a_statement(text, words):
    events = extract_strict(make_excerpt(text, published="2022-03-04"))
    assert [e for e in events if e.kind.value == "statement" and words in e.evidence.exact], \
        [(e.kind.value, e.evidence.exact) for e in events]


@pytest.mark.parametrize(("text", "kind", "words"), BESIDE)
def test_an_act_a_trigger_read_keeps_its_announcement(text, kind, words):
    events = extract_strict(make_excerpt(text, published="2022-03-04"))
    assert [e for e in events if e.kind.value == kind and words in e.evidence.exact], \
        [(e.kind.value, e.evidence.exact) for e in events]
    assert [e for e in events if e.kind.value == "statement"], [(e.kind.value, e.evidence.exact) for e in events]


# (sentence, words): no meeting holds these words. A meeting right after a speech verb is where the words were said,
# and a topic only wished, judged or possible is no sitting (session 11: extras on the dev corpora).
NO_MEETING = [
    ("PM Modi said at the virtual meeting on Friday that no post had been lost.", "said at the virtual meeting"),
    ("Jokowi told reporters during the visit that there would be no negotiation.", "during the visit"),
    ("The premier told a cabinet meeting on Wednesday that the talks had failed.", "told a cabinet meeting"),
    ("Erdogan said at a party meeting in Ankara that Turkey would not back down.", "said at a party meeting"),
    ("It was too early to discuss a date or a venue, the Kremlin spokesman said.", "too early to discuss"),
    ("Further sanctions may be discussed later, the diplomat said.", "may be discussed"),
    ("Putin and Biden would discuss strategic stability if they met.", "would discuss strategic stability"),
]

# (sentence, words): a sitting held or ahead stays a meeting.
MEETING = [
    ("EU leaders are expected to discuss new sanctions against Belarus on Monday evening.", "expected to discuss"),
    ("The two ministers discussed the crisis in Beirut on Monday.", "discussed the crisis"),
    ("Modi hosted a virtual meeting of Quad leaders on Friday.", "hosted a virtual meeting"),
    ("The foreign ministers met on the sidelines of the summit in Jakarta.", "met on the sidelines"),
]


@pytest.mark.parametrize(("text", "words"), NO_MEETING)
def test_no_meeting_in_a_setting_or_a_topic(text, words):
    events = extract_strict(make_excerpt(text, published="2022-03-04"))
    assert not [e for e in events if e.kind.value == "meeting" and words in e.evidence.exact], \
        [(e.kind.value, e.evidence.exact) for e in events]


@pytest.mark.parametrize(("text", "words"), MEETING)
def test_a_sitting_stays_a_meeting(text, words):
    events = extract_strict(make_excerpt(text, published="2022-03-04"))
    assert [e for e in events if e.kind.value == "meeting" and words in e.evidence.exact], \
        [(e.kind.value, e.evidence.exact) for e in events]
