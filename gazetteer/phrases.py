"""Words around a place name that say what kind of answer is wanted.

``split_cue``: "Idlib province" / "province of Idlib" -> admin-1; "Shayrat air base" /
"the air base in Latakia" -> a curated site.  ``strip_modifiers``: "northern Latakia",
"the outskirts of Aleppo", "Raqqa city" -> the bare name, saying whether the modifier was a
direction or "rural"/"countryside" (news then usually mean the province).  ``demonym_country``:
"Syrian border" -> SY.  The resolver always tries the name as written first.
"""
from __future__ import annotations

import re

ADMIN1_WORDS = ("province", "provinces", "regions", "governorate", "governorates", "muhafazat", "muhafazah",
                "oblast", "region", "wilayat", "wilaya", "district", "state", "county")
SITE_WORDS = ("air base", "airbase", "air field", "airfield", "airport", "military airport",
              "naval base", "naval facility", "base", "oil field", "oilfield", "gas field",
              "gasfield", "dam", "border crossing", "crossing")


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_PREFIX_ADMIN1 = re.compile(r"^(?:the\s+)?(?:province|governorate|oblast|region)\s+of\s+", re.I)
_PREFIX_SITE = re.compile(r"^(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:"
                          + _alternation(SITE_WORDS) + r")\s+(?:in|near|at|outside|of|close\s+to)\s+",
                          re.I)
_SUFFIX = re.compile(r"\s+(?P<w>" + _alternation(ADMIN1_WORDS + SITE_WORDS) + r")\s*$", re.I)


# The kind of curated site a phrase asks for ("air base in X" -> airbase).
SITE_FEATURE_WORDS = (
    ("airbase", r"air\s*base|air\s*field|airport|airstrip|air\s+force\s+base"),
    ("naval", r"naval|navy|port|harbou?r"),
    ("oilfield", r"oil\s*field|oil\s+facility|refinery"),
    ("gasfield", r"gas\s*field|gas\s+plant"),
    ("dam", r"\bdam\b"),
    ("plant", r"nuclear|power\s+(?:plant|station)|\bplant\b"),      # "the Zaporizhzhia (nuclear) plant"
    ("crossing", r"crossing|border\s+post"),
)


def site_feature(text: str) -> str | None:
    """'air base in Latakia' -> 'airbase'; 'Tartus naval facility' -> 'naval'; else None."""
    for feature, pattern in SITE_FEATURE_WORDS:
        if re.search(pattern, text, re.I):
            return feature
    return None


def split_cue(name: str) -> tuple[str, str | None]:
    """'Idlib province' -> ('Idlib', 'admin1'); 'Shayrat air base' -> ('Shayrat', 'site');
    'air base in Latakia' -> ('Latakia', 'site')."""
    s = name.strip()
    m = _PREFIX_ADMIN1.match(s)
    if m and len(s) > m.end():
        return s[m.end():].strip(), "admin1"
    m = _PREFIX_SITE.match(s)
    if m and len(s) > m.end():
        return s[m.end():].strip(), "site"
    m = _SUFFIX.search(s)
    if m and m.start() > 0:
        word = re.sub(r"\s+", " ", m.group("w").lower())
        return s[: m.start()].strip(), ("admin1" if word in ADMIN1_WORDS else "site")
    return s, None


_DIRECTION = (r"(?:(?:north|south)[- ]?(?:east|west)|north|south|east|west)(?:ern)?|central")
_LEAD = re.compile(
    r"^(?:the\s+)?(?:(?:just\s+|some\s+|about\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:" + _DIRECTION + r")\s+of|(?P<dir>" + _DIRECTION + r")|(?P<rural>rural|countryside\s+of)|"
    r"greater|outer|inner|upper|lower|coastal|near|nearby|around|outside|in|at|"
    r"(?:(?:the|an?|its|some)\s+)?(?:[a-z-]+\s+){0,2}?(?:outskirts|suburbs|vicinity|edge|areas?|"
    r"parts?|city|town|village|district|neighbou?rhood)\s+(?:of|around|near|in)|"
    r"(?:areas?|parts?|positions|villages|towns)\s+(?:" + _DIRECTION + r")\s+of)\s+", re.I)
_TRAIL = re.compile(r"\s+(?:(?P<rural>countryside)|outskirts|suburbs|area|city|town|village)$", re.I)


_POSSESSIVE = re.compile(r"^(?P<x>.+?)['\u2019]s\s+(?:(?P<rural>countryside|province|"
                         r"governorate|rural\s+areas?)|old\s+city|old\s+town|city\s+cent(?:re|er)|"
                         r"outskirts|suburbs|(?:\w+\s+)?(?:neighbou?rhoods?|districts?|quarters?))$", re.I)


def strip_modifiers(name: str) -> tuple[str, str | None]:
    """('northern Latakia') -> ('Latakia', 'direction'); 'rural Damascus' / 'Aleppo
    countryside' -> (..., 'rural'); 'the outskirts of Aleppo' / "Aleppo's Old City" ->
    ('Aleppo', None)."""
    prev, kind = None, None
    s = name.strip()
    while s != prev:
        prev = s
        m = _POSSESSIVE.match(s)
        if m:
            kind = kind or ("rural" if m.group("rural") else None)
            s = m.group("x").strip()
        m = _LEAD.match(s)
        if m and len(s) > m.end():
            kind = kind or ("direction" if m.group("dir") else "rural" if m.group("rural") else None)
            s = s[m.end():].strip()
        m = _TRAIL.search(s)
        if m and m.start() > 0:
            kind = kind or ("rural" if m.group("rural") else None)
            s = s[: m.start()].strip()
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return (s or name), kind


DEMONYMS = {
    "syrian": "SY", "turkish": "TR", "iraqi": "IQ", "lebanese": "LB", "jordanian": "JO",
    "israeli": "IL", "russian": "RU", "iranian": "IR", "yemeni": "YE", "libyan": "LY",
    "ukrainian": "UA", "saudi": "SA", "egyptian": "EG", "american": "US", "british": "GB",
    "french": "FR", "tunisian": "TN", "algerian": "DZ", "sudanese": "SD", "afghan": "AF",
    "pakistani": "PK", "kuwaiti": "KW", "qatari": "QA", "emirati": "AE", "omani": "OM",
    "bahraini": "BH", "cypriot": "CY", "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ",
    "belarusian": "BY", "moldovan": "MD", "polish": "PL", "romanian": "RO", "chadian": "TD",
    "nigerien": "NE", "malian": "ML",
    # the rest of the world's common national adjectives (cues for the theater, never places)
    "palestinian": "PS", "moroccan": "MA", "somali": "SO", "ethiopian": "ET", "eritrean": "ER",
    "kenyan": "KE", "ugandan": "UG", "tanzanian": "TZ", "nigerian": "NG", "ghanaian": "GH",
    "senegalese": "SN", "cameroonian": "CM", "congolese": "CD", "angolan": "AO",
    "mozambican": "MZ", "zimbabwean": "ZW", "zambian": "ZM", "rwandan": "RW", "burundian": "BI",
    "south african": "ZA", "mauritanian": "MR", "burkinabe": "BF", "ivorian": "CI",
    "liberian": "LR", "sierra leonean": "SL", "guinean": "GN", "gabonese": "GA",
    "malagasy": "MG", "namibian": "NA", "botswanan": "BW", "south sudanese": "SS",
    "chinese": "CN", "japanese": "JP", "korean": "KR", "north korean": "KP", "south korean": "KR",
    "indian": "IN", "bangladeshi": "BD", "sri lankan": "LK", "nepali": "NP", "nepalese": "NP",
    "burmese": "MM", "thai": "TH", "vietnamese": "VN", "cambodian": "KH", "laotian": "LA",
    "malaysian": "MY", "indonesian": "ID", "filipino": "PH", "philippine": "PH",
    "singaporean": "SG", "taiwanese": "TW", "mongolian": "MN", "kazakh": "KZ", "uzbek": "UZ",
    "turkmen": "TM", "kyrgyz": "KG", "tajik": "TJ", "australian": "AU", "new zealand": "NZ",
    "canadian": "CA", "mexican": "MX", "cuban": "CU", "haitian": "HT", "dominican": "DO",
    "jamaican": "JM", "guatemalan": "GT", "honduran": "HN", "salvadoran": "SV",
    "nicaraguan": "NI", "costa rican": "CR", "panamanian": "PA", "colombian": "CO",
    "venezuelan": "VE", "ecuadorian": "EC", "peruvian": "PE", "bolivian": "BO", "chilean": "CL",
    "argentine": "AR", "argentinian": "AR", "brazilian": "BR", "uruguayan": "UY",
    "paraguayan": "PY", "german": "DE", "italian": "IT", "spanish": "ES", "portuguese": "PT",
    "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT", "swedish": "SE",
    "norwegian": "NO", "danish": "DK", "finnish": "FI", "icelandic": "IS", "irish": "IE",
    "scottish": "GB", "welsh": "GB", "english": "GB", "greek": "GR", "bulgarian": "BG",
    "serbian": "RS", "croatian": "HR", "bosnian": "BA", "slovenian": "SI", "slovak": "SK",
    "czech": "CZ", "hungarian": "HU", "albanian": "AL", "macedonian": "MK", "montenegrin": "ME",
    "kosovar": "XK", "lithuanian": "LT", "latvian": "LV", "estonian": "EE", "maltese": "MT",
    "luxembourgish": "LU", "european": "", "african": "", "asian": "", "arab": "", "arabian": "",
    "kurdish": "", "soviet": "", "western": "", "latin": "", "persian": "IR", "bahamian": "BS",
}
# Plurals and nouns of the same ("Syrians", "Iraqis", "Americans", "Britons").
DEMONYM_FORMS = {**DEMONYMS, **{d + "s": cc for d, cc in DEMONYMS.items()
                                if d.endswith(("an", "i", "ine"))},
                 "briton": "GB", "britons": "GB", "brit": "GB", "brits": "GB", "frenchman": "FR",
                 "turk": "TR", "turks": "TR", "pole": "PL", "poles": "PL", "swede": "SE", "swedes": "SE",
                 "dane": "DK", "danes": "DK", "finn": "FI", "finns": "FI", "scot": "GB", "scots": "GB",
                 "israelis": "IL", "iraqis": "IQ", "saudis": "SA", "yemenis": "YE", "afghans": "AF",
                 "kurd": "", "kurds": "", "arabs": "", "europeans": "", "africans": "", "asians": "",
                 "thais": "TH", "kazakhs": "KZ", "uzbeks": "UZ", "tajiks": "TJ", "filipinos": "PH",
                 "somalis": "SO", "pakistanis": "PK", "bangladeshis": "BD", "czechs": "CZ",
                 "slovaks": "SK", "greeks": "GR", "germans": "DE", "italians": "IT"}
_DEMONYM = re.compile(r"^(?:the\s+)?(?P<d>[a-z]+)\s+(?:border|frontier|coast|coastline|"
                      r"territory|soil|airspace|side|desert|mainland|waters)$", re.I)


def first_of_list(name: str) -> str | None:
    """'Hama and Idlib provinces' -> 'Hama provinces'; 'Aleppo, Idlib and Hama' -> 'Aleppo'."""
    m = re.match(r"^(?P<first>[^,]+?)(?:\s*,\s*[^,]+?)*\s*(?:,\s*)?\band\s+\S+?(?P<tail>(?:\s+\S+)*)$",
                 name.strip())
    if not m:
        return None
    tail = m.group("tail") or ""
    words = tail.split()
    keep = " ".join(words[-1:]) if words and words[-1].lower().rstrip("s") in (
        "province", "governorate", "region", "oblast", "air base", "base") else ""
    return (m.group("first") + (" " + keep if keep else "")).strip()


def demonym_country(name: str) -> str | None:
    """'Syrian border' / 'the Turkish side' -> ISO2, else None."""
    m = _DEMONYM.match(name.strip())
    return DEMONYMS.get(m.group("d").lower()) if m else None



# Armed groups, forces and missions whose home theater is one country: named in a story, they
# are a cue for its theater as a demonym is ("LNA forces shelled ..." is a Libyan story).
# General knowledge of the product's theaters (the same actors events/lexicon.py names).
ACTOR_COUNTRIES = {
    "LNA": "LY", "Libyan National Army": "LY", "GNA": "LY", "Government of National Accord": "LY",
    "Haftar": "LY", "Houthi": "YE", "Houthis": "YE", "Huthi": "YE", "Huthis": "YE", "Ansar Allah": "YE",
    "Hezbollah": "LB", "Hizbollah": "LB", "Hamas": "PS", "Peshmerga": "IQ", "Hashd": "IQ",
    "Popular Mobilization Forces": "IQ", "PMF": "IQ", "SDF": "SY", "YPG": "SY",
    "Syrian Democratic Forces": "SY", "Free Syrian Army": "SY", "FSA": "SY", "HTS": "SY",
    "Hayat Tahrir al-Sham": "SY", "Nusra": "SY", "DPR": "UA", "LPR": "UA",
    "Donetsk People's Republic": "UA", "Luhansk People's Republic": "UA",
    "OSCE SMM": "UA", "OSCE Special Monitoring Mission": "UA",   # the OSCE's mission to Ukraine (2014-2022)
    "Saudi-led coalition": "YE", "Saudi-led Coalition": "YE",   # the coalition's war is in Yemen (2015-)
    "Taliban": "AF", "al-Shabaab": "SO", "Al-Shabaab": "SO", "Boko Haram": "NG",
    # (not the PKK: it fights in Turkey, Iraq and Syria, and most strikes on it are told in Iraq)
}
