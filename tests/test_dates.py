"""Each date form, resolved against a publication date (2015-10-01, a Thursday)."""
import datetime as dt

import pytest

from events.dates import default_date, find_dates, month_day, weekday_on_or_before

PUB = dt.date(2015, 10, 1)      # Thursday


def one(text, published=PUB):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, expected", [
    ("jets struck on Thursday", dt.date(2015, 10, 1)),       # publication day itself
    ("jets struck on Wednesday", dt.date(2015, 9, 30)),
    ("jets struck on Friday", dt.date(2015, 9, 25)),         # most recent Friday before publication
    ("bombed rebels for a second day Thursday", dt.date(2015, 10, 1)),
    ("a military official said onThursday", dt.date(2015, 10, 1)),
    ("last Thursday", dt.date(2015, 9, 24)),
    # ("last Wednesday" told on a Thursday, "last Tuesday" two days on: a day or two back is "yesterday" or "on
    # Tuesday"; "last" names that weekday of the week before; three days back, over a weekend, it is that day)
    ("last Wednesday", dt.date(2015, 9, 23)),
    ("last Tuesday", dt.date(2015, 9, 22)),
    ("last Monday", dt.date(2015, 9, 28)),
])
def test_weekdays_are_the_most_recent_on_or_before_publication(text, expected):
    d = one(text)
    assert d.date == expected and d.precision == "day"


def test_yesterday_today_last_night():
    assert one("the ministry said yesterday").date == dt.date(2015, 9, 30)
    assert one("strikes last night").date == dt.date(2015, 9, 30)
    assert one("strikes today").date == PUB


@pytest.mark.parametrize("text, expected", [
    ("on September 30", dt.date(2015, 9, 30)),
    ("on 5 October", dt.date(2014, 10, 5)),                  # after publication: the previous year
    ("on Sept. 18", dt.date(2015, 9, 18)),
    ("September 28, 2015", dt.date(2015, 9, 28)),
    ("the 30th of September", dt.date(2015, 9, 30)),
    ("2015-09-29", dt.date(2015, 9, 29)),
])
def test_month_day_forms(text, expected):
    d = one(text)
    assert d.date == expected and d.precision == "day"


def test_a_weekday_with_its_day_of_the_month():
    # "on Sunday the 27th": the latest 27th on or before publication
    assert one("struck on Sunday the 27th").date == dt.date(2015, 9, 27)


def test_a_weekday_with_its_day_of_the_month_in_words():
    # "on Tuesday the fourteenth", "On Wednesday, the twenty-second": spoken dates (transcripts, reportage)
    pub = dt.date(2015, 7, 24)
    assert [d.date for d in find_dates("So on Tuesday the fourteenth, the jets came.", pub)] == [dt.date(2015, 7, 14)]
    assert [d.date for d in find_dates("On Wednesday, the twenty-second, they hit the base.", pub)] == \
        [dt.date(2015, 7, 22)]
    # "the first", "the second" after a weekday are other ordinals ("on Monday the first convoy left")
    assert [d.kind for d in find_dates("On Monday the first convoy left.", pub)] == ["weekday"]


def test_overnight_before_a_weekday_and_the_day_before_yesterday():
    assert one("jets struck overnight Tuesday").date == dt.date(2015, 9, 29)
    assert one("drones hit the depot the day before yesterday").date == dt.date(2015, 9, 29)


def test_throughout_a_month_is_that_month():
    d = one("Throughout August, troops massed at the border")
    assert (d.date_from, d.date_to, d.precision) == (dt.date(2015, 8, 1), dt.date(2015, 8, 31), "approx")


def test_through_a_month_is_that_month():
    # "Through July, jets hammered X": the month the act went on through
    d = one("Through July, jets pounded the ridge")
    assert (d.date_from, d.date_to, d.precision) == (dt.date(2015, 7, 1), dt.date(2015, 7, 31), "approx")


def test_day_range():
    d = one("held talks in Moscow on 26-27 November", dt.date(2015, 11, 28))
    assert d.date == dt.date(2015, 11, 26) and d.date_to == dt.date(2015, 11, 27) and d.precision == "day"


def test_a_night_between_two_days_is_dated_by_the_day_it_ends():
    # "the night of 14-15 May": the night ends on the 15th, which dates it (as "overnight into Monday")
    d = one("during the night of 28-29 September, jets struck", PUB)
    assert d.date == dt.date(2015, 9, 29) and d.date_from == dt.date(2015, 9, 28)
    assert one("on the night of September 28 to 29, drones struck", PUB).date == dt.date(2015, 9, 29)


def test_since_date_is_approximate_window_to_publication():
    d = one("conducting air operations since September 30", dt.date(2015, 11, 28))
    assert d.date == dt.date(2015, 9, 30) and d.precision == "approx"
    assert d.date_from == dt.date(2015, 9, 30) and d.date_to == dt.date(2015, 11, 28)
    d = one("the third round of bombings since Wednesday")
    assert d.date == dt.date(2015, 9, 30) and d.precision == "approx"


@pytest.mark.parametrize("text, lo, hi", [
    ("For the last two weeks Russian airplanes have", dt.date(2015, 9, 17), PUB),
    ("over the past 24 hours", dt.date(2015, 9, 30), PUB),
    ("in the past three days", dt.date(2015, 9, 28), PUB),
    ("in recent weeks", dt.date(2015, 9, 10), PUB),
    ("earlier this month", dt.date(2015, 10, 1), PUB),
])
def test_windows_are_approximate_with_a_date_inside(text, lo, hi):
    d = one(text)
    assert d.precision == "approx"
    assert d.date_from == lo and d.date_to == hi
    assert lo <= d.date <= hi


def test_last_week_is_the_previous_calendar_week():
    d = one("strikes last week")
    assert d.date_from == dt.date(2015, 9, 21) and d.date_to == dt.date(2015, 9, 27)


def test_year_inference_and_helpers():
    assert month_day(12, 30, dt.date(2016, 1, 2)) == dt.date(2015, 12, 30)
    assert month_day(2, 30, PUB) is None
    assert weekday_on_or_before(3, PUB) == PUB
    d = default_date(PUB)
    assert d.date == PUB and d.precision == "approx"
    assert default_date(None) is None


def test_no_false_dates():
    assert find_dates("Russia may send 5 more jets; the S-400 has a range of 400 km.", PUB) == []
    assert find_dates("on Thursday", None) == []          # nothing to anchor a weekday to


def test_month_year_forms():
    pub = dt.date(2015, 11, 20)
    d = one("strikes since August 2014", pub)
    assert (d.date, d.precision, d.date_to) == (dt.date(2014, 8, 1), "approx", pub)
    d = one("jets arrived in September", pub)
    assert d.precision == "approx" and (d.date_from, d.date_to) == (dt.date(2015, 9, 1), dt.date(2015, 9, 30))
    assert one("in December", pub).date.year == 2014             # a month after publication: last year
    assert one("in October last year", pub).date_from == dt.date(2014, 10, 1)
    assert find_dates("Russia may send jets in may", pub) == []


def test_ago_and_weekend():
    assert one("two days ago").date == dt.date(2015, 9, 29) and one("two days ago").precision == "day"
    d = one("three weeks ago")
    assert d.precision == "approx" and d.date == dt.date(2015, 9, 10)
    d = one("strikes over the weekend")
    assert (d.date_from, d.date_to) == (dt.date(2015, 9, 26), dt.date(2015, 9, 27))


def test_since_last_period():
    d = one("bombing Islamic State since last year")
    assert (d.date, d.precision, d.date_to) == (dt.date(2014, 1, 1), "approx", PUB)
    assert one("since last month").date == dt.date(2015, 9, 1)


def test_since_a_month_of_last_year():
    # "since late September last year": the month of the year before publication, as "in <month> last year" is
    pub = dt.date(2015, 11, 20)
    d = one("Tornados have flown strikes since late October last year.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2014, 10, 21), pub), d


def test_year_only():
    d = one("In 2014, the United States began bombing")
    assert d.precision == "approx" and (d.date_from, d.date_to) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    d = one("in 2015")
    assert d.date_to == PUB and d.date_from <= d.date <= PUB
    assert find_dates("in 2016", PUB) == []


def test_since_a_month_without_its_year_and_thirds_of_a_month():
    # "since late September": the last September before publication, from its last third;
    # "in early May 2019": the first ten days
    import datetime as dt
    from events.dates import find_dates
    (d,) = find_dates("The jets have been stationed at the airport since late September.", dt.date(2020, 10, 5))
    assert (d.date_from, d.date_to) == (dt.date(2020, 9, 21), dt.date(2020, 10, 5))
    (d,) = find_dates("Shelling resumed in early May 2019.", dt.date(2020, 10, 5))
    assert (d.date_from, d.date_to) == (dt.date(2019, 5, 1), dt.date(2019, 5, 10))


def test_month_words_without_a_digit_are_no_date():
    """A sentence that holds month words but no digit ("may", "March" as a verb) gets none of the
    forms that need a day or a year, and keeps the ones that do not ("since March", "last week")."""
    pub = dt.date(2021, 5, 20)
    assert [d.kind for d in find_dates("Troops may march on the town, officials said.", pub)] == []
    assert [d.kind for d in find_dates("Shelling has gone on since March, and again last week.", pub)] == \
        ["since_my", "last_unit"]
    assert [d.kind for d in find_dates("Shelling has gone on since March 3, and again last week.", pub)] == \
        ["since_md", "last_unit"]


def test_early_mid_and_late_of_last_year_month_and_week_are_thirds_of_it():
    # "late last year", "at the end of last month": the qualifier narrows the unit to a third of it
    import datetime as dt
    from events.dates import find_dates
    pub = dt.date(2024, 4, 2)
    (d,) = find_dates("Militias fired rockets late last year.", pub)
    assert d.text == "late last year" and (d.date_from, d.date_to) == (dt.date(2023, 9, 1), dt.date(2023, 12, 31))
    (d,) = find_dates("Jets struck the depot early last month.", pub)
    assert d.date_from == dt.date(2024, 3, 1) and d.date_to <= dt.date(2024, 3, 11)
    (d,) = find_dates("Shells fell at the end of last week.", pub)
    assert d.date_from >= dt.date(2024, 3, 27) and d.date_to == dt.date(2024, 3, 31)


def test_a_season_is_its_three_months():
    # "in the autumn", "last summer", "in the spring of 2016": the latest begun by publication, unless a year is told
    import datetime as dt
    from events.dates import find_dates
    pub = dt.date(2017, 1, 20)
    (d,) = find_dates("Troops were sent in the autumn.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2016, 9, 1), dt.date(2016, 11, 30))
    (d,) = find_dates("Jets struck the port last winter.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2015, 12, 1), dt.date(2016, 2, 29))
    (d,) = find_dates("Shelling resumed in the spring of 2014.", pub)
    assert d.date_from == dt.date(2014, 3, 1)


def test_a_weekday_told_with_its_full_date_and_a_day_of_last_year():
    # "early on Monday, March 5": the date told in full dates it, not the Monday before publication
    got = [(d.text, str(d.date)) for d in find_dates("Jets hit the depot early on Monday, March 5, killing four.",
                                                      dt.date(2019, 3, 14))]
    assert got == [("Monday, March 5", "2019-03-05")]
    got = [(d.text, str(d.date)) for d in find_dates("Jets hit the depot on Friday 8 March.", dt.date(2019, 3, 14))]
    assert got == [("Friday 8 March", "2019-03-08")]
    # "On June 3 last year": the year before publication's
    got = [str(d.date) for d in find_dates("On June 3 last year, gunboats shelled the port.", dt.date(2019, 3, 14))]
    assert got == ["2018-06-03"]
    got = [str(d.date) for d in find_dates("On 3 June last year, gunboats shelled the port.", dt.date(2019, 3, 14))]
    assert got == ["2018-06-03"]


def test_a_span_and_a_half_ago_counts_the_half():
    # "A year and a half ago", "two and a half years ago": the half is part of the count
    pub = dt.date(2023, 9, 22)
    got = [(d.text, d.date) for d in find_dates("A year and a half ago the cruiser sank off the coast.", pub)]
    assert got == [("A year and a half ago", dt.date(2022, 3, 23))], got
    got = [d.date.year for d in find_dates("Two and a half years ago, jets hit the port.", pub)]
    assert got == [2021], got


def test_early_mid_or_late_in_a_year_is_that_third_of_it():
    # "in early 2016": January to April, dated at its middle; "since late 2015": from September on, dated at the middle
    # of that third (a bare "since 2016" runs from 1 January)
    pub = dt.date(2024, 1, 29)
    (d,) = find_dates("Special forces have been at the garrison since early 2016.", pub)
    assert (d.date, d.date_from, d.date_to) == (dt.date(2016, 3, 1), dt.date(2016, 1, 1), pub)
    (d,) = find_dates("The base was built in early 2016.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2016, 1, 1), dt.date(2016, 5, 1))
    (d,) = find_dates("Jets have flown from the base since 2016.", pub)
    assert (d.date, d.date_from) == (dt.date(2016, 1, 1), dt.date(2016, 1, 1))


def test_the_end_or_start_of_a_year_and_a_start_told_by_from_are_dates():
    # "since the end of 2013", "at the start of 2014": that third of the year; "from early 2015": a start, as "since";
    # "throughout 2014": the year; not a range, "from 2014 to 2016"
    pub = dt.date(2015, 10, 2)
    (d,) = find_dates("Helicopters have dropped barrel bombs on the town since the end of 2013.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2013, 9, 1), pub)
    (d,) = find_dates("Jets bombed the town at the start of 2014.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2014, 1, 1), dt.date(2014, 5, 2))
    (d,) = find_dates("Jets have bombed the town from early 2015.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2015, 1, 1), pub)
    (d,) = find_dates("Jets bombed the town throughout 2014.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert find_dates("Jets bombed the town from 2014 to 2016.", pub) == []


def test_a_season_told_with_its_year_and_no_article_is_its_three_months():
    # "In autumn 2023, ...", a timeline's "Summer 2014 - ...": a season and its year, no "the" before it
    pub = dt.date(2023, 12, 20)
    (d,) = find_dates("In autumn 2023 jets began dropping glide bombs on the town.", pub)
    assert (d.date_from, d.date_to, d.precision) == (dt.date(2023, 9, 1), dt.date(2023, 11, 30), "approx")
    (d,) = find_dates("Summer 2014 - Shelling of the city intensifies.", pub)
    assert (d.date_from, d.date_to) == (dt.date(2014, 6, 1), dt.date(2014, 8, 31))


def test_a_day_of_the_month_told_alone_is_the_latest_such_day():
    # "moved into a base on the 15th, a day after ...": a day of the month told alone (not "the 15th floor", "the 3rd
    # Armored") is the latest such day on or before publication
    got = [(d.kind, d.date) for d in find_dates("Troops moved into the base on the 15th, a day after the others left.",
                                                dt.date(2019, 10, 31))]
    assert ("wd_nth", dt.date(2019, 10, 15)) in got, got
    assert find_dates("The shell hit the office on the 15th floor.", dt.date(2019, 10, 31)) == []


def test_the_last_night_of_a_span_is_not_last_night():
    # "On 19 December, the last night, they attacked X", "on the last night of the operation": the final night of a span,
    # not the night before publication
    found = find_dates("On 19 December, the last night, RAF jets attacked a radar site.", dt.date(1998, 12, 22))
    assert [d.date.isoformat() for d in found] == ["1998-12-19"], [(d.text, d.date) for d in found]
    found = find_dates("On the last night of the operation, jets bombed a depot.", dt.date(1998, 12, 22))
    assert found == [], [(d.text, d.date) for d in found]
