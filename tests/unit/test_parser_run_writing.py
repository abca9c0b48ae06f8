"""How runners write up runs on forums and Strava: climbing, weather, splits, parts of a run,
laps, shorthand run types, walking breaks and times followed by a remark."""

from __future__ import annotations

import pytest

from core.units import M_PER_MILE
from tests.support.parsing import only, parse


def miles(n: float) -> float:
    return round(n * M_PER_MILE, 1)


# --- climbing is not distance ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units", "metres", "seconds"),
    [
        ("mountain loop 24 km, 1,300 m D+, 3:40:00", "metric", 24000.0, 13200.0),
        ("hill run 11k with 420 m of climbing, 1:02:10", "metric", 11000.0, 3730.0),
        ("trail 17 km / 750 m ascent / 1h58", "metric", 17000.0, 7080.0),
        ("long trail 28k, elev gain 1200m, 3:30:00", "metric", 28000.0, 12600.0),
        ("9 mi trail, 1,450 ft gain, 1:35:00", "imperial", miles(9), 5700.0),
        ("12 mi, 2,100 ft vert, 2:05:00", "imperial", miles(12), 7500.0),
        ("time on feet 3h, 25k, 1,400m up", "metric", 25000.0, 10800.0),
    ],
)
def test_climbing_is_neither_a_run_nor_its_distance(
    text: str, units: str, metres: float, seconds: float
) -> None:
    run = only(text, units)
    assert run.kind == "run"
    assert run.distance_m == metres
    assert run.duration_s == seconds


def test_hill_reps_up_a_slope_keep_their_length() -> None:
    assert only("8 x 300m up the hill, jog down").distance_m == 2400.0


# --- wind, heat and heart rate are not paces -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "7 miles easy into a 25 mph headwind",
        "7 miles easy, gusts of 40 km/h",
        "7 miles easy, 31°C and HR 151",
        "7 miles easy, avg hr 139",
    ],
)
def test_weather_and_heart_rate_leave_an_easy_run_alone(text: str) -> None:
    run = only(text)
    assert run.distance_m == miles(7)
    assert run.duration_s is None
    assert run.run_type == "easy"


def test_a_hot_one_is_the_weather_not_a_figure() -> None:
    run = only("A hot one today, 40 min easy")
    assert run.duration_s == 2400.0


def test_an_average_after_reps_is_a_rep_time_not_a_distance() -> None:
    run = only("12 x 400 w/ 200 jog, avg 79")
    assert run.distance_m == 4800.0
    assert run.run_type == "intervals"


def test_a_speed_during_timed_reps_gives_the_session_no_time() -> None:
    run = only("Treadmill: 5 x 4 min @ 9 mph, 90s walk, 4.5 mi total")
    assert run.distance_m == miles(4.5)
    assert run.duration_s is None
    assert run.run_type == "intervals"


# --- split lists -----------------------------------------------------------------------------


def test_rep_splits_are_not_the_sessions_time() -> None:
    run = only("5x1k — 3:41, 3:39, 3:40, 3:38, 3:35 off 2 min")
    assert run.distance_m == 5000.0
    assert run.duration_s is None
    assert run.run_type == "intervals"


def test_rep_times_in_seconds_are_not_distances() -> None:
    run = only("10 x 200: 35, 34, 34, 33, 33, 32, 33, 32, 31, 31")
    assert run.distance_m == 2000.0


def test_one_split_per_mile_adds_up_to_the_runs_time() -> None:
    run = only("4 mi tempo — 7:20, 7:12, 7:05, 6:58", "imperial")
    assert run.distance_m == miles(4)
    assert run.duration_s == 440 + 432 + 425 + 418


def test_one_split_per_km_adds_up_to_the_runs_time() -> None:
    run = only("6k progression: 5:20 5:12 5:05 4:58 4:50 4:41")
    assert run.duration_s == 320 + 312 + 305 + 298 + 290 + 281


def test_two_halves_add_up_to_the_runs_time() -> None:
    run = only("12k negative split: 31:40 / 30:05 for each half")
    assert run.distance_m == 12000.0
    assert run.duration_s == 1900 + 1805


def test_splits_that_do_not_cover_the_run_give_no_time() -> None:
    assert only("8 mi easy, 9:10, 8:55, 8:50", "imperial").duration_s is None


# --- a pace for part of the run --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("18 km with 10 @ 4:20", "metric"),
        ("20k with the final 5k at 4:05/km", "metric"),
        ("11 mi w/ last 4 @ 7:10", "imperial"),
        ("13 km progression, started at 5:25/km and finished at 4:35", "metric"),
        ("10 km progression run, 5:40 → 4:40/km", "metric"),
        ("15k steady, from 5:00 down to 4:30/km", "metric"),
    ],
)
def test_a_pace_over_part_of_the_run_gives_no_time(text: str, units: str) -> None:
    run = only(text, units)
    assert run.distance_m is not None
    assert run.duration_s is None


@pytest.mark.parametrize(
    ("text", "units", "metres"),
    [
        ("24 km long, MP for the middle 12", "metric", 24000.0),
        ("Long run 28k at 5:30/km, the last 6 km at race pace", "metric", 28000.0),
        ("12 km easy with 4 km at threshold", "metric", 12000.0),
        ("10 mi, 5 @ MP", "imperial", miles(10)),
        ("Marathon in 3:58:40, had to walk after 35k", "metric", 42195.0),
        ("Half in 1:52:10, blew up at mile 11", "metric", 21097.5),
        ("Tempo: 4 x 1.5 km @ 4:05/km off 90s, 10 km total", "metric", 10000.0),
    ],
)
def test_parts_of_one_run_are_not_runs_of_their_own(text: str, units: str, metres: float) -> None:
    assert only(text, units).distance_m == metres


def test_a_tempo_inside_a_longer_run_gives_the_run_no_time() -> None:
    run = only("25 min threshold sandwiched in a 12k")
    assert run.distance_m == 12000.0
    assert run.duration_s is None
    assert run.run_type == "tempo"


def test_easy_miles_either_side_of_a_paced_stretch_are_one_session() -> None:
    run = only("E 2, 5 @ MP, E 2", "imperial")
    assert run.distance_m == miles(9)
    assert run.run_type == "tempo"


def test_a_point_where_a_run_stopped_is_how_far_it_went() -> None:
    assert only("Knee flared up on the tempo, stopped at 6k").distance_m == 6000.0


def test_the_race_trained_for_is_not_a_run() -> None:
    run = only("Marathon block week 9: 14k easy")
    assert run.distance_m == 14000.0
    result = parse("deadlift 3x5 @ 120 — first session since the half")
    assert [e.kind for e in result.entries] == ["lift"]


# --- laps ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units", "metres"),
    [
        ("ran 6 laps of the lake (2.2 km each)", "metric", 13200.0),
        ("20 laps of the 400m track", "metric", 8000.0),
        ("3 loops of a 1.5 mile course", "imperial", miles(4.5)),
        ("a 3k loop x 4, 1:05:00", "metric", 12000.0),
    ],
)
def test_laps_times_their_length(text: str, units: str, metres: float) -> None:
    assert only(text, units).distance_m == metres


def test_a_lap_count_without_a_length_is_not_a_distance() -> None:
    assert parse("ran 5 laps of the park").entries == ()


# --- shorthand run types ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units", "run_type"),
    [
        ("LSD 2h40 on the canal path", "metric", "long"),
        ("800m reps x 5 @ 2:58, 8k total", "metric", "intervals"),
        ("mile reps x3 at 6:20", "imperial", "intervals"),
        ("12x(30s on, 30s off) inside 6k", "metric", "intervals"),
        ("600s! 8 x 600 w/ 200 jog", "metric", "intervals"),
        ("Race week shakeout: 25 mins with 5 strides", "metric", "easy"),
        ("post-race shake out 3k", "metric", "easy"),
        ("4 x 8 min easy with 1 min walk breaks", "metric", "easy"),
    ],
)
def test_run_types_from_runners_shorthand(text: str, units: str, run_type: str) -> None:
    assert only(text, units).run_type == run_type


def test_an_easy_double_makes_both_runs_easy() -> None:
    result = parse("Easy double: 5 + 3", "imperial")
    assert [(e.distance_m, e.run_type) for e in result.entries] == [
        (miles(5), "easy"),
        (miles(3), "easy"),
    ]


@pytest.mark.parametrize(
    ("text", "metres", "run_type"),
    [("E7 + 4 strides", miles(7), "easy"), ("LR15", miles(15), "long")],
)
def test_a_type_glued_before_the_distance(text: str, metres: float, run_type: str) -> None:
    run = only(text, "imperial")
    assert run.distance_m == metres
    assert run.run_type == run_type


def test_morning_and_evening_runs_of_bare_figures() -> None:
    result = parse("Thu: AM 6 / PM 3", "imperial")
    assert [e.distance_m for e in result.entries] == [miles(6), miles(3)]


# --- not another sport -----------------------------------------------------------------------


def test_a_zwift_run_is_a_run() -> None:
    run = only("Zwift run 8k on the treadmill, 41:30")
    assert run.kind == "run"
    assert run.duration_s == 2490.0


def test_a_zwift_ride_is_still_a_ride() -> None:
    assert only("Zwift ride 45 min").sport == "bike"


@pytest.mark.parametrize(
    "text",
    [
        "2x(5x200m) with 200m walk, 4 min between sets",
        "6 x 2 min hard, 1 min walk, 6k total",
        "run 6k with 1 min walk breaks every km",
    ],
)
def test_walking_recoveries_inside_a_run_are_not_a_walk(text: str) -> None:
    result = parse(text)
    assert result.error is None, result.error
    assert [e.kind for e in result.entries] == ["run"]


def test_a_walk_of_its_own_is_still_a_walk() -> None:
    result = parse("5k run, then a 40 min walk with the dog")
    assert [e.kind for e in result.entries] == ["run", "cross"]


def test_an_injury_named_like_a_lift_is_not_that_lift() -> None:
    run = only("Easing back after the calf strain: 4 x 8 min easy w/ 1 min walk, 36 min total")
    assert run.kind == "run"
    assert run.duration_s == 2160.0


# --- a time followed by a remark -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Santa dash 5k this morning, 27:45 in a Santa suit", 1665.0),
        ("parkrun, 22:58 on a muddy course", 1378.0),
        ("10 miler, 1:14:30 with a headwind the whole way home", 4470.0),
    ],
)
def test_a_time_opening_a_remark_is_the_runs_time(text: str, seconds: float) -> None:
    assert only(text).duration_s == seconds


def test_a_time_of_day_after_a_run_is_not_its_time() -> None:
    assert only("8k easy, 6:30 in the morning").duration_s is None


def test_a_pace_group_is_not_a_pace() -> None:
    run = only("Long run with the 3:45 pace group, 28k @ 5:20")
    assert run.duration_s == 28 * 320


def test_a_bare_figure_at_a_pace_is_a_run() -> None:
    run = only("6 @ 8:05 avg, HR 148", "imperial")
    assert run.distance_m == miles(6)
    assert run.duration_s == 6 * 485


def test_a_split_at_a_point_is_not_another_run() -> None:
    run = only("10k race: 42:05, 5k split 21:10")
    assert run.distance_m == 10000.0
    assert run.duration_s == 2525.0


def test_heart_rate_right_after_a_time_is_not_hours() -> None:
    run = only("12k 1:02:00 HR 148 cadence 170")
    assert run.distance_m == 12000.0
    assert run.duration_s == 3720.0


def test_a_count_of_times_is_not_a_distance() -> None:
    assert parse("ran up the hill 8 times").entries == ()


def test_race_pace_is_a_workout_not_a_race() -> None:
    assert only("9k with 4k at race pace").run_type == "tempo"


def test_a_walk_named_inside_a_run_gives_it_no_time() -> None:
    run = only("6k with 1 min walk every km")
    assert (run.kind, run.distance_m, run.duration_s) == ("run", 6000.0, None)


def test_moving_and_elapsed_times_are_not_splits() -> None:
    assert only("10k, moving 49:40, elapsed 51:02").duration_s == 2980.0
