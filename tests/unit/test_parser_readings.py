"""Readings of everyday phrasings: how runners write times, dates, conditions and goals."""

from __future__ import annotations

import datetime as dt

import pytest

from core.units import M_PER_MILE
from tests.support.parsing import TODAY, only, parse


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


@pytest.mark.parametrize(
    ("text", "distance", "seconds"),
    [
        ("Evening Run\nDistance 12.01 km\nMoving Time 1:04:33\nAvg Pace 5:22 /km", 12010.0, 3873),
        ("Night Run\n5.01 km\n27:48\nHR 139 avg", 5010.0, 1668),
        ("Sunday long run\n28.5 km, 2:38:10. Fuelled well", 28500.0, 9490),
    ],
)
def test_a_summary_with_one_figure_a_line_is_one_run(
    text: str, distance: float, seconds: float
) -> None:
    entry = only(text)
    assert (entry.kind, entry.distance_m, entry.duration_s) == ("run", distance, seconds)


def test_a_ride_title_takes_the_figures_on_the_next_line() -> None:
    entry = only("Morning Ride\n42.3 km 1:28:40 avg 28.6 km/h")
    assert (entry.kind, entry.distance_m, entry.duration_s) == ("cross", 42300.0, 5320.0)


@pytest.mark.parametrize(
    ("text", "units", "metres"),
    [
        ("2 km WU, 6 km @ 4:20, 2 km CD = 10 km total", "metric", 10000.0),
        ("6mi w/ 3x2mi @ HMP, 10 mi total", "imperial", 10 * M_PER_MILE),
    ],
)
def test_a_written_total_wins_over_the_parts(text: str, units: str, metres: float) -> None:
    assert only(text, units).distance_m == pytest.approx(metres, abs=0.6)


@pytest.mark.parametrize(
    "text",
    [
        "10x400m off 60s, 2k warm up 2k cool down",  # the rep length is not a recovery
        "10 x 400m, 2 km warm-up and 2 km warm-down",
    ],
)
def test_reps_with_warm_up_and_cool_down(text: str) -> None:
    entry = only(text)
    assert (entry.distance_m, entry.run_type) == (8000.0, "intervals")


def test_a_pace_written_with_primes_is_not_a_time() -> None:
    entry = only("Outdoor Run 4.12 mi 36:45 8'55\"/mi avg HR 152", "imperial")
    assert entry.duration_s == 2205.0


@pytest.mark.parametrize(
    ("text", "units", "metres"),
    [
        ("Tue - 2E + 5x1k @ 5k pace w/ 2' jog + 2E", "metric", 9000.0),
        ("12x200 @ mile pace, 200 jog, 2 mi e + 2 mi e", "imperial", 2400 + 4 * M_PER_MILE),
    ],
)
def test_easy_running_around_reps_on_one_line_is_the_warm_up_and_cool_down(
    text: str, units: str, metres: float
) -> None:
    entry = only(text, units)
    assert entry.run_type == "intervals"
    assert entry.distance_m == pytest.approx(metres, abs=0.6)


def test_strides_after_an_easy_run_are_still_not_its_warm_up() -> None:
    entry = only("4 mi easy + 6x100m strides", "imperial")
    assert (entry.distance_m, entry.run_type) == (pytest.approx(4 * M_PER_MILE, abs=0.6), "easy")


def test_gym_app_set_labels_are_not_set_counts() -> None:
    result = parse("Pull Up\nSet 1: 8 reps\nSet 2: 7 reps")
    assert [(e.exercise, e.sets, e.reps) for e in result.entries] == [
        ("pull_up", 1, 8),
        ("pull_up", 1, 7),
    ]


def test_a_dumbbell_row_is_a_lift_not_the_rowing_machine() -> None:
    result = parse("Dumbbell Row\nSet 1: 70 lbs x 10\nSet 2: 70 lbs x 10", "imperial")
    assert [(e.exercise, e.sets, e.reps, e.load_kg) for e in result.entries] == [
        ("dumbbell_row", 2, 10, 31.75)
    ]


def test_a_time_unit_is_not_part_of_the_exercise_name() -> None:
    entry = only("Copenhagen planks 3 x 30 sec each side")
    assert (entry.sets, entry.reps, entry.duration_s, entry.per_side) == (3, None, 30.0, True)


def test_each_load_after_at_belongs_to_its_own_sets() -> None:
    result = parse("deadlift 1x5 @ 160 (top set) then 2x5 @ 140")
    assert [(e.sets, e.reps, e.load_kg) for e in result.entries] == [(1, 5, 160.0), (2, 5, 140.0)]


@pytest.mark.parametrize(
    ("text", "distance", "seconds"),
    [
        ("4h30 time on feet on the trails, 32k", 32000.0, 16200.0),
        ("TOF 90 min easy on the canal", None, 5400.0),
    ],
)
def test_time_on_feet_is_a_run(text: str, distance: float | None, seconds: float) -> None:
    entry = only(text)
    assert (entry.kind, entry.distance_m, entry.duration_s) == ("run", distance, seconds)


def test_sat_and_sun_heading_a_clause_are_days() -> None:
    result = parse("Back-to-back weekend: Sat 5h TOF, Sun 3h TOF")
    assert [(e.date, e.duration_s) for e in result.entries] == [
        (dt.date(2026, 11, 21), 18000.0),
        (dt.date(2026, 11, 15), 10800.0),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sat 14th: parkrun 22:10", dt.date(2026, 11, 14)),
        # Today is the 21st but a Saturday: the last 21st that was a Wednesday.
        ("Wednesday 21st - 8 km easy", dt.date(2026, 10, 21)),
        ("Mon the 2nd: 5k", dt.date(2026, 11, 2)),
    ],
)
def test_a_weekday_with_a_day_of_the_month(text: str, day: dt.date) -> None:
    assert only(text).date == day


def test_a_long_run_clock_without_a_distance_is_hours_and_minutes() -> None:
    assert only("Long run 1:45").duration_s == 6300.0


def test_sprints_before_a_total_are_the_session() -> None:
    entry = only("Hill sprints 10 x 10 seconds, 6 km total")
    assert (entry.distance_m, entry.run_type) == (6000.0, "intervals")


@pytest.mark.parametrize(
    ("text", "run_type"),
    [
        ("Running 21.10 km 1:44:20 4:57 /km (half race)", "race"),
        ("10k (easy)", "easy"),
        ("5k (long day at work)", None),  # a remark, not the run's type
    ],
)
def test_a_bracket_that_only_names_the_run_type(text: str, run_type: str | None) -> None:
    assert only(text).run_type == run_type


def test_a_medium_long_run() -> None:
    result = parse("Mon 8 E / Tue 10 MLR / Wed 6 E", "imperial")
    assert [e.run_type for e in result.entries] == ["easy", "long", "easy"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Goal for 2027: deadlift 200kg and run a 3:15 marathon", "metric"),
        ("Next week: Mon rest, Tue 8x400, Thu tempo 6k, Sat LR 25k", "metric"),
        ("❌ 6 mi easy - skipped, work", "imperial"),
        ("Race day tomorrow! 21.1k 🤞", "metric"),
        ("5k PR attempt Saturday, wish me luck", "metric"),
        ("VO2max 52 on the Garmin now", "metric"),
        ("Marathon pace is 4:58/km for 3:30", "metric"),
    ],
)
def test_plans_facts_and_crossed_out_sessions_are_not_logged(text: str, units: str) -> None:
    result = parse(text, units)
    assert result.error is not None
    assert not result.entries


def test_only_the_crossed_out_line_of_a_plan_is_dropped() -> None:
    result = parse("✅ Mon 5 mi\n❌ Tue 6 mi", "imperial")
    assert [(e.date, e.distance_m) for e in result.entries] == [
        (dt.date(2026, 11, 16), pytest.approx(5 * M_PER_MILE, abs=0.6))
    ]


@pytest.mark.parametrize(
    ("text", "distance", "seconds"),
    [
        ("did ten k nice and easy, took about fifty two minutes", 10000.0, 3120.0),
        ("ran twenty-one k in one hour and fifty minutes", 21000.0, 6600.0),
        ("12k, 1 hr and 5 min", 12000.0, 3900.0),
    ],
)
def test_spoken_numbers_and_hours_with_minutes(text: str, distance: float, seconds: float) -> None:
    entry = only(text)
    assert (entry.distance_m, entry.duration_s) == (distance, seconds)


def test_a_spoken_load_in_the_hundreds() -> None:
    entry = only("deadlifts five sets of three at one hundred and twenty kilos")
    assert (entry.sets, entry.reps, entry.load_kg) == (5, 3, 120.0)


@pytest.mark.parametrize(
    "text",
    ["squat 4 series of 6 rep with 90 kg", "3 series of squat 6 repetitions 90kg"],
)
def test_series_are_sets(text: str) -> None:
    entry = only(text)
    assert (entry.exercise, entry.reps, entry.load_kg) == ("back_squat", 6, 90.0)
    assert entry.sets in (3, 4)


@pytest.mark.parametrize(
    ("text", "load"),
    [
        ("DB RDL 3x10 2x22.5kg", 22.5),
        ("step ups 3x10 holding 2x12kg", 12.0),
        ("reverse lunges 3x10 ea leg 2x10kg", 10.0),
    ],
)
def test_a_pair_of_dumbbells_after_the_sets_is_the_load(text: str, load: float) -> None:
    entry = only(text)
    assert (entry.sets, entry.reps, entry.load_kg) == (3, 10, load)


@pytest.mark.parametrize(
    "text",
    [
        "run/walk 30 min, 1 min run 1 min walk",
        "2 miles run walk 28 min",
        "walked/ran 5k in 41 min",
        "first 5k without walking!! 34:12",
    ],
)
def test_run_walk_is_a_run(text: str) -> None:
    assert only(text).kind == "run"


def test_a_plain_walk_is_still_cross_training() -> None:
    assert only("walk 5k").kind == "cross"


def test_a_detail_opening_the_message_is_the_run() -> None:
    entry = only("first 5k, 34:12")
    assert (entry.distance_m, entry.duration_s) == (5000.0, 2052.0)


@pytest.mark.parametrize(
    ("text", "run_type"),
    [("eays run 6k", "easy"), ("lnog run 20k", "long"), ("tmepo 8k", "tempo"),
     ("ran 30 min slowly", "easy")],
)  # fmt: skip
def test_run_type_words_with_swapped_letters(text: str, run_type: str) -> None:
    assert only(text).run_type == run_type


def test_each_with_a_dropped_letter_is_per_side() -> None:
    assert only("lunges 3x10 ech leg").per_side


def test_back_ext_is_the_back_extension() -> None:
    assert only("back ext 3x12").exercise == "back_extension"


@pytest.mark.parametrize(
    ("text", "day"),
    [("19.11 - 12k long", 19), ("19.11: squat 3x5 100", 19), ("yesterday evening: rest", 20)],
)
def test_a_dotted_day_heading_a_line_and_yesterday_evening(text: str, day: int) -> None:
    assert only(text).date == dt.date(2026, 11, day)


def test_a_decimal_alone_is_not_taken_for_a_dotted_date() -> None:
    assert parse("10.5 - felt good").entries == ()


def test_a_bare_distance_in_a_time() -> None:
    entry = only("6.2 in 52:40", "imperial")
    assert entry.distance_m == pytest.approx(6.2 * M_PER_MILE, abs=0.6)
    assert entry.duration_s == 3160.0


def test_couch_to_5k_names_the_programme_not_the_distance() -> None:
    entry = only("Week 3 day 1 of couch to 5k done, 25 min total")
    assert (entry.distance_m, entry.duration_s) == (None, 1500.0)


@pytest.mark.parametrize(
    "text",
    ["my shin hurts when I run more than 5 km", "my friend ran a 2:59 marathon, crazy"],
)
def test_habits_and_other_peoples_runs_are_not_logged(text: str) -> None:
    result = parse(text)
    assert result.error is not None
    assert not result.entries


def test_running_with_a_friend_is_still_logged() -> None:
    assert only("my wife and I ran 8k").distance_m == 8000.0


def test_a_distance_after_reps_is_their_recovery() -> None:
    entry = only("10x200 @ 38-40s, 200m float")
    assert (entry.distance_m, entry.run_type) == (2000.0, "intervals")


def test_two_blocks_of_reps_on_one_line_are_one_session() -> None:
    entry = only("track: 3x1600 + 4x200, 2 mi wu", "imperial")
    assert entry.distance_m == pytest.approx(5600 + 2 * M_PER_MILE, abs=0.6)


def test_blocks_of_reps_on_separate_lines_stay_apart() -> None:
    assert len(parse("6x800\n5x1k").entries) == 2


@pytest.mark.parametrize(
    ("text", "units", "loads"),
    [
        ("squat 3x5 100kg, 2x3 110kg", "metric", [100.0, 110.0]),
        ("deadlift 140kg 1x5, 150kg 1x3", "metric", [140.0, 150.0]),
        ("bench 185lbs 3x5, 205lbs 1x3", "imperial", [83.91, 92.99]),
    ],
)
def test_a_load_written_beside_its_own_sets_stays_with_them(
    text: str, units: str, loads: list[float]
) -> None:
    result = parse(text, units)
    assert [entry.load_kg for entry in result.entries] == pytest.approx(loads, abs=0.01)
