"""Report forms beyond the seeds: passive voice, noun-phrase triggers, casualty
reports, shelling, drones and missiles in other theaters, relative days,
historical background, datelines and bullet lists."""
import pytest

from events.extract import extract_text


def events(text, published):
    return [(e.type, e.actor, e.country, e.date) for e in extract_text(text, published=published)]


def reasons(text, published):
    return [e.reason for e in extract_text(text, published=published, include_non_events=True)
            if e.type == "non-event"]


@pytest.mark.parametrize("text, published, expected", [
    ("Residential buildings in Aleppo were hit by Russian jets on Tuesday.", "2015-10-08",
     ("strike", "Russia", "SY", "2015-10-06")),
    ("A Russian air strike on Maaret al-Numan killed 12 civilians on Monday, activists said.", "2015-10-08",
     ("strike", "Russia", "SY", "2015-10-05")),
    ("Syrian army helicopters killed 12 civilians in Tafas on Wednesday.", "2015-10-08",
     ("strike", "Syrian government", "SY", "2015-10-07")),
    ("Government artillery shelled Daraya on Sunday, killing five people.", "2015-10-08",
     ("strike", "Syrian government", "SY", "2015-10-04")),
    ("A US drone strike killed three al-Qaeda suspects in Marib province on Thursday.", "2018-06-15",
     ("strike", "United States", "YE", "2018-06-14")),
    ("Russian missiles hit Lviv on Friday, the mayor said.", "2022-03-20", ("strike", "Russia", "UA", "2022-03-18")),
    ("Further east, Russian artillery hammered the city of Lysychansk on Thursday.", "2022-04-09",
     ("strike", "Russia", "UA", "2022-04-07")),
    ("LNA warplanes bombed Misrata airport on Saturday.", "2019-04-09",
     ("strike", "Libyan National Army", "LY", "2019-04-06")),
    ("Ukrainian officials said Russian forces shelled Kharkiv the previous day.", "2022-03-20",
     ("strike", "Russia", "UA", "2022-03-19")),
])
def test_report_forms(text, published, expected):
    assert expected in events(text, published)


def test_the_day_before_counts_from_the_day_told_just_before():
    found = events("Russian jets struck Idlib on Monday. The day before, Syrian helicopters bombed Hama.",
                   "2015-10-08")
    assert ("strike", "Russia", "SY", "2015-10-05") in found
    assert ("strike", "Syrian government", "SY", "2015-10-04") in found


def test_bullets_take_the_day_of_their_lead_sentence():
    text = ("On March 1, Coalition military forces conducted 27 strikes against ISIS in Iraq.\n\n"
            "- Near Mosul, 14 strikes destroyed 11 fighting positions.\n"
            "- Near Tal Afar, two strikes destroyed an ISIS vehicle.\n")
    found = events(text, "2017-03-03")
    assert ("strike", "US-led coalition", "IQ", "2017-03-01") in found
    assert all(date == "2017-03-01" for _, _, _, date in found), found


@pytest.mark.parametrize("text, published", [
    ("In 2014 ISIS seized Mosul and Russian jets bombed Homs in April 2014.", "2017-03-03"),
    ("The strike drew comparisons with the January 2015 rocket attack on a checkpoint near Volnovakha.",
     "2022-04-09"),
    ("Gadhafi was killed in October 2011, after air strikes on his forces around Benghazi in March 2011.",
     "2016-08-02"),
])
def test_historical_background_is_not_an_event_of_the_day(text, published):
    found = events(text, published)
    assert not any(date and date >= published[:4] for _, _, _, date in found), found


def test_historical_background_is_kept_as_a_non_event():
    assert "historical" in reasons("US cruise missiles struck the Shayrat air base in Homs province in April 2017.",
                                   "2019-05-29")


def test_multi_city_dateline_is_neither_place_nor_actor():
    found = extract_text("BAGHDAD/DUBAI (Reuters) - Iran fired ballistic missiles at the Ain al-Asad air base "
                         "in Anbar province early on Wednesday.", published="2020-01-08")
    assert found and all(e.name not in ("Baghdad", "Dubai") for e in found)
    assert {e.actor for e in found} == {"Iran"}


def test_a_source_location_is_not_the_event_place():
    found = extract_text("Haftar's forces flew reinforcements into al-Watiya air base on Monday, according to "
                         "a security source in Zintan.", published="2019-04-09")
    assert found and all("Zintan" not in (e.place or "") for e in found)


def test_purpose_infinitive_is_not_a_report():
    assert "planned" in reasons("Moscow says militants used the area to launch drone attacks on the Hmeimim "
                                "air base in Latakia province.", "2019-05-29")


def test_a_qualified_town_abroad_is_kept():
    found = extract_text("The Houthis fired a ballistic missile at the Saudi border city of Jizan on Tuesday.",
                         published="2018-06-14")
    assert [(e.name, e.country) for e in found] == [("Jizan", "SA")] or \
        [e.country for e in found] == ["SA"]
