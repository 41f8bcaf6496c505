"""A state's forces named by the place they guard ("Indian border troops", "a Russian border patrol ship") act for
that state; a demonym before a place alone ("the Polish border", "Iranian waters") names no doer (session 9, bridge)."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_act, make_excerpt
from timeline.events import extract

# (sentence, kind, anchor, actor): the doer is the state of the demonym before "border/coast/port ... <force>".
FORCES = [
    ("Indian border troops clashed with Chinese soldiers in the Sikkim sector on Monday.", "other",
     "clashed with Chinese soldiers", "India"),
    ("A Russian border patrol ship fired warning shots at the trawler on Wednesday.", "other",
     "fired warning shots", "Russia"),
    ("Turkish border police detained 40 migrants near Edirne on Tuesday.", "other", "detained 40 migrants", "Turkey"),
    ("Georgian border police arrested two shepherds on Thursday.", "other", "arrested two shepherds", "Georgia"),
    ("Lithuanian border officers detained a man carrying cigarettes on Monday.", "other", "detained a man", "Lithuania"),
    ("Venezuelan border troops seized the village on Saturday.", "other", "seized the village", "Venezuela"),
    ("Thai border rangers exchanged fire with Cambodian troops on Wednesday.", "other", "exchanged fire", "Thailand"),
    ("Armenian border units opened fire on Azerbaijani positions on Tuesday.", "other", "opened fire", "Armenia"),
    ("Kyrgyz border troops exchanged fire with Tajik forces near the water intake on Thursday.", "other",
     "exchanged fire with Tajik forces", "Kyrgyzstan"),
    ("Tajik border troops shelled a Kyrgyz village on Friday, officials in Bishkek said.", "other",
     "shelled a Kyrgyz village", "Tajikistan"),
    ("Pakistani border troops fired mortar shells across the Line of Control overnight.", "other",
     "fired mortar shells", "Pakistan"),
    ("Hungarian border police detained 120 migrants along the fence on Sunday.", "other", "detained 120 migrants",
     "Hungary"),
    ("Bangladeshi border guards detained 40 Rohingya refugees on Monday.", "other", "detained 40 Rohingya",
     "Bangladesh"),
    ("Iranian border guards clashed with smugglers near the Pakistani frontier on Tuesday.", "other",
     "clashed with smugglers", "Iran"),
    ("Afghan border forces exchanged fire with Pakistani troops at Torkham on Wednesday.", "other",
     "exchanged fire with Pakistani troops", "Afghanistan"),
    ("Greek border police fired tear gas at migrants at the Kastanies crossing on Saturday.", "other",
     "fired tear gas", "Greece"),
    ("Serbian border police closed the crossing with Kosovo on Monday.", "other", "closed the crossing", "Serbia"),
    ("Chinese border troops detained three Indian herders in Ladakh last week.", "other",
     "detained three Indian herders", "China"),
    ("A Japanese coast guard patrol vessel chased the trawler out of the zone on Tuesday.", "ship_movement",
     "chased the trawler", "Japan"),
    ("Russian coast patrol boats detained a Japanese fishing boat off the Kuril Islands on Thursday.", "other",
     "detained a Japanese fishing boat", "Russia"),
    ("Libyan coast guard boats detained 300 migrants on Friday.", "other", "detained 300 migrants", "Libya"),
    ("Tunisian coast guard units recovered 20 bodies off Sfax on Monday.", "other", "recovered 20 bodies", "Tunisia"),
    ("Vietnamese coast guard ships shadowed the Chinese survey vessel on Wednesday.", "ship_movement",
     "shadowed the Chinese survey vessel", "Vietnam"),
    ("Indonesian coast patrol vessels seized two Vietnamese fishing boats on Saturday.", "other",
     "seized two Vietnamese fishing boats", "Indonesia"),
    ("Italian port authorities detained the rescue ship at Lampedusa on Tuesday.", "other", "detained the rescue ship",
     "Italy"),
    ("Ukrainian port officials detained the grain carrier on Monday.", "other", "detained the grain carrier",
     "Ukraine"),
    ("Sudanese border forces seized a truck carrying weapons on Friday.", "other", "seized a truck", "Sudan"),
    ("Moroccan border forces blocked hundreds of migrants at the fence on Friday.", "other",
     "blocked hundreds of migrants", "Morocco"),
    ("Polish border service officers detained two Belarusians on Sunday.", "other", "detained two Belarusians",
     "Poland"),
    ("Egyptian border guards opened the Rafah crossing on Saturday.", "other", "opened the Rafah crossing", "Egypt"),
]

# A demonym before a place alone names where, not who: no doer is read from it.
PLACES = [
    ("Troops massed near the Polish border on Tuesday.", "deployment", "Troops massed"),
    ("The frigate sailed into Iranian waters on Monday.", "ship_movement", "sailed into Iranian waters"),
    ("The drone strayed into Turkish airspace on Friday.", "other", "strayed into Turkish airspace"),
    ("The ship entered Russian territory near the bridge on Sunday.", "ship_movement", "entered Russian territory"),
    ("The tanker docked at the Syrian port of Baniyas on Wednesday.", "ship_movement", "docked at the Syrian port"),
    ("The patrol boat left the Greek island of Lesbos on Saturday.", "ship_movement", "left the Greek island"),
    ("Gunmen stormed the Malian border post of Menaka on Sunday.", "other", "stormed the Malian border post"),
    ("The convoy reached the Iraqi border town of Rabia on Thursday.", "other|ship_movement|deployment",
     "reached the Iraqi border town"),
]


@pytest.mark.parametrize(("text", "kind", "anchor", "actor"), FORCES)
def test_a_states_border_or_coast_force_acts_for_it(text, kind, anchor, actor):
    check_act(extract(make_excerpt(text)), text, kind, anchor, actor, {})


@pytest.mark.parametrize(("text", "kinds", "anchor"), PLACES)
def test_a_demonym_before_a_place_names_no_doer(text, kinds, anchor):
    from tests.timeline.events_helpers import held_by

    held = held_by(extract(make_excerpt(text)), text, kinds, anchor)
    assert all(e.actor is None for e in held), [(e.kind.value, e.actor) for e in held]
