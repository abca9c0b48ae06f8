"""Focused behaviour of the training-log parser, one feature at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from core.parser import looks_like_question, suspicious_load
from core.units import KG_PER_LB, M_PER_MILE, lb_to_kg
from tests.support.parsing import only, parse

# --- units ---------------------------------------------------------------------------------


def test_pounds_convert_exactly_and_round_to_two_decimals() -> None:
    assert lb_to_kg(225) == round(225 * 0.45359237, 2) == 102.06
    assert KG_PER_LB == 0.45359237


@pytest.mark.parametrize(
    ("text", "units", "load"),
    [
        ("squat 3x5 @ 100", "metric", 100.0),
        ("squat 3x5 @ 225", "imperial", 102.06),
        ("squat 3x5 @ 100kg", "imperial", 100.0),
        ("squat 3x5 @ 225 lbs", "metric", 102.06),
        ("deadlift 1x5 315#", "metric", 142.88),
    ],
)
def test_bare_loads_take_the_users_unit_and_named_units_win(
    text: str, units: str, load: float
) -> None:
    assert only(text, units).load_kg == load


@pytest.mark.parametrize(
    ("text", "units", "metres"),
    [
        ("10k easy", "imperial", 10000.0),
        ("6.2 mi easy", "metric", round(6.2 * M_PER_MILE, 1)),
        ("easy 8", "metric", 8000.0),
        ("easy 8", "imperial", round(8 * M_PER_MILE, 1)),
        ("half marathon 1:45:00", "metric", 21097.5),
        ("marathon 3:30:00", "imperial", 42195.0),
        ("20 miler", "metric", round(20 * M_PER_MILE, 1)),
        ("800m repeats x 6", "metric", 4800.0),
    ],
)
def test_run_distances(text: str, units: str, metres: float) -> None:
    assert only(text, units).distance_m == metres


# --- durations and paces -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("10k in 52:30", 3150.0),
        ("half in 1:45:00", 6300.0),
        ("16 km 1h25", 5100.0),
        ("easy run 45 min", 2700.0),
        ("easy run 30'", 1800.0),
        ("easy run 47 mins 12 seconds", 2832.0),
        ("32km long run in 2:58", 10680.0),
    ],
)
def test_durations(text: str, seconds: float) -> None:
    assert only(text).duration_s == seconds


@pytest.mark.parametrize(
    ("text", "units", "seconds"),
    [
        ("10k @ 4:30/km", "metric", 2700.0),
        ("6 mi @ 8:05/mi", "metric", 2910.0),
        ("5 miles, 7:45 pace", "imperial", 2325.0),
        ("4 mi 8:30mm", "imperial", 2040.0),
        ("7 miles @ 7:10", "imperial", 3010.0),
        ("6 mi 7:45", "imperial", 2790.0),
    ],
)
def test_a_pace_with_a_distance_gives_the_duration(text: str, units: str, seconds: float) -> None:
    assert only(text, units).duration_s == seconds


# --- run types and intervals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "run_type"),
    [
        ("8k easy", "easy"),
        ("shakeout 3k", "easy"),
        ("recovery jog 5k", "easy"),
        ("E 6", "easy"),
        ("tempo 8k", "tempo"),
        ("10k with 5k at threshold", "tempo"),
        ("LT 6k", "tempo"),
        ("8k fartlek", "intervals"),
        ("track 12x400", "intervals"),
        ("hills 6k", "intervals"),
        ("18k long run", "long"),
        ("LSR 25k", "long"),
        ("parkrun 22:10", "race"),
        ("10k PB 41:00", "race"),
        ("ran 10k", None),
    ],
)
def test_run_types(text: str, run_type: str | None) -> None:
    assert only(text).run_type == run_type


def test_interval_session_without_a_total_records_work_plus_warm_up_and_cool_down() -> None:
    entry = only("wu 2k, 6x800 @ 3:05 w/ 90s jog, cd 2k")
    assert (entry.distance_m, entry.run_type, entry.duration_s) == (8800.0, "intervals", None)


def test_interval_session_with_a_stated_total_keeps_the_total() -> None:
    assert only("threshold 3x10min, 12k total").distance_m == 12000.0
    assert only("8 miles with 6x800", "imperial").distance_m == round(8 * M_PER_MILE, 1)


def test_recoveries_are_not_counted_as_work() -> None:
    assert only("10 x 400 (60)").distance_m == 4000.0
    assert only("5x1000 with 2 min recovery").distance_m == 5000.0


def test_strides_after_an_easy_run_do_not_make_it_a_workout() -> None:
    entry = only("easy 6k + 6 strides")
    assert (entry.distance_m, entry.run_type) == (6000.0, "easy")


# --- cross-training and rest ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sport", "distance", "duration"),
    [
        ("bike 45 min", "bike", None, 2700.0),
        ("peloton 30", "bike", None, 1800.0),
        ("swim 2000m", "swim", 2000.0, None),
        ("rowing erg 5000m 21:30", "row", 5000.0, 1290.0),
        ("hiked 12km", "hike", 12000.0, None),
        ("yoga 60 min", "yoga", None, 3600.0),
        ("elliptical 30 mins", "elliptical", None, 1800.0),
    ],
)
def test_cross_training(
    text: str, sport: str, distance: float | None, duration: float | None
) -> None:
    entry = only(text)
    assert (entry.kind, entry.sport, entry.distance_m, entry.duration_s) == (
        "cross",
        sport,
        distance,
        duration,
    )


@pytest.mark.parametrize("text", ["rest day", "day off", "Took the day off", "full rest", "rest"])
def test_rest_days(text: str) -> None:
    assert only(text).kind == "rest"


def test_rowing_with_sets_is_a_barbell_row_not_the_erg() -> None:
    assert only("rows 4x8 @ 60kg").exercise == "barbell_row"
    assert only("2k row 7:45").kind == "cross"


# --- lifts: names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("RDL", "romanian_deadlift"),
        ("SLDL", "romanian_deadlift"),
        ("romainian deadlifts", "romanian_deadlift"),
        ("DL", "deadlift"),
        ("deadlfits", "deadlift"),
        ("BSS", "bulgarian_split_squat"),
        ("bulgarians", "bulgarian_split_squat"),
        ("bulgarain split squats", "bulgarian_split_squat"),
        ("SS", "split_squat"),
        ("OHP", "overhead_press"),
        ("DB RDL", "romanian_deadlift"),
        ("KB goblet squat", "goblet_squat"),
        ("single leg RDL", "single_leg_rdl"),
        ("seated calf raises", "bent_knee_calf_raise"),
        ("nordics", "nordic_curl"),
        ("hex bar", "trap_bar_deadlift"),
    ],
)
def test_exercise_names_abbreviations_and_misspellings(name: str, slug: str) -> None:
    assert only(f"{name} 3x8 @ 40kg").exercise == slug


# --- lifts: notations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sets", "reps", "load"),
    [
        ("squat 3x5 @ 100kg", 3, 5, 100.0),
        ("squat 5x5 200", 5, 5, 200.0),
        ("squat 3x5x110", 3, 5, 110.0),
        ("squat 110x5x3", 3, 5, 110.0),
        ("squat 3 sets of 6 at 70 kg", 3, 6, 70.0),
        ("squat 3 reps @ 120 kgs", 1, 3, 120.0),
        ("squat 100 kg for 5 reps", 1, 5, 100.0),
        ("squat 5/5/5 @ 100", 3, 5, 100.0),
        ("squat 22,5kg x 10", 1, 10, 22.5),
        ("hip thrust 225 x 10, 3 sets", 3, 10, 225.0),
    ],
)
def test_set_notations(text: str, sets: int, reps: int, load: float) -> None:
    entry = only(text)
    assert (entry.sets, entry.reps, entry.load_kg) == (sets, reps, load)


def test_load_times_reps_pairs_make_one_entry_each() -> None:
    result = parse("bench 100x5, 110x3")
    assert [(e.sets, e.reps, e.load_kg) for e in result.entries] == [(1, 5, 100.0), (1, 3, 110.0)]


def test_identical_consecutive_sets_merge() -> None:
    result = parse("squat 60x5, 100x3, 100x3, 100x3")
    assert [(e.sets, e.reps, e.load_kg) for e in result.entries] == [(1, 5, 60.0), (3, 3, 100.0)]


def test_a_list_of_loads_is_one_set_each_with_the_unit_given_once() -> None:
    result = parse("squat 150, 150, 160 kg", "imperial")
    assert [(e.sets, e.reps, e.load_kg) for e in result.entries] == [
        (2, None, 150.0),
        (1, None, 160.0),
    ]


@pytest.mark.parametrize(
    "text",
    ["BSS 3x8/leg @ 16kg", "BSS 3x8 each leg 16kg", "BSS 3x8 ea 16kg", "BSS 3x8 per side 16kg",
     "BSS 3x 8l/8r 16kg"],
)  # fmt: skip
def test_per_side_reps(text: str) -> None:
    entry = only(text)
    assert (entry.reps, entry.per_side, entry.load_kg) == (8, True, 16.0)


def test_bodyweight_and_added_load() -> None:
    assert only("pull ups 3x8 BW").load_kg is None
    assert only("pull ups 3x8 BW +20 kg").load_kg == 20.0
    assert only("dips 3x10").load_kg is None


def test_kettlebell_k_means_kilograms() -> None:
    assert only("KB swings 3x15 24k").load_kg == 24.0


def test_timed_holds_put_seconds_in_duration_and_leave_reps_empty() -> None:
    entry = only("plank 3x45s")
    assert (entry.sets, entry.reps, entry.duration_s) == (3, None, 45.0)
    assert only("side plank 2 x 1 min each side").duration_s == 60.0


@pytest.mark.parametrize(
    ("text", "rir"),
    [("squat 3x5 @ 100kg RIR 2", 2.0), ("squat 3x5 @ 100kg @8", 2.0),
     ("squat 3x5 @ 100kg RPE 8.5", 1.5), ("squat 3x5 100kg, 2 reps in reserve", 2.0)],
)  # fmt: skip
def test_effort_is_stored_as_reps_in_reserve(text: str, rir: float) -> None:
    entry = only(text)
    assert (entry.rir, entry.load_kg) == (rir, 100.0)


# --- several things in one message -----------------------------------------------------------


def test_run_and_lifts_in_one_message_keep_their_order() -> None:
    result = parse("5k easy then squats 3x5 @ 90kg, RDL 3x8 60kg")
    assert [(e.kind, e.exercise) for e in result.entries] == [
        ("run", None),
        ("lift", "back_squat"),
        ("lift", "romanian_deadlift"),
    ]


def test_line_separated_log_with_a_day_per_line() -> None:
    result = parse("Mon: 10k easy\nTue: squats 3x5 @ 100\nWed: rest")
    assert [(e.kind, e.date.isoformat()) for e in result.entries] == [
        ("run", "2026-11-16"),
        ("lift", "2026-11-17"),
        ("rest", "2026-11-18"),
    ]


def test_to_json_is_the_contract_object() -> None:
    text = "squats 3x5 @ 100kg, then 5k easy"
    assert parse(text).to_json(text) == {
        "text": text,
        "error": None,
        "entries": [
            {"kind": "lift", "date": "2026-11-21", "exercise": "back_squat", "sets": 3,
             "reps": 5, "load_kg": 100.0, "per_side": False, "duration_s": None, "rir": None},
            {"kind": "run", "date": "2026-11-21", "distance_m": 5000.0, "duration_s": None,
             "run_type": "easy"},
        ],
    }  # fmt: skip


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units", "date"),
    [
        ("10k easy", "metric", "2026-11-21"),
        ("yesterday 10k easy", "metric", "2026-11-20"),
        ("last night squats 3x5 @ 100", "metric", "2026-11-20"),
        ("this morning 10k", "metric", "2026-11-21"),
        ("on tue 10k", "metric", "2026-11-17"),
        ("saturday 10k", "metric", "2026-11-21"),
        ("last saturday 10k", "metric", "2026-11-14"),
        ("2 days ago 10k", "metric", "2026-11-19"),
        ("2026-11-02 10k", "metric", "2026-11-02"),
        ("3/11: 10k", "metric", "2026-11-03"),
        ("3/11: 10k", "imperial", "2026-03-11"),
        ("Tue 3/11 10k", "imperial", "2026-11-03"),
        ("5/14/26 10 mi", "imperial", "2026-05-14"),
        ("14 Nov 10k", "metric", "2026-11-14"),
        ("legs sore after yesterday, 8k easy", "metric", "2026-11-21"),
    ],
)
def test_dates_resolve_against_today(text: str, units: str, date: str) -> None:
    assert only(text, units).date.isoformat() == date


def test_a_day_and_month_without_year_picks_the_nearest_past_year() -> None:
    assert only("28/12 10k", today=dt.date(2027, 1, 3)).date == dt.date(2026, 12, 28)


@pytest.mark.parametrize("text", ["2026-12-01 10k", "30/11/2026 10k", "10k on 2024-03-02"])
def test_future_and_too_old_dates_are_errors(text: str) -> None:
    result = parse(text)
    assert result.entries == () and result.error and result.question == "Which day was it?"


# --- plausibility ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["ran 900 km", "10k in 12:00", "marathon in 1:30:00", "squat 1000kg 3x5",
     "deadlift 3x200 @ 100kg", "bench 3x5 @ 450", "ran 500 miles today"],
)  # fmt: skip
def test_implausible_values_are_errors_never_entries(text: str) -> None:
    result = parse(text)
    assert result.entries == ()
    assert result.error


def test_one_implausible_part_blocks_the_whole_message() -> None:
    result = parse("5k easy, squat 3x5 @ 1000kg")
    assert result.entries == () and "squat" in (result.error or "")


def test_refused_entries_are_handed_back_for_a_did_you_mean_question() -> None:
    result = parse("5k easy, squat 3x5 @ 845kg")
    assert result.entries == ()
    assert [e.load_kg for e in result.rejected] == [None, 845.0]
    assert suspicious_load("back_squat", result.rejected[1].load_kg or 0, [85.0]) == 84.5


@pytest.mark.parametrize(
    ("load", "usual", "meant"),
    [(845.0, [85.0, 82.5, 87.5], 84.5), (8.5, [80.0, 85.0], 85.0), (1000.0, [100.0], 100.0)],
)
def test_suspicious_load_suggests_the_likely_value(
    load: float, usual: list[float], meant: float
) -> None:
    assert suspicious_load("back_squat", load, usual) == meant


@pytest.mark.parametrize(
    ("load", "usual"), [(90.0, [85.0]), (845.0, []), (200.0, [100.0]), (20.0, [100.0])]
)
def test_suspicious_load_is_none_for_normal_loads_or_no_history(
    load: float, usual: list[float]
) -> None:
    assert suspicious_load("back_squat", load, usual) is None


# --- not a log ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["will squats slow me down?", "is 120 g of protein enough?",
     "can I deadlift 2 days before my half?", "how many sets should I do for squats",
     "should i do 5x5 or 3x8", "any tips for bulgarian split squats"],
)  # fmt: skip
def test_questions_are_never_logged(text: str) -> None:
    assert looks_like_question(text)
    result = parse(text)
    assert result.entries == () and result.error


@pytest.mark.parametrize("text", ["ran 10k", "squats 3x5 @ 100", "can't believe I ran 20k"])
def test_logs_are_not_questions(text: str) -> None:
    assert not looks_like_question(text)


@pytest.mark.parametrize("text", ["hello", "thanks!", "👍", "", "   "])
def test_greetings_and_empty_messages(text: str) -> None:
    result = parse(text)
    assert result.entries == () and result.error and result.question is None


def test_feelings_without_a_session_say_so() -> None:
    result = parse("legs are wrecked today")
    assert result.entries == () and "feel" in (result.error or "")


@pytest.mark.parametrize(
    "text",
    [
        "shin splints flaring up after the long run",
        "calves still achy from the tempo run",
        "knee hurts after every run",
        "totally fried after the track session",
        "legs like jelly after the hill reps",
        "dead legs on the long run",
    ],
)
def test_a_feeling_about_a_run_is_not_a_run_without_figures(text: str) -> None:
    result = parse(text)
    assert result.entries == () and result.question is None
    assert "feel" in (result.error or "")


def test_numbers_without_an_exercise_ask_which_lift() -> None:
    result = parse("300 x5")
    assert result.entries == ()
    assert result.question == "Which lift was 300 × 5?"


def test_a_lift_without_numbers_asks_for_sets_and_reps() -> None:
    result = parse("squats")
    assert result.entries == () and "sets and reps" in (result.question or "")


def test_a_run_without_numbers_asks_how_far() -> None:
    result = parse("went for a run")
    assert result.question == "How far or how long was the run?"


def test_plans_are_not_logged() -> None:
    result = parse("gonna do a 10k tomorrow")
    assert result.entries == () and "plan" in (result.error or "")
