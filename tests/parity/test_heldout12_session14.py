"""Session 14 (plink14): parity on heldout12 (declassified this session), read under `python -m parity.evaluate --eval
tests/data/heldout12 [--oracle] -v --why` and `--bridge -v` at main 3974c63; every missed link, false link and wrong status
sorted by shape and cause; fresh pairs (link_pairs_session14.toml, end to end, other crises and outlets) and hand-built
claims for the rules made for its largest parity-side classes. c = chipcurbs, i = imia, s = swap; links counted once per
gold pair; "s13" names the alike shape of session 13's tables (test_link_pairs_session13.py, test_e2e_session13.py).

Oracle (gold events): links P .64 R .53 F1 .58 (tp 28 fp 16 fn 25), status 59% (51/87).
| missed link shape (25)                                                  | n | ids and cause                                        | s13 |
|-------------------------------------------------------------------------|---|------------------------------------------------------|-----|
| same_event, one actor's one act in other words, no head or word shared   | 6 | i "sailed from Aksaz" ~ "ordered its fleet to sea" (one ship_movement, one day: summaries share no word; FIXED); i "raised a Greek flag" (Fri) ~ "hoisted a Greek flag" (25 Jan: score .23; FIXED); i "tore it down and hoisted a Turkish one" ~ "planted their flag" (.30); i "had been ordered back to their ships" ~ "withdrew the naval force" (FIXED); s "released Gershkovich" ~ "handed over 15 persons" (FIXED); s "convicted on July 19" ~ "sentenced on July 18" (FIXED; and "a closed trial" read as a closure head, FIXED) | 21 |
| same_event, one accord told by a party, the other party, its broker      | 3 | i "Greece and Turkey agreed" ~ "an understanding reached with the help of the US" ("reached" read as an arrival) ~ "the deal brokered by Holbrooke" (no anchor: three doers); 2 FIXED, "understanding" ~ "brokered by" left (neither names the other's doer) | new |
| same_event, one state's statements of one day, a bare frame or a relay    | 5 | c "Japan said Monday" (relay, jk-01/02) ~ "Tokyo first announced the curbs on Sunday" (2, date) and ~ "confirmed them in a formal notice on Monday" (2); i "Washington said on Wednesday it took no position" ~ "The State Department said yesterday" (1): score .20 (actor + day only) | 10 |
| same_topic, a plan or promise and what came of it                        | 5 | c "start procedures to remove from a white list" ~ "cabinet approved the removal" (2: 32 days, SEQUEL_DAYS 31; "remove"/"removal" stems apart); c "would take necessary countermeasures" (relay) ~ "will take the case to the WTO" (2: a relay links by stance only); s "will greet them at Andrews" ~ "walked off a plane in Maryland" (1: meeting/other, a copy's pair) | 21 |
| same_topic, two sides' opposing stances, speakers differ                 | 6 | c Suga "not a countermeasure" ~ Moon "clearly an economic retaliation" (2: labels not read as stances); i Turkish FM / Ciller "Turkish territory" ~ Reppas "Imia are Greek" (2: cut by the candidate limit); s Biden "brutal ordeal" ~ Russian FM "fabricated charges" (2) | 8 |

| false link shape (16)                                                   | n | ids and cause                                        | s13 |
|-------------------------------------------------------------------------|---|------------------------------------------------------|-----|
| gold convention: a copy's attribution statements left unlinked          | 5 | c METI said/stated, "The ministry also said", "said in a statement", "a ministry official said" (jk-01 ~ jk-02); s "Turkish officials said" (sw-01 ~ sw-02). The gold links a copy's events that carry a status and leaves these out; no row breaks tests/data/eval/README.md's rules, so the gold is unchanged (5 of 16 oracle and 5 of 9 e2e false links) | - |
| two statements of one copied sentence crossed                           | 2 | c "a ministry official said" ~ "commerce ministry stated it might take"; "trade ministry said it would take" ~ "a ministry official stated" | 7 |
| one actor's two acts of one day or window                               | 4 | i "helicopter ... from the frigate Navarinon crashed" ~ "10 Greek warships were in the area" (a ship named in passing); i "agreed early on Wednesday" ~ "helicopter came down early yesterday" ("early" shared; dropping day-part words moved heldout13 oracle down, left); i "agreed to withdraw" ~ "withdrew the naval force" (arguable); s "planes landed in the Turkish capital" ~ "ten people arrived on the plane from Ankara" | 16 |
| two states' acts sharing only a kind of thing                           | 1 | i "the frigate Yavuz and three other warships sailed" ~ "10 Greek warships were in the area" (FIXED: score._one_thing) | 4 |
| a false head                                                            | 1 | i "had landed overnight" ~ "an understanding reached" (both read as arrivals; FIXED) | - |
| same_topic the gold does not list (arguable)                             | 3 | i "agreed" ~ "Ciller announced"; i "Ciller announced" ~ "withdrew the naval force"; s "will greet at Andrews" ~ "Biden said at the White House" | 3 |

Wrong statuses (36): 30 follow the links above; a count the rules do not compare, 3 (s "16 prisoners released" ~ "handed over
15 persons": prisoners / persons, no one counted thing); a count of another clause read as the act's, 2 (i "had landed
overnight ... and the standoff had drawn some 10 warships" ~ "commandos was landed": corroborated -> conflicting); a false
link's actor difference, 1 (i Yavuz ~ 10 Greek warships, FIXED).

End to end: links P .47 R .15 F1 .23 (tp 8 fp 9 fn 45), status 37% (32/87). Of 30 links the oracle finds, 20 lost (s13: the
same order): an end not extracted 11 (the flag acts 3, the crash in im-04 3, the white-list plan and removal 3, the spun copy's
tightened curbs 2, Clinton's calls 1, the Krasikov handover 1, "16 prisoners released" 2: mostly another gold event took the
one event holding the anchor, or another event of its sentence only); an act told first and attributed after, read as its
statement or as a deployment 5 (i the helicopter "crashed ..., the defence ministry said" x2, the warships "Greece, which had
sent 14 warships" x2, "agreed ... to withdraw" read as a deployment "Greece: withdraw their forces": kinds differ); no actor 2
("their helicopter came down"); two relays 1; scoring context 1. False links end to end 9: the gold convention above 5, the
crash ~ "were buried" 1, "agreed" ~ "Greece had sent 14 warships" 1, "agreed" ~ "withdrew" 1, "tighten restrictions" ~ "A
Foreign Ministry spokesman said this morning" 1.

Fixed this session (rules general, rows below; figures heldout12 oracle F1/status, e2e F1/status; blind sets 5, 6, 8, 9, 11,
13, 14 and the dev sets unchanged at each step):
  A  an accord's noun and passive or broker ("an understanding reached", "the deal brokered by") = "agreed", no arrival;
     forces "ordered back" = withdrawn; a closed trial/session no closure; two states sharing only a kind of thing are two
     acts (score._one_thing)                                                   .58/59%, .23/37% -> .60/60%, .25/37%
  B  an accord told by either party or its broker is one (score._one_accord)   -> .63/62%
  C  prisoners "handed over" = released; "convicted" ~ "sentenced" one verdict head (an act head: a sentence and a release
     of one person are two acts)                                              -> .65/64%
  D  one known actor's ship movement or deployment of one single day told in other words is one move (score._one_day_move:
     not drills, attempts, nor two moves each naming a place of its own)       -> .67/67%, .27/39%; heldout13 oracle .66 -> .69
  E  a flag hoisted is a flag raised                                           -> .68/69%
Left (next): the accord's noun ~ its broker when neither names the other's doer; one state's statements of one day with a
bare frame or a relay (5); a plan and its outcome a month on (the white list: 32 days > SEQUEL_DAYS) and a promise and its
follow-up told as a relay (5); two sides' opposing positions with no stance read (6); the e2e classes (timeline recall, acts
attributed after read as their statement).
"""

from __future__ import annotations

import pytest

from parity.lexicon import content_words
from parity.models import Relation
from tests.parity.helpers import check_pair, event, pair_param, pair_rows, record, scored

ROWS = pair_rows("link_pairs_session14.toml")


def test_table_shape() -> None:
    """Every rule's must-link rows have must-not-link rows beside them."""
    assert sum(r["relation"].split("|")[0] in ("none", "not_same_event") for r in ROWS) >= len(ROWS) // 3


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


@pytest.mark.parametrize("text", ["an understanding reached with the help of Russia", "the deal brokered by Qatar",
                                  "an agreement reached in Doha", "Turkey brokered a deal between them",
                                  "the accord brokered by the envoy", "a truce deal reached overnight"])
def test_accord_forms_read_as_agreed(text: str) -> None:
    """An accord told by its noun and a passive or by its broker is the "agreed" head, and no arrival ("reached")."""
    words = content_words(text)
    assert "agre" in words and "arriv" not in words


@pytest.mark.parametrize(("text", "arrival"), [("the convoy reached the crossing", True),
                                               ("the talks reached a deadlock", True),
                                               ("they agreed on a truce", False)])
def test_reached_still_an_arrival_elsewhere(text: str, arrival: bool) -> None:
    """Only an accord's passive leaves "reached": a convoy reaching a crossing is still an arrival."""
    assert ("arriv" in content_words(text)) is arrival


@pytest.mark.parametrize("text", ["were ordered back to their bases", "the unit was ordered back to barracks",
                                  "ordered back to their ships"])
def test_ordered_back_is_a_withdrawal(text: str) -> None:
    """Forces "ordered back" are withdrawn (paraphrases.toml withdraw)."""
    assert "withdraw" in content_words(text)


@pytest.mark.parametrize("text", ["convicted in a closed trial", "will hold a closed session on Thursday",
                                  "at a closed hearing", "in closed court"])
def test_private_sittings_are_no_closure(text: str) -> None:
    """A trial, hearing or session held in private is no closure (paraphrases.toml in_private)."""
    assert "closur" not in content_words(text)


@pytest.mark.parametrize("text", ["Russia closed the consulate", "the border crossing was shut",
                                  "the closure of the embassy"])
def test_closures_still_read(text: str) -> None:
    """A closure of a place is still one."""
    assert "closur" in content_words(text)


@pytest.mark.parametrize(("text", "head"), [("Russia and Belarus handed over 15 persons", "releas"),
                                          ("Tehran is handing over the crew", "releas"),
                                          ("was convicted of espionage", "verdict"),
                                          ("had been sentenced by the regional court", "verdict"),
                                          ("was found guilty of spying", "verdict")])
def test_release_and_verdict_forms(text: str, head: str) -> None:
    """Prisoners "handed over" are released; a conviction and a sentence are one verdict head."""
    assert head in content_words(text)


def test_handed_back_is_no_release_head() -> None:
    """"handed back to Moscow" is mostly the other side's part of an exchange: no release head of its own."""
    assert "releas" not in content_words("Among those handed back to Moscow was the hitman")


R = [record("ga-01", "Gamma Wire", "2021-06-02"), record("gb-01", "Delta Agency", "2021-06-02")]


def test_ordered_back_and_withdrew_one_act() -> None:
    """"had been ordered back to their ships" and "withdrew the naval force it had sent": one state's one act."""
    a = event("ga-01", "the commandos landed on the islet had been ordered back to their ships", "other",
              actor="Greece", day="2021-06-02", summary="had been ordered back to their ships")
    b = event("gb-01", "the government withdrew the naval force it had sent to guard the islet", "other",
              actor="Greece", day="2021-06-02", summary="withdrew the naval force it had sent to guard the islet")
    got = scored(R, a, b)
    assert got is not None and got.relation == Relation.same_event


def _ships(actor: str, text: str, objects: tuple[str, ...] = ("warship",)):
    return event("ga-01" if actor == "Turkey" else "gb-01", text, "ship_movement", actor=actor,
                 day=("2021-05-29", "2021-06-01"), objects=objects, summary=text)


def test_two_states_warships_are_each_sides_own() -> None:
    """Turkey's and Greece's warships sent on overlapping days, each naming its doer and only the kind "warship"
    in common: two acts, not one with a disputed doer."""
    got = scored(R, _ships("Turkey", "Turkey sent three warships from Aksaz"),
                 _ships("Greece", "Greece had 10 warships in the area"))
    assert got is None or got.relation != Relation.same_event


def test_two_states_one_named_ship_still_one_act() -> None:
    """A named ship both name (not a kind) still anchors one act told with a disputed doer."""
    got = scored(R, _ships("Turkey", "Turkey sent the frigate Yavuz to the islets", ("frigate yavuz",)),
                 _ships("Greece", "Greece said the frigate Yavuz sailed to the islets", ("frigate yavuz",)))
    assert got is not None and got.relation == Relation.same_event


A = [record("ac-01", "Caucasus Wire", "2021-11-17"), record("ad-01", "Moscow Agency", "2021-11-17")]


def _accord(excerpt: str, text: str, summary: str, actor: str | None, day: str):
    return event(excerpt, text, "other", actor=actor, day=day, summary=summary)


def test_accord_told_by_each_party_is_one() -> None:
    """"Armenia and Azerbaijan agreed ... to pull back" and "under an understanding reached with the help of Russia"
    told by the other party: one accord (score._one_accord), not two states' own acts."""
    a = _accord("ac-01", "Armenia and Azerbaijan agreed on Wednesday to pull back their troops from the border",
                "agreed on Wednesday to pull back their troops", "Armenia", "2021-11-17")
    b = _accord("ad-01", "Azerbaijani and Armenian troops will pull back under an understanding reached with the "
                "help of Russia, Baku said on Wednesday", "an understanding reached with the help of Russia",
                "Azerbaijan", "2021-11-17")
    got = scored(A, a, b)
    assert got is not None and got.relation == Relation.same_event


def test_accord_told_by_its_broker_is_one_and_its_days_compared() -> None:
    """"the deal brokered by the Russian president on Tuesday night" and "agreed early on Wednesday" naming the
    broker: one accord whose days differ (a date conflict, as the heldout12 gold has it)."""
    a = _accord("ac-01", "Armenia and Azerbaijan agreed early on Wednesday to a ceasefire after calls by Vladimir "
                "Putin", "agreed early on Wednesday to a ceasefire", "Armenia", "2021-11-17")
    b = _accord("ad-01", "The truce deal brokered by Vladimir Putin on Tuesday night held", "the truce deal "
                "brokered by Vladimir Putin on Tuesday night", "vladimir putin", "2021-11-16")
    got = scored(A, a, b)
    assert got is not None and got.relation == Relation.same_event
    assert any(d.attribute == "date" for d in got.differences)


def test_accord_of_a_party_not_named_there_is_none() -> None:
    """An accord whose doer the other's sentence does not name ("Georgia agreed to ..." / "an agreement reached
    between Baku and Yerevan"): no party in common, no one accord."""
    a = _accord("ac-01", "Georgia agreed on Wednesday to open a new border crossing", "agreed on Wednesday to open "
                "a new border crossing", "Georgia", "2021-11-17")
    b = _accord("ad-01", "Azerbaijani and Armenian troops will pull back under an agreement reached in Sochi",
                "an agreement reached in Sochi", "Azerbaijan", "2021-11-17")
    got = scored(A, a, b)
    assert got is None or got.relation != Relation.same_event


def test_accords_weeks_apart_are_two() -> None:
    """One pair of parties' accords a month apart: two accords, not one told with two days."""
    a = _accord("ac-01", "Armenia and Azerbaijan agreed on 17 October to exchange prisoners", "agreed on 17 October "
                "to exchange prisoners", "Armenia", "2021-10-17")
    b = _accord("ad-01", "Azerbaijani and Armenian troops will pull back under an understanding reached with the "
                "help of Russia, Baku said on Wednesday", "an understanding reached with the help of Russia",
                "Azerbaijan", "2021-11-17")
    got = scored(A, a, b)
    assert got is None or got.relation != Relation.same_event


M = [record("mv-01", "Pacific Wire", "2022-05-03"), record("mw-01", "Tokyo Daily", "2022-05-04")]


def _move(excerpt: str, text: str, actor: str = "Russia", day: str = "2022-05-02", kind: str = "ship_movement",
          place: str | None = None, modality: str = "asserted"):
    return event(excerpt, text, kind, actor=actor, day=day, place=place, summary=text, modality=modality)


def test_one_day_move_told_in_other_words_is_one() -> None:
    """One known actor's ship movement on one single day, told with no word in common ("the destroyer and two
    corvettes sailed from Vladivostok" / "Moscow ordered its squadron to sea"): one act (score._one_day_move)."""
    got = scored(M, _move("mv-01", "the destroyer Admiral Vinogradov and two corvettes sailed from Vladivostok"),
                 _move("mw-01", "Moscow ordered its squadron to sea"))
    assert got is not None and got.relation == Relation.same_event


def test_one_day_deployment_told_in_other_words_is_one() -> None:
    """The same for a deployment: "moved two divisions to Ladakh" / "rushed troops to the frontier" on one day."""
    got = scored(M, _move("mv-01", "moved two divisions to Ladakh", "India", kind="deployment"),
                 _move("mw-01", "rushed troops to the frontier", "India", kind="deployment"))
    assert got is not None and got.relation == Relation.same_event


@pytest.mark.parametrize(("b_text", "b_actor", "b_day", "b_place"), [
    ("Moscow ordered its squadron to sea", "Russia", "2022-05-04", None),   # two days apart
    ("the cruiser Varyag arrived in Manila", "Russia", "2022-05-02", None),          # another head: an arrival
    ("Moscow ordered its squadron to sea", "China", "2022-05-02", None),     # another state
    ("Moscow ordered its squadron to sea", "Russia", "2022-05-02", "Kamchatka"),  # a place told otherwise
])
def test_one_day_move_bounds(b_text: str, b_actor: str, b_day: str, b_place: str | None) -> None:
    """Not one act: other days, another act head, another doer, another place."""
    a = _move("mv-01", "the destroyer Admiral Vinogradov and two corvettes sailed from Vladivostok",
              place="Vladivostok" if b_place else None)
    got = scored(M, a, _move("mw-01", b_text, b_actor, b_day, place=b_place))
    assert got is None or got.relation != Relation.same_event


def test_one_day_drills_are_not_one_move() -> None:
    """A drill's day holds many acts: "began its largest exercises" and "conducted long-range live-fire shooting" on one
    day are not one act by the one-day rule (MOVE_KINDS: ship movements and deployments only)."""
    got = scored(M, _move("mv-01", "began its largest naval exercises", "China", kind="military_exercise"),
                 _move("mw-01", "conducted long-range live-fire shooting", "China", kind="military_exercise"))
    assert got is None or got.relation != Relation.same_event


def test_one_day_moves_naming_places_of_their_own_are_two() -> None:
    """Two moves of one navy on one day, each naming a place or ship of its own ("steamed past Vladivostok" /
    "transited the Tsugaru Strait"): one navy's two voyages, not one move by the one-day rule."""
    got = scored(M, _move("mv-01", "the Admiral Vinogradov steamed past Vladivostok"),
                 _move("mw-01", "Russian sailors transited the Tsugaru Strait"))
    assert got is None or got.relation != Relation.same_event


def test_one_day_attempt_and_move_done_are_not_one() -> None:
    """An attempted move ("trying to pass through the strait") and a move told done that day ("illegally entered
    Russian territorial waters"): two stages of one voyage, not one move by the one-day rule (words.toml [attempts])."""
    got = scored(M, _move("mv-01", "illegally entered Russian territorial waters", "Ukraine"),
                 _move("mw-01", "trying to pass through the Kerch Strait", "Ukraine"))
    assert got is None or got.relation != Relation.same_event


def test_one_day_move_attributed_and_asserted_is_one() -> None:
    """One source's move attributed ("..., according to the General Staff": reported) and another's asserted are
    still one move: the modality extraction gives an attributed act tells no other stage."""
    got = scored(M, _move("mv-01", "the destroyer Admiral Vinogradov and two corvettes sailed from Vladivostok",
                          modality="reported_claim"),
                 _move("mw-01", "Moscow ordered its squadron to sea"))
    assert got is not None and got.relation == Relation.same_event


@pytest.mark.parametrize(("text", "words"), [("hoisted a Greek flag on the rocks", {"rais", "flag"}),
                                             ("raised a Greek flag on the islet", {"rais", "flag"}),
                                             ("planted its flag on the seabed", {"plant", "flag"})])
def test_flag_hoisted_is_raised(text: str, words: set[str]) -> None:
    """A flag hoisted is a flag raised (paraphrases.toml raise); "planted its flag" keeps its own words."""
    assert words <= set(content_words(text))


F = [record("fa-01", "Island Wire", "2013-01-28"), record("fb-01", "Naha Agency", "2013-01-28")]


def test_flag_raised_and_hoisted_one_act_a_day_apart() -> None:
    """"raised a Japanese flag on the larger islet on Friday" and "hoisted a Japanese flag on the rocks on 24 January"
    of one actor: one act whose days differ (heldout12's mayor's flag, told of another islet)."""
    a = event("fa-01", "the mayor raised a Japanese flag on the larger islet on Friday", "other", actor="ishigaki",
              day="2013-01-25", summary="raised a Japanese flag on the larger islet on Friday")
    b = event("fb-01", "the mayor of Ishigaki hoisted a Japanese flag on the rocks on 24 January", "other",
              actor="ishigaki", day="2013-01-24",
              summary="the mayor of Ishigaki hoisted a Japanese flag on the rocks on 24 January")
    got = scored(F, a, b)
    assert got is not None and got.relation == Relation.same_event
    assert any(d.attribute == "date" for d in got.differences)
