"""Date expressions in news text, resolved against the publication date.

``find_dates(text, published)`` returns every :class:`DateMention` in a text:
absolute dates ("on September 30", "5 October", "26-27 November",
"Sept. 18, 2015"), weekday names (the most recent such day on or before
publication), "yesterday"/"today"/"last night", and windows ("since September
30", "for the last two weeks", "over the past 24 hours", "in recent weeks",
"last week", "earlier this month"). Day-exact forms get precision ``day``;
windows get ``approx`` with ``date_from``/``date_to``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from events.pieces import Gates, lead_letter, needs_digit

DAY, APPROX = "day", "approx"

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
            "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3,
           "few": 3, "couple of": 2, "24": 1, "48": 2, "72": 3}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE = r"(?:(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
# "the 15th," "the 16th and ...": an ordinal day told alone, a clause's end or joint after it (not "the 15th floor")
_NTH_ALONE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?=\s*[,.;:)]|\s+(?:and|when|as|after|before|but|while)\b)"
# the names of the days and months as whole words, with no group (other modules' patterns use them too)
WEEKDAY_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_BEFORE = r"(?:" + WEEKDAY_WORD + r",?\s+(?:the\s+)?)?"
_YEAR_OR_LAST = r"(?:,?\s+(?P<year>(?:19|20)\d\d)|(?P<ly>\s+last\s+year))?"
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"     # (a month, no group)
# ("Forty years ago", "thirty-five years ago": tens and teens in words)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_NUM = (r"(?P<num>\d+|(?:" + "|".join(_TENS) + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" + "|".join(_TEENS) +
        r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple of)")


def word_number(word: str) -> int:
    """The number a count word or numeral says ("forty" 40, "thirty-five" 35, "a" 1, "several" 3)."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    tens, _, unit = w.partition("-")
    if tens in _TENS:
        return _TENS[tens] + (NUMBERS.get(unit, 0) if unit else 0)
    return _TEENS.get(w) or NUMBERS.get(w, 1)
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"
# "on the twentieth of January": a day of the month spelt as an ordinal word
_ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINAL_DAYS.update({f"twenty-{w}": 20 + d for w, d in list(_ORDINAL_DAYS.items())[:9]})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})
_DAYWORD = r"(?P<dayw>" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r")"
_DAYWORD_LATE = r"(?P<dayw>" + "|".join(sorted((w for w, d in _ORDINAL_DAYS.items() if d > 3), key=len, reverse=True)) + r")"
# "on Christmas Day", "on New Year's Eve": holidays of a fixed day of the year
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "new year's day": (1, 1),
             "new year's eve": (12, 31)}

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("since_md", re.compile(r"\bsince\s+(?:the\s+)?" + _MONTH + r"\s+" + _DAYNUM + r"\b" + _YEAR, re.I)),
    ("since_dm", re.compile(r"\bsince\s+(?:the\s+)?" + _DAYNUM + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", re.I)),
    # "since late September (2020)": the year may be left to the reader
    # ("since late September last year": the month of the year before publication, as "in <month> last year")
    # ("since the September truce", "since the March offensive": a month told as the adjective of the happening)
    # ("have shelled X almost daily since last August": the latest August before publication, "last" told)
    # ("bombarded X for three months from early November": a start told by "from", not a range "from March to May")
    ("since_my", re.compile(r"\b(?:since|(?P<from>from))\s+(?P<last>last\s+)?(?:the\s+(?=(?-i:" + MONTH_WORD + r")\s+(?:truce|ceasefire|cease-fire|offensive|agreement|"
                            r"deal|accords?|talks|elections?|invasion|uprising|coup|attacks?|raids?|withdrawal|summit)\b))?"
                            r"(?:early\s+|late\s+|mid-)?" + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d)|(?P<ly>\s+last\s+year))?\b(?!\s+\d)"
                            r"(?(from)(?!\s+(?:to|until|till|through|and|or)\b)(?!\s*[-–]\s*\w))", re.I)),
    # ("last September": the latest September before the month of publication)
    # ("at the end of June", "in the middle of May": that third of the month too)
    # ("Through July, jets hammered X": the month the act went on through)
    # ("By early August, some 20,000 troops were massed on the border": the state of things at that part of the month)
    # ("in the last week of March", "during the first week of May": that week of the month)
    ("in_my", re.compile(r"\b(?:(?:in|during|throughout|through|(?P<last>last))\s+(?:early\s+|late\s+|mid-|the\s+(?:end|start|beginning|"
                         r"middle)\s+of\s+|the\s+(?P<wk>first|second|third|fourth|last|final)\s+week\s+of\s+)?|by\s+(?:early\s+|late\s+|mid-)|(?:at|by|towards?)\s+the\s+(?:end|start|beginning|middle)\s+of\s+)" + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d)|(?P<ly>\s+last\s+year))?\b(?!\s+\d)", re.I)),
    ("since_wd", re.compile(r"\bsince\s+(?:last\s+)?" + _WEEKDAY + r"\b", re.I)),
    # "on Sunday the 17th": a weekday and a day of the month (the latest such day on or before publication)
    # ("on Tuesday the fourteenth", "on Wednesday, the twenty-second": the day in words, from the fourth on - "Monday
    # the first convoy" is no date)
    ("wd_nth", re.compile(r"\b" + _WEEKDAY + r",?\s+the\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)|" + _DAYWORD_LATE + r")\b"
                          r"(?!\s+(?:of\s+)?" + _MONTH + r")", re.I)),
    # ("moved into a base on the 15th, a day after ...", "bombing X since the 16th": a day of the month told alone, the
    # latest on or before publication; not "on the 15th floor", "the 3rd Armored Cavalry")
    ("wd_nth", re.compile(r"\b(?:on|by)\s+the\s+" + _NTH_ALONE, re.I)),
    ("since_nth", re.compile(r"\bsince\s+the\s+" + _NTH_ALONE, re.I)),
    # "Monday, April 9", "Tuesday 10 May": the date told in full, the weekday with it; "April 7 last year": the year before
    ("dm", re.compile(r"(?<![\w-])" + _WEEKDAY_BEFORE + _RANGE + _DAYNUM + r"\s+(?:of\s+)?" + _MONTH + _YEAR_OR_LAST + r"\b",
                      re.I)),
    ("dm_word", re.compile(r"\bthe\s+" + _DAYWORD + r"\s+of\s+" + _MONTH + _YEAR + r"\b", re.I)),
    ("holiday", re.compile(r"\b(?P<hol>Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve))" + _YEAR + r"\b")),
    ("md", re.compile(r"\b" + _WEEKDAY_BEFORE + _MONTH + r"\s+" + _RANGE + _DAYNUM +
                      r"\b(?!\s*(?:%|per|km|miles|people|troops))" + _YEAR_OR_LAST, re.I)),
    ("my", re.compile(r"\b(?:early\s+|late\s+|mid-)?(?-i:" + _MONTH + r")\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    ("window", re.compile(r"\b(?:for|over|in|during|within)\s+the\s+(?:last|past|previous)\s+" + _NUM + r"\s+" + _UNIT + r"\b", re.I)),
    # (not "in the last week of March": a week of a month named, above)
    ("window1", re.compile(r"\b(?:for|over|in|during|within)\s+the\s+(?:last|past|previous)\s+" + _UNIT + r"\b(?!\s+of\b)", re.I)),
    # ("sent fighters to Iraq after 2003": some time after that year, background like the year itself)
    # ("since the end of 2013", "at the start of 2014", "from early 2015", "throughout 2014": a part of a year, or a start
    # told by "from"; not a range, "from 2014 to 2016")
    ("in_year", re.compile(r"\b(?:(?:in|during|since|after|before|from|throughout)\s+(?:early\s+|late\s+|mid-|"
                           r"the\s+(?:end|start|beginning|middle)\s+of\s+)?|(?:at|by|towards?)\s+the\s+(?:end|start|"
                           r"beginning|middle)\s+of\s+)(?P<year>(?:19|20)\d\d)\b(?![-/]\d)"
                           r"(?!\s*(?:-|–|to|until|till|and)\s*(?:19|20)\d\d)", re.I)),
    # "the 1986 bombing of X", "its 2014 offensive": a year before an event noun dates that happening
    ("year_attr", re.compile(r"\b(?:the|its|their|his|her|a|an)\s+(?P<year>(?:19|20)\d\d)(?=\s+(?-i:[a-z]))", re.I)),
    # "on Tuesday last week", "on Tuesday of last week": that weekday of the calendar week before publication's
    ("wd_last_week", re.compile(r"(?:(?<=on)|(?<![A-Za-z]))" + _WEEKDAY + r"\s+(?:of\s+)?last\s+week\b", re.I)),
    ("since_last", re.compile(r"\bsince\s+last\s+(?P<unit>week|month|year)\b", re.I)),
    # ("Decades ago", "many years ago": a count left untold is some, two at least)
    # ("A year and a half ago", "two and a half years ago": the half counted too)
    ("ago", re.compile(r"\b(?:" + _NUM + r"\s+|(?:many|some)\s+)?(?<!\w)(?:(?P<half1>(?:an?|one)\s+)?" + _UNIT +
                       r"(?P<half2>\s+and\s+a\s+half)?|(?P<ahalf>and\s+a\s+half\s+)(?P<unit2>hour|day|week|month|year)s|"
                       r"(?P<decade>decade)s?)\s+ago\b", re.I)),
    # "in the autumn", "last summer", "in the spring of 2016": a season (the latest begun by publication; "last":
    # the one before the season of publication)
    # ("through the summer of 2011", "since the spring", "nearly every day this summer": the same season, other words)
    # ("defended by the brigade from the summer of 2022 onwards": the season a stretch began in)
    ("season", re.compile(r"\b(?:(?:in|during|over|throughout|through|since|from)\s+the\s+|(?P<last>last)\s+|(?P<this>this)\s+)(?P<season>spring|summer|autumn|"
                          r"winter)(?:\s+of\s+(?P<year>(?:19|20)\d\d))?\b", re.I)),
    # ("In autumn 2023, ...", a timeline's "Summer 2014 - ...": a season told with its year, no article before it)
    ("season", re.compile(r"\b(?P<season>spring|summer|autumn|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b(?![-/]\d)", re.I)),
    ("weekend", re.compile(r"\b(?:over|during|at)\s+the\s+weekend\b|\blast\s+weekend\b", re.I)),
    ("recent", re.compile(r"\b(?:in|over)\s+(?:the\s+)?recent\s+(?P<unit>day|week|month)s\b", re.I)),
    # "late last year", "at the end of last month": a third of that unit ("early", "mid", "late")
    ("last_unit", re.compile(r"\b(?:(?P<part>early|late|mid-?|the\s+(?:end|start|beginning|middle)\s+of)\s*)?"
                             r"last\s+(?P<unit>week|month|year)\b(?!\s+of\b)", re.I)),
    ("this_unit", re.compile(r"\b(?:earlier\s+)?this\s+(?P<unit>week|month)\b", re.I)),
    # ("was reported during the week", "continued throughout the week": a weekly report's week, this one)
    ("this_unit", re.compile(r"\b(?:during|throughout|earlier\s+in|later\s+in)\s+the\s+(?P<unit>week)\b"
                             r"(?!\s+(?:of|before|after|that|when|in|to|since)\b)", re.I)),
    ("day_before_yesterday", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)),
    # "the following afternoon", "a day later": the day after the day told just before
    ("next_day", re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|(?:a|one)\s+day\s+later)\b",
                            re.I)),
    # "Nine days later", "Three days earlier", "two weeks later": counted from the day told just before
    ("n_later", re.compile(r"\b(?P<num>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week)s?\s+"
                           r"(?P<dir>later|earlier)\b", re.I)),
    # "Two days after the city fell, ..." opening a sentence: the story moves on from the happening told just
    # before, as "two days later" (not a trailing ", two days after the explosion on X", which dates by X)
    ("n_later", re.compile(r"^(?P<num>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week)s?\s+"
                           r"(?P<dir>after)(?=\s+(?:the|its|their|this|that)\s)", re.I)),
    # "that same night", "later that day": the day told just before
    # ("said it carried out no air raids in the city that day": a plain "that day" too, not "since that day")
    # "a building was reduced to rubble by the same wave of strikes": the day of the raid the story told before
    ("same_raid", re.compile(r"\b(?:in|by|during|from)\s+the\s+same\s+(?:wave|round|series|barrage|salvo|raids?|strikes?|"
                             r"attacks?|bombardment|operation)\b", re.I)),
    ("same_day", re.compile(r"\b(?:(?:that|the)\s+same\s+(?:day|night|evening|morning|afternoon)|"
                            r"later\s+that\s+(?:day|night|evening|morning|afternoon)|"
                            # ("A few hours later, missiles struck X": hours or minutes after the act told before, its day)
                            r"(?:a\s+few|several|some|two|three|four|five|six|\d{1,2})\s+(?:hours|minutes)\s+later|"
                            r"(?<!since\s)(?<!until\s)(?<!from\s)(?<!till\s)that\s+(?:day|night)(?!['’]s))\b", re.I)),
    # ("In the two days before, jets pounded X": the days up to the day told just before, the last of them)
    ("prev_day", re.compile(r"\b(?:the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|"
                            r"in\s+the\s+(?:\d{1,2}|two|three|four|five|few)\s+days\s+before(?=\s*[,.])|"
                            r"(?:a|one)\s+day\s+(?:earlier|before))\b", re.I)),
    # "overnight into Monday": the night that ends on that weekday dates it
    # ("overnight Tuesday", "overnight on Tuesday": the night that ends that day, as the wire services write it)
    ("into_wd", re.compile(r"\b(?:overnight|(?:late\s+)?(?:at\s+)?night)\s+(?:(?:into|to)\s+|on\s+)?" + _WEEKDAY + r"\b", re.I)),
    # ("overnight on March 22", "overnight 14 May": the night the date tells, not the one before publication)
    # (not "On 19 December, the last night, they attacked X", "on the last night of the operation": the final night of
    # a span, no night before publication)
    ("yesterday", re.compile(r"\b(?:yesterday|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)last\s+night(?!\s+of\b)|overnight(?!\s+(?:on\s+|into\s+|to\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                             + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d)))\b", re.I)),
    ("today", re.compile(r"\b(?:today|this\s+(?:morning|afternoon)|tonight|this\s+evening)\b", re.I)),
    ("weekday", re.compile(r"(?:(?<=on)|(?<![A-Za-z]))(?:last\s+)?" + _WEEKDAY + r"(?:'s)?\b", re.I)),
]

_NIGHT_BEFORE = re.compile(r"\b(?:night\s+of|overnight(?:\s+on)?|nights?\s+between)\s+(?:the\s+)?$", re.I)

# One pass tells which patterns may match a sentence (each pattern's words, read from it:
# events.pieces.required), so most patterns are skipped without scanning the sentence.
_GATES = Gates([p for _, p in _PATTERNS])
# The patterns that hold a digit (a day, a year): a text with none is spared them ("may" and "March" are words too).
_NEED_DIGIT = sum(1 << i for i, (_, p) in enumerate(_PATTERNS) if needs_digit(p))
_DIGIT = re.compile(r"\d")
# (the patterns that open with a word start and a list of words, as lead_letter writes them: re skips
# in C to where a first letter of those words stands; the same matches, and the gates read above)
_PATTERNS = [(kind, lead_letter(p)) for kind, p in _PATTERNS]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str              # day | approx
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kind: str = ""              # which form matched

    def as_fields(self) -> dict:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {"date": iso(self.date), "date_precision": self.precision,
                "date_from": iso(self.date_from), "date_to": iso(self.date_to)}


def weekday_on_or_before(weekday: int, published: dt.date) -> dt.date:
    """The most recent given weekday (0=Monday) on or before ``published``."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def month_day(month: int, day: int, published: dt.date | None, year: int | None = None) -> dt.date | None:
    """A month-day resolved to a year: the explicit one, else the publication
    year, or the previous year if that would fall after publication."""
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d > published + dt.timedelta(days=1):
            try:
                d = dt.date(year - 1, month, day)
            except ValueError:
                return None
        return d
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nth_on_or_before(day: int, published: dt.date | None) -> dt.date | None:
    """The latest date on or before publication whose day of the month is ``day``."""
    if published is None or not 1 <= day <= 31:
        return None
    y, m = published.year, published.month
    for _ in range(3):
        try:
            d = dt.date(y, m, day)
        except ValueError:
            d = None
        if d is not None and d <= published:
            return d
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return None


def default_date(published: dt.date | None) -> DateMention | None:
    """The date of an event whose sentence names none: publication, approx."""
    if published is None:
        return None
    return DateMention(-1, -1, "", published, APPROX, published, published, "default")


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season(s: int, e: int, t: str, g: dict, year: int | None, published: dt.date | None) -> DateMention | None:
    """The three months a season names: of the year told, else the latest begun by publication ("last": the one
    before the season publication falls in)."""
    first = _SEASON_START[g["season"].lower()]
    if year is None:
        if published is None:
            return None
        year = published.year if dt.date(published.year, first, 1) <= published else published.year - 1
        if g.get("this") and year != published.year and (first != 12 or 3 <= published.month <= 11):
            return None                          # ("this spring", told in February, "this winter" in August: to come)
        start = dt.date(year, first, 1)
        if g.get("last") and (published - start).days < 92:
            year -= 1                            # "last summer", told in the summer: the summer before
    start = dt.date(year, first, 1)
    end = (dt.date(year + (first + 3 > 12), (first + 2) % 12 + 1, 1)) - dt.timedelta(days=1)
    if published is not None and start > published:
        return None
    end = min(end, published) if published is not None else end      # (a season still going: up to publication)
    return DateMention(s, e, t, start + (end - start) / 2, APPROX, start, end, "season")


_YEAR_PART = re.compile(r"\b(early|late|mid|the\s+(?:end|start|beginning|middle))", re.I)


def _third(frm: dt.date, to: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of ``frm``..``to`` that "early", "mid" or "late" / "the end of" names."""
    if not part:
        return frm, to
    part = part.lower()
    third = (to - frm) / 3
    if part.startswith(("early", "the start", "the beginning")):
        return frm, frm + third
    if part.startswith(("mid", "the middle")):
        return frm + third, to - third
    return to - third, to


def _window(start, end, text, published, days, kind) -> DateMention | None:
    if published is None:
        return None
    frm = published - dt.timedelta(days=max(1, round(days)))
    mid = published      # an ongoing series told up to now: its latest day stands for it
    return DateMention(start, end, text, mid, APPROX, frm, published, kind)


def _resolve(kind: str, m: re.Match, published: dt.date | None) -> DateMention | None:
    g = m.groupdict()
    s, e, t = m.start(), m.end(), m.group(0)
    year = int(g["year"]) if g.get("year") else None
    if kind == "iso":
        d = month_day(int(g["month"]), int(g["day"]), published, year)
        return DateMention(s, e, t, d, DAY, d, d, kind) if d else None
    if kind in ("dm_word", "holiday"):
        if kind == "holiday":
            month, day = _HOLIDAYS[" ".join(g["hol"].lower().replace("’", "'").split())]
        else:
            month, day = MONTHS[g["month"].lower().rstrip(".")], _ORDINAL_DAYS[g["dayw"].lower()]
        d = month_day(month, day, published, year)
        return DateMention(s, e, t, d, DAY, d, d, kind) if d else None
    if kind == "wd_nth":
        d = _nth_on_or_before(int(g["day"]) if g.get("day") else _ORDINAL_DAYS[g["dayw"].lower()], published)
        return DateMention(s, e, t, d, DAY, d, d, kind) if d else None
    if kind == "since_nth":
        d = _nth_on_or_before(int(g["day"]), published)
        return DateMention(s, e, t, d, APPROX, d, published or d, kind) if d else None
    if kind in ("dm", "md", "since_md", "since_dm"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        if g.get("ly") and published is not None:
            year = published.year - 1
        d = month_day(month, day, published, year)
        if d is None:
            return None
        if kind.startswith("since"):
            return DateMention(s, e, t, d, APPROX, d, published or d, kind)
        if g.get("day0"):
            d0 = month_day(month, int(g["day0"]), published, year)
            if d0 and d0 <= d:
                # "the night of 14-15 May", "overnight on February 14 to 15": the night ends on the later
                # day, which dates it (as "overnight into Monday"); another range starts on its first day
                night = _NIGHT_BEFORE.search(m.string, max(0, s - 25), s) and (d - d0).days == 1
                return DateMention(s, e, t, d if night else d0, DAY, d0, d, kind)
        return DateMention(s, e, t, d, DAY, d, d, kind)
    if kind == "season":
        return _season(s, e, t, g, year, published)
    if kind in ("since_my", "in_my", "my"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        if kind in ("in_my", "since_my") and g["month"].lower() in ("may", "mar", "jun", "jul", "aug", "dec", "jan", "feb", "apr",
                                                      "sep", "oct", "nov"):
            if g["month"][0].islower():
                return None                      # "in may", "in march": words, not months
        if year is None:
            if published is None:
                return None
            year = published.year if month <= published.month else published.year - 1
            if g.get("ly") or g.get("last") and month == published.month:
                year = published.year - 1
        start = dt.date(year, month, 1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        low = t.lower()                          # "early/mid-/late September": that third of the month
        if g.get("wk"):                          # "the last week of March": that week of the month
            if g["wk"].lower() in ("last", "final"):
                start = end - dt.timedelta(days=6)
            else:
                start = start + dt.timedelta(days=7 * ("first", "second", "third", "fourth").index(g["wk"].lower()))
                end = start + dt.timedelta(days=6)
        elif "early" in low or "start of" in low or "beginning of" in low:
            end = start + dt.timedelta(days=9)
        elif "mid-" in low or "middle of" in low:
            start, end = start + dt.timedelta(days=10), start + dt.timedelta(days=19)
        elif "late" in low or "end of" in low:
            start = start + dt.timedelta(days=20)
        if kind == "since_my":
            return DateMention(s, e, t, start, APPROX, start, published or end, kind)
        mid = start + (end - start) / 2
        return DateMention(s, e, t, mid, APPROX, start, end, kind)
    if published is None:
        return None
    if kind == "since_wd":
        d = weekday_on_or_before(WEEKDAYS[g["weekday"].lower()], published)
        return DateMention(s, e, t, d, APPROX, d, published, kind)
    if kind == "wd_last_week":
        d = published - dt.timedelta(days=published.weekday() + 7 - WEEKDAYS[g["weekday"].lower()])
        return DateMention(s, e, t, d, DAY, d, d, kind)
    if kind in ("weekday", "into_wd"):
        d = weekday_on_or_before(WEEKDAYS[g["weekday"].lower()], published)
        # ("last Friday" told on a Saturday, "last Wednesday" on a Friday: a day or two back is "yesterday" or "on
        # Wednesday"; "last" names that weekday of the week before)
        if t.lower().startswith("last") and (published - d).days <= 2:
            d -= dt.timedelta(days=7)
        return DateMention(s, e, t, d, DAY, d, d, kind)
    if kind == "window":
        n = word_number(g["num"])
        unit = g["unit"].lower()
        days = n * UNIT_DAYS[unit]
        if unit == "hour":
            return DateMention(s, e, t, published, APPROX,
                               published - dt.timedelta(days=max(1, round(days))), published, kind)
        return _window(s, e, t, published, days, kind)
    if kind in ("in_year", "year_attr"):
        year = int(g["year"])
        frm, to = dt.date(year, 1, 1), dt.date(year, 12, 31)
        # ("in early 2016", "since late 2015": that third of the year, dated at its middle)
        part = _YEAR_PART.search(t)
        frm, to = _third(frm, to, part.group(1) if part else None)
        if published is not None:
            if frm > published:
                return None
            to = min(to, published)
        if t.lower().startswith(("since", "from")):
            return DateMention(s, e, t, frm + (to - frm) / 2 if part else frm, APPROX, frm, published or to, kind)
        return DateMention(s, e, t, frm + (to - frm) / 2, APPROX, frm, to, kind)
    if kind == "since_last":
        unit = g["unit"].lower()
        if unit == "week":
            frm = published - dt.timedelta(days=published.weekday() + 7)
        elif unit == "month":
            frm = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        else:
            frm = dt.date(published.year - 1, 1, 1)
        return DateMention(s, e, t, frm, APPROX, frm, published, kind)
    if kind == "ago":
        n = word_number(g["num"]) if g["num"] else 1 if g["half1"] else 2
        unit = (g["unit"] or g["unit2"] or "year").lower()
        n = n + 0.5 if g["half2"] or g["ahalf"] else n
        n = n * 10 if g["decade"] else n
        d = published - dt.timedelta(days=round(n * UNIT_DAYS[unit]))
        if unit in ("hour", "day"):
            return DateMention(s, e, t, d, DAY, d, d, kind)
        span = dt.timedelta(days=round(UNIT_DAYS[unit] / 2))
        return DateMention(s, e, t, d, APPROX, d - span, min(published, d + span), kind)
    if kind == "weekend":
        sunday = weekday_on_or_before(6, published)
        return DateMention(s, e, t, sunday - dt.timedelta(days=1), APPROX, sunday - dt.timedelta(days=1), sunday, kind)
    if kind == "window1":
        unit = g["unit"].lower()
        return _window(s, e, t, published, UNIT_DAYS[unit], kind)
    if kind == "recent":
        return _window(s, e, t, published, 3 * UNIT_DAYS[g["unit"].lower()], kind)
    if kind == "last_unit":
        if g["unit"].lower() == "week":
            frm = published - dt.timedelta(days=published.weekday() + 7)
            to = frm + dt.timedelta(days=6)
        elif g["unit"].lower() == "year":             # "last year": the calendar year before
            frm, to = dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31)
        else:
            to = published.replace(day=1) - dt.timedelta(days=1)
            frm = to.replace(day=1)
        frm, to = _third(frm, to, g["part"])
        return DateMention(s, e, t, frm + (to - frm) / 2, APPROX, frm, to, kind)
    if kind == "this_unit":
        if g["unit"].lower() == "week":
            frm = published - dt.timedelta(days=published.weekday())
        else:
            frm = published.replace(day=1)
        return DateMention(s, e, t, frm + (published - frm) / 2, APPROX, frm, published, kind)
    if kind in ("next_day", "same_day", "same_raid", "n_later"):    # told from the day before it (see stages.dates); alone, publication
        return DateMention(s, e, t, published, DAY, published, published, kind)
    if kind == "prev_day":              # the day before the day told just before; alone, before publication
        d = published - dt.timedelta(days=1)
        return DateMention(s, e, t, d, DAY, d, d, kind)
    if kind == "day_before_yesterday":
        d = published - dt.timedelta(days=2)
        return DateMention(s, e, t, d, DAY, d, d, kind)
    if kind == "yesterday":
        d = published - dt.timedelta(days=1)
        return DateMention(s, e, t, d, DAY, d, d, kind)
    if kind == "today":
        return DateMention(s, e, t, published, DAY, published, published, kind)
    return None


def days_from_carry(d: DateMention) -> int | None:
    """For a date told from the day before it ("the day before", "the following afternoon", "that same
    night", "Nine days later"): how many days after that day it is; else None."""
    if d.kind in _FROM_CARRY:
        return _FROM_CARRY[d.kind]
    if d.kind != "n_later":
        return None
    m = _N_LATER.match(d.text)
    n = word_number(m.group("num")) * (7 if m.group("unit").lower() == "week" else 1)
    return -n if m.group("dir").lower() == "earlier" else n


_FROM_CARRY = {"prev_day": -1, "next_day": 1, "same_day": 0, "same_raid": 0}
# The kinds of date told from the day before them (see :func:`days_from_carry`)
FROM_CARRY = (*_FROM_CARRY, "n_later")
# (the parts of an "n_later" mention's text: its number, unit and direction)
_N_LATER = re.compile(r"(?P<num>\w+)\s+(?P<unit>day|week)s?\s+(?P<dir>\w+)", re.I)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """All date expressions in ``text``, left to right, without overlaps."""
    found: list[DateMention] = []
    may = _GATES.mask(text)
    if may & _NEED_DIGIT and _DIGIT.search(text) is None:
        may &= ~_NEED_DIGIT
    if not may:
        return found
    taken: list[tuple[int, int]] = []
    for i, (kind, pattern) in enumerate(_PATTERNS):
        if not may >> i & 1:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            dm = _resolve(kind, m, published)
            if dm is not None:
                found.extend(_listed_days(dm, m, text))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    if len(found) > 1 and ("etween" in text or "rom" in text):
        found = _spans_across_months(found, text, published)
    if len(found) > 1 and any(d.kind == "wd_nth" for d in found):     # (only a day told alone can take a month)
        found = [_nth_of_told_month(d, found[:i]) if d.kind == "wd_nth" else d for i, d in enumerate(found)]
    if len(found) > 1:          # "Forty years ago this week": the week of then, one date with the "ago"
        found = [d for i, d in enumerate(found) if not (i and d.kind == "this_unit" and found[i - 1].kind == "ago"
                                                          and not text[found[i - 1].end:d.start].strip())]
    return found


# "In December, missiles hit the port twice, on the 7th and on the 28th": a day of the month told alone takes the
# month told before it in the text, not the month of publication
_NTH_DAY = re.compile(r"(?:on|by)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)$", re.I)


def _nth_of_told_month(d: DateMention, before: list[DateMention]) -> DateMention:
    """``d`` in the month of the latest month-level mention before it, when ``d`` is a day of the month told alone."""
    m = _NTH_DAY.match(d.text) if d.kind == "wd_nth" else None
    month = next((b for b in reversed(before) if b.kind in ("in_my", "my") and b.date_from is not None), None)
    if m is None or month is None:
        return d
    try:
        day = month.date_from.replace(day=int(m.group("day")))
    except ValueError:
        return d
    return dataclasses.replace(d, date=day, date_from=day, date_to=day)


# "Between 18 April and 15 July, monitors recorded 327 strikes", "from 3 May to 20 June": one span across months, a
# tally's period from its first day (approximate), not two days with a strike on each
_SPAN_OPENS = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_SPAN_JOIN = re.compile(r"\s*,?\s*(?:and|to|until|till|through|-|–)\s+(?:the\s+)?")


def _spans_across_months(found: list[DateMention], text: str, published: dt.date | None) -> list[DateMention]:
    """Join "between/from <day> and/to <day>" across months into one approximate span, dated at its end when that end
    is the last month before publication (a round-up of the period up to now), else at its start."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.kind in ("dm", "md") and b.kind in ("dm", "md") and a.date and b.date \
                and a.date > b.date and not re.search(r"\d{4}", a.text) and re.search(r"\d{4}", b.text) \
                and a.precision == DAY:
            # ("from 1 August to 19 December 2016": the year told once, at the span's end, is the start's year too)
            year = b.date.year if (a.date.month, a.date.day) <= (b.date.month, b.date.day) else b.date.year - 1
            try:
                day = a.date.replace(year=year)
            except ValueError:                  # (29 February)
                day = None
            if day is not None and _SPAN_JOIN.fullmatch(text, a.end, b.start) \
                    and _SPAN_OPENS.search(text, max(0, a.start - 12), a.start):
                a = dataclasses.replace(a, date=day, date_from=day, date_to=day)
        if b is not None and a.kind in ("dm", "md") and b.kind in ("dm", "md") and a.date and b.date \
                and a.precision == DAY and b.precision == DAY and 0 < (b.date - a.date).days <= 366 \
                and a.date.month != b.date.month and _SPAN_JOIN.fullmatch(text, a.end, b.start) \
                and _SPAN_OPENS.search(text, max(0, a.start - 12), a.start):
            recent = published is not None and 0 <= (published - b.date).days <= 31
            out.append(DateMention(a.start, b.end, text[a.start:b.end], b.date if recent else a.date, APPROX, a.date,
                                   b.date, a.kind))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# "on 17 and 19 November", "on March 3 and 5": two days listed, not a range ("between 17 and 19 November" is one;
# two days running, "on 17 and 18 October", may tell one operation across a night: kept as one span)
_LISTED_AND = re.compile(r"\s*(?:st|nd|rd|th)?\s*and\s*")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:(?-i:[A-Z])[a-z]+\s+)?$", re.I)


def _listed_days(dm: DateMention, m: re.Match, text: str) -> list[DateMention]:
    """The mention, or its two days when it lists them with "and" (each a day of its own, for a strike on each)."""
    if dm.precision != DAY or (dm.date_to - dm.date_from).days < 2 or not m.groupdict().get("day0") \
            or not _LISTED_AND.fullmatch(text, m.end("day0"), m.start("day")) \
            or _BETWEEN_BEFORE.search(text, max(0, m.start() - 20), m.start("day0")):
        return [dm]
    first_end = m.end("day0")
    first = DateMention(m.start(), first_end, text[m.start():first_end], dm.date_from, DAY, dm.date_from, dm.date_from,
                        dm.kind)
    second = DateMention(m.start("day"), m.end(), text[m.start("day"):m.end()], dm.date_to, DAY, dm.date_to, dm.date_to,
                         dm.kind)
    return [first, second]


def nearest_date(dates: list[DateMention], pos: int) -> DateMention | None:
    """The date mention closest to a character position."""
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)))


# The word lists above as :func:`events.pieces.lead_letter` writes them (re skips in C to where
# the first letter of one of their words stands; the same matches).
_NIGHT_BEFORE = lead_letter(_NIGHT_BEFORE)
