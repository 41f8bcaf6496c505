"""The word lists added for other crises and styles: each entry does its job (and gates hold)."""

from __future__ import annotations

import pytest

from timeline import lexicon as L
from timeline.datefind import find_dates
from timeline.speakers import Registry, find_mentions


@pytest.mark.parametrize(("form", "canonical"), [
    ("Sudan", "Sudan"), ("Khartoum", "Sudan"), ("RSF", "Rapid Support Forces"), ("Yerevan", "Armenia"),
    ("Baku", "Azerbaijan"), ("Azerbaijani", "Azerbaijan"), ("Addis Ababa", "Ethiopia"), ("TPLF",
    "Tigray People's Liberation Front"), ("Belgrade", "Serbia"), ("Pristina", "Kosovo"), ("Guyana", "Guyana"),
    ("Helsinki", "Finland"), ("Tallinn", "Estonia"), ("Vilnius", "Lithuania"), ("Riga", "Latvia"),
    ("Mogadishu", "Somalia"), ("UAE", "United Arab Emirates"), ("Houthis", "Houthis"), ("Ansar Allah", "Houthis"),
    ("Houthi rebels", "Houthis"), ("Houthi", "Houthis"), ("Hizbollah", "Hezbollah"), ("Taliban", "Taliban"),
    ("Wagner", "Wagner Group"), ("ISIS", "Islamic State"), ("Daesh", "Islamic State"), ("al-Shabaab", "al-Shabaab"),
    ("African Union", "African Union"), ("OSCE", "OSCE"), ("Gulf of Aden", "Gulf of Aden"),
    ("Nagorno-Karabakh", "Nagorno-Karabakh"), ("Darfur", "Darfur"), ("PLA", "China"), ("IDF", "Israel"),
    ("Israel Defense Forces", "Israel"), ("ISPR", "Pakistan"), ("IRGC", "Iran"), ("CENTCOM", "United States"),
])
def test_new_aliases(form: str, canonical: str) -> None:
    assert L.ENTITY_FORMS[form][0] == canonical
    m = L.ENTITY_RE.search(f"Officials in {form} said so.")
    assert m is not None and m.group(0) == form


@pytest.mark.parametrize(("text", "agency"), [
    ("the Associated Press of Pakistan (APP) reported", "APP"), ("the Associated Press reported", "AP"),
    ("Asian News International reported", "ANI"), ("the Saudi Press Agency said", "SPA"),
    ("the Sudan News Agency reported", "SUNA"), ("Armenpress said", "Armenpress"), ("AzerTag said", "AzerTag"),
    ("Jiji Press said", "Jiji"), ("Tanjug reported", "Tanjug"), ("the Ethiopian News Agency said", "ENA"),
    ("the Syrian Arab News Agency said", "SANA"), ("Emirates News Agency reported", "WAM"),
])
def test_agencies_longest_name_first(text: str, agency: str) -> None:
    found = [m for m in find_mentions(text, 0, len(text), Registry()) if m.kind == "agency"]
    assert found and found[0].name == agency


@pytest.mark.parametrize(("kind", "text"), [
    ("other", "hezbollah retaliated on sunday"), ("other", "ethiopia lost a fighter jet"),
    ("other", "the army lost two helicopters"), ("other", "the air force carried out 40 air strikes"),
    ("other", "troops were carrying out raids"), ("other", "strikes were carried out on targets"),
    ("other", "they launched a coalition"), ("other", "kyiv launched a counteroffensive"),
    ("other", "air defences shoot down drones"), ("other", "the navy intercepted 12 drones"),
    ("other", "houthis fired 18 drones"), ("other", "troops fired on protesters"),
    ("other", "the council voted to extend"), ("other", "rebels ambushed a convoy"),
    ("other", "the army recaptured the airport"), ("other", "a missile downed the jet"),
    ("other", "gunmen hijacked a tanker"),
    ("sanction", "britain froze the assets of two firms"), ("sanction", "the eu imposed an embargo"),
    ("sanction", "washington imposed visa restrictions"), ("sanction", "the treasury blacklisted six firms"),
    ("meeting", "vucic chaired a meeting of the council"), ("meeting", "qatar hosted talks"),
    ("meeting", "ministers will discuss the patrols"), ("meeting", "the envoy is due to brief the council"),
    ("military_exercise", "the exercises will continue"), ("deployment", "maduro ordered troops to the border"),
])
def test_new_triggers(kind: str, text: str) -> None:
    m = L.TRIGGERS[kind].search(text)
    assert m, (kind, text)
    assert L.GATE_RES[kind].search(text), "the gate must let every trigger match through"


@pytest.mark.parametrize("text", ["blinken arrived in baku", "the envoy landed in khartoum",
                                  "the minister left for brussels", "he visited yerevan",
                                  "her first visit to belgrade"])
def test_visit_triggers(text: str) -> None:
    assert L.VISIT_TRIGGERS["meeting"].search(text) and L.GATE_RES["meeting"].search(text)


@pytest.mark.parametrize("text", ["he instructed newshounds", "she informed newshounds", "they mentioned",
                                  "he pointed out", "she underlined", "he ruled out", "they supported",
                                  "it offered"])
def test_spin_and_new_reporting_verbs(text: str) -> None:
    assert L.REPORTING_VERB_RE.search(text)


@pytest.mark.parametrize("text", ["at a press briefing", "in a phone call", "a telephone call",
                                  "at a news conference", "in an interview"])
def test_statement_settings(text: str) -> None:
    assert L.SETTING_RE.search(text)


def test_surnames_that_are_date_words_and_government_bodies() -> None:
    text = "Theresa May urged calm."
    (m,) = [m for m in find_mentions(text, 0, len(text), Registry()) if m.kind == "person"]
    assert m.name == "Theresa May"
    assert not find_dates(text)
    assert {"Defense Ministry", "Foreign Office"} <= L.GOVERNMENT_BODIES
    reg = Registry()
    text = "Finland's coast guard boarded the ship. The Defence Ministry said so."
    body = [m for m in find_mentions(text, 0, len(text), reg) if m.kind == "body"][-1]
    assert (body.name, body.role) == ("Finland", "Defence Ministry")


def test_possessive_body_takes_the_last_named_entity() -> None:
    text = "Armenia said its military had left."
    (m,) = [m for m in find_mentions(text, 0, len(text), Registry()) if m.form == "possessive"]
    assert (m.name, m.role) == ("Armenia", "Armenian military")


def test_clause_verbs_are_reporting_verbs() -> None:
    assert "said" in L.CLAUSE_SPEECH_VERBS and "rejected" not in L.CLAUSE_SPEECH_VERBS
    # "reported"/"reports"/"believes" introduce agencies' and opinions' clauses without being frame verbs.
    assert {v for v in L.CLAUSE_SPEECH_VERBS if not L.REPORTING_VERB_RE.fullmatch(v)} <= {"reported", "reports", "believes"}


@pytest.mark.parametrize(("text", "phrase", "kind"), [
    ("Earlier in the day, rebels fired.", "Earlier in the day", "anaphoric"),
    ("Later in the day the talks ended.", "Later in the day", "anaphoric"),
    ("The fleet sails subsequent week.", "subsequent week", "relative"),  # spun "next week"; "the subsequent week" is anaphoric
    ("It happened earlier in the week.", "earlier in the week", "relative"),
])
def test_new_date_phrases(text: str, phrase: str, kind: str) -> None:
    (d,) = find_dates(text)
    assert (d.phrase, d.kind) == (phrase, kind)


def test_his_her_office_is_the_last_person_named() -> None:
    reg = Registry()
    text = "Serbian President Aleksandar Vucic spoke. His office said so."
    (m,) = [m for m in find_mentions(text, 0, len(text), reg) if m.form == "possessive_person"]
    assert (m.name, m.role) == ("Aleksandar Vucic", "office of Aleksandar Vucic")


def test_fast_scan_gives_exactly_what_finditer_gives() -> None:
    text = ("xNorth Korea, North Korea's U.S.-led RSF; Mr. Ali Khan met Theresa May and the Associated Press "
            "of Pakistan (APP) in Baku. He said it was so, Kyodo said.")
    for name in ("ENTITY_RE", "BARE_NAME_RE", "AGENCY_RE", "HONORIFIC_NAME_RE", "PRONOUN_RE", "BODY_RE"):
        pattern = getattr(L, name)
        assert [m.span() for m in L.scan(name, text)] == [m.span() for m in pattern.finditer(text)], name


@pytest.mark.parametrize("text", ["originally due to end", "initially planned", "had been scheduled for",
                                  "had been due to", "previously scheduled"])
def test_superseded_plan_cues(text: str) -> None:
    assert L.SUPERSEDED_RE.search(text)
