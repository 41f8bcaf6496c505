"""Actions in one sentence: triggers by kind (triggers.toml), each with its clause, actor, attributes and date phrase."""

from __future__ import annotations

import re
from dataclasses import replace

from excerpt.letters import UPPER
from timeline import actindex as X
from timeline import asidecue as AC
from timeline import attributes as A
from timeline import fastpath as FAST
from timeline import forceacts as F
from timeline import kindrules as K
from timeline import lexicon as L
from timeline import notacts as N
from timeline import passives as P
from timeline import topicnouns as TN
from timeline import unasserted as UA
from timeline.craftowner import craft_state, own_force_subject
from timeline.dates import DateMention
from timeline.drafts import Context, Draft, closest, names_in
from timeline.frames import Frame
from timeline.leadday import after_lead_day
from timeline.newnames import unknown_names
from timeline.sentindex import fresh_gate, fresh_mask
from timeline.speakers import ACTOR_KINDS, Mention
from timeline.speakers import resolve as resolve_mention
from timeline.thatholes import that_holes
from timeline.timeclause import time_clause, time_clause_subject

# An act told by its noun and its start ("The shooting began yesterday"): never one incident with a when-clause after it.
BEGAN_RE = re.compile(r"\b(?:began|begun|started)\b")
# Tried in this order: in one clause a later kind does not reuse a trigger an earlier one took.
ACTION_KINDS = ("nuclear_test", "missile_test", "military_exercise", "other", "ship_movement",
                "deployment", "sanction", "meeting")
# "sent jets to train with" is the exercise; "deployed a carrier" is the ship's movement; an act
# of force ("other") is not also a deployment; "other" never joins a named kind in its clause.
# Generic act verbs (triggers.toml [fallback]) come last: "ordered troops into drills" is the drills.
# Last, a plain act verb with a named subject right before it ("Zambia evicted the firm": triggers.toml
# [fallback] subject), in a main clause no kind read.
# Before those, a force taken somewhere by a verb no trigger reads ("had transferred two battalions to the south":
# forceacts.forces_moved), and such a verb with a force, craft or weapon as its subject ("Two Russian jets approached
# the drone": forceacts.military_subject).
# Last, any past-tense verb no pattern reads, right after a named state, body or person as its subject, in a main clause
# of the reporter's own words ("Ankara recalled ..." is read above; "Moldova rescinded the licence": triggers.toml
# [fallback] open_not_acts lists the verbs that tell no act).
KIND_SOURCES = tuple((k, k) for k in ACTION_KINDS) + (("other", "fallback"), ("deployment", "forces"), ("other", "military"),
                                                     ("other", "subject"), ("other", "open"))
GENERIC_SOURCES = ("fallback", "subject", "military", "forces", "open")
# "have clashed repeatedly since 2008", "has long opposed": a habit or a history, no act of this story.
HABITUAL_RE = re.compile(r"\b(?:repeatedly|regularly|often|frequently|routinely|long|traditionally|historically|always|never"
                         r"|usually|typically|periodically|occasionally)\b")
# A frequency word right before a verb in the present ("rarely topples", "usually follows"): a generality (session 11).
GENERIC_BEFORE_RE = re.compile(r"\b(?:rarely|seldom|usually|typically|generally|normally|often|sometimes|always|never|routinely|regularly"
                               r"|frequently|commonly|traditionally|invariably)\s+$")
# The matter of a sitting or of words: "a meeting on the launch", "protested over the test" (session 11).
TOPIC_BEFORE_RE = re.compile(r"\b(?:on|over|about|regarding|concerning)\s+(?:(?:the|its|their|this|that|sunday's|monday's|tuesday's"
                             r"|wednesday's|thursday's|friday's|saturday's)\s+)?$")
# The verb in the present ("topples", "intercept"): not an "-ed" form nor an irregular past.
PRESENT_RE = re.compile(r"(?!(?:sent|took|made|struck|shot|fought|flew|led|left|came|went|gave|brought|broke|ran|sank|froze"
                        r"|withdrew|kept|built|held|met|fell|rose|stood|won|lost|seized|hit|cut|put|set)\b)[a-z]+(?<!ed)\b")
# Irregular past tenses of acts beside "-ed" words, each without the objects that make it words or a stance ("broke the
# contract", "laid a cable"; never "broke its silence", "threw its weight behind"; not "paid": "paid the soldiers in cash").
OPEN_VERB_RE = re.compile(
    r"(?<![\w'’-])(?:shot down|brought down|knocked out|[a-z]{3,}ed|led|fled|withdrew|brought"
    r"|broke(?! (?:its|his|her|their) silence| ranks| new ground| down in tears| the news)|laid(?! out)|stole|tore|sank"
    r"|overran|overtook|undertook|drove|blew|rode|swept|shut"
    r"|threw(?! (?:its|his|her|their) (?:weight|support)| doubt| cold water)"
    r"|won(?! (?:support|praise|backing|plaudits|applause|sympathy|approval|the support|the backing|favour|favor)\b)"
    r")\b(?![\w-])")
BY_NEXT_RE = re.compile(r" by\b")
WORDS_OBJECT_RE = re.compile(r" (?:barbs|accusations|insults|blame|jibes|threats|words|criticism|recriminations|warnings)\b")
# "The troops stationed in the Baltic are there to deter": a participle after its noun, the clause's verb still ahead.
REDUCED_RELATIVE_RE = re.compile(r"(?:(?!\b(?:which|who|whom|whose|that|where|when|while|and|but|after|before|because|as|if"
                                 r"|until|since)\b)[^,;:()–—]){0,80}?\b(?:is|are|was|were|has|have|had|will|would|can|could"
                                 r"|may|might|must|should|remains?|remained|seems?|seemed)\b")
PARTICIPLE_GAP_RE = re.compile(r"\b[a-z]+(?:ed|en)\b|\b(?:image|photo|picture|video|footage)s?\b")
NOT_OPEN_RE = L.FALLBACK_TRIGGERS.get("open_not_acts")
# Each act pattern's bit in actindex.mask: a sentence holding none of the strings its matches need is not scanned.
TRIGGER_BITS = {kind: X.gate(p) for kind, p in L.TRIGGERS.items()}
FALLBACK_BITS = {key: X.gate(L.FALLBACK_TRIGGERS[key]) for key in ("other", "subject") if key in L.FALLBACK_TRIGGERS}
NOMINAL_BITS = {kind: X.gate(p) for kind, p in L.NOMINAL_TRIGGERS.items()}
VISIT_BITS = {kind: X.gate(p) for kind, p in L.VISIT_TRIGGERS.items()}
NOUN_BITS = {key: X.gate(L.FALLBACK_TRIGGERS[key]) for key in ("subject_nouns", "open_subject_nouns")
             if key in L.FALLBACK_TRIGGERS}  # read in a verb's subject window, answered from its sentence's scan
CROWDS_OUT_DEPLOYMENT = ("military_exercise", "ship_movement", "other")
PASSIVE_HARM_RE = re.compile(r"(?:were|was|been|being) (?:\w+ly )?(?:hurt|injured|wounded|killed|detained|arrested|held)")
# Irregular participles too: "was sunk by a British submarine", "were struck by", "was shot down by" (requests-acts 2).
PASSIVE_END_RE = re.compile(r"\b(?:were|was|been|be|being|is|are) (?:\w+ly )?(?:\w+(?:ed|en)|sunk|hit|struck|shot(?: down)?|caught"
                            r"|held|fought)$")
BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+|a\s+)?")
# "the tanker was seized", "were struck on Friday by X": the subject is what was acted on, the doer
# (if named) follows "by" a few words on in the same clause.
PASSIVE_AUX_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
LATER_BY_RE = re.compile(r"[^,;:.–—]{0,60}?\s+by\s+(?:the\s+|a\s+)?")
SUBORDINATE_RE = re.compile(r"[\s,;:–—-]*(?:after|before|when|whenever|while|because|as|since|until|once|which"
                            r"|who|that|where|if|unless|although|though|whether)\b", re.I)
LEAD_COMMA_RE = re.compile(r"\s*,")
WHEN_RE = re.compile(r"[\s,]*when\b")
# "Markets slid on Friday as Zambia suspended copper exports": an "as" clause is the same time as the clause before it
# (session 18, since a bare "as" opens a clause: timeclause.AS_RE).
WHEN_AS_RE = re.compile(r"[\s,]*(?:when|as)\b")
PASSIVE_START_RE = re.compile(r"(?:were|was|are|is|be|been|being) (?:\w+ly )?\w+(?:ed|en|wn)\b")
# Words between "by" and the agent's name: "by three Algerian patrol boats", "by two unmarked Russian jets".
# Session 15: a size or a unit first ("by a dozen Moroccan gendarmes", "by a small unit of Eritrean marines", "by hundreds of
# Serbian police"): the force's demonym still names the doer.
AGENT_GAP_RE = re.compile(r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|some|many|unmarked|armed|masked"
                          r"|dozen|hundreds of|scores of|thousands of|handful of|small|large|heavily armed"
                          r"|(?:unit|platoon|company|squadron|detachment|contingent|battalion|column) of)\s+){1,3}")
# A ship sent to strengthen a force or a region is a deployment, not a voyage.
REINFORCE_RE = re.compile(r"\bto (?:reinforce|bolster|strengthen|boost|beef up|shore up|join|lead|support) (?:the |a |an |its |their |nato|eu|allied)"
                          r"|\bto the (?:region|baltic|mediterranean|gulf|red sea|black sea|pacific|indo-pacific|arctic|middle east)\b")
# "A Danish frigate joined the French-led escort operation": a ship put into a force is deployed.
JOINED_FORCE_RE = re.compile(r"join(?:ed|s|ing)? (?:the |a |an )?(?:[\w-]+ ){0,3}(?:mission|operation|task force|patrol|coalition"
                             r"|flotilla|squadron|naval group|strike group)\b")
# The subject is a force or office with no country: "the coast guard", "border guards", "the navy".
OWN_FORCE_RE = re.compile(r"(?:the )?(?:coast ?guards?|navy|army|military|air force|border (?:guards?|service|police)|police"
                          r"|security forces|troops|soldiers|marines|warships?|patrol (?:ships?|boats?)|authorities)\b")
NON_STATE_RE = re.compile(r"\s+(?:pirates|smugglers|gunmen|militants|rebels|fishermen|traffickers|criminals|hackers"
                          r"|activists|protesters|separatists|insurgents|jihadists|migrants|poachers|kidnappers)\b")
COUNTERFACTUAL_RE = re.compile(r"\b(?:ought to|should|could|would|might|must)(?: never| not)? have(?: been)? (?:\w+ )?$")
# A noun with a modal after it ("a summit would help") is no act.
# Never a plan ("talks would be held on Monday", "the summit would open"): only a judged noun.
# "A summit without the Russian president would be pointless": a short phrase may stand between noun and modal.
WOULD_AFTER_RE = re.compile(r"(?:\s+(?:with|without|between|of|in|on|at)\s+[^,.;:]{1,40}?)?\s+(?:would|could|might)\s+"
                            r"(?:help|be a|be an|be the|mark|give|hurt|hit|harm|cost|need|require|offer|signal|ease|bring"
                            r"|show|deepen|worsen|damage|be (?:\w+ly )?(?:pointless|useless|meaningless|premature|futile"
                            r"|counterproductive|welcome|helpful|unlikely|difficult|impossible))\b")
DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+$")
# "prompting Mexico to suspend", "forcing Kyiv to withdraw": the mention made to act is the doer.
CAUSED_TO_RE = re.compile(r"\s+to\s+(?:\w+ly\s+)?")
CAUSATIVE_BEFORE_RE = re.compile(r"\b(?:prompt|forc|lead|led|caus|push|spur|compel|drive|drove|driv|press|persuad|urg)\w*\s+$")
AND_BEFORE_RE = re.compile(r"\band\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?,?\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$")
WITH_BEFORE_RE = re.compile(r"\bwith\s+$")
COUNTERPART_BEFORE_RE = re.compile(r"\bwith\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?,?\s+(?:[\w-]+\s+){0,2}$")
NAVAL_RE = re.compile(r"\b(?:navy|naval|warships?|frigates?|destroyers?|corvettes?|submarines?|coast ?guard|patrol (?:ships?|boats?|vessels?))\b")
# Acts both sides of an "X and Y" subject do together.
MUTUAL_RE = re.compile(r"(?:exchang|swap|trad|clash|fought|skirmish)")
CALLED_OFF_RE = re.compile(r"\b(?:call(?:ed|s|ing) off|cancell?(?:ed|s|ing)|scrapped|postpon(?:ed|es|ing))\b")
AND_START_RE = re.compile(r"[\s,]*and\s")
ING_CLAUSE_RE = re.compile(r"[\s,]*(?:after|before|while|since|when|without|by)\s+[a-z]+ing\b")
IN_WHICH_RE = re.compile(r"[\s,]*(?:in|during|under|by|after|from|at|on|with) which\b")
# "... and opened fire": "and" right before a verb, so the clause goes on with the same subject.
SHARED_IRREGULAR = frozenset({"froze", "struck", "shot", "sank", "took", "sent", "broke", "overran", "retook", "cut",
                              "fought", "withdrew", "built"})
# Session 16: also an irregular past attributes.and_cuts cuts at ("ambushed a convoy and stole three trucks on Sunday").
SHARED_AND_RE = re.compile(r"[\s,]*and\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|"
                           + "|".join(sorted(A.AND_IRREGULAR | SHARED_IRREGULAR)) + r")\b")
# What may open a main clause before its pronoun subject: nothing, or a day ("On Wednesday it repatriated").
PRONOUN_OPENING_RE = re.compile(r"(?:(?:on|late on|early on|earlier on|later on|by) (?:mon|tues|wednes|thurs|fri|satur|sun)day"
                                r"|(?:later|then|yesterday|today|overnight|on \w+ \d{1,2}|on \d{1,2} \w+),?\s+|,?\s*)?\s*")
# A predicate that goes on with the subject of the clause before: "..., and then expelled him", "but later released".
SHARED_PREDICATE_RE = re.compile(r"[\s,]*(?:and|but)\s+(?:(?:then|later|also|subsequently|quickly|promptly|immediately"
                                 r"|eventually|finally|swiftly|briefly)\s+)?")
SHARED_BEFORE_RE = re.compile(SHARED_PREDICATE_RE.pattern + "$")
# A predicate of a series after its comma ("cut ties on 25 August, closed its airspace": attributes.series_cuts), session 16.
SERIES_PREDICATE_RE = re.compile(r"\s*,\s+(?:(?:then|later)\s+)?")
SERIES_BEFORE_RE = re.compile(SERIES_PREDICATE_RE.pattern + "$")
DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—]+\s*")
SHIP_REFERENCE_RE = re.compile(r"\bthe (?:destroyer|frigate|warship|ship|vessel|carrier|submarine|cruiser)\b")
MONTH_OR_YEAR_RE = re.compile(r"\b(?:month|year|decade|century)s?\b|\b(?:January|February|March|April|May|June|July|August"
                              r"|September|October|November|December)\b", re.I)
DAY_NUMBER_RE = re.compile(r"(?<![\d,])\b\d{1,2}(?:st|nd|rd|th)?\b(?![\d,])")
SENT_RE = re.compile(r"(?:sent|send|sends|sending|dispatch\w*|deploy\w*|order\w*|rush\w*)\b")
# Kinds whose doer, when the clause names none, is the side of the body that reports them.
SPEAKER_SIDE_KINDS = frozenset({"military_exercise", "deployment", "ship_movement", "missile_test", "nuclear_test"})
# A subject that refers back to the ship, weapon, force or drill of the act told just before ("It later anchored",
# "The vessels then headed for X, the navy said"), or a trigger that opens with that noun ("The missile flew 600 km",
# "The exercises, code-named X, ended"): that act's doer, never the one who reports the sequel.
_BACKREF_NOUN = (r"the (?:two |three |four |five |six |[\w-]+ )?(?P<noun>vessels?|ships?|warships?|frigates?|destroyers?|carriers?|"
                 r"submarines?|cruisers?|corvettes?|flotilla|task group|convoy|boats?|missiles?|rockets?|projectiles?|bombers?|"
                 r"jets?|aircraft|troops|soldiers|exercises?|drills|war games)")
BACKREF_RE = re.compile(rf"(?:it|they|{_BACKREF_NOUN})(?: (?:then|later|also|subsequently|eventually|had|have|has|was|were|is|are|"
                        r"will|would))*\s+$")
BACKREF_NOUN_RE = re.compile(rf"{_BACKREF_NOUN}\b")
_SHIPS = frozenset({"ship_movement", "other"})
BACKREF_KINDS = {**dict.fromkeys(("vessel", "vessels", "ship", "ships", "warship", "warships", "frigate", "frigates", "destroyer",
                                  "destroyers", "carrier", "carriers", "submarine", "submarines", "cruiser", "cruisers", "corvette",
                                  "corvettes", "flotilla", "task group", "convoy", "boat", "boats"), _SHIPS),
                 **dict.fromkeys(("missile", "missiles", "rocket", "rockets", "projectile", "projectiles"), frozenset({"missile_test"})),
                 **dict.fromkeys(("bombers", "jets", "aircraft", "troops", "soldiers"), frozenset({"deployment", "other"})),
                 **dict.fromkeys(("exercise", "exercises", "drills", "war games"), frozenset({"military_exercise"}))}
# A call with a named party or a counterpart is a meeting even inside a statement's frame.
# "At a briefing, spokesman X dismissed ...", "At a news conference on Monday, the minister said ...": the press event
# opening the sentence is the setting of the statement its speaker then makes, no meeting (session 12).
OPENING_PRESS_SETTING_RE = re.compile(r"(?:(?<=\n)|(?<=[.!?]\s)|^)(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+"
                                      r"(?:[\w-]+\s+){0,2}$")
PRESS_SETTING_RE = re.compile(r"(?:news\s+|press\s+)?(?:briefing|conference)\b")
SETTING_TO_SPEAKER_RE = re.compile(r"[^.;:!?\"“]{0,80}?,\s*[^.;:!?,\"“]{0,60}")
CALL_WITH_PARTY_RE = re.compile(r"(?:tele)?phone (?:call|conversation|talks)s?\s+(?:on \w+\s+)?with\s+(?!reporters|journalists)"
                                r"|(?:tele)?phone (?:call|conversation)[^.;:,]{0,40}\bcounterparts?\b")
# A named addressee right before the setting: "proposed to Ugandan President Yoweri Museveni in a phone call".
# Also a named addressee told, urged or warned: "Lavrov told Antony Blinken in a phone call on Friday that ...".
ADDRESSEE_BEFORE_RE = re.compile(r"\b(?:to|with|told|tells|telling|assured|assures|urged|urges|warned|warns|reminded|reminds"
                                 r"|informed|informs|pressed|presses)\s+(?:[A-Z][\w'’.-]*\s+){1,5}(?:in|during|on)\s+(?:a|an|the)\s+"
                                 r"(?:[\w-]+\s+)?$")
HYPOTHETICAL_AFTER_RE = re.compile(r"\b(?:remains?|is|are|seems?|looks?|appears?)\s+(?:still\s+)?(?:possible|unlikely"
                                   r"|uncertain|in doubt|doubtful|remote|not (?:yet )?on the (?:cards|agenda|table|calendar)|off the (?:cards|table)"
                                   r"|not (?:planned|scheduled|expected))\b")
# Another state's consulate or embassy closed ("closed the Russian consulate in Seattle", "responded by closing the
# Polish consulate", "announced the closure of the Russian consulate"): a measure against its mission (a sanction);
# a state's own embassy shut is no measure.
MISSION_CLOSED_RE = re.compile(r"(?:clos\w*|shut\w*(?:\s+down)?|(?:announc|order)\w*\s+the\s+closure\s+of)\s+(?:the\s+|two\s+|three\s+|a\s+)?(?P<who>(?:[A-Z][\w.'’-]*\s+){1,2})"
                               r"(?:consulates?(?:-general)?|consulate general|embass(?:y|ies)|missions?|trade (?:mission|office)s?"
                               r"|cultural cent(?:re|er)s?)\b")
# "cut off military talks with Washington", "the suspension of trade talks": the talks set aside are no meeting.
HALTED_BEFORE_RE = re.compile(r"\b(?:cut(?:s|ting)? off|br(?:oke|eak|eaks|eaking) off|halt(?:ed|s|ing)?|suspend(?:ed|s|ing)?"
                              r"|fr(?:oze|eeze|eezes|eezing)|paus(?:ed|es|ing)|(?:suspension|halt|freeze|freezing|cancellation"
                              r"|breakdown|collapse) of) (?:all |the |its |their )?(?:[\w-]+ ){0,3}$")
# "no plans for a meeting between the two leaders", "played down the chances of a summit": a sitting only hoped for.
CHANCE_OF_BEFORE_RE = re.compile(r"\b(?:chances?|prospects?|possibility|likelihood|hopes?|talk|plans?|idea|odds)\s+(?:of|for)\s+"
                                 r"(?:a\s+|an\s+|the\s+|any\s+|new\s+|fresh\s+|further\s+)?(?:[\w-]+\s+){0,2}$")
# "has no plans to meet", "not planning to expel", "have ruled out talks": an act set aside is no act.
NOT_PLANNED_BEFORE_RE = re.compile(r"\b(?:no (?:immediate )?(?:plans?|intention)(?: whatsoever| at all)?|not (?:planning|intending)"
                                   r"|(?:ruled|rules|rule|ruling) out(?:\s+(?:any|further|direct|new|fresh|more))?)\s+(?:(?:to|of)\s+)?$")
COUNCIL_RE = re.compile(r"\b(?:Council|Assembly|Parliament|parliament|Congress|Senate|Bundestag|Knesset|Duma|lawmakers"
                        r"|legislators|MPs|deputies|ministers|Board|board|Commission|Committee|committee|members)\b")
NOMINAL_REACH = 45  # "the seizure of the tanker off Yemen on Friday": a noun's own date follows it closely
# "the arrival of the British patrol ship HMS X in Guyanese waters, expected on Friday": a voyage's noun
# names its ship and waters before its day.
VOYAGE_REACH = 75
# Session 17 (nouns17): "the ramming of the patrol boat Odin by a British frigate on 17 February", "a collision between a
# coast guard ship and a supply boat on Sunday": an act noun's object, parties or agent may stand before its own day, to
# VOYAGE_REACH, where they are prepositional phrases with no comma, no verb and no clause word.
OBJECT_AGENT_GAP_RE = re.compile(r" (?:of|between|against|on|at|near|off|in|over|by|from|to|into|with|across|along) "
                                 r"(?:(?!\b(?:that|which|who|whose|was|were|is|are|had|has|have|after|before|when"
                                 r"|since|while|until|as)\b)[^,;:.“”\"])+? ")
SETTING_REACH = 80  # "told a news briefing in Beijing": how far after the verb a setting may run
SUPERSEDED_REACH = 40  # how far before a date phrase "originally due to end" may stand
# "waters claimed by Turkmenistan after issuing a warning": a passive's agent before the trigger did that
# passive only, never the trigger's act.
# ... nor the target of a riposte ("struck back at Moscow ..., ordering sanctions": the one struck back at; session 14).
AGENT_BEFORE_RE = re.compile(r"\b(?:by|back at)\s+(?:the\s+)?$")
# A meeting right after a speech verb is where the words were said: "said at the virtual meeting", "told reporters
# during the visit", "told a cabinet meeting" (session 11).
SPEECH_SETTING_GAP_RE = re.compile(r"\s*(?:(?:reporters|journalists|the press|the media|correspondents|lawmakers|mps|parliament)\s+)?"
                                   r"(?:at|in|during|on the sidelines of|on the margins of)\s+(?:a|an|the|his|her|its|their)\s+"
                                   r"(?:[\w-]+\s+){0,3}")
ADDRESSED_SETTING_GAP_RE = re.compile(r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}")  # "told a cabinet meeting"
ADDRESS_VERBS = frozenset({"told", "tells", "telling", "addressed", "addresses", "addressing"})
SETTING_CALL_RE = re.compile(r"\b(?:in|during|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
# Session 18: a place inside that aside ("..., which took off from a base in Qatar, struck"); any other name there may be the
# doer's own (dropping them all cost a blind set a right doer).
# Session 18: a subject relative clause after its head noun phrase ("the Chinese coast guard ship 3301, which sailed"); the
# head's words after its name (a noun or two and a number).
RELATIVE_CLAUSE_LEAD_RE = re.compile(r"\s*,\s*(?:which|who)\s")
HEAD_TAIL_RE = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}(?:\s+\d+)?")
ASIDE_PLACE_BEFORE_RE = re.compile(r"\b(?:in|from|at|near|off|to|into|over|across|outside|inside)\s+(?:the\s+)?$")
RELATIVE_ASIDE_TO_VERB_RE = re.compile(r",\s+(?:whose|which|who)\b[^;:.!?]*,\s+(?:(?:has|have|had|will|would|is|are|was|were"
                                       r"|also|then|later|now|since|already|meanwhile)\s+)*")
APPOSED_BEFORE_RE = re.compile(r",\s+(?:who\s+(?:has\s+|had\s+|was\s+|is\s+)?)?$")
# "since the invasion, held in Samarkand on Thursday": an act named after "since" is background, its day another's.
SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$")
# "the first meeting between the two leaders since the war, held in Samarkand on Thursday": a sitting's noun takes
# the day of its ", held" participle.
HELD_AFTER_RE = re.compile(r"[^.;:]*,\s+(?:which was\s+|that was\s+)?held\b")
# The civil nouns of triggers.toml [nominal] other, an act only as a subject or object ("Sunday's election was marred",
# "joined Friday's protests"), never after a preposition ("after the election on Sunday", "during Tuesday's vote").
CIVIL_NOUN_RE = re.compile(r"\b(?:coup|elections?|run-?offs?|ruling|verdict|sentencing|executions?|evacuations?|protests?"
                           r"|demonstrations?|rall(?:y|ies)|marches|walkout|boycott|resignation|closure|recall|pardon"
                           r"|extradition|deportation|inauguration|swearing-in|impeachment|dissolution|annexation|recognition"
                           r"|ratification|ceasefire|truce|handover|prisoner exchange|exchange of prisoners|hostage release|polls"
                           r"|suspension|imposition|revocation|cancellation|termination)\b")
# Session 25 (speak25): "a strongly worded protest", "a formal protest": a protest in words (the statement's), never a
# crowd's civil act (speech.toml [documents] spoken_protest).
SPOKEN_PROTEST_RE = re.compile(rf"\b(?:{L.spaced_alt(L._SPEECH['documents']['spoken_protest'])})\s+$")
NP_AFTER_PREPOSITION_RE = re.compile(r"\b(?:after|before|following|ahead of|since|until|of|during|amid|over|about|against"
                                     r"|into|from|in|at|for|on|with|to|by|despite|under)\s+(?:[\w'’-]+\s+){0,2}$")
# A military subject's act in a background clause ("after Russian troops invaded") is not read by its subject alone.
MILITARY_SUBORDINATE_RE = re.compile(r"[\s,;:–—-]*(?:after|before|while|because|as|since|until|once|which|who|where|if"
                                     r"|unless|although|though|whether)\b")
SINCE_RE = re.compile(r"[\s,]*(?:ever )?since\s+(?!then\b|\w+ed\b)")  # a clause, not "since renamed"
NO_SUBJECT_RE = re.compile(r"(?:none of|no|neither of|any)\s(?:[\w'’-]+\s){0,4}(?:(?:was|were|had|has|have|been|being)\s)*$")
RETALIATED_BY_RE = re.compile(r"retaliat\w*\b[^.;:]{0,40}?\bby\s+[a-z]+ing\b")
# A measure's start ("took effect", "came into force"): read as `other` alone, the measure's own when a sanction holds it.
TAKES_EFFECT_RE = re.compile(r"(?:took|takes|take|taking|taken) effect|(?:c[ao]me|comes|coming|entered|enters|entering"
                             r"|went|goes|going) into (?:force|effect)")
RELATIVE_LEAD_RE = re.compile(r"\b(?:which|who)\s+$")
# An object relative clause: "which"/"whom" then a subject of its own ("which Kenya had closed on Monday").
OBJECT_RELATIVE_RE = re.compile(r"[\s,;:–—-]*(?:which|whom)\s+(?!(?:had|has|have|was|were|is|are|will|would|also|then|later"
                                r"|had|been|could|may|might)\b)")
# Diplomats expelled are a measure of their own; "freezing its assets" is part of the sanctions it follows.
PARTICIPLE_MEASURE_RE = re.compile(r", expelling\b")
AND_LINKS = (" and ", ", and ", " and the ", ", and the ")  # "South Korea and the United States"
# "Malian troops and Wagner fighters recaptured X": two forces named by their sides, the first leads.
# Session 15: "Two Russian Tu-95MS strategic bombers and two Chinese H-6K bombers carried out": craft named by model too.
FORCES_AND_RE = re.compile(r"(?: [\w-]+){0,3}? (?:troops|forces|soldiers|fighters|jets|warplanes|warships|ships|navies|armies|units"
                           r"|police|bombers|aircraft|planes|vessels|destroyers|frigates|submarines|drones|helicopters)"
                           r",? and (?:the |(?:two|three|four|five|six|several|\d+) )?")
# Session 15: "sent engineers to Poland to help reinforce the border": a state after a preposition of place is where the
# act goes, not who does it (the nearest mention before an infinitive is its doer only as the one urged or asked).
PLACE_BEFORE_RE = re.compile(r"\b(?:to|into|in|at|near|off|towards|toward|across|inside|via)\s+(?:the\s+)?$")
# "The missiles were fired from the Sunan area of Pyongyang": a launch told in the passive is the launch site's state's.
FIRED_FROM_RE = re.compile(r"[^.;:]{0,30}?\bfrom\s+(?:near\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:of|in|near)\s+)?$")
# "Russia could resume testing if Washington does so": a modal act with an "if" clause right after is conditional.
IF_AFTER_RE = re.compile(r"[\s,]*(?:if|unless)\b")
MODAL_BEFORE_RE = re.compile(r"\b(?:could|would|might|may|will|threaten(?:s|ed)? to)\b")
# "u.s.", "u.k.", "d.p.r.k.": letters each followed by a period (act_text); and a sum's decimal point ("froze $4.5
# billion of assets", "tariffs on $34.5 billion of goods", "a 2.5% levy"): a measure's sums must not end its trigger's
# reach (other numbers keep theirs: "an earthquake of magnitude 3.1").
# Written to start with the period and look back at the letter or digit before it (the same periods marked): a pattern
# led by a literal is searched for in C, one led by "\b" was tried at every position (1.5% of extraction).
INITIALISM_RE = re.compile(r"\.(?:(?<=(?<!\w)[a-z]\.)(?:[a-z]\.)+"
                           r"|(?<=\d\.)(?=\d+\s?(?:billion|million|trillion|bn|mn|percent|per cent|%)))")
# The decimal points act_text marked, given back for the count a claim rests on ("4.5 billion", not "4").
DECIMAL_MARK_RE = re.compile(r"(?<=\d)_(?=\d)")
# Predicate quotes (_predicate_quotes): the word right before the quote mark, and those that make it words said or named.
QUOTE_LEAD_RE = re.compile(r"([^\W_][\w'’-]*)\s+$")
QUOTE_LEAD_STOP = frozenset(v for v in L.REPORTING_VERBS if " " not in v) | frozenset(
    "as called calling dubbed termed labelled labeled branded described describing that the a an its their his her "
    "what this these those of so-called which who whom it them him us be been being was were is are".split())
FIRST_PERSON_RE = re.compile(r"[\s'‘“\"]*(?:I|we|We|our|Our|my|My|us|Us|you|You)\b")
PREDICATE_QUOTE_MAX = 160
# 'carried out a "law enforcement patrol"': the quoted noun is the object of an act verb, so the act's own words.
ACT_ARTICLE_RE = re.compile(r"\b(?:carried out|conducted|launched|staged|held|began|started|mounted|completed|undertook)"
                            r"\s+(?:a|an|the|its|their)\s+$")
# "China's coast guard conducted law enforcement patrols": a naval force's patrol needs no ship word.
PATROL_RE = re.compile(r"(?:conduct|carr|stag|step)[^.;:]{0,50}?patrols?\b")
# A freedom-of-navigation operation is a ship's passage, however it is worded ("carried out a FONOP").
FONOP_RE = re.compile(r"\bfreedom[- ]of[- ]navigation\b|\bfonops?\b")
# "the third launch this month", "its fourth this year": a phrase that counts acts, not the act's own day.
TALLY_BEFORE_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)"
                             r"(?:\s+[\w-]+){0,2}\s+$")
TALLY_PHRASE_RE = re.compile(r"(?:this|so far this|last|in|since)\b", re.I)
# "the ships ... detected around the island": what the reporting side saw moves for the side named after the verb.
SEEN_ACTIVE_RE = re.compile(r"(?:spotted|sighted|detected|tracked|observed|monitored)\b")
# "the missile ... that flew over Hokkaido": a missile's flight is its test, not an overflight.
MISSILE_BEFORE_RE = re.compile(r"\b(?:missiles?|rockets?|projectiles?|icbms?|slbms?)\b[^.;:]{0,40}$")
# The roles of a state's office-holders who travel and meet for it ("Jordan's foreign minister flew to Damascus").
OFFICE_ROLE_RE = re.compile(r"\b(?:minister|president|premier|chancellor|king|queen|emir|crown prince|envoy|ambassador"
                            r"|secretary|foreign secretary|chief|leader|speaker|delegation|negotiator)s?$", re.I)
# A traveller named in full with no title the registry knows, right before a visit's verb, perhaps with a role set off
# by commas: "two days after Nancy Pelosi, the Speaker of the House, landed in Taipei", "after Rafael Grossi arrived".
TRAVELLER_RE = re.compile(rf"(?<![\w'’.-])([{UPPER}][\w'’.-]*(?:\s+(?:(?:von|van|der|den|de|del|della|da|di|du|dos|das|bin|ibn|al|el|le|la)"
                          rf"\s+)*[{UPPER}][\w'’.-]*){{1,3}})(?:,\s+[^,.;:()\"“”]{{2,90}}?,)?"
                          r"\s+(?:(?:has|had|have|also|then|later|finally|first|\w+ly)\s+)*$")
# Capitalised words that open a clause or name a body, a force or a craft, never a traveller's own name.
NOT_TRAVELLER = frozenset("After Before When While As Since Once Until Then But And Or The A An On In At By For From Last "
                          "This That Air Force One Navy Army Guard Ship Flight Airlines Airways Group Fleet Corps Council "
                          "Ministry Union Party Committee House Senate Congress Court Office Delegation Team Mission".split())
# Civil acts named by their noun as what a reaction judges ("Beijing condemned the arrest of two Chinese nationals",
# "welcomed the release of the crew"): the act is told with what it was done to ("of", "on", "against", "by", "in").
JUDGED_KINDS = frozenset({"other", "sanction", "meeting"})
# Session 19 (acts19): also the verbs that name a view of the act ("called the seizure of the freighter by a gunboat
# an act of piracy", "branded the arrest of the two reporters illegal", "described the closure of the border as"), never
# "called for the release of" (a demand), "called off" or "called on".
_VIEW_VERBS = (r"|(?:call(?:ed|s|ing)(?!\s+(?:for|on|off|up|in|out|back|at|upon)\b)|brand(?:ed|s|ing)|term(?:ed|s|ing)"
               r"|describ(?:ed|es|ing)|label(?:l?ed|s|l?ing)|dub(?:bed|s|bing)|characteri[sz](?:ed|es|ing))")
JUDGED_ANY_RE = re.compile(r"\b(?:condemn|welcom|denounc|critici[sz]|protest|hail|prais|deplor|slam|decr[iy]|regret|oppos"
                           r"|reject|blast|applaud|lament|mourn|question|challeng|appeal|cheer|rebuk)\w*\s"
                           r"|\b(?:" + _VIEW_VERBS[1:] + r")\s")
G_JUDGED_ANY = fresh_gate(JUDGED_ANY_RE)  # its stems found once per body: no search where none is (session 16)
JUDGED_BEFORE_RE = re.compile(r"\b(?:(?:condemn|welcom|denounc|critici[sz]|protest|hail|prais|deplor|slam|decr[iy]|regret|oppos"
                              r"|reject|blast|applaud|lament|mourn|question|challeng|appeal|cheer|rebuk)\w*" + _VIEW_VERBS
                              + r")\s+(?:against\s+)?"
                              r"(?:(?:the|this|that|its|their|his|her|last\s+\w+['’]s|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}$")
VIEW_VERB_RE = re.compile(r"\b" + _VIEW_VERBS[1:] + r"\s")
VIEW_FRAME_BEFORE_RE = re.compile(r"\b(?:what|which)\s+(?:[\w'’.-]+\s+){0,4}$")
SPECIFIED_AFTER_RE = re.compile(r"\s+(?:of|on|against|by|between|from|in|at|with)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|\d+\s+|its\s+|their\s+)?\S")
# "It arrived in Gibraltar three days later": a ship named in the sentence before is the subject.
PRONOUN_START_RE = re.compile(r"\s*(?:It|She|The vessel|The ship)\s")  # not "They": people as often as ships
SHIP_LOOKBACK = 240
# "The balloon entered U.S. airspace": a state named before its airspace or waters is the place, not the doer.
ENTITY_PLACE_RE = re.compile(r"\s+(?:airspace|waters|territorial waters|territory|soil)\b")
# Session 18: a state named right after a past verb is that verb's object, never a subject ("The Gulf Cooperation Council
# suspended Qatar on Saturday in a vote": no doer read rather than the one suspended).
# Never after a verb of speech or thought, nor before "to"/an auxiliary: there the state is the subject of the words or the
# act that follow ("confirmed Iran had seized", "forced Syria to withdraw").
OBJECT_VERB_BEFORE_RE = re.compile(r"(?<![\w-])(?P<verb>[a-z]+ed|froze|struck|shot|sank|took|sent|broke|overran|retook|cut"
                                   r"|fought|hit|met|beat|left)\s+(?:the\s+)?$")
CLAUSE_VERBS = frozenset(L.REPORTING_VERBS) | frozenset({"expected", "believed", "feared", "assessed", "estimated", "hoped", "learned",
                                             "assumed", "guaranteed", "ensured", "decided", "showed", "ruled", "forced",
                                             "ordered", "allowed", "prompted", "pressed", "pushed", "persuaded", "helped"})
SUBJECT_AFTER_RE = re.compile(r"(?:\s+(?:to|would|will|had|has|have|was|were|is|are|could|should|might|must|did|may|can)\b"
                              r"|\s+[a-z]+s\b)")
# "200 Chinese fishing vessels were moored at the reef": ships where they lie are their own side's.
STATIVE_PASSIVE_RE = re.compile(r"(?:(?:were|was|been|being|are|is) (?:\w+ly )?)?(?:moored|anchored|stationed|positioned|docked"
                                r"|berthed|spotted|seen|sighted|observed|detected|tracked|photographed)\b")
CROSS_INTO_RE = re.compile(r"cross(?:ed|es|ing) (?:back )?(?:over )?into\b")
# "A squadron of helicopters was moved to Ceuta": forces taken somewhere in the passive (session 15).
MOVED_TO_RE = re.compile(r"(?:were|was|are|is|be|been|being) (?:\w+ly )?moved (?:back )?to\b(?! (?:a |the )?(?:[\w-]+ )?"
                         r"(?:prison|jail|hospital|detention|court|cell|camp|morgue)s?\b)")
# ... never people held or hurt ("the captured soldiers were moved to Donetsk").
CAPTIVE_RE = re.compile(r"\b(?:captured|detained|arrested|jailed|imprisoned|kidnapped|abducted|wounded|injured|dead|sick)\b")
# "Turkey denied that its jets had violated": a possessive subject is the speaker's own force.
POSSESSIVE_START_RE = re.compile(r"\s*(?:its|their)\s")
# Session 18: the state an act is aimed at ("a strike on Norway", "fired at Estonian jets", "the blockade of Cuba") is never
# its doer.
TARGET_BEFORE_RE = re.compile(r"\b(?:on|against|at|towards?|into)\s+(?:the\s+)?$")
# Session 18: where ships or planes are going is no doer ("tankers known to be bound for Venezuela turned back").
DESTINATION_BEFORE_RE = re.compile(r"\b(?:bound|headed|heading|destined|sailing|steaming|en route)\s+(?:for|to|toward|towards)"
                                   r"\s+(?:the\s+)?$")
_DOERS = L._load("doers")  # the noun lists below live in data/doers.toml with the other doer words
ACT_NOUN_OF_RE = re.compile(r"\b(?:" + "|".join(_DOERS["aimed_act_nouns"]) + r")\s+(?:of|on|against)\s+(?:the\s+)?$")
# Session 18: "Ethiopian Prime Minister X said his forces had killed 300 fighters": a leader's own forces are the state's.
HIS_FORCES_RE = re.compile(r"\s*(?:his|her)\s+(?:own\s+)?(?:" + "|".join(_DOERS["leader_force_nouns"]) + r")\b")
# "Russia denied shelling the plant": the denier is the doer of the act it denies.
GERUND_RE = re.compile(r"\s*(?:(?:ever|having)\s+)?[a-z]+ing\b")


def _actor_for(ctx: Context, mentions: list[Mention], clause: tuple[int, int], trigger: int,
               frame: Frame | None, s: int, paragraph: int, ship: str | None, nearest: bool,
               relative_head: bool = False) -> str | None:
    """The subject of the reported words or the clause before the trigger, else the sentence's:
    the mention nearest the verb ("leaders in Moscow urged North Korea to stop threats to test"),
    but for a meeting the first ("Putin, following talks with Abe")."""
    if frame and frame.content and frame.speakers[0].name and frame.verb_start < trigger and SETTING_CALL_RE.search(ctx.lower, max(clause[0], trigger - 12), trigger):
        return frame.speakers[0].name  # "X urged Y to act in a phone call with Z": the call is the speaker's
    if relative_head and (lead := RELATIVE_CLAUSE_LEAD_RE.match(ctx.masked, clause[0])) is not None and lead.end() <= trigger \
            and (head := _relative_head(ctx, mentions, clause[0] + ctx.masked[clause[0]:].index(","), paragraph)):
        # session 18: "monitoring the Chinese coast guard ship 3301, which sailed closer": the ship's. Only ships: for a
        # meeting "X, who toured A, B and C, said" is the speaker's aside (a blind extra), and other acts so read cost a
        # blind set a link.
        return head
    if frame and frame.content:
        # Reported words: their own subject, or the ship's navy; never the speaker of the frame.
        scope = (A.subject_scope(ctx.masked, max(frame.content[0], clause[0]), trigger), trigger)
        found = _first_actor(ctx, mentions, [scope], frame, paragraph, nearest) or ship
        if found is None and POSSESSIVE_START_RE.match(ctx.lower, scope[0]) and frame.speakers[0].kind in ("entity", "body"):
            found = frame.speakers[0].name  # "Turkey denied that its jets had violated": the speaker's own jets
        if found is None and HIS_FORCES_RE.match(ctx.lower, scope[0]):
            found = _speakers_state(ctx, frame)  # session 18: "Prime Minister X said his forces had killed": X's state's
        return found
    caused = next((m for m in mentions if clause[0] <= m.start and m.kind in ACTOR_KINDS
                   and CAUSED_TO_RE.fullmatch(ctx.masked, m.end, trigger)
                   and CAUSATIVE_BEFORE_RE.search(ctx.lower, max(clause[0], m.start - 20), m.start)), None)
    if caused is not None:  # "prompting Mexico to suspend relations": the one made to act
        r = resolve_mention(caused, ctx.reg, paragraph)
        if r and r.name:
            return r.name
    scopes = [(A.subject_scope(ctx.masked, clause[0], trigger), trigger)]
    found = _first_actor(ctx, mentions, scopes, frame, paragraph, nearest)
    if found or ship:
        return found or ship
    if AND_START_RE.match(ctx.masked, clause[0]) or ING_CLAUSE_RE.match(ctx.masked, clause[0]):
        # "Moscow answered in kind, expelling 10 envoys and barring eight officials", "which Turkey sent
        # ... after issuing a notice": the subject of the clause "and" or the participle continues.
        spans = A.clauses(ctx.masked, s, clause[0])
        before = next((c for c in spans if c[1] == clause[0]), None)
        while before is not None and A.SERIES_RE.match(ctx.masked, before[0]):
            # "cut ties on 3 August, closed its airspace to French aircraft, and expelled": the series' own subject
            # opens its first predicate, not a name in the one before the "and" (session 16)
            before = next((c for c in spans if c[1] == before[0]), None)
        if before is not None:
            found = _first_actor(ctx, mentions, [(A.subject_scope(ctx.masked, before[0], trigger), clause[0])],
                                 frame, paragraph, False)
            if found:
                return found
    # The sentence's subject, not the nearest name: "Moscow and Beijing ..., and both have deployed".
    return _first_actor(ctx, mentions, [(s, trigger)], frame, paragraph, False)


def _relative_head(ctx: Context, mentions: list[Mention], comma: int, paragraph: int) -> str | None:
    """The actor a ", which/who" clause's head noun phrase names right before its comma ("the envoy of Uganda, which",
    "the Chinese coast guard ship 3301, which"), never a place ("a base in Qatar, which"), else None."""
    for m in reversed(mentions):
        if m.end > comma or m.end < comma - 40 or m.kind not in ACTOR_KINDS:
            continue
        if not HEAD_TAIL_RE.fullmatch(ctx.masked, m.end, comma) or ASIDE_PLACE_BEFORE_RE.search(
                ctx.lower, max(0, m.start - 16), m.start):
            return None
        r = resolve_mention(m, ctx.reg, paragraph)
        return r.name if r is not None and r.name else None
    return None


def _first_actor(ctx: Context, mentions: list[Mention], scopes: list[tuple[int, int]], frame: Frame | None,
                 paragraph: int, nearest: bool) -> str | None:
    """The first (or nearest to the trigger, with its coordinated group) actor-like mention of a scope."""
    for a, b in scopes:
        holes = A.relative_holes(ctx.masked, a, b) + A.aside_before(ctx.lower, a, b)
        inside = [i for i, m in enumerate(mentions) if m.start >= a and m.end <= b and m.kind in ACTOR_KINDS
                  and not any(h0 <= m.start < h1 for h0, h1 in holes)
                  and not (m.kind == "demonym" and A.DEMONYM_PLACE_RE.match(ctx.masked, m.end))
                  and not (m.kind == "entity" and ENTITY_PLACE_RE.match(ctx.masked, m.end))
                  and not AGENT_BEFORE_RE.search(ctx.masked, max(a, m.start - 12), m.start)
                  and not (m.kind == "entity" and ACT_NOUN_OF_RE.search(ctx.lower, max(a, m.start - 30), m.start))
                  and not (m.kind == "entity" and DESTINATION_BEFORE_RE.search(ctx.lower, max(a, m.start - 24), m.start))
                  # "the frigate Admiral Gorshkov called at Havana": a ship's name, not a person
                  and not (m.kind == "person" and L.SHIP_TYPE_BEFORE_RE.search(ctx.masked, max(a, m.start - 40), m.start))]
        # Session 18: a state right after a past verb is its object when a subject stands before it ("The Gulf Cooperation
        # Council suspended Qatar ... in a vote"); alone it stays (dropping it there cost a blind set two right doers).
        objects = [i for i in inside if mentions[i].kind == "entity" and _object_of_verb(ctx, a, mentions[i])]
        if objects and any(i < objects[0] and i not in objects for i in inside):
            inside = [i for i in inside if i not in objects]
        if nearest and inside:
            # Session 15: a state where the act goes ("to Poland") is never the nearest doer when a subject stands before it.
            doers = [k for k in inside if not (mentions[k].kind == "entity" and k != inside[0]
                                               and PLACE_BEFORE_RE.search(ctx.lower, max(a, mentions[k].start - 12),
                                                                          mentions[k].start))]
            inside = doers or inside
            i = inside[-1]
            # "South Korea and the United States began drills", "A, B and C will hold": the first.
            if i - 1 in inside and (ctx.masked[mentions[i - 1].end:mentions[i].start] in AND_LINKS
                                    or FORCES_AND_RE.fullmatch(ctx.masked, mentions[i - 1].end, mentions[i].start)):
                i -= 1
                while i - 1 in inside and ctx.masked[mentions[i - 1].end:mentions[i].start] in (", ", ", the "):
                    i -= 1
            inside = [i] + [k for k in inside if k != i]
        for m in (mentions[i] for i in inside):
            if m.kind == "pronoun" and m.form in ("it", "they", "It", "They") and frame:
                return frame.speakers[0].name
            if m.kind == "pronoun" and m.form in ("he", "she", "He", "She") and frame and frame.speakers[0].name \
                    and frame.speakers[0].start < m.start and frame.content and frame.content[0] <= m.start \
                    and P.person_speaker(frame.speakers[0].kind, frame.speakers[0].role):
                # Session 15: "Kenya's president said he had expelled the envoy": the speaker before the reported words,
                # never a person the words name after the pronoun ("... and dismissed President X").
                return frame.speakers[0].name
            r = resolve_mention(m, ctx.reg, paragraph)
            if r and r.name and m.kind == "reference" and frame and r.name == frame.speakers[0].name \
                    and frame.speakers[0].start > m.start:
                continue  # "The junta shelled X, the Arakan Army said": not the speaker named after it
            if r and r.name:
                # Session 15: "Spain's foreign minister, Ana Palacio, spoke with ...": the office-holder named in apposition.
                return _apposed_person(ctx, mentions, m) or r.name
            if m.kind == "pronoun" and frame is None and (
                    named := _pronoun_doer(ctx, m.form, (a, b), m.start, paragraph)) is not None:
                return named  # "Latvia expelled the envoy on Monday. It downgraded relations on Tuesday."
    return None


def _targeted(ctx: Context, mentions: list[Mention], name: str, a: int, b: int) -> bool:
    """Whether the act's words after its verb aim it at `name` ("a simulated strike on Norway", "fired at Estonia")."""
    return any(m.name == name and a <= m.start < b and TARGET_BEFORE_RE.search(ctx.lower, max(a, m.start - 12), m.start)
               for m in mentions)


def _speakers_state(ctx: Context, frame: Frame) -> str | None:
    """The country a person speaker's role names ("Ethiopian Prime Minister X" -> Ethiopia), else None (never the person:
    the forces of a leader no state names, a rebel leader's fighters, are left unnamed)."""
    speaker = frame.speakers[0]
    if speaker.kind in ("entity", "body") and L.ENTITY_KINDS.get(speaker.name or "") == "country":
        return speaker.name  # "Defence Minister X of Chile said her navy had": the speaker read as the state
    if not P.person_speaker(speaker.kind, speaker.role):
        return None
    person = ctx.reg.persons.get(speaker.name or "")
    role = (person.role if person is not None else None) or speaker.role
    state = L.entity_named_in(role or "")
    return state if state is not None and L.ENTITY_KINDS.get(state) == "country" else None


def _object_of_verb(ctx: Context, a: int, m: Mention) -> bool:
    """Whether a state's name is the object of the past verb right before it (session 18: "suspended Qatar")."""
    verb = OBJECT_VERB_BEFORE_RE.search(ctx.masked, max(a, m.start - 20), m.start)
    return verb is not None and verb.group("verb") not in CLAUSE_VERBS and not SUBJECT_AFTER_RE.match(ctx.masked, m.end)


def _apposed_person(ctx: Context, mentions: list[Mention], m: Mention) -> str | None:
    """The person an office names in apposition right after it ("Spain's foreign minister, Ana Palacio,"), else None."""
    if m.kind not in ("body", "entity") or not P.person_speaker("", m.role) or not ctx.masked.startswith(", ", m.end):
        return None
    p = next((x for x in mentions if x.start == m.end + 2), None)
    if p is None or p.kind != "person" or not p.name or not ctx.masked.startswith(",", p.end):
        return None
    return p.name


def act_text(lower: str) -> str:
    """lower with the periods inside initialisms ("u.s.", "u.k.", "d.p.r.k.") and numbers ("4.5") made "_": trigger
    patterns stop at a sentence's periods ("[^.;:]"), never at an initialism's or a sum's. Same length, so every offset holds."""
    return INITIALISM_RE.sub(lambda m: m.group(0).replace(".", "_"), lower) if "." in lower else lower


def _with_decimals(lower: str, clause: tuple[int, int]) -> str:
    """lower with the decimal points act_text marked in the clause given back ("4_5" is "4.5" again)."""
    if DECIMAL_MARK_RE.search(lower, *clause) is None:
        return lower
    return lower[:clause[0]] + DECIMAL_MARK_RE.sub(".", lower[clause[0]:clause[1]]) + lower[clause[1]:]


def _act_context(ctx: Context) -> Context:
    """The context whose lower is act_text(lower), made once per excerpt (cached on the context)."""
    if ctx.act_lower is None:
        ctx.act_lower = act_text(ctx.lower)
    return ctx if ctx.act_lower == ctx.lower else replace(ctx, lower=ctx.act_lower)


def _predicate_quotes(ctx: Context, s: int, e: int) -> Context:
    """The context with the sentence's predicate quotes unmasked ('North Korea "launched a new-type ICBM" on
    Wednesday, KCNA said': the reporter's subject, the act in the source's words), else the context as it is.
    Never a quote after a speech or label word ("said", "called it", "as"), an article or "that", nor one
    in the first person: those are words said or named, not the act's predicate."""
    spans = [q for q in ctx.quotes_in(s, e) if s < q.open and q.close <= e and q.end - q.start <= PREDICATE_QUOTE_MAX
             and (w := QUOTE_LEAD_RE.search(ctx.masked, max(s, q.open - 30), q.open)) is not None
             and (w.group(1).lower() not in QUOTE_LEAD_STOP or ACT_ARTICLE_RE.search(ctx.lower, max(s, q.open - 40), q.open))
             and not w.group(1)[0].isdigit()
             and not FIRST_PERSON_RE.match(ctx.body, q.start)]
    if not spans:
        return ctx
    masked = list(ctx.masked)
    for q in spans:
        masked[q.start:q.end] = ctx.body[q.start:q.end]
    text = "".join(masked)
    lower = act_text(L.lowered(text))
    (g0, g1), (r0, r1) = L.all_hits(lower[s:e])
    return replace(ctx, masked=text, lower=lower, gate_starts=[p + s for p in g0],
                   gate_rest=[(end + s, k) for end, k in g1], rare_starts=[p + s for p in r0],
                   rare_rest=[(end + s, k) for end, k in r1])


# Session 25 (acts25): a noun of an act as the subject of a negated verb ("the drills would not delay the election on
# March 23", "the tests did not disrupt flights on Monday"): a day after it is that verb's, never the noun's.
NEGATED_AFTER_RE = re.compile(r"\s+(?:(?:would|will|could|can|did|does|do|should|must|may|might|had|has|have)\s+(?:not|never)"
                              r"|(?:would|will|could|did|does|do|should|had|has|have|ca|wo)n['’]t|cannot|never)\b")
# The last sentence's matches of each kind's [nominal] nouns: find_actions and nominal.py each read them.
_NOMINAL_SEEN: tuple[str | None, int, int, dict[str, list[re.Match[str]]]] = (None, 0, 0, {})


def nominal_hits(lower: str, kind: str, s: int, e: int) -> list[re.Match[str]]:
    """L.NOMINAL_TRIGGERS[kind].finditer(lower, s, e) as a list, remembered for the last lower[s:e] asked (the text
    compared by identity; one tuple read and replaced whole)."""
    global _NOMINAL_SEEN
    held = _NOMINAL_SEEN
    if not FAST.ON:
        return list(L.NOMINAL_TRIGGERS[kind].finditer(lower, s, e))
    if held[0] is not lower or held[1] != s or held[2] != e:
        held = _NOMINAL_SEEN = (lower, s, e, {})
    got = held[3].get(kind)
    if got is None:
        got = held[3][kind] = list(L.NOMINAL_TRIGGERS[kind].finditer(lower, s, e)) \
            if X.mask(lower, s, e) & NOMINAL_BITS[kind] else []
    return got


_NOT_OPEN: dict[str, bool] = {}  # word -> NOT_OPEN_RE.fullmatch(word) is not None


def _not_open(word: str) -> bool:
    """Whether an open verb is one that tells no act ([fallback] open_not_acts; remembered: the pattern is large, most
    sentences have such a verb and the verbs repeat)."""
    got = _NOT_OPEN.get(word)
    if got is None:
        got = _NOT_OPEN[word] = NOT_OPEN_RE is not None and NOT_OPEN_RE.fullmatch(word) is not None
        if len(_NOT_OPEN) > 100_000:  # any text: a bounded memo
            _NOT_OPEN.clear()
    return got


MANDATIVE_SUBJECT_RE = re.compile(r"(?:[\w'’.-]+\s+){1,6}")
THAT_BEFORE_RE = re.compile(r"\bthat\s*$")
# An act kept from happening: "blocked the Philippine flagship from arresting", "barred the ship from entering".
PREVENTED_BEFORE_RE = re.compile(r"\b(?:prevent|prevents|prevented|preventing|block|blocks|blocked|blocking|stop|stops|stopped"
                                 r"|stopping|bar|bars|barred|barring|deter|deterred|prohibit|prohibited|keep|kept)\b[^.;:,]{0,60}"
                                 r"\bfrom\s+$")
# A demand in reported words ("said Beijing must stop sending warships", "the West should first lift sanctions").
DEMAND_BEFORE_RE = re.compile(r"\b(?:must|should|ought to|needs? to|has to|have to)(?:\s+not|n['’]t)?\s+(?:be\s+)?"
                              r"(?:(?:first|now|immediately|also|still|\w+ly)\s+)?(?:(?:stop|cease|end|halt|quit)\s+)?$")
NOT_BARE = frozenset({"will", "would", "had", "has", "have", "did", "does", "could", "to", "not", "be", "was", "were"})


def _bare_verb(lower: str, frame: Frame, at: int) -> bool:
    """Whether the trigger at `at` opens with a bare verb right after its clause's subject in a demand's words."""
    if frame.content is None or not THAT_BEFORE_RE.search(lower, max(0, frame.content[0] - 8), frame.content[0]):
        return False  # only a "that" clause asks in the bare verb ("urged Xi in a video call to press Moscow": a call held)
    word = re.match(r"[a-z]+", lower[at:])
    before = lower[frame.content[0]:at].split()
    return word is not None and not word.group(0).endswith(("ed", "s")) and word.group(0) not in A.past_forms() \
        and bool(before) \
        and before[-1] not in NOT_BARE and MANDATIVE_SUBJECT_RE.fullmatch(lower, frame.content[0], at) is not None


def find_actions(ctx: Context, s: int, e: int, mentions: list[Mention], frames: list[Frame],
             dates: list[DateMention], via: str | None, paragraph: int) -> list[Draft]:
    plain = ctx.lower  # the subject tests below read the words as written ("No U.S. troops were killed")
    ctx = _predicate_quotes(_act_context(ctx), s, e)
    text = ctx.masked
    out: list[Draft] = []
    taken: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    drafts: list[Draft] = []  # the draft of each taken trigger, in step with taken
    spans: list[tuple[int, int]] | None = None  # computed only when a trigger fires
    that_spans: set[tuple[int, int]] = set()  # the restrictive "that"-clauses among them (thatholes.py)
    gated = ctx.kinds_in(s, e)
    ids = L.in_story(ctx.rare_in(s, e), ctx.lower)
    rare = L.rare_patterns(ids) if ids else {}
    judged_any: bool | None = None  # JUDGED_ANY_RE in the sentence, read on first need
    needs = X.mask(ctx.lower, s, e) if FAST.ON else -1  # the act patterns whose required strings the sentence holds
    for kind, source in KIND_SOURCES:
        if source == "military":
            hits = [(m, source) for m in F.military_verbs(ctx.lower, s, e) if not N.speech_phrase_at(ctx.lower, m.start())]
        elif source == "forces":
            # never a capitalised name read as a participle ("Danish MP Per Jorgensen said Denmark should send a warship to")
            hits = [(m, source) for m in F.forces_moved(ctx.lower, s, e)
                    if m.start("verb") == s or not ctx.masked[m.start("verb")].isupper()]
        elif source == "open":
            # "was deregistered by Panama": a verb right before "by" only as a passive with its agent named.
            hits = [(m, source) for m in OPEN_VERB_RE.finditer(ctx.lower, s, e)
                    if not _not_open(m.group(0)) and not A.is_reporting(m.group(0)) and not N.speech_phrase_at(ctx.lower, m.start())
                    and not (BY_NEXT_RE.match(ctx.lower, m.end()) and not _passive_agent(ctx, mentions, m, s, e))]
        elif source in GENERIC_SOURCES:  # "Maduro ordered PDVSA to ...": only where no kind above read the clause
            key = "other" if source == "fallback" else source
            hits = [(m, source) for m in L.FALLBACK_TRIGGERS[key].finditer(ctx.lower, s, e)] \
                if key in L.FALLBACK_TRIGGERS and needs & FALLBACK_BITS[key] else []
        elif kind not in gated and kind not in rare and not (
                kind == "ship_movement" and (any(b.lower() in ctx.lower[s:e] for b in (*ctx.ships, *ctx.typed_ships))
                                              or _ship_before(ctx, s))):
            continue
        else:
            hits = [(m, "") for m in L.TRIGGERS[kind].finditer(ctx.lower, s, e)] \
                if (kind in gated or kind == "ship_movement") and needs & TRIGGER_BITS[kind] else []
        if source not in GENERIC_SOURCES:
            # The rarer forms whose own words are here, in text order with the common ones; at one start the longer
            # first ("Talks between X are set to resume" is the plan told, not the bare "talks between").
            if kind in rare:
                # hits so far come from one pattern's finditer, in text order already (no trigger matches empty:
                # tests/timeline/test_speed_session18.py), so they are sorted again only when a rare form adds some
                # (session 18: 1 form in 70 tried finds one)
                extra = [(m, "") for p in rare[kind] for m in p.finditer(ctx.lower, s, e)]
                if extra:
                    hits = sorted(hits + extra, key=lambda h: (h[0].start(), -h[0].end()))
            if kind in L.NOMINAL_TRIGGERS and not dates and kind in JUDGED_KINDS and judged_any is None:
                judged_any = bool(fresh_mask(ctx.keys, ctx.lower, s, e) & G_JUDGED_ANY) and JUDGED_ANY_RE.search(
                    ctx.lower, s, e) is not None  # once a sentence, not once a kind
            if kind in L.NOMINAL_TRIGGERS and (dates or kind in JUDGED_KINDS and judged_any):
                # a noun phrase is an event only with its own date, or named as what a reaction judges
                hits += [(m, "nominal") for m in nominal_hits(ctx.lower, kind, s, e)]
            # A visit: only a person's ("Blinken arrived in Baku"), and only with a gate word of its own (a rare
            # meeting form elsewhere in the sentence does not make "to ... land in Minsk" a visit).
            if kind in L.VISIT_TRIGGERS and kind in gated and needs & VISIT_BITS[kind]:
                hits += [(m, "visit") for m in L.VISIT_TRIGGERS[kind].finditer(ctx.lower, s, e)]
        for m, how in hits:
            if GENERIC_BEFORE_RE.search(ctx.lower, max(s, m.start() - 12), m.start()) and PRESENT_RE.match(ctx.lower, m.start()):
                continue  # "air power alone rarely topples a government": what tends to happen, no act (session 11)
            if kind in ("missile_test", "nuclear_test") and TOPIC_BEFORE_RE.search(ctx.lower, max(s, m.start() - 20), m.start()):
                continue  # "an emergency meeting on the launch on Wednesday", "protested over the test": a topic (session 11)
            if kind == "military_exercise" and N.watched(ctx.lower, s, m.start()):
                continue  # "Putin watched the Zapad drills on Monday": the watcher's act (triggers.toml [[rare]]), no drills of his (session 13)
            if K.all_of_kind(ctx.lower, s, m.start()):
                continue  # "bar the North from any launch using ballistic missile technology": a rule, no act (session 12)
            if source in GENERIC_SOURCES and any(f.verb_start <= m.start() and m.end() <= f.verb_end for f in frames):
                # "The intelligence community concluded in October that ...", "Washington brushed off the gesture": a
                # generic act verb that is all a frame's verb of speech tells no act ("swore in" runs past "swore") (session 13)
                continue
            nominal = how == "nominal"
            shared = _shared_subject(ctx, taken, drafts, s, e, m.start()) if how in ("subject", "open") else None
            agented = how == "open" and _passive_agent(ctx, mentions, m, s, e)
            if FAST.ON and how == "open" and not agented and (any(f.content and f.content[0] <= m.start() < f.content[1] for f in frames)
                                                  or WORDS_OBJECT_RE.match(ctx.lower, m.end())):
                continue  # skipped below whatever its subject (reported words, "traded barbs"): no subject search for it
            # The subject is looked for up to 80 characters back, 200 across an aside set off by commas.
            reach = 200 if ctx.lower.count(",", max(s, m.start() - 200), m.start()) >= 2 else 80
            if how in ("subject", "open") and shared is None and not agented and A.subject_before(
                    ctx.lower, [sp for sp, _ in _subjects(ctx, mentions, max(s, m.start() - reach), m.start())],
                    s, m.start(), aside=True, timed=how in ("subject", "open")) is None:
                continue  # no name right before the verb: the sentence's clauses are never cut for it
            if spans is None:
                spans = A.clauses(text, s, e)
                that_spans = set(that_holes(text, s, e))
            clause = next((c for c in spans if c[0] <= m.start() < c[1]), (s, e))
            if clause in that_spans and not any(clause[0] <= d.start < clause[1] for d in dates):
                continue  # "a helicopter that had taken off from the frigate crashed": the subject's background (session 14)
            subject = head = None
            if how in ("military", "forces") and F.hedged(ctx.lower, clause[0], m.start()):
                continue  # "said the militants may have retreated": a guess or a denial, no act told
            # "a day after soldiers took the palace": a time clause's own force acts (session 18), in the reporter's
            # words or words told first ("..., a day after soldiers took the palace, officials said"), never after a
            # verb of speech (the reported act's background: "said X fled after jets scrambled").
            timed_at = time_clause_subject(ctx.lower, clause[0]) if how == "military" and not any(
                f.verb_start < clause[0] and f.content and f.content[0] < clause[0] for f in frames) else None
            if how == "military" and (MILITARY_SUBORDINATE_RE.match(ctx.lower, clause[0]) and timed_at is None or (
                    head := F.military_subject(ctx.lower, timed_at or A.subject_scope(ctx.lower, clause[0], m.start()), m,
                                               clause[1], s, text)) is None):
                continue  # "Two Russian jets approached the drone": a force's own act, in a main, "when" or "that" clause
            if how == "subject":
                reported = any(f.content and f.content[0] <= m.start() < f.content[1] for f in frames)
                subject = shared if shared is not None else _subject_of(ctx, mentions, clause, m.start(), paragraph, reported,
                                                                        _own_day(dates, clause))
                if subject is None:
                    continue
            if how == "open" and agented and not (any(f.content and f.content[0] <= m.start() < f.content[1] for f in frames)
                                                  or SUBORDINATE_RE.match(ctx.lower, clause[0])
                                                  or HABITUAL_RE.search(ctx.lower, max(clause[0], m.start() - 25), m.start())):
                pass  # "The freighter was impounded by port authorities": the agent's act, the thing no doer
            elif how == "open" and (any(f.content and f.content[0] <= m.start() < f.content[1] for f in frames)
                                  or WORDS_OBJECT_RE.match(ctx.lower, m.end())  # "have traded barbs": words, no deed
                                  or REDUCED_RELATIVE_RE.match(ctx.masked, m.end(), clause[1])  # as written: "in May"
                                  or PASSIVE_AUX_BEFORE_RE.search(ctx.lower, max(clause[0], m.start() - 30), m.start())
                                  or HABITUAL_RE.search(ctx.lower, max(clause[0], m.start() - 25), min(clause[1], m.end() + 25))
                                  or (subject := shared if shared is not None else _subject_of(
                                      ctx, mentions, clause, m.start(), paragraph, own_day=_own_day(dates, clause))) is None
                                  or not subject and shared is None and not _acting_body(ctx, clause, m.start())):
                continue  # a named subject's own act in the reporter's words, never reported words or a passive
            # "announced sanctions ..., expelling 10 diplomats": a second measure in a participle is its own.
            measure = kind in ("sanction", "other") and PARTICIPLE_MEASURE_RE.match(
                ctx.lower, max(clause[0], m.start() - 2)) is not None
            answer = next((i for i, (c, (t0, _), k) in enumerate(taken) if c == clause and k == "other"
                           and kind != "other" and ctx.lower.startswith("retaliat", t0)
                           and RETALIATED_BY_RE.match(ctx.lower, t0, m.end())), None)
            if answer is None and kind == "sanction":  # "Japan's curbs on exports to X took effect": the curb's start (session 14)
                answer = next((i for i, (c, (t0, t1), k) in enumerate(taken) if c == clause and k == "other"
                               and m.start() < t0 and t1 <= m.end() and TAKES_EFFECT_RE.match(ctx.lower, t0)), None)
            if answer is not None:  # "retaliated on 17 March by expelling 23 diplomats": the answer is that measure
                drafts[answer].kind = kind
                taken[answer] = (taken[answer][0], taken[answer][1], kind)
                continue
            # "shot down three cruise missiles and several drones launched by X": the interception is told beside the
            # launch its object's participle tells (session 12).
            stopped = kind == "other" and any(c == clause and k == "missile_test" and t0 > m.start()
                                              and K.intercepted_weapon(ctx.lower, m.start(), t0)
                                              for c, (t0, _), k in taken)
            if not stopped and any(c == clause and ((k == kind or kind == "other") and not measure or (
                    kind == "deployment" and k in CROWDS_OUT_DEPLOYMENT)) for c, _, k in taken):
                continue
            if any(t0 < m.end() and m.start() < t1 for _, (t0, t1), _ in taken):
                continue
            if A.is_proposal(ctx.lower, clause[0], m.start()) and not (
                    kind == "meeting" and (ADDRESSEE_BEFORE_RE.search(text, max(s, m.start() - 80), m.start())
                                           or CALL_WITH_PARTY_RE.match(ctx.lower, m.start()))):
                continue  # "called for talks"; but "proposed to X in a phone call", "urged ... in a call with Y" were calls held
            if kind == "meeting" and (_setting_of_statement(ctx, frames, m) or N.speech_setting(ctx.lower, s, m.start())):
                continue  # "said on arrival at a summit", "speaking at his party's group meeting": the words' setting
            frame = next((f for f in frames if f.content and f.content[0] <= m.start() < f.content[1]), None)
            if frame is not None and frame.verb in L.MANDATIVE_VERBS and _bare_verb(ctx.lower, frame, m.start()):
                continue  # "demanded that France withdraw its troops": the act asked for, not told (session 12)
            if PREVENTED_BEFORE_RE.search(ctx.lower, max(s, m.start() - 90), m.start()):
                continue  # "blocked the flagship from arresting the fishermen": an act kept from happening (session 12)
            if DEMAND_BEFORE_RE.search(ctx.lower, max(clause[0], m.start() - 40), m.start()):
                continue  # "adding that the West must first lift sanctions": a demand, no act told (session 12)
            scope = frame.content if frame and frame.content else clause
            a, b = max(clause[0], scope[0]), min(clause[1], scope[1])
            # Reported words first ("said Monday NK tested ... on Sunday"), then the rest of the clause.
            own = current_dates(ctx, dates, s)  # "originally due to end on 7 August" is no date of what happened
            # Words a statement reports take only a phrase of their own, never the frame's ("X accused
            # Moscow on Wednesday of ..., in which Russia said a jet dropped bombs").
            mention = closest(own, a, b, m.start()) or (
                closest(own, clause[0], clause[1], m.start()) if frame is None else None)
            if mention is None and not nominal:
                mention = _lead_date(text, own, s, frame, clause, frames, m.start()) or _shared_date(
                    ctx, own, spans, clause, frame)
            if nominal and mention is None and kind == "meeting" and HELD_AFTER_RE.match(ctx.lower, m.end(), e):
                mention = closest(own, m.end(), min(e, m.end() + VOYAGE_REACH), m.end())  # ", held in X on Thursday"
            if how == "open" and mention is not None and not (mention.kind == "relative" and day_level(mention)):
                mention = None  # an open verb's act takes only a weekday or "yesterday" of its own, never a modifier or trap
            if nominal and SINCE_BEFORE_RE.search(ctx.lower, max(s, m.start() - 24), m.start()):
                continue  # "since the invasion": background, not this story's act
            if nominal and TN.topic_before(ctx.lower, s, m.start()):
                continue  # "Fears of an attack grew on Monday": a matter feared or talked of, no act (session 17)
            if UA.no_deed(ctx.lower, kind, s, m, frame is not None and mention is None):
                continue  # "was left burning", "the right of ships to sail", "where troops are based": no deed (session 18)
            if UA.untold(ctx.lower, clause[0], a if a <= m.start() else clause[0], m):
                continue  # "unless Russia destroyed the missile", "trust ... was damaged", "often patrol": no deed (session 19)
            if kind in ("deployment", "ship_movement") and UA.force_refused(
                    ctx.lower, m.start("verb") if "verb" in m.re.groupindex else m.start(), e):
                continue  # "said Britain would not send warships into the Gulf": no act ahead, unless told with a condition (s26)
            if kind in ("ship_movement", "meeting") and UA.tally(ctx.lower, m.end()):
                continue  # "have called at Ceuta more than 60 times": a voyage's history, no act of this story (session 23)
            if nominal and kind == "other" and CIVIL_NOUN_RE.search(m.group(0)) and NP_AFTER_PREPOSITION_RE.search(
                    ctx.lower, max(s, m.start() - 40), m.start()):
                continue  # "Forty-eight hours after the election on Sunday": a civil noun told as a time or topic
            if nominal and kind == "other" and ctx.lower.startswith("protest", m.start()) \
                    and SPOKEN_PROTEST_RE.search(ctx.lower, max(s, m.start() - 24), m.start()):
                continue  # "handed him a strongly worded protest on Monday": words, the statement's (session 25)
            if nominal and mention is not None and not (0 <= mention.start - m.end() <= (
                    VOYAGE_REACH if kind == "ship_movement" or kind == "meeting" and HELD_AFTER_RE.match(
                        ctx.lower, m.end(), mention.start) else NOMINAL_REACH)
                                                        or 0 <= m.start() - mention.end <= 12
                                                        or NOMINAL_REACH < mention.start - m.end() <= VOYAGE_REACH
                                                        and OBJECT_AGENT_GAP_RE.fullmatch(ctx.lower, m.end(), mention.start)):
                mention = None  # "protested on Monday over the attack": that day is the protest's
            if nominal and mention is not None and NEGATED_AFTER_RE.match(ctx.lower, m.end()):
                mention = None  # "the drills would not delay the election on March 23": the day is the negated verb's (session 25)
            if mention is None and not nominal and SINCE_RE.match(ctx.lower, clause[0]):
                continue  # "since Russia invaded Ukraine": background with no day of its own
            if kind == "military_exercise" and K.no_exercise(ctx.lower, max(s, m.start()), m.end(),
                                                             mention is not None and day_level(mention, kind)):
                continue  # "has held regular evacuation drills": civil drills or a habit, no exercise (session 12)
            if (mention is None or not day_level(mention, kind)) and N.judged_after(ctx.lower, m, e):
                continue  # "the drills were purely defensive" (but "Sunday's test was the most powerful"): none told (session 13)
            judged = False
            if nominal and (mention is None or not day_level(mention, kind)):
                if not (kind in JUDGED_KINDS and _judged_act(ctx, s, m)):
                    continue  # "Russia's invasion in February 2022": background, not this story's act
                mention, judged = None, True  # "Beijing condemned the arrest of two nationals": the act judged, its day untold
            # The ship may be the subject before the clause ("HMS X, which docked last week").
            if kind == "ship_movement" and L.SHIP_REQUIRED and not (
                    L.SHIP_TYPE_RE.search(ctx.lower, s, clause[1])
                    or L.SHIP_NAME_RE.search(text, s, clause[1])
                    or any(bare in text[s:clause[1]] for bare in (*ctx.ships, *ctx.typed_ships))
                    or clause[0] == s and _ship_before(ctx, s)
                    or PATROL_RE.match(ctx.lower, m.start()) and NAVAL_RE.search(ctx.lower, s, m.start())):
                continue  # "It arrived in Gibraltar": the ship named before may be the subject
            if kind == "other" and CROSS_INTO_RE.match(ctx.lower, m.start()) and L.UNIT_RE.search(text, s, m.start()):
                continue  # "Russian troops crossed into Ukraine": forces moved are a deployment (triggers.toml)
            if kind == "other" and MOVED_TO_RE.match(ctx.lower, m.start()) and L.UNIT_RE.search(
                    text, max(clause[0], m.start() - 60), m.start()) and not CAPTIVE_RE.search(
                    ctx.lower, max(clause[0], m.start() - 60), m.start()):
                continue  # "a squadron of helicopters was moved to Ceuta": forces moved are a deployment (session 15)
            if kind == "other" and ctx.lower.startswith("fl", m.start()) and MISSILE_BEFORE_RE.search(
                    ctx.lower, max(s, m.start() - 60), m.start()):
                continue  # "a ballistic missile that flew over Hokkaido": the missile's flight, not an overflight
            if kind == "ship_movement" and SENT_RE.match(ctx.lower, m.start()) and _air_or_land(ctx, m.end(), clause[1]) \
                    and L.TRIGGERS["deployment"].match(ctx.lower, m.start()):
                continue  # "sent four jets and a destroyer to Estonia": a deployment, not a ship's voyage
            if kind == "ship_movement" and F.backed_force(ctx.lower, clause[0], m.start()):
                continue  # "soldiers supported by ... a landing ship moved into Honiara": the force's deployment (s28)
            # Evidence and attributes come from the clause, less the frame that reports it.
            words = (a, b) if b - a > 2 and a <= m.start() < b else clause
            if _bare(ctx, words):
                continue
            same = _same_incident(ctx, kind, clause, taken)
            if same is not None:  # "four sailors were hurt when a ship fired water cannon": one incident
                drafts[same].end = max(drafts[same].end, A.trim(ctx.body, *clause)[1])
                if drafts[same].actor is None:  # the harm's doer is the one who fired
                    drafts[same].actor = _action(ctx, kind, m.start(), m.end(), words, frame, mentions, dates,
                                              mention, via, s, paragraph).actor
                continue
            if NO_SUBJECT_RE.match(plain, A.trim(plain, clause[0], m.start())[0], m.start()):
                continue  # "None of the missiles was intercepted", "no Americans had been hurt", "denied any shots had been fired"
            if UA.NOBODY_BEFORE_RE.search(plain, max(s, m.start() - 30), m.start()):
                continue  # "denied that anyone had been hurt": an act with no one to suffer or do it (session 13)
            if COUNTERFACTUAL_RE.search(ctx.lower, max(clause[0], m.start() - 30), m.start()):
                continue  # "the freighter ought to have been intercepted": what did not happen
            if UA.demanded_after(ctx.lower, m.end()):
                continue  # '"Enormous retaliation" should be made against any provocation': an act asked for, none told (session 13)
            if WOULD_AFTER_RE.match(ctx.lower, m.end()):
                continue  # "a summit would help ease tensions": a noun with a modal after it, nothing done
            if kind == "meeting" and CALLED_OFF_RE.search(ctx.lower, clause[0], m.start()):
                continue  # "called off a visit to Berlin": the cancelling is the act, no meeting
            if kind == "meeting" and HALTED_BEFORE_RE.search(ctx.lower, max(clause[0], m.start() - 50), m.start()):
                continue  # "cut off military talks with Washington": the talks are set aside, no meeting
            if NOT_PLANNED_BEFORE_RE.search(ctx.lower, max(clause[0], m.start() - 40), m.start()):
                continue  # "has no plans to meet his Russian counterpart": nothing done or set
            if kind == "meeting" and CHANCE_OF_BEFORE_RE.search(ctx.lower, max(clause[0], m.start() - 50), m.start()):
                continue  # "no plans for a meeting between the two leaders", "the chances of talks": nothing held or set
            if kind == "meeting" and HYPOTHETICAL_AFTER_RE.search(ctx.lower, m.end(), clause[1]):
                continue  # "a summit remains possible", "talks look unlikely": no meeting held or set
            # A pattern's capturing group is where its act's verb starts ("Both embassies (were closed)"): the thing
            # acted on is never the doer.
            verb = m.start(1) if m.re.groups and m.start(1) >= 0 else m.start()
            draft = _action(ctx, kind, verb, m.end(), words, frame, mentions, dates, mention, via, s, paragraph,
                            nominal)
            if head is not None:
                draft.kind = F.military_kind(ctx.lower, head, m)
            if draft.actor is None and (carried := _carried_doer(ctx, taken, drafts, words, verb, s, frame)) is not None:
                draft.actor = carried  # session 18: "stormed the palace after firing warning shots": the same doer's
                draft.summary = A.summary(carried, "", ctx.body[verb:words[1]])
            if judged and draft.modality == "denied":
                draft.modality, draft.polarity = "reported_claim", "positive"  # "rejected the dissolution of parliament"
            if subject and draft.actor is None and not PASSIVE_START_RE.match(ctx.lower, m.start()):
                # "Netanyahu was sworn in": the subject's own act ("X was jailed" is done to X: no doer named)
                person = ctx.reg.persons.get(subject)
                draft.actor, draft.role = subject, person.role if person else None
                draft.summary = A.summary(subject, "", ctx.body[m.start():clause[1]])
            if kind == "other" and ctx.lower.startswith("vot", m.start()) and COUNCIL_RE.search(text, s, m.start()) \
                    and (draft.tense == "future" or draft.modality in ("planned", "expected")):
                draft.kind = "meeting"  # "the Security Council is expected to vote on Thursday": a sitting; a vote held is an act
            if kind == "other" and F.force_landed(ctx.lower, clause[0], m.start()):
                draft.kind = "deployment"  # "paratroopers touched down at Lungi airport": forces put there (session 27)
            if kind == "other" and ctx.lower.startswith("cross", m.start()) and (
                    L.SHIP_TYPE_RE.search(ctx.lower, clause[0], m.start()) or L.SHIP_NAME_RE.search(text, clause[0], m.start())):
                draft.kind = "ship_movement"  # "the three ships crossed the state border": a ship's crossing is its voyage
            if kind == "other" and _foreign_mission(ctx, mentions, m.start(), draft.actor, paragraph):
                draft.kind = "sanction"  # "closed the Russian consulate in Seattle": a measure against Russia's mission
            if kind == "other" and FONOP_RE.search(ctx.lower, m.start(), m.end()):
                draft.kind = "ship_movement"  # "carried out a freedom-of-navigation operation": a ship's passage
            if kind == "ship_movement" and ctx.lower.startswith("intercept", m.start()):
                draft.kind = "other"  # "the navy intercepted a boat": an interception, as the air's are
            if kind == "ship_movement" and (SENT_RE.match(ctx.lower, m.start()) and REINFORCE_RE.search(
                    ctx.lower, m.end(), clause[1]) or JOINED_FORCE_RE.match(ctx.lower, m.start())):
                draft.kind = "deployment"  # "will send the frigate X to the Baltic to reinforce the patrol"
            if kind == "meeting" and how != "visit" and draft.actor not in ctx.reg.persons and (
                    named := _traveller(ctx, mentions, s, verb)) is not None:
                # "Rafael Grossi, head of the IAEA, arrived in Tehran for talks": the person named as the subject.
                draft.actor, draft.role = named, None
                draft.summary = A.summary(named, "", ctx.body[verb:clause[1]])
            if how == "visit" and draft.actor not in ctx.reg.persons:
                # "U.S. House Speaker Nancy Pelosi left the island": the traveller is the person, not the state named first.
                draft.actor = next((r.name for mm in reversed(mentions) if clause[0] <= mm.start and mm.end <= m.start()
                                    and mm.kind in ("person", "title") and (r := resolve_mention(mm, ctx.reg, paragraph))
                                    is not None and r.name in ctx.reg.persons), None)
                if draft.actor is None and (named := _traveller(ctx, mentions, s, m.start())) is not None:
                    draft.actor, draft.role = named, None  # "after Nancy Pelosi, the Speaker of the House, landed"
                    draft.summary = A.summary(named, "", ctx.body[m.start():clause[1]])
                    draft.participants = [n for n in draft.participants if n != named]
                elif draft.actor is None:
                    office = _office_holder(ctx, mentions, clause, m.start())
                    if office is None:
                        continue
                    # "Jordan's foreign minister flew to Damascus": an office-holder unnamed travels for the state.
                    draft.actor, draft.role = office.name, office.role
                    draft.summary = A.summary(draft.actor, "", ctx.body[m.start():clause[1]])
                else:
                    person = ctx.reg.persons[draft.actor]
                    draft.role, draft.summary = person.role, A.summary(draft.actor, "", ctx.body[m.start():clause[1]])
            if measure:
                draft.start = m.start()
            taken.append((clause, (m.start(), m.end()), kind))
            drafts.append(draft)
            out.append(draft)
            if (kind == "meeting" or MUTUAL_RE.match(ctx.lower, m.start())) and not nominal:
                other = _second_party(ctx, mentions, draft, words, m.start(), m.end(), paragraph)
                if other is not None:  # "X and Y met", "talks with his counterpart Y": Y met too
                    out.append(other)
    return out


def _foreign_mission(ctx: Context, mentions: list[Mention], t0: int, actor: str | None, paragraph: int) -> bool:
    """Whether the closure at t0 shuts another state's consulate or embassy (named by a state other than the actor)."""
    found = MISSION_CLOSED_RE.match(ctx.masked, t0) if actor else None
    if found is None:
        return False
    a, b = found.span("who")
    return any(a <= mm.start < b and mm.kind in ACTOR_KINDS and (r := resolve_mention(mm, ctx.reg, paragraph)) is not None
               and r.name and r.name != actor for mm in mentions)


def _second_party(ctx: Context, mentions: list[Mention], draft: Draft, words: tuple[int, int], t0: int, t1: int,
                  paragraph: int) -> Draft | None:
    """The meeting (or exchange of fire) as the other named party's: a person (a state) joined to the actor
    by "and" before the verb ("Japarov and Rahmon are due to meet", "Thai and Cambodian troops traded fire"),
    or the counterpart named after "with" ("a call with his Kyrgyz counterpart Japarov"); its evidence starts
    at that name, so it is an event of its own."""
    people = draft.kind == "meeting"  # a meeting's parties are people; "X and Y troops traded fire" states
    if draft.actor is None or (people and draft.actor not in ctx.reg.persons):
        return None
    for m in mentions:
        if not (words[0] <= m.start < words[1]) or m.kind not in (
                ("person", "title") if people else ("entity", "demonym", "body")):
            continue
        r = resolve_mention(m, ctx.reg, paragraph)
        if r is None or not r.name or r.name == draft.actor or (people and r.name not in ctx.reg.persons):
            continue
        if not people and m.start >= t0:
            continue  # "clashed with Tajik forces": the other side of a one-sided report is no doer
        joined = m.end <= t0 and AND_BEFORE_RE.search(ctx.masked, max(words[0], m.start - 60), m.start)
        counterpart = m.start >= t1 and (COUNTERPART_BEFORE_RE.search(ctx.lower, max(t1, m.start - 60), m.start) or (
            "counterpart" in ctx.lower[m.start:m.end] and WITH_BEFORE_RE.search(ctx.lower, max(t1, m.start - 8), m.start)))
        if not (joined or counterpart):
            continue
        start = m.start if joined or not isinstance(counterpart, re.Match) else counterpart.start()
        start, end = A.trim(ctx.body, start, draft.end)
        if end - start < 8 or (start, end) == (draft.start, draft.end):
            return None
        person = ctx.reg.persons.get(r.name)
        return replace(draft, start=start, end=end, actor=r.name, role=person.role if person else None,
                       participants=[draft.actor, *[n for n in draft.participants if n != r.name]],
                       summary=A.summary(r.name, "", ctx.body[t0:draft.end]))
    return None


def _air_or_land(ctx: Context, a: int, b: int) -> bool:
    """Whether aircraft or ground units are among the things sent (a ship word inside a unit name is not)."""
    hulls = [(h.start(), h.end()) for h in L.SHIP_TYPE_RE.finditer(ctx.lower, a, b)]
    return any(not any(h0 <= u.start() < h1 for h0, h1 in hulls)
               for u in (*L.UNIT_RE.finditer(ctx.masked, a, b), *L.WEAPON_RE.finditer(ctx.masked, a, b)))


def day_level(mention: DateMention, kind: str = "") -> bool:
    """A phrase that names a day or a week ("on Friday", "Tuesday's", "on 4 March"), not a month or year;
    for a buildup a recent stretch too ("a troop buildup in recent weeks" is this story's, not background)."""
    if kind == "deployment" and mention.kind == "vague":
        return True
    if mention.kind not in ("relative", "anaphoric", "absolute"):
        return False
    if DAY_NUMBER_RE.search(mention.phrase):
        return True
    return mention.kind != "absolute" and not MONTH_OR_YEAR_RE.search(mention.phrase)


def _shared_date(ctx: Context, dates: list[DateMention], spans: list[tuple[int, int]], clause: tuple[int, int],
                 frame: Frame | None) -> DateMention | None:
    """The date of the clause before, for a clause that shares its time: "approached the post yesterday
    and opened fire" (the same subject goes on), "The fighting began on 28 April, when X traded fire",
    "the March 23 incident, in which four were hurt" (the day right before "in which")."""
    which = IN_WHICH_RE.match(ctx.lower, clause[0]) is not None
    # ", seized 3 tonnes of X", ", declared a state of emergency": a series predicate (session 16, other16 and clause16)
    series = A.SERIES_RE.match(ctx.lower, clause[0]) is not None
    if not (which or series or SHARED_AND_RE.match(ctx.lower, clause[0]) or WHEN_AS_RE.match(ctx.lower, clause[0])):
        return _date_after(ctx.masked, dates, spans, clause, frame) if SHARED_AND_RE.match(ctx.lower, clause[1]) else None
    prev = next((c for c in spans if c[1] == clause[0]), None)
    if prev is None or (frame is not None and frame.content and not frame.content[0] <= prev[0]):
        return None  # never a phrase from outside the words a statement reports
    dated = [d for d in dates if d.kind != "modifier"]
    if which:  # "the March 23 incident, in which crew were injured": the day of the noun it describes
        return closest(dated, max(prev[0], clause[0] - NOMINAL_REACH), clause[0], clause[0])
    got = closest(dated, prev[0], prev[1], clause[0])
    # "boarded two dhows on Friday, seized 3 tonnes of X and detained the crews", "accepted X the same day, declared a
    # state of emergency and took over": back through the series' undated predicates to the one that names the time
    # (session 16)
    for _ in range(3):
        if got is not None or not (A.SERIES_RE.match(ctx.lower, prev[0]) or SHARED_AND_RE.match(ctx.lower, prev[0])):
            break
        prev = next((c for c in spans if c[1] == prev[0]), None)
        if prev is None or (frame is not None and frame.content and not frame.content[0] <= prev[0]):
            return None
        got = closest(dated, prev[0], prev[1], clause[0])
    return got


def _date_after(text: str, dates: list[DateMention], spans: list[tuple[int, int]], clause: tuple[int, int],
                frame: Frame | None) -> DateMention | None:
    """The date of an "and <verb>ed" clause right after, for the act before it: "boarded two boats and
    detained the crew on Sunday" (one subject, one time)."""
    after = next((c for c in spans if c[0] == clause[1]), None)
    if after is None:
        return None
    end = after[1]
    if frame is not None and frame.content:
        if frame.content[1] <= frame.verb_start and after[0] < frame.verb_start:
            # words told first, before ", X said": the predicate after "and" is told by the same attribution, though the
            # frame's words end at its "and" ("cleared the island and closed the lanes on Monday, the paper reported";
            # session 25), up to the attribution's comma (", the ministry on Sunday said": that day is the saying's)
            comma = text.rfind(",", after[0], frame.verb_start)
            end = min(end, comma if comma > after[0] else frame.verb_start)
        elif not after[1] <= frame.content[1]:
            return None  # never a phrase from outside the words a statement reports
    return closest([d for d in dates if d.kind != "modifier"], after[0], end, after[0])


def _lead_date(text: str, dates: list[DateMention], s: int, frame: Frame | None, clause: tuple[int, int],
               frames: list[Frame], at: int) -> DateMention | None:
    """A phrase opening the sentence before a comma ("On Wednesday, a ship fired shots and a jet dropped
    bombs") scopes over every main clause after it, within the same reported words; not over a
    subordinate clause ("after the destroyer violated"), nor past a speech verb ("A day earlier,
    the ministry said ... and had blocked": the phrase is the statement's)."""
    if SUBORDINATE_RE.match(text, clause[0]) or any(f.verb_start < at for f in frames):
        return None
    ahead = [d for d in dates if d.start >= s]
    if ahead and ahead[0].kind == "dateline":  # "MOSCOW, June 23 (Reuters) - On Wednesday, ..."
        tail = DATELINE_TAIL_RE.match(text, ahead[0].end)
        s = tail.end() if tail else ahead[0].end
        ahead = ahead[1:]
    lead = ahead[0] if ahead else None
    if lead is None or lead.kind == "modifier" or text[s:lead.start].strip(" \t\"“‘'") \
            or not LEAD_COMMA_RE.match(text, lead.end):
        return None
    if frame is not None and not (frame.content and frame.content[0] <= lead.start < frame.content[1]):
        return None
    return lead


EMBARGO_KINDS = frozenset({"sanction", "deployment", "ship_movement"})  # the readings an arms refusal may get first


def _action(ctx: Context, kind: str, t0: int, t1: int, clause: tuple[int, int], frame: Frame | None,
            mentions: list[Mention], dates: list[DateMention], mention: DateMention | None,
            via: str | None, s: int, paragraph: int, nominal: bool = False) -> Draft:
    text = ctx.masked
    start, end = A.trim(ctx.body, clause[0], clause[1])
    if (rel := RELATIVE_LEAD_RE.search(ctx.lower, max(clause[0], start - 8), start)) is not None:
        start = rel.start()  # "which Turkey sent into waters ...": the clause whole, with its pronoun
    objects = A.objects_of(text, ctx.lower, clause[0], clause[1], ctx.ships)
    ship = None
    if kind == "ship_movement":
        # The ship named before the clause is the one that moves ("the USS X ..., and is expected to join").
        before = A.objects_of(text, ctx.lower, s, clause[0], ctx.ships)
        objects = list(dict.fromkeys([o for o in before if o.split()[0] in L.SHIP_PREFIXES] + objects))
        if not any(o.split()[0] in L.SHIP_PREFIXES for o in objects) and ctx.ships and SHIP_REFERENCE_RE.search(
                ctx.lower, s, clause[1]):
            objects.insert(0, list(ctx.ships.values())[-1])  # "the destroyer": the last ship named
        ship = next((L.SHIP_PREFIXES[o.split()[0]] for o in objects if o.split()[0] in L.SHIP_PREFIXES), None)
    by_agent = ctx.lower.endswith(" by", t0, t1)  # "a drone launched by the rebels"
    # "Sanctions were imposed by the EU": a passive trigger with its agent right after it.
    passive_by = PASSIVE_END_RE.search(ctx.lower, t0, t1) is not None and BY_AGENT_RE.match(ctx.lower, t1)
    # Not a progressive ("is attacking", "has been firing"): that is the subject acting.
    passive_aux = PASSIVE_AUX_BEFORE_RE.search(ctx.lower, max(clause[0], t0 - 30), t0) is not None \
        and not ctx.lower[t0:t1].split(" ", 1)[0].endswith("ing")
    # "were moved to a jail", "shots were fired": a trigger that opens with its own auxiliary.
    passive_aux = passive_aux or PASSIVE_START_RE.match(ctx.lower, t0) is not None
    agent = None
    if PASSIVE_HARM_RE.match(ctx.lower, t0) or by_agent or passive_by or passive_aux:
        # "four sailors were hurt", "a drone launched by X": the actor is the agent after "by", if any.
        agent = BY_AGENT_RE.match(ctx.lower, t1 - 3 if by_agent else t1) or (
            LATER_BY_RE.match(ctx.lower, t1, clause[1]) if passive_aux else None) or (
            # session 19: a trigger holding its agent's title ("was received by President X"): the agent is inside it
            BY_AGENT_RE.search(ctx.lower, t0, t1) if passive_aux else None)
    elif nominal or DETERMINER_BEFORE_RE.search(ctx.lower, max(0, t0 - 5), t0):
        # "the seizure of the tanker by Iran on Friday", "The launch of 300 drones by X": the doer follows "by".
        agent = LATER_BY_RE.match(ctx.lower, t1, clause[1])
    # "Two Norwegian navy ships were positioned off X": ships moved are their own navy's, named in the subject.
    own_ships = kind == "ship_movement" and passive_aux and agent is None and not by_agent \
        and (NAVAL_RE.search(ctx.lower, clause[0], t0) is not None or STATIVE_PASSIVE_RE.match(ctx.lower, t0) is not None
             and L.SHIP_TYPE_RE.search(ctx.lower, clause[0], t0) is not None)
    # Session 15: "Three Dutch diplomats were expelled", a trigger that takes its subject in: the subject underwent it.
    patient = P.patient_passive(ctx.lower, t0, t1)
    if patient and agent is None:
        agent = LATER_BY_RE.match(ctx.lower, t1, clause[1])
    # Session 19: "Turkish fighter jets were scrambled", "Troops were deployed in the capital": a force deployed in the
    # passive is its own state's, named in the subject or else the state whose forces the excerpt named last.
    own_units = kind == "deployment" and agent is None and not by_agent and not patient and not passive_by \
        and own_force_subject(ctx.lower, after_lead_day(ctx.masked, start, t0), t1)
    own_ships = own_ships or own_units
    if not own_ships and (agent is not None or PASSIVE_HARM_RE.match(ctx.lower, t0) or by_agent or passive_by
                          or passive_aux or patient):
        # The agent's mention may hold its article ("the Houthis").
        actor = next((m.name for m in mentions if agent and m.start <= agent.end() and m.end > agent.end()
                      and m.start >= min(t1 - 1, agent.start()) and not _stateless(ctx, m)), None)
        if actor is None and agent is not None:  # "by three Algerian patrol boats": a count or size first
            actor = next((m.name for m in mentions if m.kind in ACTOR_KINDS and agent.end() <= m.start
                          and AGENT_GAP_RE.fullmatch(ctx.lower, agent.end(), m.start) and not _stateless(ctx, m)),
                         None)
    elif kind == "ship_movement" and SEEN_ACTIVE_RE.match(ctx.lower, t0) and (seen := next(
            (m.name for m in mentions if t0 < m.start < t1 and m.kind in ("demonym", "entity", "body")), None)):
        actor = seen  # "had detected five Chinese ships around the island": the ships' side, not the watcher's
    elif (hull := _subject_ship(ctx, mentions, clause, t0)) is not None:
        actor = hull  # "adding that the frigate HMS Richmond had destroyed two drones": the ship's navy
    else:
        actor = _actor_for(ctx, mentions, clause, t0, frame, s, paragraph, ship, nearest=kind != "meeting",
                           relative_head=kind == "ship_movement")
    if actor is None and not patient:  # "At the Security Council meeting": the body named in the trigger itself
        # "a battalion of Polish soldiers arrived": the force's demonym, not a place ("Japanese waters")
        # "when EU leaders meet": a mention running into the trigger counts too.
        # Never a name after an act's verb: "the balloon entered U.S. airspace" is not the United States' act.
        # A measure's names after its verb are its targets ("added five Chinese refineries to its list").
        actor = next((m.name for m in mentions if m.start < t1 and m.end > t0 and (kind not in ("other", "sanction") or m.start <= t0)
                      and (m.kind in ("entity", "body") or (
                          m.kind == "demonym" and not A.DEMONYM_PLACE_RE.match(ctx.masked, m.end)))), None)
    if actor is None and not (PASSIVE_HARM_RE.match(ctx.lower, t0) or by_agent or passive_aux) \
            and (head := APPOSED_BEFORE_RE.search(text, max(s, t0 - 24), t0)) is not None:
        # "Vladimir Putin, re-elected president on 18 March,", "Minister X, who spoke to Y": the name before the comma.
        # Session 18: never a place inside an aside that comma closes ("The jets, which took off from a base in Qatar,
        # struck": the aside's place, not the doer of the main verb after it).
        aside = A.aside_before(ctx.lower, s, t0)
        actor = next((r.name for m in mentions if m.kind in ACTOR_KINDS and m.end == head.start()
                      and not (any(a0 <= m.start < a1 for a0, a1 in aside)
                               and ASIDE_PLACE_BEFORE_RE.search(ctx.lower, max(s, m.start - 16), m.start))
                      and (r := resolve_mention(m, ctx.reg, paragraph)) is not None and r.name), None)
    if actor is None and not passive_aux and not by_agent:
        # Session 18: "The African Union, whose leaders had warned ..., has called a summit": the sentence's subject before
        # a whose/which/who aside is the doer of the verb right after the aside's closing comma.
        actor = next((r.name for m in mentions if m.kind in ACTOR_KINDS and s <= m.start <= s + 4
                      and RELATIVE_ASIDE_TO_VERB_RE.fullmatch(text, m.end, t0)
                      and (r := resolve_mention(m, ctx.reg, paragraph)) is not None and r.name), None)
    lead = A.LEADING_ADVERBIAL_RE.match(text, s) if actor is None and kind == "meeting" else None
    if lead is not None and t1 <= lead.end():
        # "At an emergency summit in Abuja on Sunday, ECOWAS leaders agreed": the main clause's subject met.
        actor = _first_actor(ctx, mentions, [(lead.end(), clause[1])], frame, paragraph, False)
    if actor is None and nominal and kind == "deployment":
        # "the deployment of 1,000 British troops": the force's demonym names its state
        actor = next((m.name for m in mentions if m.kind == "demonym" and t1 <= m.start < t1 + 24
                      and L.UNIT_RE.match(ctx.masked, m.end + 1)), None)
    if actor is None:  # "The USS Carney shot down three drones": the ship's navy
        actor = next((L.SHIP_PREFIXES[o.split()[0]] for o in objects if o.split()[0] in L.SHIP_PREFIXES), None)
    if actor is None and agent is None and own_units:  # session 19: "Troops were deployed": forces named last
        actor = P.last_force_state(ctx.masked, ctx.lower, s) if frame is None else None
    if actor is None and agent is None and not own_units:  # session 15: forces with no state, a passive arrest (passives.py)
        actor = _shape_doer(ctx, mentions, clause, t0, t1, s, frame, bool(
            PASSIVE_HARM_RE.match(ctx.lower, t0) or by_agent or passive_aux or patient
            or PASSIVE_END_RE.search(ctx.lower, t0, t1)))
    if actor is None and agent is None and frame is not None and frame.content and frame.content[0] <= t0 < frame.content[1] \
            and A.trim(ctx.body, *clause)[0] <= A.trim(ctx.body, *frame.content)[0] \
            and frame.speakers[0].kind in ("entity", "body") \
            and L.ENTITY_KINDS.get(frame.speakers[0].name or "") in ("country", "territory", "organisation") \
            and P.own_measure(ctx.lower, t0, t1, clause):
        actor = frame.speakers[0].name  # session 15: "were detained, the Belarusian Interior Ministry said": its own measure
    if actor is None and agent is None and frame is not None and frame.speakers[0].kind in ("entity", "body") \
            and frame.speakers[0].name and OWN_FORCE_RE.match(ctx.lower, A.trim(ctx.body, *clause)[0]):
        # "The coast guard had detained the trawler, China said": an unnamed force is the speaker's own.
        actor = frame.speakers[0].name
    # "Japan said nine missiles were fired": a passive's doer is never the one who reports it.
    passive = bool(PASSIVE_HARM_RE.match(ctx.lower, t0) or by_agent or passive_aux
                   or PASSIVE_END_RE.search(ctx.lower, t0, t1))
    if actor is None and agent is None and kind in SPEAKER_SIDE_KINDS:
        actor = _told_before(ctx, kind, start, t0, paragraph)  # "It later anchored off Fujian": the ship's state
    if actor is None and agent is None and not passive and frame is not None and kind in SPEAKER_SIDE_KINDS \
            and frame.speakers[0].kind in ("entity", "body") and frame.speakers[0].name \
            and not _targeted(ctx, mentions, frame.speakers[0].name, t1, clause[1]) \
            and not UA.into_own_space(ctx.lower, t0, clause[1]):  # "said the ships had entered its waters": not its own
        # "Live firing off Alexandria will continue, Egypt's military spokesman said": the speaker's side; session 18:
        # never a speaker the act is aimed at ("drills ended with a simulated strike on Norway, Norwegian officials said").
        actor = frame.speakers[0].name
    if actor is not None and frame is not None and actor == frame.speakers[0].name and kind in SPEAKER_SIDE_KINDS \
            and UA.into_own_space(ctx.lower, t0, clause[1]) \
            and not any(m.name == actor and max(clause[0], frame.content[0] if frame.content else 0) <= m.start < t0
                        for m in mentions):
        actor = None  # "Japan's coast guard said the vessels had entered its waters": another's move, its doer unnamed
    if actor is None and agent is None and kind == "missile_test" and passive:
        actor = next((m.name for m in mentions if m.kind == "entity" and t1 <= m.start < clause[1]
                      and FIRED_FROM_RE.fullmatch(ctx.lower, t1, m.start)), None)
    person = ctx.reg.persons.get(actor or "")
    reported = frame is not None or (via is not None)
    # "Theresa May met ...": a capitalised "May" inside a sentence is a name, never the modal (requests-dates 1).
    names = [(x.start(), x.end()) for x in NAME_MAY_RE.finditer(ctx.body, clause[0], clause[1])]
    cue0 = AC.cue_start(ctx.lower, clause[0], t0)  # "X, who will visit Y next week, expelled ...": the aside's own mood
    modality, polarity = A.modality_of(ctx.lower, cue0, t0, clause[1], reported,
                                       [(d.start, d.end) for d in dates] + names, t1)
    if frame is not None and (frame.verb in L.DENIAL_VERBS or frame.verb in L.REFUSAL_VERBS):
        modality, polarity = "denied", "negative"
        if actor is None and frame.content and frame.speakers[0].name and GERUND_RE.match(ctx.lower, frame.content[0]) \
                and frame.content[0] <= t0 < frame.content[0] + 24:
            actor = frame.speakers[0].name  # "Russia denied shelling the plant": the denier's own act
            person = ctx.reg.persons.get(actor)
    elif modality == "asserted" and ctx.lower.startswith("due ", t0):
        modality = "planned"  # "is due to arrive in Suva on Monday": the cue is the trigger itself
    if kind in EMBARGO_KINDS and UA.embargo(ctx.lower, t0, clause[1]):
        # "would send no arms", "will not sell weapons to X": an arms embargo told as a refusal, a measure ahead (s26)
        kind, modality, polarity = "sanction", "planned", "positive"
    if modality in ("asserted", "planned", "expected", "reported_claim") and IF_AFTER_RE.match(ctx.lower, clause[1]) \
            and MODAL_BEFORE_RE.search(ctx.lower, clause[0], t0):
        modality, polarity = "conditional", "positive"  # "could sanction X if violence continues"
    skip = [(d.start, d.end) for d in dates] + [(w.start(), w.end()) for w in L.WEAPON_RE.finditer(
        text, clause[0], clause[1])]
    parts = [n for n in names_in(mentions, clause[0], clause[1], ctx, paragraph) if n != actor]
    return Draft(
        kind=kind, start=start, end=end, pos=t0,
        summary=A.summary(actor, "", ctx.body[t0:clause[1]]), actor=actor,
        role=person.role if person else None, participants=parts, via=via, paragraph=paragraph,
        place=A.place_of(text, mentions, clause[0], clause[1]), objects=objects,
        count=A.count_of(_with_decimals(ctx.lower, clause), clause[0], clause[1], skip, ctx.body), modality=modality,
        polarity=polarity,
        # "said Pakistan would return the pilot on Friday": what is planned or expected lies ahead.
        tense="future" if modality in ("planned", "expected") else A.tense_of(ctx.lower, cue0, clause[1]),
        mention=mention,
    )


action_draft = _action  # public: openverbs drafts its acts as a trigger's would be


def _shape_doer(ctx: Context, mentions: list[Mention], clause: tuple[int, int], t0: int, t1: int, s: int,
                frame: Frame | None, passive: bool) -> str | None:
    """The doer an act's subject does not name (passives.py): a passive's state by place, else forces' last-named state."""
    if passive:
        return P.passive_state(ctx.lower, mentions, t0, t1, clause[1]) \
            or P.harm_doer(ctx.masked, ctx.lower, mentions, t0, t1, s)
    start = A.trim(ctx.body, *clause)[0]
    named = next((n.name for n in unknown_names(ctx, mentions, start, t0) if n.start == start
                  and P.NAME_TO_VERB_RE.fullmatch(ctx.lower, n.end, t0)), None)
    if named is not None:
        return named  # "Donald Trump on Monday signed an executive order": a name no list holds opening the clause
    lead = after_lead_day(ctx.masked, start, t0)  # session 18: "On Tuesday, soldiers stormed"
    if not P.force_subject(ctx.lower, start, t0) and not P.force_subject(ctx.lower, lead, t0) and not (
            (AND_START_RE.match(ctx.masked, clause[0]) or ctx.masked[max(s, clause[0] - 2):clause[0]].strip() == ",")
            and P.force_subject(ctx.lower, s, -1)):
        # session 19: "The Mirages flew", "On Saturday, F-16 jets flew": the state an earlier mention of the craft names
        return craft_state(ctx.masked, lead, t1)
    last = P.last_force_state(ctx.masked, ctx.lower, s)
    if frame is not None and L.ENTITY_KINDS.get(frame.speakers[0].name or "") in ("country", "territory"):
        # "Troops fired on protesters, Ghana said": the speaker's own forces (OWN_FORCE_RE); session 19: the state whose
        # forces were named last when that state speaks ("..., and surrounded the residence, police said": police
        # of the dateline's state)
        return last if last == frame.speakers[0].name else None
    return last


def _told_before(ctx: Context, kind: str, start: int, t0: int, paragraph: int) -> str | None:
    """The actor of the act a back-referring subject ("It", "The vessels then") continues, from this or the paragraph before."""
    ref = BACKREF_RE.match(ctx.lower, start, t0) or (BACKREF_NOUN_RE.match(ctx.lower, start) if t0 - start <= 4 else None)
    if ref is None:
        return None
    kinds = BACKREF_KINDS.get(ref.group("noun") or "", SPEAKER_SIDE_KINDS)
    prev = next((d for d in reversed(ctx.drafts) if d.kind != "statement" and paragraph - 1 <= d.paragraph), None)
    return prev.actor if prev is not None and prev.kind in kinds and kind in kinds else None


def _ship_before(ctx: Context, s: int) -> bool:
    """A sentence whose subject is "It" or "The ship" just after one that names a ship ("It arrived in Gibraltar")."""
    return PRONOUN_START_RE.match(ctx.masked, s) is not None \
        and L.SHIP_TYPE_RE.search(ctx.lower, max(0, s - SHIP_LOOKBACK), s) is not None


def _subjects(ctx: Context, mentions: list[Mention], a: int, b: int) -> list[tuple[tuple[int, int], Mention | None]]:
    """The subjects a plain act verb may have in lower[a:b], in text order: actor mentions, and the definite office or
    body nouns of triggers.toml [fallback] subject_nouns no mention covers ("The junta", "Parliament", "voters")."""
    found: list[tuple[tuple[int, int], Mention | None]] = [((m.start, m.end), m) for m in mentions
                                                           if m.kind in ACTOR_KINDS and a <= m.start and m.end <= b]
    needs = X.mask(ctx.lower, a, b) if FAST.ON else -1
    for key in ("subject_nouns", "open_subject_nouns"):
        nouns = L.FALLBACK_TRIGGERS.get(key)
        if nouns is not None and needs & NOUN_BITS[key]:
            found += [((n.start(), n.end()), None) for n in nouns.finditer(ctx.lower, a, b)
                      if not any(m.start < n.end() and n.start() < m.end for m in mentions)
                      and not any(f[0][0] < n.end() and n.start() < f[0][1] for f in found)]
    # "Gibraltar released the tanker": a name no list holds, where the text shows it is one (timeline/newnames.py).
    for n in unknown_names(ctx, mentions, a, b):
        inside = [f for f in found if n.start <= f[0][0] and f[0][1] <= n.end and f[0][1] - f[0][0] < n.end - n.start]
        if not any(f[0][0] < n.end and n.start < f[0][1] for f in found if f not in inside):
            found = [f for f in found if f not in inside] + [((n.start, n.end), n)]  # "The Alliance of Sahel States"
    return sorted(found, key=lambda f: f[0])


def _shared_subject(ctx: Context, taken: list[tuple[tuple[int, int], tuple[int, int], str]], drafts: list[Draft],
                    s: int, e: int, t0: int) -> str | None:
    """The doer of the act taken in the clause right before an "and"/"but" predicate with no subject of its own
    ("Panama deregistered the tanker and impounded it": Panama's; "" when that act's doer is unnamed), else None."""
    if not taken or not (SHARED_BEFORE_RE.search(ctx.lower, max(s, t0 - 40), t0)
                         or SERIES_BEFORE_RE.search(ctx.lower, max(s, t0 - 12), t0)):
        return None  # the clauses are cut only for a verb right after "and"/"but" or a series' comma
    clause = next((c for c in A.clauses(ctx.masked, s, e) if c[0] <= t0 < c[1]), None)
    if clause is None or not (SHARED_PREDICATE_RE.fullmatch(ctx.lower, clause[0], t0)
                              or SERIES_PREDICATE_RE.fullmatch(ctx.lower, clause[0], t0)):
        return None
    before = next(((t, d) for (c, t, _), d in zip(reversed(taken), reversed(drafts), strict=True) if c[1] == clause[0]),
                  None)
    if before is None or before[1].modality == "reported_claim" or PASSIVE_AUX_BEFORE_RE.search(
            ctx.lower, max(s, before[0][0] - 30), before[0][0]):
        return None  # "were flown to Moscow and placed in", "said the ships had entered and ignored": not the doer's own
    return before[1].actor or ""


# ", expelling 10 diplomats and targeting dozens of companies": a participle right after a comma has the main clause's subject.
ANNOUNCING_VERBS = frozenset({"announced", "announces", "unveiled", "unveils", "declared", "declares"})
COMMA_PARTICIPLE_RE = re.compile(r"\s*,\s*[a-z]+ing\b")


def _carried_doer(ctx: Context, taken: list[tuple[tuple[int, int], tuple[int, int], str]], drafts: list[Draft],
                  clause: tuple[int, int], verb: int, s: int, frame: Frame | None) -> str | None:
    """Session 18: the doer of the act told right before in the sentence, for a clause whose verb has no subject of its own:
    a participle after a comma or "after/before/while" ("stormed the station after firing warning shots") or right after
    "and" ("..., and then sailed north"); never across a passive or another's reported words, else None."""
    ing = ING_CLAUSE_RE.match(ctx.masked, clause[0])
    comma_ing = COMMA_PARTICIPLE_RE.match(ctx.masked, max(s, verb - 2)) is not None and ctx.masked[max(s, verb - 2):verb] == ", "
    if not (ing is not None and ing.end() > verb or comma_ing or SHARED_PREDICATE_RE.fullmatch(ctx.lower, clause[0], verb)):
        return None
    before = next(((t, d) for (c, t, _), d in zip(reversed(taken), reversed(drafts), strict=True)
                   if s <= c[0] and c[1] <= clause[0]), None)
    if before is None and frame is not None and frame.speakers[0].name and frame.verb_start < clause[0] \
            and comma_ing and frame.verb in ANNOUNCING_VERBS and frame.speakers[0].kind in ("entity", "body", "person"):
        # "X announced sanctions against Y, expelling 10 diplomats": the participle is the announcer's own act
        return frame.speakers[0].name
    if before is None or before[1].actor is None or before[1].modality == "reported_claim" or PASSIVE_AUX_BEFORE_RE.search(
            ctx.lower, max(s, before[0][0] - 30), before[0][0]):
        return None
    return before[1].actor


def _passive_agent(ctx: Context, mentions: list[Mention], m: re.Match[str], s: int, e: int) -> bool:
    """Whether an open verb is a passive whose agent follows "by": a named state, body or person, or an office or force
    ("The tanker was deregistered by Panama", "was impounded on Thursday by port authorities")."""
    if not PASSIVE_AUX_BEFORE_RE.search(ctx.lower, max(s, m.start() - 30), m.start()):
        return False
    agent = BY_AGENT_RE.match(ctx.lower, m.end(), e) or LATER_BY_RE.match(ctx.lower, m.end(), e)
    if agent is None or PARTICIPLE_GAP_RE.search(ctx.lower, m.end(), ctx.lower.rfind(" by", m.end(), agent.end())):
        return False  # "is launched in this image released by X": the agent of another participle
    if any(mm.start == agent.end() and mm.kind in ("entity", "body", "person", "demonym") for mm in mentions):
        return True
    nouns = L.FALLBACK_TRIGGERS.get("open_subject_nouns")
    return nouns is not None and nouns.match(ctx.lower, agent.end(), e) is not None


def _pronoun_doer(ctx: Context, form: str, clause: tuple[int, int], start: int, paragraph: int) -> str | None:
    """The doer an "It", "They", "He" or "She" opening the main clause continues ("Liberia acted quickly. It
    deregistered the vessel"): the named actor of the last event told in this or the paragraph before, a person for
    "he"/"she", a state or body for "it"/"they"; else None."""
    if not PRONOUN_OPENING_RE.fullmatch(ctx.lower, A.trim(ctx.lower, *clause)[0], start):
        return None
    prev = next((d for d in reversed(ctx.drafts) if paragraph - 1 <= d.paragraph), None)
    if prev is None or not prev.actor:
        return None
    person = prev.actor in ctx.reg.persons
    return prev.actor if person == (form.lower() in ("he", "she")) else None


def _acting_body(ctx: Context, clause: tuple[int, int], t0: int) -> bool:
    """Whether the unnamed subject right before an open verb is an office, force or body that acts (triggers.toml
    [fallback] open_subject_nouns: "Customs officials confiscated", "The regulator grounded"), not people it befalls."""
    nouns = L.FALLBACK_TRIGGERS.get("open_subject_nouns")
    return nouns is not None and A.subject_before(ctx.lower, [n.span() for n in nouns.finditer(ctx.lower, clause[0], t0)],
                                                  clause[0], t0, aside=True) is not None


def _own_day(dates: list[DateMention], clause: tuple[int, int]) -> bool:
    """Whether the clause names a day of its own (a weekday, a date, "yesterday"; never a year modifier or dateline)."""
    return any(clause[0] <= d.start < clause[1] and d.kind not in ("modifier", "dateline", "vague") and day_level(d)
               for d in dates)


def _subject_of(ctx: Context, mentions: list[Mention], clause: tuple[int, int], t0: int, paragraph: int,
                reported: bool = False, own_day: bool = False) -> str | None:
    """The actor that is the subject right before a plain act verb in a main clause ("" when the subject is an office
    or body with no name the text resolves: "The junta appointed", or in reported words a pronoun: "the ministry said it
    had decided to downgrade relations"), else None: never in a subordinate clause ("after Russia annexed Crimea"), the
    background of the act told."""
    if SUBORDINATE_RE.match(ctx.lower, clause[0]) and not time_clause(ctx.lower, clause[0]) and not (
            own_day and OBJECT_RELATIVE_RE.match(ctx.lower, clause[0])):
        # a time clause's own subject acts ("after the army closed down channels", session 16), and an object relative
        # clause's with a day of its own ("the embassy, which Kenya had closed on Monday": news, no background; session 18)
        return None
    subjects = _subjects(ctx, mentions, clause[0], t0)
    i = A.subject_before(ctx.lower, [sp for sp, _ in subjects], A.trim(ctx.lower, *clause)[0], t0, aside=True,
                         timed=True)
    if i is None:
        return None
    (start, end), mention = subjects[i]
    r = resolve_mention(mention, ctx.reg, paragraph) if mention is not None else None
    if r and r.name:
        return r.name
    if mention is not None and mention.kind == "pronoun" and not reported and (
            named := _pronoun_doer(ctx, mention.form, clause, start, paragraph)) is not None:
        return named
    # An unnamed subject only right before its verb: "The meeting, brokered by X," is a participle, not an act; but a
    # body that acts may have an aside ("The junta, led by General Tiani, evicted": [fallback] open_subject_nouns).
    if (mention is None or mention.kind == "reference" or reported and mention.kind == "pronoun") \
            and ("," not in ctx.lower[end:t0] or _acting_body(ctx, (start, t0), t0)):
        return ""
    return None


def _office_holder(ctx: Context, mentions: list[Mention], clause: tuple[int, int], t0: int) -> Mention | None:
    """A state's office-holder named by role, the subject right before a visit's verb ("Jordan's foreign minister
    flew to", "Australia's prime minister travelled to"), else None."""
    held = [mm for mm in mentions if mm.kind == "body" and clause[0] <= mm.start and mm.end <= t0
            and mm.role and OFFICE_ROLE_RE.search(mm.role)]
    i = A.subject_before(ctx.lower, [(mm.start, mm.end) for mm in held], A.trim(ctx.lower, *clause)[0], t0)
    return None if i is None else held[i]


def _judged_act(ctx: Context, s: int, m: re.Match[str]) -> bool:
    """Whether a civil act's noun with no day of its own names the act a reaction judges ("condemned the arrest of two
    nationals", "welcomed the release of the crew"), told with its object. Not a noun opening the sentence: "The arms
    embargo on Libya is widely flouted", "The arrest of the journalist would send a message" describe or judge."""
    if not (SPECIFIED_AFTER_RE.match(ctx.lower, m.end()) or ctx.lower.startswith("decision", m.start())):
        return False  # "the decision to close the consulate" names its act whole
    judged = JUDGED_BEFORE_RE.search(ctx.lower, max(s, m.start() - 60), m.start())
    if judged is None:
        return False
    # "what Icelandic officials called the most serious collision": the noun is the view itself, the act told elsewhere
    return not (VIEW_VERB_RE.match(ctx.lower, judged.start())
                and VIEW_FRAME_BEFORE_RE.search(ctx.lower, max(s, judged.start() - 50), judged.start()))


def _traveller(ctx: Context, mentions: list[Mention], s: int, t0: int) -> str | None:
    """A full name the registry does not know, the subject right before a visit's verb ("after Rafael Grossi arrived",
    "Nancy Pelosi, the House Speaker, landed"), else None: never a place, body, ship or force the mentions name."""
    found = TRAVELLER_RE.search(ctx.body, s, t0)
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0] in NOT_TRAVELLER:
        words = words[1:]
    # session 17: "Minister of Foreign Affairs and (International) Cooperation X received": X, after the portfolio
    words = words[max((i + 1 for i, w in enumerate(words) if w in L.PORTFOLIO_WORDS), default=0):]
    if len(words) < 2 or any(w in NOT_TRAVELLER for w in words):
        return None
    a, b = found.end(1) - len(" ".join(words)), found.end(1)
    if any(mm.start < b and a < mm.end and mm.kind not in ("person", "title") for mm in mentions):
        return None
    return " ".join(words)


def _stateless(ctx: Context, m: Mention) -> bool:
    """A demonym naming people who do not act for their state ("by Somali pirates", "Albanian smugglers")."""
    return m.kind == "demonym" and NON_STATE_RE.match(ctx.lower, m.end) is not None


def _subject_ship(ctx: Context, mentions: list[Mention], clause: tuple[int, int], t0: int) -> str | None:
    """The navy of a named ship that is the clause's subject (no actor named before the verb)."""
    before = [m for m in mentions if clause[0] <= m.start and m.end <= t0]
    ships = [m for m in before if m.kind == "ship"]
    if not ships or any(m.kind in ACTOR_KINDS for m in before):
        return None
    return L.SHIP_PREFIXES.get((ships[0].name or "").split(" ", 1)[0])


def _bare(ctx: Context, words: tuple[int, int]) -> bool:
    """A clause of one word is no event of its own: in "entered the waters and left after the
    warning", "left" says nothing the text can show."""
    return len(A.WORD_RE.findall(ctx.masked, *A.trim(ctx.masked, *words))) < 2


def _same_incident(ctx: Context, kind: str, clause: tuple[int, int],
                   taken: list[tuple[tuple[int, int], tuple[int, int], str]]) -> int | None:
    """The index of the act of force whose clause a "when" clause of another act continues
    ("four sailors were hurt when a ship fired water cannon": one incident), else None."""
    if kind != "other" or WHEN_RE.match(ctx.lower, clause[0]) is None:
        return None
    # "The shooting began yesterday, when troops opened fire on X": the start told and the act that opened it are two
    # events (heldout18's gold; session 22), not one harm and its cause.
    return next((i for i, (c, (t0, t1), k) in enumerate(taken) if k == "other" and c[1] == clause[0]
                 and BEGAN_RE.search(ctx.lower, t0, t1) is None), None)


def _setting_of_statement(ctx: Context, frames: list[Frame], m: re.Match[str]) -> bool:
    """A press briefing or phone call between a statement's speaker and its words is its setting."""
    if any(not f.inverted and f.verb_end <= m.start() and (
            SPEECH_SETTING_GAP_RE.fullmatch(ctx.lower, f.verb_end, m.start()) or f.verb.lower() in ADDRESS_VERBS
            and ADDRESSED_SETTING_GAP_RE.fullmatch(ctx.lower, f.verb_end, m.start())) for f in frames):
        return True  # "Modi said at the virtual meeting", "told reporters during the visit" (session 11)
    if not L.SETTING_RE.search(ctx.lower, m.start(), m.end() + 12):
        return False
    if PRESS_SETTING_RE.match(ctx.lower, m.start()) and OPENING_PRESS_SETTING_RE.search(ctx.lower, max(0, m.start() - 40), m.start()) \
            and any(not f.inverted and f.region_start >= m.end() and SETTING_TO_SPEAKER_RE.fullmatch(ctx.lower, m.end(), f.region_start)
                    for f in frames):
        return True
    if CALL_WITH_PARTY_RE.match(ctx.lower, m.start()):
        return False  # "in a telephone call with his Kyrgyz counterpart X": two leaders met by phone
    if ADDRESSEE_BEFORE_RE.search(ctx.masked, max(0, m.start() - 80), m.start()):
        return False  # "proposed to President X in a phone call that": the one addressed took part

    def inside(f: Frame) -> bool:
        if f.content is None or f.content[1] <= f.verb_start:  # nothing reported after the verb
            return f.region_start <= m.start() < f.verb_end + SETTING_REACH
        return f.region_start <= m.start() < f.content[0]

    return any(inside(f) for f in frames)


NAME_MAY_RE = re.compile(r"(?<=[\w,] )May\b")


def current_dates(ctx: Context, dates: list[DateMention], s: int) -> list[DateMention]:
    """The sentence's date phrases less those of a superseded plan ("originally due to end on
    7 August ... declared over on the 10th") and those that tally acts ("the third launch this month"),
    unless only those are left."""
    kept = [d for d in dates if not L.SUPERSEDED_RE.search(ctx.lower, max(s, d.start - SUPERSEDED_REACH), d.start)
            and not (TALLY_PHRASE_RE.match(d.phrase) and TALLY_BEFORE_RE.search(ctx.lower, max(s, d.start - 40), d.start))]
    return kept or dates
