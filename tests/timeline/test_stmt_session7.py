"""Session 7 statement table: fresh sentences and short paragraphs written from general knowledge of news English
(wires, state agencies, broadcasters, papers, analysis, communiques, briefings, posts; no corpus text). Each row
names an anchor a statement's evidence must hold and what it must carry: its speaker (actor) and, where given,
role, via, modality and quoted words. Negative rows must give no statement."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import holding, make_excerpt
from timeline.events import extract_strict

ANY = object()  # the actor is not checked (an unnamed speaker may or may not be given its state)


def S(text: str, anchor: str, actor: object = ANY, *, role: str | None = None, via: str | None = None,
      mod: str | None = None, quote: str | None = None, xfail: str | None = None) -> object:
    """One row: a statement holding `anchor`, spoken by `actor` (None: no actor), with the fields given."""
    want = {"actor": actor, "role": role, "via": via, "mod": mod, "quote": quote}
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, anchor, want, marks=marks, id=f"{anchor[:40]}")


# --- wire copy: Reuters, AP, AFP, dpa, Kyodo, Yonhap, ANI, PTI --------------------------------------------------
WIRES = [
    S("Guyana's President Irfaan Ali said on Wednesday his government would defend every inch of the Essequibo.",
      "Ali said on Wednesday", "Irfaan Ali"),
    S("Venezuelan Defence Minister Vladimir Padrino Lopez told troops in a televised speech that the region was"
      " Venezuela's.", "Padrino Lopez told troops", "Vladimir Padrino Lopez"),
    S("Serbian President Aleksandar Vucic told reporters in Belgrade late on Sunday that Serbia would not recognise"
      " the ruling.", "Vucic told reporters", "Aleksandar Vucic"),
    S("Kosovo Prime Minister Albin Kurti accused Belgrade of sponsoring the gunmen, a charge Serbia denied.",
      "Kurti accused Belgrade", "Albin Kurti"),
    S("\"We are not going to be intimidated,\" Estonian Prime Minister Kristen Michal told Reuters in Tallinn.",
      "Michal told Reuters", "Kristen Michal", via="Reuters", quote="We are not going to be intimidated"),
    S("Finland's President Alexander Stubb said the damage to the cable appeared to be deliberate, AFP reported.",
      "Stubb said the damage", "Alexander Stubb", via="AFP"),
    S("Somalia's President Hassan Sheikh Mohamud said the port deal was null and void, according to AP.",
      "Mohamud said the port deal", "Hassan Sheikh Mohamud", via="AP"),
    S("Ethiopian Prime Minister Abiy Ahmed told parliament that access to the sea was an existential matter.",
      "Abiy Ahmed told parliament", "Abiy Ahmed"),
    S("German Defence Minister Boris Pistorius told dpa that the frigate would stay in the region until the spring.",
      "Pistorius told dpa", "Boris Pistorius", via="dpa"),
    S("Japanese Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference that Tokyo had lodged a"
      " protest, Kyodo News reported.", "Hayashi told a regular news conference", "Yoshimasa Hayashi", via="Kyodo"),
    S("South Korea's Joint Chiefs of Staff said the missile flew about 1,000 km before landing in the sea, Yonhap"
      " reported.", "Joint Chiefs of Staff said", "South Korea", via="Yonhap"),
    S("External Affairs Minister S. Jaishankar told ANI that India would not accept any third-party mediation.",
      "Jaishankar told ANI", "S. Jaishankar", via="ANI"),
    S("Defence ministry officials told PTI that the patrol had been pulled back by two kilometres.",
      "told PTI", None, via="PTI"),
    S("Thai Prime Minister Paetongtarn Shinawatra said she had ordered the army to keep the border closed.",
      "Shinawatra said she had", "Paetongtarn Shinawatra"),
    S("Cambodia's former leader Hun Sen wrote on Facebook that Phnom Penh would take the dispute to the World Court.",
      "Hun Sen wrote on Facebook", "Hun Sen"),
    S("Moldovan President Maia Sandu said Moscow was trying to buy votes, in a video address released on Sunday.",
      "Sandu said Moscow", "Maia Sandu"),
    S("Georgia's ruling party chairman Irakli Kobakhidze dismissed the protests as a foreign-funded plot.",
      "dismissed the protests", "Irakli Kobakhidze"),
    S("Rwandan President Paul Kagame denied that his troops were fighting inside Congo.",
      "Kagame denied", "Paul Kagame"),
    S("Congo's foreign minister Therese Kayikwamba Wagner called on the council to sanction Kigali.",
      "called on the council", "Therese Kayikwamba Wagner",
      xfail="a surname that is also a group's name (Wagner) after a lowercase role is read as the group"),
    S("Mali's junta leader Assimi Goita said in a statement read on national television that the agreement was over.",
      "Goita said in a statement", "Assimi Goita"),
    S("The AP reported that Niger's military rulers had ordered the French ambassador to leave within 48 hours.",
      "The AP reported", ANY, via="AP"),
    S("Pakistan's army said in a statement on Saturday that 12 soldiers had been killed near the Afghan border.",
      "army said in a statement", "Pakistan"),
    S("A Taliban spokesman, Zabihullah Mujahid, said on X that the airstrikes had killed civilians.",
      "said on X that", "Zabihullah Mujahid"),
    S("Israeli military spokesman Rear Admiral Daniel Hagari told a televised briefing that the operation would widen.",
      "Hagari told a televised briefing", "Daniel Hagari"),
    S("The Houthis' military spokesman Yahya Saree said the group had targeted a Greek-owned tanker.",
      "Saree said the group", "Yahya Saree"),
    S("The UK Maritime Trade Operations agency said a vessel had reported an explosion 60 nautical miles off Aden.",
      "agency said a vessel", ANY,
      xfail="a lowercase head after an unknown capitalised name ('... Operations agency') is no speaker yet"),
    S("The U.S. military's Central Command said in a post on X that its forces had destroyed three drones.",
      "Central Command said", "United States"),
    S("Chinese Foreign Ministry spokesperson Mao Ning told a regular briefing on Monday that the Philippines had"
      " provoked the incident.", "Mao Ning told a regular briefing", "Mao Ning"),
    S("Philippine coast guard spokesperson Jay Tarriela told reporters the Chinese vessels had used water cannon twice.",
      "Tarriela told reporters", "Jay Tarriela"),
    S("Taiwan's defence ministry said it had detected 32 Chinese military aircraft around the island since morning.",
      "defence ministry said it had", "Taiwan"),
    S("Polish Prime Minister Donald Tusk said on Thursday that sabotage could not be ruled out.",
      "Tusk said on Thursday", "Donald Tusk"),
    S("Lithuania's foreign minister Kestutis Budrys said the balloons were a hybrid attack.",
      "Budrys said the balloons", "Kestutis Budrys"),
    S("Armenian Prime Minister Nikol Pashinyan said in parliament that the peace text was ready to be signed.",
      "Pashinyan said in parliament", "Nikol Pashinyan"),
    S("Azerbaijan's presidential aide Hikmet Hajiyev told reporters that Baku wanted a change to Armenia's"
      " constitution first.", "Hajiyev told reporters", "Hikmet Hajiyev"),
    S("Sudan's army chief Abdel Fattah al-Burhan vowed to fight on until the paramilitaries were defeated.",
      "al-Burhan vowed", "Abdel Fattah al-Burhan"),
    S("Colombian President Gustavo Petro wrote on X that no Colombian would be deported in handcuffs.",
      "Petro wrote on X", "Gustavo Petro"),
    S("Mexico's President Claudia Sheinbaum told her morning news conference that Mexico would respond with its own"
      " tariffs.", "Sheinbaum told her morning news conference", "Claudia Sheinbaum"),
    S("Danish Prime Minister Mette Frederiksen said Greenland was not for sale.",
      "Frederiksen said Greenland", "Mette Frederiksen"),
    S("The Norwegian foreign ministry said it had summoned the Russian charge d'affaires.",
      "foreign ministry said it had summoned", "Norway"),
    S("Australia's defence minister Richard Marles said the Chinese jet's flares had been unsafe and unprofessional.",
      "Marles said", "Richard Marles"),
]

# --- state agencies: Xinhua, KCNA, IRNA, TASS, Anadolu, SPA, WAM, Bernama and the like ---------------------------
STATE_AGENCIES = [
    S("Chinese President Xi Jinping said China was willing to work with Brazil to deepen mutual trust, Xinhua reported.",
      "Xi Jinping said China", "Xi Jinping", via="Xinhua"),
    S("According to Xinhua, Vice Premier He Lifeng told the delegation that trade should be mutually beneficial.",
      "He Lifeng told the delegation", "He Lifeng", via="Xinhua",
      xfail="the Chinese surname He is read as the pronoun"),
    S("KCNA said leader Kim Jong Un had observed the launch and called for more weapons to be produced.",
      "called for more weapons", "Kim Jong Un", via="KCNA"),
    S("Kim Jong Un stressed the need to bolster the nuclear deterrent, the Korean Central News Agency said.",
      "Kim Jong Un stressed", "Kim Jong Un", via="KCNA"),
    S("A spokesperson for the DPRK Foreign Ministry said in a press statement that the drills were a rehearsal for"
      " invasion.", "said in a press statement", "North Korea"),
    S("Iranian Foreign Ministry spokesman Esmaeil Baghaei said on Monday the talks would continue in Muscat, IRNA"
      " reported.", "Baghaei said on Monday", "Esmaeil Baghaei", via="IRNA"),
    S("Speaking to IRNA, Deputy Foreign Minister Kazem Gharibabadi said Tehran would not give up enrichment.",
      "Gharibabadi said Tehran", "Kazem Gharibabadi", via="IRNA"),
    S("Russian Foreign Minister Sergei Lavrov said the West was preparing a provocation, TASS reported.",
      "Lavrov said the West", "Sergei Lavrov", via="TASS"),
    S("Deputy Foreign Minister Sergei Ryabkov was quoted by TASS as saying that Moscow saw no basis for talks.",
      "was quoted by TASS", "Sergei Ryabkov", via="TASS"),
    S("Turkish Foreign Minister Hakan Fidan told Anadolu that Ankara would not allow a new terror corridor.",
      "Fidan told Anadolu", "Hakan Fidan", via="Anadolu"),
    S("The Saudi Press Agency said Crown Prince Mohammed bin Salman had received a phone call from the Iranian"
      " president.", "The Saudi Press Agency said", ANY, via="SPA"),
    S("The Saudi foreign ministry said in a statement carried by SPA that the kingdom condemned the attack.",
      "said in a statement carried by SPA", "Saudi Arabia", via="SPA"),
    S("UAE President Sheikh Mohamed bin Zayed affirmed the country's support for a two-state solution, WAM reported.",
      "affirmed the country", "Mohamed bin Zayed", via="WAM"),
    S("Prime Minister Anwar Ibrahim said Malaysia would not bow to pressure, Bernama reported.",
      "Anwar Ibrahim said Malaysia", "Anwar Ibrahim", via="Bernama"),
    S("Vietnam's foreign ministry spokeswoman Pham Thu Hang said the Paracels belonged to Vietnam, VNA reported.",
      "Pham Thu Hang said", "Pham Thu Hang", via="VNA"),
    S("Qatar's prime minister Sheikh Mohammed bin Abdulrahman Al Thani said mediation was continuing, QNA said.",
      "Al Thani said mediation", ANY, via="QNA"),
    S("The Kuwaiti cabinet condemned the strikes in a statement carried by KUNA.",
      "condemned the strikes", "Kuwait", via="KUNA"),
    S("Egypt's Foreign Minister Badr Abdelatty stressed in a phone call with his Iranian counterpart the importance of"
      " de-escalation, MENA said.", "Abdelatty stressed", "Badr Abdelatty"),
    S("The official Saba news agency quoted a Houthi official as saying the ship had been warned three times.",
      "quoted a Houthi official", ANY, via="Saba"),
    S("Syrian state news agency SANA said Israeli jets had struck a military site near Damascus.",
      "SANA said Israeli jets", ANY, via="SANA"),
    S("Armenpress quoted Foreign Minister Ararat Mirzoyan as saying Yerevan was ready to sign.",
      "quoted Foreign Minister Ararat Mirzoyan", "Ararat Mirzoyan", via="Armenpress"),
    S("Azerbaijani President Ilham Aliyev told AzerTag that the corridor would open this year.",
      "Aliyev told AzerTag", "Ilham Aliyev", via="AzerTag"),
    S("Belarusian leader Alexander Lukashenko said the Oreshnik missiles would be deployed by December, BelTA reported.",
      "Lukashenko said the Oreshnik", "Alexander Lukashenko", via="BelTA"),
    S("Indonesian Foreign Minister Sugiono told Antara that Jakarta would keep a free and active policy.",
      "Sugiono told Antara", "Sugiono", via="Antara"),
    S("Pakistan's Foreign Office spokesperson Shafqat Ali Khan told the weekly briefing that Islamabad sought good"
      " relations with Kabul, APP reported.", "Khan told the weekly briefing", "Shafqat Ali Khan", via="APP"),
    S("Japan's Defence Minister Gen Nakatani said the Chinese carrier had sailed between two islands, NHK reported.",
      "Nakatani said the Chinese carrier", "Gen Nakatani", via="NHK"),
    S("Iran's Tasnim news agency, which is close to the Revolutionary Guards, said the tanker had been seized for"
      " smuggling.", "said the tanker had been seized", ANY, via="Tasnim"),
    S("Russia's RIA news agency cited a source in the defence ministry as saying the test had been a success.",
      "cited a source in the defence ministry", None, via="RIA Novosti"),
    S("The Interfax news agency quoted Kremlin aide Yuri Ushakov as saying no date had been set for the summit.",
      "quoted Kremlin aide Yuri Ushakov", "Yuri Ushakov", via="Interfax"),
    S("China's defence ministry said in a statement posted on its WeChat account that the patrol was routine.",
      "said in a statement posted", "China"),
    S("Rodong Sinmun, the ruling party's newspaper, said in a commentary that Seoul was a puppet of Washington.",
      "said in a commentary", ANY,
      xfail="a paper with an apposition before its verb ('Rodong Sinmun, the ruling party's newspaper, said') is no speaker yet"),
    S("State-run Global Times said in an editorial that Manila was playing with fire.",
      "said in an editorial", ANY),
    S("Kazakh President Kassym-Jomart Tokayev said neutrality served the country well, Kazinform reported.",
      "Tokayev said neutrality", "Kassym-Jomart Tokayev", via="Kazinform"),
    S("Ethiopian Foreign Minister Gedion Timothewos told the Ethiopian News Agency that Addis Ababa sought peaceful"
      " access to the sea.", "Timothewos told the Ethiopian News Agency", "Gedion Timothewos", via="ENA"),
    S("Xinhua quoted a spokesperson for the Taiwan Affairs Office as saying the drills were a stern warning.",
      "quoted a spokesperson", ANY, via="Xinhua"),
]

# --- broadcasters and interviews: "told the BBC", "in an interview with CNN", "said on NHK" -------------------
INTERVIEWS = [
    S("Ukrainian President Volodymyr Zelensky told the BBC in an interview that Ukraine could not win without more"
      " air defence.", "Zelensky told the BBC", "Volodymyr Zelensky", via="BBC"),
    S("In an interview with CNN, Israeli Defence Minister Israel Katz said the army would stay in the buffer zone.",
      "Katz said the army", "Israel Katz", via="CNN",
      xfail="a first name that is a country's name (Israel Katz) is cut from the person"),
    S("Qatar's prime minister told Al Jazeera that the ceasefire talks had stalled.",
      "told Al Jazeera", "Qatar", via="Al Jazeera"),
    S("Speaking to NHK, Prime Minister Shigeru Ishiba said Japan would seek an exemption from the tariffs.",
      "Ishiba said Japan", "Shigeru Ishiba", via="NHK"),
    S("Hungarian Prime Minister Viktor Orban said in a radio interview on Friday that Brussels was leading Europe to"
      " war.", "Orban said in a radio interview", "Viktor Orban"),
    S("French Foreign Minister Jean-Noel Barrot told France Inter radio that Paris had summoned the Algerian envoy.",
      "Barrot told France Inter radio", "Jean-Noel Barrot"),
    S("Greek Prime Minister Kyriakos Mitsotakis told Sky News that the Parthenon marbles should come home.",
      "Mitsotakis told Sky News", "Kyriakos Mitsotakis", via="Sky News"),
    S("The Brazilian president told reporters in an interview with Globo that he would not attend the summit.",
      "told reporters in an interview", "Brazil"),
    S("Dutch Foreign Minister Caspar Veldkamp told the broadcaster NOS that the Netherlands would send more ammunition.",
      "Veldkamp told the broadcaster NOS", "Caspar Veldkamp"),
    S("Slovak Prime Minister Robert Fico said in a video posted on Facebook that he would not support new sanctions.",
      "Fico said in a video", "Robert Fico"),
    S("Speaking on the sidelines of the summit, Indian Prime Minister Narendra Modi told reporters that dialogue was the"
      " only way.", "Modi told reporters", "Narendra Modi"),
    S("NATO Secretary General Mark Rutte told a news conference in Brussels that allies must spend more.",
      "Rutte told a news conference", "Mark Rutte"),
    S("EU foreign policy chief Kaja Kallas told reporters on arrival at the meeting that the bloc would keep up pressure.",
      "Kallas told reporters", "Kaja Kallas"),
    S("UN Secretary-General Antonio Guterres told the Security Council that the humanitarian situation was"
      " catastrophic.", "Guterres told the Security Council", "Antonio Guterres"),
    S("IAEA chief Rafael Grossi told reporters in Vienna that inspectors had not been given access.",
      "Grossi told reporters", "Rafael Grossi"),
    S("Asked whether Washington would intervene, the secretary of state told CBS's Face the Nation that all options"
      " were on the table.", "told CBS", "United States",
      xfail="a lowercase office with no state ('the secretary of state') is not given the story's state"),
    S("He told the Financial Times in an interview published on Monday that Europe was too slow.",
      "He told the Financial Times", ANY, via="Financial Times"),
    S("In remarks aired by state television, Iran's supreme leader said the enemy had failed.",
      "supreme leader said the enemy", "Iran"),
    S("The Lebanese army commander told Al Arabiya the army would deploy south of the Litani river.",
      "told Al Arabiya", "Lebanon", via="Al Arabiya"),
    S("Hamas official Osama Hamdan told a news conference in Beirut that the group had accepted the proposal.",
      "Hamdan told a news conference", "Osama Hamdan"),
]

# --- communiques, press releases and joint statements ------------------------------------------------------------
COMMUNIQUES = [
    S("The G7 foreign ministers said in a joint statement that they were deeply concerned by the launches.",
      "said in a joint statement", "G7"),
    S("In a joint communique, the leaders of the Quad reaffirmed their commitment to a free and open Indo-Pacific.",
      "reaffirmed their commitment", ANY),
    S("The Ministry of Foreign Affairs of the Kingdom of Thailand wishes to express its deep concern over the"
      " incident.", "wishes to express its deep concern", "Thailand"),
    S("The Ministry of Foreign Affairs strongly condemns the terrorist attack and extends its condolences to the"
      " families of the victims.", "strongly condemns the terrorist attack", ANY),
    S("The European Union calls on all parties to exercise maximum restraint.",
      "calls on all parties", "European Union"),
    S("The African Union Commission chairperson Mahmoud Ali Youssouf expressed grave concern over the fighting in"
      " Goma.", "expressed grave concern", "Mahmoud Ali Youssouf"),
    S("ECOWAS said in a communique that the withdrawal of the three states would take effect immediately.",
      "ECOWAS said in a communique", "ECOWAS"),
    S("The Arab League's council, meeting at the level of permanent delegates, rejected any displacement of"
      " Palestinians.", "rejected any displacement", "Arab League"),
    S("The Gulf Cooperation Council secretary general Jasem Albudaiwi welcomed the agreement.",
      "welcomed the agreement", "Jasem Albudaiwi"),
    S("The Security Council members underscored the need for accountability, a press statement said.",
      "a press statement said", ANY),
    S("The ASEAN foreign ministers expressed concerns over land reclamations in the South China Sea.",
      "expressed concerns", "ASEAN"),
    S("The statement, issued after talks in Cairo, called for an immediate ceasefire.",
      "called for an immediate ceasefire", ANY),
    S("The two leaders agreed that the dispute should be settled through dialogue, the joint statement said.",
      "the joint statement said", ANY),
    S("The foreign ministry of Singapore noted with concern the reports of clashes at the border.",
      "noted with concern", "Singapore"),
    S("The Philippine Department of Foreign Affairs protested in the strongest terms the dangerous manoeuvres.",
      "protested in the strongest terms", "Philippines"),
    S("The State Department said in a press release that the sanctions targeted eight shipping firms.",
      "said in a press release", "United States"),
    S("The Treasury Department said the measures were aimed at cutting off the group's revenue.",
      "Treasury Department said", "United States"),
    S("The Foreign, Commonwealth and Development Office said Britain was working urgently to secure the release of the"
      " crew.", "Development Office said", "United Kingdom"),
    S("The Chinese embassy in Manila said in a statement that the Philippine vessel had deliberately rammed the"
      " coast guard ship.", "said in a statement that the Philippine", "China"),
    S("The Kremlin said in a readout of the call that the two presidents had discussed a prisoner exchange.",
      "said in a readout of the call", "Russia"),
    S("The Elysee said Macron had told Netanyahu that the strikes must stop.",
      "The Elysee said", "France"),
    S("Downing Street said the prime minister had reiterated Britain's support for Ukraine in a call with Zelensky.",
      "Downing Street said", "United Kingdom"),
    S("The Israeli prime minister's office said in a statement that the delegation would leave for Doha on Sunday.",
      "office said in a statement", "Israel"),
    S("The Iranian mission to the United Nations said in a letter to the Security Council that Iran reserved its right"
      " to respond.", "said in a letter", "Iran"),
    S("The communique stressed that any solution must respect the territorial integrity of Somalia.",
      "The communique stressed", ANY),
]

# --- posts and tweets quoted -------------------------------------------------------------------------------------
POSTS = [
    S("\"Enough is enough,\" Venezuelan President Nicolas Maduro wrote on Instagram.",
      "Maduro wrote on Instagram", "Nicolas Maduro", quote="Enough is enough"),
    S("Former president Dmitry Medvedev posted on Telegram that the cable incident was a Western provocation.",
      "posted on Telegram that", "Dmitry Medvedev"),
    S("Trump wrote on his Truth Social platform that the tariffs would go into effect on Saturday.",
      "Trump wrote on his Truth Social", "Trump"),
    S("In a post on X, Ukraine's foreign minister Andrii Sybiha said the attack showed Russia did not want peace.",
      "Sybiha said the attack", "Andrii Sybiha"),
    S("Polish Foreign Minister Radek Sikorski said on social media that the drones had entered Polish airspace.",
      "said on social media", "Radek Sikorski"),
    S("The Israeli military said on Telegram that sirens had sounded in the north.",
      "said on Telegram", "Israel"),
    S("Canada's foreign minister Melanie Joly tweeted that Ottawa would stand up for its citizens.",
      "Joly tweeted", "Melanie Joly"),
    S("Iran's foreign minister Abbas Araghchi took to X to say that Tehran would not negotiate under threat.",
      "took to X", "Abbas Araghchi"),
    S("\"The ball is in their court,\" the Iranian diplomat posted on X late on Tuesday.",
      "posted on X", ANY, quote="The ball is in their court"),
    S("South Africa's presidency said in a post on X that President Cyril Ramaphosa would not attend.",
      "presidency said in a post", "South Africa"),
    S("The embassy wrote on its Facebook page that citizens should avoid the border area.",
      "wrote on its Facebook page", ANY),
    S("Russia's defence ministry said on its Telegram channel that air defences had downed 41 drones overnight.",
      "said on its Telegram channel", "Russia"),
]

# --- hedged attribution: unnamed sources, people briefed, "is understood to" ------------------------------------
HEDGED = [
    S("Sources familiar with the matter said the talks had broken down over the sequencing of the release.",
      "Sources familiar with the matter said", None),
    S("People briefed on the discussions said Washington had offered to ease some sanctions.",
      "People briefed on the discussions said", None),
    S("Two people with knowledge of the plan told Reuters that the tanker had switched off its transponder.",
      "told Reuters", None, via="Reuters"),
    S("A senior Western diplomat, speaking on condition of anonymity, said the draft resolution would be put to a vote"
      " on Friday.", "said the draft resolution", ANY),
    S("Three officials, who asked not to be named because they were not authorised to speak to the media, said the"
      " ship had been boarded.", "said the ship had been boarded", None),
    S("An Indian government source told Reuters that New Delhi had not been consulted.",
      "source told Reuters", ANY, via="Reuters"),
    S("A person close to the negotiations said both sides had agreed on the text.",
      "A person close to the negotiations said", None),
    S("The ceasefire is close, according to a US official familiar with the talks.",
      "according to a US official", "United States"),
    S("Diplomats say the vote could be delayed until next week.",
      "Diplomats say", None),
    S("European officials privately acknowledge that the sanctions have had little effect.",
      "privately acknowledge", ANY),
    S("A security source in Baghdad said the drone had been launched from inside Iraq.",
      "A security source in Baghdad said", ANY),
    S("Military sources told the agency that the convoy had been hit near the border.",
      "Military sources told the agency", None),
    S("Officials speaking on background said the administration was weighing new export controls.",
      "Officials speaking on background said", None),
    S("According to two people familiar with the matter, the summit has been postponed.",
      "According to two people familiar", None),
    S("A Pentagon official, who spoke on condition of anonymity, said the destroyer had shot down two missiles.",
      "said the destroyer had shot down", "United States"),
    S("Western intelligence officials believe the missiles were supplied by Pyongyang, according to a report by the"
      " New York Times.", "according to a report by the New York Times", ANY, via="The New York Times"),
    S("A spokesperson for the company, which owns the vessel, said the crew were safe.",
      "said the crew were safe", None),
    S("Humanitarian workers in Gaza said the aid trucks had not been allowed in.",
      "Humanitarian workers in Gaza said", None,
      xfail="unnamed people placed in a territory a group governs speak for the group"),
]

# --- paraphrase and stance verbs --------------------------------------------------------------------------------
PARAPHRASE = [
    S("Prime Minister Keir Starmer stressed that any deal must include Ukraine.",
      "Starmer stressed", "Keir Starmer"),
    S("Chancellor Friedrich Merz insisted that Germany would not send troops.",
      "Merz insisted", "Friedrich Merz"),
    S("The Kenyan foreign minister conceded that the deployment had been slower than planned.",
      "conceded that the deployment", "Kenya"),
    S("Haiti's transitional council acknowledged that the gangs still controlled most of the capital.",
      "acknowledged that the gangs", ANY),
    S("Beijing signalled that it was ready to resume military talks with Washington.",
      "Beijing signalled", "China"),
    S("The Indian minister hinted that New Delhi could cut water supplies under the treaty.",
      "hinted that New Delhi", "India"),
    S("Erdogan vowed that Turkey would finish what it started in northern Syria.",
      "Erdogan vowed", "Erdogan"),
    S("Iraqi Prime Minister Mohammed Shia al-Sudani pledged to keep Iraq out of the conflict.",
      "pledged to keep Iraq", "Mohammed Shia al-Sudani"),
    S("The Pope lamented that the world had grown used to war.",
      "The Pope lamented", ANY),
    S("Jordan's King Abdullah urged world leaders to stop the fighting.",
      "urged world leaders", ANY),
    S("Italian Prime Minister Giorgia Meloni reiterated that Italy would not send troops.",
      "Meloni reiterated", "Giorgia Meloni"),
    S("Spanish Prime Minister Pedro Sanchez defended the decision to recognise a Palestinian state.",
      "Sanchez defended", "Pedro Sanchez"),
    S("The Iranian president warned that the region was on the brink of a wider war.",
      "warned that the region", "Iran"),
    S("South Korean President Lee Jae-myung called for a resumption of dialogue with the North.",
      "called for a resumption", "Lee Jae-myung"),
    S("The Chinese ambassador to Australia, Xiao Qian, said Canberra should stop hyping the incident.",
      "Xiao Qian, said", "Xiao Qian"),
    S("Nigerian President Bola Tinubu appealed to the juntas to return to ECOWAS.",
      "Tinubu appealed", "Bola Tinubu"),
    S("Senegal's Prime Minister Ousmane Sonko demanded that France close its bases.",
      "Sonko demanded", "Ousmane Sonko"),
    S("The foreign ministry in Islamabad rejected the allegations as baseless.",
      "rejected the allegations", "Pakistan"),
    S("The Kremlin played down the significance of the drills.",
      "played down", "Russia"),
    S("The Swedish prime minister admitted that the government had underestimated the threat.",
      "admitted that the government", "Sweden"),
    S("The Taiwanese president reassured investors that the island's chip industry would stay at home.",
      "reassured investors", "Taiwan"),
    S("Japan's foreign minister Takeshi Iwaya expressed serious concern over the Chinese survey ship.",
      "expressed serious concern", "Takeshi Iwaya"),
    S("Cuban Foreign Minister Bruno Rodriguez denounced the designation as arbitrary.",
      "Rodriguez denounced", "Bruno Rodriguez"),
    S("Argentina's President Javier Milei praised the deal as historic.",
      "Milei praised", "Javier Milei"),
    S("Bolivian President Luis Arce blamed the opposition for the attempted coup.",
      "Arce blamed", "Luis Arce"),
    S("The French defence minister Sebastien Lecornu cautioned that Europe could not rely on others.",
      "Lecornu cautioned", "Sebastien Lecornu"),
    S("Israel's foreign minister Gideon Saar accused Spain of rewarding terrorism.",
      "Saar accused Spain", "Gideon Saar"),
    S("Ukraine's military spokesman said the Russians had stepped up assaults near Pokrovsk.",
      "military spokesman said", "Ukraine"),
    S("Austria's chancellor questioned whether the sanctions were working.",
      "questioned whether", "Austria"),
    S("The Belgian prime minister voiced doubts about using the frozen Russian assets.",
      "voiced doubts", "Belgium"),
    S("The Chinese commerce ministry vowed to take resolute countermeasures.",
      "vowed to take resolute countermeasures", "China"),
    S("Egypt and Qatar welcomed the agreement and urged both parties to honour it.",
      "welcomed the agreement", "Egypt"),
    S("The Saudi crown prince assured the visiting secretary that the kingdom would raise output.",
      "assured the visiting secretary", "Saudi Arabia"),
    S("Ireland's Taoiseach Micheal Martin described the killings as an outrage.",
      "described the killings", "Micheal Martin"),
    S("The European Commission president Ursula von der Leyen announced a new package of sanctions.",
      "announced a new package", "Ursula von der Leyen"),
    S("The Venezuelan government rejected the ruling, calling it a colonial act.",
      "rejected the ruling", "Venezuela"),
    S("President Ramaphosa expressed disappointment that the envoy had been expelled.",
      "expressed disappointment", ANY),
    S("The White House welcomed the release of the two Americans.",
      "welcomed the release", "United States"),
    S("Britain's foreign secretary condemned the sentencing in the strongest terms.",
      "condemned the sentencing", "United Kingdom"),
    S("The Kremlin spokesman refused to be drawn on the timing of a summit.",
      "refused to be drawn", "Russia"),
]

# --- nested reports, split quotes, speaker named later ---------------------------------------------------------
NESTED = [
    S("Erdogan said Putin had told him that Russia was ready for talks.",
      "Erdogan said", "Erdogan"),
    S("The Qatari mediator said Hamas had informed him it accepted the proposal.",
      "The Qatari mediator said", "Qatar"),
    S("\"We will not be pushed around,\" said Swedish Defence Minister Pal Jonson. \"Our patience has limits.\"",
      "said Swedish Defence Minister Pal Jonson", "Pal Jonson", quote="We will not be pushed around"),
    S("\"The door to diplomacy,\" Araghchi said, \"remains open, but not forever.\"",
      "Araghchi said", "Araghchi", quote="The door to diplomacy"),
    S("\"This is a red line for us,\" the Greek prime minister said of the Turkish survey.",
      "the Greek prime minister said", "Greece", quote="This is a red line for us"),
    S("\"We have done nothing wrong,\" insisted the captain, a Georgian national.",
      "insisted the captain", None, quote="We have done nothing wrong"),
    S("\"Nobody wants a war,\" a senior Gulf official told AFP on condition of anonymity.",
      "told AFP", ANY, via="AFP", quote="Nobody wants a war"),
    S("\"Russia is testing us,\" Danish Defence Minister Troels Lund Poulsen told Reuters.",
      "Troels Lund Poulsen told Reuters", "Troels Lund Poulsen", via="Reuters", quote="Russia is testing us"),
    S("\"It was an accident,\" said the ship's owner, a Hong Kong company, in a statement.",
      "said the ship", None, quote="It was an accident"),
    S("Asked about the report, Sheinbaum said: \"We do not accept any interference.\"",
      "Sheinbaum said", "Sheinbaum", quote="We do not accept any interference"),
    S("Lukashenko said Putin had assured him the missiles would be under Belarusian command.",
      "Lukashenko said", "Lukashenko"),
    S("The envoy said the minister had told him the decision was final.",
      "The envoy said", ANY),
    S("Colombia's foreign ministry said Washington had agreed to let the planes land.",
      "foreign ministry said Washington", "Colombia"),
    S("Pezeshkian said on Sunday that Tehran had received a letter from Washington, state media reported.",
      "Pezeshkian said on Sunday", "Pezeshkian"),
    S("\"Let me be clear,\" the Canadian prime minister said. \"Canada will never be the 51st state.\"",
      "the Canadian prime minister said", "Canada", quote="Let me be clear"),
    S("\"We are ready,\" he said. \"The army is ready.\" Those were the words of the Pakistani army chief, General"
      " Asim Munir.", "he said", ANY, quote="We are ready"),
]

# --- coreference over sentences and paragraphs --------------------------------------------------------------------
COREF = [
    S("Finnish President Alexander Stubb spoke in Helsinki on Monday.\n\nHe said the border would stay closed.",
      "He said the border", "Alexander Stubb"),
    S("Kenyan President William Ruto arrived in Port-au-Prince on Saturday. Ruto told the troops their mission was"
      " vital.", "Ruto told the troops", "William Ruto"),
    S("The Chinese foreign ministry held its daily briefing. The spokesperson said China firmly opposed the sale.",
      "The spokesperson said", "China",
      xfail="a spokesperson after a body that held a briefing (but did not speak) is not that body's"),
    S("Thailand's defence ministry issued a statement on Thursday. It said Cambodian troops had fired first.",
      "It said Cambodian troops", "Thailand"),
    S("Indian Foreign Secretary Vikram Misri briefed reporters in New Delhi. Mr Misri said the talks had been"
      " constructive.", "Mr Misri said", "Vikram Misri"),
    S("Guatemalan President Bernardo Arevalo met the secretary of state. Arevalo later said the two had agreed on"
      " deportation flights.", "Arevalo later said", "Bernardo Arevalo"),
    S("The Japanese coast guard said two Chinese ships had entered the waters. The coast guard added that it had"
      " warned them to leave.", "The coast guard added", "Japan"),
    S("Lebanon's parliament speaker Nabih Berri met the US envoy on Tuesday.\n\n\"The talks were positive,\" Berri"
      " told reporters afterwards.", "Berri told reporters", "Nabih Berri", quote="The talks were positive"),
    S("Chilean President Gabriel Boric condemned the coup attempt. The president said democracy had prevailed.",
      "The president said", "Gabriel Boric"),
    S("Nepal's foreign ministry summoned the Indian envoy. The ministry said it had conveyed its objection.",
      "The ministry said", "Nepal"),
    S("Mozambique's President Daniel Chapo addressed the nation on Friday. In the speech, he pledged to restore"
      " order.", "he pledged to restore", "Daniel Chapo"),
    S("Polish President Andrzej Duda visited the border. Speaking to soldiers, Duda warned that Belarus was"
      " escalating.", "Duda warned", "Andrzej Duda"),
    S("Tanzania's foreign minister Mahmoud Thabit Kombo met his Kenyan counterpart. Kombo said the two would"
      " cooperate.", "Kombo said", "Mahmoud Thabit Kombo",
      xfail="a three-word name after a lowercase role loses its first name"),
    S("The Sri Lankan navy arrested 14 fishermen. A navy spokesman said they had crossed the maritime boundary.",
      "A navy spokesman said", ANY),
    S("The Ukrainian foreign ministry protested the visit. Its spokesman Heorhii Tykhyi called it a provocation.",
      "Tykhyi called it", "Heorhii Tykhyi"),
]

# --- translated speech, briefings, speeches ------------------------------------------------------------------------
BRIEFINGS = [
    S("\"The Chinese side firmly opposes this,\" spokesperson Lin Jian said at a regular press conference.",
      "spokesperson Lin Jian said", "Lin Jian", quote="The Chinese side firmly opposes this"),
    S("Answering a question from a reporter, the spokesperson said China had made representations to the US side.",
      "the spokesperson said China", ANY),
    S("Kremlin spokesman Dmitry Peskov told reporters on a conference call that Moscow had taken note of the remarks.",
      "Peskov told reporters", "Dmitry Peskov"),
    S("Russian Foreign Ministry spokeswoman Maria Zakharova said at her weekly briefing that the expulsions would not"
      " go unanswered.", "Zakharova said at her weekly briefing", "Maria Zakharova"),
    S("State Department spokesperson Tammy Bruce told reporters that Washington was reviewing the aid.",
      "Bruce told reporters", "Tammy Bruce"),
    S("Pentagon press secretary Sean Parnell said in a statement that the troops would deploy within days.",
      "Parnell said in a statement", "Sean Parnell"),
    S("White House press secretary Karoline Leavitt told reporters the president was keeping his options open.",
      "Leavitt told reporters", "Karoline Leavitt"),
    S("UN spokesman Stephane Dujarric said the world body had not been informed of the closure.",
      "Dujarric said", "Stephane Dujarric"),
    S("Speaking through an interpreter, the Turkish president told the audience that Ankara would not wait forever.",
      "told the audience", "Turkey"),
    S("In a televised address to the nation, President Gustavo Petro announced that the talks were suspended.",
      "Petro announced", "Gustavo Petro"),
    S("Addressing parliament on Wednesday, Prime Minister Mark Carney said Canada would diversify its trade.",
      "Carney said Canada", "Mark Carney"),
    S("Turkish Defence Ministry sources said at a weekly briefing that 35 militants had been neutralised.",
      "Defence Ministry sources said", "Turkey"),
    S("Israeli government spokesman David Mencer told a briefing that no aid would enter until the hostages were"
      " freed.", "Mencer told a briefing", "David Mencer"),
    S("The foreign ministry's spokesman, Ismail Baghaei, told a weekly news conference that the letter had been"
      " answered.", "told a weekly news conference", "Ismail Baghaei"),
    S("Speaking at the Munich Security Conference, Vice President JD Vance said the threat to Europe came from within.",
      "Vance said the threat", "JD Vance",
      xfail="initials written without dots (JD) are no first name"),
    S("In a speech at West Point, the president said the United States would not be the world's policeman.",
      "the president said the United States", ANY),
]

# --- "according to" forms ----------------------------------------------------------------------------------------
ACCORDING = [
    S("According to the Thai army, Cambodian soldiers opened fire first.",
      "According to the Thai army", "Thailand"),
    S("The strike killed at least 20 people, according to the Gaza health ministry.",
      "according to the Gaza health ministry", ANY),
    S("According to the Kremlin, Putin and Trump spoke for more than two hours.",
      "According to the Kremlin", "Russia"),
    S("The vessel was carrying 20,000 tonnes of fertiliser, according to its Greek operator.",
      "according to its Greek operator", ANY),
    S("According to Japan's defence ministry, the bombers flew over the Sea of Japan.",
      "According to Japan", "Japan"),
    S("Four soldiers were wounded, according to a statement from the Indian army.",
      "according to a statement from the Indian army", "India"),
    S("According to Philippine officials, the Chinese ship fired a water cannon at the supply boat.",
      "According to Philippine officials", "Philippines"),
    S("The talks will resume next month, according to Egyptian state-affiliated Al-Qahera News.",
      "according to Egyptian state-affiliated Al-Qahera News", ANY),
    S("According to a transcript released by the Kremlin, Putin said the West was losing.",
      "Putin said the West", "Putin"),
    S("According to Foreign Minister Wang Yi, China will never accept bullying.",
      "According to Foreign Minister Wang Yi", "Wang Yi"),
    S("More than 300 people were killed, according to the United Nations.",
      "according to the United Nations", "United Nations"),
    S("The ship had been sailing under a Gabon flag, according to shipping data.",
      "according to shipping data", ANY,
      xfail="shipping data is a record, not a speaker; allowed either way"),
]


# --- harder frames: long appositions, openers, passives, offices, paragraphs of quotes -------------------------
HARDER = [
    S("Hossein Salami, the commander of the Revolutionary Guards, who spoke at a ceremony in Tehran, said the enemy"
      " would receive a crushing response.", "Salami, the commander", "Hossein Salami"),
    S("In a rare public rebuke, Beijing said the remarks had crossed a red line.",
      "Beijing said the remarks", "China"),
    S("Hours after the launch, South Korea's military said it had tracked the missile from its lift-off.",
      "military said it had tracked", "South Korea"),
    S("Despite the warnings, Defence Minister Yoav Gallant insisted the offensive would go ahead.",
      "Gallant insisted", "Yoav Gallant"),
    S("The move was welcomed by Ankara, which called it a step towards peace.",
      "welcomed by Ankara", "Turkey"),
    S("The claim was rejected by Moscow as absurd.",
      "rejected by Moscow", "Russia"),
    S("A statement from Prime Minister Luc Frieden's office said Luxembourg would host the talks.",
      "office said Luxembourg", ANY),
    S("Chancellor Scholz's spokesman Steffen Hebestreit said Berlin had not been informed.",
      "Hebestreit said Berlin", "Steffen Hebestreit"),
    S("President Tebboune, in a statement, said Algeria would recall its ambassador from Paris.",
      "in a statement, said Algeria", "Tebboune"),
    S("Jordan's Foreign Minister Ayman Safadi said late on Saturday that Amman would not allow its airspace to be used.",
      "Safadi said late on Saturday", "Ayman Safadi"),
    S("Iranian Foreign Minister Abbas Araghchi told state broadcaster IRIB that the talks had been constructive.",
      "Araghchi told state broadcaster IRIB", "Abbas Araghchi", via="IRIB"),
    S("Mr Ishiba told the Japanese daily Yomiuri that Tokyo would not recognise the annexation.",
      "Ishiba told the Japanese daily Yomiuri", "Ishiba", via="Yomiuri"),
    S("The official, who requested anonymity because the talks were private, said the sides were close to a deal.",
      "The official, who requested anonymity", ANY),
    S("Ruto said, adding that Kenya would send another 600 police officers to Haiti.",
      "Ruto said", "Ruto"),
    S("Lukashenko said on Monday, without providing evidence, that Ukraine was massing troops on the border.",
      "Lukashenko said on Monday", "Lukashenko"),
    S("Andrzej Sados, 68, a retired diplomat, said the expulsions were overdue.",
      "said the expulsions", "Andrzej Sados",
      xfail="a name with an age and a role set off after it ('X, 68, a retired diplomat, said') is not yet the speaker"),
    S("Aliyev said in remarks published on Tuesday that Baku had no claims on Armenian land.",
      "Aliyev said in remarks published", "Aliyev"),
    S("Syrian interim President Ahmed al-Sharaa said through a spokesman that the elections would take years.",
      "said through a spokesman", "Ahmed al-Sharaa"),
    S("Nigeria's foreign minister, Yusuf Tuggar, told Reuters that Abuja wanted the juntas back in the bloc.",
      "Tuggar, told Reuters", "Yusuf Tuggar", via="Reuters"),
    S("Pashinyan told a rally in Yerevan that the border would be demarcated peacefully.",
      "Pashinyan told a rally", "Pashinyan"),
    S("Speaking during a visit to Seoul, the Japanese foreign minister said Tokyo wanted closer ties.",
      "the Japanese foreign minister said", "Japan"),
    S("At a joint press conference with Macron, Chancellor Merz said Europe must act together.",
      "Merz said Europe", "Merz"),
    S("The Houthi-run Saba news agency said U.S. and British jets had struck the port of Hodeidah.",
      "Saba news agency said", ANY, via="Saba"),
    S("The Hamas-run health ministry said at least 40 people had been killed in the strike.",
      "health ministry said", ANY),
    S("Officials at the scene said the fire had been brought under control by the evening.",
      "Officials at the scene said", None),
    S("Carney's government said it would match the U.S. tariffs dollar for dollar.",
      "government said it would match", ANY),
    S("Asked whether Seoul would retaliate, a presidential official told reporters that all options were open.",
      "a presidential official told reporters", ANY),
    S("Kallas, the EU's top diplomat, warned that Russia would test NATO within five years.",
      "Kallas, the EU", "Kallas"),
    S("The Dutch government said in a letter to parliament that it would order 12 more F-35s.",
      "said in a letter to parliament", "Netherlands"),
    S("Brazilian President Luiz Inacio Lula da Silva told reporters in Brasilia that the summit would go ahead.",
      "Lula da Silva told reporters", ANY),
    S("\"This was a direct attack on our sovereignty,\" Foreign Minister Penny Wong said in Canberra on Wednesday.",
      "Penny Wong said", "Penny Wong", quote="This was a direct attack on our sovereignty"),
    S("\"We are not at war with anyone,\" said Rear Admiral Sarah Jenkins, commander of the task force, \"but we are"
      " ready.\"", "said Rear Admiral Sarah Jenkins", "Sarah Jenkins", quote="We are not at war with anyone"),
    S("Ghana's President John Mahama told the BBC's Newsday programme that the debt deal was unfair.",
      "Mahama told the BBC", "John Mahama", via="BBC"),
    S("Bangladesh's interim leader Muhammad Yunus said in an address to the nation that elections would be held in"
      " February.", "Yunus said in an address", "Muhammad Yunus"),
    S("Sri Lanka's president said in parliament on Friday that the Chinese research ship would not be allowed to dock.",
      "president said in parliament", "Sri Lanka"),
    S("The head of the Wagner-linked Africa Corps said in a video that his men would stay in Mali.",
      "said in a video", ANY),
    S("Iraq's Kataib Hezbollah said in a statement that it was suspending its attacks on U.S. forces.",
      "said in a statement that it was suspending", "Kataib Hezbollah"),
    S("The Taliban's chief spokesman told AFP that the women's ban was an internal matter.",
      "told AFP", ANY, via="AFP"),
    S("A senior Hamas official, Basem Naim, said the group had not received a new proposal.",
      "Basem Naim, said", "Basem Naim"),
    S("Turkish officials said on Thursday that intelligence chief Ibrahim Kalin had met Hamas leaders.",
      "Turkish officials said", "Turkey"),
    S("Moldova's pro-Western President Maia Sandu said the referendum result showed a clear choice.",
      "Sandu said the referendum", "Maia Sandu"),
    S("Meanwhile, Kyiv said its forces had repelled 40 Russian assaults.",
      "Kyiv said its forces", "Ukraine"),
    S("For its part, Tokyo said it would not ease its import ban.",
      "Tokyo said it would not", "Japan"),
    S("Separately, India's foreign ministry said it had taken up the matter with Dhaka.",
      "foreign ministry said it had taken up", "India"),
    S("But Islamabad insisted its strikes had targeted only militant hideouts.",
      "Islamabad insisted", "Pakistan"),
    S("Tehran, for its part, denied any role in the attack.",
      "denied any role", "Iran"),
    S("Caracas responded by calling the ruling illegitimate.",
      "calling the ruling illegitimate", "Venezuela",
      xfail="'responded by calling' reads as an answer in acts, not words"),
    S("The Philippines' National Maritime Council said Chinese ships had rammed a government vessel.",
      "National Maritime Council said", "Philippines"),
    S("A ministry spokesman in Bangkok said the border checkpoints would reopen on Monday.",
      "A ministry spokesman in Bangkok said", "Thailand"),
    S("Western governments have repeatedly accused Moscow of running a shadow fleet.",
      "have repeatedly accused Moscow", None,
      xfail="'Western governments' (a bloc's adjective and a plural) is no speaker yet"),
]

# --- quotes over sentences and paragraphs: the speaker named once, the words going on ----------------------------
QUOTE_RUNS = [
    S("\"We will respond,\" said Iranian Foreign Minister Abbas Araghchi.\n\n\"There will be consequences for those who"
      " started this.\"", "There will be consequences", "Abbas Araghchi", quote="There will be consequences"),
    S("Tusk spoke after the cabinet met. \"Poland will not be blackmailed. We will defend every metre,\" he said.",
      "he said", "Tusk", quote="Poland will not be blackmailed"),
    S("Sheinbaum was asked about the tariffs. \"Mexico is not a colony,\" she replied.",
      "she replied", "Sheinbaum", quote="Mexico is not a colony"),
    S("Zelensky said the strike had hit a hospital. \"This is terror,\" he wrote.",
      "he wrote", "Zelensky", quote="This is terror"),
    S("Ramaphosa addressed the nation on Sunday.\n\n\"South Africa will not be bullied,\" the president said.",
      "the president said", "Ramaphosa", quote="South Africa will not be bullied"),
    S("The Chinese ambassador spoke to reporters in Canberra. \"Australia should stop hyping this,\" the envoy said.",
      "the envoy said", "China", quote="Australia should stop hyping this",
      xfail="'the envoy' after 'the Chinese ambassador' (a body, no person named) is not that state's"),
    S("NATO's Rutte was blunt: \"Putin must not win this war.\"",
      "Rutte was blunt", "Rutte", quote="Putin must not win this war",
      xfail="'NATO's Rutte' before a colon quote is read as NATO"),
    S("Kenya's Ruto told the summit the mission was working. \"We are making progress,\" he added.",
      "he added", "Ruto", quote="We are making progress"),
]


# --- registers: press releases, state-agency protocol, leaked papers, colour verbs ------------------------------
REGISTERS = [
    S("The EU will impose tariffs on Chinese electric cars, according to a draft seen by Reuters.",
      "according to a draft seen by Reuters", "European Union", via="Reuters"),
    S("Zelensky quipped that Russia had run out of excuses.", "Zelensky quipped", "Zelensky"),
    S("The Greek minister hit back at critics, saying the deal protected Greek waters.",
      "hit back at critics", "Greece"),
    S("Erdogan spoke of a new era in relations with Damascus.", "Erdogan spoke of", "Erdogan"),
    S("The Government of Canada today announced new sanctions against 12 Iranian officials.",
      "today announced new sanctions", "Canada"),
    S("Global Affairs Canada welcomes the release of the detained Canadians.",
      "welcomes the release", "Canada"),
    S("The Ministry of Foreign Affairs of Japan informs that the embassy in Kyiv will remain open.",
      "informs that the embassy", "Japan"),
    S("Amir-Abdollahian made the remarks in a meeting with his Omani counterpart in Tehran.",
      "made the remarks", "Amir-Abdollahian"),
    S("The spokesman for the DPRK Foreign Ministry answered a question raised by KCNA on Tuesday.",
      "answered a question raised by KCNA", "North Korea", via="KCNA"),
    S("Kim Jong Un underscored that the navy must be ready for any war, KCNA said.",
      "Kim Jong Un underscored", "Kim Jong Un", via="KCNA"),
    S("Mr. Li expressed the hope that both sides would properly handle their differences.",
      "expressed the hope", "Li"),
    S("President Tokayev noted with satisfaction the growth in bilateral trade.",
      "noted with satisfaction", "Tokayev"),
    S("The Syrian foreign ministry strongly denounced the Israeli aggression on its territory.",
      "strongly denounced", "Syria"),
    S("The Emir sent a cable of congratulations to the President of Egypt on the anniversary of the revolution.",
      "sent a cable of congratulations", ANY,
      xfail="a cable of greetings is not yet read as words sent"),
    S("The Saudi cabinet reiterated its call for an immediate ceasefire in Gaza.",
      "reiterated its call", "Saudi Arabia"),
    S("The Pakistani military's media wing, ISPR, said four militants had been killed.",
      "said four militants", "Pakistan"),
    S("India's Ministry of External Affairs spokesperson Randhir Jaiswal said New Delhi had conveyed its concerns.",
      "Jaiswal said", "Randhir Jaiswal"),
    S("Indonesian military chief Agus Subiyanto told reporters that the exercise would involve 5,000 troops.",
      "Subiyanto told reporters", "Agus Subiyanto"),
    S("Beijing on Tuesday slammed the sanctions as illegal unilateral bullying.",
      "slammed the sanctions", "China"),
    S("Washington has so far declined to say whether it will send the missiles.",
      "declined to say", "United States", mod="denied"),
    S("The Russian embassy in London did not immediately respond to a request for comment.",
      "did not immediately respond", "Russia", mod="denied"),
    S("There was no immediate comment from the Venezuelan government.",
      "no immediate comment", "Venezuela"),
    S("Neither the army nor the government could be reached for comment.",
      "could be reached for comment", ANY,
      xfail="a 'neither ... nor' subject reads as a negated subject (no one), not as two who did not answer"),
    S("A spokesperson for Downing Street declined to comment on leaked documents.",
      "declined to comment", "United Kingdom"),
    S("The Kremlin has denied any involvement in the sabotage.",
      "has denied any involvement", "Russia"),
    S("Georgia's government has rejected accusations that it is drifting towards Moscow.",
      "has rejected accusations", "Georgia"),
    S("Minsk dismissed the report as Western propaganda.", "Minsk dismissed the report", "Belarus"),
    S("Cairo warned it would not stand idly by if the dam threatened its water security.",
      "Cairo warned", "Egypt"),
    S("The junta in Niamey accused France of plotting to destabilise the country.",
      "accused France", "Niger"),
    S("Seoul's unification ministry expressed regret over the North's decision.",
      "expressed regret", "South Korea"),
    S("The Philippine foreign secretary, Enrique Manalo, said Manila would not be intimidated.",
      "Enrique Manalo, said", "Enrique Manalo"),
    S("Romania's defence ministry said drone fragments had been found near the Danube.",
      "defence ministry said drone fragments", "Romania"),
    S("Latvia's prime minister Evika Silina said the cable damage was being investigated.",
      "Silina said", "Evika Silina"),
    S("According to Turkish media, the two leaders agreed to meet again next month.",
      "According to Turkish media", None),
    S("Israeli media reported that the cabinet had approved the plan.",
      "Israeli media reported", None),
    S("Chinese state media said the carrier group had completed its training in the western Pacific.",
      "Chinese state media said", "China"),
    S("The Kuwaiti daily Al-Qabas reported that the ministry had frozen the accounts.",
      "reported that the ministry", ANY),
    S("Al-Arabiya television, citing sources, said the talks would resume in Cairo.",
      "citing sources, said", "Al Arabiya", via="Al Arabiya"),
    S("The New York Times reported, citing U.S. officials, that the drone had been shot down.",
      "The New York Times reported", ANY, via="The New York Times"),
    S("Bloomberg News reported earlier, citing people familiar with the matter, that the deal was near.",
      "Bloomberg News reported", ANY, via="Bloomberg"),
    # Views told as a noun in analysis copy.
    S("In Beijing's telling, the Philippine ship rammed the Chinese vessel.", "In Beijing's telling", "China"),
    S("The Kremlin's line is that the West started the war.", "The Kremlin's line is that", "Russia"),
    S("In Moscow's view, NATO expansion is the root cause of the conflict.", "In Moscow's view", "Russia"),
    S("Sergei Shoigu met the generals. Shoigu's position was that the offensive must go on.",
      "position was that", "Sergei Shoigu"),
    # The parties to a meeting named as a group speak with no one actor; an absolute "with X calling" clause.
    S("Modi and Xi met in Kazan on Wednesday. The two leaders agreed that border patrols should resume.",
      "The two leaders agreed", None),
    S("The foreign ministers said the sanctions would stay in place until Russia withdrew.",
      "The foreign ministers said", None),
    S("The Nordic premiers warned of a campaign of sabotage against undersea cables.",
      "The Nordic premiers warned", None),
    S("The three leaders issued a joint statement after the summit in Camp David.",
      "The three leaders issued a joint statement", None),
    S("Beijing's response came within hours, with the foreign ministry calling the transit a provocation.",
      "with the foreign ministry calling", "China"),
    # Generational suffixes and plain-apostrophe possessives of names ending in s.
    S("Philippine President Ferdinand Marcos Jr. said Manila would not give up an inch of its territory.",
      "Marcos Jr. said", "Ferdinand Marcos Jr"),
    S("Marcos Jr. said on Tuesday that the coast guard would keep up its patrols.", "Marcos Jr. said", "Marcos Jr"),
    S("Gen. Charles Q. Brown Jr. said the strikes had degraded the group's ability to launch drones.",
      "Brown Jr. said", "Charles Brown Jr"),
    S("U.N. Secretary-General Antonio Guterres' spokesman said the world body was deeply concerned.",
      "spokesman said", "Antonio Guterres"),
    S("Mahmoud Abbas' office said the Palestinian president would not attend the summit.",
      "office said", "Mahmoud Abbas"),
    # A state's office named by a lowercase portfolio: the opening subject's state, else unnamed.
    S("Two journalists were expelled on Thursday, the interior ministry said.", "the interior ministry said", None),
    S("Oman recalled its ambassador from Tehran on Sunday, the foreign affairs ministry said.",
      "the foreign affairs ministry said", "Oman"),
    S("The presidency said the decree would take effect immediately.", "The presidency said", None),
    S("The flights were suspended until further notice, the civil aviation authority said.",
      "the civil aviation authority said", None),
    S("The junta said in a televised statement that the French ambassador had 48 hours to leave.",
      "The junta said", None,
      xfail="'the junta' with no junta named before is no speaker ('The junta dismissed the army chief' must stay an act)"),
    S("Three activists remain in detention, rights groups said.", "rights groups said", None),
    S("Kim Jong Un oversaw the launch. He said the navy must be ready for war at any moment.",
      "He said the navy", "Kim Jong Un"),
]


# --- quote marks and trailing frames in every form ------------------------------------------------------------------
QUOTE_FORMS = [
    S("‘The door is open,’ said the Egyptian envoy.", "said the Egyptian envoy", "Egypt", quote="The door is open"),
    S("The strike hit an ammunition depot, said the Russian defence ministry.",
      "said the Russian defence ministry", "Russia"),
    S("Tanks had crossed the river, said the Ukrainian army, adding that fighting continued.",
      "said the Ukrainian army", "Ukraine"),
    S("“We will never accept this,” Japanese Foreign Minister Takeshi Iwaya told reporters.",
      "Iwaya told reporters", "Takeshi Iwaya", quote="We will never accept this"),
    S("“Russia,” said Putin, “does not want war with anyone.”", "said Putin", "Putin", quote="Russia"),
    S("Finnish Defence Minister Antti Hakkanen put it bluntly: \"Russia is a long-term threat.\"",
      "Hakkanen put it bluntly", "Antti Hakkanen", quote="Russia is a long-term threat"),
    S("«Nous ne céderons pas», a declaré le ministre. \"We will not give in,\" the French minister said in English.",
      "the French minister said", "France", quote="We will not give in"),
    S("\"We are ready,\" said the US military in a statement.", "said the US military", "United States",
      quote="We are ready"),
    S("\"There is no military solution,\" Egypt's foreign minister said after meeting his Sudanese counterpart.",
      "foreign minister said", "Egypt", quote="There is no military solution"),
    S("\"Hands off Greenland,\" read a post on the Danish prime minister's account.",
      "read a post", ANY, xfail="'read a post on X's account' is not yet read as the account holder's words"),
    S("'We cannot accept a fait accompli,' the Indian foreign secretary told the Hindustan Times.",
      "told the Hindustan Times", "India", via="Hindustan Times", quote="We cannot accept a fait accompli"),
    S("\"The situation is extremely dangerous,\" warned Rafael Grossi, head of the UN nuclear watchdog.",
      "warned Rafael Grossi", "Rafael Grossi", quote="The situation is extremely dangerous"),
    S("\"No one will dictate to us,\" President Nicolas Maduro declared at a rally in Caracas on Saturday.",
      "Maduro declared", "Nicolas Maduro", quote="No one will dictate to us"),
    S("The ship was struck by two missiles, the Houthis' military spokesman said in a televised address.",
      "military spokesman said", ANY, xfail="a plural possessive ('the Houthis' military spokesman') is no body's yet"),
    S("Two soldiers were killed and five wounded, the Israeli military said on Telegram.",
      "the Israeli military said", "Israel"),
    S("The border will stay shut \"until further notice\", the Thai army said.",
      "the Thai army said", "Thailand"),
]

# --- negative rows: nothing said --------------------------------------------------------------------------------
NEGATIVES = [
    "The so-called shadow fleet carries most of Russia's oil exports.",
    "Protesters carried banners reading \"No to war\" through the city centre.",
    "The film \"Voices of the Border\" won a prize in Venice last year.",
    "The drills, code-named \"Strait Thunder\", lasted two days.",
    "The \"peace plan\" has not been published in full.",
    "The minister is said to be close to the crown prince.",
    "The tanker is said to belong to a Dubai-based shell company.",
    "Iran says it will retaliate as tensions soar",
    "China warns Philippines over shoal",
    "Opinion: Why the border talks keep failing",
    "The border crossing at Rafah remained closed on Monday.",
    "The defence minister inspected the new frigate at the naval base.",
    "Talks between the two sides broke down in March.",
    "The notice warned shipping to stay clear of the area until Friday.",
    "The cable, which runs between Finland and Estonia, was damaged in December.",
    "Satellite images showed the ships at anchor off the island.",
    "The president signed the decree on Tuesday.",
    "A sign reading 'Closed' hung on the gate of the consulate.",
    "His book, 'The Long Peace', was published in 2019.",
    "The ship's name, 'Eagle S', was painted over.",
    "The operation, dubbed 'Rising Lion' by the military, began at dawn.",
    "Officials met in Geneva for a third round of talks.",
    "The foreign ministry building was evacuated after a bomb threat.",
    "The spokesman's office is on the third floor of the ministry.",
    "The statement of claim was filed in The Hague in 2023.",
    "Thousands of people gathered in the square on Sunday evening.",
    "The army's so-called \"security zone\" extends 10 km into Lebanon.",
    "Negotiators worked through the night in Doha.",
    "The claims commission has not met since 2021.",
    "Few details of the agreement have been made public.",
    "The warnings came too late for the crew.",
    "Elections are due to be held in March.",
    "The vote on the resolution was delayed to Thursday.",
    "The convoy was escorted by two frigates.",
    "He was appointed foreign minister in 2023.",
    "The base is home to about 1,500 soldiers.",
    "The claims could not be independently verified.",
    "Reuters could not independently verify the report.",
    "It was not immediately clear who fired the missile.",
    "Told to leave, the crew abandoned the ship within an hour.",
    "The announcement came a day after the border clashes.",
    "The warning system failed to detect the drones.",
    "The minister's comments were widely shared online.",
    "Tensions have risen since the statement was issued in May.",
    "A man holds a placard reading \"Stop the war\" during a protest in Berlin.",
    "The talks, known as the \"Istanbul format\", stalled in 2022.",
    "Under the deal, the ships will be escorted through the strait.",
    "The court ordered the release of the two activists.",
    "Troops hit back at the rebels after the ambush.",
    "The document, seen as a blueprint for the talks, runs to 40 pages.",
    "Those who spoke out were later arrested.",
    "The letter was delivered to the embassy on Monday.",
    "A spokesman's car was damaged in the blast.",
    "The treaty says nothing about warships.",
    "The map shows the disputed area in red.",
    "In Japan's exclusive economic zone, the survey ship dropped anchor.",
    "The leaders met for three hours behind closed doors.",
    "The ministers flew home on Sunday night.",
    "The Baltic states disconnected from the Russian power grid on Saturday.",
    "The head of the office resigned on Friday.",
    "The army's line was breached in three places.",
]


def _neg(text: str) -> object:
    return pytest.param(text, id=text[:40])


ROWS = (WIRES + STATE_AGENCIES + INTERVIEWS + COMMUNIQUES + POSTS + HEDGED + PARAPHRASE + NESTED + COREF + BRIEFINGS + ACCORDING
        + HARDER + QUOTE_RUNS + REGISTERS + QUOTE_FORMS)


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published="2025-03-12"))


def _show(events: list) -> list:
    return [(e.kind.value, e.actor, e.actor_role, e.via, e.modality.value, e.evidence.exact) for e in events]


@pytest.mark.parametrize(("text", "anchor", "want"), ROWS)
def test_a_statement_is_read_with_its_speaker(text: str, anchor: str, want: dict) -> None:
    events = _events(text)
    held = holding(events, "statement", text, anchor)
    if want["actor"] is not ANY:
        actor = want["actor"]
        held = [e for e in held if (e.actor or None) == actor
                or (actor is not None and (e.actor or "").casefold() == str(actor).casefold())]
        assert held, f"no statement by {actor!r}: {_show(events)}"
    if want["role"] is not None:
        assert any(want["role"].casefold() in (e.actor_role or "").casefold() for e in held), _show(held)
    if want["via"] is not None:
        assert any(e.via == want["via"] for e in held), _show(held)
    if want["mod"] is not None:
        assert any(e.modality.value == want["mod"] for e in held), _show(held)
    if want["quote"] is not None:
        assert any(e.quote is not None and want["quote"] in e.quote.text for e in held), \
            [(e.quote.text if e.quote else None) for e in held]


@pytest.mark.parametrize("text", [_neg(t) for t in NEGATIVES])
def test_no_statement_is_read(text: str) -> None:
    events = _events(text)
    assert [e for e in events if e.kind.value == "statement"] == [], _show(events)


# A partial quote carries on the reporter's own clause: the act told in it is read (as the speaker's claim);
# a quote of whole sentences stays the speaker's words only.
PARTIAL_QUOTES = [
    ("The two frigates \"sailed through the strait in accordance with international law\", the navy said.", "ship_movement"),
    ("The ministry said its ships had \"expelled the intruding vessel from Chinese waters\" on Sunday.", "other"),
]
WHOLE_QUOTES = [
    "\"We will test another missile next week,\" the general said.",
    "\"Our navy sailed through the strait yesterday,\" the admiral told reporters.",
    "The minister called it \"Sanctions against our people.\"",
]


@pytest.mark.parametrize(("text", "kind"), PARTIAL_QUOTES)
def test_an_act_told_in_a_partial_quote_is_read(text: str, kind: str) -> None:
    events = _events(text)
    assert any(e.kind.value == kind and e.modality.value == "reported_claim" for e in events), _show(events)
    assert any(e.kind.value == "statement" for e in events), _show(events)


@pytest.mark.parametrize("text", WHOLE_QUOTES)
def test_an_act_told_in_whole_quoted_sentences_is_not_read(text: str) -> None:
    events = _events(text)
    assert [e.kind.value for e in events] == ["statement"], _show(events)
