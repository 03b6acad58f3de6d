"""The role of each place mention in its sentence, for events: a place the
geoparser found may be a target or location, or an origin (launch site,
"from X"), a teller's seat ("a source in X"), a landmark or container
("south of X", "X in Y", "X (Y)"), a passage ("flying over X"), or not a
place of the story at all (a capital standing for its government, a name
inside an organisation's, a weapon's or an agreement's name).

``mark(toponyms, body)`` sets ``origin``, ``reference``, ``locative`` and
``qualified`` on each :class:`~events.toponyms.Toponym` and drops the ones
that are names rather than places. Each pattern names the general wording
it captures; tests/test_toponyms.py holds a sentence for each.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from events import lexicon as L
from events.dates import MONTH_WORD, WEEKDAY_WORD
from events.toponyms import (_COUNTRYSIDE, _LIST_PROVINCES, _SENT_SPLIT, Toponym, dateline_lead, km_between, org_spans,
                             _may_list_provinces, _part_of_longer_name, is_trap)
from events.pieces import Gates, lead_letter
from gazetteer.dispatch import last_words
from gazetteer.keys import name_key
from gazetteer.resolver import national_capitals
from settings import EVENTS as S

# (Case-sensitive patterns below start with their first letter and test the word start right after
# it, so that re skips in C to the positions where that letter stands.)
# "flying from X", "fired from X": where it came from.
# (also "from the separatist-held town of X": a kind word with an adjective before the name)
# ("fired six missiles from the direction of the occupied Golan Heights": where the fire came from)
# ("fired missiles from over north-west Lebanon": the airspace they were fired from)
# ("Iskanders fired from occupied Crimea", "from nearby X", "from rebel-held Y": an adjective before the name)
# (not "moving in and out of X": a force that comes and goes is there)
_ORIGIN = re.compile(r"(?:f(?<!\wf)rom|o(?<!\wo)(?<!\bin\sand\so)ut\s+of)\s+(?:around\s+|near\s+|outside\s+|over\s+)?(?:the\s+)?"
                     r"(?:(?:occupied|annexed|nearby|neighbou?ring|[a-z]+-(?:held|controlled|occupied))\s+)?"
                     # ("rockets fired from rebel-held areas of X": the part of the country the fire came from)
                     r"(?:(?:areas?|parts?|territory|territories|regions?)\s+of\s+(?:the\s+)?)?"
                     r"(?:[A-Z][\w’'-]*\s+){0,3}(?:in\s+)?$|"
                     r"f(?<!\wf)rom\s+the\s+direction\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|"
                     # ("directed from the Combined Air Operations Centre at X": the seat of a named command)
                     r"f(?<!\wf)rom\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?:Cent(?:re|er)|Headquarters|HQ|Command)\s+"
                     r"(?:at|in)\s+$|"
                     # ("firing glide bombs from the skies over the Belgorod region": the airspace the fire came from)
                     r"f(?<!\wf)rom\s+(?:the\s+)?(?:skies|sky|airspace)\s+(?:over|above|of)\s+(?:the\s+)?$|"
                     # ("shelled X from the left bank of the Dnipro": the far bank of a river the fire came from)
                     r"f(?<!\wf)rom\s+the\s+(?:left|right|east|west|eastern|western|northern|southern|opposite|other|far)\s+"
                     r"banks?\s+of\s+(?:the\s+)?$|"
                     r"(?:f(?<!\wf)rom|o(?<!\wo)ut\s+of)\s+(?:around\s+|near\s+|outside\s+)?the\s+(?:[a-z][\w-]*\s+){0,2}"
                     # ("entered X from the government-held towns of Nubl and Zahraa": several of them; "reinforcements
                     # from the provinces of X and Y arrived in Z": provinces too)
                     r"(?:towns?|city|cities|villages?|areas?|regions?|districts?|provinces?|governorates?|oblasts?)\s+of\s+$|"
                     # ("families who had returned to their villages from the camps in Duhok": a place left, told by
                     # what stood there)
                     r"f(?<!\wf)rom\s+(?:the|their|its)\s+(?:[a-z][\w-]*\s+)?(?:camps?|shelters?|bases?|barracks|positions)\s+"
                     r"(?:in|at|near|around)\s+$|"
                     # ("rushed reinforcements to X, including units taken from the front in eastern Y": the front the
                     # units were pulled from)
                     r"f(?<!\wf)rom\s+(?:the\s+)?(?:front(?:\s+lines?)?|frontline|front-line)\s+(?:in|at|near|around)\s+(?:the\s+)?$")
# "struck a convoy of 75 vehicles trying to break out of Sirte", "a car leaving X": a moving target is hit on its way
# out of the town it leaves, there (not fire from it)
_CONVOY_LEAVING = re.compile(r"\b(?:convoys?|columns?|vehicles|cars?|trucks|lorries)\b[^.;,]{0,40}?\b(?:(?:trying|attempting|"
                             r"seeking)\s+to\s+)?(?:break(?:ing)?\s+out\s+of|flee(?:ing)?(?:\s+from)?|escap(?:e|ing)\s+from|"
                             r"leav(?:e|ing)|pull(?:ing)?\s+out\s+of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}$")
_LOCATIVE_LATER = re.compile(r"\b(?:near|outside|(?:south|north|east|west)(?:-?(?:east|west))?\s+of|at|in)\s+(?:the\s+)?"
                             r"(?:(?:village|town|city|area)\s+of\s+)?(?-i:[A-Z])")


def _convoy_hit_leaving(before: str, body: str, end: int) -> bool:
    """Is the place the one a convoy hit was leaving, with no other place of the hit told after it ("a convoy
    leaving X was shelled near Y": Y places it)?"""
    if not _CONVOY_LEAVING.search(before, max(0, len(before) - 60)):
        return False
    stop = body.find(".", end)
    return not _LOCATIVE_LATER.search(body, end, stop if stop > 0 else len(body))


# "From Ataq, three brigades were moved to X": an origin fronted before its sentence, set off by a comma
_FRONTED_FROM = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))From\s+(?:the\s+)?$")
# "jets flying from airfields in Belarus", "operating from the air base in Jordan", "taking off from
# an airfield on the territory of X": the launch site (the words between are no verb: "from X shelled
# positions in Y" names the target Y).
# ("fired missiles from its territory at the X air base": the firer's own land, and "at" then names the target)
_ORIGIN_SITE = re.compile(r"(?-i:[fF])(?<!\w.)rom\s+(?!(?:its|their)\s+(?:own\s+)?territory\s+(?:at|on)\s)(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?!(?:shell|struck|strike|hit|fire|attack|pound|bomb|"
                          r"target|launch|raid|storm|seiz|captur|overr|push|advanc|mov)\w*\s)[\w’'-]+\s+){0,3}(?:air\s*bases?|airbases?|airfields?|"
                          r"bases?|airports?|ships?|warships?|vessels?|submarines?|carriers?|positions?|territory|launchers?|areas?)"
                          # ("from areas they control in X": a relative clause of who holds the site)
                          r"(?:\s+(?:they|it|which|that)\s+(?:control|controls|controlled|hold|holds|held|occupy|occupied))?"
                          # ("from areas under the control of militia factions in X", "from positions held by the army in X")
                          r"(?:\s+(?:under\s+(?:the\s+)?control\s+of|(?:held|controlled|run|manned)\s+by)(?:\s+[\w'’-]+){1,4}?)?"
                          # ("fired from areas near the villages of X and Y": a place of the launch, named by its villages)
                          r"\s+(?:in|at|near|on|inside|around)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?|"
                          r"(?:villages?|towns?|settlements?)\s+of\s+)?(?:[\w-]+\s+)?$", re.I)
# "German jets have been flying from X since January", "TB2s now operate from the Y airport": the base a force keeps
# working from, where it stands (not "jets flying from X struck Y", nor a flight "from X to Y")
# ("a task force with four howitzers has operated from X since September": the perfect, the same; not "had flown from
# X and arrived at Y", a move)
# ("the Reapers ... operate from X": the present simple of a force's work out of a base, the same, not in a relative
# clause, "jets that operate from X struck Y", a launch site; "has operated from bases around X": the bases named by
# the town they stand round)
# ("drones that UN experts say are operated from X air base": the passive present, the same)
# ("RAF squadrons are also flying from X and Y": the present progressive, the same)
_PRESENCE_FROM = re.compile(r"\b(?:(?:been|now|currently|(?:are|is)(?:\s+also)?)\s+(?:operating|operate|flying|fly|working)|(?:has|have|are|is)\s+"
                            r"(?:(?:also|long)\s+)?(?:operated|worked)|(?<!that\s)(?<!which\s)operates?)\s+(?:out\s+of|from)\s+"
                            r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:in|at|near|around|outside)\s+(?:the\s+)?)?$", re.I)
# ("flying from X to bomb targets in Y": the launch site of a mission, not a base worked from)
_ONWARD_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:to|towards?|into)\s+(?:the\s+)?[A-Z]|"
                           r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?:strike|bomb|hit|attack|target|shell|pound|raid)\b")
# "an organisation outlawed in Turkey", "designated as terrorists by the US": a legal or political phrase.
_LEGAL_BEFORE = re.compile(r"\b(?:outlawed|banned|proscribed|designated|blacklisted|listed|illegal|wanted|sanctioned|"
                           r"recogni[sz]ed|registered)\s+(?:as\s+(?:a\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:in|by)\s+(?:the\s+)?$|"
                           # "carried out at the request of the UN-backed government in Tripoli": the requester's seat
                           r"\b(?P<req>request|invitation|behest|approval|consent)\s+of\s+(?:[\w-]+\s+){1,6}?(?:in|based\s+in)\s+$|"
                           # "fighters trained in Jordan arrived at X": where a force was trained, never where it went
                           # ("fighters recruited from its proxy militias in northern Syria": where they were found too)
                           # ("fighters recruited by Turkey from rebel factions in northern Syria": the recruiter between)
                           r"\b(?P<bred>trained|recruited|schooled|raised)\s+(?:and\s+[\w-]+\s+)?(?:by\s+(?:[\w'’-]+\s+){1,3}?)?"
                           r"(?:from\s+(?:[\w'’-]+\s+){1,4}?)?"
                           r"in\s+(?:the\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+)?$|"
                           # "a violation of the ceasefire agreed in Sweden": where an accord was made, never the event's place
                           # ("the deal Putin and Erdogan struck in Sochi": its makers named before the verb)
                           r"\b(?P<seat>ceasefire|truce|deal|agreement|accords?|talks|negotiations)\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:agreed|signed|reached|brokered|struck|held|concluded|negotiated|mediated)\s+"
                           # ("a deal struck by Putin and Erdogan in Sochi": its makers named between)
                           r"(?:by\s+(?:[\w.-]+\s+){1,7}?)?(?:(?:last|this)\s+\w+\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                           re.I)
# "X's interior ministry", "X's regional government": a body that X owns (its seat, as a teller's is)
# (the words between name no clause of their own: "Aleppo's north-east after government forces left" is no body)
_BODY_AFTER = re.compile(r"['’]s\s+(?:(?!(?:after|before|when|as|and|or|but|since|while|where|with|to|in|on|at|by|for|from|"
                         r"that|which|who)\b)[\w-]+\s+){0,2}?(?:ministry|ministries|government|authorities|council|administration|"
                         r"parliament|presidency|cabinet|governor|mayor|prime\s+minister|president|spokes(?:man|woman|person)|"
                         r"officials|"
                         # ("the Kurdistan Region's Counter Terrorism Service": a body of that place, not where it was hit)
                         r"service|agency|directorate|department|command|authority|"
                         # ("in France's first response to the attacks": a side's act or part, owned, not a place)
                         r"response|retaliation|reply|riposte|decision|intervention|involvement|contribution|role|"
                         # ("killing a senior commander of Iran's Revolutionary Guards", "a convoy of Iran's Quds Force": a
                         # side's force, not a place)
                         r"guards?|forces?|corps|army|military|navy|militias?|proxies|troops|commanders?|officers|generals?|"
                         # ("members of Lebanon's Hezbollah were deployed to X": a side's own force or ally, not a place)
                         r"hezbollah|houthis|allies|fighters|brigades?|battalions?|units|soldiers|marines|contingent|"
                         r"paratroopers|commandos|air\s+force|special\s+forces|"
                         # ("the headquarters of Russia's Black Sea Fleet", "an answer to Russia's aggression": a side's
                         # fleet or its war, owned, not a place)
                         r"fleet|flotilla|aggression|invasion|war|offensive|onslaught)\b", re.I)
# "the US 82nd Airborne Division", "the UK 16 Air Assault Brigade": a country's numbered unit, whose it is (no place)
_NUMBERED_UNIT_AFTER = re.compile(r"\s+\d{1,3}(?:st|nd|rd|th)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:Division|Brigade|Regiment|"
                                  r"Battalion|Corps|Army|Fleet|Squadron|Wing|Group|Expeditionary|Airborne)\b")
# "the Federal Government of X", "the Ministry of Defence of X": an institution's name, not a place.
# ("the headquarters of the Black Sea Fleet of the Russian Federation": a force's own country, whose it is)
_INSTITUTION_OF = re.compile(r"\b(?=[gmpeacslifn])(?:government|ministry(?:\s+of\s+[\w-]+)?|minister|president|embassy|"
                             r"(?-i:Fleet|Navy|Air\s+Force|Aerospace\s+Forces|Army|Armed\s+Forces)|"
                             r"parliament|authorities|armed\s+forces|consulate|military\s+forces|police\s+forces|"
                             r"security\s+forces|"
                             # ("the Popular Front for the Liberation of Palestine": a movement's name, not a place)
                             r"liberation|salvation|independence)\s+of\s+(?:the\s+)?$", re.I)     # ("Military Forces of X": a force's name)
# "the headquarters of the Patriotic Union of Kurdistan", "the Democratic Party of X": a party's or a movement's name,
# never the place of what happened to it
_PARTY_OF = re.compile(r"\b(?-i:Union|Party|Front|Movement|Alliance|Congress)\s+of\s+(?:the\s+)?$")
# "troops moving towards X", "heading toward the outskirts of X": a direction of movement.
# ("to resume the offensive in the direction of X": where the push heads, the same)
_TOWARD = re.compile(r"\b(?:towards?|in\s+the\s+direction\s+of)\s+(?:the\s+)?(?:(?:city|town|village|outskirts|capital)\s+of\s+)?$",
                     re.I)
# "arrived ..., doubling the force available for operations over X", "sent to take part in strikes in X":
# where the force is meant to act, not where it is (nor a report of those strikes).
# "sent to northern Syria to support the offensive on X": the ground operation the force backs, likewise.
# (not after a verb of aspect: "jets continue to fly strikes over X" tell the strikes themselves)
_PURPOSE_PLACE = re.compile(r"\b(?:for\s+|(?<!continue\s)(?<!continues\s)(?<!continued\s)(?<!began\s)(?<!started\s)"
                            r"(?<!begun\s)(?<!start\s)(?<!starts\s)to\s+(?:[\w-]+\s+){1,3})(?:[\w-]+\s+){0,2}(?:operations|missions|sorties|strikes|"
                            r"raids|campaign|the\s+fight)\s+(?:over|in|against|across)\s+(?:the\s+)?$|"
                            # ("arrived in X to prepare an offensive towards the capital, Sanaa": the aim of a
                            # force gathered, not where it went)
                            r"\b(?:for\s+|to\s+(?:support|back|help|join|aid|reinforce|assist|prepare(?:\s+for)?|launch|mount|"
                            r"lead|spearhead)\s+)(?:the\s+|an?\s+|its\s+|their\s+)?"
                            r"(?:[\w-]+\s+){0,2}(?:offensive|assault|battle|push|advance|counter-?offensive)\s+"
                            r"(?:on|for|against|towards?|to\s+(?:retake|recapture|take|capture|seize)|in|around)\s+(?:the\s+)?"
                            r"(?:(?:capital|city|town|port)(?:\s*,\s*|\s+of\s+))?$|"
                            # "strikes to protect American personnel in the regional capital, Irbil, and to help Yazidis
                            # trapped on Mount Sinjar": where the people the strikes are meant to shield are
                            r"\bto\s+(?:protect|defend|help|save|rescue|relieve|shield|assist|aid)\s+(?:[\w-]+\s+){1,6}?"
                            r"(?:(?:trapped|stranded|besieged|sheltering|living|stationed|based|working)\s+)?(?:in|on|at|near)\s+"
                            r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:capital|city|town|mountains?)(?:\s*,\s*|\s+of\s+))?$|"
                            # "arrived in Iraq to advise Iraqi units in west Mosul": the partners the force is sent to
                            # advise or train, where they fight (the force is told where it arrived)
                            r"\bto\s+(?:advise|train|mentor)\s+(?:[\w-]+\s+){0,3}?(?:units|forces|troops|fighters|soldiers|"
                            r"army|commanders|partners|allies)\s+(?:in|at|near|around|fighting\s+(?:in|for))\s+(?:the\s+)?$|"
                            # "advisers arrived in Erbil to assess the situation of the Yazidis on Mount Sinjar": what a
                            # force is sent to look into, and where, is no place it went
                            # (not a presence being watched: "continues to monitor the presence of Russian forces in X",
                            # where the forces are)
                            r"\bto\s+(?:assess|survey|evaluate|monitor|observe|study|examine|gauge|review|inspect)\s+"
                            r"(?!(?:the\s+|a\s+)?(?:presence|deployment|build-?up|movements?|massing|concentration)\s+of\b)"
                            r"(?:[\w'’-]+\s+){1,8}?(?:in|on|at|near|around)\s+(?:the\s+)?$|"
                            # "warn of a possible offensive on Sumy": an attack feared, not where anything happened
                            r"\b(?:possible|potential|planned|expected|imminent|looming|feared|future)\s+(?:[\w-]+\s+)?"
                            r"(?:offensive|assault|attack|push|advance|invasion|incursion)\s+(?:on|against|towards?|into)\s+"
                            r"(?:the\s+)?(?:(?:city|town|region)\s+of\s+)?$", re.I)
# "in retaliation for a chemical attack on X", "to avenge the bombing of X": the place of the earlier event
# that this one answers, not where this one happened.
# ("in what Ankara called a response to the bombing in X": the answered attack named with an article)
# What answers an earlier attack, and the nouns that name it
# ("in what Putin called retaliation for an explosion on the Kerch bridge": the answered blast, its article dropped)
_ANSWERING = (r"(?:(?:(?:in|an?)\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge|"
              r"as\s+(?:a\s+)?(?:reprisal|retaliation)\s+for)")
_ANSWERED_NOUN = r"(?:attacks?|strikes?|bombings?|raids?|shelling|killings?|massacre|assault|explosions?|blasts?)"
# ("a response to Saturday's blast on the Kerch bridge": a possessive day before the answered noun)
_ANSWERED_BEFORE = re.compile(r"\b" + _ANSWERING + r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,4}?"
                              + _ANSWERED_NOUN + r"\s+"
                              # ("in response to a chemical attack that killed dozens of people in the town of X")
                              r"(?:(?:that|which)\s+(?:killed|wounded|injured|hit|targeted|struck)\s+(?:[\w-]+\s+){0,4}?)?"
                              r"(?:on|in|at|of|against|near)\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?$", re.I)
# "in response to the Abu Dhabi attack": the answered attack named by its place, as a modifier
_ANSWERED_MODIFIER_BEFORE = re.compile(r"\b" + _ANSWERING + r"\s+(?:the|an?|its|their|last\s+\w+['’]s)\s+$", re.I)
_ATTACK_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?" + _ANSWERED_NOUN + r"\b", re.I)
# "French jets have hit X since the Paris attacks", "in the weeks after the Kramatorsk strike": an attack named by
# its place to date the clause, not where the clause's event happened
# ("groups linked to the Minya attack": the earlier attack its authors are known by)
# ("in the wave that followed the Kerch bridge explosion": the event a time is measured from, by its town, too)
_SINCE_NAMED_BEFORE = re.compile(r"\b(?:since|after|following|(?<=that\s)followed|(?<=which\s)followed|linked\s+to|tied\s+to|blamed\s+for|responsible\s+for|behind)\s+"
                                 r"(?:the|last\s+\w+['’]s)\s+$", re.I)
# "the largest air deployment since the war in Afghanistan", "the first since the invasion of Iraq": a war named by its
# place to measure a time, not a place of the clause's event
# ("heavier than anything they had seen since the battle for Kobani", "since the fall of X", "since the siege of Y": a
# battle or a siege named by its town, the same)
_SINCE_WAR_BEFORE = re.compile(r"\b(?:since|before)\s+the\s+(?:[\w-]+\s+)?(?:war|wars|invasion|occupation|intervention|"
                               r"conflict|battles?|siege|fall|liberation|recapture|sieges)\s+(?:in|of|on|for)\s+(?:the\s+)?$", re.I)
# "a week after a suspected chemical attack on the rebel-held town of X", "since the bombing of X": the earlier attack
# whose time the clause is told from
_SINCE_ATTACK_ON_BEFORE = re.compile(r"\b(?:since|(?:an?|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:days?|weeks?|"
                                     r"months?)\s+after|days\s+after|weeks\s+after)\s+(?:the|an?)\s+(?:[\w.-]+\s+){0,4}?"
                                     + _ANSWERED_NOUN + r"\s+(?:on|in|at|against|near|of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                     r"(?:(?:town|city|village|district)\s+of\s+)?$", re.I)
# "after a suicide bombing in Ankara, drones knocked out X": a terror attack named by its town to tell when, never where
# the strike it dates fell
_AFTER_TERROR_BEFORE = re.compile(r"\b(?:after|following|since|in\s+retaliation\s+for|in\s+response\s+to)\s+(?:an?|the|"
                                  r"last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?" + L.TERROR_MODIFIER + r"\s+"
                                  r"(?:bombings?|attacks?|blasts?)\s+(?:in|at|on|near)\s+(?:the\s+)?$", re.I)
# ("three weeks after a rocket strike on Mariupol on February 19": the earlier attack told with its own day, an event)
_OWN_DAY_AFTER = re.compile(r"\s*,?\s+(?:on|in|last)\s+(?:the\s+)?(?:\d{1,2}\b|" + MONTH_WORD + "|" + WEEKDAY_WORD +
                            r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
# "an energy facility on the left bank of the Dnipro", "on the banks of the Euphrates": a river the place lies on, never a
# town of the river's name
_BANK_OF = re.compile(r"\bbanks?\s+of\s+(?:the\s+)?$", re.I)
# "the missiles flew 1,500 km over the territory of Iran and Iraq", "through the airspace of X": the countries passed over
# on the way, not where the munitions struck
# ("flown to X by way of Y", "via Y": a stop on the way)
_OVERFLOWN = re.compile(r"\b(?:over|across|through|via)\s+(?:the\s+)?(?:territory|territories|airspace|skies)\s+of\s+(?:the\s+)?"
                        r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+|,\s*))*$|,?\s+(?:by\s+way\s+of|via)\s+(?:the\s+)?$", re.I)
# "has reinforced its eastern members, but has ruled out fighting for X", "refused to send troops into Y": the place of
# an act ruled out or refused, not of any act told beside it
# "Assad fled to Moscow", "families escaped to X", "took refuge in Y", "was granted asylum in Z": where people fled to
_FLED_TO = re.compile(r"\b(?:fled|escaped|(?:took|sought|found)\s+(?:refuge|shelter|asylum)|granted\s+asylum)\s+"
                      r"(?:(?:back\s+)?(?:to|into|in|towards?|across)\s+)?(?:the\s+)?$", re.I)
_RULED_OUT_BEFORE = re.compile(r"\b(?:ruled\s+out|refus(?:ed|es|ing)\s+to|declin(?:ed|es|ing)\s+to)\s+(?:[\w-]+\s+){1,5}?"
                               r"(?:for|in|into|to|on|over)\s+(?:the\s+)?$", re.I)
# "hit the Antonivskyi bridge over the Dnipro near X", "a dam across the Euphrates": the river a work spans (named
# like a city at times), a landmark of the target, not its place
_SPANNED_RIVER_BEFORE = re.compile(r"\b(?:bridges?|dams?|crossings?|pontoons?|ferry|ferries|barrage)\s+(?:over|across|spanning)\s+the\s+$",
                                   re.I)
# "... were fired at power stations, and emergency blackouts followed from X to Y": where the consequences were, not what
# was struck (not sirens or alerts: "Air raid sirens sounded in Odesa, where a missile hit a warehouse")
_OUTAGE_BEFORE = re.compile(r"\b(?:blackouts?|outages?|power\s+cuts)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:from|in|across|over)\s+(?:[\w'’-]+\s+(?:to|and)\s+)?(?:the\s+)?$", re.I)
_LEFT_DARK_BEFORE = re.compile(r"\b(?:left|leaving|plunged|plunging)\s+[^.;]{0,80}$", re.I)
_DARK_AFTER = re.compile(r"[^.;]{0,40}?\b(?:in\s+darkness|in\s+the\s+dark|without\s+(?:power|electricity|heat|heating|water))\b",
                         re.I)
# "US and British forces, with the support of Australia, Bahrain and Canada, conducted strikes": the allies that backed
# an act (the rest of their list after the first, by the origin list), not where it took place
_ALLIES_BEFORE = re.compile(r"\bwith\s+the\s+(?:support|backing|help|participation|assistance)\s+of\s+(?:the\s+)?$", re.I)
# "civilians rushed to leave X", "families fled X": the place people left, not where it happened
_LEFT_BEFORE = re.compile(r"\b(?:leave|leaving|left|flee|fleeing|fled|escape|escaping|evacuated\s+from|evacuating)\s+"
                          r"(?:the\s+)?$", re.I)
# ", forcing flights to be diverted to X", ", prompting residents to move to X": a consequence elsewhere
# ("The attacks forced shipping lines to divert around the Cape of Good Hope": a consequence's place too)
_CONSEQUENCE_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+(?=[fpcsl]\w+ing\b))(?:forcing|prompting|causing|sending|leading)\b[^.;,]{0,50}?\b(?:to|into|towards)\s+(?:the\s+)?$|"
                                 # (", interrupting crude deliveries to Hungary and Slovakia", ", and prompting Budapest to
                                 # complain": where supplies stopped reaching, the party prompted - not where it struck)
                                 r",\s+(?:and\s+)?(?:interrupting|disrupting|halting|suspending|cutting\s+off|stopping)\s+"
                                 r"[^.;:]{0,60}?\b(?:to|from|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+(?:,\s+|\s+and\s+))*$|"
                                 r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:prompting|forcing|leading)\s+$|"
                                 # (", setting off a diplomatic row with X", ", drawing condemnation from Y": the party a
                                 # political consequence involves, not where the act took place)
                                 r",\s+(?:setting\s+off|sparking|triggering|provoking|prompting|causing|drawing)\s+(?:an?\s+|the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}?(?:row|dispute|spat|protests?|condemnation|complaints?|outcry|crisis|"
                                 r"stand-?off|tensions?|rebukes?|anger|outrage)\s+(?:with|from|in|by|between)\s+(?:the\s+)?$|"
                                 # ("rockets fell near the runway ..., and planes were diverted to X": where traffic went)
                                 r"\b(?:diverted|re-?routed)\s+(?:back\s+)?(?:to|towards?)\s+(?:the\s+)?$|"
                                 r"\b(?:forced|forcing|prompted|prompting)\b[^.;,]{0,50}?\bto\s+(?:be\s+)?(?:divert(?:ed)?|re-?route(?:d)?|"
                                 r"flee|fled|evacuate(?:d)?)\s+(?:around|to|via|through|into|towards)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$|"
                                 # ("the bombing had pushed tens of thousands of people towards the Oncupinar crossing": where
                                 # the people went, not where it struck)
                                 # (not "sent hundreds of troops to X": forces sent, a deployment's destination)
                                 r"\b(?:pushed|pushing|drove|driven|driving|sent|sending)\s+(?:[\w,-]+\s+){0,6}?(?:people|civilians|"
                                 r"families|residents|refugees|(?:thousands|hundreds)(?!\s+of\s+(?:[\w-]+\s+)?(?:troops|soldiers|"
                                 r"fighters|forces|marines|militiamen|paratroopers|reinforcements|personnel|advisers|advisors|"
                                 r"mercenaries|commandos)\b))\s+(?:[\w-]+\s+){0,3}?(?:to|into|towards?)\s+"
                                 r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$|"
                                 # ("the wounded were taken to hospitals in X": where the casualties went)
                                 # ("ambulances took the wounded to hospitals in X")
                                 r"(?:\b(?:wounded|injured|casualties|victims|bodies|dead)\s+(?:were\s+|had\s+been\s+)?(?:taken|rushed|"
                                 r"transferred|evacuated|brought|moved|flown|driven)|\b(?:took|take|takes|taking|rushed|carried|ferried|"
                                 r"evacuated|brought|drove)\s+(?:the\s+|some\s+|dozens\s+of\s+)?(?:[\w-]+\s+)?(?:wounded|injured|"
                                 r"casualties|victims|bodies|dead))\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?"
                                 r"(?:(?:nearby\s+|main\s+|a\s+|an\s+)?(?:hospitals?|clinics?|field\s+hospitals?|medical\s+centres?|"
                                 r"medical\s+centers?)\s+(?:in|at)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?$|"
                                 # ("hit a substation in X, cutting power to the Y plant": where the supply failed)
                                 r",\s+(?:cutting|knocking\s+out)\s+(?:off\s+)?(?:the\s+)?(?:power|electricity|water|gas|heating)"
                                 r"(?:\s+supplies|\s+supply)?\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
                                 re.I)
# "at 04:00 Damascus time", "around 3 a.m. Kyiv time": a clock before a town's name and "time"
_CLOCK_BEFORE = re.compile(r"\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|hrs?|hours)?\s+(?:local\s+)?$", re.I)
# ("on the evening of 16 October, Washington time, ...": a zone told with punctuation after it, too)
_ZONE_AFTER = re.compile(r" time\s*[,.;)]")


def _time_zone(before: str, after: str) -> bool:
    """Does a town's name followed by " time" name a time zone (a clock before it, or punctuation after)?"""
    return bool(_CLOCK_BEFORE.search(before, max(0, len(before) - 25)) or _ZONE_AFTER.match(after))
# "in the Kupiansk direction", "on the Bakhmut axis": an operational direction named after a town, not a place.
_DIRECTION_AFTER = re.compile(r"^\s+(?:direction|axis|sector|salient)\b", re.I)
# "the Islamic Resistance in Iraq": a place inside a group's name (not "bombing Islamic State in Syria", "strikes on
# al-Qaeda in Yemen": the group, then where it was hit)
_ORG_IN_BEFORE = re.compile(r"\bIslamic\s+Resistance\s+in\s+(?:the\s+)?$")
# "near the UAE border", "along the Turkish frontier": a country's border, a landmark of a place on the other side
_BORDER_AFTER = re.compile(r"^\s+(?:border|frontier)\b(?!\s+(?:guards?|police|troops|forces|units))", re.I)
# "in the city's Tsentralnyi district": a part of the city told before, which places the event.
_CITYS_PART_BEFORE = re.compile(r"\bthe\s+(?:city|town|capital|port)['’]s\s+$", re.I)
_NAME_BETWEEN = re.compile(r"\s+(?:[A-Z][\w'’]*[\s-]+){0,2}(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?")   # "'s Souq al-" before a part's name
PART_AFTER = re.compile(r"^\s+(?:district|neighbou?rhood|quarter|area|suburb)\b", re.I)
# "Tornados based at X conducted strikes in Y": the jets' home base, where the strikes came from.
_BASED_BEFORE = re.compile(r"\b(?:based|stationed|operating|flying)\s+(?:at|in|from|out\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "Yemen's government, based in Aden, welcomed the raids": an aside telling where a body sits (its seat,
# as a teller's is), never where the event happened
# ("the Airwars project, a monitoring group based in London, counted 40 raids": an apposed noun before it, too)
# ("President Hadi, whose government is based in Riyadh and Aden": a "whose" clause telling the seat, too)
# (not "Since May, the French aircraft have been based at X": a subject and its own verb; nor "The Reaper fleet, based
# in Kuwait, flies over Iraq": a force told by its base, a presence there)
_BASED_ASIDE = re.compile(r"(?<!fleet)(?<!squadron)(?<!wing)(?<!jets)(?<!aircraft)(?<!drones)(?<!troops)(?<!forces)(?<!unit)"
                          r"(?<!units)(?<!detachment)(?<!contingent),\s*(?:which\s+is\s+|who\s+(?:is|are)\s+|now\s+|(?:an?|the)\s+"
                          r"(?:(?!(?:have|has|had|are|is|was|were|been|be)\b)[\w’'-]+\s+){0,5}?|"
                          r"whose\s+(?:[\w’'-]+\s+){1,3}?(?:is|are|was|were|remains?)\s+(?:now\s+)?)?"
                          r"(?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$")
_STRIKE_VERB_AFTER = re.compile(r"[^.;]{0,60}?\b(?:conducted|carried\s+out|launched|struck|bombed|hit|attacked|flew|fired)\b",
                                re.I)
# "hit positions in A and B," he said, referring to neighbourhoods of eastern X": A and B are parts of the
# city named after them, which places the event (their own readings may be homonyms far away).
# (an apposition or "referring to": "Harib and al-Abdiya districts of Marib" names districts, places of their own)
_PARTS_OF_AFTER = re.compile(r"[^.;]{0,120}?(?:,\s*(?:two\s+|both\s+|three\s+|all\s+)?|referring\s+to\s+(?:the\s+)?)"
                             r"(?:neighbou?rhoods|districts|quarters|suburbs)\s+(?:in|of)\s+(?:the\s+)?"
                             r"(?:(?:eastern|western|northern|southern|central|old)\s+)?(?-i:[A-Z])", re.I)
# "near X" kept inside the mention's own text: still a locative
_LOCATIVE_TEXT = re.compile(r"(?:near|in|at|outside|around|inside)\s", re.I)
# "linking X", "the road to X", "north of X", "10 km from X": a landmark for another place.
# ("off the Hodeidah coast", "off X": a landmark at sea)
# ("Erbil, the capital of Iraq's semi-autonomous Kurdistan region": a few words may stand before the region)
_REFERENCE = re.compile(r"\bcapital\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$|"
                        # ("Zawiya, the closest rebel-held town to Tripoli": the town measured from, a landmark)
                        r"\b(?:closest|nearest)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|base|port|airport|point)\s+to\s+(?:the\s+)?$|"
                        # ("the Kursk and Belgorod regions opposite Sumy", "across the border from X": a landmark)
                        # (not "sealed off X", "cordoned off X": the place the forces close)
                        r"\b(?=[nsewlcro\dafdth])(?:(?:(?<!sealed\s)(?<!sealing\s)(?<!cordoned\s)(?<!cordoning\s)(?<!closed\s)off|opposite|across\s+(?:the\s+(?:border|river|frontier)\s+)?from|facing|"
                        r"link(?:ing|s)?|connect(?:ing|s)?|capital\s+of|road\s+to|(?:road|highway|route|motorway)\s+between|"
                        r"route\s+to)|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
                        # ("at camps a few kilometres from Ukraine": a distance told in words, too)
                        r"(?:\d+|a\s+few|several|some|a\s+couple\s+of|dozens\s+of|tens\s+of|hundreds\s+of)\s*"
                        r"(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# "the bridge that links Russia to occupied Crimea": the far end of a link is no place of what happens on it
_LINKED_TO_BEFORE = re.compile(r"\b(?:link|connect)(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){1,3}?(?:to|with)\s+(?:the\s+)?"
                               r"(?:[a-z][\w-]*\s+)?$", re.I)
# "beyond the withdrawal lines set in Minsk", "the truce agreed in Astana": where an accord was made, a landmark
_ACCORD_MADE_IN = re.compile(r"\b(?:lines?|deal|agreements?|accords?|ceasefire|truce|memorandum|protocol|arrangements?)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:agreed|signed|set|negotiated|brokered|drawn\s+up|reached|struck)\s+"
                             # ("under the deal struck by Presidents A and B in Sochi": the parties between)
                             r"(?:by\s+(?:[\w.’'-]+\s+){1,8}?)?(?:in|at)\s+(?:the\s+)?$", re.I)
# "two days after Douma" (a place naming what happened there: a time anchor), "missiles blamed on Israel"
# (the party blamed): no place of the event
# ("Since the fall of Damascus on 8 December, convoys have been converging on X": the place whose fall or capture a
# time is told from)
_ANCHOR_BEFORE = re.compile(r"\b(?=[mhdwybapsu])(?:(?:minutes|hours?|days?|weeks?|months?|years?)\s+(?:after|before)|blamed\s+on|"
                            r"attributed\s+to|pinned\s+on|(?:since|after|before|until)\s+the\s+(?:fall|capture|collapse|"
                            r"liberation|loss)\s+of)\s+(?:the\s+)?$", re.I)
# "hours before the Makiivka strike": a place naming the event a time is told from, its event noun right after it
_ANCHOR_NOUN_AFTER = re.compile(r"\s+(?:air\s+|missile\s+|drone\s+|rocket\s+)?(?:strikes?|attacks?|bombings?|raids?|shelling|"
                                r"massacres?|blasts?|explosions?)\b", re.I)
# "Visiting Kyiv on Friday, the commission's president called the attack despicable": where a visitor stands, never a
# place of the attack
# (only when the visitor then tells: "Visiting X, the minister came under mortar fire" places the fire at X)
_VISITING_BEFORE = re.compile(r"\b(?:[Vv]isiting|[Tt]ouring)\s+$")
_VISITOR_TELLS = re.compile(r"[^.;]{0,40}?,\s+(?:[\w'’-]+\s+){1,8}?(?:called|said|says|condemned|condemns|described|denounced|"
                            r"told|vowed|pledged|promised|urged|praised|laid|met|visited|toured)\b")
# "two days after the explosion on the Kerch bridge": the place of the happening a time is told from (not
# an attack of ours: "three weeks after a rocket strike on X" tells that strike, at X)
_ANCHOR_EVENT_BEFORE = re.compile(r"\b(?=[mhdwy])(?:minutes|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+(?:the|a|an)\s+"
                                  r"(?:(?!(?:strikes?|airstrikes?|attacks?|raids?|shelling|bombing|bombardment|barrage|"
                                  r"assault|offensive|missiles?|rockets?|drones?)\b)[\w-]+\s+){1,3}?"
                                  r"(?:on|in|at|of|near)\s+(?:the\s+)?$", re.I)
# "militants linked to the bombings in Kerman", "the cell behind the attack on X": the place of the attack a party is
# tied to, another happening, never where this event struck
# ("a militant whom Washington accuses of helping to organise last year's attacks on the Bardo museum in X and on a hotel
# near Y": a longer way to the attacks, and the place of what they hit after them)
_BEHIND_ATTACK = re.compile(r"\b(?:linked\s+to|tied\s+to|behind|responsible\s+for|blamed\s+for|suspected\s+of|involved\s+in|"
                            r"accused\s+of|accuses\s+of|accused\s+(?:him|her|them)\s+of)\s+(?:the\s+|a\s+|an\s+)?"
                            r"(?:[\w'’-]+\s+){0,5}?(?:bombings?|attacks?|explosions?|blasts?|massacres?|killings?|shootings?|"
                            r"assassinations?)\s+(?:[^.;]{0,60}?\s)?(?:in|at|on|near)\s+(?:the\s+)?$", re.I)
_AMID_CLASH_BEFORE = re.compile(r"\bamid\s+(?:[\w-]+\s+){0,2}(?:clashes|fighting|battles|combat|confrontations)\b[^.;]{0,80}?"
                                r"\b(?:in|near|around|at|on|of)\s+(?:the\s+)?(?:(?:vicinity|outskirts|area|town|village)\s+of\s+(?:the\s+)?)?$",
                                re.I)
_LEAD_IN = re.compile(r"(?:in|near|around|at|on)\s+(?:the\s+)?(?:(?:vicinity|outskirts|area)\s+of\s+(?:the\s+)?)?", re.I)


# "Maarat al-Numan near Idlib", "Douma, outside Damascus": a town told by the town it lies near
# ("the Bab al-Salama crossing near Azaz": the site's own kind word may follow its name)
_NEAR_GAP = re.compile(r"(?P<kind>\s+(?:border\s+)?(?:crossing|air\s*base|airbase|base|airport|airfield|dam|bridge|camp|checkpoint|"
                       r"refinery|power\s+plant|plant|oilfield|gas\s+field|field|village|district|neighbourhood|hills?))?"
                       r",?\s+(?:(?:just|close)\s+)?(?:(?P<w>near|outside)\s+(?:the\s+(?:town|city)\s+of\s+)?)?")
_NEAR_TEXT = re.compile(r"(?:near|outside)\s", re.I)
# "a convoy heading for X", "a boat carrying them from Y towards X", "a ship bound for X": a vehicle's destination
_JOURNEY_TO = re.compile(r"\b(?:(?:heading|headed|bound|en\s+route|on\s+(?:its|their|the)\s+way|sailing|travell?ing)\s+"
                         r"(?:back\s+)?|carrying\s+[^.;]{1,60}?\s+)(?:for|to|towards?)\s+(?:the\s+)?"
                         r"(?:(?:city|town|port|village|capital)\s+of\s+)?$", re.I)
# "and by morning the troops had pulled out towards X", "the militants fled towards X": where a side that fled or fell
# back went, told by a verb of its own, not where the blow fell (the participle, "fighters retreating towards X", may
# tell where they were struck)
_FLIGHT_TOWARD = re.compile(r"\b(?:fled|retreated|withdrew|(?:pulled|fell)\s+(?:out|back))\s+(?:[\w,'’-]+\s+){0,5}?towards?\s+"
                            r"(?:the\s+)?(?:(?:city|town|village|port|capital)\s+of\s+)?$", re.I)
_OVERLOOKING_GAP = re.compile(r",?\s+(?:[\w-]+\s+){0,2}?(?:overlooking|overlooks|overlook|above)\s+(?:the\s+)?"
                              r"(?:(?:town|city|village|port)\s+of\s+)?", re.I)


def toward_before(body: str, start: int) -> bool:
    """Is the mention at ``start`` told as where a move heads ("moving towards the Libyan coast")?"""
    return bool(_TOWARD.search(body, max(0, start - 40), start))


def near_text(t) -> bool:
    """Is the mention told as near a place ("near Damascus", "outside Idlib")?"""
    return _NEAR_TEXT.match(t.text) is not None


def _near_landmark(t, prev, body: str) -> bool:
    """Is ``t`` ("near Y") the landmark the place just before it (a town or a site) is told by?"""
    if t.start - prev.end > 30 or prev.place is None or prev.place.kind not in ("city", "site", "user") \
            or prev.reference or prev.origin:
        return False
    if _OVERLOOKING_GAP.fullmatch(body, prev.end, t.start):
        return True         # "the X hills overlooking eastern Y": a height told by the town below it
    gap = _NEAR_GAP.fullmatch(body, prev.end, t.start)
    # (a kind word between only after a site the gazetteer knows: "the X air base near Y", not a village's homonym)
    return gap is not None and (gap.group("w") is not None or _NEAR_TEXT.match(t.text) is not None) and \
        (gap.group("kind") is None or prev.place.kind == "site")


def _lead_len(text: str) -> int:
    """How many characters of a mention's text are its own locative ("in the vicinity of Ratyan")."""
    m = _LEAD_IN.match(text)
    return m.end() if m else 0


# "a security source in X": where the teller is.
# ("told reporters in Moscow that ...", "said at a news conference in Ankara": where the teller spoke)
_SOURCE_BEFORE = re.compile(r"\b(?=[sorcgmwjdpnbtaeov])(?:(?:told|telling|briefed|briefing)\s+(?:reporters|journalists|the\s+press|"
                            r"a\s+(?:news|press)\s+conference|a\s+briefing|lawmakers|parliament)|"
                            r"(?:news|press)\s+conference|briefing|"
                            r"source|sources|official|officials|activist|activists|resident|residents|"
                            r"officer|officers|commander|commanders|police|spokeswoman|ministry|department|embassy|"
                            r"correspondent|correspondents|governor|mayor|head|chief|spokesman|spokesperson|witness|witnesses|"
                            # ("according to ship-spotters in Istanbul", "analysts in London": watchers who tell, from afar)
                            r"monitor|journalist|journalists|reporter|reporters|doctor|doctors|nurses|medic|medics|"
                            r"(?:ship-?|plane-?)?spotters|analysts|observers|bloggers|experts|"
                            # ("a Western diplomat in Kyiv said", "in coordination with the Government of National Accord
                            # (GNA) in Tripoli": a diplomat's post, a partner government's seat; not "areas held by the
                            # Autonomous Administration in X", which are the event's)
                            r"diplomat|diplomats|envoy|ambassador|"
                            # ("said in a statement issued in Washington": where the statement was put out, the teller's seat)
                            r"(?:statement|communiqu[eé]|press\s+release)\s+(?:issued|released|published|read\s+out)|"
                            r"(?<=with\sthe\s)government(?:\s+of(?:\s+(?-i:[A-Z])[\w-]+){1,3}?(?=\s+(?:in|\()\b|\s+\())?)"
                            r"(?:\s+\((?-i:[A-Z]{2,6})\))?\s+(?:based\s+)?(?:in|from|of|at)\s+"
                            # ("a military source in the air base of X": the teller's post, a site named after its place)
                            # ("the governor of Turkey's Hatay province said": the country's possessive before the seat)
                            r"(?:the\s+)?(?:\w+(?:['’]s)?\s+)?(?:(?:air\s*base|airbase|base|airport|port|camp|barracks|headquarters)\s+of\s+)?$", re.I)
# "hitting targets from Kyiv to Lutsk": a range of targets, not where the fire came from
_RANGE_FROM = re.compile(r"\b(?:targets|cities|towns|regions|areas|places|sites|facilities|villages|locations)\s+"
                         r"(?:across\s+\w+\s+)?from\s+(?:the\s+)?$|"
                         # "arrived at the site, a few kilometres from X": a distance from X, never where forces came from
                         r"\b(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+(?:away\s+)?from\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$", re.I)
# Whose home, not office, names them: "residents of X were clearing rubble" are at the event's place; they are its
# tellers only when they tell ("residents of X said")
_BYSTANDERS = ("resident", "witness", "doctor", "medic")
# ("the defence department in Canberra said": a body at its seat tells only when the telling verb follows the place;
# "shelled the health department in X" is struck there)
_TELL_WITH_VERB_ONLY = ("officer", "commander", "police", "ministry", "department", "embassy")
_TELLS_NOW = re.compile(r"\s*,?\s*(?:told|said|says|say)\b")
_TELLING_AFTER = re.compile(r"[^.;]{0,150}?\b(?:said|say|says|told|tell|reported|recounted|described|posted|quoted|according)\b",
                            re.I)


def _tells(src: re.Match, body: str, end: int, offset: int = 0) -> bool:
    """Is the source named before a place its teller (officials always; bystanders when they tell; officers and
    commanders, often the victims, only when the telling verb follows the place: "a senior officer in Anbar told")?"""
    low = src.group(0).lower()
    if low.startswith(_TELL_WITH_VERB_ONLY):
        return bool(_TELLS_NOW.match(body, end))
    return not low.startswith(_BYSTANDERS) or bool(_TELLING_AFTER.match(body, end)) or \
        bool(_ACCORDING_TO_BEFORE.search(body, max(0, offset + src.start() - 70), offset + src.start()))


# "according to state media and residents of X reached by telephone": bystanders named as a source tell
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,6}?(?:(?:and|as\s+well\s+as)\s+)?$", re.I)


def told_by_bystanders(body: str, t: Toponym) -> bool:
    """Is ``t`` the town of bystanders who tell ("Residents of X said strikes hit the main market": their own town)?"""
    src = _SOURCE_BEFORE.search(body, max(0, t.start - 55), t.start)
    return src is not None and src.group(0).lower().startswith(_BYSTANDERS)


# "Hatay governor Rahmi Dogan said": the teller's seat.
# ("the Luhansk regional governor said": the level of the office may stand before it)
_SPEAKER_AFTER = re.compile(r"^\s+(?:(?:regional|provincial|province|oblast|city|district|local)\s+)?(?:governor|mayor|governorate\s+council|city\s+council|police\s+chief|"
                            r"spokes(?:man|woman|person)|health\s+(?:ministry|department|directorate|officials?)|"
                            r"military\s+administration|regional\s+administration|"
                            # ("the Kharkiv regional police wrote that ...": a body telling, from its seat)
                            r"police(?=\s+(?:said|says|say|wrote|writes|reported|reports|added|told|posted|announced))|"
                            r"prosecutor['’]s\s+office|emergency\s+services?(?=\s+(?:said|says|say|wrote|reported|added|told))|"
                            # ("..., a Misrata commander told Newswire": who tells, from where)
                            r"(?:military\s+)?(?:commanders?|officials?|sources?)\s+(?:told|said|says|say|added))\b", re.I)
# "aircraft over the Black Sea", "flying over Iran and Iraq": where weapons passed or were launched.
# ("jets flying inside Russian airspace": where the launchers were, not where the bombs fell)
_TRANSIT = re.compile(r"\b(?:flying|flew|fly|flown|aircraft|jets|planes|warplanes|bombers|ships|warships|submarines)"
                      # ("bombers flying over Russia's Kursk region": a province after its country's possessive)
                      # ("flying nearly 1,500 km over Iran and Iraq": the distance flown before the airspace)
                      # ("fly strikes over Iraq", "flew sorties over Syria": the strikes' own airspace, their place)
                      r"\s+(?!(?:air\s*)?(?:strikes|sorties|missions|raids|bombing)\b)(?:\w+\s+)?"
                      r"(?:[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:over|inside|within)\s+"
                      r"(?:the\s+|(?-i:[A-Z])[\w-]+['’]s\s+)?$", re.I)
# "four warships in the Caspian Sea fired ...": a vessel's waters, then the vessel fires from them
_SHIPS_IN = re.compile(r"\b(?=[wsvfdbcg])(?:warships?|ships?|vessels?|frigates?|submarines?|destroyers?|fleet|flotilla|"
                       r"corvettes?|carriers?|boats?|gunboats?)\s+(?:stationed\s+|deployed\s+|based\s+|operating\s+)?"
                       r"(?:in|on|off|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "moved reserves into X, taking them from units that had been preparing to defend Y": a participle clause told after the
# move that says where the forces were drawn from; its places are the origin
_TAKEN_FROM_BEFORE = re.compile(r",\s+(?:taking|drawing|pulling|withdrawing|diverting)\s+(?:them|it|(?:[\w-]+\s+){1,3}?)?"
                                r"\s*from\s+[^.;,]{0,100}$", re.I)
# "Turkish howitzers positioned on the Hatay border had been shelling X", "artillery stationed near Y fired on Z": guns
# told by where they stand, before the verb of their fire; that place is where the fire came from
_GUNS_PLACED = re.compile(r"\b(?:howitzers?|guns?|artillery|batter(?:y|ies)|launchers?|mortars?|tanks?|rocket\s+systems?)\s+"
                          r"(?:positioned|stationed|deployed|based|dug\s+in|placed|massed)\s+(?:(?:on|at|in|near|along|across|inside)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,2})?$", re.I)     # (the preposition may open the place: "near X")
_GUNS_FIRE_AFTER = re.compile(r"(?:\s+(?:border|side|frontier|bank|heights|area|region|province))?\s*,?\s+"
                              r"(?:have\s+|had\s+|has\s+)?(?:(?:already|also|repeatedly)\s+)?(?:been\s+)?"
                              r"(?:fired|firing|launched|struck|hit|bombed|shelled|shelling|pounded|pounding|targeted|targeting)\b", re.I)
_FIRES_AFTER = re.compile(r"(?:\s+Sea)?\s*,?\s+(?:have\s+|had\s+|has\s+)?(?:fired|launched|struck|hit|bombed|shelled)\b")
_SEA = re.compile(r"(?:S(?<!\wS)ea\s+of\s+$)")
_SEA_AFTER = re.compile(r"^\s+Sea\b")
_SEA_ORIGIN = re.compile(r"(?:o(?<!\wo)ver|f(?<!\wf)rom|i(?<!\wi)n)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:(?:and|or)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3})?(?:Sea\s+of\s+)?$")
# "forces loyal to X": an allegiance, not a place.
_NOT_LOCATIVE = re.compile(r"\b(?=[blac])(?:belonging|belonged|belongs|loyal|allied|linked|affiliated|attached|close)\s+to\s+$", re.I)
# "the town of Kilis": the text itself says what the name is.
_QUALIFIER_BEFORE = re.compile(r"\b(?=[ctvdpgro])(?:city|town|village|district|port|province|governorate|region|oblast)\s+of\s+$", re.I)
# "at Hassa, in Hatay", "X (Y)", "X (Z, Y)": the province or city it lies in.
# ("Al Foo base (Province)": the kind word of a named site may stand before its container)
# ("the DniproHES hydroelectric power plant in Zaporizhzhia": a named facility's kind, two words of
# description before it, stands between the facility and the town that holds it)
_CONTAINER_BETWEEN = re.compile(r"(?:\s+(?:air\s*base|airbase|airfield|airport|base|camp|naval\s+base|"
                                r"(?:[\w-]+\s+){0,2}(?:power\s+(?:plant|station)|plant|dam|refinery|oil\s*field|gas\s*field|"
                                r"depot|factory|bridge|prison|port)))?"
                                r"\s*(?:,|\)|\([^()]{1,40}\))?\s*,?\s*(?:in\s+(?:the\s+)?|\(\s*(?:[^(),]{1,40},\s*)?)"
                                r"|,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:city|town|village|port|district|suburb|area)\s+"
                                r"(?:in|of|near)\s+(?:the\s+)?"
                                # "the Jabal al-Akrad area of Latakia province", "the Ghab plain of Hama"
                                r"|\s+(?:area|region|countryside|district|plain|mountains?|outskirts|suburbs?)\s+(?:of|in)\s+(?:the\s+)?"
                                # ("the Kalasa district of rebel-held eastern Aleppo": a mention holding its kind word, and who
                                # holds the container may stand between)
                                r"|(?:(?<=district)|(?<=quarter)|(?<=neighbourhood)|(?<=neighborhood))\s+of\s+(?:the\s+)?"
                                r"(?:[\w-]+-(?:held|controlled)\s+)?")
# "east of the oil ports at X", "west of the bridge over X": a bearing from a feature of a place told after it
_BEARING_OF_THE_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+the\s+(?:[\w'’-]+\s+){1,3}?"
                                    r"(?:at|in|of|near)\s+(?:the\s+)?$", re.I)
# "Kramatorsk lies about 30 km behind the front line at Y", "X sits just across the river from Y": a place told after a
# locating verb whose subject is a place told before it in the sentence locates that subject, a landmark
_LIES_FROM = re.compile(r"\b(?:lies|lay|sits|sat|is\s+(?:situated|located))\s+(?:about\s+|some\s+|roughly\s+|just\s+|only\s+)?"
                        r"(?:[\d.,]+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:behind|from|beyond|away\s+from|across|along|near|"
                        r"off|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b[^.;]{0,50}$", re.I)

def located_after(body: str, subject_end: int, start: int) -> bool:
    """Is the place at ``start`` told after a locating verb ("lies", "sits") whose subject is the place ending at
    ``subject_end``, in the same sentence ("X lies about 30 km behind the front line at Y")?"""
    gap = body[subject_end:start]
    return ("lies" in gap or "sits" in gap or "located" in gap or "situated" in gap or "lay" in gap or "sat" in gap) \
        and "." not in gap and bool(_LIES_FROM.search(body, max(subject_end, start - 60), start))


# "near X, on the Azov coast": the coast a town lies on
_COAST_AFTER = re.compile(r"\s+(?:coast|coastline|shore|seafront)\b", re.I)
# between a base and the bearing phrase that locates it: "the X air base south-east of Y", "X, 30 km north of Y"
_BASE_GENERIC_BETWEEN = re.compile(r"\s*(?:(?:military\s+|international\s+|main\s+)?(?:air\s*base|airbase|airfield|airport|"
                                   r"base|naval\s+base))?\s*,?\s*", re.I)
# "the Tiyas (T4) Air Base near Palmyra": the town that locates a named site.
# ("the Foo military airport on the western edge of X": the edge or outskirts of the town that holds it)
# ("the Zaporizhzhia nuclear power plant at Enerhodar", "the X air base at Y": a plant or base told by the town it stands at)
_SITE_LANDMARK = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:military\s+|international\s+|main\s+)?(?:air\s*base|airbase|"
                            r"airfield|airport|base|naval\s+base|(?:nuclear\s+)?(?:power\s+)?(?:plant|station)|refinery|oil\s*field|gas\s*field))?\s*"
                            r"(?:(?:near|outside|in|at|of|close\s+to|south\s+of|north\s+of|east\s+of|west\s+of)\s+(?:the\s+)?"
                            r"(?:(?:city|town|province|governorate)\s+of\s+)?|"
                            r"on\s+the\s+(?:(?:north|south|east|west)\w*\s+)?(?:edge|outskirts)\s+of\s+)", re.I)
_EDGE_TEXT = re.compile(r"(?:edge|outskirts)\s+of\s+", re.I)     # a mention that holds "edge of"
# Capitals standing for their governments: "Moscow denies", "the regime in Damascus", "Kyiv's decision".
# ("a charge Khartoum rejects": any country's capital, from GeoNames' country table, besides the seats named here)
CAPITALS = {"moscow", "damascus", "washington", "ankara", "tehran", "paris", "london", "beijing", "riyadh",
            "baghdad", "kiev", "kyiv", "cairo", "amman", "beirut", "jerusalem", "doha", "berlin", "ottawa",
            "sanaa", "tripoli", "abu dhabi", "tel aviv", "brussels", "geneva", "vienna", "new york"} | national_capitals()


def is_metropolis(place) -> bool:
    """A capital or a city of a million: never what a story calls "the town", and a strike told at it on the day of one
    in a district inside it is that strike told at large."""
    return place.population >= S.town_max_population or place.name.lower() in CAPITALS


# A foreign city's name on a building ("the Ouagadougou complex") is the building's name.
FACILITY_AFTER = re.compile(r"^\s+(?:complex|compound|hotel|roundabout|square|street|avenue|stadium|hall|tower|"
                            r"building|palace|centre|center|camp)\b", re.I)
# "Shevchenko Park", "Tahrir Square": a named facility, a landmark inside the town.
_NAMED_FACILITY = re.compile(r"^\s+(?:Park|Street|St\.|Avenue|Square|Boulevard|Roundabout|Stadium|Bridge|Descent)\b")
# "Palestine Hospital", "the Kuwait University hospital": an institution named for a country stands in the story's town
# (one named for a town stands in that town: "Aleppo University")
_COUNTRY_NAMED_FACILITY = re.compile(r"^\s+(?:Hospital|Clinic|University|School|College|Hotel|Mosque|Church|Market|Mall|"
                                     r"Tower|Towers|Club|Institute|Camp)\b")
# "ahead of a new push towards the rebel-held town of Y", "to prepare for an assault on Y": the coming attack's aim
# ("jets moved to X ahead of air strikes on Y", "in readiness for raids over Y": the coming strikes' aim too)
_AHEAD_OF_PUSH = re.compile(r"\b" + L.AHEAD_OF + r"\s+"
                            r"(?:an?\s+|the\s+|its\s+|their\s+|any\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:push|offensive|assault|attacks?|advance|operations?|battle|drive|"
                            r"(?:air\s*)?strikes?|(?:air\s+)?raids?|bombing|bombardment|campaign|missions)\s+"
                            r"(?:towards?|on|against|into|for|over|to\s+(?:take|retake|capture|recapture|storm))\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:(?:town|city|village|outskirts)\s+of\s+)?$", re.I)
# "entered Kupiansk, the rail hub on the Oskil", "Kobani, a town close to the border with Turkey": a noun set beside a town
# ("Binnish, a rebel-held town next to al-Fuaa": "next to", "adjacent to", "opposite" too)
# describes it by what it lies on or near, a landmark (", a town in X" names its container: _CONTAINER_BETWEEN)
# (", its main stronghold in the Latakia mountains": a side's stronghold told by the area that holds it)
_APPOSED_LANDMARK = re.compile(r",\s*(?:a|an|the|its|their|his)\s+(?:[\w'’-]+\s+){0,3}?(?:hub|town|city|village|port|centre|center|junction|"
                               r"crossing|stronghold|capital|gateway|outpost|bastion|base|heartland)\s+(?:(?:that\s+|which\s+)?(?:lies|sits|stands)\s+)?"
                               r"(?:on|along|by|near|close\s+to|next\s+to|adjacent\s+to|opposite|across|beside|overlooking|facing|"
                               r"(?:up|down)(?:stream|river)\s+(?:of|from)|"
                               r"(?<=hold\s)in|(?<=ion\s)in|(?<=ase\s)in|(?<=and\s)in|"
                               r"on\s+the\s+(?:banks?|shores?|edge)\s+of)\s+(?:the\s+(?:border\s+with\s+)?)?|"
                               # (", the town that houses Chornobyl workers": a relative clause on the town)
                               # (", the pumping station that supplies Aleppo with water": a site told by what it serves)
                               r",\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:town|city|village|port|hub|station|plant|dam|base|"
                               r"camp|facility|airport|airfield|depot|factory|refinery|field)\s+(?:that|which|where)\s+"
                               r"[^,.;:()]{0,60}?|"
                               # ("on Khotin and Yunakivka, (two) villages just north of Sumy": a list's apposition in the plural)
                               r",\s*(?:(?:two|three|four|several|both|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?(?:villages|towns|cities|"
                               r"settlements|hamlets)\s+(?:(?:north|south|east|west)[\w-]*\s+of|near|outside|close\s+to|on|along|by)?\s*"
                               r"(?:the\s+)?|"     # (the town after it may be told by its bearing: "just north of Sumy")
                               # ("arrived at the X military base, between Y and Z": the towns a place lies between)
                               r"(?:\s+(?:[\w'’-]+\s+){0,2}?(?:base|airbase|airport|airfield|camp|garrison|crossing|bridge))?,\s*"
                               r"(?:(?:midway|halfway|roughly|about)\s+)?between\s+(?:the\s+)?(?:(?:towns?|cities)\s+of\s+)?", re.I)
_BETWEEN_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# "near Sabratha, west of Tripoli": a relative phrase in apposition places the town before it.
_RELATIVE_TEXT = re.compile(r"^(?:\d|about|some|around|(?:north|south|east|west)[\w-]*\s+of)", re.I)

def _arabic_head_village(t) -> bool:
    """An unknown village its container holds, named with an Arabic head word that also opens
    people's names ("Umm Khurayb (Tal Tamr, Hasakah)", "Bin Zurayf (Daquq)"): a place, not a person.
    So is a town or site the gazetteer holds under that very name ("Umm Qasr": the port, not a man's kunya)."""
    words = re.findall(r"[\w’']+", t.name.lower())
    if len(words) < 2 or words[0] not in ("umm", "bin", "ibn", "albu", "abu") or words[-1] in L.PEOPLE:
        return False
    return bool(t.village) or getattr(t.place, "kind", "") in ("city", "site") and name_key(t.place.name) == name_key(t.name)

def transit_before(body: str, pos: int) -> bool:
    """"flying over X", "jets inside X", "fired from X": a passage or launch area told right before ``pos``."""
    return bool(_TRANSIT.search(body, max(0, pos - 50), pos) or _ORIGIN.search(body, max(0, pos - 50), pos))


# "about 15 km north of X", "20km south of X": told by a distance on land (not "north of X", "near X"; a position at
# sea, "50 nautical miles off X", is left with the port's reports)
_DISTANCE_TEXT = re.compile(r"\d\s*(?:km|kilomet|mile)", re.I)


def told_by_distance(text: str) -> bool:
    """Is a place's text told by its distance from another ("about 15 km north of Manbij")?"""
    return bool(_DISTANCE_TEXT.search(text))


def told_by_bearing(text: str) -> bool:
    """Is a place's text told by a bearing from another, with or without a distance ("south-west of Sirte")?"""
    return bool(_RELATIVE_TEXT.match(text)) and not _NEAR_TEXT.match(text)


def told_around(text: str) -> bool:
    """Is a place's text told only by where it lies from another ("south of Kirkuk", "12 km west of X", "near X")?"""
    return bool(_RELATIVE_TEXT.match(text) or _NEAR_TEXT.match(text))


def relative_text(t: Toponym) -> bool:
    """"west of Tripoli", "12 km north of Hama": a place told by its distance from another."""
    return bool(_RELATIVE_TEXT.match(t.text))


_INSIDE_BEFORE = re.compile(r"(?:i(?<!\wi)n|i(?<!\wi)nto|n(?<!\wn)ear|a(?<!\wa)round|a(?<!\wa)cross|o(?<!\wo)utside|"
                            r"i(?<!\wi)nside|o(?<!\wo)n)\s+$")
_OFFICE_AFTER = re.compile(r"^[’']s\s+(?:President|Prime|Foreign|Defen[cs]e|Minister|Ministry|government|"
                           r"foreign|defen[cs]e|president|prime|envoy|ambassador|leader)")
# A name inside another name: "Kalibr missiles", "the Astana talks", "Hezbollah fighters", "the cruiser Moskva".
# (the word between may be a model, "Kinzhal hypersonic missiles"; never a preposition: "shelled X with rockets")
# ("residents of X say jets struck ...": a telling verb or a conjunction between is no platform's name)
# (not a name that ends a fronted locative, an article after it: "In Odesa a missile struck a building")
_PLATFORM_AFTER = re.compile(r"^[\s-]+(?:(?!(?:with|using|and|or|by|from|to|at|in|on|of|for|as|via|after|before|say|says|said|saw|"
                             r"sees?|hear|heard|report|reports|reported|told|tell|tells|where|when|that|which|while|"
                             r"a|an|the|another|two|three|four|several|some)\s)"
                             r"[\w-]+\s+)?(?:jets?|aircraft|bombers?|fighters?|helicopters?|missiles?|systems?|"
                             r"drones?|tanks?|launchers?|rockets?|class|reconnaissance|destroyers?|warships?|frigates?|"
                             r"cruisers?|corvettes?|carriers?|submarines?|vessels?|ships?)\b", re.I)   # ("the US destroyer X")
# "fired rockets at US bases in Syria", "UK troops in Estonia": a country's name before what it owns abroad is its
# attribute, not a place
_OWNED_AFTER = re.compile(r"^\s+(?:(?:air|military|naval|army|special|combat)\s+)?(?:bases?|outposts?|garrisons?|"
                          r"installations|positions|troops|forces|soldiers|personnel|advisers|advisors|contingents?|"
                          r"diplomats|interests|convoys?|patrols?)\b", re.I)
# "the risk of Syria's chemical weapons reaching X", "Iran's missile programme": a country's arms or programme told by
# its possessive; the country owns them, it is no place of an act
_ARMS_OWNED_AFTER = re.compile(r"^['’]s\s+(?:(?:chemical|nuclear|ballistic|missile|drone|weapons?)\s+){0,2}(?:weapons|arsenal|"
                               r"stockpiles?|programmes?|programs?|missiles)\b", re.I)
# "U.S. and British strikes", "Russian and Syrian jets" told with a country's name: an attribute, not a place
# (a word that ends its sentence, "... of Raqqa, Aleppo and Idlib. The missiles hit", is no country's adjective)
_ATTRIBUTE_LIST_AFTER = re.compile(r"^\s+and\s+(?:[A-Z][\w.]*(?<![a-z]{2}\.)\s+){1,2}(?:strikes|air\s*strikes|raids|attacks|forces|troops|jets|"
                                   r"warplanes|warships|aircraft|drones|missiles)\b")
# ("Ukraine's Azov regiment", "the Hamza division": a unit named after a place, no place)
# ("the Azov volunteer battalion", "the Donbas special forces battalion": a unit named after a place, a kind word between)
_GROUP_AFTER = re.compile(r"^[\s-]+(?:(?:volunteer|special(?:\s+forces)?|territorial(?:\s+defence)?|national|elite|assault|"
                          r"mechani[sz]ed|separate|tank|infantry|marine|airborne)\s+)?(?:militants|fighters|militias?|"
                          r"militiamen|jihadists|insurgents|movement|rebels|gunmen|loyalists|brigades?|battalions?|regiments?|"
                          r"divisions?|supporters)\b", re.I)
# "volunteer battalions such as Aidar and Donbas", "militias like X": units named after places, listed as examples
_GROUP_SUCH_AS_BEFORE = re.compile(r"\b(?:battalions|brigades|regiments|units|militias|divisions|formations)\s+"
                                   r"(?:such\s+as|like|including)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*(?:\s*,\s*|\s+and\s+)){0,3}$",
                                   re.I)
_VESSEL_WORDS = r"cruiser|frigate|destroyer|corvette|warship|ship|vessel|carrier|submarine|tanker|flagship|missile\s+boat"
_VESSEL_BEFORE = re.compile(r"\b(?=[cfdwsvtm])(?:" + _VESSEL_WORDS + r")\s+$", re.I)
# "The Moskva, flagship of the Black Sea Fleet, sank": a name set off by an apposition that calls it a vessel is a ship's
# (not "hit the shipyard in X, damaging a submarine": a participle's clause after the place, what the strike did there)
_VESSEL_APPOSED_AFTER = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+)?(?:(?![\w-]+ing\s)[\w-]+\s+){0,2}?(?:flagship|cruiser|frigate|destroyer|"
                                   r"corvette|warship|submarine|landing\s+ship|missile\s+boat|patrol\s+boat)\b", re.I)
# "the US embassy in Baghdad": a country's embassy stands in another country, named after.
# ("Iran's embassy in Damascus", "the consular annex of Iran's embassy": the possessive too)
_EMBASSY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:embass(?:y|ies)|consulates?|diplomatic\s+(?:mission|compound))\b", re.I)
# "landed near the US embassy in Baghdad": the embassy as a place, so the city is where it happened
# (not "the embassy in Moscow said", a teller).
# ("destroyed a building in the compound of X's embassy in": a strike verb's object, up to eight words)
_AT_EMBASSY = re.compile(r"\b(?:near|at|on|outside|into|inside|towards?|hit|struck|targeted|targeting|attacked|shelled|"
                         r"destroyed|damaged|bombed|levelled|leveled|flattened)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,8}(?:embass(?:y|ies)|consulates?)\s+in\s+$", re.I)   # ("hit the annex of X's embassy in")
# ("the state-owned Brega oil company": an industry word between the town and the firm it names)
_NAMED_AFTER = re.compile(r"^(?:[\s-]+(?-i:[A-Z])[\w’'-]*|\s+(?:oil|gas|petroleum|energy|power|electricity|cement|steel|"
                          r"shipping|trading|construction|investment)(?=\s+(?:company|companies|corporation|firm)\b))?"
                          # (not "the Chonhar road bridge", "the X railway bridge": a bridge that stands at the town)
                          r"\s+(?:(?:highway|road|motorway|railway)(?!\s+bridge\b)|pipeline|ceasefire|truce|"
                          r"agreement|accords?|deal|talks|process|protocol|format|summit|memorandum|declaration|"
                          # ("across the Kakhovka reservoir from X": a water body named after a town)
                          r"group|meeting|conference|airport\s+road|river|canal|reservoir|lake|offensive|campaign|battle|operation|"
                          # ("the Brega company's depot", "the Sirte Oil Company": a firm named after a town)
                          r"company|companies|corporation|firm)\b", re.I)

# "the Basra hospital in Mosul", "al-Quds hospital in the Sukkari district of Aleppo": a facility named
# after a place, followed by the place it stands in, names no place itself
# ("al-Khadra general hospital in Tripoli", "the Ibn Sina teaching hospital in X": a kind word before the facility)
_FACILITY_IN_AFTER = re.compile(r"^\s+(?:(?:general|central|main|teaching|military|public|national|maternity|children['’]s|"
                                r"women['’]s|field|grand|old|new)\s+)?(?:hospital|clinic|school|university|mosque|church|cathedral|market|bakery|"
                                r"stadium|prison|hotel|theatre|theater)s?(?:\s+(?:area|compound|complex|grounds))?"
                                r"\s+(?:in|at|near)\s+(?:the\s+)?"
                                r"(?:[a-z][\w-]*\s+){0,3}(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-)", re.I)


# "Kyiv was hit by missiles", "the embassy in X was shelled": the subject of a passive strike verb
# is where it happened, even a capital (elsewhere a government: "Moscow was angered").
# ("Kyiv is now ringed by Patriot batteries": a capital guarded by forces, the place they stand at, no government)
_STRUCK_VERB = (r"(?:hit|struck|shelled|bombed|attacked|targeted|pounded|rocked|bombarded|rocketed|mortared|"
                r"hammered|blasted|ringed|encircled|guarded|protected|defended)\b")
_STRUCK_AFTER = re.compile(r"^\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?" + _STRUCK_VERB
                           # a headline's passive has no auxiliary: "Kyiv hit by missiles"
                           + r"|" + _STRUCK_VERB + r"\s+(?:again\s+)?by\b)", re.I)
# "Moscow struck Kharkiv", "Kyiv shelled Donetsk": a capital as the subject of a strike verb is its government.
_CAPITAL_ACTS = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?(?:shelled|struck|bombed|launched|fired|attacked|pounded|"
                           r"targeted|sent|deployed|hit|rushed|moved|dispatched|transferred|redeployed|ordered|flew|"
                           r"airlifted|shipped|set\s+up|established|built)\b", re.I)   # ("the posts that Ankara set up")
# "the government and the Kurdistan Region both rushed troops into the area", "Misrata sent fighters": a place as the
# subject of a verb that sends forces is the body that sends them
_SENDER_AFTER = re.compile(r"^\s+(?:(?:both|also|then|quickly|swiftly|has|have|had|later|again)\s+)*"
                           r"(?:sent|deployed|rushed|dispatched|mobili[sz]ed|redeployed)\s+(?:more\s+|extra\s+|additional\s+|its\s+|their\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:troops|forces|units|fighters|soldiers|reinforcements|brigades?|battalions?|"
                           r"tanks|jets|aircraft|warplanes|police)\b", re.I)
# "by aircraft of the United Arab Emirates", "units of the army of Turkey": a country that owns the force named before it
_FORCE_OF_BEFORE = re.compile(r"\b(?:aircraft|jets|warplanes|planes|drones|helicopters|bombers|warships|ships|artillery|forces|"
                              r"troops|units|army|navy|air\s+force|military)\s+of\s+(?:the\s+)?$", re.I)
# "fighters sent by Ankara", "militias backed by Tehran": a capital as the agent of a passive is its government
_AGENT_BY_BEFORE = re.compile(r"\b(?:sent|backed|supported|supplied|armed|funded|financed|trained|deployed|dispatched|hired|"
                              r"recruited|paid|directed|ordered|run|controlled|equipped|flown\s+in)\s+by\s+$", re.I)
# "the coalition led by the Kingdom of Saudi Arabia", "militias backed by Iran": a country as the agent that leads,
# backs or arms a force is a party to it, not a place
_LED_BY_BEFORE = re.compile(r"\b(?:led|headed|commanded|backed|supported|sponsored|funded|armed|trained|equipped)\s+by\s+"
                            r"(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Emirate)\s+of\s+)?$", re.I)
_PREPOSITION_END = re.compile(r"\b(?:in|at|from|to|into|near|around|of|on|over|across|towards?|outside|inside)\s+(?:the\s+)?$", re.I)
# "Kyiv accused Moscow of ...", "urged Tehran to": a capital as the party a verb of blame or appeal addresses
# ("the first such raids by Damascus on Kurdish forces": a capital as the agent of an attack noun)
# ("a capability few analysts had credited Moscow with", "officials told Tehran", "sanctions punished Moscow": a capital
# as the party a verb of credit, telling or reward addresses)
_PARTY_BEFORE = re.compile(r"\b(?=[abuwcprsodntil])(?:accus(?:ed|es|ing|e)|blam(?:ed|es|ing|e)|urg(?:ed|es|ing|e)|warn(?:ed|s|ing)?|"
                           r"credit(?:ed|s|ing)|told|tell(?:s|ing)?|inform(?:ed|s|ing)|ask(?:ed|s|ing)|thank(?:ed|s|ing)|"
                           r"prais(?:ed|es|ing)|invit(?:ed|es|ing)|notif(?:ied|ies|ying)|reassur(?:ed|es|ing)|assur(?:ed|es|ing)|"
                           r"remind(?:ed|s|ing)|rebuk(?:ed|es|ing)|caution(?:ed|s|ing)|lobb(?:ied|ies|ying)|persuad(?:ed|es|ing)|"
                           r"convinc(?:ed|es|ing)|sanction(?:ed|s|ing)|punish(?:ed|es|ing)|reward(?:ed|s|ing)|"
                           # ("an agreement Baghdad signed with Tehran": the other party to a pact)
                           r"(?:signed|negotiated|concluded|reached|agreed)\s+(?:\w+\s+){0,3}?with|"
                           r"condemn(?:ed|s|ing)|critici[sz](?:ed|es|ing)|called\s+on|press(?:ed|es|ing)|"
                           r"(?:raids?|strikes?|attacks?|bombings?|shelling|bombardments?|offensives?|operations?|deployments?)"
                           r"\s+by)\s+$", re.I)
# "the U.S.-led coalition", "Iran-backed militias": a place name as an actor's attribute.
_ATTRIBUTE_AFTER = re.compile(r"-(?:led|backed|based|allied|funded|trained|made|built|supported)\b")
# What joins the names of a list: "over Iran and Iraq", "in Iraq, Syria".
_LIST_JOIN = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
# ("towards X and the Y boundary": "the" may open the next aim of a purpose)
LIST_JOIN_THE = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?")
_AND_OR = re.compile(r"\s*(?:and|or)\s*")


def _spans(body: str) -> bytearray:
    """Characters inside organisations' names ("Islamic State of Iraq and the Levant") and datelines."""
    inside = bytearray(len(body) + 1)
    for m in org_spans(body).finditer(body):
        inside[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    start, end = 0, 0                   # a dateline opens a line: tried at line starts only (as finditer finds them)
    while start >= 0:                   # (and only where a capital opens the line, as every dateline's does)
        m = dateline_lead(body, start) if start >= end and "A" <= body[start:start + 1] <= "Z" else None
        if m:
            inside[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            end = m.end()
        start = body.find("\n", start) + 1 or -1
    return inside


# "an air strike on Beirut has ...": a strike noun's place, not the government that acts
_STRIKE_ON_BEFORE = re.compile(r"\b(?:strikes?|attacks?|raids?|bombing|bombardment|shelling)\s+(?:on|in|against)\s+$", re.I)
# A site's kind word after a name that is also a person's ("the Omar oilfield", "the Tabqa dam").
_SITE_KIND_AFTER = re.compile(r"\s+(?:(?:military|international|main)\s+(?=air|airport))?(?:oil\s*fields?|gas\s*fields?|air\s*base|airbase|airport|airfield|dam|refinery|"
                              r"(?:nuclear\s+)?power\s+(?:plant|station)|military\s+base|naval\s+base)\b", re.I)


# "Tripoli's Abu Salim area": a capital's possessive naming a part of the city, a place
# ("Kyiv's main airport", "Aden's port", "Kharkiv's central railway station": the capital's own facility, a place)
_PART_OF_CITY_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:district|area|neighbou?rhood|quarter|suburb|"
                                 r"airport|port|outskirts)\b|['’]s\s+(?:(?:main|international|military|sea|central)\s+)?"
                                 # ("Tripoli's seaport", "Kyiv's TV tower", "Odesa's oil refinery": the capital's own
                                 # facility of any such kind)
                                 r"(?:airport|airfield|port|seaport|harbou?r|docks|(?:railway|train|bus|power)\s+station|"
                                 r"power\s+plant|(?:oil\s+)?refinery|(?:TV|television)\s+tower)\b")


def _word_gap_after(after: str) -> bool:
    """May a pattern on the words after a name match there? Each opens with a space, a hyphen or an
    apostrophe (" province", "-led", "'s President"): after a comma, a stop or a bracket none can."""
    return bool(after) and (after[0].isspace() or after[0] in "-'’")


@lru_cache(maxsize=20_000)
def _weapon_name(name: str) -> bool:
    """Is the name a weapon's (asked once per name: the lexicon's weapons are a long alternation)?"""
    return L.WEAPON.fullmatch(name) is not None


# "at Bin Jawad, 60 km west of Ras Lanuf", "Bani Walid, a desert town": a name told with its bearing from a town, or called
# a town, is a place whatever person's name it looks like
_PLACED_AFTER = re.compile(r",\s+(?:(?:about|some|around|roughly|nearly)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?"
                           r"(?:(?:north|south|east|west)[\w-]*|outside)\s+of\b|"
                           r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|port|oasis)\b", re.I)


# "struck targets in Sirte and Bin Jawad": a name listed after a place a locative introduces is a place too
_LISTED_AFTER_PLACE = re.compile(r"\b(?:in|at|near|around|on|outside)\s+(?-i:[A-Z][\w'’-]+)(?:[\s-](?-i:[A-Z][\w'’-]+))?"
                                 r"\s+(?:and|or)\s+$", re.I)


def _named_site(name: str, after: str) -> bool:
    """Does ``name`` with the site word right after it name a site the gazetteer knows ("the Omar oil field")?"""
    m = _SITE_KIND_AFTER.match(after)
    if m is None:
        return False
    from gazetteer import default_gazetteer
    from gazetteer.keys import name_key
    return default_gazetteer().is_known(name_key(name + m.group(0)))


# "President George W. Bush", "Mr Bush", "the USS Mason", "the destroyer Mason": a name the story gives a person's title
# or a ship's prefix; told bare elsewhere in the story ("the Bush administration", "the attacks on the Mason") it is that
# person or ship still (one sense per story)
_PERSON_OR_SHIP = re.compile(r"\b(?:(?:President|Mr|Mrs|Ms|Dr|Gen|General|Colonel|Col|Admiral|Adm|Senator|Sen|Secretary|"
                             r"Prime\s+Minister|Defen[cs]e\s+Secretary|Foreign\s+Minister)\.?\s+(?:[A-Z][\w.’'-]*\s+){0,2}|"
                             r"(?:USS|HMS|INS|HMCS|HMAS|FS|TCG)\s+(?:[A-Z][\w.’'-]*\s+){0,2}|"
                             r"(?:the\s+)?(?:" + _VESSEL_WORDS + r")\s+)"
                             r"(?P<name>(?-i:[A-Z])[\w’'-]+)\b(?!\s+(?-i:[A-Z]))")


@lru_cache(maxsize=4)
def _people_and_ships(body: str) -> frozenset:
    """The names the story tells after a person's title or a ship's prefix (see ``_PERSON_OR_SHIP``)."""
    return frozenset(m.group("name") for m in _PERSON_OR_SHIP.finditer(body))


# a line that opens with a time stamp, then a name in capitals and a colon: a transcript's turn ("[00:41] DANA: ...")
_TURN_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?$")


def _speaker_label(body: str, t: Toponym) -> bool:
    """Is the capitalised name before a colon a transcript's speaker: it opens its line, and its label opens another
    line too ("DANA: ..." twice; a dateline "KYIV: ..." is told once)?"""
    if not _TURN_OPENS.search(body, max(0, t.start - 14), t.start):
        return False
    label = body[t.start:t.end] + ":"
    return sum(1 for m in re.finditer(re.escape(label), body)
               if _TURN_OPENS.search(body, max(0, m.start() - 14), m.start())) >= 2


def is_name_not_place(t: Toponym, body: str, inside: bytearray | None = None, near: int | None = None,
                      qualified: Callable[[], frozenset] = frozenset, people: frozenset | None = None) -> bool:
    """The mention names something else: a person, an organisation, a government, a weapon, a group,
    an agreement, a ship, an office. (``near``: :func:`_looking_back` of the mention, if asked already;
    ``qualified()``: keys of names the story calls a place somewhere, "the hilltop town of Bani Walid".)"""
    near = _looking_back(body, t.start) if near is None else near
    before = body[max(0, t.start - 60):t.start]
    after = body[t.end:t.end + 60]
    low = t.name.lower()
    bare_start = t.end - len(t.name) if body[t.start:t.end].endswith(t.name) else t.start
    if inside is not None and (inside[t.start] or inside[max(t.start, t.end - 1)]):
        return True                                    # "Islamic State of Iraq and the Levant", "BEIRUT (AP) -"
    if after[:1] == ":" and body[t.start:t.end].isupper() and _speaker_label(body, t):
        return True                                    # "[00:41] DANA: On Monday ...": a transcript's speaker
    if t.place is not None and t.place.kind != "country" and is_trap(t.name) and t.cue is None and not (
            (t.place.kind == "site" or _named_site(t.name, after)) and _SITE_KIND_AFTER.match(after)) \
            and not _arabic_head_village(t) and t.key not in qualified() and not _PLACED_AFTER.match(after) \
            and not _LISTED_AFTER_PLACE.search(before) \
            and not (near & _B_QUALIFIER and _QUALIFIER_BEFORE.search(before, max(0, len(before) - 30))):
        # ("the Omar oilfield": a site, not a man; "the town of Bin Jawad": the text says it is a place)
        return True                                    # people, calendar and generic words ("Nad Ali district": a place)
    if t.cue is None and body[t.start:t.end] == t.name and _part_of_longer_name(body, bare_start, t.end, set()):
        return True                                    # "Hassan Haj Ali", "RIA Novosti"
    worded = _word_gap_after(after)                    # (else none of the patterns on the words after is asked)
    if worded and _ATTRIBUTE_AFTER.match(after):
        return True                                    # "the U.S.-led coalition", "Iran-backed militias"
    if _weapon_name(t.name):
        return True                                    # "Pantsir", "Grad": weapons named like towns
    if " of " in before[-12:] and _PARTY_OF.search(before, max(0, len(before) - 30)):
        return True                                    # "the Patriotic Union of Kurdistan": a party's name
    if L.TITLES.search(before, max(len(before) - 45, last_words(before, 4))):     # (a title of two words, two names)
        return True                                    # "President Assad", "Gen. Hama"
    if t.cue is None and " " not in t.name and t.place is not None and t.place.kind != "country" \
            and t.name in (_people_and_ships(body) if people is None else people):
        return True                                    # "President George W. Bush ... the Bush administration": one sense
    if worded and (_PLATFORM_AFTER.match(after) or _ATTRIBUTE_LIST_AFTER.match(after)) \
            or near & _B_VESSEL and _VESSEL_BEFORE.search(before, max(0, len(before) - 30)) \
            or after[:1] == "," and _VESSEL_APPOSED_AFTER.match(after) \
            or worded and (_NAMED_AFTER.match(after) or _GROUP_AFTER.match(after) or _FACILITY_IN_AFTER.match(after)) \
            or ("such as" in before or "like" in before or "including" in before) and _GROUP_SUCH_AS_BEFORE.search(before):
        return True
    struck = bool(worded and _STRUCK_AFTER.match(after)) or \
        bool(near & _B_STRIKE_ON and _STRIKE_ON_BEFORE.search(before, max(0, len(before) - 35)))
    # ("Kyiv was hit by missiles", "an air strike on Beirut has left ...": the place hit)
    if near & _B_METONYM and (mb := L.METONYM_BEFORE.search(before, max(0, len(before) - 80))) \
            and not _AT_EMBASSY.search(body, max(0, t.start - 100), t.start) and not struck and not (
                mb.group(0).lower().startswith(("officials", "authorities", "visit", "trip"))
                and t.place is not None and t.place.kind == "city" and low not in CAPITALS):
        # ("during a visit to Shchastia": a town visited, a place; "a visit to Ankara": the government there)
        # ("Officials in Zhytomyr say ...": a town's own officials, the teller's seat, not a government's metonym)
        return True                                    # "the government in Tobruk"
    if low in CAPITALS and not struck and (L.METONYM_AFTER.match(after) or _CAPITAL_ACTS.match(after)
                                            or after.startswith(("'s ", "’s ")) and not _INSIDE_BEFORE.search(before)
                                            and not _PART_OF_CITY_AFTER.match(after)
                                            or _PARTY_BEFORE.search(before, max(0, len(before) - 20))):
        return True                                    # "Moscow denies", "Kyiv's decision", "Moscow struck X"
    if low in CAPITALS and _AGENT_BY_BEFORE.search(before, max(0, len(before) - 30)):
        return True                                    # "Syrian fighters sent by Ankara": the capital is the sender
    if worded and _SENDER_AFTER.match(after) and not _PREPOSITION_END.search(before):
        return True                                    # "the Kurdistan Region both rushed troops": the sender, not a place
    if worded and _OFFICE_AFTER.match(after):
        return True                                    # "Syria's President"
    if worded and t.place is not None and t.place.kind == "country" and _EMBASSY_AFTER.match(after):
        return True                                    # "the US embassy in Baghdad": a building abroad
    if worded and t.place is not None and t.place.kind == "country" and _OWNED_AFTER.match(after):
        return True                                    # "US bases in Syria": what the country owns abroad
    if t.place is not None and t.place.kind == "country" and after[:2] in ("'s", "’s") and _ARMS_OWNED_AFTER.match(after):
        return True                                    # "the risk of Syria's chemical weapons reaching X": the owner
    if t.place is not None and t.place.kind == "country" and " of " in before[-16:] and _FORCE_OF_BEFORE.search(before):
        return True                                    # "by aircraft of the United Arab Emirates": the owner, not a place
    if t.place is not None and t.place.kind == "country" and " by " in before[-40:] \
            and _LED_BY_BEFORE.search(before, max(0, len(before) - 40)):
        return True                                    # "the coalition led by the Kingdom of Saudi Arabia": its leader
    return False


def _lone_bracket_note(t: Toponym, prev: Toponym, body: str) -> bool:
    """A place alone in brackets, after words (not right after a place), in the sentence of an
    earlier place of the same country: a coder's note of that place's container."""
    if body[t.start - 1:t.start] != "(" or body[t.end:t.end + 1] != ")" or prev.is_country:
        return False
    between = body[prev.end:t.start - 1]
    return prev.place.country == t.place.country and len(between.split()) >= 2 \
        and not re.search(r"[.!?]\s|[()]", between) and len(between) < 160


# "from Foo region (Bar, ": the bracket notes where an origin lies, so it is an origin too.
_ORIGIN_BRACKET = re.compile(r"f(?<!\wf)rom\s+(?:the\s+)?(?:(?:al|el|ad|ar|as|ash|at|az|an)[- ])?(?:[A-Z][\w’'-]*\s*){1,3}"
                            r"(?:\s(?:region|district|area|city|town|village|province|governorate)\s*)?"
                            r"\((?:[^(),]{1,40},\s*)?$")
# From one origin to the next of a list: "over Iran and Iraq", "from X (Y, Z) and W governorate" (a
# bracket noting the first one's container may close before the next name), or to its container: "launched from
# bases in Kermanshah province in western Iran"
_ORIGIN_LIST = re.compile(r"(?:\s+(?:region|district|area|city|town|village|province|governorate))?"
                          r"(?:\s*\([^()]{0,60}\)|\s*\))?\s*(?:,|and|or|,\s*and|\bin\b)\s*(?:the\s+)?")


_PREVENTED_BEFORE = re.compile(r"\bto\s+(?:block|prevent|stop|cut\s+off|deter|halt|foil|thwart)\s+(?:[\w-]+\s+){0,7}?"
                               r"(?:towards?|into|to|on|reaching)\s+(?:the\s+)?$", re.I)
# "X, the largest of the Houla villages", "Y, one of the Foo camps": the group a place belongs to names no other place
_ONE_OF_BEFORE = re.compile(r",\s+(?:one|two|three|some|several|the\s+(?:largest|biggest|main|smallest|last|first|second|"
                            r"third|southernmost|northernmost|easternmost|westernmost))\s+of\s+the\s+$", re.I)
_GROUP_NOUN_AFTER = re.compile(r"\s+(?:villages|towns|districts|neighbou?rhoods|communities|settlements|suburbs|camps|"
                               r"quarters|islands)\b", re.I)
# "checkpoints on the main road to Kirkuk", "along the coastal road to X": the town the road leads to
# ("the Kerch bridge to Crimea": where a bridge or a railway leads, a landmark too; "the main supply lines to X" too)
# ("on the road north to Erbil": the road's bearing may stand before "to")
_ROAD_TO = re.compile(r"\b(?:road|highway|motorway|route|way|bridge|railway|rail\s+link|crossing|supply\s+lines?|lifeline|corridor)\s+"
                      r"(?:leading\s+|running\s+|that\s+leads\s+)?"
                      r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:wards?)?\s+)?"
                      # ("the motorway between Aleppo and Damascus": both ends of a road are landmarks)
                      r"(?:to|towards|between|between\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?and)\s+"
                      r"(?:the\s+)?$", re.I)


_ROAD_TO_TEXT = re.compile(r"(?:on|along)\s+the\s+(?:[\w-]+\s+)?(?:road|way|highway)\s+to\b", re.I)


def _after_origin(t: Toponym, out: list[Toponym], body: str) -> bool:
    """"retreating from X near Y": a mention opening with a lowercase word ("near", "north of") right after the
    origin's own name is a phrase of its own; the "from" is X's."""
    return bool(out) and t.text[:1].islower() and out[-1].end <= t.start and not body[out[-1].end:t.start].strip()


def mark(toponyms: list[Toponym], body: str, told: Callable[[int], bool] | None = None) -> list[Toponym]:
    """Set each mention's role flags (in text order); drop names that are not places.

    ``told(pos)``: whether the mention at ``pos`` stands where an event may be told (a sentence holding a
    trigger); only there are its event roles read (origin, landmark, purpose, towards ...). A mention
    elsewhere (background) gets what the document-level steps read (whether it is a place, its locative,
    qualified and the words after it); a sentence that borrows it ("the town") resets its roles anyway."""
    out: list[Toponym] = []
    inside = _spans(body)
    prev_between = False
    purpose_prev = False
    low = body.lower()                  # (rare cues: their patterns run only where a word of theirs is)
    parts_cue = any(w in low for w in ("neighbo", "district", "quarter", "suburb"))
    based_cue = any(w in low for w in ("based", "stationed", "operating", "flying", "headquartered"))
    left_cue = any(w in low for w in ("leav", "left", "flee", "fled", "escap", "evacuat"))
    consequence_cue = any(w in low for w in ("forcing", "prompting", "causing", "sending", "leading", "forced", "prompted",
                                             "interrupting", "disrupting", "halting", "suspending", "stopping",
                                             "setting off", "sparking", "triggering", "provoking", "drawing",
                                             "diverted", "rerouted", "re-routed", "cutting", "knocking", "wounded",
                                             "injured", "casualties", "victims", "bodies",
                                             "pushed", "pushing", "drove", "driven", "driving", "sent"))
    answered_cue = any(w in low for w in ("retaliat", "response", "revenge", "reprisal", "avenge"))
    outage_cue = any(w in low for w in ("blackout", "outage", "power cut", "darkness", "without power", "without electricity"))
    after_cue = "since" in low or " after " in low
    behind_cue = any(w in low for w in ("linked to", "tied to", "behind", "responsible for", "blamed for", "suspected of",
                                        "accuses",
                                        "involved in", "accused of"))
    # one sense per story: a name the story calls a town anywhere ("the hilltop town of Bani Walid") is a place
    # wherever it stands, though it looks like a person's name ("Walid")
    @lru_cache(maxsize=None)
    def qualified() -> frozenset:               # (asked only of names that look like a person's: worked out once)
        return frozenset(t.key for t in toponyms if _QUALIFIER_BEFORE.search(body, max(0, t.start - 30), t.start))
    people = _people_and_ships(body)            # (names told with a title or a ship's prefix: one pass per story)
    for t in toponyms:
        near = _looking_back(body, t.start)
        if is_name_not_place(t, body, inside, near, qualified, people):
            continue
        before = body[max(0, t.start - 60):t.start]
        after = body[t.end:t.end + 60]
        t.after = after[:30]
        if told is not None and not told(t.start):
            t.locative = _locative(t, body, before, near)
            t.qualified = t.qualified or bool(near & _B_QUALIFIER and _QUALIFIER_BEFORE.search(before, max(0, len(before) - 30)))
            t.reference = t.reference or bool(_RELATIVE_TEXT.match(t.text))     # "west of X": a landmark
            if after[:5] == " time" and _time_zone(before, after):
                t.reference, t.locative, t.origin = True, False, True     # "10 March, Washington time": a time zone
            if ("road" in before or "highway" in before) and _ROAD_TO.search(before, max(0, len(before) - 40)):
                t.reference = True      # "fighting reached the main road to X": where the road leads, a landmark still
            if not t.locative and out and _LIST_JOIN.fullmatch(body[out[-1].end:t.start]):
                t.locative = out[-1].locative               # "in Iraq and Syria"
            out.append(t)
            prev_between = purpose_prev = False
            continue
        worded = _word_gap_after(after)         # (else none of the patterns on the words after is asked)
        t.origin = bool(after[:1] == "," and _FRONTED_FROM.search(body, max(0, t.start - 12), t.start)) or bool(near & _B_ORIGIN and _ORIGIN.search(before, max(0, len(before) - 50))
                        and not _RANGE_FROM.search(before, max(0, len(before) - 40)) and not _after_origin(t, out, body)
                        and not _convoy_hit_leaving(before, body, t.end)) or \
            bool(near & _B_SOURCE and (src := _SOURCE_BEFORE.search(before, max(0, len(before) - 55))) and
                 _tells(src, body, t.end, t.start - len(before))) or \
            bool(near & _B_ORIGIN_SITE and _ORIGIN_SITE.search(body, max(0, t.start - 90), t.start)) or \
            bool(near & _B_ORIGIN_BRACKET and _ORIGIN_BRACKET.search(before))       # "from Foo region (Bar, Province)": Foo's containers
        between = bool(near & _B_REFERENCE and _REFERENCE.search(before, max(0, len(before) - 40)))
        speaker = bool(worded and _SPEAKER_AFTER.match(after))   # "the Gaziantep governor's office said": the teller's seat
        # "the Kurdistan Region's interior ministry moved units to X": the place owns the body that acts, as a seat
        owner = after[:1] in ("'", "’") and bool(_BODY_AFTER.match(after)) or \
            after[:1] == " " and t.is_country and bool(_NUMBERED_UNIT_AFTER.match(after))
        t.reference = t.reference or between or speaker or owner
        if "to " in before[-30:] and _LINKED_TO_BEFORE.search(before, max(0, len(before) - 45)):
            t.reference, t.locative, t.origin = True, False, True
        t.origin = t.origin or speaker or owner
        if t.origin and not speaker and not owner and _PRESENCE_FROM.search(before, max(0, len(before) - 70)) \
                and not _ONWARD_AFTER.match(after):
            t.origin = False            # "jets have been flying from X since May": the base they work from, no launch site
        if (near & _B_TRANSIT and _TRANSIT.search(before, max(0, len(before) - 50))) or (
                ((near & _B_SEA and _SEA.search(before, max(0, len(before) - 10))) or worded and _SEA_AFTER.match(after))
                and _SEA_ORIGIN.search(before, max(0, len(before) - 60))):
            t.origin = True             # launched from or over it, not aimed at it
        elif any(o.origin and _ORIGIN_LIST.fullmatch(body, o.end, t.start) for o in out[-3:]):
            t.origin = True             # "over Iran and Iraq", "from X (Y) and Z governorate"
        elif _FIRES_AFTER.match(after) and near & _B_SHIPS_IN and _SHIPS_IN.search(before, max(0, len(before) - 30)):
            t.origin = True             # "warships in the Caspian Sea fired missiles at X": where the ships were
        elif " from " in before[-110:] and _TAKEN_FROM_BEFORE.search(before, max(0, len(before) - 130)):
            t.origin = True             # "moved reserves into X, taking them from units preparing to defend Y": whence
        elif "ed " in before[-60:] and _GUNS_PLACED.search(before, max(0, len(before) - 60)) and _GUNS_FIRE_AFTER.match(after):
            t.origin = True             # "howitzers positioned on the X border had been shelling Y": where the guns stood
        t.locative = _locative(t, body, before, near)
        if behind_cue and _BEHIND_ATTACK.search(body, max(0, t.start - 160), t.start + _lead_len(t.text)):
            t.reference, t.locative, t.origin = True, False, True   # "militants linked to the bombings in Kerman"
        if "amid" in low and _AMID_CLASH_BEFORE.search(body, max(0, t.start - 120), t.start + _lead_len(t.text)):
            t.reference = True          # "shelled X, amid clashes ... in the vicinity of Y": the clash's place
        # (the event-anchor's words are the anchor's: its gate bit covers both)
        anchor_event = bool(near & _B_ANCHOR and _ANCHOR_EVENT_BEFORE.search(before, max(0, len(before) - 55)))
        if "isit" in before[-24:] or "ouring" in before[-10:]:
            if _VISITING_BEFORE.search(before, max(0, len(before) - 30)) and _VISITOR_TELLS.match(body, t.end, t.end + 130):
                t.reference, t.locative, t.origin = True, False, True   # "Visiting Kyiv on Friday, ..."
        if anchor_event or near & _B_ANCHOR and _ANCHOR_BEFORE.search(before, max(0, len(before) - 40)):
            t.reference, t.locative = True, False      # "two days after Douma", "blamed on Israel": no place of it
            t.origin = t.origin or anchor_event   # "two days after the explosion on the Kerch bridge": never its place
            if _ANCHOR_NOUN_AFTER.match(after):
                t.origin = True     # "Hours before the Makiivka strike, Russia fired missiles at X": the anchor's own place
        if near & _B_LEGAL and (legal := _LEGAL_BEFORE.search(before, max(0, len(before) - 70))):
            t.reference, t.locative = True, False      # "an organisation outlawed in Turkey"
            # (a requester's seat, an accord's: never the event's)
            t.origin = t.origin or legal.group("req") is not None or legal.group("seat") is not None \
                or legal.group("bred") is not None
        if out and _near_landmark(t, out[-1], body):
            t.reference, t.locative = True, False      # "jets bombed Maarat al-Numan near Idlib": Idlib is a landmark
        elif out and out[-1].place.kind in ("city", "site") and not out[-1].reference and not out[-1].origin and \
                t.start - out[-1].end <= 60 and \
                _APPOSED_LANDMARK.fullmatch(body, out[-1].end, t.start + _lead_len(t.text)):
            t.reference, t.locative = True, False      # "Kupiansk, the rail hub on the Oskil": what describes the town
        elif out and out[-1].reference and _BETWEEN_AND.fullmatch(body, out[-1].end, t.start) \
                and "between" in body[max(0, out[-1].start - 12):out[-1].start + 12]:
            t.reference, t.locative = True, False      # "the X base, between Y and Z": Z, the other end, a landmark too
        if t.is_country and after[:2] in ("'s", "’s") and out and not out[-1].is_country \
                and body[out[-1].end:t.start].strip() == ",":
            t.reference, t.locative = True, False      # "Tartus, Russia's only supply point": an apposition's owner
        purpose = bool(near & _B_PURPOSE and _PURPOSE_PLACE.search(body, max(0, t.start - 90), t.start)) or (
            purpose_prev and bool(out) and bool(LIST_JOIN_THE.fullmatch(body, out[-1].end, t.start)))
        if purpose:
            t.reference, t.locative, t.purpose = True, False, True   # "available for operations over X (and Y)"
        purpose_prev = purpose
        if ("fled" in before or "escaped" in before or "refuge" in before or "asylum" in before) and \
                _FLED_TO.search(before, max(0, len(before) - 40)):
            t.reference, t.locative, t.aside = True, False, True     # "and Assad fled to Moscow": a refuge, no act's place
        if ("ruled" in before or "refus" in before or "declin" in before) and _RULED_OUT_BEFORE.search(before):
            t.reference, t.locative, t.origin = True, False, True   # "but has ruled out fighting for Kyiv": a refused act's
        if "support" in before or "backing" in before or "help of" in before or "participation" in before:
            if _ALLIES_BEFORE.search(before, max(0, len(before) - 45)):
                t.reference, t.locative, t.origin = True, False, True   # "with the support of Australia, Bahrain, ...": allies
        if outage_cue and (_OUTAGE_BEFORE.search(before) or _LEFT_DARK_BEFORE.search(before) and _DARK_AFTER.match(after)):
            # "blackouts from X to Y": not a launch site; "the attack left most of the country, and much of X, in
            # darkness": where the outage reached, not where the missiles struck
            t.reference, t.locative, t.origin, t.aside = True, False, False, True
        if before.endswith("the ") and _SPANNED_RIVER_BEFORE.search(before, max(0, len(before) - 40)):
            t.reference, t.locative = True, False      # "the bridge over the Dnipro near X": the river it spans
        if left_cue and _LEFT_BEFORE.search(before, max(0, len(before) - 40)) \
                and not _convoy_hit_leaving(before, body, t.end):
            t.origin = True             # "as civilians rushed to leave the Donbas region": where people fled from
        if "ahead" in before or "prepar" in before:
            if _AHEAD_OF_PUSH.search(before, max(0, len(before) - 60)):
                # "sent troops to X ahead of a new push towards the town of Y": where the coming attack is aimed
                t.reference, t.locative, t.purpose = True, False, True
        if "to " in before and _PREVENTED_BEFORE.search(body, max(0, t.start - 90), t.start):
            # "sent to X to block any militant attempt to escape east towards Y": where the force means to stop the enemy
            # going, never where it went
            t.reference, t.locative, t.origin = True, False, True
        if consequence_cue and _CONSEQUENCE_BEFORE.search(before):
            # "..., forcing flights to be diverted to X": a consequence's place, never the event's own
            t.reference, t.locative, t.origin = True, False, True
        if answered_cue and (_ANSWERED_BEFORE.search(body, max(0, t.start - 110), t.start) or (   # (a long phrase)
                _ANSWERED_MODIFIER_BEFORE.search(before, max(0, len(before) - 40)) and _ATTACK_NOUN_AFTER.match(body, t.end))):
            t.reference, t.locative, t.origin = True, False, True   # "in retaliation for a chemical attack on X"
        if _SINCE_NAMED_BEFORE.search(before, max(0, len(before) - 30)) and _ATTACK_NOUN_AFTER.match(body, t.end) \
                or after_cue and _SINCE_ATTACK_ON_BEFORE.search(body, max(0, t.start - 110), t.start) \
                and not _OWN_DAY_AFTER.match(body, t.end):
            t.reference, t.locative, t.origin = True, False, True   # "since the Paris attacks": a time, named by its place
        elif ("suicide" in before or "bomb" in before or "roadside" in before or "car " in before) and \
                _AFTER_TERROR_BEFORE.search(body, max(0, t.start - 90), t.start):
            t.reference, t.locative, t.origin = True, False, True   # "after a suicide bombing in Ankara": a time
        elif ("since" in before or "before" in before) and _SINCE_WAR_BEFORE.search(before, max(0, len(before) - 45)):
            t.reference, t.locative, t.origin = True, False, True   # "since the war in Afghanistan": a time
        if based_cue and _BASED_ASIDE.search(before, max(0, len(before) - 80)):
            t.reference, t.locative, t.origin = True, False, True
        if based_cue and _BASED_BEFORE.search(before, max(0, len(before) - 45)) and \
                _STRIKE_VERB_AFTER.match(body, t.end, t.end + 90):
            t.origin = True             # "jets based at X conducted strikes": the base they flew from
        if parts_cue and not t.is_country and _PARTS_OF_AFTER.match(body, t.end, min(len(body), t.end + 200)):
            t.reference, t.locative, t.part_of = True, False, True   # "A and B, neighbourhoods of eastern X": X places it
        if ("in " in before[-4:] or "at " in before[-4:]) and _ACCORD_MADE_IN.search(body, max(0, t.start - 110), t.start):
            t.reference, t.locative = True, False      # "beyond the withdrawal lines set in Minsk": the accord's place
        if worded and _DIRECTION_AFTER.match(after):
            t.reference, t.locative = True, False      # "in the Kupiansk direction"
        if "in " in before[-4:] and _ORG_IN_BEFORE.search(before):
            t.reference, t.locative = True, False      # "the Islamic Resistance in Iraq": a group's name, no place
        if t.is_country and _BORDER_AFTER.match(after):
            t.reference, t.locative = True, False      # "a gas plant near the UAE border": the border it lies near
        if out and located_after(body, out[-1].end, t.start):
            t.reference, t.locative = True, False      # "X lies about 30 km behind the front line at Y": Y locates X
        if after[:5] == " time" and _time_zone(before, after):
            t.reference, t.locative, t.origin = True, False, True     # "at 04:00 Damascus time": a time zone, no place
        if after[:1] == " " and _GROUP_NOUN_AFTER.match(after) and _ONE_OF_BEFORE.search(before, max(0, len(before) - 40)):
            t.reference, t.locative = True, False      # "Taldou, the largest of the Houla villages": the group it belongs to
        if ("territor" in before or "airspace" in before or "skies" in before or "way of" in before or "via" in before) \
                and _OVERFLOWN.search(before, max(0, len(before) - 80)):
            t.reference, t.locative, t.origin = True, False, True   # "flew over the territory of Iran and Iraq": the route
        if ("fought" in before or "served" in before or "took part" in before) and \
                _UNITS_PAST_BEFORE.search(before, max(0, len(before) - 50)):
            t.reference, t.locative = True, False  # "the battalions that fought around Kyiv are being moved": their past
        if "bank" in before and _BANK_OF.search(before, max(0, len(before) - 40)):
            t.reference, t.locative = True, False  # "on the left bank of the Dnipro": the river, a landmark
        if ("road" in before or "way" in before or "route" in before or "bridge" in before or "crossing" in before
                or "line" in before or "corridor" in before) \
                and _ROAD_TO.search(before, max(0, len(before) - 40)) \
                or _ROAD_TO_TEXT.match(t.text):
            t.reference, t.locative = True, False  # "checkpoints on the road to X": where the road leads, a landmark
        elif out and out[-1].reference and t.text[:5].lower() == "near " and t.start - out[-1].end <= 2 and (
                _ROAD_TO.search(body, max(0, out[-1].start - 40), out[-1].start) or _ROAD_TO_TEXT.match(out[-1].text)):
            t.reference, t.locative = False, True  # "on the road to X near Y": Y places the checkpoints, not X
        if (near & _B_CITYS_PART and _CITYS_PART_BEFORE.search(before, max(0, len(before) - 20))) and (
                PART_AFTER.match(after) or PART_AFTER.search(" " + t.text.rsplit(" ", 1)[-1])):
            t.reference, t.locative = True, False      # "the city's X district": the city places it
        elif out and not out[-1].is_country and body[out[-1].end:out[-1].end + 2] in ("'s", "’s") and \
                t.start - out[-1].end < 30 and _NAME_BETWEEN.fullmatch(body, out[-1].end + 2, t.start) and (
                PART_AFTER.match(after) or PART_AFTER.search(" " + t.text.rsplit(" ", 1)[-1])):
            t.reference, t.locative = True, False      # "Tripoli's Souq al-Juma district": Tripoli places it
        elif out and out[-1].place.kind == "city" and t.place.kind == "site" and \
                body[out[-1].end:out[-1].end + 2] in ("'s", "’s") and t.start - out[-1].end <= 4:
            out[-1].reference, out[-1].locative = True, False   # "Tripoli's Mitiga airport": the site, in the city
        if ("head" in before or "bound" in before or "route" in before or "way" in before or "sail" in before
                or "travel" in before or "carrying" in before) and _JOURNEY_TO.search(before, max(0, len(before) - 80)):
            t.reference, t.locative = True, False      # "a convoy heading for X was hit near Y": where it was going
        if "toward" in before and _FLIGHT_TOWARD.search(before, max(0, len(before) - 90)):
            t.reference, t.locative, t.origin = True, False, True   # "the troops had pulled out towards X": where they went
        if (near & _B_INSTITUTION and _INSTITUTION_OF.search(before, max(0, len(before) - 40))):
            t.reference, t.locative = True, False      # "in coordination with the Government of X"
        if out and "between" in body[max(0, out[-1].start - 40):out[-1].start] and _midway(out[-1], t, body):
            t.reference, t.locative = True, False      # "the base, between Fallujah and Ramadi": one place, midway
            if len(out) >= 2 and not out[-2].reference and not out[-2].is_country and \
                    _NAMED_THEN_BETWEEN.fullmatch(body, out[-2].end, out[-1].start):
                # ("sent troops to al-Taqaddum air base, between Ramadi and Fallujah": the two towns place the base
                # named before them; no second place midway)
                out[-1].reference, out[-1].locative = True, False
        elif len(out) >= 2 and "between" in body[max(0, out[-1].start - 40):out[-1].start] and not out[-2].reference \
                and not out[-2].is_country and out[-2].place.kind in ("city", "site") \
                and _NAMED_THEN_BETWEEN.fullmatch(body, out[-2].end, out[-1].start) \
                and _AND_OR.fullmatch(body[out[-1].end:t.start]):
            # ("hit a military base in Okhtyrka, between Kharkiv and Kyiv": two towns far apart that only place the town
            # named before them, whatever the distance)
            out[-1].reference = t.reference = True
            out[-1].locative = t.locative = False
        t.qualified = t.qualified or bool(near & _B_QUALIFIER and _QUALIFIER_BEFORE.search(before, max(0, len(before) - 30)))
        t.toward = bool(near & _B_TOWARD and _TOWARD.search(before, max(0, len(before) - 40)))
        if out and out[-1].place.kind == "city" and t.place is not None and t.place.kind in ("city", "site") and \
                _TOWNS_PART_OF.fullmatch(body, out[-1].end, t.start) and km_between(out[-1].place, t.place) <= SUBURB_KM \
                and not (t.place.kind == "city" and t.place.population > out[-1].place.population):
            out[-1].reference, out[-1].locative = True, False   # "the Damascus suburb of Jaramana": the town holds it
        elif out and out[-1].place.kind in ("city", "site") and t.place is not None and t.place.kind == "city" and \
                _TOWNS_PART_OF.fullmatch(body, out[-1].end, t.start) and km_between(out[-1].place, t.place) <= SUBURB_KM:
            # ("the Jaramana suburb of Damascus": the part named first, the larger town that holds it after)
            t.reference, t.locative = True, False
        elif out and out[-1].place.kind in ("city", "site") and t.place is not None and t.place.kind == "city" and \
                _ON_ITS_EDGE_BETWEEN.fullmatch(body, out[-1].end, t.start) and _EDGE_AFTER.match(after) and \
                km_between(out[-1].place, t.place) <= SUBURB_KM:
            t.reference, t.locative = True, False   # "arrived in Tajoura, on Tripoli's eastern edge": a landmark
        elif out and _contains(out[-1], t) and _CONTAINER_BETWEEN.fullmatch(body, out[-1].end, t.start) and not (
                body[out[-1].end:out[-1].end + 1] == "," and _LIST_GOES_ON.match(after)):
            # ("at Jurf al-Sakhar, Musayyib and a new airport": a list that goes on, not "X, its container")
            t.reference = True          # "at Hassa, in Hatay", "Sulaym village (Qaatabah, Ad Dali)"
        lead = _LOCATIVE_TEXT.match(t.text) or _EDGE_TEXT.match(t.text)   # (the mention may hold its "near":
        # "... Air Base near Palmyra", or its "edge of": "... airport on the western edge of Damascus")
        if out and (out[-1].place.kind == "site" or _SITE_KIND_AFTER.match(body, out[-1].end)) and _SITE_LANDMARK.fullmatch(
                body, out[-1].end, t.start + (lead.end() if lead else 0)):
            t.reference = True          # "the Tiyas (T4) Air Base near Palmyra"
        if out and out[-1].origin and relative_text(t) and _BASE_GENERIC_BETWEEN.fullmatch(body, out[-1].end, t.start):
            t.reference, t.locative, t.origin = True, False, True   # "flown from the X air base south-east of Y": the
            # bearing locates the base the raids came from, never their target
        if "of the " in before and _BEARING_OF_THE_BEFORE.search(before):
            t.reference, t.locative = True, False      # "gathered units near X, east of the oil ports at Y": Y is a landmark
        elif out and out[-1].reference and not out[-1].locative and _LIST_JOIN.fullmatch(body[out[-1].end:t.start]) \
                and _BEARING_OF_THE_BEFORE.search(body, max(0, out[-1].start - 60), out[-1].start):
            t.reference, t.locative = True, False      # ("... at Ras Lanuf and Es Sider": the list's next one, too)
        if before.endswith(", on the ") and _COAST_AFTER.match(after):
            t.reference, t.locative = True, False      # "near X, on the Azov coast": the coast the town lies on
        if worded and _NAMED_FACILITY.match(after):
            t.reference = True          # "near Shevchenko Park": a park named for someone, in the town told
        elif worded and t.is_country and _COUNTRY_NAMED_FACILITY.match(after):
            t.reference, t.locative = True, False   # "near Palestine Hospital", "the Kuwait Hospital": in the town told
        if _RELATIVE_TEXT.match(t.text):
            t.reference = True          # "west of Palmyra", "near Sabratha, 60 km west of Tripoli": a landmark
        if t.text[:1].isupper() and after[:1] == "," and _NEAR_TEXT.match(t.text):
            t.reference = True          # "Near Donetsk, a mortar round hit a house in X": a fronted scene, X's landmark
        if out and _lone_bracket_note(t, out[-1], body):
            t.reference = True          # "shells fell in X, damaging houses (Province)": a note of X's container
        if out and prev_between and _AND_OR.fullmatch(body[out[-1].end:t.start]):
            t.reference = between = True    # "the road between Mosul and Raqqa"
        if not t.locative and out and _LIST_JOIN.fullmatch(body[out[-1].end:t.start]):
            t.locative = out[-1].locative               # "in Iraq and Syria"
        out.append(t)
        prev_between = between
    return out


# "Russia has pounded Ukraine's power stations since March": a country's own grid, ports or cities as the object of a
# strike verb, the country where the strikes fell (its "'s" marks what was hit, not a body of that country)
_STRUCK_RIGHT_BEFORE = re.compile(r"\b(?:struck|hit|pounded|targeted|bombed|shelled|attacked|battered|hammered|"
                                  r"bombarded|striking|hitting|pounding|targeting|bombing|shelling|attacking)\s+$", re.I)
_COUNTRY_ASSETS_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:power\s+(?:stations?|plants?|grid)|energy\s+(?:infrastructure|"
                                   r"facilities|grid|system)|electricity\s+grid|grid|ports|airfields|air\s+bases|cities|"
                                   r"oil\s+(?:facilities|fields|refineries|infrastructure)|refineries|substations|"
                                   r"railways|bridges|infrastructure)\b", re.I)


def _locative(t: Toponym, body: str, before: str, near: int) -> bool:
    """Is the mention told as where something is ("in X", "near X", "the X airbase"), as far as the words
    before it say ("in the face of X" is not)?"""
    window = body[max(0, t.start - 40):t.start]
    if t.is_country and _COUNTRY_ASSETS_AFTER.match(body, t.end) and _STRUCK_RIGHT_BEFORE.search(window):
        return True
    return (bool(L.LOCATIVE_BEFORE.search(window, last_words(window, 3))) or t.cue == "site"
            or bool(_LOCATIVE_TEXT.match(t.text))) and not (near & _B_NOT_LOCATIVE and _NOT_LOCATIVE.search(before, max(0, len(before) - 30)))


def province_listed(t: Toponym, body: str) -> bool:
    """"Idlib and Hama provinces", "two provinces: Idlib ... and Hama", "the countryside of Hama": a province."""
    if t.cue not in (None, "direction"):
        return False
    before = body[max(0, t.start - 60):t.start]
    after = body[t.end:t.end + 60]
    return bool(_may_list_provinces(before) and L.PROVINCES_LIST.search(_SENT_SPLIT.split(before)[-1])
                or _LIST_PROVINCES.match(after) or _COUNTRYSIDE.search(before, max(0, len(before) - 50))
                or _LAST_OF_LIST.match(after) and _LIST_END.search(before))

# "... Kursk and Belgorod border regions": the last name of a list of provinces told with an adjective
_LAST_OF_LIST = re.compile(r"^\s+(?:border|frontier|southern|northern|eastern|western|neighbou?ring)\s+"
                           r"(?:provinces|governorates|regions|oblasts)\b", re.I)
_LIST_END = re.compile(r"[A-Z][\w’'-]*\s*(?:,|and|,\s*and)\s+$")


# "the Damascus suburb of Jaramana", "the Kyiv district of Obolon": a town's part named after the town's kind word
_TOWNS_PART_OF = re.compile(r"\s+(?:suburbs?|district|neighbou?rhood|quarter)\s+of\s+(?:the\s+)?", re.I)
# "X, on Tripoli's eastern edge", "X, on the city's outskirts": where X lies, told by the town at whose edge it is
_ON_ITS_EDGE_BETWEEN = re.compile(r"\s*,\s+(?:on|at)\s+")
_EDGE_AFTER = re.compile(r"['’]s\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?(?:edge|outskirts|fringes?|"
                         r"periphery)\b", re.I)
SUBURB_KM = 30.0            # "the <town> suburb of X": X lies this close to the town (places.parts_of_towns too)


# "at the Habbaniyah base, between Fallujah and Ramadi": a place told only by the two towns it lies between (not a road's
# ends: "the road between X and Y" is _REFERENCE's)
_BETWEEN_BEFORE = re.compile(r"(?<![\w-])(?<!road\s)(?<!highway\s)(?<!route\s)(?<!motorway\s)(?<!way\s)between\s+"
                             r"(?:the\s+(?:towns?|cities|villages)\s+of\s+)?$", re.I)
# "the battalions that fought around X", "units which had served in Y": a relative clause telling the force's past
_UNITS_PAST_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:had\s+)?(?:fought|served|took\s+part\s+in\s+the\s+(?:[\w-]+\s+){0,2}?)"
                                r"(?:\s*(?:around|in|at|near|for|outside)\s+)?(?:the\s+)?$", re.I)
_MIDWAY_KM = 100.0
_NAMED_THEN_BETWEEN = re.compile(r"(?:\s+(?:air\s*base|base|airfield|airport|camp|dam|refinery|plant))?\s*,\s*"
                                 r"(?:(?:roughly|about|halfway|midway|which\s+lies|lying|located)\s+)?between\s+"
                                 r"(?:the\s+(?:towns?|cities|villages)\s+of\s+)?", re.I)


def _midway(first: Toponym, second: Toponym, body: str) -> bool:
    """"between X and Y" (X ``first``, Y ``second``, two towns not far apart): X becomes the point midway between them,
    named so; Y is left a landmark. True when done."""
    a, b = first.place, second.place
    if a is None or b is None or a.kind not in ("city", "site") or b.kind not in ("city", "site") or first.reference \
            or first.origin or not _AND_OR.fullmatch(body[first.end:second.start]) \
            or not _BETWEEN_BEFORE.search(body, max(0, first.start - 40), first.start) or km_between(a, b) > _MIDWAY_KM:
        return False
    first.place = dataclasses.replace(a, name=f"between {a.name} and {b.name}", lat=(a.lat + b.lat) / 2,
                                      lon=(a.lon + b.lon) / 2)
    first.village = True
    return True


_LIST_GOES_ON = re.compile(r"(?:\s*,\s*|\s+)(?:and|or)\s+(?!(?:in|at|near)\b)", re.I)


def _contains(inner: Toponym, outer: Toponym) -> bool:
    """``outer`` may hold ``inner``: a country, a province, or a larger place of the same province."""
    a, b = inner.place, outer.place
    if a is None or b is None or a.id == b.id:
        return False
    if b.kind == "country":
        return a.country == b.country
    if b.kind == "admin1":
        return a.country == b.country and (not a.admin1_code or a.admin1_code == b.admin1_code)
    if b.kind == "region":              # "Stepanakert, the main city of Nagorno-Karabakh": a region holds its towns
        return a.kind not in ("country", "region") and (not b.country or a.country == b.country)
    return a.kind not in ("country", "admin1") and a.country == b.country and \
        (not a.admin1_code or a.admin1_code == b.admin1_code)


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
(_SOURCE_BEFORE, _LEGAL_BEFORE, _TRANSIT, _NOT_LOCATIVE, _QUALIFIER_BEFORE, _VESSEL_BEFORE, _PURPOSE_PLACE,
 _INSTITUTION_OF) = (lead_letter(p) for p in (_SOURCE_BEFORE, _LEGAL_BEFORE, _TRANSIT, _NOT_LOCATIVE, _QUALIFIER_BEFORE,
                                             _VESSEL_BEFORE, _PURPOSE_PLACE, _INSTITUTION_OF))
_ANSWERED_BEFORE, _LEFT_BEFORE, _BASED_BEFORE = (lead_letter(p) for p in (_ANSWERED_BEFORE, _LEFT_BEFORE, _BASED_BEFORE))
_AT_EMBASSY = lead_letter(_AT_EMBASSY)
(_STRIKE_ON_BEFORE, _PARTY_BEFORE, _ANCHOR_BEFORE, _ANCHOR_EVENT_BEFORE, _SHIPS_IN, _TOWARD, _CITYS_PART_BEFORE,
 _AMID_CLASH_BEFORE, _RANGE_FROM, _ANSWERED_MODIFIER_BEFORE) = (
    lead_letter(p) for p in (_STRIKE_ON_BEFORE, _PARTY_BEFORE, _ANCHOR_BEFORE, _ANCHOR_EVENT_BEFORE, _SHIPS_IN, _TOWARD,
                             _CITYS_PART_BEFORE, _AMID_CLASH_BEFORE, _RANGE_FROM, _ANSWERED_MODIFIER_BEFORE))
TOWARD = _TOWARD        # "troops moving towards X": asked by the stages of an anaphor too ("headed towards the same area")


# The patterns that look back from a mention, asked first of one pass over the words before it
# (:class:`events.pieces.Gates`): a pattern none of whose words stands there cannot match, so it
# is not tried (the same flags; most mentions hold the words of two or three of them).
_BEFORE_WIDTH = 90                  # the widest look back of these patterns (_ORIGIN_SITE)
_BACK_GATES = Gates((_ORIGIN, _SOURCE_BEFORE, _ORIGIN_SITE, _ORIGIN_BRACKET, _TRANSIT, _SEA, _LEGAL_BEFORE,
                     _PURPOSE_PLACE, _NOT_LOCATIVE, _CITYS_PART_BEFORE, _INSTITUTION_OF, _QUALIFIER_BEFORE,
                     _TOWARD, _REFERENCE, _VESSEL_BEFORE, L.METONYM_BEFORE, _SHIPS_IN, _ANCHOR_BEFORE, _STRIKE_ON_BEFORE),
                    alone=True)


# Each pattern's bit in a :func:`_looking_back` mask, tested inline (``near & _B_ORIGIN and
# _ORIGIN.search(...)``): a mention asks some fifteen of them, most closed, each then without a call.
(_B_ORIGIN, _B_SOURCE, _B_ORIGIN_SITE, _B_ORIGIN_BRACKET, _B_TRANSIT, _B_SEA, _B_LEGAL, _B_PURPOSE, _B_NOT_LOCATIVE,
 _B_CITYS_PART, _B_INSTITUTION, _B_QUALIFIER, _B_TOWARD, _B_REFERENCE, _B_VESSEL, _B_METONYM, _B_SHIPS_IN, _B_ANCHOR,
 _B_STRIKE_ON) = (
    _BACK_GATES.bit(p) for p in (_ORIGIN, _SOURCE_BEFORE, _ORIGIN_SITE, _ORIGIN_BRACKET, _TRANSIT, _SEA, _LEGAL_BEFORE,
                                 _PURPOSE_PLACE, _NOT_LOCATIVE, _CITYS_PART_BEFORE, _INSTITUTION_OF, _QUALIFIER_BEFORE,
                                 _TOWARD, _REFERENCE, _VESSEL_BEFORE, L.METONYM_BEFORE, _SHIPS_IN, _ANCHOR_BEFORE,
                                 _STRIKE_ON_BEFORE))


def _looking_back(body: str, start: int) -> int:
    """The patterns that look back from a mention at ``start`` that may match in the words before
    it, as a mask of their bits (``_B_ORIGIN`` ...)."""
    return _BACK_GATES.mask(body[max(0, start - _BEFORE_WIDTH):start])
