"""Reading settings from what runners type; nothing but a clear example when it's wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from core.preferences import (
    PAUSED_INDEFINITELY,
    SettingError,
    parse_clock,
    parse_key_runs,
    parse_race,
    parse_setting,
    parse_timezone,
    parse_weight,
)

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/london", "Europe/London"),
        ("America/New York", "America/New_York"),
        ("Chicago", "America/Chicago"),
        ("new york", "America/New_York"),
        ("NYC", "America/New_York"),
        ("Munich", "Europe/Berlin"),
        ("kolkata", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Chatham", "Pacific/Chatham"),
        ("Sydnye", "Australia/Sydney"),
        ("UTC", "UTC"),
        ("UTC+2", "Etc/GMT-2"),
        ("gmt-5", "Etc/GMT+5"),
    ],
)
def test_time_zones_from_names_cities_and_offsets(typed, zone):
    assert parse_timezone(typed) == zone


@pytest.mark.parametrize("typed", ["Mars/Olympus", "", "asdfgh", "UTC+27"])
def test_unknown_zones_get_an_example(typed):
    with pytest.raises(SettingError, match="/timezone Europe/Berlin"):
        parse_timezone(typed)


@pytest.mark.parametrize(
    ("typed", "clock"),
    [("07:00", dt.time(7)), ("7", dt.time(7)), ("6.30", dt.time(6, 30)),
     ("0545", dt.time(5, 45)), ("6:30am", dt.time(6, 30)), ("7 PM", dt.time(19)),
     ("12am", dt.time(0)), ("12:15pm", dt.time(12, 15)), ("23:59", dt.time(23, 59))],
)  # fmt: skip
def test_morning_times(typed, clock):
    assert parse_clock(typed) == clock


@pytest.mark.parametrize("typed", ["25:99", "24:00", "7:60", "13pm", "soon", "7:5"])
def test_impossible_times_are_refused(typed):
    with pytest.raises(SettingError, match="/morning"):
        parse_clock(typed)


def test_weights_in_either_unit():
    assert parse_weight("68", units="metric") == 68.0
    assert parse_weight("150", units="imperial") == 68.0
    assert parse_weight("150 lb", units="metric") == 68.0
    assert parse_weight("68kg", units="imperial") == 68.0
    assert parse_weight("10st 7", units="metric") == 66.7
    for typed in ("6", "680", "heavy", "-70"):
        with pytest.raises(SettingError, match="/weight"):
            parse_weight(typed, units="metric")


def test_key_runs_in_several_spellings():
    assert parse_key_runs("mon:tempo thu:intervals sat:long") == {
        "mon": "tempo", "thu": "intervals", "sat": "long"
    }  # fmt: skip
    assert parse_key_runs("Tuesday track, Sunday long run") == {"tue": "intervals", "sun": "long"}
    assert parse_key_runs("wed threshold fri easy") == {"wed": "tempo"}
    for typed in ("someday:tempo", "mon:swimming", "tempo", "mon:tempo and more"):
        with pytest.raises(SettingError, match="/runs"):
            parse_key_runs(typed)


def test_races_by_name_or_kilometres():
    race = parse_race("2027-04-18 marathon Boston Marathon", today=TODAY)
    assert (race.date, race.distance_km, race.name) == (dt.date(2027, 4, 18), 42.195,
                                                        "Boston Marathon")  # fmt: skip
    assert parse_race("2026-12-06 half", today=TODAY).distance_km == 21.0975
    assert parse_race("2027-02-01 15 km", today=TODAY).distance_km == 15.0
    assert parse_race("2027-02-01 10k Turkey Trot", today=TODAY).name == "Turkey Trot"


@pytest.mark.parametrize(
    "typed",
    ["2026-11-01 10k", "2027-02-30 10k", "2027-04-18 ultra", "next sunday 10k",
     "2027-04-18", "2027-04-18 0.5", "2030-01-01 5k"],
)  # fmt: skip
def test_bad_races_are_refused(typed):
    with pytest.raises(SettingError, match="/race"):
        parse_race(typed, today=TODAY)


def test_pause_for_days_weeks_or_until_resume():
    def paused(typed: str) -> object:
        return parse_setting("pause", typed, today=TODAY, units="metric").user["paused_until"]

    assert paused("7") == dt.date(2026, 11, 28)
    assert paused("2 weeks") == dt.date(2026, 12, 5)
    assert paused("") == PAUSED_INDEFINITELY
    assert parse_setting("resume", "", today=TODAY, units="metric").user == {"paused_until": None}
    with pytest.raises(SettingError, match="/pause"):
        paused("forever and ever")


def test_units_and_equipment_words():
    def user(name: str, typed: str) -> dict:
        change = parse_setting(name, typed, today=TODAY, units="metric")
        return {**change.user, **change.profile}

    assert user("units", "miles") == {"units": "imperial"}
    assert user("units", "Metric") == {"units": "metric"}
    assert user("equipment", "no gym") == {"equipment": "home"}
    with pytest.raises(SettingError, match="/units"):
        user("units", "furlongs")
    with pytest.raises(SettingError, match="/equipment"):
        user("equipment", "spaceship")
