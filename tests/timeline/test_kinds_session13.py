"""Session 13 (kinds, issue 4): kind errors, false events and wrong dates studied on two declassified blind sets
(heldout7, heldout10), fixed by general rules; fresh sentences about other crises and outlets (never those sets' text).

The table (shape, count, ids), from `python -m timeline.evaluate --corpus tests/data/heldout{7,10} -v` at main c285a52:

KIND ERRORS (38: heldout7 26, heldout10 12)
  K1 an act inside a speech sentence read only as the statement (the statement's evidence covers the act)      27
     - act told first, attribution after ("X set out this week ..., an official said")   5  ar-04 Oden, ex-04 flew out,
       zp-02 watched, zp-01/zp-04 will observe
     - act in a that-clause of "announced/said" ("announced Tuesday that he had taken control", "said Wellington would
       suspend military ties", "adding that Australia had suspended defense cooperation")  6  fj-02 x3, fj-03 x2, fj-04
     - a plan told with its attribution ("X plans to send ..., a ministry official said")  2  ar-01, ar-02
     - an act in a which/who aside ("X, who toured A and B earlier this week, said", "which began Sunday",
       "who resigned a day earlier", "which had three warships standing off Fiji")  6  yp-03, zp-03 x2, fj-04, yp-04 x2
     - a second predicate after "and" in an act-first sentence ("has sent 600 paratroopers ... and added seven F-15
       jets ..., a spokesman said")  2  zp-01, zp-04
     - measures in a participle series after the main act (", ordering sanctions on X and kicking out ...")  2  ex-01, ex-02
     - a statement swallowing an earlier clause (": two Mir submersibles reached ... and the next day X accused")  1  ar-04
     - sanctions restated by their targets ("The sanctions target A ... as well as four officers"; gold debatable)  2  ex-01, ex-02
     - a report released ("released a joint report detailing"; gold: other, arguably a statement)  1  ex-01
  K2 a statement read as an act  7
     - a dismissal phrase at an act verb ("shrugged off the gesture")  1  ar-03  [fixed: notacts.speech_phrase_at]
     - a document's release read as an act ("released the following communique", "gave the following answer ... as
       regards the U.S. plan to dispatch", "According to a report of the General Staff, the army shipped")  3  yp-03 x3
     - an event noun as the object of a judgement ("praised the openness of the exercise")  1  zp-02
     - one of a double read, the other lost ("has said he will meet ... next week": the meeting took the statement's
       anchor; "would not return to the six-party talks" read as a planned meeting)  2  ex-03, yp-03
  K3 the kind of what acts  4
     - weapons fired in an exercise ("Iskander-M crews fired at simulated targets" other; "a helicopter firing rockets
       towards spectators" missile_test)  2  zp-03 x2
     - "units were due to go home within ten days of the end of the exercise" read as the exercise  1  zp-03
     - "residents have left by ferry" read as a ship's movement  1  yp-04
  (Overlapping K1: a leader who watches, observes or attends an exercise has no reading at all: zp-01, zp-02 x2, zp-03, zp-04.)

FALSE EVENTS (37: heldout7 16, heldout10 21)
  X1 a dismissal or refusal read also as an act ("brushed off the gesture", "ruled out military intervention")  4
     ar-01, ar-03, fj-02, fj-03  [fixed: notacts.speech_phrase_at, speech.toml "shrugged off"]
  X2 an event noun judged by a copula ('the drills were "purely defensive"', "the exercise was purely defensive in
     nature", "Fiji's fourth coup was the most advertised")  4  zp-01, zp-02, zp-04, fj-04  [fixed: notacts.judged_after]
  X3 an act the text denies or sets aside ("We have no intention of sending troops", "denied that anyone had been
     hurt", "none of X had publicly backed", "will not hesitate to impose sanctions" read as denied)  5  fj-02, fj-03,
     zp-03, ex-03, fj-01
  X4 quotes with "he said" the gold does not list (gold omission, not changed)  3  fj-01 x2, fj-02
  X5 the act found, its evidence short of the gold anchor (a place or day after it, its subject before "that", a list
     object cut at "and", an anchor that holds the speech verb)  7  fj-01, fj-03, fj-04 x2, fj-02, yp-04, ex-03
  X6 a second statement or act for one act (a view nested in a statement, ", saying ..." after "welcomed", "who
     hosted the meeting" told before, a modal demand "should be made")  4  ex-03, ex-04, fj-01, yp-02
  X7 a finding's content read as an act ("conclusion that Moscow was behind the hacking", "concluded in October that
     X had directed")  2  ex-01, ex-04
  X8 lines that are no story (a "recommends:" related link, a photo caption with its agency credit, "contributed
     reporting")  3  ex-04, yp-04 x2
  X9 a facility's future purpose ("the centre will train up to 100 soldiers at a time")  1  ar-04
  X10 an accusation's gerund ("accused Canada of overreacting")  1  ar-04
  X11 an offer in reported words ("says he has offered to suspend the bills"), a spun which-clause ("which offers")  2
     fj-01, ex-02

WRONG DATES (16: heldout7 10, heldout10 6) and dated where gold is undated (5)
  D1 the act read only as a statement, its day lost  6  ar-01, ar-04 Oden, ex-04, yp-04, zp-02, zp-03
  D2 a statement's own day after its verb not read ("said earlier Thursday", "said in a statement published on the
     Kremlin website on Friday", "apologized in a televised address on Monday")  4  ex-01, ex-02, ex-03, yp-04
  D3 a wrong anchor: "the next day" of another clause (ar-04), "Within a week" counted back from the anchor instead of
     on from the takeover (fj-04), a "where" clause without its main clause's day (zp-03)  3
  D4 vague or unread phrases: "In recent weeks" under a month-only anchor (fj-04), "for a second day" (fj-01)  2
  D5 "which ran from 14 to 20 September" (a which-clause's span)  1  zp-03
  Dated where gold is undated: "has said he will meet ... next week" (the statement, ex-03), "According to a report ...
  on Thursday" (yp-03), "in recent weeks ... and added seven F-15 jets" (zp-01, zp-04: the phrase arguably governs
  both predicates; gold doubtful).
"""
import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _events(text: str, published: str = "2024-05-10"):
    return extract_strict(make_excerpt(text, published=published))


def _shown(events):
    return [(e.kind.value, e.evidence.exact) for e in events]


# X1: a dismissal or refusal phrase opening at an act verb is words said: the statement, no act beside it.
DISMISSALS = [
    ("Beijing brushed off the criticism on Tuesday.", "brushed off"),
    ("Ankara shrugged off the warning from Brussels.", "shrugged off"),
    ("Prime Minister Fumio Kishida ruled out a snap election on Monday.", "ruled out"),
    ("Tehran brushed aside the report as propaganda.", "brushed aside"),
    ("President Ferdinand Marcos Jr. ruled out military action over the shoal.", "ruled out"),
]


@pytest.mark.parametrize(("text", "words"), DISMISSALS)
def test_a_dismissal_is_a_statement_and_no_act(text, words):
    events = _events(text)
    assert any(e.kind.value == "statement" and words in e.evidence.exact for e in events), _shown(events)
    assert not any(e.kind.value != "statement" and words in e.evidence.exact for e in events), _shown(events)


# X2: an event's noun or trigger judged by a copula describes the act: no act told.
JUDGED = [
    ("Beijing said on Monday that the drills were routine and not aimed at any country.", "drills were"),
    ("A navy spokesman said on Friday the exercises were entirely defensive.", "exercises were"),
    ("Mali's second coup was the least surprising of the decade.", "coup"),
    ('Defence Minister Pal Jonson said last week that the manoeuvres were "purely scheduled training".', "manoeuvres"),
    ("The ministry said on Tuesday that the war games were necessary to deter aggression.", "war games"),
]


@pytest.mark.parametrize(("text", "words"), JUDGED)
def test_an_event_noun_judged_by_a_copula_is_no_act(text, words):
    events = _events(text)
    assert not any(e.kind.value != "statement" and words in e.evidence.exact for e in events), _shown(events)


# The acts those rules must keep: drills held, begun or staged; a verb before "off" or "out" that is no speech phrase.
KEPT = [
    ("The drills were held near Taiwan on Saturday, the ministry said.", "military_exercise", "drills were held"),
    ("Russia began the drills on Monday.", "military_exercise", "began the drills"),
    ("Minsk's drills were staged on Sunday.", "military_exercise", "drills were staged"),
    ("Israeli jets shot down a drone over the Golan Heights on Friday.", "other", "shot down a drone"),
    ("The exercise was held off the coast of Crete on Monday.", "military_exercise", "exercise was held"),
    # A noun with its own day stays an act, judged or not.
    ("Saturday's drills were the largest in a decade.", "military_exercise", "drills"),
    ("Friday's coup in Niamey was the most carefully planned in years.", "other", "coup"),
]


@pytest.mark.parametrize(("text", "kind", "words"), KEPT)
def test_the_act_stays(text, kind, words):
    events = _events(text)
    assert any(e.kind.value == kind and words in e.evidence.exact for e in events), _shown(events)


# K1 (watching): one who watches, observes or attends drills does an act of their own (`other`), not the drills.
WATCHERS = [
    ("On Monday, President Xi Jinping watched the naval drills off Hainan, state media reported.", "watched the naval drills"),
    ("Turkish President Recep Tayyip Erdogan will observe part of the exercises, his office said.",
     "will observe part of the exercises"),
    ("Foreign military attaches attended the live-fire exercise near Brest on Thursday.", "attended the live-fire exercise"),
    ("President Alexander Lukashenko watched the Union Shield drills on Saturday.", "watched the Union Shield drills"),
]


@pytest.mark.parametrize(("text", "words"), WATCHERS)
def test_a_watcher_of_drills_acts_and_holds_no_drills(text, words):
    events = _events(text)
    assert any(e.kind.value == "other" and words in e.evidence.exact for e in events), _shown(events)
    assert not any(e.kind.value == "military_exercise" and words in e.evidence.exact for e in events), _shown(events)


# X3: an act the speaker has "no intention of" doing is none.
NO_INTENTION = [
    ('"We have no intention of sending troops into Mali," the French defence minister told parliament.', "sending troops"),
    ("Seoul has no intention of deploying warships to the strait, the ministry said on Tuesday.", "deploying warships"),
    ("Canberra had no intention of imposing sanctions on Honiara, the minister said.", "imposing sanctions"),
]


@pytest.mark.parametrize(("text", "words"), NO_INTENTION)
def test_no_intention_of_an_act_is_no_act(text, words):
    events = _events(text)
    assert not any(e.kind.value != "statement" and words in e.evidence.exact for e in events), _shown(events)


def test_a_leader_who_directs_drills_still_holds_them():
    events = _events("Kim Jong Un oversaw an artillery firing drill on Sunday, KCNA said.")
    assert any(e.kind.value == "military_exercise" and "oversaw an artillery firing drill" in e.evidence.exact
               for e in events), _shown(events)


# D2: an adverb of time between a verb of speech and its date phrase ("said earlier Thursday that"): the date is the
# statement's own (frames.TIME_ADVERB_RE). Published Wednesday 2024-05-15.
ADVERB_DATES = [
    ("Turkish Foreign Minister Mevlut Cavusoglu said earlier on Tuesday that Ankara would not back down.", "2024-05-14"),
    ("A spokesman for the Indian army said again Monday that no troops had crossed the line.", "2024-05-13"),
    ("Japan's chief cabinet secretary said later Tuesday that Tokyo had lodged a protest with Beijing.", "2024-05-14"),
    ("The Egyptian foreign ministry said separately on Sunday that it was in contact with both sides.", "2024-05-12"),
    # How the document named in the verb came out is the frame's setting, its day the statement's (frames.PUBLISHED_SETTING_RE).
    ("Venezuela will not hand over the tanker, President Nicolas Maduro said in a statement published on Monday.",
     "2024-05-13"),
    ("Hungary will veto the package, Prime Minister Viktor Orban said in a statement posted on the government website on "
     "Tuesday.", "2024-05-14"),
    ("The Pakistani army said in a statement released late Sunday that two soldiers had been killed near the border.",
     "2024-05-12"),
]


@pytest.mark.parametrize(("text", "day"), ADVERB_DATES)
def test_a_statement_keeps_its_date_after_an_adverb(text, day):
    events = _events(text, published="2024-05-15")
    said = [e for e in events if e.kind.value == "statement"]
    assert said and str(said[0].date.start) == day and str(said[0].date.end) == day, \
        [(e.kind.value, e.date.start, e.evidence.exact) for e in events]


# X3, X6, X10: an act denied by its subject ("anyone", "nobody"), words quoted second-hand, an act demanded by a modal after
# its noun, a charge of a reaction ("accused X of overreacting"): no act told.
NO_ACT = [
    ("The Azerbaijani defence ministry denied that anyone had been killed and said the video was fake.", "killed"),
    ("Police denied that anybody had been detained at the rally on Sunday.", "detained"),
    ('"A firm response is needed," Yoon was quoted as saying by his office.', "quoted"),
    ("Kishida was quoted by his spokesman as saying that Tokyo would not yield.", "quoted"),
    ("Retaliation should be swift and strong, the president told aides.", "Retaliation"),
    ("The Chinese embassy accused Manila of overreacting to a routine patrol.", "overreacting"),
    ("Beijing accused Washington of scaremongering over the balloon on Friday.", "scaremongering"),
]


@pytest.mark.parametrize(("text", "words"), NO_ACT)
def test_no_act_is_told(text, words):
    events = _events(text)
    assert not any(e.kind.value != "statement" and words in e.evidence.exact for e in events), _shown(events)
