"""The timeline word lists: each data file loads, says what it is for, and each list does its job."""

from __future__ import annotations

import re
import tomllib

import pytest

from timeline import lexicon as L

DATA_FILES = ["aliases", "roles", "speech", "military", "triggers"]


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_loads_and_starts_with_a_comment_saying_what_it_is_for(name: str) -> None:
    raw = (L.DATA_DIR / f"{name}.toml").read_text(encoding="utf-8")
    assert raw.startswith("# ") and len(raw.splitlines()[0]) > 20
    assert tomllib.loads(raw)


@pytest.mark.parametrize(("form", "canonical"), [
    ("US", "United States"), ("U.S.", "United States"), ("USA", "United States"),
    ("United States", "United States"), ("America", "United States"), ("Washington", "United States"),
    ("Russia", "Russia"), ("Russian Federation", "Russia"), ("Moscow", "Russia"), ("the Kremlin", "Russia"),
    ("North Korea", "North Korea"), ("DPRK", "North Korea"), ("Pyongyang", "North Korea"),
    ("the North", "North Korea"), ("China", "China"), ("Beijing", "China"), ("Tehran", "Iran"),
    ("Kyiv", "Ukraine"), ("Britain", "United Kingdom"), ("Brussels", "European Union"),
    ("Seoul", "South Korea"), ("Taipei", "Taiwan"), ("Manila", "Philippines"), ("Hanoi", "Vietnam"),
    ("NATO", "NATO"), ("U.N.", "United Nations"), ("Security Council", "United Nations Security Council"),
    ("IAEA", "International Atomic Energy Agency"), ("Riyadh", "Saudi Arabia"), ("Ankara", "Turkey"), ("the Chinese", "China"),
])
def test_alias_canonical_names(form: str, canonical: str) -> None:
    assert L.ENTITY_FORMS[form][0] == canonical
    m = L.ENTITY_RE.search(f"Officials in {form} said so.")
    assert m is not None and m.group(0) == form


def test_longest_alias_wins_and_words_stay_whole() -> None:
    text = "North Korea and Americans; Russian Federation; Usain; Chinaware."
    assert [m.group(0) for m in L.ENTITY_RE.finditer(text)] == ["North Korea", "Americans", "Russian Federation"]


def test_every_surface_form_names_one_entity() -> None:
    seen: dict[str, str] = {}
    data = tomllib.loads((L.DATA_DIR / "aliases.toml").read_text(encoding="utf-8"))
    for ent in data["entity"]:
        for form in [ent["name"], *ent.get("aliases", []), *ent.get("seats", []), *ent.get("demonyms", [])]:
            assert seen.setdefault(form, ent["name"]) == ent["name"], f"{form} names two entities"


@pytest.mark.parametrize(("form", "agency"), [
    ("Itar-Tass", "TASS"), ("TASS", "TASS"), ("Bloomberg News", "Bloomberg"), ("Associated Press", "AP"),
    ("Agence France-Presse", "AFP"), ("Xinhua", "Xinhua"), ("KCNA", "KCNA"), ("Yonhap", "Yonhap"),
    ("Kyodo", "Kyodo"), ("IRNA", "IRNA"), ("Anadolu", "Anadolu"), ("dpa", "dpa"), ("EFE", "EFE"),
    ("ANSA", "ANSA"), ("PTI", "PTI"), ("Interfax", "Interfax"), ("RIA Novosti", "RIA Novosti"),
])
def test_agencies(form: str, agency: str) -> None:
    m = L.AGENCY_RE.search(f"the news agency {form} reported")
    assert m is not None and L.AGENCY_FORMS[m.group(0)] == agency


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Deputy Foreign Minister Sergei Ryabkov said", "Deputy Foreign Minister", "Sergei Ryabkov"),
    ("U.S. Ambassador to the United Nations Nikki Haley on", "U.S. Ambassador to the United Nations", "Nikki Haley"),
    ("Secretary of State Rex Tillerson and", "Secretary of State", "Rex Tillerson"),
    ("Sen. Lindsey Graham, R-S.C.", "Sen.", "Lindsey Graham"),
    ("Prime Minister Narendra Modi said", "Prime Minister", "Narendra Modi"),
    ("North Korean leader Kim Jong Un into", "North Korean leader", "Kim Jong Un"),
])
def test_titled_names(text: str, title: str, name: str) -> None:
    m = L.TITLED_NAME_RE.search(text)
    assert m is not None and m.group("title") == title and m.group("name") == name


@pytest.mark.parametrize(("text", "ship"), [
    ("the USS Carl Vinson sailed", ("USS", "Carl Vinson")), ("HMS Defender entered", ("HMS", "Defender")),
    ("INS Vikrant docked", ("INS", "Vikrant")), ("BRP Sierra Madre ran aground", ("BRP", "Sierra Madre")),
    ("ROKS Sejong the Great", ("ROKS", "Sejong")), ("JS Izumo arrived", ("JS", "Izumo")),
])
def test_ship_names_and_their_navy(text: str, ship: tuple[str, str]) -> None:
    m = L.SHIP_NAME_RE.search(text)
    assert m is not None and (m.group("prefix"), m.group("name")) == ship
    assert L.SHIP_PREFIXES[ship[0]] in L.ENTITY_KINDS or ship[0] in ("HNLMS",)


@pytest.mark.parametrize("weapon", ["ICBM", "intercontinental ballistic missile", "Hwasong-15", "Tomahawk",
                                    "THAAD", "S-400", "Iskander", "Patriot", "Shahab-3", "Kinzhal", "Zircon",
                                    "Agni-V", "BrahMos", "DF-41"])
def test_weapons(weapon: str) -> None:
    m = L.WEAPON_RE.search(f"they fired a {weapon} on Monday")
    assert m is not None and m.group(0) == weapon


@pytest.mark.parametrize(("kind", "text"), [
    ("missile_test", "north korea tested a new intercontinental ballistic missile"),
    ("missile_test", "pakistan test-fired a ghauri missile"),
    ("nuclear_test", "the north conducted another nuclear explosion test"),
    ("ship_movement", "the carrier sailed into the south china sea"),
    ("deployment", "russia deployed s-400 batteries"),
    ("military_exercise", "the allies began joint military drills"),
    ("military_exercise", "jets flew to train with south korea"),
    ("meeting", "putin held talks with abe"),
    ("meeting", "during a phone call"),
    ("sanction", "washington imposed new sanctions on iran"),
])
def test_triggers_fire_on_lowered_text(kind: str, text: str) -> None:
    assert L.TRIGGERS[kind].search(text)


@pytest.mark.parametrize(("kind", "text"), [
    ("missile_test", "the minister fired his aide"),
    ("missile_test", "it was the first time"),
    ("sanction", "enormous costs imposed by the sanctions"),
    ("military_exercise", "all sides should exercise restraint"),
])
def test_triggers_ignore_look_alikes(kind: str, text: str) -> None:
    assert not L.TRIGGERS[kind].search(text)


def test_gates_hold_for_every_trigger_match() -> None:
    """A gate only skips work: every trigger match contains one of its kind's gate words."""
    samples = [
        "north korea tested a new intercontinental ballistic missile", "pakistan test-fired a ghauri",
        "india launched an agni-v", "the uss dewey sailed near the reef", "the carrier docked in busan",
        "russia deployed s-400 batteries", "marines were deployed to the border", "began joint military drills",
        "jets flew to train with japan", "putin met abe", "held talks with", "in a phone call",
        "imposed new sanctions", "sanctions were lifted", "conducted a nuclear test", "detonated a hydrogen bomb",
    ]
    for text in samples:
        for kind, pattern in L.TRIGGERS.items():
            if kind == "ship_movement":  # its verbs need a ship in the clause: the gate is the ship
                continue
            for m in pattern.finditer(text):
                assert any(g in text for g in L.GATES[kind]), (kind, m.group(0))
        for m in L.SHIP_TYPE_RE.finditer(text):
            assert any(g in text for g in L.GATES["ship_movement"]), m.group(0)
        for m in L.SHIP_NAME_RE.finditer(text.upper()):
            assert any(g in text for g in L.GATES["ship_movement"]), m.group(0)
        for kind, words in L.GATES.items():  # the compiled gate says the same as the word list
            assert bool(L.GATE_RES[kind].search(text)) == any(g in text for g in words), (kind, text)


@pytest.mark.parametrize(("cue", "text"), [
    ("planned", "is scheduled to arrive"), ("planned", "will visit"), ("expected", "is expected to join"),
    ("conditional", "if washington imposes"), ("conditional", "should the u.s. continue"),
    ("denied", "did not launch"), ("denied", "denied that"), ("reported_claim", "reportedly fired"),
    ("proposal", "called for talks"),
])
def test_modality_cues(cue: str, text: str) -> None:
    assert L.MODALITY_RES[cue].search(text)


def test_reporting_verbs_and_count_words() -> None:
    assert [m.group(0) for m in L.REPORTING_VERB_RE.finditer("he said, she told, they called for, it warns")] == \
        ["said", "told", "called for", "warns"]
    assert [m.group(0) for m in L.COUNT_RE.finditer("154 tomahawk, 90 percent, a sixth test, 2.5")] == \
        ["154", "90 percent", "sixth", "2.5"]


def test_lowered_keeps_offsets() -> None:
    text = "İstanbul ÉTÉ U.S. Navy"
    assert len(L.lowered(text)) == len(text)
    assert L.lowered(text).endswith("u.s. navy")


def test_not_names_and_title_abbreviations_are_lists_of_words() -> None:
    assert all(re.fullmatch(r"[A-Z][A-Za-z]*", w) or w in ("I",) for w in L.NOT_NAMES)
    assert L.TITLE_ABBREVIATIONS["Sen."] == "Senator"
