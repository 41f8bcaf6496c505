"""Military acts of news English, session 9 (fresh sentences written from general knowledge, no corpus text), in the
sentence shapes unseen text uses more than our development sets (timeline.evaluate --shapes, counts only): a force,
craft or weapon as the subject of a verb no trigger lists ("Two Russian jets approached the drone", "Indian soldiers
blocked a patrol", "A drone exploded over Odesa": attributes.military_subject) across regions and decades, with kind,
actor and day; and rows that name a force or weapon as a subject but tell no act (states, means, reduced relatives,
judgements). Written Thursday 2024-10-17."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.events_helpers import check_act, make_excerpt
from timeline.events import extract_strict

PUBLISHED = "2024-10-17"
# The kinds a negative row must not hold.
ACTS = ("ship_movement", "missile_test", "nuclear_test", "deployment", "military_exercise", "other")

# (text, kind, anchor, actor, {modality, count, date})
Row = tuple[str, str, str, "str | None", dict[str, Any]]

# A force, craft or weapon as the subject right before a past-tense verb no trigger reads: an act of its side.
SUBJECTS: list[Row] = [
    ('Two Russian Su-27 jets approached the British reconnaissance plane over the Black Sea on Thursday.',
     'other', 'approached', 'Russia', {'date': '2024-10-17'}),
    ('Indian soldiers blocked a Chinese patrol near the Yangtse plateau on Friday.',
     'other', 'blocked', 'India', {'date': '2024-10-11'}),
    ('A drone exploded over the port of Odesa early on Sunday.',
     'other', 'exploded', None, {'date': '2024-10-13'}),
    ('A Russian Su-24 bomber went missing over the Mediterranean on Tuesday.',
     'other', 'went missing', 'Russia', {'date': '2024-10-15'}),
    ('The rocket came down in a field near Przewodow on Tuesday.',
     'other', 'came down', None, {'date': '2024-10-15'}),
    ('A Chinese J-16 buzzed a Canadian CP-140 patrol aircraft over the East China Sea on Monday.',
     'other', 'buzzed', 'China', {'date': '2024-10-14'}),
    ('Israeli warplanes pounded targets in the southern suburbs of Beirut overnight.',
     'other', 'pounded', 'Israel', {'date': '2024-10-16'}),
    ('Ukrainian drones destroyed two Russian helicopters at an airfield in Berdyansk on Wednesday.',
     'other', 'destroyed', 'Ukraine', {'date': '2024-10-16'}),
    ('Iranian fast boats harassed the destroyer USS Thomas Hudner in the Strait of Hormuz on Monday.',
     'other', 'harassed', 'Iran', {'date': '2024-10-14'}),
    ('Japanese destroyers tracked the Chinese flotilla through the Osumi Strait on Tuesday.',
     'other', 'tracked', 'Japan', {'date': '2024-10-15'}),
    ('Turkish coast guard boats stopped a Greek research vessel near Kastellorizo on Thursday.',
     'other', 'stopped', 'Turkey', {'date': '2024-10-17'}),
    ('Philippine coast guard vessels chased a Chinese maritime militia boat from Scarborough Shoal on Saturday.',
     'ship_movement', 'chased', 'Philippines', {'date': '2024-10-12'}),
    ('Houthi missiles hit the Greek-flagged tanker Sounion west of Hodeidah on Wednesday.',
     'other', 'hit', 'Houthis', {'date': '2024-10-16'}),
    ('Ukrainian sea drones sank the Russian patrol ship Sergei Kotov off Crimea on Tuesday.',
     'other', 'sank', 'Ukraine', {'date': '2024-10-15'}),
    ('Two rockets fell in an open area near the Syrian border on Friday, the Turkish army said.',
     'other', 'fell', None, {'date': '2024-10-11'}),
    ('Two Russian Tu-95 bombers overflew the Bering Sea near Alaska on Wednesday.',
     'other', 'overflew', 'Russia', {'date': '2024-10-16'}),
    ('North Korean soldiers briefly breached the military demarcation line on Tuesday, Seoul said.',
     'other', 'breached', 'North Korea', {'date': '2024-10-15'}),
    ('Azerbaijani troops dismantled Armenian checkpoints along the Lachin road on Sunday.',
     'other', 'dismantled', 'Azerbaijan', {'date': '2024-10-13'}),
    ('Militants torched a police station in Kidal on Saturday.',
     'other', 'torched', None, {'date': '2024-10-12'}),
    ('Pakistani commandos raided a militant hideout in North Waziristan on Thursday.',
     'other', 'raided', 'Pakistan', {'date': '2024-10-17'}),
    ('Israeli bulldozers demolished four homes in the West Bank village on Monday.',
     'other', 'demolished', 'Israel', {'date': '2024-10-14'}),
    ('Russian electronic warfare units jammed GPS signals over the Baltic on Sunday, Estonia said.',
     'other', 'jammed', 'Russia', {'date': '2024-10-13'}),
    ('Indian navy commandos rescued 21 crew members of the hijacked bulk carrier on Friday.',
     'other', 'rescued', 'India', {'date': '2024-10-11'}),
    ('Chinese coast guard personnel searched the Filipino fishing boat near Second Thomas Shoal on Sunday.',
     'other', 'searched', 'China', {'date': '2024-10-13'}),
    ('Iranian navy boats towed the seized tanker to Bandar Abbas on Friday.',
     'ship_movement', 'towed', 'Iran', {'date': '2024-10-11'}),
    ('Chinese fighter jets locked fire-control radar on a Japanese patrol plane in 2013, Tokyo said.',
     'other', 'locked', 'China', {}),
    ('Malian troops took control of the northern town of Anefis on Saturday.',
     'other', 'took control', 'Mali', {'date': '2024-10-12'}),
    ('Russian forces took the eastern town of Avdiivka in February 2024.',
     'other', 'took', 'Russia', {}),
    ('Ukrainian forces cut the main supply road into Bakhmut on Tuesday.',
     'other', 'cut', 'Ukraine', {'date': '2024-10-15'}),
    ('Ethiopian troops encircled the Tigrayan capital of Mekelle in November 2020.',
     'other', 'encircled', 'Ethiopia', {}),
    ('Kurdish fighters pushed back an Islamic State assault on Kobani in October 2014.',
     'other', 'pushed back', None, {}),
    ('Taliban fighters swept into Kabul on August 15, 2021.',
     'other', 'swept', 'Taliban', {'date': '2021-08-15'}),
    ('Syrian rebels detonated a tunnel bomb under an army position near Aleppo in 2015.',
     'other', 'detonated', None, {}),
    ('Russian forces mined the approaches to the city before withdrawing, Kyiv said.',
     'other', 'mined', 'Russia', {}),
    ('Retreating Russian troops blew up the Antonivsky bridge in November 2022.',
     'other', 'blew up', 'Russia', {}),
    ('French soldiers evacuated 500 foreign nationals from Niamey on Tuesday.',
     'other', 'evacuated', 'France', {'date': '2024-10-15'}),
    ('Two Chinese Y-9 aircraft violated Japanese airspace near Nagasaki on Monday.',
     'other', 'violated', 'China', {'date': '2024-10-14'}),
    ('A Russian drone penetrated Polish airspace for three minutes on Sunday, Warsaw said.',
     'other', 'penetrated', 'Russia', {'date': '2024-10-13'}),
    ('Azerbaijani artillery struck Armenian positions near Jermuk on Tuesday, Yerevan said.',
     'other', 'struck', 'Azerbaijan', {'date': '2024-10-15'}),
    ('A Russian Su-27 clipped the propeller of the American drone over the Black Sea on Tuesday.',
     'other', 'clipped', 'Russia', {'date': '2024-10-15'}),
    ('Russian jets dropped glide bombs on the Kharkiv region overnight.',
     'other', 'dropped', 'Russia', {'date': '2024-10-16'}),
    ('Boko Haram insurgents ambushed a military convoy near Maiduguri on Wednesday, killing seven soldiers.',
     'other', 'ambushed', 'Boko Haram', {'date': '2024-10-16'}),
    ('Somali special forces stormed the besieged hotel in Mogadishu on Sunday.',
     'other', 'stormed', 'Somalia', {'date': '2024-10-13'}),
    ('Nigerian troops freed 50 kidnapped students in Kaduna state on Friday.',
     'other', 'freed', 'Nigeria', {'date': '2024-10-11'}),
    ('Houthi militiamen seized the car carrier Galaxy Leader in the Red Sea in November 2023.',
     'other', 'seized', 'Houthis', {}),
    ('South Korean coast guard officers boarded a Chinese fishing boat in the Yellow Sea on Thursday.',
     'other', 'boarded', 'South Korea', {'date': '2024-10-17'}),
    ('Kurdish forces captured the town of Manbij in 2016.',
     'other', 'captured', None, {}),
    ('Two Typhoon jets scrambled from RAF Lossiemouth to intercept Russian bombers on Monday.',
     'other', 'scrambled', None, {'date': '2024-10-14'}),
    ('Russian troops advanced toward the town of Pokrovsk on Monday, the general staff said.',
     'deployment', 'advanced', 'Russia', {'date': '2024-10-14'}),
    ('Belarusian troops began moving toward the Ukrainian border on Sunday.',
     'deployment', 'began moving', 'Belarus', {'date': '2024-10-13'}),
    ('Eritrean troops marched into the Tigrayan town of Shire in October 2022.',
     'deployment', 'marched', 'Eritrea', {}),
    ('Russian armoured columns poured into the Donbas in late February 2022.',
     'deployment', 'poured', 'Russia', {}),
    ('North Korean troops massed along the border in the spring of 2013, Seoul said.',
     'deployment', 'massed', 'North Korea', {}),
    ('Turkish tanks rolled into northern Syria on Wednesday.',
     'deployment', 'rolled', 'Turkey', {'date': '2024-10-16'}),
    ('Russian paratroopers landed at Almaty airport on Thursday.',
     'deployment', 'landed', 'Russia', {'date': '2024-10-17'}),
    ('Venezuelan troops converged on the border town of Ureña on Saturday.',
     'deployment', 'converged', 'Venezuela', {'date': '2024-10-12'}),
    ('A Russian submarine surfaced off the coast of Ireland on Wednesday.',
     'ship_movement', 'surfaced', 'Russia', {'date': '2024-10-16'}),
    ('The Chinese survey ship Haiyang Dizhi 8 loitered near Vanguard Bank for a month in 2019.',
     'ship_movement', 'loitered', 'China', {}),
]

# A force or weapon named as a subject that tells no act: states, means, quantities, judgements, reduced relatives.
NEGATIVES: list[str] = [
    "The soldiers remained in their barracks throughout the crisis.",
    "Russian troops numbered about 190,000 at the peak of the build-up, analysts estimated.",
    "The jets belonged to a squadron based in Shandong.",
    "The drones needed GPS signals to navigate, experts noted.",
    "Chinese warships appeared regularly near the islands in those years.",
    "The missiles cost about $3 million each, according to budget documents.",
    "The sailors detained in Kerch remain in custody in Moscow.",
    "The troops stationed in the Baltic states are there to deter Russia.",
    "Militants armed with rifles are a growing threat to the region, the report argued.",
    "The frigate, commissioned in 2015, carries eight anti-ship missiles.",
    "The army dominated politics for decades after independence.",
    "Pakistani troops trained Saudi forces for years under a defence pact.",
    "The rebels controlled much of the north until 2013.",
    "The soldiers welcomed the new commander.",
    "The fighter jets seemed outdated next to their rivals, the analyst said.",
    "The navy lacked the ships to patrol the whole coast.",
    "Ukraine's forces depended on Western artillery shells for much of the war.",
    "The guards refused to comment on the incident.",
    "Rebels loyal to the former president now hold the town.",
    "The tanker's crew locked themselves in the engine room until help came.",
    "The jets had returned safely to their bases, the air force said.",
    "The vessel ignored two radio warnings, the coast guard said.",
    "The troops flown in from Russia are now back home, the ministry said.",
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize(("text", "kind", "anchor", "actor", "extra"), SUBJECTS, ids=[r[0][:50] for r in SUBJECTS])
def test_a_military_subjects_act_is_read(text: str, kind: str, anchor: str, actor: str | None,
                                          extra: dict[str, Any]) -> None:
    check_act(_events(text), text, kind, anchor, actor, extra)


@pytest.mark.parametrize("text", NEGATIVES, ids=[n[:50] for n in NEGATIVES])
def test_a_force_named_as_subject_tells_no_act(text: str) -> None:
    found = [(e.kind.value, e.evidence.exact) for e in _events(text) if e.kind.value in ACTS]
    assert not found, found
