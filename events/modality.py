"""Modality of a trigger: is the event asserted (as one act, or as a campaign,
tally or habit), or negated, hypothetical, planned or denied? Cues count only
inside the trigger's clause, before it (the nearest cue wins); a nominal trigger
("the strikes") is also governed by a modal verb right after it ("combat
missions ... may target")."""
from __future__ import annotations

import re

from events import lexicon as L
from events.dates import MONTH_WORD, WEEKDAY_WORD
from events.pieces import Gates, Rows, lead_letter, lower_for_gate

NEGATED, HYPOTHETICAL, PLANNED, DENIED = "negated", "hypothetical", "planned", "denied"
HISTORICAL = "historical"       # told as background: dated long before publication
UNCONFIRMED = "unconfirmed"     # a report the text says could not be confirmed
REASONS = (NEGATED, HYPOTHETICAL, PLANNED, DENIED, HISTORICAL, UNCONFIRMED)
# Not a refusal: a campaign, tally or habit asserted as going on or done ("have shelled X almost daily since May",
# "carried out 500 strikes in and around X since the operation began"). It is an event of approximate date, as the
# reviewers' gold has it (the seeds keep "for two weeks jets have been supporting the army in northern X" and "drones
# are stationed near X"); negated, planned, hypothetical and denied cues still win over it.
CAMPAIGN = "campaign"

_NOT_NEGATION = re.compile(r"\b(?=\w)(?:not\s+only|no\s+(?:longer|fewer|less)|not\s+least|no\s+doubt|"
                           r"not\s+(?:yet\s+)?(?:clear|known|immediately)|nothing\s+new|"
                           # "those who planned and carried out a missile attack on X": done, not only planned
                           r"plann(?:ed|ing)\s+and\s+(?:carried\s+out|executed|launched|staged|conducted))\b", re.I)
# ("The first strikes around X on 16 August showed what air power could do": a modal in a clause that a wh-word or
# "that" opens after the noun is that clause's, not the noun's)
_MODAL_AFTER = re.compile(r"^(?:\s+(?!(?:what|how|which|who|whether|why)\b)[\w’'-]+){0,12}?\s+"
                          r"(?P<m>(?-i:may)|might|could|would|will|can|should|must|"
                          r"are\s+(?:expected|planned|set|to\s+be)|is\s+(?:expected|planned|set|to\s+be)|"
                          # "further strikes on X are likely if ...": a forecast
                          r"(?P<f>(?:are|is|remain|remains|seem|seems)\s+(?:(?:very|highly|more|most|also|still|quite)\s+)?"
                          r"(?:likely|possible|probable|anticipated|imminent)))\b", re.I)
# "Reports that jets struck X are not true": a report denied by its predicate, after the trigger.
_REPORT_THAT = re.compile(r"\b(?=[rcianms])(?:reports?|claims?|information|allegations?|accusations?|news|"
                          r"statements?|assertions?)\b[^.;]{0,80}?\bthat\s+", re.I)
_DENIED_AFTER = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:completely|entirely|simply|absolutely)\s+)?"
                           r"(?:not\s+true|untrue|false|fabricated|baseless|groundless|unfounded|a\s+lie|lies|fake|incorrect|inaccurate|wrong|"
                           r"erroneous|misleading|not\s+(?:correct|accurate)|"
                           # ("A claim that jets had bombed the hospital was denied by the command": refuted in the passive)
                           r"(?:later\s+)?(?:denied|dismissed|rejected|refuted|debunked)(?:\s+by)?)\b", re.I)
# "A video claiming to show jets bombing X was filmed in 2014": a picture or post of something else, shown so by the
# predicate after the trigger (a fact-check's finding: old, elsewhere, staged)
_DEPICTION = re.compile(r"\b(?:videos?|footage|clips?|photos?|photographs?|pictures?|images?|posts?)\s+(?:that\s+)?"
                        r"(?:\w+\s+){0,2}?(?:claim(?:ing|s|ed)?|purport(?:ing|s|ed)?|said|alleged|supposed|shared\s+as)\s+"
                        r"(?:to\s+)?(?:show|depict)", re.I)
_DEBUNKED_AFTER = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:in\s+fact\s+|actually\s+|really\s+)?"
                             r"(?:(?:filmed|taken|shot|recorded|made)\s+(?:in\s+(?:\d{4}|another|a\s+different)|years|months|"
                             r"during\s+(?:an?\s+)?(?:earlier|previous|different|older)|before\s+the)|"
                             r"old|recycled|doctored|manipulated|staged|fake|a\s+fake|"
                             r"from\s+(?:\d{4}|an?\s+(?:earlier|older|different)|another))\b|"
                             r"\b(?:actually|in\s+fact)\s+show(?:s|ed)\b", re.I)
# "Reports that X was bombed could not be confirmed", "Claims that ... are not supported by the imagery":
# a report its predicate leaves unconfirmed, after the trigger
_UNCONFIRMED_AFTER = re.compile(r"\b(?:(?:could|can|have|has|had|was|were|is|are|would)\s*(?:not|n[’']t)|cannot)\s+"
                                r"(?:yet\s+|so\s+far\s+)?(?:be(?:en)?\s+)?(?:independently\s+)?(?:confirmed|verified|"
                                r"corroborated|substantiated|supported|borne\s+out)\b|"
                                r"\bremain(?:s|ed)?\s+(?:unconfirmed|unverified)\b", re.I)
# "Since the US and Britain began striking X, social media has been flooded", "seven months since the coalition began
# bombing": the act whose start a time is measured from, background of what the main clause tells
_SINCE_BEGAN = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:began|started)\s+$", re.I)
# "A revenge strike on X never came", "the promised air cover did not materialise": a strike noun whose own predicate,
# right after it in its clause, says it never happened
# ("joint air strikes on X came to nothing": a predicate that says it came to nothing, the same)
# (not "Jets struck X after the promised talks never happened": a predicate past a conjunction is another clause's;
# "talk of air strikes on X after the massacre came to nothing" is refused as strikes talked of, lexicon.HYPOTHETICAL)
_NEVER_CAME = re.compile(r"(?:(?!\b(?:after|when|because|since|as|once|while|until|before|that|which|who|and|but)\b)[^,;.]){0,80}?"
                         r"\b(?:(?:never|did\s+not|didn['’]t|failed\s+to)\s+(?:(?:actually|really)\s+)?"
                         r"(?:came|come|happened|happen|materiali[sz]ed?|took\s+place|take\s+place|arrived|arrive)|"
                         r"(?:came|come|amounted)\s+to\s+nothing)\b", re.I)
# "has carried out hundreds of strikes over the years", "blamed for rocket attacks in the past",
# "years of barrel bomb attacks", "a decade of shelling", "after weeks of bombardment": a stretch of them, background
# ("Previous drone attacks have targeted ...", "past strikes": earlier ones, not this report's)
# ("A week of deadly air raids around X": a stretch told as one span, not one act)
_STRETCH_OF = re.compile(r"\b(?:years|decades|a\s+decade|months|weeks|a\s+(?:week|fortnight|month|year)|"
                         r"(?:several|many|\d+|two|three|four|five)\s+days)\s+of\s+"
                         r"(?:[\w-]+\s+){0,3}$|"
                         r"\b(?:previous|prior|past)\s+(?:[\w-]+\s+){0,2}$|"
                         # "the latest in a series of strikes attributed to X": the series before it, background
                         r"\b(?:latest|newest|\w+est)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:series|string|spate|wave|run|"
                         r"succession|line)\s+of\s+(?:[\w-]+\s+){0,3}$", re.I)
_PREVIOUS_SUBJECT = re.compile(r"\W*(?:previous|prior|past)\s+(?:[\w-]+\s+){0,4}(?:have|has|had)\s+(?:also\s+)?$", re.I)
# "120 air strikes have hit X since the start of the year": a summary of a long past, no report of an event.
# ("throughout the war": the whole war, no one event)
_LONG_PAST = re.compile(r"\b(?=[oifst])(?:over\s+the\s+(?:past\s+|last\s+)?(?:years|decades)|in\s+recent\s+years|"
                        r"throughout\s+the\s+(?:war|conflict|civil\s+war)|"
                        r"for\s+(?:many\s+)?(?:years|decades)|in\s+the\s+past(?![\s-]+(?:\d|twenty|few|several|two|three|"
                        r"four|five|six|seven|day|week|month|night|hour|24|48|72)))\b", re.I)
# "120 air strikes have hit X since the start of the year": a tally in the perfect (not "the biggest
# attack since the start of the war", a new event measured against the past).
# ("AFRICOM has now announced more than 160 strikes": an adverb of time may stand in the perfect)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:(?:now|already|so\s+far|since|also)\s+)?(?:been\s+)?"
                      r"(?:\w+ed|hit|struck|fought|shot|flown|made|undertaken)\b", re.I)
# ("since the start of its air campaign in late September": whoever's campaign, under a word or two)
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|launch)\s+of\s+(?:the|its|their|(?-i:[A-Z])[\w-]+['’]s)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:year|war|conflict|intervention|campaign|operation|offensive|bombing)|"
                          r"(?:\w+\s+)?(?:19|20)\d\d|"
                          # ("since the campaign began, jets have carried out ...")
                          r"the\s+(?:war|campaign|conflict|intervention|operation|offensive|bombing)\s+(?:began|started))\b", re.I)
# "have carried out more than 9,000 strikes", "hundreds of raids": a tally of a campaign in the perfect
# ("have carried out several rounds of strikes": rounds counted, a campaign too)
# "Twice in less than three weeks, the coalition has bombed ...": a count of strikes over a stretch, in the perfect
_TIMES_IN = re.compile(r"\b(?:twice|(?:three|four|five|several|many|\d+)\s+times)\s+in\s+(?:less\s+than\s+|more\s+than\s+|"
                       r"the\s+(?:past|last)\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\b", re.I)
_TALLY = re.compile(r"\b(?:hundreds|thousands|dozens|scores|\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:of\s+)?(?:[\w-]+\s+){0,2}$|"
                    r"\b(?:several|multiple|numerous|repeated|many|\w+)\s+(?:rounds|waves)\s+of\s+(?:[\w-]+\s+)?$", re.I)
# "Strikes on X were suspended during the visit": a strike noun whose predicate stops it.
# ("has struck targets in Syria for months": the simple perfect's act told over months up to now, in its own clause;
# "have been bombing X for two weeks" is a stretch the story dates, approximately)
# ("has carried out drone strikes in X for more than a decade": decades, and a stretch told at least so long)
_ABOUT = r"(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"          # "for more than", "for about"
_SOME_COUNT = r"(?:(?:the\s+(?:past|last)\s+)?(?:several|many|a\s+few|two|three|four|five|six|\d+)\s+)?"   # "the past six"
_FOR_A_STRETCH = re.compile(r"[^.;,]{0,80}?\bfor\s+" + _ABOUT + r"(?:" + _SOME_COUNT + r"(?:months|years|decades)|a\s+decade)\b",
                            re.I)
# "For weeks, artillery has been hitting X", "has been hitting X for weeks": the perfect progressive (or a fronted
# stretch with the perfect) over weeks or more tells a campaign going on
_FOR_WEEKS = re.compile(r"[^.;,]{0,80}?\bfor\s+" + _ABOUT + _SOME_COUNT + r"(?:weeks|months|years|decades)\b", re.I)
_FOR_WEEKS_OPENS = re.compile(r"\s*(?:[Ff]or|[Oo]ver)\s+" + _ABOUT + _SOME_COUNT + r"(?:weeks|months)\s*,")
# "fighters have for weeks been fighting around X": the stretch told inside the perfect, before its verb
_FOR_WEEKS_INSIDE = re.compile(r"\b(?:have|has)\s+(?:now\s+)?for\s+" + _ABOUT + _SOME_COUNT + r"(?:weeks|months)\s+(?:been\s+)?$",
                               re.I)
# "TB2 drones now fly from X", "jets now operate from Y": a force's doings told in the present with "now", a presence
_NOW_PRESENT = re.compile(r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)\bnow\s+$", re.I)
# how many times an act is counted ("many times", "more than half a dozen times", "twice")
_COUNTED_TIMES = (r"(?:twice|(?:(?:more\s+than|at\s+least|over|about|some)\s+)?(?:half\s+a\s+dozen|a\s+dozen|several|many|"
                  r"multiple|numerous|countless|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
                  r"hundreds\s+of)\s+times)")
# ("have struck X many times since 6 September", "repeatedly over the past month": the perfect's act counted up to now)
_TIMES_SINCE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:" + _COUNTED_TIMES + r"|repeatedly)\s+(?:since|over\s+the\s+(?:past|last)|"
                                r"in\s+the\s+(?:past|last))\b", re.I)
# ("which they say they have shelled more than half a dozen times", "have hit X several times this year": the perfect's
# act counted, with no day told: a tally)
_TIMES_AFTER = re.compile(r"[^.;]{0,60}?\b" + _COUNTED_TIMES + r"\b", re.I)
_DAY_WORD = re.compile(r"\b(?:" + WEEKDAY_WORD + r"|" + MONTH_WORD + r"|yesterday|overnight|last\s+night|today|this\s+morning)\b",
                       re.I)
# ("have carried out more than 130 strikes in the country": a smaller count told as at least so many, in the perfect)
_SOME_TALLY = re.compile(r"\b(?:more\s+than|over|nearly|almost|at\s+least|some|about|around)\s+\d{2,3}\s+(?:[\w-]+\s+){0,2}$", re.I)
_STOPPED_AFTER = re.compile(r"^(?:\s+[\w’'-]+){0,8}?\s+(?:was|were|have\s+been|has\s+been|had\s+been)\s+"
                            r"(?:suspended|halted|paused|stopped|called\s+off|cancel+ed|postponed|put\s+on\s+hold)\b", re.I)
# "to prevent the group sending", "stopped them from shelling": the act right after is prevented (a few
# words only: "prevented X from rebuilding a post that had been destroyed in our strikes" asserts the strikes)
_PREVENTED = re.compile(r"\b(?:prevent(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:from\s+)?|"
                        r"(?:stopped|stopping|deterred|deterring|kept|keeping)\s+(?:[\w-]+\s+){0,3}?from\s+|"
                        r"(?:prohibited|banned|barred|forbidden|forbade|forbids)\s+(?:[\w-]+\s+){0,3}?from\s+|"
                        r"to\s+(?:stop|deter)\s+(?:[\w-]+\s+){0,3}?(?:from\s+)?)$", re.I)
# "any attack on X", "any attempt to shell X": an event in general, none in particular
# ("any instructors sent to X would be legitimate targets", "any foreign troops deployed there": forces not yet there)
_ANY = re.compile(r"\bany\s+(?:further\s+|new\s+|future\s+|possible\s+|such\s+)?(?:attempts?\s+to\s+)?$|"
                  r"\bany\s+(?:[\w-]+\s+){0,3}?(?:troops|forces|soldiers|instructors|trainers|advisers|advisors|personnel|"
                  r"units|contingents?|peacekeepers|jets|aircraft|warships|ships|missiles|weapons)\s+$", re.I)
# "has regularly shelled", "have repeatedly struck": a habit summed up in the perfect, not a report of an event
# ("have also repeatedly struck"; "has come under increasing attack since ...": an ongoing condition, no one event)
# "have been waging a ground and air campaign against X since April": a campaign going on, no one event
# (not "have been conducting air operations since X": a campaign told with its start dates the country's event)
_WAGING = re.compile(r"\b(?:has|have|had)\s+been\s+(?:waging|pursuing|fighting)\s+"
                     r"(?:[\w-]+\s+){0,5}$", re.I)
_HABIT_ADVERB = (r"(?:regularly|repeatedly|frequently|often|routinely|constantly|periodically|continually|consistently|"
                 r"persistently|systematically|mostly|usually|largely|generally|typically)")
_HABITUAL = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?(?:been\s+)?" + _HABIT_ADVERB + r"\s+(?:been\s+)?$|"
                       # "has also kept up raids on X": a campaign kept going, no one event
                       r"\b(?:has|have|had)\s+(?:also\s+)?(?:kept\s+up|maintained|sustained)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?$|"
                       r"\b(?:has|have|had)\s+(?:also\s+)?(?:come\s+under|been\s+under|endured|suffered|faced)\s+"
                       r"(?:(?:increasing|growing|repeated|frequent|regular|constant|almost\s+daily|daily|nightly|heavy|intense)\s+)+$|"
                       # "has spent months shipping air-defence systems to X": a stretch of acts, no one event
                       r"\b(?:has|have|had)\s+spent\s+(?:the\s+(?:past|last)\s+)?(?:(?:several|many|two|three|four|five|six|\d+)\s+)?"
                       r"(?:days|weeks|months|years)\s+$|"
                       # "continues to fly raids against X", "keeps carrying out strikes": a campaign going on, no one event
                       r"\b(?:continu(?:es|e|ing)\s+to|keeps?|kept)\s+(?:fly(?:ing)?|carry(?:ing)?\s+out|conduct(?:ing)?|launch(?:ing)?|"
                       r"mount(?:ing)?)\s+(?:[\w-]+\s+)?$|"
                       # "captured X after a month of bombardment", "after weeks of shelling": a campaign summed up by
                       # its length, no one event
                       r"\b(?:(?:a|one|two|three|four|five|six|several|many|eight|ten|\d+)\s+|a\s+few\s+)?(?:days|weeks|months|years|"
                       r"(?<=a\s)(?:day|week|month|year)|(?<=one\s)(?:day|week|month|year))\s+of\s+(?:(?:heavy|intense|relentless|near-constant|"
                       r"constant|daily|nightly|almost\s+daily|indiscriminate|sustained|Russian|Israeli|Syrian|Turkish|"
                       r"government|regime|coalition|artillery|aerial|air)\s+)*$|"
                       # "a gun which militants had been using to shell X": what a weapon was used for over time
                       r"\b(?:has|have|had)\s+(?:been\s+using|used)\s+(?:[\w-]+\s+){0,3}?to\s+$",
                       re.I)
# "The deployment of troops to X was approved by parliament": a noun whose predicate decides it, not does it
# (not "discussed" or "debated": strikes already made are discussed too).
# ("A new wave of strikes on X was being considered by planners", "is being weighed": a decision in the making)
_DECIDED_AFTER = re.compile(r"^(?:\s+[\w’'-]+){0,8}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
                            r"(?:(?:approved|authori[sz]ed|proposed|requested|planned|considered|voted\s+on|announced|"
                            r"ordered|agreed)|(?:still\s+)?being\s+(?:considered|weighed|planned|prepared|readied|studied|"
                            r"discussed|debated))\b", re.I)     # ("... was announced in October": decided, not told done)
# (also what an arrest or a charge is about: "arrested in connection with the launching of rockets")
_TOPIC = re.compile(r"\b(?=\w)(?:about|regarding|over\s+whether)\s+$|"
                    # "no decision had yet been taken on air strikes": what a decision is about, not an act
                    r"\bdecisions?\s+(?:(?:had|has|have|was|were|been|yet|taken|made|reached|\w+ly)\s+){0,4}(?:on|about)\s+"
                    r"(?:the\s+|any\s+|possible\s+|further\s+)?(?:[\w-]+\s+)?$|"
                    r"\b(?=\w)(?:in\s+connection\s+with|on\s+suspicion\s+of|suspected\s+of|charged\s+(?:with|over))\s+"
                    r"(?:the\s+|these\s+|those\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$|"
                    # ("said he had been responsible for directing attacks on US forces in the region": the acts a man is
                    # held responsible for, at large, no one event)
                    r"\b(?:responsible\s+for|blamed\s+for)\s+(?:(?:directing|planning|organi[sz]ing|ordering|coordinating|"
                    r"carrying\s+out|masterminding|launching|conducting)\s+)?(?:(?:dozens\s+of|scores\s+of|many|several|"
                    r"numerous|recent|repeated)\s+)?$", re.I)
# An infinitive of purpose right before the trigger ("to launch attacks", "to carry out
# strikes"), unless an aspect verb asserts it ("began to carry out strikes").
_PURPOSE = re.compile(r"(?<!began\s)(?<!begun\s)(?<!started\s)(?<!continued\s)(?<!continues\s)(?<!continue\s)(?<!continuing\s)(?<!managed\s)"
                      r"(?<!used\s)\bto\s+(?:launch|carry\s+out|conduct|stage|mount|fly|perform|take\s+part\s+in|"
                      r"join|participate\s+in|support|reinforce)\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.I)
# "a mission to protect merchant ships from Houthi missile and drone attacks", "shield the city from air raids": the
# attacks a force guards against, no act told
_GUARD_FROM = re.compile(r"\b(?:protect|defend|shield|guard|safeguard|secure)(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,6}?from\s+"
                         r"(?:(?:an?|the|any|further|future|possible)\s+)?(?:[\w’'-]+\s+){0,4}?$", re.I)
# "moved jets to X ahead of air strikes on Y", "in preparation for an assault on Y": a strike noun told as the aim of
# what is done now, still to come
_AHEAD_OF = re.compile(r"\b" + L.AHEAD_OF + r"\s+(?:(?:an?|the|any|possible|expected|planned|coming|imminent|"
                       r"new|further|more|its|their|allied|coalition)\s+)*(?:[\w-]+\s+)?$", re.I)
# "launched more than 1,900 drones at Ukraine in July": hundreds of munitions over a month or a week, a tally of many
# acts (one night's "472 drones overnight" is one attack: no month or week span)
_SPAN_TALLY = re.compile(r"\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?"
                         r"(?:\d{1,3}(?:,\d{3})+|\d{3,})\s+(?:[\w-]+\s+){0,2}(?:drones|missiles|rockets|shells|bombs|strikes|"
                         r"air\s*strikes|sorties|attacks)\b[^.;]{0,60}?\b(?:(?:in|during|throughout)\s+" + MONTH_WORD +
                         r"\b(?!\s+\d)|(?:last|this)\s+(?:month|week)|over\s+the\s+(?:past|last)\s+(?:week|month|\d+\s+days))")
# "recorded more than 40 air strikes across X over the past week": a count of a noun over a span of days, a tally
# (a day's count, "in the previous 24 hours", is that day's report)
# "more than 40 air strikes", "dozens of raids": a count right before a campaign's noun (also read by the merge's
# tallies, events.decide)
COUNT_BEFORE = re.compile(r"(?:\b\d{2,}|\b(?:dozens|scores|hundreds|thousands)\s+of)\s+(?:[\w-]+\s+)?$", re.I)
_OVER_A_SPAN = re.compile(r"[^.;]{0,60}?\b(?:over|during|in|throughout)\s+the\s+(?:past|last|previous)\s+(?:week|fortnight|month|"
                          r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months))\b", re.I)
# "The escalation followed a deadly drone and missile attack on X": the attack told as what came before, in passing
# ("The vote came days after a chemical attack near X": an earlier attack that times what the sentence tells)
_FOLLOWED_NOUN = re.compile(r"\b(?:followed|came\s+(?:(?:(?:only\s+|just\s+)?(?:hours|days|weeks|a\s+day|a\s+week|two\s+days|"
                            r"three\s+days)\s+)?after)|was\s+(?:sparked|triggered|prompted)\s+by)\s+(?:a|an|the|last\s+\w+['’]s)\s+"
                            r"(?:[\w-]+\s+){0,5}$", re.I)
_DAY_TOLD = re.compile(r"\b(?:" + WEEKDAY_WORD + r"|" + MONTH_WORD + r"|yesterday|overnight|last\s+night)\b|\d")
# "the base is used by bombers that fire cruise missiles at X": what a relative clause in the present says a force
# does, a habit, no one act
# ("bombers, which launch most of the cruise missiles, were moved to X": a quantity of the object between, too)
_PRESENT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:regularly\s+|routinely\s+|often\s+|also\s+)?(?:fire|launch|drop|"
                               r"carry|use)\s+(?:[\w-]+\s+){0,4}$", re.I)
# "rebels use the hills to move weapons and fighters": what something is used for, no one act
_USE_TO = re.compile(r"\b(?:use|uses|using)\s+(?:[\w-]+\s+){0,4}?to\s+$", re.I)
# Each cue pattern tried with only the alternatives the clause holds (same matches as the lexicon's).
_CUES = ((DENIED, Rows.of(L.DENIAL)), (NEGATED, Rows.of(L.NEGATION)), (HYPOTHETICAL, Rows.of(L.HYPOTHETICAL)),
         (PLANNED, Rows.of(L.PLANNED)))
_NOT_NEGATION_ROWS = Rows.of(_NOT_NEGATION)
# "Doctors Without Borders", "Reporters Without Borders": a negation word written capitalised inside a name (after a
# word, before a capital) negates nothing
_TITLED_NEGATION = re.compile(r"(?<=[A-Za-z]\s)(?:Without|No|Nor)(?=\s+[A-Z])")
# "shelling of X continued throughout the week", "the bombardment went on for days": a campaign told by its
# length, no one event ("shelling continued on Tuesday" is that day's)
_CONTINUED_FOR = re.compile(r"(?:\s+[\w’'-]+){0,8}?\s+(?:continued|went\s+on|persisted|carried\s+on)\s+(?:throughout\s+the\s+"
                            r"(?:week|month|weekend|night|day)|for\s+(?:(?:several|many|two|three|four|five|\d+)\s+)?"
                            r"(?:days|weeks|months|nights))\b", re.I)
# "drones and artillery strike suspected PKK targets in the region almost daily": a pattern told by its frequency (in
# the trigger's own words, no comma between), no one event
_DAILY_AFTER = re.compile(r"(?:\s+[\w’'\"-]+){0,10}?\s+(?:(?:almost|nearly|virtually)\s+)?(?:daily|nightly|every\s+(?:day|night|week)|"
                          r"on\s+a\s+daily\s+basis|day\s+after\s+day|night\s+after\s+night)\b", re.I)
# ("the rockets fired at bases in X have mostly landed in fields": the habit told after a participle trigger)
_HABIT_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,8}?\s+(?:has|have)\s+" + _HABIT_ADVERB + r"\s+(?:been\s+)?[a-z]+(?:ed|en)\b")


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where)\b", re.I)


def _relative_at(after: str) -> int:
    """Where a relative clause opens in the text after a trigger (its end if none)."""
    m = _RELATIVE_WORD.search(after)
    return m.start() if m else len(after)


def _since_the_start(prefix: str, after: str) -> bool:
    """"since the start of the war, jets have struck ...": a campaign told up to now (its patterns are
    run only where "since" stands; ``prefix`` and ``after``: the clause before and after the trigger)."""
    text = prefix + " " + after
    low = lower_for_gate(text)
    return (low is None or "since" in low) and bool(_SINCE_START.search(text)) and bool(
        _PERFECT.search(text) or _PLUPERFECT.search(text) or _PERFECT_AUX_END.search(prefix) and _SINCE_THE_START.search(prefix)
        # ("X has been one of the main targets of raids since the campaign began": a state told up to now)
        # (only from the campaign's start: "X, which has been Russia's base since 2015, was struck on Tuesday" is one)
        or _HAS_BEEN.search(prefix) and _SINCE_THE_START.search(text))


# ("since the start of the year, 120 strikes have | hit X": the perfect's participle is the trigger verb itself;
# not "has | stationed S-400s at X since 2015", a presence dated from that year)
_PERFECT_AUX_END = re.compile(r"\b(?:have|has)\s+(?:been\s+)?$", re.I)
_HAS_BEEN = re.compile(r"\b(?:have|has)\s+been\b", re.I)         # ("X has been one of the targets since ...")
# ("the ministry said its jets had flown 6,000 sorties since the start of the campaign": the perfect, reported)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ed|hit|struck|fought|shot|flown|made|undertaken)\b", re.I)
# "for years", "for more than a decade", "for much of the past two years": a stretch of years, the story's background
_YEARS = re.compile(r"\b(?:years?|decades?)\b", re.I)
_SINCE_THE_START = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak)\b|\bsince\s+the\s+\w+\s+(?:began|started)\b", re.I)


# "Kharkiv, which is regularly shelled", "have shelled Nikopol almost every night since July": a habit, no one event
_HABIT = re.compile(r"\b(?:regularly|repeatedly|routinely|frequently|often|constantly|(?:almost\s+)?(?:every|each)\s+(?:day|night)|"
                    r"(?:almost\s+)?daily|nightly|day\s+after\s+day|night\s+after\s+night)\b", re.I)


def habitual(text: str, lo: int, hi: int, trigger) -> bool:
    """Does a frequency adverb near the trigger (``text[lo:hi]``, no comma between them) tell the strike as a habit?
    (A clause that names its day tells one event: "bombed X on Monday, as almost daily" is ruled by the caller.)"""
    for m in _HABIT.finditer(text, lo, hi):
        between = text[trigger.end:m.start()] if m.start() >= trigger.end else text[m.end():trigger.start]
        # ("almost daily" with a perfect, "has been shelled almost daily since May", tells a campaign up to now,
        # which the story dates; with the present, "is shelled almost every day", a habit)
        if "," not in between and (m.group(0).lower() in _HABIT_ALWAYS or _PRESENT_PASSIVE.search(text, max(0, trigger.start - 25),
                                                                                                 trigger.start)):
            return True
    return False


_HABIT_ALWAYS = ("regularly", "repeatedly", "routinely", "frequently", "often", "constantly")
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|gets?)\s+(?:[\w-]+\s+){0,2}$", re.I)


def count_over_stretch(sentence_prefix: str) -> bool:
    """"Twice in less than three weeks, the coalition has bombed ...": the sentence up to the trigger counts
    strikes over a stretch of time, in the perfect (a tally, no one event; the count may open the sentence,
    outside the trigger's clause)."""
    low = lower_for_gate(sentence_prefix)
    if low is not None and "twice" not in low and "times" not in low:
        return False            # (every match of _TIMES_IN holds one of these words: pieces.required)
    return bool(_TIMES_IN.search(sentence_prefix)) and bool(_PERFECT.search(sentence_prefix))


# "every strike on a clinic makes ...", "with every new air raid": a strike noun that stands for any of them (generic)
_ANY_ONE_BEFORE = re.compile(r"\bevery\s+(?:(?:new|single|further|fresh|such|Russian|Turkish|Israeli|American|air|drone|"
                             r"missile)\s+)?$", re.I)


# "the record suggests that bombing X does not stop launches", "Shelling Y will not win the war": an act that opens
# its clause as the subject of a negated or modal present, told of any such act (a generic statement, no event)
_CLAUSE_OPENS = re.compile(r"(?:^|\bthat\s+|[,;:]\s+)$")
_GENERIC_PREDICATE = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:alone\s+|only\s+)?(?:does\s+not|do\s+not|doesn['’]t|don['’]t|"
                                r"will\s+not|won['’]t|cannot|can['’]t|would\s+not|wouldn['’]t|will\s+never|can\s+never|"
                                r"never\s+(?:stops?|works?|deters?))\b", re.I)


# a weapon or strike noun told by a relative clause with no pronoun, in the present simple ("the ballistic missiles they
# fire at Saudi cities", "the drones the group launches at X"): what a side does, no one event
_ZERO_RELATIVE_PRESENT = re.compile(r"\s+(?:they|it|he|she|we|you|the\s+(?:group|militia|rebels|army|regime|Houthis|military))\s+"
                                    r"(?:(?:now|still|also|often|regularly|routinely)\s+)?(?:fire|fires|launch|launches|use|uses|"
                                    r"drop|drops|fly|flies|carry\s+out|carries\s+out)\b", re.I)
# a bare strike noun that opens its clause as the subject of a present copula saying what such acts are ("shelling in the
# north is not only a one-sided affair", "drone strikes are part of daily life"): a generic statement, no one event
_GENERIC_COPULA = re.compile(r"\s+(?:(?:in|on|of|across|along|around|near|against|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?)?"
                             r"(?:is|are)\s+(?:not\s+only|no\s+longer|not\s+(?:a|an|the)|a|an|part\s+of|now\s+(?:a|an|part))\b",
                             re.I)


def classify(clause_prefix: str, after: str = "", nominal: bool = False, rest: str = "") -> str | None:
    """None for an assertion, CAMPAIGN for an assertion of a campaign, tally or habit (an event of approximate date),
    else the reason it is not one.

    ``clause_prefix``: the clause's text before the trigger; ``after``: the
    text after the trigger up to the clause end; ``nominal``: the trigger is a
    noun (so a modal right after it governs it); ``rest``: the sentence after the trigger (a report's
    predicate may lie past a clause cut: "Reports that X was bombed could not be | confirmed")."""
    prefix = _NOT_NEGATION.sub(" ", clause_prefix) if _NOT_NEGATION_ROWS.pattern(clause_prefix) else clause_prefix
    if "Without" in prefix or "No " in prefix or "Nor " in prefix:
        prefix = _TITLED_NEGATION.sub(" ", prefix)     # "a hospital supported by Doctors Without Borders was hit"
    before = _PREFIX_GATES.on(prefix)     # (the prefix's patterns run only where their words stand)
    if (rest or after) and before.search(_REPORT_THAT, prefix) and _DENIED_AFTER.search(rest or after):
        return DENIED                     # "information that X struck Y is not true"
    if (rest or after) and ("show" in prefix or "depict" in prefix) and _DEPICTION.search(prefix) \
            and _DEBUNKED_AFTER.search(rest or after):
        return DENIED                     # "a video claiming to show jets bombing X was filmed in 2014"
    if (rest or after) and before.search(_REPORT_THAT, prefix) and _UNCONFIRMED_AFTER.search(rest or after):
        return UNCONFIRMED                # "reports that X was bombed could not be confirmed"
    if nominal and after and _NEVER_CAME.match(after):
        return NEGATED                    # "A revenge strike on X never came": the noun's own predicate says it did not happen
    # (not in a relative clause after the act's place: "walked into X, the air base that had been Haftar's foothold
    # for years" tells how long the base had been his, not when the act was)
    if before.search(_LONG_PAST, prefix) or _LONG_PAST.search(after, 0, _relative_at(after)):
        return HISTORICAL                 # "strikes in Syria over the years"
    if nominal and before.search(_STRETCH_OF, prefix, max(0, len(prefix) - 50)) or _PREVIOUS_SUBJECT.match(prefix):
        return HISTORICAL                 # "devastated by years of barrel bomb attacks"; "Previous attacks have hit"
    if nominal and "very" in prefix[-30:] and _ANY_ONE_BEFORE.search(prefix, max(0, len(prefix) - 30)):
        return HISTORICAL                 # "every strike on a clinic makes families less willing": any strike, no one event
    if after and _CLAUSE_OPENS.search(prefix) and _GENERIC_PREDICATE.match(after):
        return HYPOTHETICAL               # "suggests that bombing X does not stop launches": any such act, no one event
    if after and _ZERO_RELATIVE_PRESENT.match(after):
        return HISTORICAL                 # "parts for the ballistic missiles they fire at Saudi cities": what they do
    if nominal and after and _CLAUSE_OPENS.search(prefix) and _GENERIC_COPULA.match(after):
        return HYPOTHETICAL               # "a reminder that shelling in the north is not only one side's": what such acts are
    campaign = _campaign(before, prefix, after, nominal)
    if campaign == HISTORICAL:
        return HISTORICAL
    if before.search(_TOPIC, prefix):     # "talks about sending troops", "arrested on suspicion of firing": a topic, not an act
        return HYPOTHETICAL
    if nominal and rest and "," in rest and (_SUBJECT_OPENER.fullmatch(prefix) or not prefix.strip()) \
            and (m := _MODAL_PAST_ASIDE.match(rest)):
        # "A strike on X, which some have demanded, would risk a war": the noun's main verb, past an aside, is a modal's
        # ("Hitting the refinery at X, the largest, would need a longer range": so is a gerund's that opens the clause)
        return PLANNED if m.group("m").lower() in ("would", "will") else HYPOTHETICAL
    if "ince " in prefix and _SINCE_BEGAN.search(prefix):
        return HISTORICAL                 # "since the coalition began bombing X, ...": the start a time is measured from
    reason = _cued(before, prefix, after, nominal)
    return reason if reason is not None else campaign


# an indefinite strike noun that opens its sentence as the subject ("An LNA air campaign against X, ...", not "The strike
# on X, which killed 17, will be investigated": a known act), and its predicate past one
# aside set off by commas ("..., the most heavily armed city in Y, would risk ...")
_SUBJECT_OPENER = re.compile(r"\s*(?:An?|Any|Such\s+an?)\s+(?:[\w'’-]+\s+){0,3}")
_MODAL_PAST_ASIDE = re.compile(r"[^,;.]{0,80}?,\s+[^,;.]{3,120}?,\s+(?P<m>would|could|might|(?-i:may)|will)\b(?!\s+(?:say|add|tell))",
                               re.I)


def _campaign(before, prefix: str, after: str, nominal: bool) -> str | None:
    """CAMPAIGN when the clause tells a campaign, tally or habit; HISTORICAL when it tells one only as the story's
    background, with no time of its own ("have fired rockets at X for years"); else None."""
    if _since_the_start(prefix, after):
        return CAMPAIGN                   # "since the start of the operation, jets have carried out 500 strikes on X"
    if before.search(_PERFECT, prefix) and _TALLY.search(prefix, max(0, len(prefix) - 40)):   # (the gated one first)
        return CAMPAIGN                   # "have carried out more than 9,000 strikes": a campaign's tally
    if nominal and before.search(_PERFECT, prefix) and _SOME_TALLY.search(prefix, max(0, len(prefix) - 40)) \
            and ("since" in prefix.lower() or not _DAY_TOLD.search(after[:80])):
        return CAMPAIGN                   # "Since 8 August, jets have carried out more than 130 strikes": a tally, no day
    if " for " in after and (_PERFECT_AUX_END.search(prefix) and not prefix.rstrip().endswith("been")
                             or nominal and _PERFECT.search(prefix, max(0, len(prefix) - 40))) \
            and (m := _FOR_A_STRETCH.match(after)):
        # "The coalition has struck targets in Syria for months": a campaign up to now ("for years", "for more than a
        # decade": the story's background, no time of its own)
        return HISTORICAL if _YEARS.search(m.group(0)) else CAMPAIGN
    if "or " in prefix and _FOR_WEEKS_OPENS.match(prefix) and _PERFECT_AUX_END.search(prefix):
        return CAMPAIGN                   # "For weeks, artillery has been hitting depots around X": a campaign up to now
    if " for " in prefix and _FOR_WEEKS_INSIDE.search(prefix, max(0, len(prefix) - 50)):
        return CAMPAIGN                   # "have for weeks been fighting around X": a stretch up to now
    if "now" in prefix and _NOW_PRESENT.search(prefix, max(0, len(prefix) - 6)) and not nominal:
        return CAMPAIGN                   # "drones now fly from X": what a force does these days, no day of its own
    if " for " in after and prefix.rstrip().endswith("been") and _PERFECT_AUX_END.search(prefix) \
            and (m := _FOR_WEEKS.match(after)):
        return HISTORICAL if _YEARS.search(m.group(0)) else CAMPAIGN    # "has been hitting X for weeks"
    if ("times" in after or "repeatedly" in after) and _PERFECT_AUX_END.search(prefix) and _TIMES_SINCE_AFTER.match(after):
        return CAMPAIGN                   # "have struck X many times since 6 September": a count up to now
    if ("times" in after or "twice" in after) and _PERFECT_AUX_END.search(prefix) and _TIMES_AFTER.match(after) \
            and not _DAY_WORD.search(after[:100]):
        return CAMPAIGN                   # "have shelled the airfield more than half a dozen times": a count, no day
    if nominal and _WAGING.search(prefix, max(0, len(prefix) - 80)):
        return CAMPAIGN                   # "have been waging an air campaign against X since April"
    if nominal and ("follow" in prefix or "came " in prefix or " by " in prefix) \
            and _FOLLOWED_NOUN.search(prefix, max(0, len(prefix) - 90)) and not _DAY_TOLD.search(after[:80]):
        return HISTORICAL                 # "The escalation followed a deadly drone attack on X" (no day of its own)
    if nominal and COUNT_BEFORE.search(prefix, max(0, len(prefix) - 40)) and _OVER_A_SPAN.match(after):
        return CAMPAIGN                   # "recorded more than 40 air strikes across X over the past week"
    if any(ch.isdigit() for ch in after[:40]) and _SPAN_TALLY.match(after):
        return CAMPAIGN                   # "launched more than 1,900 drones at Ukraine in July": a month's tally
    if "us" in prefix and _USE_TO.search(prefix, max(0, len(prefix) - 50)):
        return HISTORICAL                 # "saying rebels use the hills to move weapons": what a place serves for
    if ("that" in prefix or "which" in prefix or "who" in prefix) and \
            _PRESENT_RELATIVE.search(prefix, max(0, len(prefix) - 50)):
        return HISTORICAL                 # "bombers that fire cruise missiles at X": what they do, not what they did
    if before.search(_HABITUAL, prefix, max(0, len(prefix) - 60)) or _HABIT_AFTER.match(after):
        return CAMPAIGN                   # "has regularly shelled villages around X": a pattern, no one event
    if ("daily" in after or "every" in after or "nightly" in after or "after" in after) and _DAILY_AFTER.match(after):
        return CAMPAIGN                   # "strike suspected PKK targets in the region almost daily"
    if nominal and ("contin" in after or " on " in after or "persist" in after) and _CONTINUED_FOR.match(after):
        return CAMPAIGN                   # "shelling of X continued throughout the week"
    return None


# "(officials said that) were another battery to be stationed in X, ...", "Had the jets struck the dam, ...": a
# condition told by inverting its verb, no act (not "were sent to", "were due to": a move told in the passive)
_INVERTED_IF = re.compile(r"(?:(?:^|[,;]\s*|\bthat\s+)(?-i:[Ww]ere)\s+(?!(?:sent|ordered|deployed|told|due|about|set|expected|"
                          r"scheduled|asked|moved|flown|brought|transferred|rushed|dispatched|able|unable|going|also|later|"
                          r"then|still)\b)(?:[\w’'-]+\s+){1,4}?to\s+(?:be\s+)?$|"
                          r"^(?-i:Had)\s+(?:the|a|an|its|their|(?-i:[A-Z])[\w-]*)\s+(?:[\w’'-]+\s+){0,3}?$)")
# "is due to move", "were due to arrive": a scheduled act (a noun after "due to" is a cause: "due to air strikes")
_DUE_TO_VERB = re.compile(r"\b(?:is|are|was|were|be|been|now|also)\s+(?:[\w-]+ly\s+)?due\s+to\s+$", re.I)


# "X had to move back across the river or lose American support", "must withdraw or face ...": an ultimatum, a demand
# whose alternative is a threat (not a move made)
_DEMAND_BEFORE = re.compile(r"\b(?:had|have|has|need|needs|needed)\s+to\s+$", re.I)
_OR_ELSE_AFTER = re.compile(r"\bor\s+(?:else\s+)?(?:lose|face|risk|be\s+(?:attacked|targeted|expelled|forced|removed|struck))\b",
                            re.I)


# a relative clause opened right before the trigger ("... paratroopers who arrived", "units which had moved"): its verb
# is no complement of the cues told before the pronoun
_RELATIVE_OPENS = re.compile(r"\b(?:who|which)\s+(?:(?:had|has|have|just|already|recently|earlier|also)\s+)*$", re.I)


def _cued(before, prefix: str, after: str, nominal: bool) -> str | None:
    """The reason a cue of the clause gives (negated, hypothetical, planned, denied), if any."""
    best: tuple[int, str, int] | None = None
    for reason, pattern in _CUES:
        for m in pattern.finditer(prefix):
            pos = m.end()
            if best is None or pos > best[0] or (pos == best[0] and reason == DENIED):
                best = (pos, reason, m.start())
    if ("ere " in prefix or prefix.startswith("Had ")) and _INVERTED_IF.search(prefix):
        return HYPOTHETICAL               # "were another battery to be stationed in X", "Had the jets struck X": an "if"
    if not nominal and " or " in after and prefix.endswith(" to ") \
            and _DEMAND_BEFORE.search(prefix, max(0, len(prefix) - 30)) and _OR_ELSE_AFTER.search(after):
        return HYPOTHETICAL               # "said the forces had to move back across the river or lose US support": a demand
    if not nominal and prefix.endswith(("due to ", "Due to ")) and _DUE_TO_VERB.search(prefix, max(0, len(prefix) - 60)):
        return PLANNED                    # "the battlegroup is due to move to X": a verb after "due to" is still to come
    if ("for " in prefix or "against " in prefix) and L.MADE_FOR.search(prefix, max(0, len(prefix) - 60)):
        return HYPOTHETICAL               # "jets designed for strike missions": what they are for, no act
    if before.search(_ANY, prefix, max(0, len(prefix) - 50)):
        return HYPOTHETICAL               # "any attempt to shell the city would be met with force"
    if before.search(_PREVENTED, prefix, max(0, len(prefix) - 70)):
        return NEGATED                    # "to prevent the group sending fighters": it did not happen
    if before.search(L.NEGATION_NEAR, prefix):   # "no plans to send", "without air strikes"
        return NEGATED
    if best is not None and (rel := _RELATIVE_OPENS.search(prefix)) is not None and best[0] <= rel.start():
        best = None                       # "They will join 750 paratroopers who arrived in X on Wednesday": a past fact
        #                                   the relative clause tells, outside the future of the clause around it
    if best is not None:
        if best[1] in (HYPOTHETICAL, PLANNED) and L.NEGATION.search(prefix[max(0, best[2] - 12):best[2]]):
            return NEGATED                # "don't want to send", "not planning to"
        return best[1]
    if before.search(_PURPOSE, prefix, max(0, len(prefix) - 60)):
        return PLANNED                    # "used the area to launch drone attacks": an aim, not a report
    if nominal and " from " in prefix[-70:] and _GUARD_FROM.search(prefix, max(0, len(prefix) - 110)):
        return HYPOTHETICAL               # "an effort to protect merchant ships from Houthi missile attacks": guarded against
    if nominal and ("ahead" in prefix or "prepar" in prefix or "readiness" in prefix or "anticipation" in prefix
                    or "alert" in prefix or "brac" in prefix):
        if _AHEAD_OF.search(prefix, max(0, len(prefix) - 60)):
            return PLANNED                # "ahead of air strikes on Y": strikes still to come
    if nominal and after and _STOPPED_AFTER.match(after):
        return NEGATED                    # "strikes on X were suspended"
    if nominal and after and _DECIDED_AFTER.match(after):
        return PLANNED                    # "the deployment of troops to X was approved by parliament"
    if nominal and after:
        m = _MODAL_AFTER.match(after)
        if m:
            word = m.group("m").lower()
            return PLANNED if word.startswith(("will", "would", "are", "is")) and not m.group("f") else HYPOTHETICAL
    return None


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
_TOPIC, _LONG_PAST, _PURPOSE = lead_letter(_TOPIC), lead_letter(_LONG_PAST), lead_letter(_PURPOSE)
(_NOT_NEGATION, _REPORT_THAT, _DENIED_AFTER, _PERFECT, _STRETCH_OF, _SINCE_START, _PREVENTED, _ANY, _HABITUAL) = (
    lead_letter(p) for p in (_NOT_NEGATION, _REPORT_THAT, _DENIED_AFTER, _PERFECT, _STRETCH_OF, _SINCE_START, _PREVENTED,
                             _ANY, _HABITUAL))
(_HABIT, _PERFECT_AUX_END, _PRESENT_PASSIVE, _UNCONFIRMED_AFTER, _WAGING, _SINCE_THE_START) = (
    lead_letter(p) for p in (_HABIT, _PERFECT_AUX_END, _PRESENT_PASSIVE, _UNCONFIRMED_AFTER, _WAGING, _SINCE_THE_START))

# The patterns asked of the clause before a trigger, with one pass over it (the one the cue rows ask for).
_PREFIX_GATES = Gates((_REPORT_THAT, _LONG_PAST, _STRETCH_OF, _HABITUAL, _TOPIC, _ANY, _PREVENTED, L.NEGATION_NEAR, _PURPOSE,
                       _PERFECT))
