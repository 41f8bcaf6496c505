"""Acts in the reporter's own main clauses that unseen text told in shapes the tool missed (session 10; fresh sentences
written from general knowledge of wire, agency, broadcast and paper English, no corpus text): a second predicate after
"and"/"but" with the subject of the act before it, an aside set off by commas between the subject and its verb, a
pronoun opening the clause that continues the doer just told, offices, forces and bodies with no name of their own
(triggers.toml [fallback] open_subject_nouns), passives whose agent follows "by", perfect tenses, fronted adverbials,
participles and datelines, and main-clause kinds (meeting, sanction, deployment, other: the rulings of CONTRACT.md and
record-format.md). Each row: the anchor lies in an event of the row's kind ("a|b": either), by the row's actor (None:
not checked), with the fields given. Negative rows hold no event of the kinds named: opinions, habits, states, effects,
means, makeup, participles after their noun, histories with no act told."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2023-03-10"  # a Friday: "on Monday" told in the past is 2023-03-06


R = Row = ActRow

# Coordinated second predicates: "and"/"but" + a verb with no subject of its own, the subject of the act before.
COORDINATED = [
    R("Panama deregistered the tanker on Tuesday and impounded it in Balboa.", "other", "impounded it", "Panama"),
    R("Police arrested the editor on Friday but later deported him.", "other", "deported him"),
    R("The junta dissolved parliament and then interned the prime minister.", "other", "interned the prime minister"),
    R("Nigeria seized the vessel and quarantined its 26 crew members.", "other", "quarantined its", "Nigeria"),
    R("Ecuador revoked his citizenship and rescinded his asylum.", "other", "rescinded his asylum", "Ecuador"),
    R("Bolivia nationalised the gas fields and expropriated two foreign refineries.", "other", "expropriated two",
      "Bolivia"),
    R("Kenya closed the camp and relocated 20,000 refugees to Kakuma.", "other", "relocated 20,000", "Kenya"),
    R("Ukraine halted the convoy and commandeered three grain trucks on Monday.", "other", "commandeered three",
      "Ukraine", date="2023-03-06"),
    R("Georgia detained the activist and extradited him to Azerbaijan.", "other", "extradited him", "Georgia"),
    R("Turkey closed the consulate and repatriated its staff on Sunday.", "other", "repatriated its staff", "Turkey"),
    R("Indonesia sank the trawlers and prosecuted their captains.", "other", "prosecuted their", "Indonesia"),
    R("Uganda expelled the monitors and shuttered the UN rights office.", "other", "shuttered the UN", "Uganda"),
    R("Mali suspended the broadcaster and confiscated its equipment.", "other", "confiscated its", "Mali"),
    R("Chad recalled its ambassador and downgraded ties with Berlin.", "other", "downgraded ties", "Chad"),
    R("The junta suspended the constitution and then disbanded the electoral commission.", "other",
      "disbanded the electoral"),
    R("Sri Lanka detained the research ship and later deported its crew.", "other", "deported its crew",
      "Sri Lanka"),
    R("Vietnam boarded the boat and impounded its catch on Thursday.", "other", "impounded its catch", "Vietnam",
      date="2023-03-09"),
    R("Guatemala arrested the journalist and froze his newspaper's accounts.", "other|sanction",
      "froze his newspaper", "Guatemala"),
    R("Azerbaijan closed the road and fortified its positions nearby.", "other", "fortified its positions",
      "Azerbaijan"),
    R("Fiji detained the yacht and fined its owner 50,000 dollars.", "other", "fined its owner", "Fiji"),
    R("Senegal cut mobile internet and restricted access to social media on Monday.", "other|sanction",
      "restricted access", "Senegal"),
    R("Moldova expelled the diplomat and revoked the visas of two others.", "other", "revoked the visas", "Moldova"),
    R("Hungary vetoed the package but later abstained in a second vote.", "other", "vetoed the package", "Hungary"),
    R("Peru closed its southern border and deployed soldiers to the frontier provinces.", "deployment",
      "deployed soldiers", "Peru"),
    R("The Netherlands seized the jet and grounded it at Schiphol.", "other", "grounded it", "Netherlands"),
    R("Norway arrested the researcher and charged him with espionage.", "other", "charged him", "Norway"),
    R("Morocco recalled its envoy and summoned the German charge d'affaires.", "other", "summoned the German",
      "Morocco"),
    R("Colombia severed diplomatic ties and expelled the Israeli ambassador.", "sanction", "expelled the Israeli",
      "Colombia"),
    R("Honduras switched recognition to Beijing and closed its embassy in Taipei.", "other", "closed its embassy",
      "Honduras"),
    R("Armenia froze its participation in the bloc and withheld its dues.", "other", "withheld its dues", "Armenia"),
]

# An aside set off by commas between the subject and its verb: a relative clause, an apposition, a participle.
ASIDES = [
    R("Panama, which runs the world's largest ship registry, deregistered the tanker on Tuesday.", "other",
      "deregistered the tanker", "Panama", date="2023-03-07"),
    R("Sweden, which had long resisted calls to act, repatriated 12 women from Syria on Wednesday.", "other",
      "repatriated 12 women", "Sweden", date="2023-03-08"),
    R("Ecuador, under pressure from Washington, rescinded his asylum on Thursday.", "other", "rescinded his asylum",
      "Ecuador", date="2023-03-09"),
    R("Ukraine, citing wartime law, commandeered three grain ships on Friday.", "other", "commandeered three",
      "Ukraine", date="2023-03-10"),
    R("Bolivian President Evo Morales, a former coca grower, expropriated three foreign mines.", "other",
      "expropriated three"),
    R("Zambia's government, acting on a court ruling, evicted the mining firm.", "other", "evicted the mining",
      "Zambia"),
    R("Indonesia, the world's largest archipelago state, impounded two foreign trawlers on Monday.", "other",
      "impounded two", "Indonesia", date="2023-03-06"),
    R("Argentina, in a break with its neighbours, outlawed the group on Tuesday.", "other", "outlawed the group",
      "Argentina"),
    R("Kazakhstan, which borders both powers, decommissioned the last of its Soviet-era reactors.", "other",
      "decommissioned the last", "Kazakhstan"),
    R("Lithuania, alarmed by the rise in crossings, fortified 40 km of its border fence.", "other",
      "fortified 40 km", "Lithuania"),
    R("Japan, for the first time since 2013, quarantined a Russian crew at Otaru.", "other", "quarantined a Russian",
      "Japan"),
    R("Egypt, the main mediator, relocated the talks to Cairo on Sunday.", "meeting|other", "relocated the talks",
      "Egypt"),
    R("Slovakia, once a firm supporter of Kyiv, rerouted the arms shipment on Monday.", "other",
      "rerouted the arms", "Slovakia"),
    R("Ghana, whose cocoa exports are vital, nationalised the board on Friday.", "other", "nationalised the board",
      "Ghana"),
    R("Tunisia, in a decree published on Monday, dissolved the municipal councils.", "other",
      "dissolved the municipal", "Tunisia"),
    R("Mongolia, squeezed between its two giant neighbours, delisted the company.", "other", "delisted the company",
      "Mongolia"),
    R("Belgium, acting on a European warrant, extradited the suspect to Italy on Wednesday.", "other",
      "extradited the suspect", "Belgium", date="2023-03-08"),
    R("Chile, which hosts the observatory, evacuated its staff on Tuesday.", "other", "evacuated its staff",
      "Chile"),
    R("Nepal, after months of delay, repatriated the bodies of 11 workers.", "other", "repatriated the bodies",
      "Nepal"),
    R("Canada, responding to the findings, blacklisted the shipping firm on Thursday.", "sanction|other",
      "blacklisted the shipping", "Canada"),
    R("Iceland, the smallest NATO member, suspended its embassy in Moscow.", "other|sanction",
      "suspended its embassy", "Iceland"),
    R("Rwanda, long accused of backing the rebels, redeployed two battalions to the border.", "deployment",
      "redeployed two battalions", "Rwanda"),
    R("Estonia, like its Baltic neighbours, dismantled the Soviet monuments in the town.", "other",
      "dismantled the Soviet", "Estonia"),
    R("Oman, which has quietly mediated between the two, freed the French aid worker on Monday.", "other",
      "freed the French", "Oman"),
    R("Kuwait, citing security reasons, deported 300 foreign workers on Sunday.", "other", "deported 300", "Kuwait"),
]

# A pronoun opening the main clause, continuing the doer of the act told just before.
PRONOUNS = [
    R("Panama's maritime authority opened an inquiry on Monday. It impounded the tanker on Tuesday.", "other",
      "It impounded", "Panama"),
    R("Sweden has long resisted calls to act. On Wednesday it repatriated 12 women from Syria.", "other",
      "it repatriated", None),
    R("The junta seized power in July. It nationalised the uranium mine on Monday.", "other", "It nationalised"),
    R("Ecuador revoked his citizenship in 2021. It rescinded his asylum on Thursday.", "other", "It rescinded",
      "Ecuador", date="2023-03-09"),
    R("Chinese officials boarded the ship on Monday. They quarantined the crew for two weeks.", "other",
      "They quarantined", "China"),
    R("Ukraine's navy closed the channel on Monday. It commandeered three grain ships on Friday.", "other",
      "It commandeered", "Ukraine"),
    R("Kenya closed the Dadaab camp in June. It relocated the refugees to Kakuma in July.", "other",
      "It relocated", "Kenya"),
    R("Latvia expelled the Russian ambassador on Monday. It downgraded relations on Tuesday.", "other",
      "It downgraded", "Latvia", date="2023-03-07"),
    R("Mexico granted the former president asylum on Monday. It airlifted him out on Tuesday.", "other",
      "It airlifted", "Mexico"),
    R("Fiji seized the superyacht in April. It auctioned the vessel on Thursday.", "other", "It auctioned", "Fiji"),
    R("Nigeria detained the tanker on Monday. It fined the owners $10 million on Friday.", "other", "It fined",
      "Nigeria"),
    R("Guinea arrested the opposition leader on Monday. It indicted him on Wednesday.", "other", "It indicted",
      "Guinea"),
]

# Offices, forces and bodies with no name of their own as the subject of a verb no list reads.
UNNAMED_BODIES = [
    R("Customs officials confiscated the cargo on Monday.", "other", "confiscated the cargo"),
    R("The regulator grounded the airline's fleet on Monday.", "other", "grounded the airline"),
    R("Port authorities impounded the freighter on Thursday.", "other", "impounded the freighter"),
    R("The maritime authority deregistered the tanker on Tuesday.", "other", "deregistered the tanker"),
    R("The junta nationalised the gold mine on Monday.", "other", "nationalised the gold"),
    R("Border guards turned back 300 migrants overnight.", "other", "turned back"),
    R("The electoral commission disqualified three candidates on Wednesday.", "other", "disqualified three"),
    R("Prosecutors indicted the former minister on Tuesday.", "other", "indicted the former"),
    R("The military government suspended the country's main opposition party on Monday.", "other",
      "suspended the country's"),
    R("Investigators recovered the flight recorders on Sunday.", "other", "recovered the flight"),
    R("The cabinet reshuffled three portfolios on Friday.", "other", "reshuffled three"),
    R("Inspectors sealed two centrifuge halls on Monday.", "other", "sealed two"),
    R("The senate impeached the governor on Tuesday.", "other", "impeached the governor"),
    R("The navy evacuated 150 foreign nationals from the port on Saturday.", "other", "evacuated 150"),
    R("Police dispersed the crowd with tear gas on Saturday.", "other", "dispersed the crowd"),
    R("The agency revoked the broadcaster's licence on Wednesday.", "other", "revoked the broadcaster"),
    R("The ministry delisted 14 charities on Thursday.", "other", "delisted 14"),
    R("Militants abducted 12 road workers on Sunday.", "other", "abducted 12"),
    R("Pirates ransomed the crew for $3 million.", "other", "ransomed the crew"),
    R("The court annulled the first round of the election on Wednesday.", "other", "annulled the first"),
    R("Regulators fined the shipping company $2 million on Monday.", "other", "fined the shipping"),
    R("Hackers defaced the ministry's website on Friday.", "other", "defaced the ministry"),
    R("Soldiers cordoned off the presidential palace on Wednesday.", "other", "cordoned off"),
    R("Federal authorities deported 130 Haitians on Thursday.", "other", "deported 130"),
    R("The tribunal acquitted the former president on Monday.", "other", "acquitted the former"),
]

# A passive whose agent follows "by": the agent's act (the thing acted on first is never the doer).
PASSIVE_AGENTS = [
    R("The freighter was impounded by port authorities on Thursday.", "other", "was impounded"),
    R("The tanker was deregistered by Panama on Tuesday.", "other", "was deregistered", "Panama",
      date="2023-03-07"),
    R("His asylum was rescinded by Ecuador on Thursday.", "other", "was rescinded", "Ecuador"),
    R("The mine was nationalised by the junta on Monday.", "other", "was nationalised"),
    R("The women were repatriated by Sweden on Wednesday.", "other", "were repatriated", "Sweden"),
    R("The three ships were commandeered by Ukraine on Friday.", "other", "were commandeered", "Ukraine"),
    R("The fishing boat was quarantined by Japanese authorities at Otaru.", "other", "was quarantined", "Japan"),
    R("The consulate's staff were relocated by Canada to Jeddah.", "other", "were relocated", "Canada"),
    R("The refinery was expropriated by Bolivia in 2006.", "other", "was expropriated", "Bolivia"),
    R("The cargo was confiscated by customs officials on Monday.", "other", "was confiscated"),
    R("The charity was delisted by the interior ministry on Thursday.", "other", "was delisted"),
    R("The website was defaced by hackers on Friday.", "other", "was defaced"),
    R("The two trawlers were auctioned by Indonesia on Wednesday.", "other", "were auctioned", "Indonesia"),
    R("The broadcaster's licence was suspended by Georgia's regulator on Monday.", "other|sanction",
      "was suspended"),
    R("The convoy was ambushed by militants near the border on Tuesday.", "other", "was ambushed"),
]

# Perfect and pluperfect tenses, with adverbs between.
PERFECT = [
    R("Panama has quietly deregistered dozens of tankers.", "other", "has quietly deregistered", "Panama"),
    R("Germany had already repatriated 400 citizens.", "other", "had already repatriated", "Germany"),
    R("Port authorities have reportedly impounded the freighter.", "other", "have reportedly impounded"),
    R("Niger has nationalised the uranium mine.", "other", "has nationalised", "Niger"),
    R("Kosovo has dismantled the parallel institutions in the north.", "other", "has dismantled", "Kosovo"),
    R("Uzbekistan has decriminalised the practice.", "other", "has decriminalised", "Uzbekistan"),
    R("Lithuania has fortified its border with Belarus.", "other", "has fortified", "Lithuania"),
    R("Tajikistan has deported hundreds of Afghan refugees this year.", "other", "has deported", "Tajikistan"),
    R("The Philippines has relocated its coast guard station to the island.", "other", "has relocated",
      "Philippines"),
    R("Jordan has airlifted aid into Gaza.", "other", "has airlifted", "Jordan"),
    R("Kenya had earlier disbanded the police unit.", "other", "had earlier disbanded", "Kenya"),
    R("The junta has dissolved all political parties.", "other", "has dissolved"),
]

# Fronted adverbials, participial openers and datelines before the subject.
FRONTED = [
    R("On Tuesday, Panama deregistered the tanker.", "other", "deregistered the tanker", "Panama",
      date="2023-03-07"),
    R("Earlier on Wednesday, Sweden repatriated 12 women from Syria.", "other", "repatriated 12", "Sweden",
      date="2023-03-08"),
    R("Days after the coup, the junta nationalised the gold mine.", "other", "nationalised the gold"),
    R("Amid the fighting, Canada relocated its embassy staff to Jeddah.", "other", "relocated its", "Canada"),
    R("Under pressure from Washington, Panama deregistered the tanker.", "other", "deregistered the tanker",
      "Panama"),
    R("Within hours of taking office, the new government expropriated three mines.", "other",
      "expropriated three"),
    R("Two weeks after the vote, Ecuador rescinded his asylum.", "other", "rescinded his asylum", "Ecuador"),
    R("A week later Ecuador rescinded his asylum.", "other", "rescinded his asylum", "Ecuador"),
    R("For the first time since 2019, Germany repatriated citizens from the camps.", "other", "repatriated citizens",
      "Germany"),
    R("Responding to the crisis, Italy repatriated 300 citizens on Monday.", "other", "repatriated 300", "Italy"),
    R("Defying Paris, the junta nationalised the mine on Monday.", "other", "nationalised the mine"),
    R("Acting on a court order, Malta impounded the freighter on Thursday.", "other", "impounded the freighter",
      "Malta"),
    R("PANAMA CITY, March 7 (Reuters) - Panama deregistered the tanker on Tuesday.", "other",
      "deregistered the tanker", "Panama", date="2023-03-07"),
    R("Separately, Italy evacuated 300 citizens from Khartoum on Monday.", "other", "evacuated 300", "Italy"),
    R("Meanwhile, Greece impounded a second tanker off Karystos.", "other", "impounded a second", "Greece"),
    R("Late on Sunday, Kuwait deported 300 foreign workers.", "other", "deported 300", "Kuwait"),
    R("In a rare move, Singapore blacklisted the vessel.", "other|sanction", "blacklisted the vessel", "Singapore"),
    R("Last month, Nepal repatriated the bodies of 11 workers.", "other", "repatriated the bodies", "Nepal"),
    R("Citing national security, Vietnam impounded the survey ship.", "other", "impounded the survey", "Vietnam"),
    R("In response, Ghana nationalised the cocoa board.", "other", "nationalised the cocoa", "Ghana"),
]

# Kinds told in the reporter's main clause (CONTRACT.md rulings: an envoy summoned, a vote held, a signing and an
# expulsion are `other`; suspended aid or trade and measures against another state's mission are sanctions; a vote
# ahead and a sitting are meetings; forces sent somewhere are a deployment).
KINDS = [
    R("Qatar hosted a fresh round of indirect talks between the two sides on Tuesday.", "meeting", "hosted a fresh",
      "Qatar"),
    R("The two foreign ministers met on the sidelines of the summit in Jakarta on Thursday.", "meeting",
      "met on the sidelines"),
    R("Erdogan spoke by phone with his Iranian counterpart on Monday.", "meeting", "spoke by phone"),
    R("The Security Council held an emergency session on the crisis on Sunday.", "meeting", "held an emergency"),
    R("Delegations from both countries sat down for a second day of talks in Doha.", "meeting", "second day of talks"),
    R("The Arab League convened an extraordinary summit in Riyadh on Saturday.", "meeting", "convened an",
      "Arab League"),
    R("Japan imposed export curbs on 23 types of chip-making equipment on Friday.", "sanction", "imposed export",
      "Japan"),
    R("Washington suspended $95 million in aid to the government on Monday.", "sanction", "suspended $95 million",
      "United States"),
    R("The EU froze the assets of four Wagner commanders on Tuesday.", "sanction", "froze the assets",
      "European Union"),
    R("Britain sanctioned 14 officials over the crackdown on Thursday.", "sanction", "sanctioned 14", "United Kingdom"),
    R("Beijing halted imports of Japanese seafood on Thursday.", "sanction", "halted imports", "China"),
    R("Canada expelled a Chinese diplomat on Tuesday.", "sanction", "expelled a Chinese", "Canada",
      date="2023-03-07"),
    R("Morocco summoned the Spanish ambassador on Wednesday.", "other", "summoned the Spanish", "Morocco"),
    R("The two leaders signed a defence pact in Manila on Friday.", "other", "signed a defence"),
    R("Parliament voted 210 to 46 to approve the accession protocol on Monday.", "other", "voted 210"),
    R("Poland deployed 10,000 troops to its border with Belarus on Tuesday.", "deployment", "deployed 10,000",
      "Poland"),
    R("Germany sent two Patriot batteries to Slovakia in March.", "deployment", "sent two Patriot", "Germany"),
    R("India moved two divisions to the Ladakh front last month.", "deployment", "moved two divisions", "India"),
    R("Sweden stationed extra troops on Gotland on Saturday.", "deployment", "stationed extra troops", "Sweden"),
    R("Iran seized a Greek-flagged tanker in the Gulf of Oman on Thursday.", "other", "seized a Greek", "Iran"),
    R("Israel struck targets in Syria overnight.", "other", "struck targets", "Israel"),
    R("Pakistan closed the Torkham crossing on Wednesday.", "other", "closed the Torkham", "Pakistan"),
]

# Several acts in one sentence, each its own event: series, "and", "but" and "then".
SEVERAL = [
    R("Police raided the offices, seized computers and detained three editors on Monday.", "other",
      "detained three editors"),
    R("The coast guard intercepted the boat, towed it to Lampedusa and arrested its captain.", "other",
      "arrested its captain"),
    R("Mali expelled the French ambassador and then suspended two French broadcasters.", "other|sanction",
      "suspended two French", "Mali"),
    R("The rebels overran the base and then torched its armoury on Saturday.", "other", "torched its armoury"),
    R("Kenya detained the two activists but deported them a day later.", "other", "deported them", "Kenya"),
    R("Turkey shot down the drone and then shelled the launch site.", "other", "shelled the launch", "Turkey"),
    R("Manila boarded the Chinese trawler and then impounded it.", "other", "impounded it", "Philippines"),
    R("Niger annulled the contract and nationalised the mine the same day.", "other", "nationalised the mine",
      "Niger"),
    R("Russia banned the group and designated it an extremist organisation.", "other|sanction", "designated it",
      "Russia"),
    R("The junta sacked the army chief and appointed a loyalist in his place.", "other", "appointed a loyalist"),
    R("Belarus arrested the blogger and later sentenced him to eight years.", "other", "sentenced him",
      "Belarus"),
    R("Venezuela revoked the concession and then handed the field to a state firm.", "other", "handed the field",
      "Venezuela"),
    R("Nicaragua stripped 94 critics of their citizenship and confiscated their property.", "other",
      "confiscated their property", "Nicaragua"),
    R("Georgia passed the law and then suspended its EU accession talks.", "other|meeting", "suspended its EU",
      "Georgia"),
    R("Uzbekistan pardoned the journalist but barred him from leaving the country.", "other",
      "barred him", "Uzbekistan"),
]

# More of each shape, in other regions and registers (agency, broadcaster, paper).
MORE = [
    R("Jordan intercepted the drones and diverted two flights to Aqaba.", "other", "diverted two flights", "Jordan"),
    R("Bangladesh detained the trawler and repatriated its crew on Monday.", "other", "repatriated its crew",
      "Bangladesh"),
    R("Algeria closed its airspace to Moroccan aircraft and rerouted its own flights.", "other",
      "rerouted its own", "Algeria"),
    R("Togo arrested the journalists but released them on bail a day later.", "other", "released them", "Togo"),
    R("Cambodia dismantled the scam compound and deported 600 foreigners.", "other", "deported 600", "Cambodia"),
    R("Thailand, which had hosted the refugees for years, repatriated them on Tuesday.", "other",
      "repatriated them", "Thailand"),
    R("Serbia, under pressure from Brussels, dismantled the roadblocks on Sunday.", "other",
      "dismantled the roadblocks", "Serbia"),
    R("Paraguay, one of a handful of Taipei's allies, reinstated the ambassador on Friday.", "other",
      "reinstated the ambassador", "Paraguay"),
    R("Malaysia, the current ASEAN chair, relocated the meeting to Langkawi.", "meeting|other", "relocated the meeting",
      "Malaysia"),
    R("Angola, a major oil producer, quit OPEC on Thursday.", "other", "quit OPEC", "Angola"),
    R("Namibia, citing a shortage, rationed diesel sales on Monday.", "other", "rationed diesel", "Namibia"),
    R("Haiti's transitional council, sworn in last month, dismissed the interim prime minister.", "other",
      "dismissed the interim"),
    R("Kyrgyzstan seized the gold mine in May. It nationalised the operator on Tuesday.", "other",
      "It nationalised", "Kyrgyzstan"),
    R("Bahrain restored ties with Qatar in April. It reopened its embassy in Doha on Monday.", "other",
      "It reopened", "Bahrain"),
    R("Hungary vetoed the aid package on Monday. It blocked the sanctions list on Tuesday.", "other|sanction",
      "It blocked", "Hungary"),
    R("Police in the capital dispersed the march with water cannon on Saturday.", "other", "dispersed the march"),
    R("Border police deported the two activists on Sunday.", "other", "deported the two"),
    R("The interim government dissolved the state security service on Monday.", "other", "dissolved the state"),
    R("The new authorities expropriated the former president's estates.", "other", "expropriated the former"),
    R("Coast guard officers impounded three fishing boats off Palawan.", "other", "impounded three"),
    R("The archipelago's regulator blacklisted four tankers on Friday.", "other|sanction", "blacklisted four"),
    R("The embassy was relocated by Guatemala to Jerusalem in May 2018.", "other", "was relocated", "Guatemala"),
    R("Two opposition leaders were deported by Nicaragua on Thursday.", "other", "were deported", "Nicaragua"),
    R("The road was reopened by Azerbaijani forces on Sunday.", "other", "was reopened", "Azerbaijan"),
    R("The licence was revoked by the media regulator on Wednesday.", "other", "was revoked"),
    R("Sudan has repatriated the remains of 40 migrants.", "other", "has repatriated", "Sudan"),
    R("Estonia has relocated its consulate from Pskov.", "other", "has relocated", "Estonia"),
    R("Somalia had already expelled the envoy.", "sanction", "had already expelled", "Somalia"),
    R("BAMAKO, March 6 (Reuters) - Mali expelled the head of the UN mission's human rights division on Monday.",
      "other", "expelled the head", "Mali", date="2023-03-06"),
    R("At dawn on Tuesday, Israeli forces demolished four homes in the village.", "other", "demolished four", "Israel"),
    R("Shortly after midnight, Bahrain revoked the citizenship of 12 activists.", "other", "revoked the citizenship",
      "Bahrain"),
    R("In a televised address, the president dissolved parliament.", "other", "dissolved parliament"),
]

# Irregular past tenses of acts no list reads, after a named subject ("broke the contract", "laid a cable").
IRREGULAR = [
    R("Moldova broke the gas contract on Tuesday.", "other", "broke the gas contract", "Moldova", date="2023-03-07"),
    R("Egypt laid a new undersea cable to Saudi Arabia in March.", "other", "laid a new", "Egypt"),
    R("Serbia brought down the drone on Tuesday.", "other", "brought down the drone", "Serbia"),
    R("Ukraine sank a Russian landing ship on Wednesday.", "other", "sank a Russian", "Ukraine"),
    R("Rebels overran the garrison town on Sunday.", "other", "overran the garrison"),
    R("Washington tore up the nuclear accord in 2018.", "other", "tore up the nuclear", "United States"),
    R("Police swept through the camp on Monday.", "other", "swept through the camp"),
    R("Ukraine shut the pipeline on Tuesday.", "other", "shut the pipeline", "Ukraine"),
    R("Armenia undertook a review of its alliances on Monday.", "other", "undertook a review", "Armenia"),
    R("Israeli forces drove the families out on Monday.", "other", "drove the families", "Israel"),
    R("Militants blew up a gas pipeline in Sinai on Sunday.", "other", "blew up a gas"),
    R("Hackers stole $600 million from the bridge.", "other", "stole $600 million"),
    R("Gabon broke off relations with Paris on Wednesday.", "other", "broke off relations", "Gabon"),
]

# A declaration with its object is an act, and the predicate after "and" another one.
DECLARED = [
    R("The president declared martial law and ordered troops onto the streets.", "deployment|other",
      "ordered troops onto"),
    R("Kenya declared the envoy persona non grata and deported him on Monday.", "other", "deported him", "Kenya"),
    R("The army declared a curfew and arrested 200 people on Sunday.", "other", "arrested 200"),
    R("Sudan declared a state of emergency and closed its border with Chad.", "other", "closed its border", "Sudan"),
    R("The junta declared a national holiday and freed 700 prisoners.", "other", "freed 700"),
]


ROWS = (COORDINATED + ASIDES + PRONOUNS + UNNAMED_BODIES + PASSIVE_AGENTS + PERFECT + FRONTED + KINDS + SEVERAL + MORE + IRREGULAR
        + DECLARED)

# Still missed (strict: a row that starts passing must leave this list).
MISSED: dict[str, str] = {
    "Japan, for the first time since 2013,": "an aside holding a subordinator (\"since\") cuts the clause before the verb",
}

# No act: opinions, habits, states, effects, means, makeup, wishes, participles after their noun, histories told
# with no act of this story, generic statements about what bodies usually do.
NEGATIVES: list[tuple[str, list[str]]] = [
    ("The ministry has long opposed the plan.", ["other"]),
    ("Iran has repeatedly denied seeking nuclear weapons.", ["other"]),
    ("The government remained silent on Monday.", ["other"]),
    ("Officials declined to comment.", ["other"]),
    ("Police believed the attack was planned.", ["other"]),
    ("The regime depended on Russian support for years.", ["other"]),
    ("Customs officials usually inspected every container.", ["other"]),
    ("The army has traditionally played a role in politics.", ["other", "deployment"]),
    ("The government lacked the money to pay salaries.", ["other"]),
    ("The commission consisted of five judges.", ["other"]),
    ("The council comprised 15 members.", ["other"]),
    ("The militia numbered about 5,000 fighters.", ["other"]),
    ("The government appeared divided over the issue.", ["other"]),
    ("The troops stationed in the Baltic states are there to deter Russia.", ["other", "deployment"]),
    ("The tanker's crew locked themselves in the engine room until help came.", ["other"]),
    ("The ministry recruited 5,000 contract soldiers in the spring.", ["other", "deployment"]),
    ("The arrest sparked protests in the capital.", ["other"]),
    ("The move angered Beijing.", ["other"]),
    ("The decision infuriated opposition lawmakers.", ["other"]),
    ("The dispute strained ties between the neighbours.", ["other"]),
    ("The summit was attended by 40 heads of state.", ["other"]),
    ("The talks were chaired by the Norwegian foreign minister.", ["other"]),
    ("The delegation was accompanied by two senior generals.", ["other"]),
    ("The ship was owned by a Greek firm.", ["other"]),
    ("The island is claimed by both countries.", ["other"]),
    ("The campaign was inspired by protests in neighbouring states.", ["other"]),
    ("The rebels were outnumbered by government forces.", ["other"]),
    ("Panama ignored the warnings for months.", ["other"]),
    ("Liberia succeeded in keeping its registry open.", ["other"]),
    ("Lithuania achieved its defence spending target last year.", ["other"]),
    ("The government spent $2 billion on new jets.", ["other"]),
    ("Ghana invested heavily in its ports.", ["other"]),
    ("The company employed 3,000 people at the mine.", ["other"]),
    ("Sweden hoped the talks would resume.", ["other", "meeting"]),
    ("Norway feared a wider war.", ["other"]),
    ("Egypt welcomed the ceasefire.", ["other"]),
    ("Indonesia praised the agreement.", ["other"]),
    ("Kenya expected more arrivals in the coming weeks.", ["other"]),
    ("Moldova remained neutral throughout the war.", ["other"]),
    ("Chile relied on copper exports.", ["other"]),
    ("Mongolia bordered both powers.", ["other"]),
    ("Croatia benefited from the new route.", ["other"]),
    ("The regulator suspected fraud.", ["other"]),
    ("Police suspected arson.", ["other"]),
    ("Refugees crowded into the camps.", ["other"]),
    ("Analysts said the move signalled a shift.", ["other"]),
    ("The court is expected to rule next month.", ["other"]),
    ("Prosecutors alleged that the firm had bribed officials.", ["other"]),
    ("The agency estimated that 2 million people needed aid.", ["other"]),
    ("Greece, like its neighbours, depended on tourism.", ["other"]),
    ("Peru, which has had six presidents since 2016, remained in crisis.", ["other"]),
    ("It seemed unlikely that the talks would resume.", ["other", "meeting"]),
    ("It happened again in 2019.", ["other"]),
    ("They looked exhausted after the march.", ["other"]),
    ("He appeared calm during the hearing.", ["other"]),
    ("The government is widely criticised for its handling of the crisis.", ["other"]),
    ("Moldova broke its silence on the affair on Tuesday.", ["other"]),
    ("Qatar paid tribute to the mediators.", ["other"]),
    ("The government paid the militia in cash for months.", ["other"]),
    ("Hungary threw its weight behind the candidate.", ["other"]),
    ("The plan won support from most member states.", ["other"]),
    ("President Donald Trump and the official news services of the regime have traded barbs in recent weeks.", ["other"]),
    ("Russia declared the ships had entered its waters and ignored orders.", ["other"]),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(ROWS, MISSED))
def test_a_main_clause_act_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "absent"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_act_is_read(text: str, absent: list[str]) -> None:
    found = kinds_found(_events(text), absent)
    assert not found, found
