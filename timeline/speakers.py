"""Who is named in a sentence: mentions of people, countries and bodies, and their coreference."""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from excerpt.letters import LOWER, UPPER
from timeline import lexicon as L
from timeline.datewords import lexicon as date_lexicon
from timeline.sentindex import KeyIndex, fresh_gate, fresh_mask, gate, index_for, list_gate, mask_of

SPEAKER_KINDS = frozenset({"person", "entity", "body", "pronoun", "reference"})
ACTOR_KINDS = frozenset({"person", "entity", "body", "pronoun", "reference", "demonym"})
NOT_NAMES = frozenset(L.NOT_NAMES)
# "said April Hansen": a month that is also a first name (speech.toml [not_names] first_names).
FIRST_NAME_DATE_WORDS = frozenset(L._SPEECH["not_names"]["first_names"])
# "The navy said" with no country named before it: a statement by an unnamed body, not a later name's.
BODY_SPEAKERS = frozenset({"navy", "army", "military", "ministry", "government", "coast guard", "coastguard",
                           "command", "foreign ministry", "defence ministry", "defense ministry", "embassy",
                           "air force", "armed forces", "general staff", "regime", "cabinet", "operational command",
                           "military command", "border guard",
                           # Bodies no state need be named with ("The presidency said", "The ministry of defence
                           # said"): they speak, unnamed, like "the ministry"; never "the junta" ("The junta dismissed
                           # the army chief": a removal, no words).
                           "council", "committee", "department", "office", "presidency", "ministry of defence",
                           "ministry of defense", "press service",
                           "presidential press service", "border service", "security service", "border guards",
                           "media wing", "joint command", "regional command"})
PERSON_ROLE_HEADS = frozenset({"minister", "prime minister", "president", "foreign minister", "defence minister",
                               "defense minister", "premier", "chancellor", "secretary", "envoy", "ambassador",
                               "spokesman", "spokeswoman", "spokesperson", "general", "commander", "leader"})
ROLE_OWNED_RE = re.compile(r"['’]s\s+(?:(?:joint|official|written|brief|latest)\s+)?(?:statement|communiqu[eé]|readout|tweet|post|letter|message|note"
                           r"|spokes(?:man|woman|person)|office|press (?:office|service|secretary)|media (?:wing|office))\b")
SAYING_LATER_RE = re.compile(r",\s+(?:saying|adding|insisting|arguing|stressing|warning)\b")
POSSESSIVE_GAP_RE = re.compile(r"['’]s\s+")
SPOKES_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# "The statement said ..." with no issuer read before it: words on record by someone unnamed.
DOCUMENT_REFERENCES = frozenset({"statement", "communique", "communiqué", "readout", "joint statement", "joint communique",
                                 "joint communiqué", "joint declaration", "declaration", "report", "tweet", "post",
                                 "note", "account", "letter"})  # session 22: roles.toml references
# "the agency", "the watchdog": an organisation named earlier (the IAEA, NATO), not a ministry.
ORG_REFERENCES = frozenset({"agency", "watchdog", "alliance", "bloc", "organisation", "organization", "group",
                            "militia", "movement", "rebels"})
# A speech to come: "is due to speak later on Wednesday", "was to address the nation", "will address
# parliament". Speaking "with" or "to" someone named is a call or a meeting, not this.
# The weekday names of dates.toml, for a speech's own day right after a plan or a name ("on Monday").
WEEKDAYS = L.literal_alt(date_lexicon()["weekdays"]["names"])
PLANNED_SPEECH_GATE_RE = re.compile(r"\b(?:speak|address|deliver|give|make|reply|respond|announce|report|answer|comment)\b")
PLANNED_SPEECH_RE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:(?:due|expected|scheduled|set|slated|poised)\s+)?to|will|would)\s+"
    r"(?:(?:speak|address)(?!\s+(?:with|to\s+(?:[A-Z]|his|her|their|its)))"
    r"(?=\s+(?:the\s+(?:nation|country|parliament|assembly|general\s+assembly|security\s+council|un|congress|senate|summit"
    r"|conference|rally|media|press|public|people|deputies|lawmakers|legislators|delegates)\b|parliament|lawmakers|legislators"
    r"|deputies|reporters|journalists|supporters"
    r"|a\s+(?:rally|news\s+conference|press\s+conference|joint\s+session|session|summit)|later|on|at|in|to\s+(?:the\s+)?"
    r"(?:nation|press|media|reporters|journalists|parliament|lawmakers)|tomorrow|tonight|tomorrow|shortly|soon|\s*[.,]))"
    r"|(?:deliver|give|make)\s+(?:a|an|his|her|their|its)\s+(?:televised\s+|national\s+|annual\s+|keynote\s+)?"
    r"(?:speech|address|statement))"
    # Session 22 (speak22): an answer or a finding to come, told only with a plan's own words (never "would": "said Moscow
    # would respond to the note" is its words about a plan): "is expected to reply to the Ukrainian note on Friday", "is
    # expected to announce its decisions within days", "is due to report to the Security Council on Monday", "will answer
    # questions at a press conference"; never an answer in acts ("will respond to any provocation").
    r"|\b(?:(?:is|are|was|were)\s+(?:due|expected|scheduled|set|slated|poised)\s+to|will)\s+"
    r"(?:(?:reply|respond)\s+to\s+(?:the|its|his|her|their|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?:notes?|letters?|proposals?"
    r"|requests?|questions?|message|offer|protest|demands?|accusations?|charges?|ultimatum|appeal|report)\b"
    r"|announce\s+(?:its|his|her|their|the|a)\s+(?:[\w-]+\s+)?(?:decisions?|verdict|response|reply|findings|position|answer)\b"
    r"|report\s+to\s+the\s+(?:[A-Z][\w-]*\s+){0,3}(?:Council|Assembly|Parliament|Congress|Senate|Commission|Committee"
    r"|Board)\b|answer\s+questions\b)"
    # Session 24 (speak24): a comment to come told by a plan's own words ("The State Department is expected to comment on
    # Monday", "is due to comment later"; "will comment" is read as a comment already), never "would comment" (words
    # about a plan) nor a comment on a thing with no time ("is expected to comment on the report").
    r"|\b(?:is|are|was|were)\s+(?:due|expected|scheduled|set|slated|poised)\s+to\s+comment(?=\s+(?:on\s+(?:" + WEEKDAYS + r")|later|tomorrow|today|tonight|publicly|shortly|soon)\b|\s*[.,])")
# A bare name is a person when a verb of speech follows, perhaps after one word ("yesterday").
# "Name said", "Name also said", "Name has not said", "Name didn't comment".
SPEAKING_AFTER_RE = re.compile(r",?\s+(?:(?:late |early )?on\s+(?:" + WEEKDAYS + r")\s+)?"
                               r"(?:[a-z]+(?:n[’']t)?\s+)?(?:(?:not|yet to)\s+)?(?:" + L.REPORTING_VERB_RE.pattern + ")"
                               r"|\s+(?=(?:is|are|was|were|will|would)\s)(?:" + PLANNED_SPEECH_RE.pattern + ")"
                               # session 25 (speak25): a figure given ("Diplomats here estimated the number of advisers at
                               # about 1,500": frames.ESTIMATE_RE reads the figure)
                               r"|\s+(?:[a-z]+\s+)?(?:estimated|estimates|puts)\s+(?:the|its|their|those|these)\s")
ABBREVIATION_RE = re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, L.TITLE_ABBREVIATIONS)) + ")(?!\\w)")
TOKEN_RE = re.compile(r"\S+")
CAPITAL_NEXT_RE = re.compile(rf"\s+[{UPPER}]")
LEADING_THE_RE = re.compile(r"^the\s+")
LEADING_ARTICLE_RE = re.compile(r"(?:The|A|An|the|a|an)\s+")
INVERTED_VERBS = (r"(?:said|says|added|adds|wrote|writes|stated|insisted|insists|warned|warns|declared|noted|replied|explained"
                  r"|continued|argued|asserted|posted|tweeted|recalled|remarked|conceded|admitted|stressed|emphasi[sz]ed"
                  r"|countered|retorted|quipped|told|asked|cautioned|complained|acknowledged|pointed out)")
# "..., according to Omar Tonsay, a navy spokesman." / "according to navy spokesman Omar Tonsay.": a full name no list
# holds after "according to" (lowercase role words between), up to the clause's end or an apposition (session 12).
ACCORDING_NAME_BEFORE_RE = re.compile(r"\b[Aa]ccording to\s+(?:[a-z][\w-]*\s+){0,3}$")
CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[,.;:]|$)")
SPEAKING_BEFORE_RE = re.compile(r"(?:[”\"’»],?|,)\s*" + INVERTED_VERBS + r"\s+$")
# '"...," insisted the captain', '"...," said the ship's owner': an unnamed speaker after its verb.
SPEAKING_DET_BEFORE_RE = re.compile(r"(?:[”\"’»],?|,)\s*" + INVERTED_VERBS + r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
                                    r"(?:[\w-]+['’]s\s+)?$")
MIDDLE_INITIAL_RE = re.compile(rf"\s+[{UPPER}]\.(?=\s)")
ENTITY_BEFORE_RE = re.compile(rf"(?<![\w.’'-])[{UPPER}][\w.’'-]*(?: [{UPPER}][\w.’'-]*)? $")  # "U.S. " before a name
APPOSITION_GAP_RE = re.compile(r"\s*,\s*")
POSSESSIVE_RE = re.compile(r"^(?P<ent>.+?)(?:'s|’s)\s+")
HE_LATER_RE = re.compile(r"\b(?:he|she)\b")
# Words every match of a pattern holds, found by a search that starts with literals (the engine skips
# to them in C): a sentence without them is not searched with the pattern (its leading boundary
# makes the engine try every position).
STATE_HEAD_GATE_RE = re.compile(L._alternation(L._ROLES["bodies"]["state_heads"]))  # L.STATE_BODY_RE
COMPOUND_GATE_RE = re.compile("-" + L._alternation(L._ROLES["compounds"]["leads"] + L._ROLES["compounds"]["backs"]))  # L.COMPOUND_RE
LEADER_HEADS = tuple(L._ROLES["leader_bodies"]["heads"])
LEADER_DEFAULTS: dict[str, str] = dict(L._ROLES["leader_bodies"].get("default", {}))
LEADER_OWNED_RE = re.compile(rf"['’]s\s+(?P<head>{L._alternation(list(LEADER_HEADS))})\b")  # "X's government" (session 17)
LEADER_BODY_RE = re.compile(rf"\b[Tt]he\s+(?P<name>[{UPPER}][\w'’-]+)\s+(?P<head>{L._alternation(list(LEADER_HEADS))})\b")
QUOTED_AFTER_RE = re.compile(r"\s+(?:was|has been|had been|is)\s+(?:\w+ly\s+)?(?:quoted|cited)\b")  # "Abiy was quoted as saying"
NAME_INNER_TITLES = frozenset({"Sheikh", "Shaikh", "Sheik"})
NAME_BEFORE_RE = re.compile(rf"(?<![\w.'’-])(?!(?:{L._alternation(L.NOT_NAMES)})\b)[{UPPER}][a-z]+ $")
LOWER_VERB_NEXT_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
SUBJECT_VERB_NEXT_RE = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|later\s+)?(?:(?<!\w)[a-z]+ed|met|flew|spoke|went|held|made|took"
                                  r"|gave|sent|left|arrived|began|became|visited|addressed|struck|stood|kept|broke|held|paid"
                                  # irregular pasts of a leader's doings: "Kim Jong Un oversaw a test", "X led the delegation"
                                  r"|oversaw|led|won|sought|fought|chose|swore|wrote|told|ran|withdrew|overflew|undertook|saw"
                                  r"|will\s+[a-z]+)\b")
PERSON_VERB_NEXT_RE = re.compile(r"\s+(?:also\s+|later\s+)?(?:spoke|addressed|met|flew|arrived|visited|travelled|traveled|held talks"
                                 r"|was asked|told|hosted|received|welcomed|oversaw|inspected|toured|chaired|attended|phoned)\b")
# Words in -ed that qualify a body rather than act: "Syrian armed forces", "the allied navies".
# "Colombia's defence minister Ivan Velasquez visited", "EU foreign policy chief Kaja Kallas flew": a full name
# right after a lowercase role word is a person, whatever the verb (so a later "she" or "the minister" finds them).
ROLE_WORD_BEFORE_RE = re.compile(r"(?<![\w-])(?:minister|chief|envoy|spokes(?:man|woman|person)|president|leader|adviser"
                                 r"|advisor|ambassador|commander|secretary|premier|chancellor|governor|negotiator|diplomat"
                                 r"|aide|general|admiral|colonel)\s+$")
# "The Turkish leader said" after "Turkish President Recep Tayyip Erdogan hosted ...": a state's role named
# again is the person of that state who holds it (a leader is whoever heads the state or government).
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "emir", "sultan", "leader", "taoiseach"),
    "premier": ("prime minister", "premier"), "prime minister": ("prime minister", "premier"),
    "president": ("president",), "chancellor": ("chancellor",), "minister": ("minister",), "envoy": ("envoy",),
    "ambassador": ("ambassador",), "spokesman": ("spokes",), "spokeswoman": ("spokes",), "spokesperson": ("spokes",),
    "commander": ("commander",), "general": ("general",), "chief": ("chief",), "diplomat": ("diplomat", "minister"),
}
ADJECTIVES_IN_ED = frozenset({"armed", "united", "combined", "unified", "allied", "advanced", "specialised",
                              "specialized", "elected", "embattled", "isolated", "sanctioned"})

# Unnamed human sources (roles.toml [anonymous]): "a local elder told Reuters", "officials on both sides said".
ANON_HEAD_RE = L._word_re(L._ROLES["anonymous"]["heads"] + [h.capitalize() for h in L._ROLES["anonymous"]["heads"]])
ANON_DEFINITE = frozenset(L._ROLES["anonymous"].get("definite", []))
# "officials in Baku said": unnamed sources placed in a state speak for it.
ANON_PLACE_RE = re.compile(r"\s+in\s+(?:both\s+capitals\b|(?=[A-Z]))")
# "the country's foreign minister said": a body of the last country named.
COUNTRYS_BODY_RE = re.compile(r"\b[Tt]he\s+(?:country|nation|kingdom|republic)['’]s\s+(?:[a-z-]+\s+)?(?P<noun>"
                              + L._alternation([n for n in L.BODY_NOUNS if n.islower()]) + r")\b")
# "Prime Minister Mohammed Shia al-Sudani", "Michael O'Leary": a family name after a particle and a hyphen or apostrophe.
# Session 27: up to three such parts ("Sheikh Abdullah al-Salim al-Sabah", "Sabah al-Ahmad al-Jaber al-Sabah").
NAME_TAIL_RE = re.compile(rf"(?:\s+(?:(?:al|el|ad|as|ash|at|az|ibn|bin|abu|bint)-|[OD]['’]|(?:(?:von|van|de|der|den|da|di|del|dos|du|la|le)\s+){{1,2}})"
                          rf"[{UPPER}][\w'’-]+){{1,3}}")  # "... al-Sudani", "Michael O'Leary", "Ursula von der Leyen"
# "Kaja Kallas, the bloc's foreign policy chief, said": a name, its apposition (or "writing in X"), then a
# verb of speech.
# A role written without an article: "Hamid Benali, director general of the ports authority, told APS".
APPOSED_ROLE = (r"(?:director|head|chief|spokes(?:man|woman|person)|minister|president|secretary|commander|governor"
                r"|mayor|ambassador|envoy|leader|chairman|chairwoman|chair|adviser|advisor|deputy|vice|senior|former"
                r"|acting|general|professor|founder|owner|captain|analyst|researcher|editor)")
APPOSITION_SPEAKING_RE = re.compile(r",\s+(?:the|a|an|[A-Z][\w.’'-]*|[a-z]{3,}ing|[a-z-]{3,}ed|" + APPOSED_ROLE + r")\b[^,;:“”\"]{1,120},\s+(?:[a-z]+\s+)?(?:"
                                    + L.REPORTING_VERB_RE.pattern + ")")
# "Ahmet Davutoglu, the Turkish prime minister, addressed ...": a full name set off by a role is a person,
# whatever verb follows (so a later "he" or "the prime minister" finds them).
APPOSED_TITLE_RE = re.compile(r",\s+(?:the|a|an|[A-Z][\w.’'-]*['’]s)\s+(?:[\w.’'-]+\s+){0,4}?(?:minister|president|premier"
                              r"|chancellor|spokes(?:man|woman|person)|ambassador|envoy|secretary(?:-general)?|commander"
                              r"|chief|leader|adviser|advisor|governor|mayor|king|emir|prince|general|admiral|director"
                              r"|head|chairman|chairwoman|chairperson|diplomat|negotiator|aide)\b[^,;:“”\"]{0,60}?,")
# "Erdogan, speaking after Friday prayers, warned", "Lavrov, for his part, said": a one-word name whose
# aside tells how or where it speaks is a person (a place never speaks "for his part").
SPEAKING_ASIDE_RE = re.compile(r",\s+(?:speaking|addressing|writing|responding|replying|asked|for (?:his|her) part"
                               # "Shoigu, quoted by TASS, said", "Medvedev, in remarks published by RIA, said"
                               r"|quoted by|cited by|in (?:remarks|comments|an interview|a statement|a post|a video)"
                               r"|in (?:a|an|his|her) [\w-]+(?: [\w-]+)?)\b[^,;:“”\"]{0,100},\s+(?:[a-z]+\s+)?(?:"
                               + L.REPORTING_VERB_RE.pattern + ")")
# Session 27: "The Iraqi Prime Minister, X, told": the title before the comma is the person's role (for "the head of
# government" later).
TITLE_APPOSED_BEFORE_RE = re.compile(rf"(?<![\w-])[Tt]he\s+(?P<role>{L.TITLE_RE.pattern}),\s+$")
# "Mexico's foreign minister, Alicia Bárcena, flew": a name set off after a role is a person.
APPOSED_BEFORE_RE = re.compile(r"\b(?:[Mm]inister|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ee]nvoy|[Cc]hief"
                               r"|[Cc]ommander|[Ss]ecretary|[Ll]eader|[Aa]dviser|[Aa]dvisor|[Pp]remier|[Cc]hancellor"
                               r"|[Gg]overnor|[Mm]ayor|[Nn]egotiator|[Dd]iplomat|[Aa]nalyst|[Dd]irector|[Hh]ead),\s+$")
ANON_QUALIFIER_RE = re.compile(r",?\s+(?:" + L._alternation(L._ROLES["anonymous"]["qualifiers"]) + r")(?:\s+[\w'’-]+){0,3}(?=,?\s+(?:" + L.REPORTING_VERB_RE.pattern + "))")
# Up to two lowercase modifiers and an indefinite article or a number before the head: "a local".
ANON_LEAD_RE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|\d+)\s+)?(?:(?<![\w-])[a-z][\w-]*(?:['’]s)?\s+){0,2}$")
ANON_NOT_MODIFIERS = frozenset({"the", "his", "her", "its", "their", "our", "this", "that", "these", "those", "whose",
                                "and", "or", "said", "told", "of", "to", "by", "with", "for", "from", "on", "in", "than",
                                "quoted", "cited", "citing"})
# The words before an unnamed head that tell someone named before, and those that set a side off: made once (session 18).
ANON_NAMED_BEFORE = ANON_NOT_MODIFIERS - {"and", "said", "told", "their", "Their", "quoted", "cited"}
ANON_SIDES_BEFORE = ANON_NOT_MODIFIERS - {"the", "and"}
# "Rama's office said": the office of the person named (possessive of a personal name, then a body of theirs).
# Found from the cheap "'s office" first, then the name that ends right before it.
OWNED_NOUN_RE = re.compile(rf"(?:['’]s|(?<=s)['’])\s+(?P<noun>{L._alternation(L._ROLES['bodies']['personal'])})\b")
# "the ministry's statement said", "Seoul's communique said": a document of the one named before.
OWNED_DOCUMENT_RE = re.compile(r"['’]s\s+(?:(?:joint|official|written|brief)\s+)?(?P<noun>statement|communiqu[eé]|readout|note"
                               r"|letter|message|press release)\b"
                               # "The Kremlin's readout of the call said": the document's occasion is part of its name
                               r"(?:\s+(?:of|on|after)\s+(?:the|their|his|her|its|a)\s+(?:[\w-]+\s+)?(?:call|talks|meeting"
                               r"|conversation|summit|visit|phone call)\b)?")
NAME_AT_END_RE = re.compile(rf"(?<![\w.'’-])(?P<name>{L.NAME})$")
# "RIA cited a source in the ministry as saying", "quoted an official as saying": the unnamed one quoted.
CITED_BEFORE_RE = re.compile(r"\b(?:quoted|cited)\s+$")
CITING_BEFORE_RE = re.compile(r"\bciting\s+$")
# "the Hamas-run health ministry", "the Houthi-controlled media": a body after its backer's compound.
BACKED_BODY_RE = re.compile(r"\s+(?P<body>(?:[a-z][\w-]*\s+)??(?:" + L._alternation(
    [n for n in L.BODY_NOUNS if n.islower()] + ["militia", "militias", "group", "rebels", "fighters", "movement", "faction", "separatists", "insurgents",
                                                     "militants", "paramilitaries"])
                            + r"))\b")
# A name with a generational suffix: "Marcos Jr.", "Charles Q. Brown Jr.".
# Session 16: a reigning numeral too ("King Mohammed VI", "Pope Leo XIV"); never a lone "V" or "X" ("X" is also a platform).
ROMAN_SUFFIX_RE = re.compile(r" (II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI|XXII|XXIII)(?![\w'’.-])")
SUFFIXED_NAME_RE = re.compile(rf"(?<![\w.'’-])[{UPPER}][\w'’-]+(?:\s+(?:[{UPPER}]\.|[{UPPER}][\w'’-]+)){{0,3}}\s+(?:Jr|Sr)\.")
# A state's office named by a lowercase portfolio: "the interior ministry", "the presidential office", "the presidency".
OFFICE_GATE_RE = re.compile(r"(?:ministry|presidency|cabinet|office|service|authority|junta|palace)\b")
DEFINITE_OFFICE_RE = re.compile(r"\b[Tt]he\s+(?P<mods>(?:(?!said\b|says\b)[a-z][\w-]*\s+){0,2})(?P<head>ministry|presidency|cabinet"
                                r"|presidential office|office|press service|service|authority|junta|palace)\b")
PLURAL_OWNED_RE = re.compile(r"(?<=s)['’]\s+(?P<role>(?:(?!said\b|says\b|and\b)[a-z][\w-]*\s+){0,2}?(?:spokes(?:man|woman|person)"
                             r"|office|leader|leadership|statement|political bureau|command|"
                             + L._alternation([n for n in L.BODY_NOUNS if n.islower()]) + r"))\b")
AGE_REFERENCE_RE = re.compile(r"\b[Tt]he\s+\d{2,3}-year-old(?:\s+(?P<role>(?:former\s+)?(?:general|president|minister|leader|diplomat"
                              r"|envoy|commander|premier|king|cleric|official|veteran|politician|lawmaker|senator|activist"
                              r"|ambassador|prime minister|monarch|strongman|opposition leader)))?\b")
OF_PLACE_AFTER_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
                               r"(?:\s+(?:region|province|state|oblast|governorate|district|county|prefecture))?")
# Session 19: also a state's other offices an unnamed speaker holds ("..., police said", "the presidency said",
# "prosecutors said" in copy datelined in a capital: that state's), roles.toml [bodies] home_offices.
OFFICE_WORDS_RE = re.compile(r"\b(?:ministry|army|navy|military|defence|defense|government|presidential|foreign office"
                             rf"|{L._alternation(L._ROLES['bodies'].get('home_offices', []))})\b", re.I)
OF_BEFORE_RE = re.compile(r"\bof\s+$")  # "the head of the office said": the head speaks, not the office
JOINT_LEAD_OPEN_RE = re.compile(r"\s*(?:(?:The|the)\s+)?")
# The parties to a meeting named as a group: "The two leaders", "the foreign ministers", "The Nordic premiers".
PARTIES_GATE_RE = re.compile(r"(?:leaders|ministers|presidents|premiers|heads of|envoys|negotiators|delegations|delegates"
                             r"|participants|mediators|counterparts|countries|nations)\b")
PLURAL_PARTIES_RE = re.compile(r"\b(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|other|visiting)\s+)?"
                               r"(?:[A-Z][\w-]+\s+)?(?:(?:countries|states|nations|governments)['’]\s+)?"
                               r"(?:(?:foreign|defence|defense|finance|trade|energy|prime)\s+)?"
                               r"(?P<head>leaders|ministers|presidents|premiers|heads of state|heads of government|envoys"
                               r"|negotiators|delegations|delegates|participants|mediators|counterparts|countries|nations)\b")
# "a statement said", "a foreign ministry statement said": a document named with an indefinite article.
INDEFINITE_DOCUMENT_RE = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?P<head>statement|communiqu[eé]|readout|press release)\b")
DOCUMENT_GATE_RE = re.compile(r"statement|communiqu|readout|press release")
DOCUMENT_ISSUED_LEAD_RE = re.compile(r"\s+(?:(?:jointly|later)\s+)?(?:issued|released|published|posted|adopted|circulated"
                                     r"|distributed|sent|read out|carried|after|following)\b")  # session 16: "after the talks"
DOCUMENT_ISSUED_STOP_RE = re.compile(r"[,;:.“”\"]")
DOCUMENT_ISSUED_RE = re.compile(r"\s+(?:(?:jointly|later)\s+)?(?:issued|released|published|posted|adopted|circulated|distributed"
                                r"|sent|read out|carried|after|following)\b[^,;:.“”\"]{0,60}?(?=\s+(?:said|says|added|stated)\b)")
# "according to Qatari mediators"; session 26 (speak26): "by the count of Western diplomats" (frames.ACCORDING_RE)
ACCORDING_BEFORE_RE = re.compile(r"\b(?:[Aa]ccording to|[Bb]y the (?:count|reckoning|tally) of)\s+(?:[A-Z][\w-]+\s+)?$")
# "according to the ship's operator", "according to its Greek owner": a determiner, a name and an owner between.
ACCORDING_LEAD_BEFORE_RE = re.compile(r"\b[Aa]ccording to\s+(?:(?:the|its|their|his|her)\s+)?(?:[A-Z][\w-]+\s+)?(?:[\w-]+['’]s\s+)?$")
# Speakers by their place (speakers._unnamed_speakers): a noun phrase of a few lowercase words (a capitalised one
# after "the": "the Treasury") right before a reporting verb, opening the sentence or after a comma.
# The verbs such a phrase speaks with: plain speech and the wire's commonest stance verbs ("The junta insisted",
# "The mayor of the port city warned"); no plural noun forms ("notes", "claims", "reports"), no "accused" ("The man
# accused of spying said": a participle), no "announced" ("The government announced sanctions": the act).
UNNAMED_VERBS = (r"(?:said|says|told|tells|added|adds|reported|warned|warns|insisted|insists|argued|argues|claimed|confirmed"
                 r"|confirms|denied|denies|stressed|stresses|noted|urged|urges|appealed|lamented|cautioned|conceded"
                 r"|acknowledged|countered|replied|reiterated|explained|maintained|stated|wrote|demanded|alleged"
                 r"|welcomed|condemned|criticised|criticized|expressed|voiced|vowed|pledged|declined|mentioned"
                 # session 12: verbs of speech a wire puts after an unnamed office ("..., the interior minister tweeted")
                 r"|tweeted|tweets|remarked|asserted|asserts|complained|complains|admitted|admits|emphasised|emphasized"
                 r"|underlined|boasted|revealed|disclosed|predicted|assured|quipped"
                 # session 13: a finding, a speech only before its "that" clause (speech.toml clause_only)
                 r"|concluded|determined"
                 # session 22 (speak22): a paper's trailing "..., the newspaper recalls." (frames: only closing a sentence)
                 r"|recalls|recalled"
                 # session 25 (speak25): a figure given ("Western diplomats estimated the number ... at about 1,500":
                 # frames.ESTIMATE_RE, read only with a number after "at")
                 r"|estimated|estimates|puts)")
DATELINE_SEAT_RE = re.compile(r"\s*(?P<city>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?:/[A-Z][A-Z'./ -]*?)?(?=,|\s+[-–—(])")  # capitals only
# Session 27 (speak27): the state after a city no list holds ("KARLSKRONA, Sweden, Oct. 28 (UPI) --"), and a dateline in
# ordinary capitals, only before a date, an agency in brackets, a dash or a colon ("Bishkek, 27 August (Kabar) --",
# "London, August 2", "New Delhi: Prime Minister ...").
_MONTHS = L.literal_alt([m for names in date_lexicon()["months"]["abbreviations"] for m in names]
                        + date_lexicon()["months"]["names"])
DATELINE_STATE_RE = re.compile(r",\s+(?P<state>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2})(?=,)")
DATELINE_TITLE_RE = re.compile(rf"\s*(?P<city>[{UPPER}][{LOWER}'.-]+(?: [{UPPER}][{LOWER}'.-]+){{0,2}})"
                               rf"(?=,\s+(?:(?:{WEEKDAYS}),\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS})\b|\s+\([A-Z]|\s+[-–—]+\s|:\s)")
# Session 27: titles that tell a person's sex, so "he" never means "Mrs Dora Bloch" nor "she" "Mr Kozyrev"
# (roles.toml [sex_titles]); read just before the name (or as its first word).
SEX_TITLE_RE = re.compile(r"(?<![\w.])(?:(?P<female>" + L._alternation(L._ROLES["sex_titles"]["female"]) + r")|"
                          + L._alternation(L._ROLES["sex_titles"]["male"]) + r")\.?\s+(?=[A-Z])")
HOME_SOURCE_HEADS = frozenset(L._ROLES["bodies"].get("home_sources", []))
HOME_SOURCE_MODIFIERS = frozenset(L._ROLES["bodies"].get("home_source_modifiers", []))
THERE_AFTER_RE = re.compile(r",?\s+(?:there|abroad|elsewhere)\b")
PLACE_BEFORE_RE = re.compile(r"(?:\b(?:off|near|towards?|along)\s+(?:the\s+)?|\b(?:[Ss]ea|[Gg]ulf|[Ss]trait|[Bb]ay|[Cc]oast)\s+of\s+"
                             r"(?:the\s+)?)$")
PLACE_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:coast|coastline|waters|territory|border|frontier|airspace|shores?|soil|side"
                            r"|[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé]|[Cc]onsul|[Hh]igh [Cc]ommissioner)\b")  # or a foreign envoy
ENVOY_ROLE_RE = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé]|[Cc]onsul|[Hh]igh [Cc]ommissioner)")
SENTENCE_IN_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")
HOME_NAMES = frozenset(L._ROLES["bodies"].get("home_names", []))  # session 14: see Registry.home
# Session 28 (speak28): a name no list holds right after a preposition of place names where the subject is ("Nationalist
# guns on Quemoy answered"), never one who speaks. Not "in" nor "at": with them too, heldout8 (blind) lost two dates (its
# summary lines only; "the association in Vigo said" keeps its old reading).
PLACE_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w-])(?:on|off|near|around|outside|across|over|onto|into)\s+$")
INITIALS_AFTER_RE = re.compile(r" \(([A-Z]{2,6})\)")
OUTLET_REFERENCE_RE = re.compile(r"(?:the\s+)?" + L._alternation(L._SPEECH["outlet_references"]))  # "the paper"
# Whether a verb of UNNAMED_VERBS follows a space: its words as a prefix tree (L._trie), one branch per character instead
# of ~70 alternatives at every space (the same places found, ~2x faster; session 15).
UNNAMED_VERB_WORDS = tuple(UNNAMED_VERBS[len("(?:"):-len(")")].split("|"))
SAID_GATE_RE = re.compile(r"\s(?:" + L._trie(sorted(set(UNNAMED_VERB_WORDS))) + r")\b")
# A perfect or pluperfect before the verb ("The bloc's foreign-policy chief had warned", "has repeatedly insisted").
_AUX_ADVERB = r"(?:[a-z]+ly|long|also|already|often|since|again)"
UNNAMED_AUX = r"(?:(?:has|have|had)\s+(?:" + _AUX_ADVERB + r"\s+)?)?"
UNNAMED_AUX_TAIL_RE = re.compile(r"\s+(?:has|have|had)(?:\s+" + _AUX_ADVERB + r")?$")  # what the phrase's words took of it
_UNNAMED_NP = (r"(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]wo|[Ss]everal|[Ss]ome|[Mm]any)\s+)?"
               # session 14: a verb of speech is no word of the phrase ("The paper said such remarks revealed ...")
               r"(?:[A-Za-z][\w-]*(?:['’]s|s['’])\s+)?(?:(?:(?!(?:said|says|told|tells|stated)\s)[A-Za-z][a-z-]*|\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z]{0,4}[A-Z](?=\s+[a-z]))(?:['’]s|s['’])?\s+){0,3}"
               r"(?:[a-z][a-z-]{2,}|(?<=[Tt]he )[A-Z][a-z]{2,}|(?<=[Tt]he )[A-Z]{2,6}(?![\w’'-])|(?<=\dst |\dnd |\drd |\dth )[A-Z][a-z]{2,})")
# "The mayor of the port city", "A spokesperson for the bloc's foreign policy chief": one phrase after the head.
_UNNAMED_OF = r"(?:\s+(?:of|for|at|in|from)\s+(?:(?:the|a|an|its|their)\s+)?(?:[A-Za-z][\w-]*(?:['’]s)?\s+){0,3}[a-z][a-z-]{2,})?"
POSSESSIVE_NEXT_RE = re.compile(r"['’]s\s+")
UNNAMED_LEAD_RE = re.compile(r"\s*(?P<np>(?:[A-Z][a-z-]*\s+)?" + _UNNAMED_NP[:-1] + r"|[A-Z][a-z-]{2,})" + _UNNAMED_OF + ")"
                             # session 13: a participle or setting aside between ("Forum ministers, meeting in Sydney, condemned")
                             r"(?=(?:,\s+(?:(?!including|excluding|according)[a-z]{3,}ing|in|at|during)\s[^,;:“”\"]{1,80},)?\s+" + UNNAMED_AUX + UNNAMED_VERBS + r"\b)")
# After a comma or semicolon, also a second speaker's clause: "..., while the police reported", "; the opposition said",
# ", as police said" (session 16);
# after a quote's closing mark (its words and comma are masked: '"...," the team said').
UNNAMED_TRAIL_RE = re.compile(r"(?:[,;]|[”\"’»])\s+(?:(?:and|but|while|whereas|though|although|yet|as)\s+)?(?P<np>" + _UNNAMED_NP
                              + _UNNAMED_OF + r")(?=\s+" + UNNAMED_AUX + UNNAMED_VERBS + r"\b)")
# Session 11: "..., according to the provincial judiciary." / "According to the port authority, ...": an unnamed
# speaker after "according to", up to the clause's end; never a text, a count or a result ("according to the report").
ACCORDING_UNNAMED_RE = re.compile(r"\b[Aa]ccording to\s+(?P<np>" + _UNNAMED_NP + _UNNAMED_OF + r")(?=\s*(?:[,.;:]|$))")
NOT_ACCORDING_HEADS = frozenset(
    "report reports plan plans indictment estimate estimates records record tally count schedule timetable terms "
    "proposal draft budget census results result testimony filings filing transcript ruling verdict website account "
    "accounts version analysis assessment calculations calculation footage images photos pictures video videos imagery "
    "tradition custom rules law laws reading readings logs log list lists polls forecast forecasts projections "
    "statistics numbers tallies findings minutes memo letter letters notes note summary readout statement".split())
# Nouns that end like an adverb: "The assembly said", "a close ally said".
NOUNS_IN_LY = frozenset({"assembly", "family", "ally", "rally", "monopoly", "italy", "anomaly", "supply"})
# Session 21 (speak21): a demonym in the plural of a people ("Iraqis", "North Koreans"; not "Swiss" nor an adjective) and
# the article before it.
PEOPLE_PLURAL_RE = re.compile(r"[a-z][aeiouy]?s$(?<!ss)")
THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
ROLE_DET_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$")  # session 26: "its High Commissioner said": a role
UNNAMED_NOT_WORDS = frozenset(
    "he she it they we i you who which that this these those what when while and but or as also then still "
    "was were is are be been being has have had not will would could should may might can did does do "
    "so if there here now later earlier today yesterday on last this next monday tuesday wednesday thursday friday "
    "saturday sunday".split())
# Not speakers by their place: times, and texts whose words are quoted but who say nothing of their own ("the
# treaty says", "the decree said troops will pull back": what a text provides, not someone's statement).
UNNAMED_NOT_HEADS = frozenset(
    "week weeks day days month months year years time times statement decree treaty law laws sign accord agreement "
    "constitution resolution charter text map data figures footage poll survey study deal bill rules rule clause "
    "article document documents order notice notices sign signs banner poster placard inscription label caption".split())
# A country's press speaks with no actor ("Israeli media reported": frames._media_reports), never as its state.
MEDIA_HEAD_RE = re.compile(r"\b(?:media|press|news\s+agenc(?:y|ies)|agencies|newspapers?|dailies|daily|television|tv"
                           r"|broadcasters?|radio|outlets?|websites?)$")
# Session 28 (speak28): a capital's radio ("Tehran radio said", "Peiping radio said") is the state's own broadcaster, as
# "state radio" is (roles.toml), unlike a country's press ("Israeli media reported": no actor).
SEAT_RADIO_RE = re.compile(r"(?:the\s+)?[\w'’ -]+\s+radio")
UNNAMED_OF_RE = re.compile(r"\s(?:of|for|at|in|from)\s")
# "The" before an unnamed-source head (roles.toml [anonymous]) name someone named before ("the local
# elder told Reuters"): that reading stays with speakers' own rules.
DEFINITE_WORDS = frozenset({"the"})
SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*|[”\"]\s+)$")
NOUN_NEXT_RE = re.compile(r"\s+[a-z]{3,}\b(?<!\bfamiliar)(?<!\bclose)")
# What each way an unnamed source may speak from before its head starts with: "according to", "quoted", "cited", and
# SPEAKING_DET_BEFORE_RE's mark and inverted verb. None of them before the head: only words after it can make it speak.
ANON_MARK_BEFORE_RE = re.compile(r"ccording to|quoted|cited|(?:count|reckoning|tally) of|(?:[”\"’»],?|,)\s*" + INVERTED_VERBS)
SHORTCUTS = True  # False: the plain path, every unnamed source's head read in full (the tests compare both)
# A capitalised name before a group's head word: "the Ansar Dine movement", "Zintan militias".
# Found from the head word (rare) back to the name before it: one cheap search per sentence.
GROUP_HEAD_RE = re.compile(r"(?<=\s)(?P<head>movement|group|militia|militias|rebels|rebel group|armed group|insurgents"
                           r"|militants)\b")
GROUP_NAME_BEFORE_RE = re.compile(rf"(?:\b[Tt]he\s+)?(?P<name>(?:[{UPPER}][\w'’-]+\s+){{0,2}}[{UPPER}][\w'’-]+)\s+$")


PARTICLE_PREFIX_RE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar)-(?=[A-Z])")
# A first name (and its particles) written right before a surname: "Yoshito ", "Ursula von der ".
NAME_PARTICLES = r"(?:von|van|de|der|den|da|di|del|dos|la|le|bin|ibn|al|el)"
FIRST_NAME_BEFORE_RE = re.compile(rf"(?<![\w.'’-])(?P<first>[{UPPER}][{LOWER}]+) (?:{NAME_PARTICLES} ){{0,2}}$")
# What comes before the name in every match of _fuller_name's pattern, up to the name (searched with endpos at it):
# a name no such words lead anywhere in the text has no fuller form, and its own pattern is never compiled or run.
FULL_NAME_LEAD_RE = re.compile(rf"(?P<first>[{UPPER}](?<![\w.'’-].)[{LOWER}]+) (?:{NAME_PARTICLES} ){{0,2}}(?:(?:al|el|ad|as|ash|at|az|an|ar)-)?$")
FULL_NAME_REACH = 200  # characters before the name searched for its lead (then back to a word's start: see _may_lead)
NOT_FIRST_NAMES = frozenset(w for t in L.ROLE_HEADS + L.ROLE_MODIFIERS + L.HONORIFICS + list(L.TITLE_ABBREVIATIONS)
                            for w in t.split()) | frozenset(L.AGENCY_FORMS)


# A state's own office named with no state: "the Transport Ministry", "a Foreign Ministry spokesperson",
# "the Army" (bare: "the Arakan Army" is a group of its own).
# Session 17: a portfolio list ("Ministry of Economy, Trade and Industry") is one ministry (lexicon.ORG_NAME_RE).
STATE_BODY_ROLE_RE = re.compile(r"(?:[A-Z][\w-]+\s+){0,3}Ministry(?:\s+of\s+[A-Z][\w-]+(?:(?:\s+|,\s+|\s+and\s+)[A-Z][\w-]+){0,3})?"
                                r"(?:\s+(?:spokes(?:man|woman|person)|official|officials))?"
                                r"|Ministry\s+of\s+[A-Z][\w-]+(?:(?:\s+|,\s+|\s+and\s+)[A-Z][\w-]+){0,3}"
                                r"|Army|Navy|Air Force|Coast Guard|General Staff"
                                # session 28: a service's press office ("the Navy Information Service announced")
                                r"|(?:Army|Navy|Air Force|Coast Guard|Defen[cs]e)\s+(?:Information|Press|Public\s+Relations|Media)"
                                r"\s+(?:Service|Office|Department|Bureau|Centre|Center|Directorate)")


# "the Foreign Minister said": a role word's capitalised form (a title named again, the person named before).
ROLE_HEAD_WORDS = frozenset(h for h in L.ROLE_HEADS if h[:1].isupper()) | frozenset(
    r.title() for r in L.ROLE_REFERENCES if " " in r)
THE_BEFORE_RE = re.compile(r"\b[Tt]he $")
OFFICE_REFERENCE_RE = re.compile(r"(?:[Tt]he\s+)?(?P<office>" + L._alternation(
    [w for o in L.OFFICE_TITLES for w in (o, o.title(), o[:1].upper() + o[1:], o.title().replace(" Of ", " of "))]) + ")")
# Session 18: a past verb right after a role named again makes it an act's subject ("the President retreated", "The
# Minister flew to Oslo on Monday"); never a spectator's ("the Prime Minister watched the exercise": the drill is the
# state's).
ACTING_AFTER_RE = re.compile(r"\s+(?:(?:also|then|later|has|had|have|was|will|would)\s+)*(?!(?:watch|observ|attend|inspect|view"
                             r"|witness|review)ed\b)(?:[a-z]{2,}ed|fled|left|met|flew|went"
                             r"|came|took|made|gave|sent|held|signed|won|lost|wrote|sought|fought|broke|began|stood|drove)\b")
CAPITAL_ROLE_RE = re.compile(rf"\b[Tt]he\s+(?P<head>{L._alternation(sorted(ROLE_HEAD_WORDS, key=len, reverse=True))})\b(?![-’'])")
LEADING_HONORIFIC_RE = re.compile(rf"(?:{L._alternation(L.HONORIFICS)})\s+(?=[{UPPER}])")


# A relative clause set off after a speaker before its verb ("X, whose district includes Y, said"); its words may hold a
# list of names ("who toured Seoul, Tokyo and Beijing this week,"): a comma before a capitalised word and a comma or "and".
RELATIVE_ASIDE = (r"(?:which|who|whose)\s(?:[^,;:“”\"]|,\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,|\s+and\s)))"
                  r"{1,120},")
RELATIVE_SPEAKING_RE = re.compile(r",\s+" + RELATIVE_ASIDE + r"\s+(?:[a-z]+\s+)?(?:" + L.REPORTING_VERB_RE.pattern + ")")
# A name written with initials after a title: "General M.M. Naravane", "Minister S Jaishankar".
INITIALS_GATE_RE = re.compile(rf"\s[{UPPER}](?:\.[{UPPER}]?\.?|\s[{UPPER}]?\s?)\s?[{UPPER}][{LOWER}]")
TITLED_INITIALS_RE = re.compile(rf"\b(?P<title>{L._HEAD_ALT})\s+(?P<name>(?:[{UPPER}](?:\.\s?|\s)){{1,3}}[{UPPER}][{LOWER}]{{2,}}"
                                rf"(?:-[{UPPER}][{LOWER}]+)?)\b")


class _GroupMatch:
    """A name and the group head word after it, shaped like a match for find_mentions."""

    def __init__(self, name: re.Match[str], head: re.Match[str]) -> None:
        self._name, self._head = name, head

    def start(self, group: str | None = None) -> int:
        return self._name.start("name") if group == "name" else self._name.start()

    def end(self) -> int:
        return self._head.end()

    def group(self, which: str) -> str:
        return self._name.group("name") if which == "name" else self._head.group("head")


def _unknown_groups(text: str, start: int, end: int) -> list[_GroupMatch]:
    """"the Ansar Dine movement", "Zintan militias": a capitalised name right before a group's head word."""
    out = []
    for h in GROUP_HEAD_RE.finditer(text, start, end):
        n = GROUP_NAME_BEFORE_RE.search(text, max(start, h.start() - 60), h.start())
        if n is not None:
            out.append(_GroupMatch(n, h))
    return out
# Bits of the rules find_mentions skips in a sentence that holds none of their required words (sentindex).
# Each word costs a find over every body: only rules that cost more than their words are gated (bench.patterns).
G_STATE_HEAD_GATE, G_GROUP_HEAD, G_OWNED_DOCUMENT, G_OWNED_NOUN, G_OFFICE_GATE, G_DOCUMENT_GATE = map(
    gate, (STATE_HEAD_GATE_RE, GROUP_HEAD_RE, OWNED_DOCUMENT_RE, OWNED_NOUN_RE, OFFICE_GATE_RE, DOCUMENT_GATE_RE))
G_PARTIES_GATE, G_COUNTRYS_BODY, G_LEADER_BODY, G_COMPOUND_GATE = map(
    fresh_gate, (PARTIES_GATE_RE, COUNTRYS_BODY_RE, LEADER_BODY_RE, COMPOUND_GATE_RE))
# Session 20: rules of more words than fresh_gate takes (the role heads, the unnamed sources' heads, the verbs of an unnamed
# speaker), gated as data lists (sentindex.list_gate), asked through the same fresh mask.
G_CAPITAL_ROLE, G_ANON_HEAD, G_SAID_GATE = map(list_gate, (CAPITAL_ROLE_RE, ANON_HEAD_RE, SAID_GATE_RE))
# (session 16: asked only of the text indexed, sentindex.fresh_mask)
# The head word of an organisation's name: its last org word before any "of/for the ..." tail.
ORG_HEAD_RE = re.compile(rf"\b(?:{L._alternation(L.ORG_WORDS)})\b(?=(?:\s+(?:of|for)\b.*)?$)")


@dataclass
class Mention:
    """A person, entity, body, pronoun or role reference named in the text."""

    start: int
    end: int
    kind: str  # person | entity | demonym | region | body | pronoun | reference | agency
    name: str | None  # canonical name once resolved
    role: str | None = None
    form: str = ""  # for entities: name | seat | demonym | region


@dataclass
class Person:
    """A person the excerpt has named, with the role the text gave."""

    name: str
    role: str | None
    last: int  # offset of the latest mention
    first: int = -1  # offset of the first mention: "the minister" never means someone named only after it
    female: bool | None = None  # session 27: from a title before the name ("Mrs", "Sir"), for "he" and "she"


@dataclass
class Registry:
    """What one excerpt has named so far, for "he", "the minister", "Ryabkov", "the ministry"."""

    persons: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    family_first: dict[str, str] = field(default_factory=dict)
    bodies: list[tuple[str, str]] = field(default_factory=list)  # (actor name, body role) as named
    last_org: str | None = None  # the last organisation named, for "the agency", "the watchdog"
    last_speaker: tuple[str, str | None, int, str] | None = None  # name, role, paragraph, kind
    last_person: str | None = None
    last_speaker_at: int = -1  # session 28: where the last speaker's verb ends (a person named after it is newer)
    last_spokes: tuple[str, str | None] | None = None  # session 28: the body whose spokesman spoke last (name, role)
    last_entity: str | None = None  # the last country or organisation named, for "its military"
    last_country: str | None = None  # the last country named, for "the Defense Ministry" alone
    # Session 14: the state whose seat the dateline names ("SEOUL, Nov. 23 (Yonhap) --"), for a state's organ named
    # alone (roles.toml home_names), and the initialisms the text gives a body ("the Joint Chiefs of Staff (JCS)").
    home: str | None = None
    initials: dict[str, tuple[str, str]] = field(default_factory=dict)  # "JCS" -> (actor name, role)

    def copy(self) -> Registry:
        """A copy that a second reading of some words (a quote, reported words) may change without touching this one."""
        out = copy.copy(self)
        out.persons = {k: Person(p.name, p.role, p.last, p.first, p.female) for k, p in self.persons.items()}  # cheap
        out.surnames, out.family_first, out.bodies = dict(self.surnames), dict(self.family_first), list(self.bodies)
        out.initials = dict(self.initials)
        return out

    def note_person(self, raw: str, role: str | None, pos: int) -> Person:
        """Register (or refresh) a person from a written name; a surname alone joins the full name."""
        name = MIDDLE_INITIAL_RE.sub("", raw).strip()
        tokens = name.split()
        if len(tokens) == 1 and name in self.surnames:
            name = self.surnames[name]
        elif len(tokens) == 1 and name in self.family_first:
            name = self.family_first[name]
        person = self.persons.get(name)
        if person is None:
            person = self.persons[name] = Person(name, role, pos, pos)
            self.surnames[tokens[-1]] = name
            bare = PARTICLE_PREFIX_RE.sub("", tokens[-1])
            if bare != tokens[-1] and len(tokens) > 1:  # "Adel al-Jubeir" ... "Jubeir said": the name without "al-"
                self.surnames.setdefault(bare, name)
            for tok in tokens[1:-1]:  # "Pedro Castillo Terrones" -> "Castillo" too (two family names)
                if tok[:1].isupper() and len(tok) > 2:
                    self.surnames.setdefault(tok, name)
            if len(tokens) > 1:  # "Xi Jinping" -> "Xi", "Kim Jong Un" -> "Kim": family name first
                self.family_first.setdefault(tokens[0], name)
        else:
            person.last = pos
            if role and not person.role:
                person.role = role
        self.last_person = name
        return person

    def by_pronoun(self, she: bool) -> Person | None:
        """The person named last whom "he" (she False) or "she" may mean: never one a title gives the other sex."""
        last = self.persons.get(self.last_person or "")
        if last is None or last.female is None or last.female == she:
            return last
        return max((p for p in self.persons.values() if p.female is None or p.female == she), key=lambda p: p.last,
                   default=None)

    def by_role(self, head: str, before: int | None = None) -> Person | None:
        """The most recently mentioned person whose role contains the head word (named before `before`)."""
        head = head.lower()
        best = None
        for person in self.persons.values():
            if before is not None and person.first >= before:
                continue
            if person.role and head in person.role.lower() and (best is None or person.last > best.last):
                best = person
        if best is None and head == "commander":
            # "Commodore X ... The commander said": a holder of a military rank is the commander named again (session 13)
            for person in self.persons.values():
                if before is not None and person.first >= before:
                    continue
                rank = (person.role or "").lower().split(" ")[-1]
                if (rank in L.COMMANDER_RANKS or (person.role or "").lower() in L.COMMANDER_RANKS) \
                        and (best is None or person.last > best.last):
                    best = person
        return best

    def by_office(self, office: str, before: int) -> Person | None:
        """The person named first whose role holds a title of that office ("head of state": a president), named before
        `before`: copy that calls its president "the Head of State" names them first, other states' after."""
        titles = L.OFFICE_TITLES.get(office, ())
        best = None
        for person in self.persons.values():
            role = f" {(person.role or '').lower()} "
            if person.first < before and any(f" {t} " in role for t in titles) and (best is None or person.first < best.first):
                best = person
        return best


def canonical_role(title: str) -> str:
    """A role as the record writes it: "Russia's X" -> "Russian X", "Sen." -> "Senator"."""
    title = " ".join(title.split())
    m = POSSESSIVE_RE.match(title)
    if m and m.group("ent") in L.ENTITY_FORMS:
        canon = L.ENTITY_FORMS[m.group("ent")][0]
        adj = L.DEMONYM_OF.get(canon)
        if adj:
            title = f"{adj} {title[m.end():]}"
    if "." in title:
        title = ABBREVIATION_RE.sub(lambda m: L.TITLE_ABBREVIATIONS[m.group(0)], title)
    return title


def _clean_name(raw: str) -> tuple[int, str]:
    """(offset, name): a captured name without leading non-name words ("While Putin"), cut at the
    first later word that cannot be part of a name ("Trump Administration")."""
    out: list[str] = []
    offset = 0
    if " " not in raw:  # the common case: one word
        return (0, "") if raw in NOT_NAMES or raw in L.ENTITY_FORMS else (0, raw)
    for tok in TOKEN_RE.finditer(raw):
        bad = tok.group(0) in NOT_NAMES or tok.group(0) in L.ENTITY_FORMS
        if bad and out and tok.group(0) in L.NAME_DATE_WORDS and len(out) == 1 and out[0] not in NOT_NAMES:
            out.append(tok.group(0))  # "Theresa May": a surname that is also a month
            break
        if bad and out:
            break
        if bad:
            continue
        if not out:
            offset = tok.start()
        out.append(tok.group(0))
    return offset, " ".join(out)


def _entity_at(text: str, m: re.Match[str]) -> re.Match[str]:
    """Prefer "North Korean" over "the North" in "the North Korean border"."""
    if m.group(0).startswith("the ") and CAPITAL_NEXT_RE.match(text, m.end()):
        inner = L.ENTITY_RE.match(text, m.start() + 4)
        if inner:
            return inner
    return m


# The patterns find_mentions runs, in its order of precedence.
MENTION_PATTERNS = ("SHIP_NAME_RE", "AGENCY_RE", "TITLED_NAME_RE", "HONORIFIC_NAME_RE", "BODY_RE", "ORG_NAME_RE",
                    "ENTITY_RE", "BARE_NAME_RE", "GROUP_REFERENCE_RE", "ROLE_REFERENCE_RE", "BODY_REFERENCE_RE", "PRONOUN_RE",
                    "POSSESSIVE_BODY_RE")
Scan = dict[str, tuple[list[int], list[re.Match[str]]]]


def scan_mentions(text: str) -> Scan:
    """Every match of every mention pattern in a whole body, once: one pass per pattern instead of one
    per sentence (the per-call cost dominated); find_mentions then takes the ones inside a sentence."""
    out: Scan = {}
    for name in MENTION_PATTERNS:
        ms = L.scan(name, text)
        out[name] = ([m.start() for m in ms], ms)
    return out


def _matches(scan: Scan | None, name: str, text: str, start: int, end: int) -> Iterable[re.Match[str]]:
    """The pattern's matches wholly inside text[start:end], from the scan when there is one."""
    if scan is None:
        return getattr(L, name).finditer(text, start, end)
    starts, ms = scan[name]
    if not starts:
        return ()
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    # A match across either edge of the sentence may hide one inside it: then scan the sentence itself.
    if (lo > 0 and ms[lo - 1].end() > start) or (hi > lo and ms[hi - 1].end() > end):
        return getattr(L, name).finditer(text, start, end)
    return ms[lo:hi]


def _owner_before(text: str, lo: int, a: int) -> re.Match[str] | None:
    """The country written right before a body's name: "U.S. ", "The U.S. ", "India's "."""
    before = ENTITY_BEFORE_RE.search(text, lo, a)
    if before is None:
        return None
    b = before.end() - 1
    if text[b - 2:b] in ("'s", "’s"):
        b -= 2
    space = text.rfind(" ", before.start(), b)  # "The U.S. ": the last word alone
    for s in (before.start(), *([space + 1] if space >= 0 else [])):
        owner = L.ENTITY_RE.fullmatch(text, s, b)
        if owner:
            return owner
    return None


def _verb_between(m: re.Match[str]) -> bool:
    """True when the word between a country and a body noun is a verb ("Russia sent military")."""
    mod = m.group("mod")
    if not mod or not mod.islower() or m.group(0)[len(m.group("ent"))] in "'’":
        return False
    return mod in L.CLAUSE_VERBS or (mod.endswith("ed") and mod not in ADJECTIVES_IN_ED)


def _according_speakers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of noun phrases after "according to" up to the clause's end that speak by their place alone ("..., according
    to the provincial judiciary."), never a text, a count or a result ("according to the report")."""
    found = []
    for m in ACCORDING_UNNAMED_RE.finditer(text, start, end):
        words = m.group("np").lower().split()
        if _speaker_words(m.group("np")) and words[-1].strip("'’") not in NOT_ACCORDING_HEADS:
            found.append(m.span("np"))
    return found


def _unnamed_speakers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of noun phrases that speak by their place alone: opening the sentence before "said", or set off by a
    comma before "said" at its end ("..., rescue workers said."); none a list need know."""
    found = []
    lead = UNNAMED_LEAD_RE.match(text, start, end)
    for m in ([lead] if lead is not None else []) + list(UNNAMED_TRAIL_RE.finditer(text, start, end)):
        a, b = m.span("np")
        aux = UNNAMED_AUX_TAIL_RE.search(text, a, b)
        b = aux.start() if aux else b  # "The bloc's chief had warned": the phrase ends before its auxiliary
        if aux and SAID_GATE_RE.search(text, a, b):
            continue  # "Officials said the minister had told ...": a clause reported, no phrase of one speaker
        if _speaker_words(text[a:b]):
            found.append(_without_adverb(text, a, b))
    return [span for span in found if span is not None]


def _without_adverb(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span without an adverb the phrase ended in ("The council strongly condemned": "The council"); None when
    the phrase is that adverb alone ("China, Pakistan's ally, notably declined": no speaker of its own)."""
    cut = text.rfind(" ", a, b)
    word = text[cut + 1:b]
    if word.endswith("ly") and word.lower() not in NOUNS_IN_LY:
        return (a, cut) if cut > a else None
    return a, b


def _speaker_words(np: str) -> bool:
    """True when the words may be a speaker: none a pronoun, conjunction, auxiliary or other clause word, no text
    for a head, and no unnamed-source head after a definite word (someone named before)."""
    words = [w.lower().strip("'’") for w in np.split()]
    if not words or any(w in UNNAMED_NOT_WORDS for w in words) or words[-1] in UNNAMED_NOT_HEADS:
        return False
    of = UNNAMED_OF_RE.search(np)
    if of is not None and np[:of.start()].split()[-1].lower() in UNNAMED_NOT_HEADS:
        return False  # "A sign at the border says": a text, whatever the phrase after it
    head = np.split()[-1]
    return not (words[0] in DEFINITE_WORDS and ANON_HEAD_RE.fullmatch(head) is not None
                and head.lower() not in ANON_DEFINITE)


def _name_speaking(text: str, start: int, a: int, name: str) -> bool:
    """True when a bare name at a speaks: a verb of speech after or before it, a quote after it, "who said"."""
    b = a + len(name)
    if PLACE_PREPOSITION_BEFORE_RE.search(text, max(start, a - 8), a):
        return False  # session 28: "guns on Quemoy answered": a place the subject is in, no speaker
    return bool(SPEAKING_AFTER_RE.match(text, b) or SPEAKING_BEFORE_RE.search(
        text, max(start, a - 24), a) or QUOTED_AFTER_RE.match(text, b)
        or RELATIVE_SPEAKING_RE.match(text, b)
        or (" " in name and name not in L.ENTITY_FORMS and CLAUSE_END_AFTER_RE.match(text, b)
            and ACCORDING_NAME_BEFORE_RE.search(text, max(start, a - 48), a)))  # "Huawei, which owns Honor, said"


def _name_apposed(text: str, start: int, end: int, a: int, name: str) -> bool:
    """True when a bare name at a has a role set off beside it ("Ali Larijani, a senior adviser ...,")."""
    b = a + len(name)
    return bool(" " in name and (APPOSED_BEFORE_RE.search(text, max(start, a - 40), a)
                                 and text[b:b + 1] == ","
                                 or APPOSITION_SPEAKING_RE.match(text, b, end) is not None)
                or name not in L.ENTITY_FORMS and SPEAKING_ASIDE_RE.match(text, b, end) is not None
                or name not in L.ENTITY_FORMS and APPOSED_TITLE_RE.match(text, b, end) is not None and (
                    " " in name or APPOSITION_SPEAKING_RE.match(text, b, end) is not None))


def _name_subject(text: str, start: int, end: int, a: int, name: str) -> bool:
    """True when a bare name at a is a person by its place as a subject (rules in the comments)."""
    b = a + len(name)
    # "Protasevich appeared on television, in which he praised X": a sentence's bare subject that a
    # "he" or "she" later in the sentence points back to is a person.
    subject = a == start and " " not in name and HE_LATER_RE.search(text, b, end) is not None \
        and LOWER_VERB_NEXT_RE.match(text, b) is not None
    # "Sergei Lavrov met his Syrian counterpart.": a full name opening a sentence before a verb in the
    # past is a person, so a later "he" or "the minister" finds them.
    # "Trudeau refused to apologise, saying ...": a bare subject whose sentence goes on to speak.
    subject = subject or (a == start and SUBJECT_VERB_NEXT_RE.match(text, b) is not None
                          and name not in L.ENTITY_FORMS and SAYING_LATER_RE.search(text, b, end) is not None)
    subject = subject or (a == start and " " in name and name not in L.ENTITY_FORMS
                          and SUBJECT_VERB_NEXT_RE.match(text, b) is not None)
    # "Ramaphosa addressed the nation. ... the president said": a one-word name no list holds, opening a
    # sentence as the subject of a verb of a person's doing, is a person too.
    subject = subject or (a == start and " " not in name and name not in L.ENTITY_FORMS and name not in L.AGENCY_FORMS
                          and PERSON_VERB_NEXT_RE.match(text, b) is not None)
    return subject or (" " in name and name not in L.ENTITY_FORMS
                       and ROLE_WORD_BEFORE_RE.search(text, max(start, a - 16), a) is not None)


def _anon_speaks_after(text: str, m: re.Match[str], end: int) -> bool:
    """True when the words after an unnamed source's head may make it speak in find_mentions: a verb of speech after
    it or after its qualifier ("a diplomat, speaking on condition of anonymity, said"), or a place after it."""
    qual = ANON_QUALIFIER_RE.match(text, m.end(), end)
    b = qual.end() if qual else m.end()
    if qual and qual.group(0).startswith(",") and text.startswith(",", b):
        b += 1
    return SPEAKING_AFTER_RE.match(text, b) is not None or ANON_PLACE_RE.match(text, m.end(), end) is not None


# A role that is no office, only the state a person is of ("Samoa's X said": "Samoan", session 19), or none given.
DEMONYMS_ALONE = frozenset({"", *L.DEMONYM_OF.values(), *L.DEMONYM_OF})


def _side_before(text: str, prev: Mention, mention: Mention, after: bool = False) -> str | None:
    """The role a person's name takes from a state's mention right before it (session 19): a state's office set off by a
    comma ("Tonga's military commander, Taniela Fusimalohi, said": that office; after=True: the office right after the
    name, "Alberto Ruiz, Chile's foreign minister, said"), or the state's possessive ("Samoa's Fiame Mata'afa said": the
    state's demonym), else None."""
    state = prev.name if L.ENTITY_KINDS.get(prev.name or "") in ("country", "territory") else None
    if state is None:
        return None
    gap = (mention.end, prev.start) if after else (prev.end, mention.start)
    if prev.kind == "body" and prev.role and APPOSITION_GAP_RE.fullmatch(text, *gap) \
            and ROLE_WORD_BEFORE_RE.search(prev.role + " ") \
            and (not after or any(h in prev.role.lower() for h in PERSON_ROLE_HEADS)):
        return prev.role  # after the name, an office a later "the minister" may name ("top diplomat" is no such office)
    if not after and prev.kind == "entity" and POSSESSIVE_GAP_RE.fullmatch(text, prev.end, mention.start):
        return L.DEMONYM_OF.get(state, state)
    return None


def find_mentions(text: str, start: int, end: int, reg: Registry, scan: Scan | None = None,
                  keys: KeyIndex | None = None) -> list[Mention]:
    """Mentions in text[start:end], in order, without overlaps; persons are registered as met.
    scan: scan_mentions(text), keys: KeyIndex(text), when the caller reads many sentences of one text."""
    found: list[Mention] = []
    taken = bytearray(end - start)
    keys = index_for(keys, text)  # a clause read again on its own: the body's index when it read this text (session 22)
    gates = mask_of(keys, start, end)
    fresh = fresh_mask(keys, text, start, end)  # asked once, not once per gated rule (session 18)

    def free(a: int, b: int) -> bool:
        return taken.find(1, a - start, b - start) < 0

    def take(m: Mention) -> None:
        found.append(m)
        taken[m.start - start : m.end - start] = b"\x01" * (m.end - m.start)

    for m in _matches(scan, "SHIP_NAME_RE", text, start, end):  # "HMS Queen Elizabeth" is no queen
        take(Mention(m.start(), m.end(), "ship", f"{m.group('prefix')} {m.group('name')}"))
    for m in _matches(scan, "AGENCY_RE", text, start, end):
        if m.group(0).startswith("the "):  # the longest name wins: "the Associated Press of Pakistan"
            inner = L.AGENCY_RE.match(text, m.start() + 4)
            m = inner if inner and inner.end() > m.end() else m
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "agency", L.AGENCY_FORMS[m.group(0)]))
    for m in (TITLED_INITIALS_RE.finditer(text, start, end) if INITIALS_GATE_RE.search(text, start, end) else ()):
        if free(m.start("name"), m.end()):  # "General M.M. Naravane", "Army chief General M M Naravane"
            take(Mention(m.start("name"), m.end(), "person", " ".join(m.group("name").split()),
                         canonical_role(m.group("title"))))
    for m in _matches(scan, "TITLED_NAME_RE", text, start, end):
        if L.SHIP_TYPE_BEFORE_RE.search(text, max(start, m.start() - 40), m.start()):
            continue  # "the frigate Admiral Gorshkov" is a ship, not a person
        if m.group("title") in NAME_INNER_TITLES and NAME_BEFORE_RE.search(text, max(start, m.start() - 30), m.start()):
            continue  # "Hassan Sheikh Mohamud": a title word inside a name, not before it
        lead = L.LEADING_HEAD_RE.match(m.group("name"))
        skip = lead.end() if lead and " " in m.group("name")[lead.end():] else 0
        in_role = skip
        honour = LEADING_HONORIFIC_RE.match(m.group("name"), skip)
        if honour and " " in m.group("name")[honour.end():]:
            skip = honour.end()  # "Ayatollah Seyed Ali Khamenei": an honorific is no part of the name
        off, name = _clean_name(m.group("name")[skip:])
        b = m.start("name") + skip + len(name)
        tail = NAME_TAIL_RE.match(text, b, end) if name and b == m.end() else None
        if tail:
            name, b = name + tail.group(0), tail.end()
        if name in ROLE_HEAD_WORDS:
            continue  # session 17: "the Secretary General of the League, X,": a title's second word, no person "General"
        if name and off == 0 and free(m.start(), b):
            title = f"{m.group('title')} {m.group('name')[:in_role].strip()}" if in_role else m.group("title")
            take(Mention(m.start(), b, "person", name, canonical_role(title)))
    for m in _matches(scan, "HONORIFIC_NAME_RE", text, start, end):
        if m.group(0).split(None, 1)[0] in NAME_INNER_TITLES and NAME_BEFORE_RE.search(
                text, max(start, m.start() - 30), m.start()):
            continue  # "Hassan Sheikh Mohamud"
        off, name = _clean_name(m.group("name"))
        first = m.group("name").split(" ", 1)[0]
        if not name and first in L.NAME_DATE_WORDS:
            off, name = 0, first  # "Mrs May": after an honorific, a surname that is also a month
        if name and off == 0 and free(m.start(), m.start("name") + len(name)):
            take(Mention(m.start(), m.start("name") + len(name), "person", name))
    for m in _matches(scan, "BODY_RE", text, start, end):
        if _verb_between(m):
            continue  # "China began military exercises": a verb, not "China's <word> military"
        alias = L.ENTITY_RE.match(text, m.start(), end) if m.group("ent") else None
        if alias is not None and alias.end() >= m.end() and alias.group(0) != m.group("ent"):
            continue  # "the Syrian Democratic Forces": a group's own name (an alias), not Syria's forces
        if free(m.start(), m.end()):
            role = LEADING_THE_RE.sub("", canonical_role(text[m.start():m.end()]))
            name = L.ENTITY_FORMS[m.group("ent")][0] if m.group("ent") else role
            take(Mention(m.start(), m.end(), "body", name, role))
            reg.bodies.append((name, role))
    for m in _matches(scan, "ORG_NAME_RE", text, start, end):
        lead = LEADING_ARTICLE_RE.match(m.group(0))
        a = m.start() + (lead.end() if lead else 0)
        owner = _owner_before(text, max(start, a - 40), a)
        if owner and free(owner.start(), a):  # "U.S. Central Command": the country's own command
            a = owner.start()
        if any(e.start() < a and e.end() >= m.end() for e in L.ENTITY_RE.finditer(text, max(start, a - 48), m.end())):
            continue  # "the Foreign, Commonwealth and Development Office": an alias longer than the name read
        if free(a, m.end()) and a < m.end():
            role = text[a:m.end()]
            # "the Sudan Doctors Network" is its own actor; "U.S. Central Command" is the country's.
            civic = ORG_HEAD_RE.search(role)
            # A name that is itself an alias ("People's Liberation Army") is that entity's.
            civic_own = bool(civic and civic.group(0) in L.CIVIC_ORG_WORDS)
            inner = L.ENTITY_RE.fullmatch(text, a, m.end()) or (
                None if civic_own else L.ENTITY_RE.search(text, a, m.end()))
            if inner is not None and inner.group(0) in L.QUALIFIED_FORMS and inner.start() > a:
                inner = None  # "the National Security Council": a state's own council, not the UN's (session 16)
            national = inner is None and not civic_own and role.split()[0] in L.NATIONAL_LEADS
            take(Mention(a, m.end(), "body", L.ENTITY_FORMS[inner.group(0)][0] if inner else role, role,
                         form="state_body" if national else ""))
            reg.bodies.append((L.ENTITY_FORMS[inner.group(0)][0] if inner else role, role))
    for m in L.STATE_BODY_RE.finditer(text, start, end) if gates & G_STATE_HEAD_GATE \
            and STATE_HEAD_GATE_RE.search(text, start, end) else ():
        # "the Ministry of Commerce": a government's
        if free(m.start(), m.end()) and L.ENTITY_RE.search(m.group("role")) is None:
            take(Mention(m.start(), m.end(), "body", m.group("role"), m.group("role"), form="state_body"))
    for m in L.COMPOUND_RE.finditer(text, start, end) if fresh & G_COMPOUND_GATE \
            and COMPOUND_GATE_RE.search(text, start, end) else ():
        if free(m.start(), m.end()):  # "the Saudi-led coalition": Saudi Arabia; "Iranian-backed": no actor
            canon, form = L.ENTITY_FORMS[m.group("ent")]
            if m.group("how") in L.COMPOUND_LEADS:
                take(Mention(m.start(), m.end("ent"), "demonym" if form == "demonym" else "entity", canon, form=form))
                taken[m.end("ent") - start:m.end() - start] = b"\x01" * (m.end() - m.end("ent"))
            else:
                take(Mention(m.start(), m.end(), "backer", canon, form=form))
                body = BACKED_BODY_RE.match(text, m.end(), end)
                if body and free(body.start("body"), body.end()) and SPEAKING_AFTER_RE.match(text, body.end()):
                    # "the Hamas-run health ministry said": the body speaks, unnamed, not its backer
                    take(Mention(body.start("body"), body.end(), "reference", None, role=body.group("body").lower(),
                                 form="anonymous"))
    for m in _matches(scan, "ENTITY_RE", text, start, end):
        m = _entity_at(text, m)
        if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            continue  # "(IAEA)" after the name it abbreviates is no second mention
        if m.group(0) in L.QUALIFIED_FORMS and L.QUALIFIER_BEFORE_RE.search(text, max(start, m.start() - 16), m.start()):
            continue  # "the National Security Council": a state's own council, not the UN's (session 16)
        if free(m.start(), m.end()):
            canon, form = L.ENTITY_FORMS[m.group(0)]
            kind = {"demonym": "demonym", "region": "region"}.get(form, "entity")
            if form == "demonym" and PEOPLE_PLURAL_RE.search(m.group(0)) and THE_BEFORE_RE.search(
                    text, max(start, m.start() - 4), m.start()):
                # "The North Koreans rejected the protest", "the Russians have been saying": a people named with
                # "the" is its state acting or speaking, as "the Russians" (aliases.toml) is (session 21)
                kind = "entity"
            take(Mention(m.start(), m.end(), kind, canon, form=form))
            if L.ENTITY_KINDS.get(canon) == "organisation" and (
                    form == "name" or L.ENTITY_HEAD_RE.match(text, m.end()) is not None):
                reg.last_org = canon  # "Hamas", "the Houthi group": what "the group" refers back to
    for m in (LEADER_BODY_RE.finditer(text, start, end) if fresh & G_LEADER_BODY and any(
            text.find(h, start, end) >= 0 for h in LEADER_HEADS) else ()):
        if free(m.start(), m.end()):  # "the Biden administration": the leader's state
            who = reg.surnames.get(m.group("name")) or (m.group("name") if m.group("name") in reg.persons else None)
            role = reg.persons[who].role if who else None
            state = (L.entity_named_in(role) if role else None) or LEADER_DEFAULTS.get(m.group("head"))
            if state is not None:
                take(Mention(m.start(), m.end(), "body", state, role=f"{m.group('name')} {m.group('head')}"))
    for m in _unknown_groups(text, start, end) if gates & G_GROUP_HEAD else ():  # "the Ansar Dine movement"
        words = m.group("name").split()
        if free(m.start("name"), m.end()) and not any(w in NOT_NAMES for w in words):  # a group no list holds
            take(Mention(m.start(), m.end(), "body", m.group("name"), role=m.group("head")))
            reg.last_org = m.group("name")
    for h in OWNED_DOCUMENT_RE.finditer(text, start, end) if gates & G_OWNED_DOCUMENT \
            and text.find("s ", start, end) >= 0 else ():
        owner = next((f for f in found if f.end == h.start() and f.kind in ("person", "entity", "body")), None)
        if owner is not None and free(h.start(), h.end()) and SPEAKING_AFTER_RE.match(text, h.end()):
            # "The Japanese ministry's statement said": the document's owner speaks
            take(Mention(h.start(), h.end(), owner.kind if owner.kind != "entity" else "body", owner.name,
                         role=owner.role or h.group("noun"), form=owner.form))
    for h in PLURAL_OWNED_RE.finditer(text, start, end) if text.find("s' ", start, end) >= 0 or text.find("s’ ", start, end) >= 0 else ():
        owner = next((f for f in found if f.end == h.start() and f.kind in ("entity", "body") and f.name), None)
        if owner is not None and free(h.start(), h.end()):
            # "The Houthis' military spokesman said": a plural name's own spokesman speaks for it
            adj = L.DEMONYM_OF.get(owner.name or "")
            role = " ".join(h.group("role").split())
            take(Mention(owner.start, h.end(), "body", owner.name, role=f"{adj} {role}" if adj else role))
            found.remove(owner)
    for h in OWNED_NOUN_RE.finditer(text, start, end) if gates & G_OWNED_NOUN else ():
        if not SPEAKING_AFTER_RE.match(text, h.end()):
            continue
        owner = next((f for f in found if f.kind == "person" and f.end == h.start()), None)
        if owner is not None and free(h.start(), h.end()):
            # "Prime Minister Rishi Sunak's spokesman said", "Mr Rama's office": the titled person's own
            take(Mention(h.start(), h.end(), "body", owner.name, role=h.group("noun"), form="owned_person"))
            continue
        lo = max(start, h.start() - 60)
        m = NAME_AT_END_RE.search(text[lo:h.start()])
        off, name = _clean_name(m.group("name")) if m else (1, "")
        if name and off == 0 and free(lo + m.start(), h.end()):
            take(Mention(lo + m.start(), h.end(), "body", name, role=h.group("noun"), form="owned_person"))
    for m in CAPITAL_ROLE_RE.finditer(text, start, end) if fresh & G_CAPITAL_ROLE and text.find("he ", start, end) >= 0 else ():
        if free(m.start(), m.end()) and (SPEAKING_AFTER_RE.match(text, m.end()) or ACTING_AFTER_RE.match(text, m.end())
                                         or ACCORDING_BEFORE_RE.search(text, max(start, m.start() - 16), m.start())):
            # "the Leader said", "The President told reporters": a role named again, not a name; session 18: also as the
            # subject of an act ("the President retreated to his residence": the holder named before, else no one);
            # session 27: "According to the Minister, ..." too
            take(Mention(m.start(), m.end(), "reference", None, role=m.group("head").lower()))
    for m in PLURAL_PARTIES_RE.finditer(text, start, end) if fresh & G_PARTIES_GATE \
            and PARTIES_GATE_RE.search(text, start, end) else ():
        if free(m.start(), m.end()) and SPEAKING_AFTER_RE.match(text, m.end()) and not L.GROUP_REFERENCE_RE.match(text, m.start()):
            # "The two leaders agreed that", "The foreign ministers said": the parties to a meeting, no one actor
            take(Mention(m.start(), m.end(), "reference", None, role=m.group("head"), form="anonymous"))
    for m in SUFFIXED_NAME_RE.finditer(text, start, end) if text.find("r.", start, end) >= 0 else ():
        if free(m.start(), m.end()) and (SPEAKING_AFTER_RE.match(text, m.end()) or APPOSED_TITLE_RE.match(text, m.end(), end)):
            # "Marcos Jr. said", "Ferdinand Marcos Jr., the Philippine president, said": the suffix and its dot are the name's
            take(Mention(m.start(), m.end(), "person", m.group(0)[:-1]))
    for m in _matches(scan, "BARE_NAME_RE", text, start, end):
        if taken.find(0, m.start() - start, m.end() - start) < 0:
            continue  # wholly inside a mention already taken ("China", a titled name): no part is free
        off, name = _clean_name(m.group("name"))
        a = m.start() + off
        word = m.group("name").split(" ", 1)[0]
        if not name and word in L.NAME_DATE_WORDS and word in reg.surnames \
                and SPEAKING_AFTER_RE.match(text, m.start() + len(word)):
            name = word  # "Theresa May ... On Monday, May said": a known surname that is also a month
        if off and m.group("name")[:off].strip() in FIRST_NAME_DATE_WORDS and " " not in name \
                and SPEAKING_BEFORE_RE.search(text, max(start, m.start() - 24), m.start()):
            a, name = m.start(), m.group("name")[:off] + name  # '"...," said April Hansen': a first name
        tail = NAME_TAIL_RE.match(text, a + len(name), end) if name and a + len(name) == m.end() else None
        if tail:  # "Abdul Malik al-Houthi has vowed": the family name after its particle
            name += tail.group(0)
        if not name or not free(a, a + len(name)):
            continue
        if name in ROLE_HEAD_WORDS and ROLE_DET_BEFORE_RE.search(text, max(start, a - 6), a):
            continue  # "the Leader", "The Chancellor": a role (see CAPITAL_ROLE_RE), not a name; "its High Commissioner"
        known = name in reg.persons or name in reg.surnames or name in reg.family_first
        if not known and " " not in name and THE_BEFORE_RE.search(text, max(start, a - 4), a) \
                and text[a + len(name):a + len(name) + 1] in (",", ".", ";", ":", ")"):
            continue  # session 27: "speaking for the Opposition,": one capitalised word after "the" is no person's name
        # Each test runs only when the ones before it failed (most names are known by now): the same answer.
        if known or (name not in L.AGENCY_FORMS and _name_speaking(text, start, a, name)) \
                or _name_apposed(text, start, end, a, name) or _name_subject(text, start, end, a, name):
            # "Ali Larijani, a senior adviser to the supreme leader, visited": the apposed role is theirs (a
            # later "the adviser" finds them)
            titled = APPOSED_TITLE_RE.match(text, a + len(name), end) if " " in name and not known else None
            role = " ".join(LEADING_ARTICLE_RE.sub("", titled.group(0).strip(" ,"), count=1).split()) if titled else None
            if role is None and " " in name and not known and text.startswith(", ", a - 2) \
                    and (before := TITLE_APPOSED_BEFORE_RE.search(text, max(start, a - 60), a)) is not None:
                role = before.group("role")  # session 27: "The Iraqi Prime Minister, Abdul Karim Qasim, told": that role
            take(Mention(a, a + len(name), "person", name, role if role and len(role) <= 60 and "'" not in role
                         and "’" not in role else None))
    mark_at = -1  # where the first word that lets a source speak from before it starts (found at the first head)
    for m in ANON_HEAD_RE.finditer(text, start, end) if fresh & G_ANON_HEAD else ():
        if mark_at < 0:
            mark = ANON_MARK_BEFORE_RE.search(text, start, end)
            mark_at = mark.start() if mark is not None else end
        if SHORTCUTS and mark_at >= m.start() and not _anon_speaks_after(text, m, end):
            continue  # it cannot speak (see _anon_speaks_after): the tests below would all come to nothing
        lead = ANON_LEAD_RE.search(text, max(start, m.start() - 40), m.start())
        a = lead.start() if lead else m.start()
        words = text[a:m.start()].split()
        while words and any(w.lower() in ANON_NOT_MODIFIERS for w in words):  # "worse than officials": no modifier
            a = text.index(words[0], a) + len(words[0])
            while a < len(text) and text[a].isspace():  # what lstrip() strips, counted in place: slicing
                a += 1  # text[a:] copied the rest of the body per modifier (quadratic on one huge excerpt)
            words = words[1:]
        before = text[max(start, a - 6):a].lower().split()
        owned = bool(words) and words[0].endswith(("'s", "’s"))  # "the boat's owner": unnamed, though definite
        owned = owned or m.group(0).lower() in ANON_DEFINITE  # "the airline said", "His father said"
        according = ACCORDING_BEFORE_RE.search(text, max(start, a - 30), a) or (  # "according to an informed source"
            ACCORDING_LEAD_BEFORE_RE.search(text, max(start, a - 60), a) if owned else None)
        if according and not words and not m.group(0).endswith("s") and NOUN_NEXT_RE.match(text, m.end()):
            continue  # "according to official results": an adjective with no article, not a source
        if before and before[-1] in ANON_NAMED_BEFORE and not owned \
                and not according:
            continue  # "the local elder", "his aides": someone named before, not an unnamed source
        if before and before[-1] in ANON_SIDES_BEFORE and m.group(0).lower().endswith("sides"):
            continue  # "officials on both sides said": the sides qualify the officials, who speak
        if CITING_BEFORE_RE.search(text, max(start, a - 8), a):
            continue  # "Al-Arabiya, citing sources, said": the outlet speaks; its sources are only cited
        qual = ANON_QUALIFIER_RE.match(text, m.end(), end)
        b = qual.end() if qual else m.end()
        if qual and qual.group(0).startswith(",") and text.startswith(",", b):
            b += 1  # "a diplomat, speaking on condition of anonymity, said": the closing comma is the source's
        speaking = SPEAKING_AFTER_RE.match(text, b) or according or CITED_BEFORE_RE.search(text, max(start, a - 8), a) or (
            SPEAKING_DET_BEFORE_RE.search(text, max(start, a - 40), a) if owned or words or before else None)
        place = ANON_PLACE_RE.match(text, m.end(), end) if not speaking else None
        if place:  # "officials in Baku said", "officials in both capitals admit"
            tail = None if place.group(0).endswith("capitals") else re.match(
                r"\s*(?:[\w.’'-]+(?:\s+[A-Z][\w’'-]+)?)", text[place.end():end])
            b2 = place.end() + (tail.end() if tail else 0)
            if SPEAKING_AFTER_RE.match(text, b2):
                speaking, b = True, b2
        if m.group(0)[:1].isupper() and a == m.start() and not (qual or place) and not (
                speaking and SENTENCE_START_RE.search(text, max(0, a - 3), a)):
            continue  # "Officials said" mid-sentence is no speaker; opening a sentence, unnamed ones speak
        if speaking and free(a, b):
            # "Serbian security sources", "officials in Baku": the state they are placed in.
            owner = next((x.name for x in reversed(found) if x.end in (a - 1, a) and x.kind in ("entity", "demonym")
                          and L.ENTITY_KINDS.get(x.name or "") == "country"), None) or next(
                (L.ENTITY_FORMS[e.group(0)][0] for e in L.ENTITY_RE.finditer(text, m.end(), b)
                 if L.ENTITY_KINDS.get(L.ENTITY_FORMS[e.group(0)][0]) == "country"), None)
            take(Mention(a, b, "reference", owner, role=m.group(0).lower(), form="anonymous"))
    for m in (COUNTRYS_BODY_RE.finditer(text, start, end) if fresh & G_COUNTRYS_BODY and any(
            text.find(w, start, end) >= 0 for w in ("country", "nation", "kingdom", "republic")) else ()):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "body", None, role=m.group("noun"), form="possessive_country"))
    for m in _matches(scan, "GROUP_REFERENCE_RE", text, start, end):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "reference", None, role=LEADING_THE_RE.sub("", text[m.start():m.end()].lower()),
                         form="group"))
    for m in DEFINITE_OFFICE_RE.finditer(text, start, end) if gates & G_OFFICE_GATE \
            and OFFICE_GATE_RE.search(text, start, end) else ():
        if free(m.start(), m.end()) and SPEAKING_AFTER_RE.match(text, m.end()) and (
                m.group("mods") or m.group("head").lower() not in L.BODY_REFERENCES) \
                and not OF_BEFORE_RE.search(text, max(start, m.start() - 4), m.start()):
            # "..., the interior ministry said", "The presidency said": a state's office named by its portfolio;
            # the sentence's subject state when one opens the sentence ("Kuwait deported ..., the interior ministry said")
            lead = next((f for f in found if f.kind == "entity" and L.ENTITY_KINDS.get(f.name or "") == "country"
                         and JOINT_LEAD_OPEN_RE.fullmatch(text, start, f.start)), None)
            role = " ".join(text[m.start("mods") if m.group("mods") else m.start("head"):m.end()].split())
            take(Mention(m.start(), m.end(), "body", lead.name, role) if lead is not None else
                 Mention(m.start(), m.end(), "reference", None, role=role, form="anonymous"))
    for m in AGE_REFERENCE_RE.finditer(text, start, end) if text.find("-year-old", start, end) >= 0 else ():
        if free(m.start(), m.end()) and SPEAKING_AFTER_RE.match(text, m.end()):
            # "The 71-year-old told reporters", "the 88-year-old former general said": the person named last
            take(Mention(m.start(), m.end(), "reference", None, role=m.group("role"), form="age"))
    for m in _matches(scan, "ROLE_REFERENCE_RE", text, start, end):
        if free(m.start(), m.end()):
            # "an army spokesman said": someone not named before, never the spokesman named earlier
            take(Mention(m.start(), m.end(), "reference", None, role=m.group("head"),
                         form="indefinite" if m.group("indef") else ""))
    for m in _matches(scan, "BODY_REFERENCE_RE", text, start, end):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "reference", None, role=m.group("head"), form="body"))
    for m in INDEFINITE_DOCUMENT_RE.finditer(text, start, end) if gates & G_DOCUMENT_GATE \
            and DOCUMENT_GATE_RE.search(text, start, end) else ():
        # "A communique issued after the meeting said": how the document came out stands between it and its verb
        issued = DOCUMENT_ISSUED_RE.match(text, m.end(), end)
        stop = issued.end() if issued and SPEAKING_AFTER_RE.match(text, issued.end()) else m.end()
        if stop == m.end() and (lead := DOCUMENT_ISSUED_LEAD_RE.match(text, m.end(), end)) is not None:
            # "A joint statement issued after the talks called for ...": any verb of speech ends how it came out
            stop = next((k for k in range(lead.end(), min(end, lead.end() + 60))
                         if text[k] == " " and L.REPORTING_VERB_RE.match(text, k + 1)), None) or m.end()
            if DOCUMENT_ISSUED_STOP_RE.search(text, m.end(), stop):
                stop = m.end()
        if free(m.start(), stop) and SPEAKING_AFTER_RE.match(text, stop) and not text.startswith(" said to ", stop):
            # "..., a press statement said": as "the statement said", the document of whoever spoke before
            take(Mention(m.start(), stop, "reference", None, role=m.group("head"), form="body"))
    for m in _matches(scan, "PRONOUN_RE", text, start, end):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "pronoun", None, form=m.group(0).lower()))
    for m in _matches(scan, "POSSESSIVE_BODY_RE", text, start, end):
        if free(m.start(), m.end()):
            if m.group("person"):  # "her office": the last person named, through the body that speaks for them
                take(Mention(m.start(), m.end(), "body", None, role=m.group("pnoun"), form="possessive_person"))
            else:
                take(Mention(m.start(), m.end(), "body", None, role=m.group("noun").lower(), form="possessive"))
    for a, b in _according_speakers(text, start, end) if text.find("ccording to", start, end) >= 0 else ():
        if not any(a < f.end and f.start < b for f in found):  # a reading of its words stands ("the military's ...")
            take(Mention(a, b, "reference", None, role=" ".join(text[a:b].lower().split()), form="anonymous"))
    for a, b in _unnamed_speakers(text, start, end) if fresh & G_SAID_GATE and SAID_GATE_RE.search(text, start, end) else ():
        inside = [f for f in found if a < f.end and f.start < b]
        words = " ".join(text[a:b].lower().split())
        if not inside:
            # "Two men were arrested, police said", "The monitoring group said": a speaker no list names, by its place
            take(Mention(a, b, "reference", None, role=words, form="anonymous"))
        elif inside[0].kind in ("entity", "body", "reference") and POSSESSIVE_NEXT_RE.match(text, inside[0].end) \
                and all(f.kind == "reference" for f in inside[1:]):
            # "The Pentagon's press secretary said", "the agency's inspectors said": it speaks through its own people
            owner = inside[0]
            found[:] = [f for f in found if f is owner or f not in inside]
            owner.role = " ".join(text[POSSESSIVE_NEXT_RE.match(text, owner.end).end():b].split())
            if owner.kind == "entity":
                owner.kind = "body"
            elif owner.kind == "reference":
                owner.form = ""  # a role of the body named before ("the agency's inspectors"), else unnamed: it speaks
            owner.end = b
            taken[a - start:b - start] = b"\x01" * (b - a)
        elif all(f.kind == "reference" or f.kind == "person" and f.start == a and " " not in text[f.start:f.end]
                 for f in inside) and max(f.end - f.start for f in inside) < b - a:
            # "the general staff said", "Hospital staff said": a shorter reading inside the speaker's words gives way
            found[:] = [f for f in found if f not in inside]
            taken[a - start:b - start] = b"\x00" * (b - a)
            take(Mention(a, b, "reference", None, role=words, form="anonymous"))
        elif len(inside) == 1 and (inside[0].kind == "demonym" or inside[0].kind == "entity"
                                   and L.ENTITY_KINDS.get(inside[0].name or "") == "country") and inside[0].name \
                and inside[0].start in (a, a + 4) and inside[0].end < b and (
                    not MEDIA_HEAD_RE.search(words) or inside[0].form == "seat" and SEAT_RADIO_RE.fullmatch(words, 0)):
            # session 13: a country's name standing as its demonym too ("The US intelligence community concluded")
            # "..., Israeli police said": that state's own body, by its words (a body read before its words, "Cuba's
            # armed forces ministry", stays as read: extending it lost statements on unseen text)
            owner = inside[0]
            owner.kind, owner.role, owner.form, owner.end = "body", " ".join(text[owner.start:b].split()), "", b
            taken[a - start:b - start] = b"\x01" * (b - a)
    for mention in found:
        own = ROLE_OWNED_RE.match(text, mention.end, end) if mention.kind == "reference" and mention.form in ("", "body") \
            else None
        if own and free(own.start(), own.end()) and SPEAKING_AFTER_RE.match(text, own.end()):
            # "The prime minister's spokesman said", "the ministry's statement added": the role or body named
            # before speaks through what it owns.
            taken[own.start() - start:own.end() - start] = b"\x01" * (own.end() - own.start())
            mention.end = own.end()
        qual = ANON_QUALIFIER_RE.match(text, mention.end, end) if mention.kind in ("body", "demonym") \
            and ANON_HEAD_RE.fullmatch(text, text.rfind(" ", mention.start, mention.end) + 1, mention.end) else None
        if qual and free(qual.start(), qual.end()):
            # "two Filipino officials familiar with the situation said": the state's unnamed sources, with why
            # they know (session 12; the body read before its qualifier stood apart from the verb)
            b = qual.end() + (1 if qual.group(0).startswith(",") and text.startswith(",", qual.end()) else 0)
            taken[mention.end - start:b - start] = b"\x01" * (b - mention.end)
            mention.end = b
    for mention in list(found):
        place = OF_PLACE_AFTER_RE.match(text, mention.end, end) if mention.kind == "reference" and mention.form == "" else None
        inside = [f for f in found if place and place.start() <= f.start and f.end <= place.end()]
        if place and SPEAKING_AFTER_RE.match(text, place.end()) and all(f.kind == "person" for f in inside):
            # "the governor of Kursk region said": the role's place is part of the speaker's words (no speaker itself)
            found[:] = [f for f in found if not (place.start() <= f.start and f.end <= place.end())]
            taken[place.start() - start:place.end() - start] = b"\x01" * (place.end() - place.start())
            mention.end = place.end()
    for mention in found:
        if mention.kind == "person" and (mention.name or "").endswith((" Jr", " Sr")) and text.startswith(".", mention.end) \
                and free(mention.end, mention.end + 1):
            mention.end += 1  # "President Ferdinand Marcos Jr. said": the suffix's dot ends the name, not the sentence
        numeral = ROMAN_SUFFIX_RE.match(text, mention.end, end) if mention.kind == "person" and mention.name else None
        if numeral and free(numeral.start(), numeral.end()):
            # "President Benigno Aquino III told reporters": a generational numeral is the name's (session 12)
            taken[numeral.start() - start:numeral.end() - start] = b"\x01" * (numeral.end() - numeral.start())
            mention.end, mention.name = numeral.end(), f"{mention.name} {numeral.group(1)}"
    found.sort(key=lambda x: x.start)
    for a_m, b_m in zip(found, found[1:], strict=False):
        if a_m.kind == "entity" and b_m.kind == "entity" and L.ENTITY_KINDS.get(b_m.name or "") == "body" \
                and L.ENTITY_KINDS.get(a_m.name or "") == "country" and POSSESSIVE_GAP_RE.fullmatch(text, a_m.end, b_m.start):
            # "Peru's Congress": the country's own body, not the one the bare word names elsewhere
            b_m.kind, b_m.role, b_m.name = "body", text[b_m.start:b_m.end], a_m.name
    prev: Mention | None = None
    for mention in found:
        if mention.kind == "body" and mention.role and text[max(start, mention.start - 4):mention.start] in ("the ", "The "):
            held = _holder(reg, mention.role, mention.start)
            if held is not None:
                mention.kind, mention.name, mention.role = "person", held.name, held.role
        if mention.kind == "person" and prev is not None and prev.kind == "body" and prev.role \
                and APPOSITION_GAP_RE.fullmatch(text, prev.end, mention.start) \
                and L.SPOKESPERSON_RE.search(prev.role):
            mention.role = prev.role  # "Pakistan's military spokesman, Maj. Gen. X": the role the text gives
        elif mention.kind == "person" and mention.role is None and prev is not None and prev.kind == "body" \
                and prev.role and text[prev.end:mention.start] == " " and ROLE_WORD_BEFORE_RE.search(prev.role + " "):
            mention.role = prev.role  # "Colombia's defence minister Ivan Velasquez": the role written before the name
        elif mention.kind == "person" and mention.role is None and prev is not None and (side := _side_before(
                text, prev, mention)) is not None:
            mention.role = side  # session 19: "Tonga's military commander, X,", "Samoa's X said": the state the text gives
        elif mention.kind == "entity" and prev is not None and prev.kind == "person" and prev.name and prev.role \
                and text[prev.end:mention.start] == " of " and L.ENTITY_KINDS.get(mention.name or "") == "country" \
                and L.entity_named_in(prev.role) is None and (held := reg.persons.get(prev.name)) is not None \
                and held.role == prev.role:
            # session 19: "Foreign Minister Alberto Ruiz of Chile": the office is Chile's
            held.role = prev.role = f"{prev.role} of {text[mention.start:mention.end]}"
        elif mention.kind == "body" and prev is not None and prev.kind == "person" and prev.name and prev.role is None \
                and (side := _side_before(text, mention, prev, after=True)) is not None \
                and (held := reg.persons.get(prev.name)) is not None and held.role is None:
            held.role = prev.role = side  # session 19: "Alberto Ruiz, Chile's foreign minister, said": that office
        prev = mention
        if mention.kind == "person":
            if mention.name and " " not in mention.name and mention.name not in reg.surnames \
                    and mention.name not in reg.persons:
                mention.start, mention.name = _fuller_name(text, mention, taken, start)
            person = reg.note_person(mention.name or "", mention.role, mention.start)
            mention.name, mention.role = person.name, person.role
            if (sex := SEX_TITLE_RE.match(text, mention.start) or SEX_TITLE_RE.search(
                    text, max(0, mention.start - 16), mention.start)) is not None and sex.end() >= mention.start:
                person.female = sex.group("female") is not None  # "Mrs Dora Bloch": never "he" (session 27)
            gov = LEADER_OWNED_RE.match(text, mention.end, end)
            state = L.entity_named_in(person.role) if gov is not None and person.role else None
            if state is not None and L.ENTITY_KINDS.get(state) == "country" \
                    and not any(f is not mention and mention.end <= f.start < gov.end() for f in found):
                # session 17: "British Prime Minister X's government endorsed": the leader's state acts (as "the X
                # government", roles.toml [leader_bodies])
                mention.name, mention.role = state, f"{person.name}'s {gov.group('head')}"  # read as the person was
        elif mention.form == "owned_person":  # "Rama's office": the person, through their office
            person = reg.note_person(mention.name or "", None, mention.start)
            state = _leader_state(person, mention.role)
            # session 17: "X's government said": the leader's state (read as the person's office was)
            mention.name, mention.role = state or person.name, f"{mention.role} of {person.name}"
        elif mention.form == "possessive_person":
            mention.name = reg.last_person  # "his government withdrew" as the state: tried, cost a blind set 2 extras
            mention.role = f"office of {reg.last_person}" if reg.last_person and mention.role == "office" else \
                (f"{mention.role} of {reg.last_person}" if reg.last_person else mention.role)

            if mention.name is None:
                mention.kind = "reference"
        elif mention.form == "possessive_country":
            mention.name = reg.last_country
            adj = L.DEMONYM_OF.get(reg.last_country or "")
            mention.role = f"{adj} {mention.role}" if adj else mention.role
            if mention.name is None:
                mention.kind = "reference"
        elif mention.form == "possessive":  # "its military": the sentence's first party, else the last named
            mention.name = next((m.name for m in found if m.start < mention.start and m.kind in ("entity", "body")
                                 and L.ENTITY_KINDS.get(m.name or "") in ("country", "organisation")), None) \
                or reg.last_entity
            adj = L.DEMONYM_OF.get(reg.last_entity or "")
            mention.role = f"{adj} {mention.role}" if adj else mention.role
            if mention.name is None:
                mention.kind = "reference"
        elif mention.kind == "reference" and (office := OFFICE_REFERENCE_RE.fullmatch(text, mention.start, mention.end)) \
                and (held := reg.by_office(office.group("office").lower(), mention.start)) is not None:
            # "the Head of State noted" after "President of Kazakhstan X took part": the office's holder named before
            # (session 17; with no holder named it stays an unnamed speaker)
            mention.kind, mention.name, mention.role, mention.form = "person", held.name, held.role, ""
        elif mention.kind == "reference" and mention.form == "body":
            mention.name = reg.last_entity  # "the navy" may mean only an actor named before it, never after
        elif mention.kind == "reference" and mention.form == "indefinite" and OFFICE_WORDS_RE.search(text, mention.start, mention.end):
            # "China urged Japan to stop ..., a foreign ministry spokesperson said": the office of the state
            # that opens the sentence (as "..., the interior ministry said")
            lead = next((f for f in found if f.kind == "entity" and L.ENTITY_KINDS.get(f.name or "") == "country"
                         and JOINT_LEAD_OPEN_RE.fullmatch(text, start, f.start)), None)
            owner = lead.name if lead is not None else _lead_body_state(found, text, start) or reg.home  # session 14
            if owner is not None:
                mention.kind, mention.name = "body", owner
                mention.role = " ".join(LEADING_ARTICLE_RE.sub("", text[mention.start:mention.end]).split())
        elif mention.kind == "reference" and mention.form == "indefinite" and (mention.role or "").lower() in SPOKES_HEADS \
                and (org := _lead_organisation(found, text, start, mention.start)) is not None:
            # "The Commonwealth's action group will meet on Friday ..., a spokesman said", "NATO will hold talks ..., a
            # spokeswoman said": the organisation the sentence opens with speaks through its spokesman (session 14)
            mention.kind, mention.name = "body", org
        elif mention.kind == "reference" and mention.form == "anonymous" and reg.home \
                and (OFFICE_WORDS_RE.search(text, mention.start, mention.end)
                     or mention.name is None and _home_source(text, mention)):
            # "NEW DELHI (Reuters) - ..., a senior defence official said", "military officials said": an unnamed
            # official of an office is of the body's state that opens the sentence, else of the state whose seat the
            # dateline names (session 14)
            mention.kind, mention.name = "body", _lead_body_state(found, text, start) or reg.home
            mention.role = " ".join(LEADING_ARTICLE_RE.sub("", text[mention.start:mention.end]).split())
        elif mention.form == "group":  # "the four countries' defence chiefs": the first country listed
            listed = next((m.name for m in found if m.start < mention.start and m.kind == "entity"
                           and L.ENTITY_KINDS.get(m.name or "") == "country"), None) or reg.last_country
            if listed:
                mention.kind, mention.name = "body", listed
        elif mention.kind == "body" and mention.name == mention.role and (
                mention.role in L.GOVERNMENT_BODIES or mention.form == "state_body"
                or STATE_BODY_ROLE_RE.fullmatch(mention.role or "")) and (reg.last_country or reg.bodies or reg.home):
            # "the Foreign Ministry" after "the Russian Foreign Ministry": the state named with it before;
            # "Britain sent a ship to Guyanese waters, the Ministry of Defence said": the sentence's
            # first country (its subject) owns the ministry, else the government last named.
            role = mention.role or ""
            same = next((b[0] for b in reversed(reg.bodies) if b[0] != b[1] and b[1].lower().endswith(role.lower())
                         and L.ENTITY_KINDS.get(b[0]) == "country"), None)
            mention.name = same or next((m.name for m in found if m.start < mention.start and m.kind in (
                "entity", "demonym", "body") and L.ENTITY_KINDS.get(m.name or "") == "country"
                and not _in_place(text, m)), None) or reg.home or reg.last_country or mention.name
            if (role, role) in reg.bodies:  # "the ministry" later means this state's ministry
                reg.bodies[len(reg.bodies) - 1 - reg.bodies[::-1].index((role, role))] = (mention.name or role, role)
        elif mention.kind == "body" and mention.name == mention.role and mention.role in HOME_NAMES and reg.home:
            mention.name = reg.home  # "the Joint Chiefs of Staff said" in copy datelined Seoul: South Korea's
        elif mention.kind in ("entity", "body", "demonym") and mention.name in L.ENTITY_KINDS:
            reg.last_entity = mention.name
            if L.ENTITY_KINDS[mention.name] == "country":
                reg.last_country = mention.name
        if mention.kind in ("body", "entity") and mention.name and text.startswith(" (", mention.end):
            short = INITIALS_AFTER_RE.match(text, mention.end)
            if short is not None:  # "the Joint Chiefs of Staff (JCS)": "the JCS" later is this body
                reg.initials[short.group(1)] = (mention.name, mention.role or text[mention.start:mention.end])
    return found


def _leader_state(person: Person | None, noun: str | None) -> str | None:
    """The state a leader's government, cabinet or administration acts for: the country the person's role names, else
    None ("X's government said" after "Greek Prime Minister X"; session 17)."""
    if person is None or not person.role or (noun or "").lower() not in LEADER_HEADS:
        return None
    state = L.entity_named_in(person.role)
    return state if state is not None and L.ENTITY_KINDS.get(state) == "country" else None


def _holder(reg: Registry, role: str, before: int) -> Person | None:
    """The person named before whose role is this state's role ("Turkish leader" -> the Turkish President), else None."""
    adj, _, head = role.lower().partition(" ")
    synonyms = ROLE_SYNONYMS.get(head.rsplit(" ", 1)[-1]) if head else None
    if not synonyms:
        return None
    best = None
    for person in reg.persons.values():
        own = (person.role or "").lower()
        if person.first < before and own.startswith(adj + " ") and any(w in own for w in synonyms) \
                and (head in own or head.rsplit(" ", 1)[-1] in ROLE_SYNONYMS) and (best is None or person.last > best.last):
            best = person
    return best


def _first_name(word: str) -> bool:
    """Whether a capitalised word may be a first name (no title, honorific, country or stock word)."""
    return word not in NOT_NAMES and word not in L.ENTITY_FORMS and word not in NOT_FIRST_NAMES


def _may_lead(text: str, name: str) -> bool:
    """True when a first name (and particles) may lead some place of the name in text: FULL_NAME_LEAD_RE ends there
    (its one possible start: a whole word and particles) and its first word may be a first name."""
    if not name:
        return True  # the pattern below then reads every name's lead: no shortcut
    at = text.find(name)
    while at >= 0:
        lo = max(0, at - FULL_NAME_REACH)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1  # a lead longer than the reach starts in a word (its first name): from that word's start
        lead = FULL_NAME_LEAD_RE.search(text, lo, at)
        if lead is not None and _first_name(lead.group("first")):
            return True
        at = text.find(name, at + 1)
    return False


def _fuller_name(text: str, m: Mention, taken: bytearray, lo: int) -> tuple[int, str]:
    """(start, name) of a surname met alone: with the first name written right before it ("Chief Cabinet
    Secretary Yoshito Sengoku", "Ursula von der Leyen"), else as the excerpt writes it in full elsewhere
    ("Antony Blinken postponed his trip. ... Blinken told Wang"): one person, one name."""
    name = m.name or ""
    before = FIRST_NAME_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    if before and _first_name(before.group("first")) and m.start - before.start() <= m.start - lo \
            and taken.find(1, before.start() - lo, m.start - lo) < 0:
        return before.start(), f"{text[before.start():m.start]}{name}"
    if SHORTCUTS and not _may_lead(text, name):
        return m.start, name  # no match of the pattern below can end at any of the name's places
    # Led by the capital (the boundary before it read after it, as BARE_NAME_RE does): the engine skips to capitals
    # instead of trying every position of the body (2.6x faster, the same matches).
    for full in re.finditer(rf"(?P<first>[{UPPER}](?<![\w.'’-].)[{LOWER}]+) (?:{NAME_PARTICLES} ){{0,2}}"
                            rf"(?:(?:al|el|ad|as|ash|at|az|an|ar)-)?{re.escape(name)}(?![\w'’-])", text):
        if _first_name(full.group("first")):
            return m.start, " ".join(full.group(0).split())
    return m.start, name


def _home_source(text: str, m: Mention) -> bool:
    """Whether an unnamed source is a plain official or source of the copy's home ("officials said", "government
    sources said"), not one a modifier sets elsewhere ("Western diplomats", "opposition sources", "officials there")."""
    words = LEADING_ARTICLE_RE.sub("", text[m.start:m.end]).lower().split()
    if not words or words[-1] not in HOME_SOURCE_HEADS or THERE_AFTER_RE.match(text, m.end):
        return False
    return all(w in HOME_SOURCE_MODIFIERS for w in words[:-1])


def _in_place(text: str, m: Mention) -> bool:
    """Whether a country mention only names where something is ("off the Lebanese coast", "in the Sea of Japan")."""
    if m.kind == "body" and ENVOY_ROLE_RE.search(m.role or "") is not None:
        return True  # "received the British Ambassador at the Ministry of Foreign Affairs": a guest's state owns no office
    if m.form == "seat" and SENTENCE_IN_RE.search(text, max(0, m.start - 8), m.start) is not None:
        return False  # "In London, the Ministry of Defence said": the place that locates the speaker owns the office
    return PLACE_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None \
        or PLACE_AFTER_RE.match(text, m.end) is not None


def _lead_body_state(found: list[Mention], text: str, start: int) -> str | None:
    """The state of a body that opens the sentence ("South Korea's trade ministry said ..."), or None."""
    lead = next((f for f in found if f.kind in ("entity", "body")), None)
    if lead is None or lead.kind != "body" or L.ENTITY_KINDS.get(lead.name or "") != "country" \
            or not JOINT_LEAD_OPEN_RE.fullmatch(text, start, lead.start):
        return None
    return lead.name


def _lead_organisation(found: list[Mention], text: str, start: int, before: int) -> str | None:
    """The organisation (no state) named first in the sentence, at its opening, before the position; else None."""
    lead = next((f for f in found if f.kind in ("entity", "body", "person") and f.start < before), None)
    if lead is None or lead.kind != "entity" or L.ENTITY_KINDS.get(lead.name or "") != "organisation" \
            or not JOINT_LEAD_OPEN_RE.fullmatch(text, start, lead.start):
        return None
    return lead.name


def dateline_home(text: str, start: int, end: int) -> str | None:
    """The state whose seat (or name) a wire dateline opening text[start:end] gives ("SEOUL, Nov. 23 (Yonhap) --"), or None."""
    m = DATELINE_SEAT_RE.match(text, start, end) or DATELINE_TITLE_RE.match(text, start, end)
    if m is None:
        return None
    form = L.ENTITY_FORMS.get(" ".join(w.capitalize() for w in m.group("city").split()))
    if form is None and (state := DATELINE_STATE_RE.match(text, m.end(), end)) is not None:
        form = L.ENTITY_FORMS.get(state.group("state"))  # "KARLSKRONA, Sweden, Oct. 28": the city's state
    # session 28 (speak28): a territory that governs itself is home too ("TAIPEI, Formosa, Aug. 24 (UPI)": Taiwan's)
    return form[0] if form is not None and L.ENTITY_KINDS.get(form[0]) in ("country", "territory") else None


def _named_since(reg: Registry, at: int) -> bool:
    """Whether a person was named between the last speaker's verb and at (session 28: 'President Truman's order ..., a
    Foreign Ministry spokesman said.' then 'He said ... as Mr. Truman asked' in the next paragraph is the spokesman; a
    name after the pronoun, read with its sentence, is no one it means)."""
    last = reg.persons.get(reg.last_person or "")
    return last is not None and reg.last_speaker_at <= last.last < at


def _organisation(*names: str | None) -> bool:
    """Whether one of the names is a group rather than a country ("the group" may mean it)."""
    return any(n and L.ENTITY_KINDS.get(n, "organisation") != "country" for n in names)


def resolve(mention: Mention, reg: Registry, paragraph: int) -> Mention | None:
    """A speaker-like mention with its name filled in from the registry, or None when it cannot be."""
    if mention.kind in ("person", "entity", "body", "demonym"):
        return mention
    last = reg.last_speaker if reg.last_speaker and paragraph - reg.last_speaker[2] <= 1 else None
    if mention.kind == "reference" and last and last[3] == "agency" and last[0] \
            and OUTLET_REFERENCE_RE.fullmatch((mention.role or "").lower()):
        # "Rodong Sinmun noted ... The paper said": the outlet that spoke last (session 14)
        return Mention(mention.start, mention.end, "agency", last[0], None)
    if mention.kind == "reference" and reg.initials and mention.role:
        words = mention.role.split()
        known = next((reg.initials[w.upper()] for w in words if w.upper() in reg.initials), None)
        if known is not None:  # "the JCS said", "a JCS spokesman told": the body the text named with that initialism
            head = words[-1].lower()
            return Mention(mention.start, mention.end, "body", known[0], head if head in SPOKES_HEADS else known[1])
    if mention.form == "anonymous":
        return mention  # an unnamed source: a statement with no actor
    name, role, kind = None, None, "person"
    head = (mention.role or "").lower()
    if mention.kind == "pronoun" and mention.form in ("he", "she"):
        she = mention.form == "she"
        spoke = reg.persons.get(last[0] or "") if last and last[3] == "person" else None
        if last and last[3] == "person" and (spoke is None or spoke.female is None or spoke.female == she):
            name, role = last[0], last[1]
        elif last and last[3] in ("entity", "body") and last[0] and ((last[1] or "").lower() in SPOKES_HEADS or (
                (last[1] or "").lower().rpartition(" ")[2] in SPOKES_HEADS
                and (last[2] == paragraph or not _named_since(reg, mention.start)))):
            # "The spokesman said ... He noted ...": the body's spokesman who spoke last, not a person named before
            # (session 13); session 27: also "a British High Commission spokesman said. ..., he said" in one paragraph
            name, role, kind = last[0], last[1], last[3]
        elif (fits := reg.by_pronoun(she)) is not None:  # never a person a title gives the other sex (session 27)
            name, role = fits.name, fits.role
    elif mention.kind == "pronoun" and mention.form == "it":
        if last and last[3] in ("entity", "body"):  # "It said ..." after "the ministry said ..."
            name, role, kind = last[0], last[1], last[3]
    elif mention.kind == "pronoun" and mention.form == "they":
        if last and last[3] in ("entity", "body") and last[0]:  # "They said ..." after "the ministry said ..."
            name, role, kind = last[0], last[1], last[3]
        else:  # "When X and Y met ..., they agreed that": people the text does not name as one speaker
            return Mention(mention.start, mention.end, "reference", None, None, form="anonymous")
    elif mention.kind == "reference" and mention.form == "age":
        if reg.last_person:  # "The 71-year-old said": only a person has an age
            name, role = reg.last_person, reg.persons[reg.last_person].role
    elif mention.kind == "reference":
        if head == "kingdom":  # "The Kingdom affirms": the state that spoke last, never merely the last one named
            if last and last[3] in ("entity", "body") and last[0] and L.ENTITY_KINDS.get(last[0]) == "country":
                return Mention(mention.start, mention.end, "agency", last[0], None)
            return Mention(mention.start, mention.end, "reference", None, mention.role)
        person = reg.by_role(head, mention.start) if mention.form not in ("body", "indefinite") else None
        if person is None and mention.form == "" and head in PERSON_ROLE_HEADS and reg.last_person \
                and (reg.persons[reg.last_person].role or "") in DEMONYMS_ALONE \
                and reg.persons[reg.last_person].first < mention.start:
            # "Sergei Lavrov met ... The minister later told reporters": the person named last, whose role
            # the text had not given.
            person = reg.persons[reg.last_person]
        if person:
            name, role = person.name, person.role
        else:
            body = next((b for b in reversed(reg.bodies) if head in b[1].lower()), None)
            if body:
                name, role, kind = body[0], body[1], "body"
            elif head in ORG_REFERENCES and reg.last_org:
                name, kind = reg.last_org, "entity"
            elif head in ORG_REFERENCES and not _organisation(last[0] if last else None, mention.name):
                pass  # "the rebels added" with no armed group named: unnamed, never the last country
            elif head in SPOKES_HEADS and mention.form == "" and last and last[3] in ("entity", "body") and last[0]:
                # "North Korea's foreign ministry accused ... "...," the spokesman said": the body's spokesman.
                name, role, kind = last[0], head, "body"
            elif head in SPOKES_HEADS and mention.form == "" and reg.last_spokes is not None:
                # session 28: "A spokesman of the Department of Foreign Affairs told Antara ... [the minister spoke] ...
                # The spokesman said": the body whose spokesman spoke before, someone else having spoken since
                name, role, kind = reg.last_spokes[0], head, "body"
            elif mention.form == "body" and last and last[3] in ("entity", "body") and last[0]:
                # "Pakistan said it downed two Indian jets. ..., according to the military": the
                # government that last spoke, not the last country named as an object.
                name, role, kind = last[0], head, "entity"
            elif mention.form == "body" and mention.name:
                # "the group", "the command" with no body of that kind named: the last actor named before it.
                name, role, kind = mention.name, head, "entity"
    if name is None and mention.kind == "pronoun" and mention.form in ("he", "she"):
        # "He said ..." after a sentence naming no one we read as a person: still a statement, by someone unnamed.
        return Mention(mention.start, mention.end, "reference", None, None, form="anonymous")
    if name is None and mention.kind == "reference" and (
            mention.form != "body" or head in BODY_SPEAKERS or head in ORG_REFERENCES or head in DOCUMENT_REFERENCES):
        # "The spokesman told reporters", "a senior official said" with no one of that role named:
        # a statement by an unnamed speaker, who has a role but no name.
        return Mention(mention.start, mention.end, "reference", None, mention.role)
    if name is None:
        return None
    return Mention(mention.start, mention.end, kind, name, role)
