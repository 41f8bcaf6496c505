"""A stance aimed at an act ("condemned the strikes") is aimed at the act's doer (Turkey's Syria
offensive, October 2019: a Berlin wire and a later digest)."""

from __future__ import annotations

from parity.build import build_parity
from parity.claims import claims_of
from parity.stance import stances_in
from tests.parity.helpers import event, record, timeline
from timeline.models import Evidence

WIRE = ("Turkish jets struck Kurdish-held towns in northeast Syria on Wednesday. "
        "Germany condemned the strikes on Thursday and halted some arms exports.")
DIGEST = ("Turkish warplanes bombed Kurdish positions near Ras al-Ain on Wednesday. "
          "Germany stopped short of condemning the attack, a government spokesman said on Thursday.")
LATER = ("Turkish artillery shelled Kurdish positions on Wednesday. Weeks later, the Nordic ministers "
         "met in Oslo. Germany condemned the strikes on Thursday.")


def _placed(excerpt, body, sentence, kind, **kw):
    start = body.index(sentence)
    ev = event(excerpt, sentence, kind, **kw)
    return ev.model_copy(update={"evidence": Evidence.of(body, start, start + len(sentence))})


def _story(second_body=DIGEST, second_act="Turkish warplanes bombed Kurdish positions near Ras al-Ain on Wednesday.",
           second_say="Germany stopped short of condemning the attack, a government spokesman said on Thursday."):
    recs = [record("o1", "Berlin Wire", "2019-10-10"), record("o2", "Levant Digest", "2019-10-12")]
    evs = [
        _placed("o1", WIRE, WIRE.split(". ")[0] + ".", "other", actor="Turkey", day="2019-10-09",
                summary="Turkish jets struck Kurdish-held towns"),
        _placed("o1", WIRE, WIRE.split(". ")[1], "statement", actor="Germany", day="2019-10-10",
                summary="Germany condemned the strikes"),
        _placed("o2", second_body, second_act, "other", actor="Turkey", day="2019-10-09",
                summary=second_act.split(" on ")[0].split(" near ")[0]),
        _placed("o2", second_body, second_say, "statement", actor="Germany", day="2019-10-10",
                summary=second_say.split(",")[0]),
    ]
    return timeline(recs, evs), evs, {"o1": WIRE, "o2": second_body}


def test_a_stance_on_an_act_names_the_acts_doer_only_with_the_act_on_the_record():
    doers = ((frozenset({"strik"}), "Turkey"),)
    (st,) = stances_in("Germany condemned the strikes on Thursday.", ("Germany",), {}, doers)
    assert (st.sides, st.stance, st.target, st.polarity) == (("Germany",), "blame", "Turkey", "positive")
    (held,) = stances_in("Germany showed restraint over the attack.", ("Germany",), {}, doers)
    assert held.conflicts_with(st)
    assert stances_in("Germany condemned the strikes on Thursday.", ("Germany",), {}) == []
    assert stances_in("Germany condemned the violence.", ("Germany",), {}, doers) == []
    # Backing words are often nouns of something else: only blame is read as aimed at an act.
    assert stances_in("Kurdish fighters hit back after the strikes.", ("Syria",), {}, doers) == []


def test_condemning_and_stopping_short_of_it_on_one_act_conflict():
    tl, evs, bodies = _story()
    parity = build_parity(tl, None, bodies)
    said = {c.event: c for c in parity.claims}
    link = next(lk for lk in said[evs[1].id].links if lk.event == evs[3].id)
    assert "stance" in {d.attribute for d in link.differences} and not link.agrees
    assert said[evs[1].id].status.value == said[evs[3].id].status.value == "conflicting"


def test_an_act_two_sentences_back_is_not_the_stances_target():
    body = LATER
    act = "Turkish artillery shelled Kurdish positions on Wednesday."
    middle = "Weeks later, the Nordic ministers met in Oslo."
    say = "Germany condemned the strikes on Thursday."
    recs = [record("o3", "Baltic Post", "2019-10-11")]
    evs = [_placed("o3", body, act, "other", actor="Turkey", day="2019-10-09", summary="Turkish artillery struck"),
           _placed("o3", body, middle, "meeting", actor="Norway", summary="Nordic ministers met in Oslo"),
           _placed("o3", body, say, "statement", actor="Germany", day="2019-10-10", summary="Germany condemned")]
    claims = {c.id: c for c in claims_of(timeline(recs, evs))}
    assert claims[evs[2].id].stances == ()
