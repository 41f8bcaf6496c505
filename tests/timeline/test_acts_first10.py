"""Acts told first with their attribution after them (session 10, timeline/actfirst.py; no corpus text): "Y fired two
missiles on Tuesday, the ministry said", "Troops seized the port, according to state media", written fresh from general
knowledge of wire, agency, broadcast and paper English across regions. One table per shape: objects joined by "and"
right before the attribution, a second act after "and", the attribution's setting after its verb ("said in a statement
posted online"), the thing acted on told first in the passive, and acts told first by many kinds of attribution.
Each row: the anchor lies in an event of the row's kind ("a|b": either), by the row's actor (None: not checked), with
the modality and first day given. Negative rows hold no event of the kinds named: hedged acts ("may have used",
"appeared to have landed") and states, thought or measures told in the passive ("were unharmed", "was registered")."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, held_by, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2023-03-10"  # a Friday: "on Monday" told in the past is 2023-03-06
MON, TUE, WED, THU, FRI, SAT, SUN = ("2023-03-06", "2023-03-07", "2023-03-08", "2023-03-09", "2023-03-10",
                                     "2023-03-04", "2023-03-05")
RC = "reported_claim"


R = Row = ActRow

# Objects joined by "and" right before the attribution: the act runs over both (the attribution's verb is no
# new clause's).
AND_OBJECTS = [
    R('The United States carried out strikes on militia targets in Iraq and Syria, the Pentagon said.',
      'other', 'carried out strikes on militia targets in Iraq and Syria', 'United States', RC),
    R('Border guards fired on and seized two fishing boats and their crews, the coast guard said.',
      'other', 'fired on and seized two fishing boats and their crews', None, RC),
    R('Israeli jets struck weapons depots in Homs and Hama overnight, Syrian state media said.',
      'other', 'struck weapons depots in Homs and Hama', 'Israel', RC, THU),
    R('Russia expelled diplomats from Latvia and Estonia on Wednesday, the foreign ministry said.',
      'other|sanction', 'expelled diplomats from Latvia and Estonia', 'Russia', RC, WED),
    R("North Korea fired a ballistic missile and two cruise missiles into the sea, South Korea's military said.",
      'missile_test', 'fired a ballistic missile and two cruise missiles', 'North Korea', RC),
    R('Police detained 40 protesters in Minsk and Grodno on Sunday, a rights group said.',
      'other', 'detained 40 protesters in Minsk and Grodno', None, RC, SUN),
    R('The EU imposed sanctions on six Iranian officials and two entities, EU diplomats said.',
      'sanction', 'imposed sanctions on six Iranian officials and two entities', 'European Union', RC),
    R('Ukrainian forces shot down 12 drones and three cruise missiles overnight, the air force said.',
      'other', 'shot down 12 drones and three cruise missiles', 'Ukraine', RC, THU),
    R('Canada sanctioned four Haitian politicians and two business leaders on Friday, the foreign ministry said.',
      'sanction', 'sanctioned four Haitian politicians and two business leaders', 'Canada', RC, FRI),
    R('Turkish jets bombed Kurdish militant positions in northern Iraq and Syria on Saturday, the Turkish defence ministry said.',
      'other', 'bombed Kurdish militant positions in northern Iraq and Syria', 'Turkey', RC, SAT),
    R('Japan scrambled fighter jets against Chinese drones and a Russian patrol plane on Monday, the Joint Staff said.',
      'deployment|other', 'scrambled fighter jets against Chinese drones and a Russian patrol plane', 'Japan', None, MON),
    R('Lithuania closed two border crossings with Belarus and Russia on Wednesday, the interior ministry said.',
      'other', 'closed two border crossings with Belarus and Russia', 'Lithuania', RC, WED),
    R('The Philippines deployed coast guard ships and navy patrol vessels to the reef, a government spokesman said.',
      'deployment|ship_movement', 'deployed coast guard ships and navy patrol vessels to the reef', 'Philippines', RC),
    R('Britain froze the assets of three Russian banks and two oligarchs on Tuesday, the Treasury said.',
      'sanction', 'froze the assets of three Russian banks and two oligarchs', 'United Kingdom', RC, TUE),
    R('Egyptian authorities arrested a journalist and his lawyer in Cairo, rights groups said.',
      'other', 'arrested a journalist and his lawyer in Cairo', 'Egypt', RC),
    R('Pakistan recalled its ambassadors from Kabul and Tehran on Monday, the foreign office said.',
      'other', 'recalled its ambassadors from Kabul and Tehran', 'Pakistan', RC, MON),
    R('South Korea seized a ship carrying coal and oil bound for the North, the customs service said.',
      'other', 'seized a ship carrying coal and oil', 'South Korea', RC),
    R('Hungary blocked EU aid to Ukraine and new sanctions on Moscow on Thursday, diplomats said.',
      'other|sanction', 'blocked EU aid to Ukraine and new sanctions on Moscow', None, RC, THU),
    R('The navy intercepted drones and an anti-ship missile over the Red Sea, U.S. Central Command said.',
      'other', 'intercepted drones and an anti-ship missile over the Red Sea', None, RC),
    R('Serbian police arrested two men in Belgrade and Novi Sad on Friday, the interior minister said.',
      'other', 'arrested two men in Belgrade and Novi Sad', 'Serbia', RC, FRI),
]

# A second act after "and": its words stop before the attribution; it is reported and its date is its own.
SECOND_ACTS = [
    R('Azerbaijani forces shelled Armenian villages and seized a hilltop overnight, the Armenian defence ministry said.',
      'other', 'seized a hilltop', 'Azerbaijan', RC, THU),
    R('Polish border guards detained 14 migrants on Saturday and returned them to Belarus, a spokeswoman said.',
      'other', 'returned them to Belarus', 'Poland', RC),
    R('Rwanda has expelled the Belgian ambassador and suspended development cooperation, the government said on Monday.',
      'other|sanction', 'suspended development cooperation', 'Rwanda', RC),
    R('The coup leaders arrested the president and suspended the constitution, a military spokesman said on television.',
      'other', 'suspended the constitution', None, RC),
    R("The Chinese carrier sailed through the Bashi Channel on Wednesday and entered the western Pacific, Taiwan's defence ministry said.",
      'ship_movement', 'entered the western Pacific', 'China', RC, WED),
    R('Israeli troops raided the camp and arrested 12 people, the Palestinian news agency WAFA said on Tuesday.',
      'other', 'arrested 12 people', 'Israel'),
    R('The rebels captured the airport and cut the main road to the capital, residents said on Sunday.',
      'other', 'cut the main road to the capital', None, RC),
    R('Russian forces struck an energy plant in Kharkiv and damaged a gas pipeline, the regional governor said on Telegram.',
      'other', 'damaged a gas pipeline', 'Russia', RC),
    R("The ship left the port of Odesa on Monday and sailed south towards the Bosphorus, Ukraine's infrastructure ministry said.",
      'ship_movement', 'sailed south towards the Bosphorus', None, RC, MON),
    R('Police fired tear gas at protesters and detained dozens in the capital, witnesses said on Saturday.',
      'other', 'detained dozens in the capital', None, RC),
]

# The attribution's verb followed by its setting ("said in a statement posted online"): the act keeps its own
# words, its own date, and is reported.
SETTINGS = [
    R("Russia had launched 40 drones and six missiles overnight, Ukraine's air force said on its Telegram channel.",
      'missile_test|other', 'launched 40 drones and six missiles', 'Russia', RC, THU),
    R('Moscow has suspended its participation in the treaty, President Vladimir Putin said in his annual address to parliament.',
      'other', 'suspended its participation in the treaty', 'Russia', RC),
    R('The embassy suspended visa services on Monday, the embassy said in a notice on its website.',
      'other|sanction', 'suspended visa services', None, RC, MON),
    R("Niger's military rulers ordered the French ambassador to leave within 48 hours, the foreign ministry said in a statement read on state television.",
      'other|sanction', 'ordered the French ambassador to leave', 'Niger', RC),
    R("Pakistan's foreign office summoned India's deputy high commissioner, a statement from Islamabad said.",
      'other', "summoned India's deputy high commissioner", 'Pakistan', RC),
    R('The army retook the town after three days of fighting, the governor said on Telegram.',
      'other', 'retook the town', None, RC),
    R('The junta has suspended the broadcasts of two French media outlets, a government spokesman said on state television.',
      'other|sanction', 'suspended the broadcasts of two French media outlets', None, RC),
    R('The Indian navy rescued the crew of a hijacked bulk carrier off Somalia, a navy spokesman said on X.',
      'other', 'rescued the crew of a hijacked bulk carrier', 'India', RC),
    R('Ghana expelled a Russian diplomat on Tuesday, the foreign ministry said in a statement posted online.',
      'other|sanction', 'expelled a Russian diplomat', 'Ghana', RC, TUE),
    R('Hezbollah fired dozens of rockets at northern Israel on Sunday, the group said in a statement on Telegram.',
      'missile_test|other', 'fired dozens of rockets at northern Israel', 'Hezbollah', RC, SUN),
    R('Georgia closed its airspace to Russian airlines on Wednesday, the transport ministry said at a briefing in Tbilisi.',
      'other|sanction', 'closed its airspace to Russian airlines', 'Georgia', RC, WED),
    R('The Taliban freed two American prisoners on Thursday, the State Department said in a brief statement on Friday.',
      'other', 'freed two American prisoners', 'Taliban', RC, THU),
    R('The Colombian army killed a rebel commander in a bombing raid, the defence minister said on Twitter on Saturday.',
      'other', 'killed a rebel commander in a bombing raid', 'Colombia', RC),
    R('Turkey detained 30 suspected militants in dawn raids on Tuesday, the interior minister said in a post on X.',
      'other', 'detained 30 suspected militants in dawn raids', 'Turkey', RC, TUE),
    R('Greek coast guard vessels rescued 120 migrants off Crete on Monday, the coast guard said in an emailed statement.',
      'other', 'rescued 120 migrants off Crete', 'Greece', RC, MON),
]

# The thing acted on first, in the passive, then the attribution: an act done to it; the agent after "by" acts.
PASSIVES = [
    R('The satellite was successfully placed into orbit, state news agency KCNA said.',
      'other', 'was successfully placed into orbit', None, RC),
    R('Three Russian diplomats have been ordered to leave the country within 72 hours, the foreign ministry said.',
      'other|sanction', 'have been ordered to leave the country', None, RC),
    R('The two journalists were deported to Turkey on Sunday, their lawyer said.',
      'other', 'were deported to Turkey', None, RC, SUN),
    R('Four aid workers were abducted near the town of Mopti, the United Nations said.',
      'other', 'were abducted near the town of Mopti', None, RC),
    R('The consulate was evacuated on Thursday night, a State Department official said.',
      'other', 'was evacuated', None, RC, THU),
    R('The opposition newspaper was shut down by the authorities last week, its editor told AFP.',
      'other', 'was shut down by the authorities', None, RC),
    R('Two oil tankers were hijacked off the coast of Guinea on Saturday, the maritime bureau said.',
      'other', 'were hijacked off the coast of Guinea', None, RC, SAT),
    R('The border crossing was reopened to trucks on Monday, Egyptian security sources said.',
      'other', 'was reopened to trucks', None, RC, MON),
    R("Eleven fishermen were released by the Indian authorities on Friday, Pakistan's foreign office said.",
      'other', 'were released by the Indian authorities', 'India', RC, FRI),
    R('The airport was struck by two rockets early on Sunday, the interior ministry said.',
      'other|missile_test', 'was struck by two rockets', None, RC, SUN),
    R('Five suspected spies have been arrested in the capital, the intelligence service said.',
      'other', 'have been arrested in the capital', None, RC),
    R('The vessel has been detained in Brest pending an investigation, French maritime officials said.',
      'other', 'has been detained in Brest', None, RC),
    R('The opposition leader was sentenced to 12 years in prison on Tuesday, his lawyers said.',
      'other', 'was sentenced to 12 years in prison', None, RC, TUE),
    R('Two Chinese nationals were expelled for spying, the interior ministry said.',
      'other|sanction', 'were expelled for spying', None, RC),
    R('The power plant was hit by Russian shelling overnight, the Ukrainian energy ministry said.',
      'other', 'was hit by Russian shelling', None, RC, THU),
    R('The convoy was ambushed on the road to Gao on Wednesday, a military source told Reuters.',
      'other', 'was ambushed on the road to Gao', None, RC, WED),
    R('The ambassador was summoned to the foreign ministry on Monday, the ministry said.',
      'other', 'was summoned to the foreign ministry', None, RC, MON),
    R('The tanker was boarded by armed men off the coast of Oman, maritime security firm Ambrey said.',
      'other', 'was boarded by armed men', None, RC),
    R('Seven soldiers were killed in a roadside bombing near the border, the army said on Saturday.',
      'other', 'were killed in a roadside bombing', None, RC),
    R('The hostages were freed on Saturday, the Qatari foreign ministry said.', 'other', 'were freed', None, RC, SAT),
]

# Acts told first, the attribution naming an agency, a source, an official or a body: the doer is the clause's
# subject, never the speaker; plans stay planned.
TOLD_FIRST = [
    R("China sent 42 warplanes into Taiwan's air defence zone on Sunday, Taiwan's defence ministry said.",
      'deployment|other', "sent 42 warplanes into Taiwan's air defence zone", 'China', RC, SUN),
    R("Venezuelan troops massed near the border on Friday, Guyana's foreign minister told the BBC.",
      'deployment', 'massed near the border', 'Venezuela', RC, FRI),
    R('Israeli forces raided the Jenin refugee camp on Monday, the Palestinian health ministry said.',
      'other', 'raided the Jenin refugee camp', 'Israel', RC, MON),
    R('Egypt reopened the Rafah crossing on Saturday, Egyptian security sources told AFP.',
      'other', 'reopened the Rafah crossing', 'Egypt', RC, SAT),
    R('The Iranian foreign minister visited Damascus on Sunday, Syrian state media said.',
      'meeting', 'visited Damascus', 'Iran', RC, SUN),
    R('Moldova expelled a Russian diplomat over the weekend, the foreign ministry in Chisinau said on Monday.',
      'other|sanction', 'expelled a Russian diplomat', 'Moldova', RC),
    R('The Sudanese army recaptured the presidential palace in Khartoum on Friday, army spokesman Nabil Abdallah said.',
      'other', 'recaptured the presidential palace in Khartoum', 'Sudan', RC, FRI),
    R('Colombia broke off relations with Israel on Wednesday, President Gustavo Petro wrote on X.',
      'other', 'broke off relations with Israel', 'Colombia', RC, WED),
    R('France pulled its last troops out of Niger on Friday, the French army said.',
      'deployment|other', 'pulled its last troops out of Niger', 'France', RC, FRI),
    R("Four Chinese warships entered Japan's contiguous zone on Friday, the coast guard said.",
      'ship_movement', "entered Japan's contiguous zone", 'China', RC, FRI),
    R('Armenia recalled its ambassador from Moscow on Thursday, according to a foreign ministry statement.',
      'other', 'recalled its ambassador from Moscow', 'Armenia', RC, THU),
    R('Troops seized the port, according to state media.', 'other', 'seized the port', None, RC),
    R("North Korea fired a ballistic missile into the sea, according to South Korea's Joint Chiefs of Staff.",
      'missile_test', 'fired a ballistic missile into the sea', 'North Korea', RC),
    R('The destroyer sailed through the Taiwan Strait on Wednesday, the U.S. Navy said in a statement.',
      'ship_movement', 'sailed through the Taiwan Strait', 'United States', RC, WED),
    R('Houthi rebels launched a drone at a commercial vessel in the Red Sea on Monday, the U.S. military said.',
      'missile_test|other', 'launched a drone at a commercial vessel', 'Houthis', RC, MON),
    R('Gunmen kidnapped three foreign engineers in the south of the country on Sunday, local officials said.',
      'other', 'kidnapped three foreign engineers', None, RC, SUN),
    R('Turkey detained 20 suspected militants in raids across Istanbul, state-run Anadolu Agency reported.',
      'other', 'detained 20 suspected militants', 'Turkey', RC),
    R('Pyongyang test-fired a new cruise missile over the weekend, state news agency KCNA said on Monday.',
      'missile_test', 'test-fired a new cruise missile', 'North Korea', RC, SAT),
    R('Serbia suspended arms exports for 60 days, President Aleksandar Vucic said.',
      'sanction|other', 'suspended arms exports for 60 days', 'Serbia', RC),
    R('Beijing summoned the Japanese ambassador on Tuesday, the Chinese foreign ministry said.',
      'other', 'summoned the Japanese ambassador', 'China', RC, TUE),
    R('Georgian authorities deported a Russian journalist on Sunday, her employer said.',
      'other', 'deported a Russian journalist', 'Georgia', RC, SUN),
    R('Australia imposed sanctions on 13 Russian officials on Wednesday, Foreign Minister Penny Wong announced.',
      'sanction', 'imposed sanctions on 13 Russian officials', 'Australia', RC, WED),
    R('India tested an Agni-V ballistic missile from an island off Odisha on Monday, the Defence Research and Development Organisation said.',
      'missile_test', 'tested an Agni-V ballistic missile', 'India', RC, MON),
    R('The Russian frigate anchored off Havana on Wednesday, Cuban state media said.',
      'ship_movement', 'anchored off Havana', 'Russia', RC, WED),
    R('Azerbaijani troops opened fire on Armenian positions near Sotk overnight, the Armenian defence ministry said.',
      'other', 'opened fire on Armenian positions', 'Azerbaijan', RC, THU),
    R('Kenya will deploy 1,000 police officers to Haiti next month, the interior minister said.',
      'deployment', 'will deploy 1,000 police officers to Haiti', 'Kenya', 'planned', '2023-04-01'),
    R('Russia plans to hold naval drills in the Baltic next week, the defence ministry said.',
      'military_exercise', 'hold naval drills in the Baltic', 'Russia', 'planned', '2023-03-13'),
    R('Ukrainian drones attacked an oil refinery in the Krasnodar region overnight, Russian officials claimed.',
      'other', 'attacked an oil refinery', 'Ukraine', RC, THU),
    R("Russia shelled the nuclear plant again on Sunday, Ukraine's energy operator alleged.",
      'other', 'shelled the nuclear plant', 'Russia', RC, SUN),
    R('Israel struck a Hezbollah weapons depot in the Bekaa Valley, the army confirmed on Tuesday.',
      'other', 'struck a Hezbollah weapons depot', 'Israel', RC),
    R("The Houthis have seized a second merchant ship, the group's spokesman claimed in a televised speech.",
      'other', 'seized a second merchant ship', 'Houthis', RC),
    R("North Korea tested a solid-fuel engine last month, Seoul's spy agency told lawmakers.",
      'other|missile_test', 'tested a solid-fuel engine', 'North Korea', RC, '2023-02-01'),
    R('Iranian boats harassed the tanker for an hour, the U.S. Navy stated.',
      'other|ship_movement', 'harassed the tanker', 'Iran', RC),
    R('Turkey shot down a Russian warplane near the Syrian border, Turkish officials confirmed.',
      'other', 'shot down a Russian warplane', 'Turkey', RC),
    R('Washington deployed two aircraft carriers to the region, two U.S. officials told Reuters on condition of anonymity.',
      'deployment|ship_movement', 'deployed two aircraft carriers to the region', 'United States', RC),
    R('The Chinese vessel rammed a Vietnamese fishing boat near the Paracels, Hanoi said, calling the incident a serious violation.',
      'other|ship_movement', 'rammed a Vietnamese fishing boat', 'China', RC),
    R('Armed men stormed the parliament building, witnesses told the Associated Press.',
      'other', 'stormed the parliament building', None, RC),
    R("Mali's junta ordered the French ambassador to leave the country within 72 hours, state television reported late Monday.",
      'other|sanction', 'ordered the French ambassador to leave the country', 'Mali', RC),
    R('The United States and Britain launched strikes on Houthi targets in Yemen on Thursday night, U.S. officials said.',
      'other', 'launched strikes on Houthi targets in Yemen', 'United States', RC, THU),
    R('Russian forces captured the village of Novomykhailivka, the Russian defence ministry said, a claim Ukraine denied.',
      'other', 'captured the village of Novomykhailivka', 'Russia', RC),
    R('A Russian warship and a tanker sailed through the English Channel on Tuesday, the Royal Navy said.',
      'ship_movement', 'sailed through the English Channel', 'Russia', RC, TUE),
    R('Gunmen killed at least 11 people in an attack on a mosque in northern Nigeria, police said on Saturday.',
      'other', 'killed at least 11 people', None, RC),
    R('The planes entered the air defence identification zone without notice, Tokyo said, calling it a provocation.',
      'other', 'entered the air defence identification zone', None, RC),
    R('Two Chinese coast guard ships chased a Philippine vessel near the shoal, damaging its hull, Manila said on Monday.',
      'ship_movement|other', 'chased a Philippine vessel near the shoal', 'China', RC),
    R('The militants ambushed a patrol near the border, killing five soldiers, the army said, adding that three attackers were killed.',
      'other', 'ambushed a patrol near the border', None, RC),
    R('Seoul and Tokyo restored a military intelligence-sharing pact on Monday, officials said.',
      'other', 'restored a military intelligence-sharing pact', 'South Korea', RC, MON),
    R('The U.S. Treasury blacklisted four shipping companies on Thursday, the department said in a statement.',
      'sanction', 'blacklisted four shipping companies', 'United States', RC, THU),
    R("Kyiv was hit by a massive missile and drone attack overnight, the city's mayor said.",
      'other', 'was hit by a massive missile and drone attack', None, RC, THU),
    R('Thousands of troops have been deployed to the border area, the interior minister said.',
      'deployment', 'have been deployed to the border area', None, RC),
    R('Several rockets were fired from Lebanon towards northern Israel, the Israeli military said.',
      'other', 'were fired from Lebanon', None, RC),
    R("The two navies held joint drills in the East China Sea last week, China's defence ministry said.",
      'military_exercise', 'held joint drills in the East China Sea', None, RC, '2023-02-27'),
    R("Russian and Chinese bombers conducted a joint patrol over the Pacific on Tuesday, Japan's defence ministry said.",
      'military_exercise|other', 'conducted a joint patrol over the Pacific', 'Russia', RC, TUE),
    R('The talks ended without agreement on Friday, a State Department spokesman said.',
      'meeting', 'talks ended without agreement', None, RC, FRI),
    R('The envoy held talks with Taliban leaders in Kandahar on Tuesday, the Pakistani foreign office said.',
      'meeting', 'held talks with Taliban leaders', None, RC, TUE),
    R('Greece and Turkey signed a declaration of friendship in Athens on Thursday, officials said.',
      'other', 'signed a declaration of friendship', None, RC, THU),
    R("The parliament ratified the defence agreement on Wednesday, the speaker's office said.",
      'other', 'ratified the defence agreement', None, RC, WED),
    R('The prime minister resigned on Friday, his spokesman said.', 'other', 'resigned', None, RC, FRI),
    R('The army imposed a curfew in the capital on Monday night, residents said.',
      'other', 'imposed a curfew in the capital', None, RC, MON),
    R("A Chinese survey ship entered Vietnam's exclusive economic zone on Thursday, a Vietnamese official said.",
      'ship_movement', "entered Vietnam's exclusive economic zone", 'China', RC, THU),
    R('The submarine surfaced near the island on Tuesday, the Japanese defence ministry said.',
      'ship_movement', 'surfaced near the island', None, RC, TUE),
    R("A Ukrainian naval drone damaged a Russian landing ship near Crimea, Ukraine's military intelligence said.",
      'other', 'damaged a Russian landing ship', 'Ukraine', RC),
    R('Russia has moved nuclear weapons to Belarus, President Alexander Lukashenko told state television.',
      'deployment', 'moved nuclear weapons to Belarus', 'Russia', RC),
    R("The authorities have blocked access to Telegram, the country's telecoms regulator said.",
      'other', 'blocked access to Telegram', None, RC),
    R('Russia has recognised the independence of the two regions, the Kremlin said.',
      'other', 'recognised the independence of the two regions', 'Russia', RC),
    R('The airliner was shot down by a surface-to-air missile, Dutch investigators said.',
      'other', 'was shot down by a surface-to-air missile', None, RC),
    R('On Tuesday, the Iranian navy seized a Marshall Islands-flagged tanker in the Gulf of Oman, the U.S. Navy said.',
      'other', 'seized a Marshall Islands-flagged tanker', 'Iran', RC, TUE),
    R('Early on Sunday, Russian missiles struck an energy facility in western Ukraine, regional officials said.',
      'other', 'struck an energy facility in western Ukraine', 'Russia', RC, SUN),
    R('Last week, Chinese vessels blocked a Philippine resupply mission to the shoal, Manila said.',
      'ship_movement|other', 'blocked a Philippine resupply mission', 'China', RC, '2023-02-27'),
    R('Separately, Russian forces struck a power plant in the Kharkiv region, Ukrainian officials said.',
      'other', 'struck a power plant in the Kharkiv region', 'Russia', RC),
    R('Meanwhile, Iran seized a second tanker in the Gulf, Iranian state media reported.',
      'other', 'seized a second tanker', 'Iran', RC),
    R("North Korea on Thursday fired two short-range ballistic missiles toward the East Sea, the South's Joint Chiefs of Staff said.",
      'missile_test', 'fired two short-range ballistic missiles', 'North Korea', RC, THU),
    R('After weeks of tension along the border, Indian troops pulled back from two positions on Thursday, the army said.',
      'deployment', 'pulled back from two positions', 'India', RC, THU),
    R('Two Russian Tu-95 bombers, escorted by Su-35 fighters, flew over the Sea of Okhotsk on Tuesday, the Russian defence ministry said.',
      'other|deployment', 'flew over the Sea of Okhotsk', 'Russia', RC, TUE),
    R('The ship, which was carrying 25 crew, was seized by Iranian commandos in the Strait of Hormuz on Friday, its operator said.',
      'other', 'was seized by Iranian commandos', 'Iran', RC, FRI),
    R("South Korea's military fired warning shots after North Korean soldiers briefly crossed the border on Tuesday, the Joint Chiefs of Staff said.",
      'other', 'fired warning shots', 'South Korea', RC),
    R('The Houthis attacked two commercial ships in the Red Sea on Monday, the U.S. military said, adding that one vessel was damaged.',
      'other', 'attacked two commercial ships in the Red Sea', 'Houthis', RC, MON),
    R('Government troops stormed the rebel camp on Monday, freeing 12 hostages, the army said in a statement.',
      'other', 'stormed the rebel camp', None, RC, MON),
    R('The Russian navy test-fired a hypersonic missile from a frigate in the White Sea on Friday, the defence ministry said.',
      'missile_test', 'test-fired a hypersonic missile', 'Russia', RC, FRI),
    R('Chad has cut diplomatic ties with Israel, the government spokesman said in a statement.',
      'other', 'cut diplomatic ties with Israel', 'Chad', RC),
    R('Lithuania expelled a Russian diplomat on Monday, the foreign ministry said in Vilnius.',
      'other|sanction', 'expelled a Russian diplomat', 'Lithuania', RC, MON),
    R('Nigerian troops freed 20 kidnapped schoolchildren on Saturday, the army said in a statement issued on Sunday.',
      'other', 'freed 20 kidnapped schoolchildren', 'Nigeria', RC, SAT),
    R('Kazakhstan closed its embassy in Kyiv on Thursday, the foreign ministry said at its weekly briefing.',
      'other|sanction', 'closed its embassy in Kyiv', 'Kazakhstan', RC, THU),
    R('Tunisian coast guards intercepted 300 migrants off Sfax and Mahdia on Tuesday, the national guard said.',
      'other', 'intercepted 300 migrants off Sfax and Mahdia', None, RC, TUE),
    R('Bolivia severed diplomatic ties with Israel on Tuesday, a deputy foreign minister said at a news conference.',
      'other', 'severed diplomatic ties with Israel', 'Bolivia', RC, TUE),
    R("Argentina's navy sank a Chinese fishing vessel that was fishing illegally in its waters, the coast guard said.",
      'other', 'sank a Chinese fishing vessel', 'Argentina', RC),
    R('Saudi-led coalition jets bombed Houthi positions in Hodeidah and Saada on Saturday, Al Masirah TV reported.',
      'other', 'bombed Houthi positions in Hodeidah and Saada', None, RC, SAT),
    R('Two Iranian nationals were extradited to the United States on Wednesday, the Justice Department said.',
      'other', 'were extradited to the United States', None, RC, WED),
    R('The bridge was destroyed by Ukrainian forces last week, a Russian-installed official said.',
      'other', 'was destroyed by Ukrainian forces', 'Ukraine', RC, '2023-02-27'),
    R('Indonesia deported two Australian activists on Thursday, an immigration official said in Jakarta.',
      'other', 'deported two Australian activists', 'Indonesia', RC, THU),
]

# Hedges before the act's verb, and things said of a thing told in the passive that are states, thought or measures:
# no act of the kinds named.
NEGATIVES = [
    ('The militants may have used a drone in the attack, officials said.', ['other', 'missile_test']),
    ('The missile appeared to have landed in the sea, the Japanese coast guard said.', ['other', 'missile_test']),
    ('The rebels might have crossed the river overnight, a local official said.', ['other', 'deployment']),
    ('Russia could have moved the warheads already, a Western diplomat said.', ['deployment', 'other']),
    ('The drone seemed to have come from the east, witnesses said.', ['other']),
    ('The ship is believed to have switched off its transponder, the monitoring group said.', ['other', 'ship_movement']),
    ('The regime is thought to have executed dozens of prisoners, rights groups said.', ['other']),
    ('The militia probably shelled the village, a U.N. official said.', ['other']),
    ("Pyongyang possibly launched a satellite rocket, Seoul's military said.", ['other', 'missile_test']),
    ('All 19 crew members were unharmed, the shipping company said.', ['other']),
    ('The two diplomats were unaware of the plan, the ministry said.', ['other']),
    ('The talks were expected to last two days, officials said.', ['other']),
    ('The deal was believed to be close, diplomats said.', ['other']),
    ('The strike was seen as a warning to Tehran, analysts said.', ['other']),
    ('The ship was registered in Panama, the maritime authority said.', ['other']),
    ('The vessel was owned by a Greek company, the coast guard said.', ['other']),
    ('The base was located about 20 km from the border, the army said.', ['other']),
    ('The area was known for smuggling, local officials said.', ['other']),
    ('The fighters were armed with assault rifles, witnesses said.', ['other']),
    ('The embassy was concerned about the safety of its citizens, a spokesman said.', ['other']),
    ('The crew were worried about the weather, the captain said.', ['other']),
    ('The meeting was described as constructive, the Kremlin said.', ['other']),
    ('The convoy was called a humanitarian mission, the ministry said.', ['other']),
    ('The country was required to pay compensation, the court said.', ['other']),
    ('The plan was intended to calm tensions, the foreign minister said.', ['other']),
    ('The rules were designed to prevent clashes, the navy said.', ['other']),
    ('The decision was supported by most member states, diplomats said.', ['other']),
    ('The figures were based on satellite images, the institute said.', ['other']),
    ('The two men were linked to the ruling party, the newspaper said.', ['other']),
    ('The islands were included in the new zone, the agency said.', ['other']),
    ('It was not clear who fired first, the U.N. mission said.', ['other', 'missile_test']),
    ('There were no casualties, the defence ministry said.', ['other']),
    ('The situation was calm on Monday, residents said.', ['other']),
    ('The border remained closed, the interior ministry said.', ['other']),
    ('The tanker was empty, its owner said.', ['other']),
    ('The talks were constructive and frank, both sides said.', ['other', 'meeting']),
    ('Relations were at their lowest point in decades, the ambassador said.', ['other']),
    ('The drills were a rehearsal for an invasion, Taiwan said.', ['other']),
    ('The launch was a violation of Security Council resolutions, Japan said.', ['other']),
    ('The sanctions were illegal and counterproductive, the Kremlin said.', ['other']),
    ('The crew were all Filipino nationals, the manning agency said.', ['other']),
    ('The shells were of Soviet design, the investigators said.', ['other']),
    ('The soldiers were in good health, the Red Cross said.', ['other']),
]

ROWS = AND_OBJECTS + SECOND_ACTS + SETTINGS + PASSIVES + TOLD_FIRST
# Rows the tool still misses, each a strict xfail with the reason (none this session: the table passes whole).
MISSED: dict[str, str] = {}


def _events(text: str):
    return extract_strict(make_excerpt(text, published=PUBLISHED))


def test_the_tables_are_large_enough() -> None:
    """The brief asks for at least 150 rows and 40 negatives."""
    assert len(ROWS) >= 150 and len(NEGATIVES) >= 40, (len(ROWS), len(NEGATIVES))


@pytest.mark.parametrize("row", missed_cases(ROWS, MISSED))
def test_an_act_told_first_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "absent"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_act_is_read(text: str, absent: list[str]) -> None:
    found = kinds_found(_events(text), absent)
    assert not found, found


# Attributions no statement frame reads yet (speakers.py / frames.py's part): the act still holds the whole sentence.
UNFRAMED = ("Armenia recalled its ambassador from Moscow on Thursday, according to a foreign ministry statement.",)


@pytest.mark.parametrize("row", [r for r in ROWS if r.modality == RC and r.text not in UNFRAMED],
                         ids=lambda r: r.anchor[:40])
def test_the_act_stops_before_its_attribution(row: Row) -> None:
    """The act's evidence never runs into ", X said": the statement alone holds the attribution."""
    comma = row.text.rindex(",")
    acts = held_by(_events(row.text), row.text, row.kind, row.anchor)
    assert acts and all(e.evidence.end <= comma for e in acts), [e.evidence.exact for e in acts]


def test_the_statement_keeps_the_whole_sentence() -> None:
    """The statement's evidence is the whole sentence, the act's only the told words."""
    text = "Azerbaijani forces shelled Armenian villages and seized a hilltop overnight, the Armenian defence ministry said."
    events = _events(text)
    said = held_by(events, text, "statement", "the Armenian defence ministry said")
    assert said and said[0].evidence.exact == text, [e.evidence.exact for e in said]
    seized = held_by(events, text, "other", "seized a hilltop")
    assert seized and seized[0].evidence.exact == "seized a hilltop overnight", [e.evidence.exact for e in seized]


def test_the_attribution_day_is_not_the_acts() -> None:
    """ "and suspended ..., the government said on Monday": Monday is the statement's day, the act has none of its own."""
    text = "Rwanda has expelled the Belgian ambassador and suspended development cooperation, the government said on Monday."
    acts = held_by(_events(text), text, "other|sanction", "suspended development cooperation")
    assert acts and all(e.date is None or e.date.phrase != "on Monday" for e in acts), \
        [(e.date.phrase if e.date else None) for e in acts]


def test_the_passive_acts_doer_is_the_agent() -> None:
    """ "was seized by Iranian commandos, its operator said": Iran acts, never the operator who tells it."""
    text = "The tanker was seized by Iranian commandos in the Gulf on Friday, its operator said."
    acts = held_by(_events(text), text, "other", "was seized by Iranian commandos")
    assert acts and acts[0].actor == "Iran" and acts[0].modality.value == RC, [(e.actor, e.modality.value) for e in acts]


def test_a_judgement_after_the_comma_is_no_attribution() -> None:
    """ ", an incident X blamed on ...": the collision is the reporter's own (asserted), not X's report of it."""
    text = "Two frigates collided in the Aegean on Wednesday, an incident Athens blamed on reckless manoeuvres."
    acts = [e for e in _events(text) if e.kind.value != "statement"]
    assert acts and acts[0].modality.value == "asserted", [(e.modality.value, e.evidence.exact) for e in acts]
