"""Publication date found when the header has none: URL, dateline, title, text, argument."""
import datetime as dt

from events.article import parse_article
from events.published import date_from_url, infer_published


def _art(text):
    return infer_published(parse_article(text, name="a"))


def test_numeric_url_dates():
    assert date_from_url("https://x.org/news/2022/10/10/7371041/") == dt.date(2022, 10, 10)
    assert date_from_url("https://x.com/183511-2015-09-18-russia-says.htm") == dt.date(2015, 9, 18)


def test_spelled_out_url_dates():
    assert date_from_url("https://o.org/content/flash-update-5-as-of-15-may-2021") == dt.date(2021, 5, 15)
    assert date_from_url("https://o.org/news/september-30-2015-russia-strikes") == dt.date(2015, 9, 30)
    assert date_from_url("https://o.org/news/sept-30-2015") == dt.date(2015, 9, 30)
    assert date_from_url("https://o.org/news/may-day-parade") is None


def test_title_date_when_url_has_none():
    a = _art("url: https://o.org/x\ntitle: Flash Update #5 (as of 15 May 2021, 12:00)\n---\n"
             "Strikes continued on Saturday. In 2014 the war began on 8 July 2014.")
    assert a.published == dt.date(2021, 5, 15) and a.published_source == "title"


def test_dateline_then_text():
    a = _art("MOSCOW, October 1, 2015 - Russian jets struck Idlib.")
    assert a.published == dt.date(2015, 10, 1) and a.published_source == "dateline"
    a = _art("Jets struck Idlib. The campaign began on 30 September 2015, and on 2 October 2015 it widened.")
    assert a.published == dt.date(2015, 10, 2) and a.published_source == "text"


def test_header_date_wins():
    a = _art("url: https://o.org/2020/01/01/x\npublished: 2015-10-01\n---\nText.")
    assert a.published == dt.date(2015, 10, 1) and a.published_source == "header"
