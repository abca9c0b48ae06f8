"""Readings of everyday phrasings: how runners write times, dates, conditions and goals."""

from __future__ import annotations

import datetime as dt

import pytest

from core.entries import Entry
from core.parser import ParseResult, parse_log_message
from core.units import M_PER_MILE

TODAY = dt.date(2026, 11, 21)  # a Saturday


def parse(text: str, units: str = "metric") -> ParseResult:
    return parse_log_message(text, today=TODAY, units=units)  # type: ignore[arg-type]


def only(text: str, units: str = "metric") -> Entry:
    result = parse(text, units)
    assert result.error is None, result.error
    assert len(result.entries) == 1, result.entries
    return result.entries[0]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("5 mi easy, 8:10s", 5 * 490),  # a plural "m:ss" is the average pace
        ("ran 6 @ 7:45s", 6 * 465),
    ],
)
def test_a_plural_clock_is_a_pace(text: str, seconds: float) -> None:
    entry = only(text, "imperial")
    assert entry.duration_s == pytest.approx(seconds, abs=1)


def test_a_rest_after_reps_is_not_a_pace() -> None:
    entry = only("6x400m @ 1:25, 1:30s rest")
    assert entry.run_type == "intervals"


@pytest.mark.parametrize(
    "text",
    [
        "10k, 52:10 chip time",
        "10k, took 52:10",
        "10k, 52:10 in the rain",
        "10k, 52:10 flat",
    ],
)
def test_a_time_with_a_remark_still_belongs_to_the_run(text: str) -> None:
    entry = only(text)
    assert (entry.distance_m, entry.duration_s) == (10000.0, 3130.0)


def test_swim_time_after_took() -> None:
    entry = only("swam 2000m, took 45 min")
    assert (entry.kind, entry.distance_m, entry.duration_s) == ("cross", 2000.0, 2700.0)


def test_zone_two_says_the_run_was_easy() -> None:
    assert only("8k, 48:00, zone 2").run_type == "easy"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mo 16.11.: 10km easy", "2026-11-16"),
        ("Tue 3.11. 8km tempo", "2026-11-03"),
    ],
)
def test_dotted_day_month_heading_a_line(text: str, date: str) -> None:
    assert only(text, "imperial").date.isoformat() == date


def test_a_decimal_ending_a_sentence_is_not_a_date() -> None:
    entry = only("ran 10.5. legs ok")
    assert (entry.date, entry.distance_m) == (TODAY, 10500.0)


def test_yesterdays_without_apostrophe_is_still_yesterday() -> None:
    assert only("Yesterday's tempo: 8k").date == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "run/walk 5k, 40 mins",
        "walk/jog 3 miles",
        "run off the bike 15 min",
        "12km with 400m of climbing",
    ],
)
def test_runs_that_name_another_sport(text: str) -> None:
    assert only(text).kind == "run"


def test_snowshoeing_is_cross_training() -> None:
    assert only("snowshoe 5 km").kind == "cross"


def test_elevation_in_thousands_of_feet_is_not_a_second_run() -> None:
    entry = only("18 mi trail, 3:30:00, 3k ft gain", "imperial")
    assert entry.distance_m == pytest.approx(18 * M_PER_MILE, abs=0.1)


def test_a_mile_race_is_a_mile() -> None:
    assert only("mile race on the track: 5:30").distance_m == pytest.approx(M_PER_MILE, abs=0.1)


def test_thousands_separator_in_a_swim() -> None:
    assert only("swim 2,000 m").distance_m == 2000.0


@pytest.mark.parametrize(
    "text",
    [
        "Goals: sub-20 5k and a 150kg deadlift",
        "pencilled in 12 miles for tomorrow",
        "thinking about a marathon next spring",
    ],
)
def test_goals_and_plans_are_not_logged(text: str) -> None:
    result = parse(text)
    assert result.entries == () and result.error


def test_last_year_is_not_todays_session() -> None:
    assert parse("last year I ran a 3:30 marathon").error


def test_a_detail_without_a_run_before_it_is_the_run() -> None:
    entry = only("last easy run of the week: 6km in 36:00")
    assert (entry.distance_m, entry.duration_s) == (6000.0, 2160.0)


def test_effort_on_all_lifts() -> None:
    result = parse("squat 3x5 @ 100, bench 3x5 @ 70, RPE 8 on all")
    assert [entry.rir for entry in result.entries] == [2.0, 2.0]


def test_effort_at_the_end_rates_the_last_lift_only() -> None:
    result = parse("squat 3x5 @ 100, bench 3x5 @ 70, RPE 8")
    assert [entry.rir for entry in result.entries] == [None, 2.0]


def test_trot_recoveries_are_not_another_run() -> None:
    entry = only("6x1000m, 400m trot pause, 2km warm-up and 2km cool-down")
    assert entry.distance_m == 10000.0


def test_walk_jog_is_a_run_without_a_type() -> None:
    entry = only("did 3 miles walk/jog", "imperial")
    assert (entry.kind, entry.run_type) == ("run", None)


def test_effort_written_on_one_set_of_a_list_rates_that_set() -> None:
    result = parse("bench 80x5, 85x3, 90x1 @9")
    assert [(entry.load_kg, entry.rir) for entry in result.entries] == [
        (80.0, None),
        (85.0, None),
        (90.0, 1.0),
    ]


def test_effort_after_a_single_set_notation_rates_all_its_sets() -> None:
    assert only("squat 3x5 @ 100kg @8").rir == 2.0
