"""Word lists of the extractor: triggers, actors, weapons, targets, claim verbs.

Everything here is data: compiled regular expressions over surface forms,
with canonical names. General across theaters (Syria, Iraq, Yemen, Libya,
Ukraine); nothing names a particular sentence.
"""
from __future__ import annotations

import re
from events.pieces import Rows, lead_letter
from gazetteer.dispatch import by_first_letter, split_top

I = re.I


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# a cordon's verb ("sealed off", "cordoned off", "closed off"): the trigger of a cordon (DEPLOY_WEAK), which police may put
# up and which surrounds the place of the event told just before when it names none
CORDON_WORD = re.compile(r"(?:sealed|sealing|cordoned|cordoning|closed)\s+off", I)


# --- event triggers ---------------------------------------------------------
# A "weak" trigger counts only in a military context (a platform, weapon,
# target or force noun in the same sentence): "hit", "attack", "sent", "moved".
# what follows a side's strike noun ("an Israeli strike hit", "a US strike on"): a place word, or what the strike did
# ("an Israeli strike had already shut the airport", "a Turkish strike knocked out the plant": a perfect or an adverb
# before its verb, and the closures and outages a strike causes)
_NATION_STRIKE_NEXT = (r"(?=\s+(?:on|in|near|against|(?:(?:had|has|have)\s+)?(?:(?:also|already|reportedly|again)\s+)?"
                       r"(?:hit|killed|destroyed|damaged|wounded|shut|closed|knocked\s+out|disabled|cut|targeted|struck|"
                       r"flattened|levelled|leveled|set\s+fire)))")
_ALERT = r"(?![\s-]+(?:sirens?|alerts?|alarms?|warnings?|shelters?|signals?)\b)"     # (the warning of a raid)
STRIKE_STRONG = re.compile(r"\b(?=\w)(?:"
    # ("air raid sirens sounded", "an air raid alert": a warning, not a raid)
    r"air[\s-]?strikes?|airstrikes?|air[\s-]?raids?" + _ALERT + "|"
    # ("killed in a cowardly air attack on their positions", "aerial attacks on X": an attack from the air)
    r"air[\s-]attacks?(?!\s+(?:warnings?|alerts?|sirens?|defen[cs]es?))|aerial\s+(?:attacks?|bombardments?)|"
    r"drone[\s-]strikes?|missile[\s-]strikes?|"
    # "US forces conducted a precision strike in X", "carried out a strike on": a strike that forces conduct is a
    # military one (no labour strike is "conducted"; "staged a general strike" is not this row)
    r"(?:conduct(?:ed|ing|s)?|carr(?:ied|ying|ies)\s+out|execut(?:ed|ing|es))\s+(?:an?|one|another|the)\s+"
    r"(?:(?!(?:hunger|general|labou?r|nationwide|national|sit-down|token)\b)[\w-]+\s+){0,2}?strike(?!\s+(?:force|group|package|aircraft))|"
    r"(?:cruise|ballistic)\s+missiles?|bomb(?:ed|ing|ings|arded|arding|ardment|ardments)|"
    r"(?:dropped|drop|drops|dropping|fell|rained|barrel|guided|cluster|aerial|laser-guided)\s+(?:[\w-]+\s+){0,2}bombs|"
    # "a drone dropped a grenade / explosives on": munitions dropped from the air (not leaflets or aid)
    r"dropp(?:ed|ing)\s+(?:[\w-]+\s+){0,2}(?:grenades?|explosives?|munitions?|mortar\s+(?:rounds?|shells?|bombs?)|shells?)|"
    r"bombs?\s+(?:fell|dropped|hit|struck|landed)|"
    # "Among the targets were a command post near X": the list of what a strike told before hit
    # ("The targets were picked to ...": a list must follow, not a verb)
    # ("Among the targets was a command post near X": one target named, the verb in the singular)
    r"(?:among\s+the|the)\s+targets\s+(?:(?:hit|struck|destroyed|bombed)\s+)?(?:were|included|(?<=among\sthe\stargets\s)was)"
    r"(?=\s+(?:an?|the|two|three|four|five|several|some|near|in|at|around|outside|\d|(?-i:[A-Z]))\b)|"
    r"bomb(?=\s+(?:the|their|its|positions|targets))|shell(?:ed|ing)|shell(?=\s+(?:the|its|their|positions|settlements|villages|(?-i:[A-Z])))|"
    r"(?:killed|wounded|injured)\s+by\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:shrapnel|rockets?|rocket\s+fire|missiles?|shells?|shelling|mortars?|mortar\s+fire)\b|"
    # ("shells were landing in X": munitions only; jets that land at a base deploy)
    # ("incendiary munitions fell on streets in X": munitions and the bomblets they scatter, too)
    r"(?:rounds|shells|rockets|missiles|mortars|projectiles|munitions|submunitions|bomblets)\s+(?:[\w-]+\s+){0,3}?(?:landed|landing|fell|falling|exploded|exploding|impacted)\b|"
    # (not a deal struck, nor a hunger, general or labour strike, nor workers "on strike")
    # ("a deal struck by Putin and Erdogan in Sochi": the deal's verb, passive, after it)
    r"(?<!deal\s)(?<!deals\s)(?<!agreement\s)(?<!accord\s)(?<!bargain\s)(?<!compromise\s)(?<!truce\s)(?<!pact\s)"
    r"(?<!ceasefire\s)(?<!balance\s)"
    r"struck(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|balance|chord|note|tone|compromise|"
    r"truce|pact|blow\s+(?:to|for|against))\b)|"
    r"(?<!hunger\s)(?<!general\s)(?<!labour\s)(?<!labor\s)(?<!\bon\s)(?<!workers\s)strik(?:e|es|ing)"
    r"(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|balance|chord|note|tone|compromise|truce|pact)\b)"
    r"(?=\s+(?:at|on|against|the|a|an|targets|positions|five|\w+\s+targets)\b)|"     # (a whole word: "strikes only" is no "on")
    # "a Ukrainian strike hit", "an Israeli strike on": a nationality's strike is a military one
    r"(?<=ian\s)strike" + _NATION_STRIKE_NEXT + r"|(?<=ish\s)strike" + _NATION_STRIKE_NEXT + r"|"
    r"(?<=eli\s)strike" + _NATION_STRIKE_NEXT + r"|"
    r"(?:(?<=\bUS\s)|(?<=houthi\s)|(?<=coalition\s)|(?<=regime\s)|(?<=saudi\s)|(?<=french\s)|(?<=aqi\s))"
    r"strike" + _NATION_STRIKE_NEXT + r"|"
    # ("the strike by an RAF Reaper near X on 21 August": a strike told with its military author after "by"; no
    # dockers' or teachers' strike is made by jets, drones or forces)
    r"(?:(?<=the\s)|(?<=\ba\s)|(?<=another\s))strike(?=\s+by\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:jets?|warplanes?|aircraft|drones?|bombers?|helicopters?|forces|troops|coalition|air\s+force|army|navy|military|"
    r"artillery|(?-i:Reapers?|Tornados?|Typhoons?|Rafales?|[A-Z]{1,3}-\d+\w*))\b)|"
    # "The strike hit the hall", "a strike killed five": a strike told with what it hit (no labour strike hits)
    # ("a strike in the same area killed eleven", "another strike there killed four": a locative may come between,
    # "a strike near the X shrine south of Damascus killed two": of up to nine words)
    r"(?:(?<=the\s)|(?<=\ba\s)|(?<=another\s)|(?<=second\s)|(?<=third\s))strike(?=\s+(?:(?:on|near|in|at|around|against)\s+"
    r"(?:[\w'\u2019-]+,?\s+){1,9}?|there\s+|also\s+)?(?:hit|killed|destroyed|damaged|targeted|struck|flattened|levelled|"
    r"leveled)\b)|"
    # "Strikes in the X countryside killed dozens", "29 March — Strikes hit X": a headline's or a timeline
    # entry's opening strikes, told with what they hit or where
    # (or told in the passive of a verb that makes them: "Strikes were delivered on eight objects", "Strikes
    # were also reported near X")
    r"(?<![\w,])(?<!\w\s)(?<!\w,\s)(?-i:S)trikes(?=\s+(?:on|hit|killed|near|targeted|struck|pounded|destroyed|damaged|in)\b|"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:delivered|carried\s+out|launched|conducted|made|reported)\b)|"
    # ("Activists also reported strikes near X": strikes a monitor reports at a place are military ones)
    r"(?:(?<=activists\sreported\s)|(?<=activists\salso\sreported\s)|(?<=monitors\sreported\s)|(?<=residents\sreported\s)|"
    r"(?<=witnesses\sreported\s)|(?<=observers\sreported\s)|(?<=observatory\sreported\s)|(?<=monitor\sreported\s))"
    r"strikes(?=\s+(?:on|near|in|at|around|against)\s)|"
    # "On Friday, strikes near X killed 36 soldiers": strikes whose own clause tells a kill or damage are no
    # labour strikes, whatever stands before them (a locative of up to nine words may come between)
    r"strikes(?<!hunger\sstrikes)(?<!general\sstrikes)(?=\s+(?:(?:on|near|in|at|around|across|against)\s+(?:[\w'\u2019-]+,?\s+){1,9}?)?"
    r"(?:killed|wounded|injured|destroyed|damaged|flattened|levelled|leveled)\b)|"
    r"strikes(?:(?<=the\sstrikes)|(?<=of\sstrikes)|(?<=its\sstrikes)|(?<=our\sstrikes)|(?<=new\sstrikes)|"
    # ("The coalition's first strikes near X came on 27 September": strikes told by their place in a sequence)
    r"(?<=first\sstrikes)|(?<=initial\sstrikes)|(?<=opening\sstrikes)|(?<=earliest\sstrikes)|"
    r"(?<=these\sstrikes)|(?<=those\sstrikes)|(?<=their\sstrikes)|(?<=latest\sstrikes)|"
    # a side's strikes: "Ukrainian strikes", "Turkish strikes", "Israeli strikes", "US strikes", "Houthi strikes"
    r"(?<=ian\sstrikes)|(?<=ish\sstrikes)|(?<=eli\sstrikes)|(?<=aqi\sstrikes)|(?<=\bUS\sstrikes)|(?<=houthi\sstrikes)|"
    r"(?<=coalition\sstrikes)|(?<=french\sstrikes)|(?<=saudi\sstrikes)|(?<=regime\sstrikes)|(?<=nato\sstrikes)|"
    r"(?<=emirati\sstrikes)|(?<=any\sstrikes)|(?<=more\sstrikes)|(?<=further\sstrikes)|(?<=fresh\sstrikes)|"
    r"(?<=heavy\sstrikes)|(?<=repeated\sstrikes)|(?<=several\sstrikes)|(?<=out\sstrikes)|"
    r"(?<=launched\sstrikes)|(?<=conducted\sstrikes)|(?<=conduct\sstrikes)|(?<=\d\sstrikes)|(?<=led\sstrikes)|"
    # "Two strikes hit a market": a count of strikes (no labour strikes are counted so in our news)
    r"(?<=two\sstrikes)|(?<=three\sstrikes)|(?<=four\sstrikes)|(?<=five\sstrikes)|(?<=six\sstrikes)|"
    r"(?<=seven\sstrikes)|(?<=eight\sstrikes)|(?<=nine\sstrikes)|(?<=ten\sstrikes)|(?<=twin\sstrikes)|"
    # ("reported eleven strikes in Syria on Sunday": any count in words)
    r"(?<=eleven\sstrikes)|(?<=twelve\sstrikes)|(?<=teen\sstrikes)|(?<=twenty\sstrikes)|(?<=thirty\sstrikes)|"
    r"(?<=forty\sstrikes)|(?<=fifty\sstrikes)|(?<=dozen\sstrikes)|(?<=hundreds\sof\sstrikes)|(?<=scores\sof\sstrikes)|"
    r"(?<=multiple\sstrikes)|(?<=separate\sstrikes)|(?<=numerous\sstrikes)|(?<=dozens\sof\sstrikes)|"
    # "carried out daily strikes in X", "continue to fly strikes over Y": strikes told by their rhythm or flown (no
    # labour strike is flown, nor nightly or in precision)
    r"(?<=daily\sstrikes)|(?<=nightly\sstrikes)|(?<=intensive\sstrikes)|(?<=precision\sstrikes)|"
    r"(?<=retaliatory\sstrikes)|(?<=punitive\sstrikes)|(?<=fly\sstrikes)|(?<=flew\sstrikes)|(?<=flying\sstrikes)|"
    r"(?<=flown\sstrikes))|"
    # ("the Saudi air operations centre in Riyadh": a room that plans strikes, a building, no strike)
    # ("Russian artillery pounds X day and night": a habit told in the present, as "shell X"; not "10 pounds the kilo")
    r"pound(?:ed|ing)|(?<![\d,.]\s)pounds?(?=\s+(?:the|its|their|positions|(?-i:[A-Z])))|blitz|air\s+operations?(?!\s+(?:centres?|centers?|rooms?|command|headquarters|cells?)\b)|"
    # ("Su-34s flew strike missions over X", "bombing sorties"): missions named by their strike are strikes
    r"(?:combat|strike|bombing|attack)\s+(?:missions|sorties|flights)|sorties|drop(?:ped|ping)?\s+bombs|"
    # ("Su-24s from X flew daily missions against positions around Y": missions flown against a target are strikes)
    r"(?:flew|flown|flying|fly)\s+(?:[\w-]+\s+){0,2}?missions(?=\s+(?:against|targeting)\b)|"
    # ("Tornados have flown from there against Daesh in X": aircraft flown against an enemy fly its strikes)
    r"(?:flew|flown)(?=\s+(?:(?:from|out\s+of)\s+(?:[\w'’-]+\s+){1,3}?)?against\s+(?!(?:the\s+)?(?:wishes|advice|orders?|rules?)\b))|"
    r"fired\s+(?:\w+\s+){0,2}(?:missiles?|rockets?|shells)|rocket\s+attacks?|artillery\s+fire|"
    r"shot\s+down|downed|targeted\s+killings?|raid(?:ed|s)?" + _ALERT + r")\b", I)
# "a suicide bombing", "a car-bomb attack", "a roadside bombing": the terror weapon that names a bombing or attack (read by
# the frames, which refuse such a bombing as a strike, and by the roles, where its town only tells when)
TERROR_MODIFIER = r"(?:suicide|car[\s-]bomb|car|truck[\s-]bomb|truck|lorry|roadside|bicycle|motorcycle)"
# ("died of a heart attack at the base", "a panic attack": an illness's attack, no blow struck)
STRIKE_WEAK = re.compile(r"\b(?=\w)(?:hit|hits|hitting|knock(?:ed|ing)\s+out|(?<!heart\s)(?<!panic\s)(?<!asthma\s)attack(?:ed|ing|s)?(?!\s+(?:helicopters?|jets?|aircraft|planes|submarines?|drones?|craft|fighters?|boats?))|"
                         r"targeted|targeting|destroy(?:ed|ing|s)?|hammer(?:ed|ing)|batter(?:ed|ing)|blast(?:ed|ing)|rocketed|"
                         # ("servicemen at X are engaged in guarding the base": busy with a task, not firing)
                         r"mortared|engaged(?!\s+(?:in|to)\b)|slamm(?:ed|ing)\s+into|smash(?:ed|ing)\s+into|tore\s+(?:through|into)|ripped\s+through|"
                         # "aviation and artillery inflicted damage on manpower near X" (ministry statements)
                         r"inflict(?:ed|ing|s)?\s+(?:fire\s+)?(?:damage|losses|defeat)\s+on)\b", I)
DEPLOY_STRONG = re.compile(r"\b(?=\w)(?:"
    # ("struck temporary deployment points of Ukrainian units": where forces stand, the strike's target)
    r"deploy(?:s|ed|ing|ments?(?![\s\"”']+(?:points?|areas?|sites?|zones?|locations?)\b))?|redeploy(?:s|ed|ing|ment)?|station(?:ed|ing)|"
    r"reinforc(?:e|es|ed|ing|ements?)|buildup|bulk(?:ing|ed)?[\s-]up|"
    r"military\s+build-?up|boots\s+on\s+the\s+ground|dispatch(?:ed|ing)|"
    # ("set up at least four fortified posts around X": a count and a kind before the posts)
    r"(?:set(?:s|ting)?|sets)\s+up\s+(?:\w+\s+){0,4}(?:base|airbase|airstrip|airfield|outpost|camp|headquarters|checkpoints?|"
    r"(?:observation|fortified|military|firing)\s+posts?|positions)|"
    r"establish(?:es|ed|ing)?\s+(?:\w+\s+){0,3}(?:base|airbase|airstrip|airfield|outpost|presence)|"
    r"develop(?:s|ed|ing)?\s+(?:an?\s+)?(?:\w+\s+)?(?:airstrip|airbase|air\s+base|base|airfield)|"
    # "military police began patrolling the town of X": a presence that starts there
    r"(?:began|begun|started|start)\s+(?:joint\s+)?patrol(?:ling|s)?|"
    # "turned the school into a military base", "converted hospitals into barracks": a base established
    r"(?:turn|transform|convert)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,6}?into\s+(?:an?\s+)?(?:military\s+)?"
    r"(?:barracks|bases?|headquarters|outposts?|fortifications?|military\s+(?:positions?|posts?|camps?)))\b", I)
# "sending water from the river into streets", "sending debris flying", "sending prices soaring", "sending a message": what
# a blast or an act sends is no force (forces sent are "sending troops", "sending reinforcements")
# ("sending a column of black smoke over the harbour": a colour or thickness after "of", too)
_SENT_THING = (r"\s+(?:(?:a|the|its|their|thick|black|huge|large)\s+)?(?:(?:clear|strong|plume|cloud|column|wave)s?\s+(?:of\s+)?"
               r"(?:(?:thick|black|white|grey|gray|dense|acrid|heavy)\s+)?)?"
               r"(?:water|smoke|debris|shrapnel|flames?|fire|plumes?|clouds?|shock\s*waves?|prices?|panic|shivers|glass|dust|"
               r"residents|people|families|civilians|children|crowds|messages?|signals?|warnings?|letters?|condolences|"
               # ("explosions that sent holidaymakers fleeing": people sent running by a blast are no force)
               r"holidaymakers|tourists|bathers|beachgoers|passengers|shoppers|worshippers|motorists|"
               # ("two farmers who sent photos", "residents sent videos": pictures sent are no forces)
               r"photos?|photographs?|pictures?|images?|videos?|footage|clips?|e-?mails?|texts|"
               r"(?:oil|gas|fuel)\s+prices)\b")
# ("a helicopter sent to search for the crew", "sent to rescue the pilots": a search or rescue flight, no force posted)
_SENT_ON_MISSION = r"\s+(?:in\s+)?to\s+(?:(?:search|look|hunt)\s+for|rescue|evacuate|retrieve|recover|pick\s+up)\b"
# a part of a land told by its quarter before its name ("in north-eastern Syria", "in central Iraq")
_PART_OF_LAND = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
# the presence words of DEPLOY_WEAK (below): a force counted, kept or remaining somewhere, in the present
# ("advisers are on Mount X", "troops are already in Y": the bare present of "be", a trigger only as a presence)
PRESENCE_WORD = re.compile(r"(?:has|have|keeps?|keeping|maintains?|maintaining|remains?|still|now|are|is|were|hold|holds)\b", re.I)
# (relocated: "aircraft were relocated to the X airbase" moves forces like "transferred")
# ("amassed", "massed": only forces or materiel, not "thousands of people had massed at the crossing")
# ("sending up a column of smoke": no forces sent; "tanks have driven into the square": forces brought there;
# "went into Ilovaisk with the Donbas battalion": a unit that entered a named place)
# (not "hit the dry dock in X": the noun, no ship docking)
# ("took up positions in X": forces that settle in a place; "rolled into", "docked at", "airlifted to",
# "bussed to", "installed near": forces or systems brought to a place)
DEPLOY_WEAK = re.compile(r"\b(?=\w)(?:build(?:s|ing)?[\s-]up|built[\s-]up|amass(?:ed|ing)?|mass(?:ed|ing)|positioned|(?:took|take|taking|takes|taken)\s+up\s+(?:a\s+)?positions?|"
                         # ("observe the presence of Israel Defense Forces personnel in the area of separation", "reported the
                         # presence of Russian troops in X": forces seen standing at a place)
                         r"presence(?=\s+of\s+(?:[\w-]+\s+){0,4}?(?:troops|forces|personnel|soldiers|units|militias?|fighters|"
                         r"mercenaries|convoys|(?:heavy\s+)?weapons)\s+(?:[\w-]+\s+){0,3}?(?:in|at|on|around|near|inside)\s)|"
                         # ("placed F-104 interceptors at the X air base", "placed S-400 systems at Y": forces or weapons put
                         # at a named place; not "placed under curfew", "placed a bomb", "placed sanctions on")
                         r"placed(?=\s+(?:[\w-]+\s+){0,4}?(?:troops|forces|units|interceptors|fighters|jets|warplanes|aircraft|"
                         r"(?:air[\s-]defen[cs]e\s+)?systems|batteries|launchers|tanks|howitzers|S-[34]00s?|(?:F|Su|MiG)-\d+\w*)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:at|in|on|near)\s+(?:the\s+)?(?-i:[A-Z]))|"
                         # ("small teams of special forces have been moving in and out of X for months": a force that comes
                         # and goes is there, a presence)
                         r"mov(?:ed|ing|es?)\s+in\s+and\s+out\s+of(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                         # ("tanks rolled across the border into X": the frontier crossed on the way in)
                         r"(?:roll(?:ed|ing|s)?|dr(?:ove|iven|iving))\s+(?:across\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\s+)?into|"
                         r"roll(?:ed|ing|s)?\s+onto|"
                         # ("Russia has concentrated much of its artillery and several battalion tactical groups around X",
                         # "most of them are now concentrated at bases in Y": forces gathered at a place; not "efforts
                         # concentrated on diplomacy")
                         # (not "targeted with concentrated artillery fire the positions": an adjective of fire)
                         r"concentrat(?:ed|ing|es?)(?!\s+(?:[\w-]+\s+){0,2}?(?:fire|shelling|strikes?|barrages?|bombardments?|"
                         r"attacks?|salvoes|salvos|volleys)\b)(?=\s+(?:[\w'’-]+\s+){0,6}?(?:forces|troops|artillery|units|armou?r|tanks|"
                         r"battalions?|battalion\s+tactical\s+groups|brigades|soldiers)\b)|"
                         r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bnow\s)|(?<=\bbeen\s))concentrated(?=\s+(?:at|around|near|in|"
                         r"along)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?-i:[A-Z])|bases?\b|(?:al|el|ad|ar|as|ash|at|az|an)-))|"
                         # ("the Marines left Iraqi battalions and small teams in battle positions in X": forces left behind
                         # there, a presence; not "troops left X")
                         r"left(?=\s+(?:behind\s+)?(?:[\w'’-]+\s+){0,6}?(?:troops|battalions?|teams|units|soldiers|forces|"
                         r"garrisons?|companies|marines|advisers)\s+(?:[\w'’-]+\s+){0,5}?(?:in|at|around|near)\s)|"
                         # ("the 1st Marine Expeditionary Force took over X province from the 82nd Airborne Division", "the
                         # 1st Armored Division has since taken over Y": a unit that takes over an area from another
                         # unit, or told by its own numbered name, is posted there; not "militants took over the town")
                         r"(?:took|taken|taking|takes)\s+over(?=\s+(?:responsibility\s+for\s+)?(?:the\s+)?(?:(?-i:[A-Z])|"
                         r"(?:al|el|ad|ar|as|ash|at|az|an)-)[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:Division|Brigade|"
                         r"Regiment|Army|Marines|Corps|troops|forces|battalion|brigade|division)\b)|"
                         r"(?:(?<=Division\s)|(?<=Brigade\s)|(?<=Regiment\s)|(?<=Force\s)|(?<=Corps\s))(?:has|have)\s+(?:since\s+|now\s+)?"
                         r"taken\s+over(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                         # ("Israeli troops now man nine positions inside the buffer zone, including the summit of X": forces
                         # that staff posts at a place, a presence)
                         r"(?:(?<=\bnow\s)|(?<=\bstill\s)|(?<=troops\s)|(?<=soldiers\s)|(?<=forces\s)|(?<=\bhave\s)|(?<=\bhas\s))"
                         r"(?:man|mans|manned|manning)(?=\s+(?:[\w-]+\s+){0,3}?(?:positions?|posts?|outposts?|checkpoints?|bases?)\b)|"
                         # ("Soldiers were posted around the port on Thursday": forces stationed at a place, told in the passive)
                         r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s)|(?<=\bare\s)|(?<=\bis\s))posted(?=\s+(?:around|at|in|near|along|outside|inside)\s)|"
                         # ("satellite images show six B-2 bombers parked at X": aircraft or armour standing at a base)
                         r"parked(?=\s+(?:on\s+the\s+(?:apron|tarmac|runway)\s+)?(?:at|on|in)\s)|"
                         # ("tanks and artillery have been gathered outside the town of X", "convoys have been converging on
                         # Y air base": forces brought together at a place)
                         r"(?:(?<=been\s)|(?<=were\s)|(?<=are\s)|(?<=was\s))gathered(?=\s+(?:outside|near|around|at|in)\s)|"
                         r"converg(?:ed|ing|e|es)\s+on|"
                         # ("Russian forces continue to mass troops and armour around X": a build-up still going on)
                         r"(?:(?<=continue\sto\s)|(?<=continues\sto\s)|(?<=continued\sto\s)|(?<=began\sto\s)|(?<=started\sto\s))"
                         r"mass(?=\s+(?:[\w'’-]+\s+){0,4}?(?:forces|troops|artillery|units|armou?r|tanks|soldiers)\b)|"
                         # ("soldiers have driven from X in Germany to the Y air base": a road move from one place to another)
                         r"(?:dr(?:ove|iven|iving)|travell?(?:ed|ing)|convoyed)(?=\s+(?:[\w-]+\s+){0,2}?from\s+(?:[\w'’,-]+\s+){1,6}?to\s)|went\s+(?:back\s+)?into(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?<!\bdry\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bfloating\s)dock(?:ed|ing|s)?\s+(?:at|in)|berthed\s+(?:at|in)|"
                         r"(?:airlifted|ferried|bussed|bused|trucked|shipped|flown\s+in|brought\s+in)(?=\s+(?:to|into|in|from))|"
                         # ("landing ships are still shuttling armour and fuel from X to Y": materiel carried there again
                         # and again; "the cruiser has taken up station off X": a warship posted there; "troops broke
                         # through to the X air base": forces that reach a cut-off garrison)
                         r"shuttl(?:e|es|ed|ing)(?=\s+(?:[\w,-]+\s+){1,8}?to\s)|(?:took|taken|taking|takes)\s+up\s+station|"
                         r"broke\s+through\s+to(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z]))|"
                         # ("commandos were inserted by helicopter into X", "paratroopers dropped into X": forces set down
                         # there from the air)
                         r"(?:inserted|air-?dropped|parachuted|heli-?lifted|helicoptered)(?=\s+(?:by\s+(?:helicopters?|air|"
                         r"parachute|aircraft)\s+)?(?:to|into|in|onto|behind|near)\b)|"
                         # ("commandos were landed by helicopter in X": set down there; a bare "landed in X" is a shell's)
                         r"landed(?=\s+by\s+(?:helicopters?|air|boats?|sea|landing\s+craft)\s+(?:to|into|in|onto|behind|near|on)\b)|"
                         # ("Damascus flew more troops into the airport": forces flown in, named right after the verb)
                         r"fl(?:ew|ies|y|ying)(?=\s+(?:(?:more|additional|fresh|extra|further|some|several|hundreds\s+of|"
                         r"dozens\s+of|[\d,]+)\s+)?(?:[\w-]+\s+)?(?:troops|reinforcements|soldiers|marines|paratroopers|"
                         r"commandos|special\s+forces)\s+(?:in)?to\b)|"
                         # ("National Guard units sealed off the area around X": forces posted around a place)
                         # ("Police sealed off the market street within minutes of the blast", "cordoned off the factory":
                         # the place sealed named by its own noun, the struck place told before)
                         # ("2,000 Marines have sealed off Fallujah": a named town sealed off by forces, right after the verb)
                         + CORDON_WORD.pattern + r"(?=\s+(?:[\w-]+\s+){0,6}?(?:around|in|near|at|of)\s|\s+(?-i:[A-Z])[\w'’-]+\b(?!\s+(?:Street|Road|Avenue|Square))|"
                         r"\s+(?:the|its|their|both|all)\s+(?:whole\s+|entire\s+)?(?:[\w-]+\s+){0,2}?(?:area|street|streets|block|"
                         r"site|compound|grounds|factory|market|hospital|building|ruins|resort|square|district|neighbou?rhood|"
                         r"road|roads|airport|station|port|camp)\b)|"
                         # ("The UAE has used the airport at X as an air and naval base since 2015", "The LNA has used Y air
                         # base as its forward hub", "Z has served since February as the main base of the coast forces": a
                         # place a force uses as its base, a presence there)
                         # (not "the town that the LNA had used as its forward base": a use that ended)
                         r"(?:has|have)\s+(?:long\s+|also\s+)?(?:used|served)(?=\s+(?:[\w,'’-]+\s+){0,10}?as\s+(?:an?|its|their|the)\s+"
                         r"(?:[\w-]+\s+){0,4}?(?:base|hub|headquarters|staging\s+(?:post|ground|area)|launch\s*pad)\b)|"
                         # ("X was defended by the 72nd Mechanised Brigade from the summer of 2022 onwards", "Both areas have
                         # been held by Turkish troops since 2017": a place held or defended by forces, told in the passive)
                         r"(?:(?<=\bbeen\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s))(?:held|defended|garrisoned|manned)"
                         r"(?=\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:troops|forces|soldiers|brigades?|battalions?|units|"
                         r"marines|fighters|(?-i:Brigade|Battalion|Division|Regiment|Corps))\b)|"
                         # ("The US garrison at X, in the desert near the border, remains in place", "Our observation post at
                         # Y ... remains in place": a post or force that stays where it is, a presence)
                         r"(?:remains?|remained|stays?|stayed)\s+in\s+place\b|"
                         # ("Russian forces encircled Mariupol in the first days of March", "fighters have surrounded X since
                         # the offensive began": forces ringing a named place, a presence around it; never "surrounded by")
                         # (not "had nearly surrounded Ukrainian units": the ones ringed, named by their side, nor an
                         # encirclement not closed)
                         # (nor "the besieged town of X": a participle as adjective)
                         r"(?<!nearly\s)(?<!almost\s)(?<!partly\s)(?<!partially\s)(?<!the\s)(?<!a\s)(?<!an\s)(?<!of\s)"
                         r"(?:encircled|surrounded|encircle|surround)(?=\s+(?:the\s+(?:city|town|port|"
                         r"village|district)\s+of\s+)?(?-i:[A-Z])(?![\w’'-]*\s+(?:Street|Road|Avenue|Square|units|troops|forces|"
                         r"soldiers|positions|fighters|army|defenders|garrisons?|brigades?|battalions?)\b))|"
                         # ("troops walked into the centre of X": forces that come into a town on foot, unopposed)
                         # ("walked into the ruined centre of X", "walked into al-Watiya": an adjective before the centre,
                         # a name opened by its Arabic article)
                         r"walk(?:ed|ing|s)?\s+into(?=\s+(?:the\s+(?:[\w-]+\s+)?(?:centre|center|heart|streets)\s+of\s+)?"
                         r"(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-))|"
                         # ("units that crossed the river have dug in around X": forces that settle in positions there)
                         r"(?:dug|dig|digs|digging)\s+in(?=\s+(?:around|at|near|in|along|on|outside)\b)|"
                         # ("a transport plane landed paratroopers and supplies at X airport": forces set down there)
                         r"land(?:ed|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:troops|paratroopers|forces|soldiers|marines|commandos|"
                         # ("landed about 100 troops, armoured vehicles and two artillery pieces at X": a list may come between)
                         r"units|reinforcements)\b[^.;]{0,80}?\s(?:at|in|on)\s)|"
                         # ("have brought fresh units and ammunition into X": forces brought, their object before "into")
                         # ("C-17 flights brought vehicles, mortars and supplies into X": a list with commas)
                         r"brought(?=\s+(?:[\w,-]+\s+){1,8}?into\s+(?:the\s+)?(?-i:[A-Z]))|"
                         # ("1,000 paratroopers jumped onto X airfield": a parachute drop onto a named airstrip)
                         r"jumped\s+(?:onto|into)(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){1,2}(?:airfield|airstrip|air\s*base|"
                         r"drop\s+zone)\b)|"
                         # ("more units were brought into X": the passive, the forces before it)
                         r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))brought(?=\s+(?:[\w-]+ly\s+)?into\s+(?:the\s+)?(?-i:[A-Z]))|"
                         # ("had brought a dozen tanks and truckloads of troops to the checkpoints around X": forces brought
                         # to a place; "ordered 3,000 troops to Poland": forces sent by order; "took over security at the
                         # airport": forces that come to hold a place)
                         r"brought(?=\s+(?:[\w,-]+\s+){1,10}?to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:checkpoints?|positions|front|lines?|outskirts|"
                         r"border|area|base|airport|town|city|(?-i:[A-Z])))|"
                         r"order(?:ed|s|ing)(?=\s+(?:an?\s+|the\s+)?(?:additional\s+|more\s+|extra\s+|further\s+)?(?:[\d,]+\s+|"
                         r"(?:several|two|three|four|five)\s+)?(?:more\s+|additional\s+)?(?:[\w-]+\s+)?(?:troops|soldiers|forces|"
                         r"marines|paratroopers|reinforcements|units|jets|warships|ships|bombers)\s+(?:to|into)\s+(?:the\s+)?"
                         r"(?:(?-i:[A-Z])|(?:front|border|region|area|base|city|town|port|capital)\b))|"
                         r"t(?:ook|ake|akes|aking)\s+over\s+security\s+(?:at|in|of|around|for)|"
                         # ("describing the move as a shift": "the move" names a decision told before, no forces moved)
                         # ("during the morning rush": a noun of traffic, no forces rushed)
                         # ("Russian-installed officials": a hyphened adjective, no system installed)
                         # ("fighters moved between houses", "the militias moved on and retook X", "moved most troops into
                         # bunkers": forces that shift about, press on or take cover are no forces sent somewhere)
                         r"(?<!newly\s)(?<!recently\s)(?<!the\s)(?<!-)install(?:ed|ing)(?=\s+(?:[\w-]+\s+){0,6}?(?:at|in|near|on)\s)|relocat(?:e|es|ed|ing)|send(?:s|ing)?(?!\s+up\b)(?!" + _SENT_THING + r")(?!" + _SENT_ON_MISSION + r")|sent(?!\s+up\b)(?!" + _SENT_THING + r")(?!" + _SENT_ON_MISSION + r")|(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)mov(?:e|es|ed|ing)(?!\s+(?:between|about(?!\s+(?:[\d,]+|a\s+|half|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b))\b)(?!\s+on\s*(?:,|\.|and\b|to\s+(?:attack|retake|take|capture|seize)\b))(?!\s+(?:[\w-]+\s+){0,3}?into\s+(?:the\s+|their\s+)?(?:bunkers|shelters|basements)\b)|rush(?:ed|ing|es)(?!\s+hours?\b)|(?<!morning\s)(?<!evening\s)(?<!the\s)(?<!a\s)(?<!gold\s)rush(?!\s+hours?\b)|transferr?(?:ed|ing)?|"
                         # ("only fragments reached Tel Aviv": munitions that reach a place are no forces sent there)
                         # ("peshmerga crossed from Turkey into Kobani": where they came from told between)
                         # ("a Su-30 crossed into its airspace", "flew into Turkish airspace": an incursion, no force deployed there)
                         # ("troops reached the besieged X base, ending a siege": forces that come to a cut-off garrison)
                         # ("units reached the perimeter of X airport", "the gates of Y": forces come up to a place)
                         # ("Marines landed on Mount X by helicopter", "troops landed on the island": forces set down on a
                         # height or an island; not "a shell landed on the roof")
                         # ("reached the garrison at the X base", "reached the hotel district on the edge of Y": a named place's
                         # garrison, base or quarter)
                         # ("paratroopers began landing at X airport on 6 February": a landing that began is under way)
                         # ("the brigade that came ashore at the port of X in October": forces landed from the sea)
                         # ("a no-go zone for the world's shipping", "commercial shipping in the Red Sea": shipping the noun, no
                         # forces shipped)
                         r"arriv(?:e|ed|es|ing|al)|pour(?:ed|ing)|(?<!fragments\s)(?<!debris\s)(?<!shrapnel\s)(?<!pieces\s)(?<!missile\s)(?<!missiles\s)(?<!drone\s)(?<!drones\s)(?<!rocket\s)(?<!rockets\s)(?<!shells\s)reached\s+(?:the\s+)?(?:(?:besieged|encircled|surrounded|beleaguered|embattled|isolated)\s+)?(?:(?:outskirts|perimeter|gates|centre|center)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,2}?(?:garrison|base|air\s*base|airport|barracks|district|quarter|neighbou?rhood)\s+(?:at|of|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?)?(?=(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-)|cross(?:ed|ing)\s+(?:the\s+(?:[\w-]+\s+)?border|(?:from\s+(?:[\w'’-]+\s+){1,3}?)?into(?!\s+(?:[\w'’-]+\s+){0,2}airspace)|from\s+(?-i:[A-Z])[\w'’-]+\s+(?=(?:near|at)\s))|continu(?:ed|ing)\s+(?:on\s+)?to\s+(?=(?-i:[A-Z]))|(?:have|has|had)\s+held(?!\s+off\b)|flown\s+in|flew\s+in(?=\s+(?:on\s+\w+\s+)?(?:to|from)\b)|landed\s+(?:at|in|on(?=\s+(?:Mount|the\s+island|the\s+summit|(?:[\w'’-]+\s+)?(?:island|mountain|ridge|peninsula)\b)))|(?:(?<=began\s)|(?<=begun\s)|(?<=started\s))landing\s+(?:at|in)|landed\s+by\s+(?:helicopters?|parachute|air|boats?|sea)\s+(?:at|in|outside|near|behind)|touched\s+down|(?:came|come|coming|went|gone|going)\s+ashore(?=\s+(?:at|in|on|near)\s)|flew\s+(?:\w+\s+)?(?:into|onto)(?!\s+(?:[\w'’-]+\s+){0,2}airspace)|flown\s+(?:\w+\s+|from\s+(?:[\w'’-]+,?\s+){1,3}?(?:via\s+(?:[\w'’-]+\s+){1,3}?)?)?,?\s*(?:to|into)|flown\s+out\s+of|flew\s+(?:from\s+(?:[\w-]+\s+){1,4}?)?to|(?<!'s\s)(?<!’s\s)(?<!\bof\s)(?<!commercial\s)(?<!merchant\s)(?<!international\s)(?<!global\s)ship(?:ped|ping)(?!\s+(?:lines?|routes?|lanes?|compan(?:y|ies)|firms?|industry|traffic|containers?|costs?|rates?|vessels?))(?!\s*[.,;:])|brought\s+in|"
                         # ("German Eurofighters have been flying from X since January", "TB2s now operate from the Y
                         # airport": a force that keeps working out of a base, a presence there; a bare "jets fly from X"
                         # tells a habit, and "jets flying from X struck Y" a launch site)
                         r"(?:(?<=\bbeen\s)|(?<=\bnow\s)|(?<=\bcurrently\s))(?:operat(?:ing|e)|fl(?:ying|y)|working)(?=\s+(?:out\s+of|from)\s)|"
                         # ("RAF squadrons are also flying from X and Y": the present progressive, a force at work there now;
                         # not "are flying from X to bomb Y", the launch site of a mission)
                         r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bare\salso\s)|(?<=\bis\salso\s))(?:operating|flying|working)"
                         r"(?=\s+(?:out\s+of|from)\s(?![^.;:]{0,50}?\bto\s+(?:strike|bomb|hit|attack|target|shell|pound|raid)\b))|"
                         # ("the Reapers that fly over Libya operate from X in Sicily": a force's present work out of a
                         # base, its standing presence there - not "jets that operate from X struck Y", a launch site)
                         r"(?<!that\s)(?<!which\s)operates?(?=\s+(?:out\s+of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-))|"
                         # ("military police have patrolled the line around X since 15 October", "Rangers have been
                         # patrolling in and around Y": forces that keep patrolling a place, a presence there; a patrol
                         # that is planned or cancelled tells none)
                         r"(?:(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bbeen\s))patroll(?:ed|ing)|"
                         # ("military police also continue to patrol the line of contact north-west of X": the same,
                         # told as going on)
                         r"(?:(?<=continue\sto\s)|(?<=continues\sto\s)|(?<=\bnow\s)|(?<=\bstill\s))patrols?\b|"
                         # ("Kyiv is now ringed by mobile fire groups and Patriot batteries", "Patriot batteries have
                         # protected the airport at X since the spring": forces or air defences that guard a place, a presence)
                         r"(?:(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bnow\s)|(?<=\bbeen\s))(?:ringed|protected|guarded|defended)(?=\s+by\b)|"
                         r"(?:(?<=\bhave\s)|(?<=\bhas\s))(?:protected|guarded|defended)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?-i:[A-Z])))|"
                         # ("the SMM saw four tanks parked in a field on the edge of X", "the mission observed five tanks
                         # and three APCs positioned in the Y district": a monitor's sighting of heavy weapons, a presence;
                         # not "observed 3 explosions involving mortars": fire heard, no weapon seen standing)
                         r"(?:saw|observed|spotted)(?=\s+(?:(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|several|dozens\s+of|about\s+\d+)\s+)(?:(?!(?:explosions?|blasts?|impacts?|bursts?|craters?|involving|"
                         r"from|of|by|rounds?|shells?)\b)[\w()-]+\s+){0,5}?(?:tanks?|howitzers?|MLRS|"
                         r"mortars|armou?red\s+(?:personnel\s+carriers|vehicles)|artillery\s+pieces|anti-aircraft\s+guns?|"
                         r"surface-to-air\s+missile\s+systems?|air[\s-]defen[cs]e\s+systems?)\b)|"
                         # ("At X, Australian soldiers have been training Iraqi army recruits since May": forces that train or
                         # advise another's units at a place are present there)
                         r"(?:(?<=\bbeen\s)|(?<=\bare\s)|(?<=\bnow\s)|(?<=\bstill\s))(?:training|advising|mentoring)(?=\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,3}?(?:army|units|troops|forces|fighters|recruits|soldiers|brigades|peshmerga|"
                         r"police|(?-i:[A-Z]{2,6}))\b)|"
                         # ("helicopters ferried SDF fighters and US advisers across the lake to land near X": forces carried
                         # to a place; a column that "crossed from Russia near X" crossed there, the same)
                         r"ferr(?:ied|ying)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:troops|soldiers|fighters|forces|advisers|marines|"
                         r"commandos|paratroopers|special\s+forces)\b)|"
                         # ("US Marines have trained Iraqi troops at X since November", "trainers have worked with Iraqi
                         # units at Camp Y since May", "batteries have stood guard at X since 2015", "special forces have worked
                         # from X for months": a force's work at a place told in the perfect, with how long it has lasted)
                         # ("Russian jets have flown from the X air base, near Y, since September 2015": aircraft too)
                         r"(?:(?<=\bhave\s)|(?<=\bhas\s))(?:trained|advised|worked|operated|flown|stood\s+guard|served)"
                         # ("has operated from bases around X since May": bases named by the town they stand round)
                         r"(?=\s+(?:[\w'’-]+\s+){0,6}?(?:at|in|from)\s+(?:the\s+)?(?:(?:bases|camps|outposts|positions)\s+"
                         r"(?:around|near|outside|in|at)\s+)?(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-)"
                         r"[^.;]{0,80}?\b(?:since|for\s+(?:months|weeks|years|more\s+than|over|the\s+past|the\s+last))\b)|"
                         # ("For months, French special forces have worked from X air base", "drones that UN experts say are
                         # operated from Y air base": a force's work out of a base told in the perfect or the passive
                         # present, however its stretch is told; not a launch site "that" or "which" names)
                         r"(?<!that\shave\s)(?<!that\shas\s)(?<!which\shave\s)(?<!which\shas\s)(?<!that\sare\s)(?<!that\sis\s)"
                         r"(?<!which\sare\s)(?<!which\sis\s)(?:(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bare\s)|(?<=\bis\s))(?:worked|operated)"
                         r"(?=\s+(?:from|out\s+of)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-)[\w'’-]*\s+){0,3}"
                         r"(?:air\s*base|airbase|airfield|airport|base)\b)|"
                         # ("IRGC officers have been fighting alongside the army around X", "advisers are working with
                         # Iraqi units across Y province": a force that serves beside another's units is present there)
                         r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bnow\s)|(?<=\bstill\s))"
                         r"(?:fighting|working|operating|serving)\s+(?:alongside|beside|with)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:army|units|troops|forces|fighters|men|militias|soldiers|brigades|(?-i:[A-Z]{2,6}))\b)|"
                         # ("well over 1,000 Russian troops were operating inside Ukraine", "special forces are operating
                         # in X": forces at work in a place are present there)
                         r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bnow\s)|(?<=\bstill\s)|(?<=\bis\s)|(?<=\bwas\s))"
                         r"operating\s+(?:inside|in|across|within)(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|"
                         r"an)-))|"     # (a place after it: not "operating in the strike role over X")
                         # ("Wagner fighters now guard X air base", "marines are guarding the embassy in Y": forces that
                         # guard a named place now are present there)
                         # ("servicemen now guard the oil fields east of the river in X province": a kind of site, then
                         # where it lies)
                         r"(?:(?<=\bnow\s)|(?<=\bstill\s)|(?<=\bare\s)|(?<=\bis\s))guard(?:s|ing)?(?=\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,3}?(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-)|\s+the\s+(?:(?:oil|gas)\s*fields?|"
                         r"oilfields|bases?|airports?|border\s+crossings?|dams?|power\s+plants?)\b[^.;]{0,60}?\b(?:in|near|around|at)\s+"
                         r"(?:the\s+)?(?-i:[A-Z]))|"
                         r"based\s+(?:at|in)|increas(?:e|ed|ing)\s+(?:its|their|the)\s+(?:military\s+)?presence|"
                         # ("forces loyal to X are holding the coast road near Y", "units continue to hold positions on
                         # the hills overlooking X": forces that hold ground there now, a presence)
                         # ("troops now hold positions across the X district": the same, told with "now" or "still")
                         r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bcontinue\sto\s)|(?<=\bcontinues\sto\s)|(?<=\bnow\s)|(?<=\bstill\s))hold(?:ing|s)?(?=\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:road|roads|positions|line|lines|airport|base|bridge|hills?|heights|ridge|"
                         r"crossing|checkpoints?)\b)|"
                         # ("a landing ship unloaded armoured vehicles at the port of X", "troops and armour were unloaded at
                         # X's port": forces or materiel set ashore; an aid ship unloading flour sets down no force)
                         r"(?:un|off)load(?:ed|ing)(?=\s+(?:(?:more|new|further|its|their|the|dozens\s+of|[\d,]+)\s+)?"
                         # ("a ship unloading weapons in X": arms delivered, no force set down)
                         r"(?:[\w-]+\s+){0,2}?(?:armou?r|armou?red\s+vehicles|tanks|troops|soldiers|marines|"
                         r"howitzers|artillery|air\s+defen[cs]e\s+systems|military\s+vehicles)\b)|"
                         r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s))(?:un|off)loaded(?=\s+(?:at|in|on)\s)|"
                         # ("The air group at Hmeimim now includes twelve Su-24M bombers": what a force at a named base
                         # is made of, a presence there)
                         # ("the six NATO batteries at X, Y and Z have been on alert since February": forces at named places
                         # kept ready there, a presence)
                         r"(?:(?<=\bbatteries\s)|(?<=\btroops\s)|(?<=\bunits\s)|(?<=\bjets\s)|(?<=\bsquadrons\s))at(?=\s+"
                         r"(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?\s(?:have|has)\s+been\s+on\s+(?:high\s+|full\s+|constant\s+)?alert\b)|"
                         r"(?:(?<=\bgroup\s)|(?<=\bwing\s)|(?<=\bforce\s)|(?<=\bcontingent\s))at(?=\s+(?:the\s+)?(?-i:[A-Z])"
                         r"[^.;]{0,60}?\s(?:now\s+|already\s+)?(?:includes?|comprises?|consists\s+of|numbers)\s)|"
                         # ("where a dozen British Typhoons are based for the campaign": a presence in a "where" clause)
                         r"(?:(?<=\bare\s)|(?<=\bis\s))based(?=\s+(?:for|there|permanently|now)\b)|"
                         # ("where about 600 British personnel are now based.": the same, the clause ending at the verb)
                         # (not a bare "where US troops are based.": the base a strike hit, told by who is there)
                         r"(?:(?<=\bare\snow\s)|(?<=\bis\snow\s)|(?<=\bare\sstill\s)|(?<=\bis\sstill\s))"
                         r"(?:based|stationed)(?=\s*[.;]|\s*,\s+(?:and|but|while)\b)|"
                         # ("The US has about 4,000 troops in Iraq", "still keeps tens of thousands of troops in X", "forces
                         # remain at the X air base": a presence, counted or kept, told in the present)
                         # ("France has four CAESAR howitzers of its task force at X": a count in words, and guns kept there)
                         r"(?:has|have|keeps?|keeping|maintains?|maintaining)(?=\s+(?:(?:about|around|some|roughly|nearly|"
                         r"almost|more\s+than|over|up\s+to|an\s+estimated|tens\s+of|hundreds\s+of|thousands\s+of|[\d,]+|"
                         r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|"
                         r"several|a\s+few|still)\s+)+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|personnel|marines|advisers|"
                         r"howitzers|artillery\s+pieces|rocket\s+launchers|"
                         # ("keeps about 300 soldiers at a military field hospital in X": the place may follow the facility)
                         r"advisors|special\s+forces)\s+(?:[\w-]+\s+){0,6}?(?:in|at|on)\s+(?:the\s+)?" + _PART_OF_LAND + r"(?-i:[A-Z]))|"
                         # ("We have forces in north-eastern Syria, in X and Y provinces": troops or forces a side has
                         # in a named land, uncounted, right after the verb)
                         r"(?:has|have)(?=\s+(?:troops|forces|soldiers)\s+(?:stationed\s+|deployed\s+|based\s+)?(?:in|at)\s+"
                         r"(?:the\s+)?" + _PART_OF_LAND + r"(?-i:[A-Z]))|"
                         # ("France keeps Rafales at X air base", "maintains troops in Y": a force kept there, any count;
                         # "keeps warplanes and air-defence systems at X": a short list of what is kept)
                         # ("Russian forces keep a base at X airport": a base kept there, the forces at it)
                         # ("they have outposts around X, and a garrison at Y", "the US has bases in Z": bases a side has there,
                         # named right after the verb)
                         r"(?:has|have)(?=\s+(?:(?:an?|its|their|two|three|four|five|several|some|many|a\s+few|dozens\s+of|"
                         r"[\d,]+|small|large|military|air|naval|forward|permanent|main)\s+){0,3}(?:bases?|outposts?|garrisons?)\s+"
                         r"(?:[\w-]+\s+){0,4}?(?:at|in|around|near)\s+(?:the\s+)?(?-i:[A-Z]))|"
                         # ("in Cyprus, where Britain has kept Typhoons since 2015.": a force kept in a "where" clause's place)
                         # ("bases in Jordan, where France keeps its Rafale jets.", "where Britain has about a dozen
                         # Typhoons.": a force a side keeps or has, told in a "where" clause that ends with it)
                         # ("the X air base, where the army keeps a fleet of helicopters and several hundred troops.": the
                         # subject a state's service, the list longer)
                         r"\bwhere\s+(?:(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}|the\s+(?:army|navy|air\s+force|military|regime|government)\s+)"
                         r"(?:also\s+|still\s+|now\s+)?(?:keeps|has|have|maintains)"
                         r"(?=\s+(?:(?:its|their|about|around|some|roughly|nearly|more\s+than|over|up\s+to|a\s+dozen|"
                         r"several|a\s+few|[\d,]+|two|three|four|five|six|eight|ten|twelve)\s+){0,3}(?:[\w-]+\s+(?:and\s+)?){0,7}?"
                         r"(?:troops|soldiers|forces|marines|jets|warplanes|aircraft|bombers|drones|helicopters|warships|"
                         r"(?-i:Rafales?|Tornados|Typhoons|Mirages?|Hornets|Reapers)|(?:F|Su|MiG|A|B|CF)-\d+\w*|\d{4}s?)\s*[.;])|"
                         r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))kept(?=\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|"
                         r"marines|jets|warplanes|aircraft|bombers|drones|helicopters|warships|(?-i:Rafales|Tornados|Typhoons|"
                         r"Mirages|Hornets|Reapers)|(?:F|Su|MiG|A|B|CF)-\d+\w*)\s+(?:since|for|there|ever\s+since)\b)|"
                         # ("Moscow also keeps a small naval supply facility at the port of X": a facility kept there)
                         # ("keeps dozens of military posts inside X province": posts kept there, "inside" as "in")
                         # ("has kept troops in X since July", "had maintained a garrison at Y": the same, told in the perfect)
                         # ("Romania hosts a French-led NATO battlegroup at X": a force a host country keeps on its soil)
                         # ("keeps an estimated 40 or more military posts and bases inside X", "keeps a small supply and
                         # maintenance point in the port of Y": a longer count, and a supply point kept there)
                         # ("Harir hosts US special forces and a fleet of helicopters": the host place as subject, the
                         # forces it keeps as object)
                         r"(?<!\bcountry\s)(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)(?:hosts|(?:(?<=\bhas\s)|(?<=\bhave\s))hosted)(?=\s+(?:(?:about|some|around|nearly|roughly|[\d,]+|an?|the)\s+)*"
                         r"(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|marines|special\s+forces|personnel|jets|warplanes|aircraft|"
                         r"bombers|drones|helicopters)\b)|"
                         r"(?:keeps?|keeping|maintains?|maintaining|hosts|(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))(?:kept|maintained|hosted))"
                         # ("keeps a brigade-sized force at X", "a small force in Y": a force told by its size)
                         r"(?=\s+(?:[\w-]+\s+){0,6}?(?:troops|soldiers|forces|(?<=-sized\s)force|(?<=small\s)force|marines|battle\s*groups?|brigades?|battalions?|contingents?|"
                         # ("has kept S-400 long-range surface-to-air missiles near X since 2017": air defences kept there)
                         r"(?:surface-to-air|air[\s-]defen[cs]e|anti-aircraft)\s+(?:missiles|systems|batteries)|S-[34]00s?|Patriots|"
                         r"(?:supply|maintenance|logistics|repair|resupply)\s+points?|"
                         r"bases?|outposts?|(?:military|army|observation|border)\s+posts|garrisons?|facilit(?:y|ies)|"
                         r"jets|warplanes|aircraft|bombers|drones|helicopters|gunships|warships|(?-i:Rafales|Tornados|Typhoons|"
                         # ("keeps troops, aircraft and air-defence systems at X": a list with commas before the place)
                         # ("keeps warplanes and thousands of troops at its X air base", "keeps aircraft and about 1,500
                         # personnel at X", "keeps 12 observation posts set up under the Sochi deal around X province": a
                         # longer list, counts with commas, a participle phrase, the keeper's own base)
                         r"Mirages|Hornets|Reapers)|(?:F|Su|MiG|A|B|CF)-\d+\w*),?\s+(?:[\w.,'’-]+\s+){0,7}?(?:at|in|inside|around|near)\s+"
                         r"(?:the\s+|its\s+|their\s+|his\s+)?(?:(?:port|town|city|island)\s+of\s+)?(?-i:[A-Z]))|"
                         # ("Equipment of the 41st Combined Arms Army has remained at X": a numbered army's kit kept there)
                         r"(?:(?<=troops\s)|(?<=forces\s)|(?<=soldiers\s)|(?<=units\s)|(?<=marines\s)|(?<=advisers\s)|(?<=Army\s)|"
                         r"(?<=contingent\s)|(?<=aircraft\s)|(?<=jets\s)|(?<=personnel\s)|(?<=specialists\s)|(?<=engineers\s)|"
                         # ("jets and air-defence systems remain at X", "warships and tanks are still in Y": weapons kept
                         # there, as the forces that man them)
                         # ("About 900 US troops remain in Syria. Some 150 of them are at X": a share of a force told before)
                         # ("About 2,500 US troops are in Iraq. Most are at X air base": most of a force told before)
                         r"(?<=of\sthem\s)|(?<=\bMost\s)|(?<=\bthe\srest\s)|(?<=Hornets\s)|(?<=tanker\s)|(?<=operators\s)|(?<=crews\s)|(?<=advisors\s)|(?<=instructors\s)|(?<=helicopters\s)|(?<=drones\s)|(?<=systems\s)|(?<=batteries\s)|"
                         # ("A US Stryker company has been at the X training area since March": a unit named by its size;
                         # "soldiers also remain in Y": an adverb before the verb)
                         r"(?<=company\s)|(?<=battalion\s)|(?<=brigade\s)|(?<=battlegroup\s)|(?<=squadron\s)|(?<=battery\s)|(?<=detachment\s)|"
                         # ("The two Marine divisions are now on the outskirts of X": larger units and their plurals, the same)
                         r"(?<=divisions\s)|(?<=division\s)|(?<=brigades\s)|(?<=battalions\s)|(?<=regiments\s)|(?<=regiment\s)|"
                         r"(?<=warships\s)|(?<=tanks\s)|(?<=bombers\s)|(?<=warplanes\s))"
                         # ("hundreds of US soldiers and engineers are now at the X airfield": forces there, in the present;
                         # "six Super Hornets and a tanker are at the Al Minhad air base": a named base right after)
                         # ("about 3,100 American troops are already in Iraq", "personnel are currently in Y", "advisers are
                         # on Mount X": the same, told with "already", "still" or "currently", or on a named height)
                         # ("Marines and soldiers have been at al-Asad air base since November": a presence since then)
                         # ("Most are at small bases in X and Y provinces": bases told by their kind, then the place)
                         r"(?:(?:still\s+|now\s+|also\s+)?remain(?:s)?|(?<=Army\s)(?:has|have)\s+remained|(?:are|is)\s+(?:now|already|still|currently)|"
                         r"(?:are|is)(?=\s+(?:at|in)\s+(?:(?:small|large|two|three|four|several|a\s+few|a\s+handful\s+of)\s+)?bases\s+"
                         r"(?:in|at|near|around)\s+(?:the\s+)?(?-i:[A-Z]))|(?:are|is)(?=\s+(?:at|on|in)\s+(?:the\s+)?(?:(?-i:[A-Z])|"
                         # ("US troops are at the al-Tanf garrison": a name opened by its Arabic article)
                         r"(?:al|el|ad|ar|as|ash|at|az|an)-(?-i:[A-Z])))|"
                         # ("advisers and drone operators have been in Tripoli since January": a named place after "in" too)
                         # ("US troops have been at the airfield since August": a base told before, by its kind)
                         # ("the Tornado detachment had been at X since September 2014": the same told in the pluperfect)
                         r"(?:have|has|had)\s+been(?=\s+(?:at|on|in)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-|"
                         r"(?:air\s*base|airbase|airfield|base)\s+since\b)))"
                         # ("special forces and advisers are now with Syrian units around the city": forces embedded with
                         # another's units at a place)
                         r"(?=\s+(?:stationed\s+|deployed\s+|based\s+)?(?:at|in|on)\s|\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:units|troops|forces|army|fighters|brigades|soldiers)\s+(?:in|at|around|near|on)\s)|"
                         # ("there are now an estimated 30,000 Russian troops in X": a counted force there, told as existing)
                         r"(?<=\bthere\s)(?:are|were)(?=\s+(?:now\s+|still\s+|currently\s+|already\s+)?(?:(?:about|around|some|"
                         r"roughly|nearly|almost|more\s+than|over|up\s+to|an\s+estimated|tens\s+of|hundreds\s+of|thousands\s+of|"
                         r"[\d,]+)\s+)+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|personnel|marines|advisers|advisors)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:in|at|on)\s+(?:the\s+)?(?-i:[A-Z]))|"
                         # ("the railway town of X, held by several thousand Ukrainian troops": forces holding a place, a presence)
                         r"(?<=,\s)held(?=\s+by\s+(?:(?:about|around|some|several|a\s+few|thousands\s+of|hundreds\s+of|"
                         r"[\d,]+|more\s+than|up\s+to)\s+)*(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|marines|units|"
                         r"paratroopers|garrison)\b)|"
                         # ("Turkey set up dozens of positions in X", "set up a base next to the airport": a force that
                         # builds its posts somewhere is there)
                         r"(?:set|sets|setting)\s+up(?=\s+(?:an?|its|their|new|several|more|dozens\s+of|[\d,]+|two|three|four|"
                         # ("setting up a chain of hilltop outposts": a longer way to the posts)
                         r"five|six|a\s+dozen)\s+(?:[\w-]+\s+){0,3}?(?:bases?|outposts?|military\s+posts|observation\s+posts|"
                         r"positions|camps?|checkpoints|garrisons?|headquarters|firing\s+positions)\b)|"
                         # ("the UAE flew troops and armoured vehicles to X": a short list of what was flown, then where to;
                         # not "flew 40 sorties over X", missions flown)
                         r"flew(?!\s+(?:[\w,-]+\s+){0,3}?(?:sorties|missions|flights|combat|over|past)\b)"
                         r"(?=\s+(?:(?:more|some|about|around|dozens|hundreds|thousands|of|[\d,]+|extra|additional|fresh|"
                         r"its|their|the)\s+)*(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|paratroopers|marines|commandos|"
                         # ("flew thousands of Syrian fighters to X": fighters or hired guns flown in, men or jets alike)
                         r"reinforcements|units|personnel|special\s+forces|fighters|mercenaries|contractors)\s+(?:(?:and|,)\s*(?:[\w-]+\s+){1,3}?)?(?:to|into)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-))|"
                         # ("Russia has flown more than 30 combat jets, several attack helicopters and hundreds of personnel to
                         # the X air base": a list of what was flown before the place it went to)
                         # (not "have flown 9,000 sorties over X, according to Y": missions flown, and a teller after the comma)
                         r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))flown(?!\s+(?:[\w,-]+\s+){0,4}?(?:sorties|missions|"
                         r"flights|combat\s+missions)\b)(?=\s+(?:(?!according\b)[\w,-]+\s+){2,16}?(?:to|into)\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-))|"
                         # ("Russia has assembled more than 30 combat aircraft, helicopters and several hundred troops at X",
                         # "troops and equipment are also gathering around Y": forces massing there, told done or going on)
                         r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))assembled(?=\s+(?:[\w,-]+\s+){1,14}?(?:at|in|near|around)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z]))|"
                         r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\balso\s)|(?<=\bstill\s))gathering(?=\s+(?:at|in|near|around|outside)\s+"
                         r"(?:the\s+)?(?-i:[A-Z]))|"
                         # ("His forces had gathered for weeks at X, 60 km east of Y": forces assembled in a place; people who
                         # gather are no force - the clause must name one; not "fired on militants gathering near X", the
                         # participle that tells the target, nor "a gathering of fighters")
                         r"(?:(?<=\bhad\s)|(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bhad\sbeen\s))gathered(?=\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:at|in|near|around|outside|on)\s)|"
                         # ("Dutch troops have since joined them there", "joined the French battlegroup at X": forces that
                         # come to stand beside others already in a place)
                         r"join(?:ed|ing)(?=\s+(?:them|it|the\s+(?:[\w'’-]+\s+){0,3}?(?:troops|forces|soldiers|contingent|"
                         r"battle\s*groups?|mission|units?|garrison))\s+(?:there|at|in)\b)|"
                         # ("battalion tactical groups have been parked in the fields of X": forces halted and kept there)
                         # ("30 combat aircraft are now parked at X": the same, told with "now" or "still" before the verb)
                         # ("militias are now camped at X": fighters camped there, the same)
                         r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bare\s)|(?<=\bare\snow\s)|(?<=\bare\sstill\s))(?:parked|camped)(?=\s+(?:[\w-]+\s+){0,6}?(?:in|at|near|around|"
                         r"along|outside|on)\s)|"
                         # ("units now hold more than 1,000 square kilometres of the X region", "now hold almost all of the
                         # city": ground a force holds, told in the present, a presence there)
                         # ("A Dutch Patriot battery at X was declared operational on Saturday": air defences or a unit
                         # now standing ready where they were set up)
                         r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))declared\s+(?:fully\s+)?operational\b|"
                         # ("The UAE has had troops in X since July": a force a side has kept there, told in the perfect)
                         # ("Wagner has had tens of thousands of fighters in and around X since August": a longer count,
                         # fighters or contractors, and a place told with its surroundings)
                         r"(?:(?<=\bhas\s)|(?<=\bhave\s))had(?=\s+(?:[\w-]+\s+){0,5}?(?:troops|soldiers|forces|marines|advis[eo]rs|"
                         r"personnel|garrisons?|contingents?|fighters|mercenaries|contractors)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:in|at|on|inside)\s+(?:and\s+around\s+)?(?:the\s+)?(?-i:[A-Z]))|"
                         # ("Russian forces still held X on Sunday", "troops have occupied the Y plant at Z since 4 March": ground a
                         # force holds or occupies, told as still so or since a day, a presence there; a force noun before)
                         r"(?:(?<=forces\s)|(?<=troops\s)|(?<=soldiers\s)|(?<=units\s)|(?<=army\s)|(?<=marines\s))"
                         r"(?:(?:still|now|have|has|had)\s+){1,2}(?:held|hold|occupied|occupy)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                         r"(?-i:[A-Z]))|"
                         r"(?:(?<=\bnow\s)|(?<=\bstill\s))holds?(?=\s+(?:(?:more\s+than|almost|nearly|about|most|much|all|"
                         r"part|parts|half|[\d,]+|square|kilomet(?:re|er)s|km|miles|of|the)\s+)+of\s+(?:the\s+)?"
                         r"(?:(?-i:[A-Z])|(?:city|town|region|province|oblast|district)\b))|"
                         # ("Sudanese troops hold positions in X district": forces that keep a line there, in the present; not "gunmen holding
                         # positions in X", the participle that tells what was struck)
                         # ("troops hold a line of checkpoints east of the city": a line of posts held there, the same)
                         # ("the 54th Brigade holds the Ukrainian positions around X": the positions told with "the" and a side)
                         r"(?:hold|holds)\s+(?:a\s+line\s+of\s+|the\s+(?:[\w-]+\s+){0,2}?)?(?:positions?|checkpoints|outposts|trenches)"
                         r"(?=\s+(?:[\w-]+\s+){0,2}?(?:in|at|near|around|along|on|outside|(?:north|south|east|west)\w*\s+of)\s)|"
                         # "troops entered X under a deal with ...", "rotated a squadron through X": forces that come to
                         # be there by arrangement (troops that enter a town by fighting take it: no deployment)
                         # ("troops re-entered X after the other side withdrew": forces come into a town no one holds; one
                         # they fight their way into is taken - a clash, refused by the context stage)
                         # ("troops pushed into X on Friday and raised the flag": forces come into the town, like "entered")
                         # ("entered the Sharara oil field", "entered the Naimiya district": a named site or quarter)
                         # ("entered the nearby X military base": one adjective of the name's after "the")
                         # ("entered the government compound in central X", "the city's southern al-Y neighbourhood": a
                         # named town's building or quarter, told by its kind or the town's possessive)
                         r"(?:(?:re-?)?enter(?:ed|ing)|pushed\s+into)(?=\s+(?:the\s+(?:(?:city|town|village|capital)'s\s+"
                         r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?|(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:compound|complex|headquarters|palace|"
                         # ("entered the western districts of X": several quarters of the town)
                         r"districts?|neighbou?rhoods?|quarters?|suburbs|barracks)\s+(?:in|of|at)\s+(?:(?:central|eastern|western|northern|"
                         r"southern|east|west|north|south)\s+)?|(?:(?-i:[a-z])[\w-]*\s+)??(?:(?:town|city|village|centre|center|"
                         r"heart|outskirts|streets)\s+of\s+)?))?"
                         # ("after the last fighters had left": fighters are no fighting; "after weeks of fighting": the
                         # fighting came before)
                         # ("troops entered al-Mayadin on Saturday": a name opened by its Arabic article, in lower case)
                         # ("Kurdish-led fighters pushed into the town from the west": the town told just before)
                         r"(?:(?-i:[A-Z])|(?:al|el|ad|ar|as|ash|at|az|an)-|(?<=the\s)(?:town|city|village)\b(?!['’]|\s+(?:of|hall|council|centre|center)\b))"
                         r"(?![^.;]{0,120}?\b(?<!\bof\s)(?:fight(?!ers?\b)\w*|"
                         r"clash\w*|storm\w*|battl\w*(?![\s-]+tanks?\b)|assault|captur\w*(?!\s+(?:[\w-]+\s+){0,2}?(?:shelters|hangars|ammunition|weapons|arms|equipment|vehicles|tanks|aircraft|jets|drones|documents|stores|depots|supplies|hardware|materiel)\b)|seiz\w*|recaptur\w*|retak\w*|retook|overr\w*|"
                         # ("entered X but have been unable to take the whole town": they are fighting for it)
                         # ("entered X after the garrison pulled out, capturing aircraft shelters": materiel taken, no fight)
                         r"fierce|heavy\s+resistance|(?:unable|failed|fail|trying|tried)\s+to\s+take)\b))|"
                         r"enter(?:ed|ing)(?=[^.;]{0,80}?\b(?:under\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|arrangement)|"
                         r"to\s+(?:patrol|take\s+up\s+positions|deploy|man|secure)|as\s+part\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                         r"(?:deal|agreement)))|rotat(?:ed|ing)\s+(?:[\w-]+\s+){0,6}?(?:through|to|into))\b", I)
# "Israeli jets struck 12 targets. Officials said those included a radar near X": a pronoun that lists
# what the strike told just before hit (only after a strike: "These included Patriot batteries" may list a delivery)
# ("Targets included the X air base north of Y": the strike's targets named as such)
# ("The first night's targets also included air bases": the targets told with their night or raid, "also" between)
# ("Locations included the X air base, Y airport and sites around Z", "targets included buildings in X": where the
# strikes told just before fell, by the word for where, and the buildings or sites hit)
TARGET_LIST = re.compile(r"\b(?:those|these|they|the\s+sites\s+(?:hit|struck)|(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}?"
                         r"(?:targets|locations)(?:\s+(?:hit|struck))?)\s+(?:also\s+)?included(?=\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:batter(?:y|ies)|positions?|depots?|(?:air)?bases?|airports?|airfields?|radars?|launchers?|"
                         r"command\s+posts?|headquarters|facilit(?:y|ies)|warehouses?|bunkers?|barracks|camps?|buildings|"
                         r"sites)\b)|"
                         # ("... struck five sites. Three of the targets lay in X near Y. The other two were facilities near
                         # Z": where the strikes told before fell, counted out)
                         r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|most|some|several|many)\s+of\s+(?:the|those|"
                         r"these)\s+(?:targets|sites|strikes|raids|air\s*strikes)\s+(?:lay|lie|were|was)|"
                         r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|most|some|several)\s+of\s+them\s+(?:lay|lie)|"
                         r"the\s+(?:other|remaining)\s+(?:one|two|three|four|five|six|\d+)\s+(?:lay|lie|were|was)"
                         r"(?=\s+(?:[\w-]+\s+){0,2}?(?:facilit(?:y|ies)|sites?|targets?|depots?|(?:air)?bases?|camps?|positions?|"
                         r"headquarters|warehouses?|bunkers?|barracks|radars?)\b))"
                         r"(?=\s+(?:[\w-]+,?\s+){0,6}?(?:in|near|around|at|inside|outside|across)\b)", I)
# "A Turkish military convoy entered Idlib", "a column of tanks rolled into X": a military convoy that enters a place
# is forces brought there (the convoy's own words must be military: an aid convoy is none)
CONVOY_ENTERED = re.compile(r"\b(?:convoys?|columns?)\b(?P<np>(?:\s+(?:of\s+)?[\w-]+){0,5}?)\s+(?P<v>entered|crossed\s+into)\b", I)
# "arrived in the Arabian Sea", "warships in the Gulf of Aden": a sea or gulf as where it is (no town to borrow)
AT_SEA = re.compile(r"\b(?:in|into|to|across)\s+the\s+(?:(?:eastern|western|northern|southern|central)\s+)?(?:(?:(?-i:[A-Z])[\w-]+\s+){1,2}"
                    r"(?:Sea|Ocean)\b|Gulf\s+of\s+(?-i:[A-Z])|(?:Persian\s+|Arabian\s+)?Gulf\b)")


# "missiles fired from US warships in the Gulf": the sea as where the fire came from, not where anything is
_FROM_SHIPS_BEFORE = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}$", re.I)


def at_sea(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does ``text[start:end]`` tell a sea, ocean or gulf as where it is (see ``AT_SEA``), not as where fire or a force
    came from?"""
    if not ("Sea" in text or "Ocean" in text or "Gulf" in text):
        return False
    return any(not _FROM_SHIPS_BEFORE.search(text, max(0, m.start() - 40), m.start())
               for m in AT_SEA.finditer(text, start, len(text) if end is None else end))
# "the 82nd Airborne Division", "the 1st Marine Expeditionary Force", "the 41st Combined Arms Army": a numbered unit
# (a military object; after a nation's adjective, its force: FORCE_BODIES)
NUMBERED_UNIT = r"\d{1,3}(?:st|nd|rd|th)?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?-i:Division|Brigade|Regiment|Battalion|Corps|Squadron|Wing|Force|Army)"
# What a weak deployment verb must move: forces or materiel.
MILITARY_OBJECT = re.compile(r"\b(?=\w)(?:troops?|forces|soldiers|fighters|militiamen|militias|mercenaries|contractors|gunmen|reinforcements|personnel|marines|paratroopers|infantry|"
    # ("Wagner arrived on the southern outskirts of Tripoli": a mercenary force told by its name)
    r"(?-i:Wagner)(?:\s+(?:Group|mercenaries|fighters))?|"
    # ("much of the air wing has been operating from X": an air force's unit of aircraft)
    r"air\s+(?:wings?|groups?)|"
    # ("armed men in camouflage arrived in X": men under arms, unnamed, moving in)
    r"armed\s+men|"
    # ("border guards moved into villages around X", "Republican Guard tanks": guards of a state's forces, not a firm's)
    r"(?:border|frontier|republican|national|revolutionary)\s+guards?|"
    # ("columns of his vehicles moved to X": a military column)
    r"battalions?|brigades?|units?|columns|advisers|advisors|(?:military\s+)?experts|special\s+forces|"
    # ("dozens of US trainers have been based at X": soldiers who train another's army, like its advisers)
    r"trainers|instructors|"
    # ("an armoured column arrived in X": one column, told military by its own word; "a column of smoke" is none)
    r"(?:military|armou?red|army|tank|mechani[sz]ed|motori[sz]ed)\s+column|"
    # ("two squadrons were sent to X", "a naval flotilla moved to Y": military units of any arm and size)
    # ("Russia's Black Sea Fleet, based in X": a navy's fleet)
    # ("Some 150 of them are at the al-Tanf garrison": a garrison, the troops posted there)
    r"squadrons?|regiments?|detachments?|contingents?|platoons?|flotillas?|garrisons?|(?-i:Fleet)|(?:naval|navy)\s+fleet|"
    # ("a US Stryker company has been at X": a company told by its arm; a bare "company" may be a firm)
    r"(?:infantry|rifle|tank|Stryker|armou?red|mechani[sz]ed|paratrooper|airborne|marine|commando)\s+compan(?:y|ies)|"
    # ("army engineers were flown into the air base": soldiers of an arm; plain "engineers" may be civilians)
    r"(?:army|military|combat)\s+engineers|sappers|commandos|"
    # ("300 German airmen are now based there", "servicemen arrived at X": members of an armed service by its own name)
    r"airmen|servicemen|service\s*members|sailors|guardsmen|"
    r"(?:fire|mobile|assault|battle|sabotage|tactical)\s+groups?|battlegroups?|"
    r"jets?|aircrafts?|warplanes?|planes|fighters?\s+jets|bombers?|helicopters?|gunships?|drones?|"
    # ("C-17 flights brought vehicles into X", "Il-76s landed at Y": military transports by their type too)
    r"(?:F|Su|MiG|Tu|B|A|CF|AV|C|KC|Il|An)-\d+\w*|Rafales?|Tornados?|Typhoons?|Mirages?|mortars?|"
    # ("four Italian Eurofighters arrived at X", "Swedish Gripens landed at Y": fighters told by their type)
    r"Eurofighters?|Gripens?|Harriers?|Apaches?|Reapers?|"
    r"(?:missile\s+|air[\s-]defen[cs]e\s+|artillery\s+)?batter(?:y|ies)|Patriots?|HIMARS|NASAMS|THAAD|"
    r"tanks?|artillery|howitzers?|armou?red\s+vehicles|armou?r|equipment|weapons|weaponry|hardware|"
    r"(?:air[\s-]defen[cs]e\s+)?systems?|missiles?|rockets?|warships?|ships|vessels|frigates?|cruisers?|destroyers?|"
    r"corvettes?|submarines?|(?:aircraft\s+)?carriers?|"
    # ("an Italian navy patrol ship docked in X", "naval officers flew in to X")
    r"submarines?|carriers?|S-\d00|Pantsir|Iskander|military|navy|naval|"
    # ("the 1st Marine Expeditionary Force", "the 82nd Airborne Division": a numbered unit)
    + NUMBERED_UNIT + r"|"
    # ("Most are at X air base", "most of them are now concentrated at bases in Y": a force's bases hold it)
    r"(?:air\s*|military\s+|army\s+)?bases|air\s*base|airbase|military\s+base|"
    # ("Turkey keeps 12 observation posts around X": posts a force mans)
    r"(?:observation|military|army|border)\s+posts?)\b", I)
# Context that makes a weak strike trigger military.
MILITARY_CONTEXT = re.compile(r"(?i:\b(?=\w)(?:jets?|warplanes?|planes|aircraft|aviation|bombers?|helicopters?|drones?|"
    r"missiles?|rockets?|artillery|shells?|bombs?|sorties|air\s+force|airspace\s+forces|troops|forces|"
    # ("hit four air bases", "struck airfields": the plural of a military site is as military as one)
    r"army|military|positions|targets|training\s+camp|command\s+post|(?:air)?bases?|airfields?|depots?|convoys?|militants|"
    # ("hit Hezbollah infrastructure": an armed group's sites are military)
    r"fighters|rebels?|insurgents|terrorists?|ISIS|ISIL|Daesh|Islamic\s+State|Nusra|Houthis?|Hezbollah|Hamas|PKK|YPG|"
    r"al-Shabaab|Wagner|"
    r"separatists|Grad|launchers?|mortars?|Su-\d+\w*|MiG-\d+|F-\d+|aggression|"
    # ("The strike, which took place on Friday, hit a wedding party": the noun makes the verb an attack's; not a
    # labour strike)
    r"(?<!hunger\s)(?<!general\s)(?<!labour\s)(?<!labor\s)(?<!workers\s)strikes?)\b)|\bIS\b")
# Nouns that a trigger may describe without being one (used for weak strike context).
NOMINAL_TRIGGER = re.compile(r"(?:strikes?|airstrikes?|raids?|bombings?|sorties|missions|campaign|operations?|"
                             r"attacks?|deployments?|buildup|build-up|reinforcements?|shelling|bombardments?)$", I)

# --- modality ----------------------------------------------------------------
# A time or manner adverbial between a verb of intent and its "to"/"that": "threatened on Tuesday to bomb X",
# "vowed again to strike", "warned late on Monday that"
_MEANWHILE = r"(?:(?:on|late\s+on|early\s+on|last|this)\s+\w+\s+|again\s+|yesterday\s+|today\s+|repeatedly\s+|publicly\s+)?"
# "no", "without", "nor" negate only what follows closely ("without carrying out ground operations").
# ("none of its aircraft had engaged targets": a negated subject, a few words before the verb)
# ("suspending attacks on X", "halted its strikes": the attacks are stopped, none is reported)
# ("There were no reports that the Egyptian raids had reached X": no report, sign or evidence that it happened)
# ("no American advisers had yet arrived": an adverb of time may follow the words of the subject; "no sign yet of
# troops massing": or the sign)
NEGATION_NEAR = re.compile(r"\b(?=\w)(?:(?:no|neither|nor|without)\s+(?:[\w’'-]+\s+){0,3}(?:(?:yet|so\s+far|still|ever)\s+)?|none\s+of\s+(?:[\w’'-]+\s+){0,4}|"
                           r"no\s+(?:[\w-]+\s+)?(?:signs?|reports?|evidence|indications?)\s+(?:yet\s+|so\s+far\s+)?(?:that|of)\s+"
                           # (not "no reports of casualties from the shelling": the shelling happened)
                           # ("no sign that any new Russian air-defence system has been deployed": a subject of some words)
                           r"(?!(?:[\w’'-]+\s+){0,2}(?:casualties|injuries|deaths|damage|victims|dead)\b)(?:[\w’'-]+\s+){0,8}|"
                           r"(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|"
                           r"paus(?:e|es|ed|ing))\s+(?:(?:all|its|their|the|further|military|such|cross-border)\s+){0,2})$", I)
NEGATION = re.compile(r"\b(?=\w)(?:not|n't|never|ruled\s+out|rule[sd]?\s+out|ruling\s+out|"
                      r"refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|stopped\s+short\s+of|"
                      # ("reversing months of reluctance to send them into X": what a side would not do)
                      r"reluctan(?:ce|t)\s+to|unwilling(?:ness)?\s+to|"
                      r"cancel(?:l?ed|s)?|called\s+off|"
                      # "the front line has barely moved for weeks": next to no motion is none (right before the verb)
                      r"(?:barely|hardly|scarcely)(?=\s*$)|"
                      # "officials said nothing had struck X", "no missile hit Y": a subject that is none (right before
                      # the verb)
                      r"(?:nothing|none\s+of\s+(?:them|the\s+[\w-]+)|no\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|shells?|"
                      r"bombs?|projectiles?))(?:\s+(?:had|has|have|was|were|actually))?(?=\s*$)|"
                      # "... and that no US personnel or facilities had been hit": a passive whose subject is none
                      # ("No Western-supplied missile has yet been fired at X": an adverb of time before "been")
                      r"no\s+(?:[\w-]+\s+){1,6}?(?:was|were|(?:had|has|have)\s+(?:(?:yet|ever|so\s+far)\s+)?been)(?=\s*$)|"
                      # "No forces loyal to the Council had arrived at X": a force subject that is none, its words after it
                      # ("said no Russian military column had crossed into X": a few adjectives, a column or convoy too)
                      r"no\s+(?:[\w-]+\s+){0,3}?(?:forces|troops|units|soldiers|reinforcements|fighters|personnel|aircraft|jets|"
                      r"warplanes|columns?|convoys?|tanks|armou?red\s+vehicles|warships?|helicopters)\s+(?:[\w’'-]+\s+){0,6}?(?:had|has|have|was|were)(?:\s+(?:yet|ever|so\s+far))?"
                      # ("no US aircraft have carried out strikes in X": the light verb before a strike noun)
                      r"(?:\s+(?:carried\s+out|conducted|launched|made|flown|staged|mounted))?(?=\s*$))\b|n[’']t\b", I)
DENIAL = re.compile(r"\b(?=\w)(?:den(?:y|ies|ied|ying)|deni[ae]ls?|dismiss(?:ed|es)\s+(?:as\s+[\w-]+\s+)?(?:the\s+)?(?:reports|claims|allegations)|"
                    r"(?:reject(?:s|ed|ing)?|refuted|dismiss(?:ed|es|ing))\s+(?:the\s+)?(?:reports|claims|allegations|accusations|charges)|refut(?:e|es|ed|ing)|false\s+(?:reports|claims)|fake\s+news|"
                    # ("a security official said, contradicting reports by tribal sources of an air strike near X": the
                    # report told is the one the teller gainsays)
                    r"(?:contradict(?:s|ed|ing)?|disput(?:e|es|ed|ing))\s+(?:the\s+)?(?:reports|claims|accounts|allegations)|"
                    # "falsely claimed that rebels had shelled X": the teller's claim said to be untrue
                    r"falsely\s+(?:claimed|claims|reported|reports|said|says|alleged|alleges|accused)|"
                    # "withdrew an earlier statement that a missile had hit X": the teller takes it back
                    r"(?:withdr[ae]w|withdrawn|retract(?:ed|s)?|walked\s+back)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:earlier\s+|initial\s+)?"
                    r"(?:statement|claim|report|assertion|announcement)s?|"
                    # "said it had nothing to do with the raids into X": the side named disowns the act
                    r"(?:had|has|have)\s+(?:had\s+)?nothing\s+to\s+do\s+with|played\s+no\s+(?:part|role)\s+in|"
                    r"was\s+not\s+(?:involved|behind)|were\s+not\s+(?:involved|behind))\b", I)
# ("I would remind you that ...", "I would like to note that ...": a speaker's courtesy, no modality of what is told)
_COURTESY = r"(?!\s+(?:like\s+to\s+)?(?:remind|note|point\s+out|stress|add|say|emphasi[sz]e|recall|repeat|underline|mention)\b)"
HYPOTHETICAL = re.compile(r"\b(?=\w)(?:if|whether|unless|could|might|(?-i:may)|can|should|must|would" + _COURTESY + r"\s+(?:welcome|consider|like|"
                          r"support|be\s+willing|be\s+ready|accept|need)|willing|ready\s+to|open\s+to|consider(?:s|ing)?|"
                          # ("drones and possibly cruise missiles struck X": a hedge on one item of a list, not on the act)
                          r"possibility|possible|(?<!\band\s)(?<!\bor\s)possibly|prospect|potential(?:ly)?|hypothetical|"
                          r"(?:need|needs|needed)\s+to|important\s+(?:that|to|for)|"
                          r"call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
                          # ("some are arguing for sending ground troops to X": what is advocated has not happened)
                          r"argu(?:e|es|ed|ing)\s+for|advocat(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)\s+for|"
                          # ("officials have floated sending ground troops into X": an idea put forward, not done)
                          r"float(?:s|ed|ing)|"
                          # ("Imagine, for a moment, a cruise missile landing in X": a scene the reader is asked to picture)
                          r"(?-i:Imagine)|"
                          # ("whose speech in support of strikes was praised", "MPs voted for air strikes": strikes argued
                          # or voted for, not told done)
                          r"press(?:es|ed|ing)?\s+for|in\s+favou?r\s+of|in\s+support\s+of(?=\s+(?:the\s+)?(?:[\w-]+\s*)?$|\s*$)|"
                          r"vot(?:e|es|ed|ing)\s+(?:on|for|against)(?=\s+(?:the\s+)?(?:[\w-]+\s*)?$|\s*$)|"
                          r"(?:warn(?:s|ed|ing)?|threat(?:en|ened|ens|ening)?)\s+" + _MEANWHILE + r"(?:to|of|that)|"
                          # ("have threatened missile strikes on X": an attack threatened, its noun the verb's object)
                          r"threaten(?:s|ed|ing)?(?=\s+(?:[\w-]+\s+){0,2}$)|"
                          r"would\s+have|might\s+have|could\s+have|request(?:s|ed)?\s+for|discuss(?:ed|es|ing)?|"
                          # ("Arab League talk of joint air strikes on X came to nothing": strikes talked of, an idea)
                          r"talks?\s+(?:about|on)|(?<!\bpeace\s)talk\s+of|proposal|"
                          # ("has talked of sending instructors to X", "spoke of deploying troops", "have spoken of stationing warships at
                          # X": an idea told, not done)
                          r"talk(?:ed|ing)\s+(?:about|of)|(?:spoke|spoken|speaks|speaking)\s+of|propos(?:e|ed|es|ing)|hope[sd]?\s+to|justify|"
                          r"concern(?:s|ed)?\s+(?:that|about|over)|fears?\s+(?:that|of)|"
                          # "residents feared renewed air raids": what is feared has not happened
                          r"(?:fear|expect)(?:ed|s|ing)?\s+(?:the\s+)?(?:renewed|new|more|further|fresh|possible|imminent|an?)|"
                          # ("residents said they feared heavy shelling if the attack began": the act feared, right after)
                          r"(?:feared|fearing)(?=\s+(?:[\w-]+\s+){0,2}$)|"
                          # "expected the shelling of X to resume": what is expected has not happened yet
                          r"expect(?:ed|s|ing)?\s+the|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|"
                          # ("offered this week to send batteries to X": a time told between the offer and its act)
                          r"contemplat\w*|offer(?:s|ed|ing)?\s+(?:(?:this|last|on|earlier|later)\s+\w+\s+|(?:yesterday|today|"
                          r"again|also|publicly|formally)\s+)?to|ask(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}to|invit(?:e|es|ed|ing|ation)|"
                          # "cells remain capable of carrying out attacks": what a side can do, not what it did
                          r"capable\s+of|capacity\s+to|capabilit(?:y|ies)\s+(?:to|of|for)|"
                          # "we have asked Baghdad for tanks and more air strikes", "appealed for air support": a request
                          r"(?:ask|appeal|plead|beg)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?for|"
                          # "appealed to Western governments to send arms to X": a plea to act, not the act
                          r"(?:appeal|plead)(?:s|ed|ing)?\s+to\s+(?:[\w-]+\s+){1,4}?to|"
                          r"options?|debat(?:e|es|ed|ing)|permission|prepar(?:e|es|ed|ing)\s+for|(?:un)?likely\s+to|"
                          # ("gave its pilots wider freedom to hit the radars": leave to strike, not a strike)
                          r"(?:freedom|licen[cs]e|leeway|latitude|green\s+light|mandate)\s+to|"
                          r"rumou?rs?|speculat\w*|in\s+case|in\s+the\s+event\s+of|scenario)\b", I)
# "Su-34s, built for bombing missions, landed at X": what a machine is made for, right before the act's noun, no act
# ("the Patriot, designed against ballistic missiles and aircraft": what a system is made against, the same)
MADE_FOR = re.compile(r"\b(?:designed|built|equipped|optimi[sz]ed|intended|adapted|configured|suited)\s+(?:for|against)\s+"
                      r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", I)
# "ahead of", "in preparation for", "in readiness for": what is done now for an act still to come (modality: the act is
# planned; roles: the place the act is aimed at is not where the force went)
# ("forces had been put on alert for revenge attacks", "braced for strikes": attacks awaited, the same)
AHEAD_OF = r"(?:ahead\s+of|(?:in\s+)?prepar(?:ation|ing|es|ed|e)\s+for|in\s+readiness\s+for|in\s+anticipation\s+of|" \
    r"on\s+(?:high\s+|full\s+|heightened\s+)?alert\s+(?:for|against)|brac(?:ed|ing|es|e)\s+(?:themselves\s+)?for)"
PLANNED = re.compile(r"\b(?=\w)(?:will|shall|would" + _COURTESY + r"|wo\s*n't|going\s+to|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|"
                     r"intention|agree(?:s|d)?\s+" + _MEANWHILE + r"to|agreement\s+to|decid(?:e|es|ed)\s+" + _MEANWHILE + r"to|vow(?:s|ed)?\s+" + _MEANWHILE + r"to|"
                     r"promis(?:e|es|ed)\s+" + _MEANWHILE + r"to|pledg(?:e|es|ed)\s+" + _MEANWHILE + r"to|prepar(?:e|es|ed|ing)\s+to|"
                     r"expected\s+to|set\s+to|due\s+to\s+(?!the|a|an|its|their)|aim(?:s|ed)?\s+to|seek(?:s|ing)?\s+to|"
                     # ("missiles awaiting transfer to X", "batteries pending deployment to Y": a move still to come)
                     r"(?:awaiting|pending)(?=\s+(?:(?:their|its)\s+)?$)|"
                     r"want(?:s|ed)?\s+to|wish(?:es)?\s+to|purpose|plott(?:ed|ing)|plots?|"
                     # ("Houthi fighters tried to set up positions", "attempted to enter X": an attempt, not the act done)
                     r"(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|sought)\s+(?:again\s+|unsuccessfully\s+|in\s+vain\s+)?to(?=\s*$)|"
                     r"upcoming|future|next\s+(?:week|month|year)|soon|is\s+to|are\s+to|(?:is|are)\s+(?:also|now|then|eventually|later|likewise|first)\s+to\s+be|"
                     # ("missiles that were about to be moved to X", "troops who were to be sent"): on the point of it
                     r"(?:is|are|was|were)\s+(?:just\s+)?about\s+to|(?:was|were)\s+to\s+(?:be\s+)?|"
                     r"approv(?:e|es|ed)|authori[sz](?:e|es|ed)|vot(?:e|es|ed|ing)\s+(?:to|for|on|in\s+favou?r))\b", I)

# "we could not establish who fired them", "It was not clear who carried out the raid", "No one has claimed the attack",
# "an unidentified aircraft struck": the text says the author is not known (the actor is "unknown", not a guess)
UNKNOWN_AUTHOR = re.compile(r"\b(?:(?:could|can|did|do|does|were|was)\s*(?:not|n['’]t)\s+(?:be\s+)?(?:establish|determine|confirm|say|"
                            r"identify|tell|know|established|determined|confirmed|identified)\w*\s+(?:immediately\s+)?(?:who|which\s+side)|"
                            r"(?:not|un)\s*clear\s+who|unknown\s+who|no\s+(?:one|group|side)\s+(?:has\s+|had\s+)?(?:yet\s+)?"
                            r"(?:claimed|taken\s+responsibility|took\s+responsibility)|nobody\s+(?:has\s+|had\s+)?(?:yet\s+)?claimed|"
                            r"(?:direction|origin)\s+of\s+(?:the\s+)?fire\s+could\s+not\s+be|of\s+unknown\s+origin|"
                            r"unidentified\s+(?:aircraft|jets?|warplanes?|planes?|drones?|helicopters?))\b", I)

# --- actors ------------------------------------------------------------------
# (canonical actor, pattern). Order matters: earlier, more specific forms win.
_RU = r"(?:Russian?|Russia['’]s)"
# ("Russia said Ukrainian shelling of X": the words between a nation and its force noun are no verb of telling)
_NO_TELLING = r"(?!(?:[\w-]+\s+)?(?:said|says|say|claimed|claims|accused|accuses|blamed|blames|reported|told|denied|denies|warned)\b)"
OCCUPIERS = "occupiers"
# "the occupiers" in an outlet of an occupied country: the occupying power of its theater.
OCCUPIERS_BY_THEATER = {"UA": "Russia", "PS": "Israel", "LB": "Israel"}
# "forces loyal to Haftar / Assad / Hadi": whose forces they are (the name follows, in its row)
_LOYAL_TO = r"(?i:forces|troops|fighters|militias?|units)\s+loyal\s+to\s+(?:[\w-]+\s+){0,3}?"
GOVERNMENT = "government forces"
# "government forces", "regime troops": the government of the event's country (else of the theater).
GOVERNMENT_BY_COUNTRY = {"SY": "Syrian government", "UA": "Ukraine", "IQ": "Iraq", "YE": "Yemeni government",
                         "LY": "Libya", "SO": "Somalia", "AF": "Afghanistan", "EG": "Egypt", "LB": "Lebanon",
                         "TR": "Turkey", "RU": "Russia", "IL": "Israel", "SD": "Sudan", "ML": "Mali", "NG": "Nigeria"}
# A side's adjective on an attack noun names the attacker: "an Israeli strike", "Turkish shelling", "coalition
# air raids", "government bombardment". (Weapon nouns stay per row: "Iranian drones" or "US missiles" may name the maker.)
ATTACK_NOUNS = r"airstrikes?|air\s*strikes?|air\s*raids?|strikes?|raids?|shelling|bombardments?|bombings?|barrages?|attacks?"
# A nation's adjective on its military bodies names its force: "the Turkish defence ministry said its aircraft ..."
# ("paratroopers of the US 82nd Airborne Division", "Russia's 76th Air Assault Division": a numbered unit names its nation)
# ("American airmen", "Russian sailors", "Emirati drone crews": members of a nation's armed service are its forces)
# ("a US battalion", "a British battlegroup", "the Dutch contingent": a unit word after a nation's adjective names its force)
FORCE_BODIES = r"airmen|sailors|servicemen|service\s*members|crews|operators|battalions?|battle\s*groups?|brigades?|" \
    r"regiments?|contingents?|detachments?|squadrons?|garrisons?|" \
    r"instructors|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|armed\s+forces|" + NUMBERED_UNIT
# (a nation's rows allow two modifiers joined by "and": "Ukrainian sea and air drones", "Israeli air and artillery strikes")
ACTORS: list[tuple[str, re.Pattern]] = [(name, re.compile(p, re.I if flags else 0)) for name, p, flags in [
    ("Russian-backed separatists", r"\b(?:(?:pro-Russian|Russian-backed|Moscow-backed)\s+(?:separatists|rebels|militants|forces)|[Ss]eparatists?(?:\s+(?:[\w-]+\s+){0,2}(?:forces|artillery|fighters|units|troops|rebels|gunmen))?|DPR|LPR)\b", 0),
    ("ISIS", r"\b(?:ISIS|ISIL|Islamic\s+State(?:\s+(?:of|in)\s+Iraq\s+and\s+(?:the\s+)?(?:Levant|Syria|al-Sham))?|Daesh|IS\s+(?:fighters|militants|group|jihadists|targets|drones?|mortars?|rockets?|artillery|shelling))\b", 0),
    ("rebels", r"\b(?:rebels?|rebel\s+groups?|opposition\s+(?:forces|fighters|groups)|Free\s+Syrian\s+Army|FSA|insurgents|(?:al-)?Nusra(?:\s+Front)?)\b", I),
    # "Iranian-backed militias fired rockets at X", "Kataib Hezbollah": the Iran-aligned armed groups of Iraq and Syria
    ("Iran-backed militias", r"\b(?:(?:Iran(?:ian)?-(?:backed|aligned|allied)|pro-Iran(?:ian)?)\s+(?:Shi(?:'|’)?ite\s+)?(?:militias?|"
                             r"militiamen|groups?|fighters|paramilitar(?:y|ies)|factions?)|Kata(?:'|’)?ib\s+Hezbollah|"
                             r"Islamic\s+Resistance\s+in\s+Iraq)\b", I),
    ("Hezbollah", r"\bHezbollah\b", 0),
    # Armed groups of other theaters the news names as attackers
    ("Hamas", r"\b(?:Hamas|(?:Izz\s+ad-Din\s+al-)?Qassam\s+Brigades)\b", 0),
    ("Palestinian Islamic Jihad", r"\b(?:(?:Palestinian\s+)?Islamic\s+Jihad|Al-Quds\s+Brigades)\b", 0),
    ("PKK", r"\b(?:PKK|Kurdistan\s+Workers['’]?\s+Party)\b", 0),
    ("Southern Transitional Council", r"\b(?:Southern\s+Transitional\s+Council|STC)\b", 0),
    # "forces loyal to President Hadi", "pro-Hadi forces": Yemen's recognised government
    ("Yemeni government", r"\b(?:" + _LOYAL_TO + r"Hadi|[Pp]ro-Hadi\s+(?:forces|troops|fighters))\b", 0),
    ("Egypt", r"\b(?:Egyptian\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:soldiers|jets?|warplanes?|planes|aircraft|forces|troops|military|army|air\s*force|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r"|missiles?|drones?|artillery)|Egypt|Cairo)\b", 1),
    ("Jordan", r"\b(?:Jordanian\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:soldiers|jets?|warplanes?|planes|aircraft|forces|troops|military|army|air\s*force|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r"|missiles?|drones?|artillery)|Jordan|Amman)\b", 1),
    ("United Arab Emirates", r"\b(?:Emirati\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:jets?|warplanes?|planes|aircraft|forces|troops|military|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")|UAE|United\s+Arab\s+Emirates)\b", 0),
    ("Germany", r"\b(?:German\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:jets?|planes|aircraft|Tornados?|forces|troops|military|frigate|navy|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")|Germany|Berlin)\b", 1),
    ("Australia", r"\b(?:Australian\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:jets?|planes|aircraft|forces|troops|military|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")|Australia)\b", 1),
    ("Libya", r"\bLibyan\s+(?:air\s*force|forces|jets|warplanes|army|military|government|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")\b|\bLibya['’]s\s+(?:air\s*force|army|military)\b", 1),
    # (also "the Haftar militias", "forces loyal to eastern commander Khalifa Haftar")
    ("Libyan National Army", r"\b(?:Libyan\s+National\s+Army|LNA|Haftar(?:['’]s)?\s+(?:forces|militias?|troops|fighters|drones|jets|warplanes|aircraft|artillery|army)|"
                             + _LOYAL_TO + r"Haftar|"
                             # "aircraft loyal to the eastern-based government": the LNA's air force (Libya, 2014-2020)
                             r"(?i:aircraft|jets|warplanes|planes|forces|troops|fighters|units)\s+loyal\s+to\s+the\s+"
                             r"(?i:eastern(?:-based)?\s+(?:government|authorities|parliament|administration)))\b", 0),
    # "pro-Gaddafi forces", "Gaddafi loyalists" (Libya 2011)
    ("Gaddafi forces", r"\b(?:(?:[Pp]ro-)?(?:Gaddafi|Qaddafi|Kadhafi)(?:['’]s)?\s+(?:forces|troops|loyalists|army|tanks|artillery|jets|warplanes|snipers|militias?)|Gaddafi\s+regime|"
                       + _LOYAL_TO + r"(?:Gaddafi|Qaddafi|Kadhafi))\b", 0),
    # (also "the Tripoli-based government", "forces of the government in Tripoli": how wires name it)
    ("Government of National Accord", r"\b(?:Government\s+of\s+National\s+Accord|GNA(?:-(?:aligned|allied|backed|affiliated))?(?:\s+forces)?|Volcano\s+of\s+Rage|"
                                      r"Tripoli-based\s+(?:government|forces|authorities|administration)|"
                                      r"(?i:forces|troops|fighters)\s+(?:of|loyal\s+to|allied\s+(?:to|with))\s+the\s+(?:[\w-]+\s+){0,2}?government\s+in\s+Tripoli)\b", 0),
    # "the US-Saudi aggression", "aggression warplanes": how Houthi-run media name the Saudi-led coalition
    ("Saudi-led coalition", r"\b(?:(?:US|American|Saudi)[\s-](?:Saudi|American|US|Emirati)\s+aggression|aggression\s+(?:coalition|warplanes|jets|aircraft|forces|drones)|Saudi[\s-]led\s+(?:coalition|forces|jets|warplanes|aircraft|" + ATTACK_NOUNS + r")|Arab\s+coalition)\b", 1),
    ("US-led coalition", r"\b(?:(?:US|U\.S\.|American|U\.S|United\s+States)[\s-]*led\s+coalition|coalition\s+(?:military\s+|air\s+|war)?(?:planes|jets|aircraft|warplanes|forces|command|partners|drones?|missiles?|rockets?|helicopters?|artillery|" + ATTACK_NOUNS + r")|anti-(?:ISIS|ISIL|IS|Daesh)\s+coalition|[Tt]he\s+coalition|Coalition\s+(?:military\s+|air\s+|war)?(?:planes|jets|aircraft|warplanes|forces|" + ATTACK_NOUNS + r"))\b", 0),
    ("Russian-backed separatists", r"\brebels\s+in\s+(?:eastern\s+)?Ukraine\b", 0),
    ("Russia", r"\b(?:" + _RU + r"\s+" + _NO_TELLING + r"(?:[\w-]+\s+){0,2}(?:jets?|warplanes?|planes|airplanes|aircraft|bombers?|helicopters?|forces|troops|military|army|navy|air\s*force|airspace\s+forces|aerospace\s+forces|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|warships?|ships|fleet|submarines?|marines|naval\s+infantry|infantry|paratroopers|special\s+forces|personnel|soldiers|advisers|servicemen|sailors|airmen|pilots|officials?|government|authorities|president|officers|units|operation|strikes?|air\s*strikes?|air\s*raids?|air\s+campaign|side|missiles?|drones?|shelling|bombardment|artillery|rockets?|occupiers|invaders|enemy|occupation|" + ATTACK_NOUNS + r")|"
                r"Russia|Moscow|Kremlin|Russians|Putin|Shoigu|Konashenkov|Caspian\s+Flotilla|Black\s+Sea\s+Fleet)\b", 1),
    ("Syrian government", r"\b(?:Syrian\s+(?:government|regime|army|arab\s+army|air\s*force|troops|forces|military|soldiers|jets|warplanes|helicopters|artillery|president|" + ATTACK_NOUNS + r")|"
                          r"Assad['’]s\s+(?:forces|troops|regime|government|army|military|jets|warplanes|aircraft|helicopters|artillery|air\s*force)|Assad\s+regime|(?:Syrian\s+)?regime\s+(?:" + ATTACK_NOUNS + r")|"
                          + _LOYAL_TO + r"(?:al-)?Assad|Syrian\s+Army|SAA|Damascus|Assad)\b", 1),
    # "US fighter jets", "American attack helicopters": a kind of aircraft between the nation and the platform
    # ("two US Patriot batteries were moved to X": air-defence units are forces sent)
    # ("US special operations advisers", "US military advisers": a modifier of the force's branch before its noun)
    ("United States", r"\b(?:U\.?S\.?|US|American|United\s+States)\s+(?:(?:special\s+operations?|military|cruise\s+missile|missile|drone|F-\d+\w*|[A-Z]+-\d+\w*|Navy|Air\s+Force|fighter|attack|stealth|combat|strike|unmanned|armed|long-range|naval|Patriot|THAAD|NASAMS|air[\s-]defen[cs]e|missile[\s-]defen[cs]e)\s+)?(?:batter(?:y|ies)|Patriots|paratroopers|soldiers|servicemen|personnel|advisers|advisors|special\s+operations?\s+(?:forces|troops|teams?|units?)|commandos|airstrikes?|air\s*strikes?|strikes|raids?|jets?|warplanes?|planes|aircraft|bombers?|drones?|helicopters?|gunships?|warships?|forces|troops|military|navy|air\s*force|special\s+forces|officials?|strikes|air\s*strikes|government|administration|marines|Marines|destroyers?|submarines?|troops|side|aggression|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")\b|\b(?:Pentagon|Washington|Americans|United\s+States|(?:US\s+)?Central\s+Command|CENTCOM|AFRICOM)\b|\b(?:U\.S\.|US)(?=\s+(?:has|have|had|is|was|will|carried|launched|conducted|struck|bombed|deployed|sent|began|started))", 0),
    ("Turkey", r"\b(?:Turkish\s+(?:[\w-]+\s+){0,2}(?:enemy|occupation|soldiers|jets?|warplanes?|planes|aircraft|F-16s?|drones?|drone\s+strikes|air\s*strikes|strikes|forces|troops|military|army|air\s*force|artillery|tanks|government|authorities|officials?|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")|Turkey|Ankara)\b", 1),
    ("France", r"\b(?:French\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:soldiers|jets?|warplanes?|planes|aircraft|Rafales?|forces|troops|military|air\s*force|navy|government|president|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r"|missiles?|drones?|artillery)|France|Paris)\b", 1),
    ("United Kingdom", r"\b(?:British\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:soldiers|jets?|warplanes?|planes|aircraft|Tornados?|forces|troops|military|government|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r"|missiles?|drones?|artillery)|Britain|RAF|Royal\s+Air\s+Force|UK)\b", 1),
    ("Iran", r"\b(?:Iranian\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:forces|troops|military|fighters|advisers|advisors|soldiers|government|officials?|Revolutionary\s+Guards?|"
             # ("Iranian artillery shelled border villages": its own guns; "Iranian drones" may name the maker)
             r"artillery|jets|warplanes|helicopters|border\s+guards|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")|Iran|Tehran|IRGC|Revolutionary\s+Guards?|Quds\s+Force)\b", 1),
    # (also "the Israeli enemy", "the Israeli occupation's artillery": how the side struck names the attacker)
    ("Israel", r"\b(?:Israeli\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:enemy|occupation|soldiers|jets?|warplanes?|planes|aircraft|forces|troops|military|army|air\s*force|government|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r"|missiles?|rockets?|shells|mortars?|drones?|artillery)|Israel|IDF)\b", 1),
    ("Iraq", r"\b(?:Iraqi\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:soldiers|jets?|warplanes?|planes|aircraft|forces|troops|military|army|air\s*force|government|security\s+forces|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r"|missiles?|rockets?|shells|mortars?|drones?|artillery)|Iraq|Baghdad|Popular\s+Mobili[sz]ation\s+(?:Forces|Units))\b", 1),
    # ("Ukrainian marines", "Ukrainian jets": the forces and platforms of the other nations' rows)
    ("Ukraine", r"\b(?:Ukrainian\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,1}(?:forces|troops|military|army|artillery|government|officials?|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r"|missiles?|rockets?|shells|mortars?|drones?|artillery|"
                r"jets?|warplanes?|aircraft|pilots|marines|navy|air\s*force|soldiers|units|brigades?|paratroopers)|Ukraine|Kiev|Kyiv)\b", 1),
    ("Saudi-led coalition", r"\b(?:Saudi\s+(?:jets?|warplanes?|planes|aircraft|forces|troops|military|border\s+guards?|artillery|army|" + ATTACK_NOUNS + r")|Saudi\s+Arabia|Riyadh|Emirati\s+forces)\b", 1),
    ("Canada", r"\b(?:Canadian\s+(?:jets?|CF-18s?|forces|troops|military|" + ATTACK_NOUNS + r"|" + FORCE_BODIES + r")|Canada)\b", 1),
    ("Houthis", r"\b(?:Houthis?|Huthis?|Ansar\s+Allah)\b", 0),
    # the alliance's air campaigns (Libya 2011, Kosovo 1999); Sudan's paramilitary; Somalia's jihadists
    ("NATO", r"\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?:['’]s)?(?=\s+(?:jets|warplanes|aircraft|planes|"
             r"bombers|forces|air\s*strikes?|strikes|raids|missiles|said\s+its\s+(?:aircraft|jets|warplanes|planes)))", 0),
    ("Rapid Support Forces", r"\b(?:Rapid\s+Support\s+Forces|RSF)\b", 0),
    ("al-Shabaab", r"\b(?:[Aa]l-Shabaa?b|Shabaa?b)\b", 0),
    # the Russian private military company (Syria, Libya, Sudan, Mali, Ukraine)
    ("Wagner Group", r"\b(?:(?:ChVK|PMC)\s+)?Wagner(?:\s+(?:Group|mercenaries|fighters|personnel|forces|contractors))?\b", 0),
    ("Kurdish forces", r"\b(?:YPG|SDF|Peshmerga|Kurdish\s+(?:forces|fighters|militia))\b", 0),
    # Whose "government forces" depends on where (see GOVERNMENT_BY_COUNTRY).
    # (one platform too: "a barrel bomb dropped by a government helicopter")
    # ("the helicopters of the regime", "warplanes of the government": the platform of a force named after it)
    (GOVERNMENT, r"\b(?:(?:(?<=forces\sof\sthe\s)|(?<=troops\sof\sthe\s)|(?<=jets\sof\sthe\s)|(?<=warplanes\sof\sthe\s)|"
                 r"(?<=aircraft\sof\sthe\s)|(?<=helicopters\sof\sthe\s)|(?<=artillery\sof\sthe\s)|(?<=army\sof\sthe\s)|"
                 r"(?<=militias\sof\sthe\s)|(?<=drones\sof\sthe\s))(?:regime|government)\b(?!\s+of\b)|(?:pro-)?(?:government|regime)(?:['’]s)?\s+(?:forces|troops|jets?|warplanes?|aircraft|helicopters?|artillery|"
                 r"soldiers|fighters|army|units|reinforcements|militias?|gunners|tanks|drones?|" + ATTACK_NOUNS + r")|"
                 # "Tanks of the army's 9th Armoured Division": the unnamed army's own units, in its own country
                 r"(?<=the\s)(?:army|military)['’]s(?=\s+(?:[\w-]+\s+){0,3}(?:[Dd]ivision|[Bb]rigade|[Bb]attalion|[Rr]egiment|"
                 r"units?|troops|forces|tanks|artillery|soldiers|engineers)\b)|"
                 # "state media said the army had shelled X": the unnamed army acting in its own country
                 r"(?<=the\s)(?:army|military)(?=\s+(?:(?:had|has|have|also|then|later)\s+)?(?:shell|strik|struck|bomb|fir|pound|"
                 r"target|hit|launch|carried|deploy|sent|mov|dropp)\w*)|"
                 # "Army helicopters fired ...", "Two army brigades were sent ...": the unnamed army's units, in its own
                 # country (not a named one: "the Mahdi Army units", "Libyan National Army units" lead with their name)
                 r"(?:(?<![\w\s])|(?<=^)|(?<=\bthe\s)|(?<=\btwo\s)|(?<=\bthree\s)|(?<=\bfour\s)|(?<=\d\s)|(?<=\bseveral\s)|"
                 r"(?<=\bmore\s))army\s+(?:units?|helicopters?|brigades?|battalions?|troops|soldiers|tanks|artillery|"
                 r"jets|aircraft|gunners|reinforcements|divisions?|engineers|special\s+forces)(?=\W)|"
                 # ("Units of the army and the security forces were stationed ...": the same, told with "of")
                 r"(?:(?<=units\sof\sthe\s)|(?<=troops\sof\sthe\s)|(?<=soldiers\sof\sthe\s))army(?!\s+of\b)(?=\W))\b", 1),
    # Who "the occupiers" are depends on the theater (see OCCUPIERS_BY_THEATER).
    (OCCUPIERS, r"\b(?:occupiers|invaders|occupation\s+(?:forces|army|troops)|occupying\s+(?:forces|army|troops))\b", 1),
]]
# Forms that are never the event's author: the part after "against", "on", "targeting".
TARGET_CUE = re.compile(r"\b(?=\w)(?:against|targeting|targeted|on|at|hit|hitting|struck|bombed|bombing|"
                        r"backing|backed|support(?:ing)?|help(?:ing)?|assist(?:ing)?|aid(?:ing)?|with|"
                        r"between|like|for|from|to|prevent(?:ed|s|ing)?|shelled|shelling|pounded|pounding|attacked|attacking|"
                        r"destroyed|destroying|engaged|summoned|condemned|by\s+the\s+request\s+of)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                        # "engaged a team of Daesh terrorists": the members of a group struck are its targets too
                        r"(?:(?:team|group|unit|cell|squad|band|column|convoy|gathering|number)\s+of\s+(?:the\s+)?)?$|"
                        r"[\w](?<!\bpro)(?<!\bPro)-$|"   # "anti-X", "Syria-X": X is no author ("pro-X forces" are X's)
                        r"\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s+and\s+(?:the\s+)?$", I)

# --- targets -----------------------------------------------------------------
TARGETS: list[tuple[str, re.Pattern]] = [(name, re.compile(p, re.I)) for name, p in [
    ("ISIS", r"\b(?=\w)(?:ISIS|ISIL|IS|Islamic\s+State|Daesh)\b"),
    ("al-Nusra Front", r"\b(?=\w)(?:al-)?Nusra\b"),
    ("rebels", r"\b(?=\w)(?:rebels?|rebel\s+groups?|(?:armed\s+|syrian\s+)?opposition|insurgents|Free\s+Syrian\s+Army|FSA)\b"),
    ("civilians", r"\b(?=\w)(?:civilians?|hospitals?|schools?|markets?|residential|homes|mosques?|bakery|bakeries)\b"),
    ("infrastructure", r"\b(?=\w)(?:oil\s+(?:infrastructure|facilities|fields?|refiner(?:y|ies)|wells|tankers|trucks)|refiner(?:y|ies)|"
                       r"bridges?|power\s+(?:plants?|stations?)|infrastructure|excavators|supply\s+routes?|roads?)\b"),
    ("military positions", r"\b(?=\w)(?:positions|command\s+(?:posts?|centres?|centers?)|training\s+camps?|camps?|"
                           r"ammunition\s+depots?|depots?|arms\s+depots?|bases?|bunkers?|checkpoints?|convoys?|targets)\b"),
    ("terrorists", r"\bterrorists?\b"),
    ("Houthis", r"\bHouthis?\b"),
    ("separatists", r"\bseparatists\b"),
]]

# --- weapons and platforms ---------------------------------------------------
WEAPON = re.compile(r"\b(?=\w)(?:"
    r"(?:Sukhoi\s+)?Su-\d+\w*|MiG-\d+\w*|Tu-\d+\w*|Mi-\d+\w*|Ka-\d+\w*|Il-\d+\w*|Yak-\d+\w*|An-\d+\w*|"
    r"S-[234]00|Pantsir(?:-S1)?|Buk(?:-M\d)?|Tor-M\d|Iskander(?:-M)?|Tochka(?:-U)?|Grad|Smerch|Uragan|TOS-1A?|"
    r"Kalibr|Tomahawks?|(?:cruise|ballistic|anti-aircraft|surface-to-air|air-to-ground|guided)\s+missiles?|"
    r"F-\d+\w*|B-\d+\w*|A-10s?|AC-130s?|MQ-[19]\w*|Reapers?|Predators?|Rafales?|Tornados?|Typhoons?|"
    r"Apache|Black\s+Hawks?|CF-18s?|"
    r"barrel\s+bombs?|cluster\s+(?:bombs?|munitions)|bunker[\s-]busters?|guided\s+bombs?|"
    r"drones?|helicopter\s+gunships?|gunships?|helicopters?|warplanes?|fighter\s+jets?|jets?|bombers?|airplanes?|aircrafts?|"
    r"warships?|frigates?|submarines?|naval\s+infantry|marines|tanks?|artillery|howitzers?|rocket\s+launchers?|"
    # ("Patriot air and missile defence units": a defence against missiles, no missile fired or sent)
    r"multiple\s+rocket\s+launchers?|missiles?(?![\s-]+defen[cs]es?\b)|rockets?|mortars?|troops|ground\s+forces)\b", I)
_WEAPON_RANK = ["Su-", "MiG-", "Tu-", "Mi-", "Ka-", "S-", "Kalibr", "Tomahawk", "cruise", "ballistic",
                "F-", "B-", "MQ-", "barrel", "cluster"]

# --- claims ------------------------------------------------------------------
REPORT_VERB = (r"(?:said|says|say|told|claimed|claims|claim|reported|reports|report|announced|announces|"
               r"stated|states|confirmed|confirms|added|noted|insisted|accused|alleged|cited|quoted|"
               r"indicated|suggested|suggests|warned|according)")
CLAIM_PATTERNS: list[re.Pattern] = [
    re.compile(r"\b(?=\w)(?:announced|reported|claimed|confirmed|stated|said)\s+by\s+(?P<who>(?:the\s+)?[\w’'.\- ]{2,60}?)(?=[,.;:]|\s+(?:on|in|at|that|as)\b|$)", I),
    re.compile(r"(?=[A-Zta])(?P<who>(?:[A-Z][\w’'.\-]*\s+(?:(?:of|for|in|on|and|the|al-)\s+)*){0,6}[A-Z][\w’'.\-]*|(?:[Tt]he|[Aa]n?)\s+(?:[\w’'.\-]+\s+){0,4}[\w’'.\-]+|[A-Z][\w’'-]*(?:\s+(?:and\s+)?[a-z][\w’'-]*){1,3})(?:,\s[^,]{2,60},)?(?:\s+(?:also|later|earlier|separately|previously))?\s+"
               r"(?P<verb>said|says|told|claimed|claims|reported|reports|announced|stated|confirmed|added|noted|insisted|accused|alleged|suggested|cites|cited|was\s+quoted)\b"),
    re.compile(r"[,”\"’]\s*(?P<verb>said|says|stated|added|told|claimed)\s+(?P<who>(?:the\s+)?[\w’'.\- ]{2,60}?)(?=[,.;:]|$)", I),
    re.compile(r"\baccording\s+to\s+(?P<who>(?:the\s+)?[\w’'.\- ]{2,60}?)(?=[,.;:]|(?<!\bof)(?<!\bfor)(?<!\bin)\s+(?:the|a|an|Russia|Russian|(?-i:[A-Z][a-z]+)\s+(?:has|have|had|is|was|were|are))\b|$)", I),
    re.compile(r"\b(?=\w)(?:citing|cited\s+by|as\s+(?:claimed|reported|stated)\s+by)\s+(?P<who>(?:an?\s+|the\s+)?[\w’'.\- ]{2,60}?)(?=[,.;:]|\s+(?:that|as|on|in)\b|$)", I),
]
# CLAIM_PATTERNS[1] as re runs it (the same matches):
# - each word taken whole, possessive "*+": a shorter one is followed by a word character, which no
#   space, comma or next word of the pattern opens with, so re need not try it;
# - its first character consumed first, "[A-Zta]", and each alternative told by a look-behind at it:
#   re then skips in C to those characters instead of trying the pattern at every position. The names
#   alternative, "(?:C S){0,6}C" (C a capitalised word, S the space and small words between), is
#   written "C(?:S C){0,6}", which reads the same words in the same order.
_CLAIM_WORD, _CLAIM_WORD_NO_DOT = r"[\w’'.\-]", r"[\w’'-]"
_CLAIM_VERB_AT = CLAIM_PATTERNS[1].pattern.index(r"(?:,\s[^,]{2,60},)?")
CLAIM_PATTERNS[1] = re.compile(
    r"(?P<who>[A-Zta](?:(?<=[A-Z])" + _CLAIM_WORD + r"*+(?:\s+(?:(?:of|for|in|on|and|the|al-)\s+)*[A-Z]"
    + _CLAIM_WORD + r"*+){0,6}"
    r"|(?:(?<=[Tt])he|(?<=[Aa])n?)\s+(?:" + _CLAIM_WORD + r"++\s+){0,4}" + _CLAIM_WORD + r"++"
    r"|(?<=[A-Z])" + _CLAIM_WORD_NO_DOT + r"*+(?:\s+(?:and\s+)?[a-z]" + _CLAIM_WORD_NO_DOT + r"*+){1,3}))"
    + CLAIM_PATTERNS[1].pattern[_CLAIM_VERB_AT:], CLAIM_PATTERNS[1].flags)
CLAIM_STOP = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who", "the", "there", "one", "officials"}
CLAIM_TRIM = re.compile(r"^(?:and|but|as|while|after|before|meanwhile|also|when|though|however)\s+", I)

# --- toponym traps -----------------------------------------------------------
PEOPLE = {
    "putin", "assad", "bashar", "lavrov", "obama", "kerry", "ali", "ivanov", "konashenkov", "warren", "harper",
    "abadi", "abbadi", "peskov", "shoigu", "hollande", "fabius", "netanyahu", "erdogan", "davutoglu", "rouhani",
    "khamenei", "nasrallah", "baghdadi", "carter", "moualem", "muallem", "poroshenko", "yatsenyuk", "zelensky",
    "hadi", "saleh", "salman", "haftar", "sarraj", "cameron", "merkel", "trump", "clinton", "biden", "mattis",
    "hassan", "mohammed", "muhammad", "ahmed", "ahmad", "omar", "umar", "hussein", "hamid", "abdullah", "mahmoud",
    "khalid", "khaled", "walid", "ibrahim", "yusuf", "youssef", "mustafa", "karim", "rami", "maher", "hafez",
    "sergei", "sergey", "vladimir", "dmitry", "igor", "john", "ash", "steve", "stephen", "francois", "laurent",
    "benjamin", "haider", "mokhtar", "lamani", "victoria", "sharon", "florence", "lincoln",
    "raqqawi", "kurdi", "zahran", "alloush", "jolani", "golani", "abu", "umm", "ibn", "bin",
    "medvedev", "zakharova", "gerasimov", "rudskoy", "stoltenberg", "ban", "mistura", "staffan", "brahimi",
    "annan", "jaafari", "jafari", "muallim", "makhlouf", "suleiman", "soleimani", "qassem", "sadr", "maliki",
    "barzani", "talabani", "sisi", "mubarak", "gaddafi", "qaddafi", "morsi", "tillerson", "pompeo", "lauder",
}
ORGANISATIONS = {
    "isis", "isil", "is", "daesh", "hezbollah", "hizbollah", "nusra", "reuters", "cnn", "bbc", "ap", "afp",
    "pentagon", "kremlin", "nato", "un", "eu", "ria", "tass", "sputnik", "interfax", "rbc", "rtl", "bloomberg",
    "fsa", "ypg", "sdf", "pkk", "pyd", "hamas", "shabaab", "al-shabaab", "boko haram", "aqap", "aqim", "houthis", "houthi", "taliban", "qaeda", "al-qaeda", "cia",
    "menafn", "trt", "trtworld", "aljazeera", "jazeera", "sana", "unhcr", "unicef", "msf", "icrc", "white house",
    "state department", "security council", "general assembly", "duma", "federation council", "knesset",
    "free syrian army", "jaish al-fatah", "jaish al-islam", "ahrar al-sham", "jabhat al-nusra", "islamic state",
    "liwa", "jaish", "jabhat", "ahrar", "harakat", "katibat", "kataib", "faylaq", "jund", "ansar", "pravda",
    "anadolu", "xinhua", "wagner", "wagner group", "fox", "nbc", "abc", "cbs", "cbc", "guardian", "times", "post", "telegraph", "independent",
}
DEMONYM = re.compile(r"^(?:Turkmen|Turkoman|Kurds?|Kurdish|Arabs?|Arabic|"
                     r"Alawites?|Druze|Sunnis?|Shias?|Shiites?|Yazidis?|Christians?|Persian|Gulf|Levant|Western|Eastern|"
                     r"Northern|Southern|Soviet|Ottoman)$")
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "sept", "oct", "nov", "dec", "jan", "feb", "aug"}
GENERIC = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "as", "by", "for", "with", "from", "president",
           "marine", "marines", "navy", "airborne", "infantry", "division", "brigade", "battalion", "regiment",
           "minister", "army", "city", "state", "states", "government", "forces", "force", "news", "post", "times",
           "photo", "credit", "source", "article", "comments", "reply", "password", "copy", "type", "pin",
           "legal", "disclaimer", "related", "views", "home", "world", "union", "council", "ministry", "defence",
           "defense", "prime", "foreign", "secretary", "general", "colonel", "command", "central", "agency",
           "intelligence", "national", "islamic", "federation", "republic", "democratic", "free", "new", "north",
           "south", "east", "west", "airspace", "air", "base", "naval", "navy", "guard", "guards", "liberty",
           "victory", "hope", "unity", "peace", "freedom", "deir", "tell", "ras", "ain", "bab", "jebel", "jabal",
           "wadi", "tal", "kafr", "marj", "sheikh", "saint", "st", "fort", "port", "mount", "lake", "river", "gate",
           "mission", "operation", "operations", "coalition", "regime", "opposition", "rebels", "police",
           "alliance", "assembly", "house", "senate", "congress", "parliament", "university", "hospital",
           "camp", "front", "brigade", "battalion", "division", "corps", "group", "party", "movement",
           "europe", "african", "asia", "middle", "gulf", "levant", "caucasus", "balkans",
           "vice", "major", "media", "daily", "sun", "star", "herald", "tribune", "week", "spring", "summer",
           "autumn", "winter", "christmas", "easter", "ramadan", "eid", "liberation", "justice", "dawn", "sunrise",
           "sunset", "volcano", "early", "late", "later", "earlier", "meanwhile", "separately", "centre", "center", "headquarters", "airport", "school", "church", "market", "bridge", "road",
           "street", "park", "tower", "crescent", "red", "white", "green", "golden", "grand", "haj", "hajj",
           "mullah", "syed", "sayyed", "black", "blue", "storm", "shield", "sword", "resolve", "inherent",
           "decisive", "monitor", "observer", "guardian", "mirror", "gazette", "journal", "press", "agency",
           "television", "radio", "office", "bureau", "department", "service", "palace", "hotel", "square",
           "commander", "captain", "chief", "staff", "deputy", "spokesman", "security", "military", "aid",
           "health", "medical", "civil", "people", "nation", "country", "region", "province", "district", "area",
           "zone", "sector", "border", "coast", "sea", "valley", "mountain", "hill", "desert", "island", "canal"}
# (Each title tests the word start right after its first letter: re skips in C to those letters.)
TITLES = re.compile(r"(?:(?:" + by_first_letter([f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in (
                    r"President|Prime\s+Minister|Minister|Mr|Mrs|Ms|Dr|Gen|General|Col|Colonel|Lt|Lieutenant|Maj|Major|"
                    r"Capt|Captain|Admiral|Adm|Sgt|Secretary|Spokesman|spokesman|spokesperson|Spokesperson|King|Prince|Sheikh|"
                    r"Emir|Imam|Ayatollah|Senator|Sen|Rep|Chancellor|Premier|Governor|Mayor|Commander|Chief|leader|"
                    r"Pope|Saint|Foreign\s+Minister|Defen[cs]e\s+Minister").split("|")])
                    + r")\.?\s+(?:[A-Z][\w’'-]+\s+){0,2})$")
PLACE_SUFFIX = re.compile(r"^[\s-]*(?P<word>province|provinces|governorate|governorates|oblast|region|district|"
                          r"countryside|state|city|town|village|air\s*base|airbase|airfield|airport|base|port|"
                          r"dam|mountains?|valley|plain|desert|border)\b"
                          # ("the Sumy State University", "the Kharkiv Regional Hospital": a body named after the place)
                          r"(?!\s+(?:university|college|institute|academy|hospital|museum|theatre|theater|library|"
                          r"administration|council|police|prosecutor|court|bank|circus|opera|philharmonic)\b)", I)
ADMIN1_SUFFIX = {"province", "provinces", "governorate", "governorates", "oblast", "region", "state", "countryside"}
DIRECTION = re.compile(r"(?P<dir>\b(?=[nsewcr])(?:north|south|east|west|central|northern|southern|eastern|western|"
                       r"north-?western|north-?eastern|south-?western|south-?eastern|northwest|northeast|"
                       r"southwest|southeast|north-west|north-east|south-west|south-east|rural|coastal)\s+)$", I)
SITE_BEFORE = re.compile(r"\b(?=\w)(?:air\s*base|airbase|airfield|air\s+field|airport|airstrip|naval\s+(?:base|facility)|"
                         r"military\s+(?:base|airport)|base|port)\s+(?:(?!city\b|town\b)[\w-]+\s+)?(?:in|near|at|outside|outside\s+of|close\s+to|of|south\s+of|"
                         r"north\s+of|east\s+of|west\s+of|southeast\s+of)\s+(?:the\s+)?(?:(?:coastal|port|northern|western|"
                         r"eastern|southern)\s+)?(?:(?:city|town|province|governorate)\s+of\s+)?$", I)
PROVINCES_LIST = re.compile(r"\b(?=\w)(?:provinces|governorates|regions|oblasts)\b", I)
# ("in what officials called a message to Damascus": the government a warning is addressed to)
# ("under a deal between Damascus and the SDF": a capital naming a party to an accord)
# ("Diplomats in Baghdad say the attacks slowed": envoys stationed in a capital tell; their seat is no place of the event)
METONYM_BEFORE = re.compile(r"\b(?=[rglaotvscmewudn])(?:regime|government|leadership|authorities|officials|rulers|allies|ally|talks|visit|"
                            r"trip|summit|conference|meeting|embassy|message|warning|signal|ultimatum|diplomats|envoys|"
                            r"ambassadors)\s+(?:in|to|with|from)\s+$|"
                            # ("came hours before the president's speech at the Royal Castle in X": where a speech or a
                            # summit was held, told to time an act, is no place of it - not a funeral or a rally, struck)
                            r"\b(?=[sa])(?:speech|address|summit)\s+(?:at|in)\s+(?:the\s+)?"
                            r"(?:[\w'’-]+\s+){1,4}?in\s+$|"
                            # ("under a deal between the Kurdish-led SDF and Damascus": the capital as the second party)
                            r"\b(?=[dacnt])(?:deal|agreement|accord|ceasefire|truce|negotiations|talks|contacts)\s+between\s+"
                            r"(?:(?:[\w'’-]+\s+){1,6}?and\s+)?$|"
                            # ("posts set up under a deal with Moscow": the capital as the other party to an accord)
                            r"\b(?=[dau])(?:deal|agreement|accord|understanding)\s+(?:signed\s+|struck\s+|reached\s+)?with\s+$|"
                            # ("struck X on Monday, in coordination with Cairo": the partner government, not a place struck)
                            r"\b(?=[cj])(?:coordination|cooperation|concert|conjunction|consultation|jointly|together)\s+with\s+$|"
                            r"\baccording\s+to\s+$", I)
# ("the Kyiv regime", "the Damascus government": a capital naming the power that sits there)
METONYM_AFTER = re.compile(r"^(?:\s+(?:regime|government|authorities|junta|leadership|administration)\b|"
                           r"['’]s\s+(?:\w+\s+)?(?:government|regime|forces|strategy|allies|position|decision|"
                           r"plans?|policy|support|view|response|claims?)|"
                           # ("what Minsk and Moscow called joint exercises": two capitals, then the governments' words)
                           r"\s+and\s+(?-i:[A-Z])[\w'’-]+\s+(?:called|call|described|describe|termed|said|say|condemned|denied|"
                           r"deny|accused|accuse|blamed|blame|agreed|announced|insisted|insist|claimed|claim)\b|"
                           # ("a figure Moscow never confirmed", "Ankara publicly denied it": an adverb before the verb)
                           r"\s+(?:also\s+|later\s+|then\s+|never\s+|publicly\s+|officially\s+|quickly\s+|swiftly\s+)?"
                           r"(?:condemned|condemns|summoned|protested|urged|demanded|called|has|have|had|is|was|were|says|said|"
                           # ("a militant whom Washington accuses of ...": a government's charge, told in the present)
                           r"plans|planned|wants|insists|accused|accuses|denied|denies|rejects|maintains|argues|claims|claimed|announced|informed|"
                           r"would|will|could|(?-i:may)|might|hopes|believes|refused|agreed|backs|backed|sees|views|pressed|pushed|"
                           r"launched|vowed|warned|responded|retaliated|began|started|continued|sent|deployed|blamed|blames|"
                           # ("an attack that Riyadh described as terrorism": the government's words)
                           r"described|describes|termed|terms|branded|brands|labelled|labeled|"
                           # ("a militia that Ankara considers a terrorist group": a government's view)
                           r"considers|considered|regards|regarded|calls|brands|branded|labels|labelled|designates|designated|"
                           # ("a charge Damascus rejected as fabricated": a government's answer)
                           r"rejected|dismissed|disputed|confirmed|acknowledged|admitted|"
                           # ("But Ankara points to the mortar bomb that killed five in X": the government's argument)
                           r"points|pointed|"
                           # ("the security agreement that Baghdad signed with Tehran": a party to a pact)
                           r"signed|signs|negotiated|ratified|brokered|concluded|inked|"
                           # ("after Moscow pulled out of the grain deal": a government leaving a pact)
                           r"pulled\s+out|withdrew|walked\s+out|quit|suspended|abandoned|reneged|"
                           # ("Each time, Riyadh answered the same way: more raids": a government's reply)
                           r"answered|answers|replied|replies|reacted|reacts|retorted|"
                           # ("Moscow also keeps a naval facility at X": a government keeping forces abroad)
                           r"keeps|kept|maintains|maintained|stations|stationed|"
                           # ("Baghdad welcomed the strikes", "Tehran offered a reward", "Kyiv changed tactics, sending
                           # units forward": a capital that welcomes, offers or changes course is its government)
                           r"welcomed|welcomes|offered|offers|changed|changes|shifted|hailed|praised|thanked|critici[sz]ed|"
                           r"requested|decided))\b")
LOCATIVE_BEFORE = re.compile(r"\b(?=[iwaotnf])(?:in|into|within|inside|across|over|throughout|to|on|at|near|from|of|outside|"
                             r"around|toward|towards)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|"
                             r"southern|eastern|western|northwest|northeast|southwest|southeast|north-west|north-east|"
                             r"south-west|south-east|rural|war-torn|neighbouring|neighboring|"
                             # ("in occupied Kuwait", "across rebel-held Idlib": the side holding it, then the place)
                             r"occupied|besieged|annexed|embattled|war-ravaged|\w+-(?:held|occupied|controlled))\s+)?$", I)

# A bare capital or country after a locative is a place, not an actor ("regime in Damascus").
# ("slammed into the centre of Kyiv", "on the outskirts of Damascus": a part of the capital is a place too)
# ("slammed into central Kyiv", "rocked central Kyiv", "hit western Baghdad": a part of the capital, a place)
LOCATIVE_ACTOR = re.compile(r"\b(?=\w)(?:(?:in|into|near|around|towards?|from|to|at|over)\s+(?:the\s+)?|"
                            r"(?:centre|center|heart|outskirts|suburbs?|edge|streets)\s+of\s+|"
                            # (not "battalions from western Ukraine": where forces come from is their side)
                            r"(?<!from\s)(?:central|downtown|northern|southern|eastern|western|north-western|north-eastern|"
                            r"south-western|south-eastern)\s+)$", I)
# "the Lebanese border", "Syrian airspace": a country named by its adjective.
DEMONYM_COUNTRY = {"syrian": "SY", "turkish": "TR", "lebanese": "LB", "iraqi": "IQ", "jordanian": "JO",
                   "israeli": "IL", "iranian": "IR", "saudi": "SA", "yemeni": "YE", "libyan": "LY",
                   "egyptian": "EG", "ukrainian": "UA", "russian": "RU", "afghan": "AF", "somali": "SO"}
# (Each demonym tests the word start right after its capital: re skips in C to those capitals.)
DEMONYM_PLACE = re.compile(r"(?P<dem>" + by_first_letter([f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in _alt(
                               w.capitalize() for w in DEMONYM_COUNTRY).split("|")]) +
                           r")\s+(?:border|territory|airspace|coast|coastline|soil|side\s+of\s+the\s+border|frontier)\b"
                           r"(?!\s+(?:city|cities|towns?|villages?|province|region|area|crossings?|posts?)\b)")

# National forces not listed above: "Sudanese troops", "Qatari jets".
NATIONAL_FORCES = {"sudanese": "Sudan", "qatari": "Qatar", "bahraini": "Bahrain", "moroccan": "Morocco",
                   "kuwaiti": "Kuwait", "pakistani": "Pakistan", "danish": "Denmark", "dutch": "Netherlands",
                   "belgian": "Belgium", "lebanese": "Lebanon", "chinese": "China", "afghan": "Afghanistan",
                   "somali": "Somalia", "nigerian": "Nigeria", "chadian": "Chad", "malian": "Mali",
                   "kurdish": "Kurdish forces", "yemeni": "Yemen", "emirati": "United Arab Emirates",
                   "italian": "Italy", "spanish": "Spain", "polish": "Poland", "norwegian": "Norway",
                   "ethiopian": "Ethiopia", "eritrean": "Eritrea", "azerbaijani": "Azerbaijan", "armenian": "Armenia",
                   "kenyan": "Kenya", "ugandan": "Uganda"}
NATIONAL_FORCE = re.compile(r"(?P<dem>" + by_first_letter([f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in _alt(   # (as DEMONYM_PLACE)
                                w.capitalize() for w in NATIONAL_FORCES).split("|")]) +
                            r")\s+(?:[\w-]+\s+)?(?i:troops|forces|soldiers|jets|warplanes|aircraft|planes|army|"
                            r"military|air\s*force|navy|special\s+forces|artillery|helicopters|"
                            # ("Italian naval officers", "an Italian navy patrol ship")
                            r"officers|warships?|ships?|vessels?|frigates?)\b")   # ("Sudanese Armed Forces")

# "Italy, which reopened its embassy in Tripoli, sent 100 soldiers to X": one of these nations named as the subject
# of a verb of sending or attacking (a comma aside may stand between) is the force that acts
# (not the theaters' own countries, whose name is as often where as who; a launch site "from Yemen" is ruled where
# the rows are read: see attribution)
_HOME_NATIONS = ("Kurdish forces", "Yemen", "Lebanon", "Afghanistan", "Somalia", "Mali", "Sudan")
NATION_SUBJECT = re.compile(r"\b(?:" + "|".join(sorted((v.replace(" ", r"\s+") for v in NATIONAL_FORCES.values()
                                                        if v not in _HOME_NATIONS), key=len, reverse=True)) +
                            r")(?=(?:\s*,[^,;.]{1,80},)?\s+(?:(?:has|have|had|also|then|later)\s+){0,2}(?:sent|deployed|dispatched|"
                            r"flew|moved|struck|bombed|launched|fired|shelled|stationed|rushed)\b)")
NATION_NAMED = {v.lower(): v for v in NATIONAL_FORCES.values()}


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
(LOCATIVE_BEFORE, LOCATIVE_ACTOR, NEGATION_NEAR, SITE_BEFORE, PROVINCES_LIST) = (
    lead_letter(p) for p in (LOCATIVE_BEFORE, LOCATIVE_ACTOR, NEGATION_NEAR, SITE_BEFORE, PROVINCES_LIST))
TARGETS = [(name, lead_letter(p)) for name, p in TARGETS]          # (their gates are read by position)
CLAIM_PATTERNS = [lead_letter(p) for p in CLAIM_PATTERNS]
# (a clause holds a few of the force words, if any: only theirs are tried; the same matches)
MILITARY_OBJECT_ROWS = Rows.of(MILITARY_OBJECT)
MILITARY_OBJECT, TARGET_LIST, CONVOY_ENTERED, METONYM_BEFORE = (
    lead_letter(p) for p in (MILITARY_OBJECT, TARGET_LIST, CONVOY_ENTERED, METONYM_BEFORE))


def _target_cue_parts() -> tuple[re.Pattern, ...]:
    """TARGET_CUE's three alternatives apart, each written so that re skips in C to its first
    letter: a text holds a match of TARGET_CUE exactly when it holds a match of one of them."""
    words, hyphen, from_list = split_top(TARGET_CUE.pattern)
    assert from_list.startswith(r"\bfrom")
    out = (lead_letter(re.compile(words, TARGET_CUE.flags)), re.compile(hyphen, TARGET_CUE.flags),
           re.compile(r"(?-i:[fF])(?<!\w.)rom" + from_list[len(r"\bfrom"):], TARGET_CUE.flags))
    assert out[0].pattern != words
    return out


_TARGET_CUE_PARTS = _target_cue_parts()
assert _TARGET_CUE_PARTS[1].pattern.endswith("-$")


def target_cue(text: str) -> bool:
    """``bool(TARGET_CUE.search(text))``, sooner (the hyphen part, "-$", only where the text ends with
    a hyphen, or one and the newline "$" may stand before)."""
    a, b, c = _TARGET_CUE_PARTS
    return a.search(text) is not None or (text.endswith(("-", "-\n")) and b.search(text) is not None) or \
        c.search(text) is not None


# the participles that close a compound adjective ("shoulder-fired", "air-launched", "Iranian-made", "Turkey-based"):
# after a hyphen such a word is an adjective, never a trigger's verb (asked by the lexicon's triggers and the frames)
_COMPOUND_PARTICIPLE = re.compile(r"(?:fired|launched|dropped|delivered|guided|made|built|supplied|based)\b", re.I)


def closes_compound(text: str, start: int) -> bool:
    """Does the word at ``start`` close a hyphened compound adjective ("shoulder-fired missiles")?"""
    return start > 0 and text[start - 1] in "-\u2010\u2011" and _COMPOUND_PARTICIPLE.match(text, start) is not None
