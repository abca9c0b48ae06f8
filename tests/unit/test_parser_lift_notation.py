"""How lifters write their sets: top sets and back-offs, ramps, circuits, loads in words,
reps lists, carries over a distance and the names of variants."""

from __future__ import annotations

import pytest

from tests.support.parsing import only, parse


def lifts(text: str, units: str = "metric") -> list[tuple[object, ...]]:
    """(exercise, sets, reps, load, rir) of each entry, which must all be lifts."""
    result = parse(text, units)
    assert result.error is None, result.error
    assert all(entry.kind == "lift" for entry in result.entries), result.entries
    return [(e.exercise, e.sets, e.reps, e.load_kg, e.rir) for e in result.entries]


# --- top sets and back-off sets --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units", "expected"),
    [
        (
            "Deadlift: top set 180x2 @9, back-offs 150x4x3",
            "metric",
            [("deadlift", 1, 2, 180.0, 1.0), ("deadlift", 3, 4, 150.0, None)],
        ),
        (
            "bench top set 225x2 rpe 8, backoffs 4x5 @ 185",
            "imperial",
            [("bench_press", 1, 2, 102.06, 2.0), ("bench_press", 4, 5, 83.91, None)],
        ),
        (
            "front squat heavy triple 90kg RPE 8.5, then 4x3 @ 75",
            "metric",
            [("front_squat", 1, 3, 90.0, 1.5), ("front_squat", 4, 3, 75.0, None)],
        ),
        (
            "squat worked up to a top single at 170 @9, down sets 3x3 @ 140",
            "metric",
            [("back_squat", 1, 1, 170.0, 1.0), ("back_squat", 3, 3, 140.0, None)],
        ),
        (
            "OHP top set of 5 @ 60kg, then a backoff set of 10 @ 45kg",
            "metric",
            [("overhead_press", 1, 5, 60.0, None), ("overhead_press", 1, 10, 45.0, None)],
        ),
    ],
)
def test_a_top_set_and_its_back_off_sets_are_both_logged(
    text: str, units: str, expected: list[tuple[object, ...]]
) -> None:
    assert lifts(text, units) == expected


def test_each_part_keeps_the_effort_written_beside_it() -> None:
    assert lifts("squat 150x3 rir 1, 3x5 @ 125 rir 3") == [
        ("back_squat", 1, 3, 150.0, 1.0),
        ("back_squat", 3, 5, 125.0, 3.0),
    ]


def test_an_effort_for_the_whole_lift_still_rates_every_set() -> None:
    assert lifts("row 4x8 @ 60kg, rpe 7") == [("barbell_row", 4, 8, 60.0, 3.0)]


def test_a_counted_rep_word_is_that_many_sets() -> None:
    assert lifts("trap bar deadlift 150kg for 6 singles") == [
        ("trap_bar_deadlift", 6, 1, 150.0, None)
    ]
    assert lifts("bench 4 doubles at 95") == [("bench_press", 4, 2, 95.0, None)]


def test_single_leg_and_single_arm_name_no_reps() -> None:
    assert lifts("single leg rdl 3x8 @ 18kg") == [("single_leg_rdl", 3, 8, 18.0, None)]
    assert lifts("single arm row 3x10 @ 26") == [("dumbbell_row", 3, 10, 26.0, None)]


# --- ramps and programme lines ---------------------------------------------------------------


def test_a_ramp_in_pounds_reads_load_then_reps() -> None:
    assert lifts("deadlift: 185x5, 275x3, 315x1, then 3x5 @ 285", "imperial") == [
        ("deadlift", 1, 5, 83.91, None),
        ("deadlift", 1, 3, 124.74, None),
        ("deadlift", 1, 1, 142.88, None),
        ("deadlift", 3, 5, 129.27, None),
    ]


def test_programme_labels_are_not_sets_and_its_extra_sets_are_the_same_lift() -> None:
    assert lifts("531 squat week 2: 205x3, 230x3, 260x5, then FSL 5x5 @ 205", "imperial") == [
        ("back_squat", 1, 3, 92.99, None),
        ("back_squat", 1, 3, 104.33, None),
        ("back_squat", 1, 5, 117.93, None),
        ("back_squat", 5, 5, 92.99, None),
    ]
    assert lifts("OHP 5/3/1: 95x5, 105x3, 120x1, BBB 5x10 @ 65", "imperial")[-1] == (
        "overhead_press",
        5,
        10,
        29.48,
        None,
    )


def test_a_load_then_a_reps_list_without_units() -> None:
    assert lifts("press 100 5/5/4", "imperial") == [
        ("overhead_press", 2, 5, 45.36, None),
        ("overhead_press", 1, 4, 45.36, None),
    ]


# --- circuits and rounds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sets", "reps"),
    [
        ("circuit x4: 12 burpees", 4, 12),
        ("3x through: 15 kb swings", 3, 15),
        ("did 5 rounds of 8 pull ups", 5, 8),
        ("kb swings x3 rounds of 20", 3, 20),
    ],
)
def test_rounds_are_sets_of_the_exercise_in_them(text: str, sets: int, reps: int) -> None:
    entry = only(text)
    assert (entry.sets, entry.reps) == (sets, reps)


def test_a_timed_hold_in_a_circuit_gets_the_rounds_as_sets() -> None:
    entry = only("abs circuit x3: 40s plank")
    assert (entry.exercise, entry.sets, entry.duration_s) == ("plank", 3, 40.0)


@pytest.mark.parametrize(
    "text",
    [
        "4 rounds: 12 press ups, 15 kb swings 16kg, 20 sit-ups",
        "circuit x4: 12 press ups, 15 kb swings @ 16kg, 20 sit ups",
        "4 rounds:\n12 press ups\n15 kb swings 16kg\n20 sit-ups",
        "Finisher x4\n12 push ups\n15 swings with a 16kg kb\n20 situps",
    ],
)
def test_every_exercise_of_a_circuit_is_done_once_a_round(text: str) -> None:
    assert [(e.exercise, e.sets, e.reps) for e in parse(text).entries] == [
        ("push_up", 4, 12),
        ("kettlebell_swing", 4, 15),
        ("sit_up", 4, 20),
    ]


def test_a_circuit_ends_at_a_blank_line() -> None:
    entries = lifts("3 rounds:\n10 burpees\n\nbench 3x5 @ 80")
    assert [(e[0], e[1]) for e in entries] == [("burpee", 3), ("bench_press", 3)]
    assert lifts("3 rounds:\n10 burpees\n\npull ups 8")[1][:2] == ("pull_up", 1)


def test_at_before_a_place_is_not_a_load() -> None:
    assert lifts("quick one at the park: press-ups 5x12, dips 3x8") == [
        ("push_up", 5, 12, None, None),
        ("dip", 3, 8, None, None),
    ]
    assert lifts("squats at the gym 3x5 @ 100") == [("back_squat", 3, 5, 100.0, None)]


# --- loads in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units", "load"),
    [
        ("goblet squats with the 20: 3x12", "metric", 20.0),
        ("hammer curls 3x10 with the 8s", "metric", 8.0),
        ("db bench 4x8, the 30s", "metric", 30.0),
        ("db rows 3x10 w/ a pair of 25s", "metric", 25.0),
        ("kb swings 5x15 w/ the 53", "imperial", 24.04),
        ("reverse lunges 3x8 ea, holding a 16kg kb", "metric", 16.0),
        ("pallof press 3x10 each side, 12.5kg on the cable", "metric", 12.5),
        ("overhead press 3x10 with the empty bar", "metric", 20.0),
        ("good mornings 3x8 with just the bar", "imperial", 20.41),
    ],
)
def test_loads_said_in_words(text: str, units: str, load: float) -> None:
    assert only(text, units).load_kg == load


def test_a_load_in_each_hand_is_not_a_one_sided_lift() -> None:
    entry = only("farmers walk 4 x 30m with 36kg in each hand")
    assert (entry.sets, entry.reps, entry.load_kg, entry.per_side) == (4, None, 36.0, False)
    entry = only("split squats 3x8 each leg, 40lb dbs in each hand")
    assert (entry.reps, entry.load_kg, entry.per_side) == (8, 18.14, True)


def test_a_pair_of_dumbbells_after_the_sets_is_the_weight_of_one() -> None:
    entry = only("Reverse lunge 3×10/leg — 2×12 kg")
    assert (entry.sets, entry.reps, entry.load_kg, entry.per_side) == (3, 10, 12.0, True)
    entry = only("walking lunges 4x16 steps w 2x8kg")
    assert (entry.sets, entry.reps, entry.load_kg) == (4, 16, 8.0)
    entry = only("farmer carry 3x30m 2x28kg")
    assert (entry.sets, entry.reps, entry.load_kg) == (3, None, 28.0)


def test_a_decimal_load_held_is_read_whole() -> None:
    assert only("step ups 3x10 each leg holding 7,5kg dbs").load_kg == 7.5


def test_plates_a_side_describe_the_bar_not_one_side() -> None:
    entry = only("deadlift 180kg, 4 plates a side, 2x3")
    assert (entry.sets, entry.reps, entry.load_kg, entry.per_side) == (2, 3, 180.0, False)


def test_a_rest_period_is_neither_a_load_nor_a_hold() -> None:
    entry = only("kb swings 6x15 with 60s rest")
    assert (entry.sets, entry.reps, entry.load_kg, entry.duration_s) == (6, 15, None, None)


# --- reps lists and totals -------------------------------------------------------------------


def test_a_dashed_reps_list_is_one_set_each() -> None:
    assert [e[2] for e in lifts("chin ups 9-7-6")] == [9, 7, 6]


def test_a_stated_total_is_not_another_set() -> None:
    assert lifts("dips 60 total: 20, 15, 15, 10") == [
        ("dip", 1, 20, None, None),
        ("dip", 2, 15, None, None),
        ("dip", 1, 10, None, None),
    ]
    assert lifts("pull ups 50 total") == [("pull_up", 1, 50, None, None)]


# --- distances -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("farmer carries 4 x 40 yards w/ 60s", "imperial"),
        ("walking lunges 3 x 25 yds", "imperial"),
        ("bounding 5 x 40 metres", "metric"),
    ],
)
def test_a_distance_per_set_is_not_reps(text: str, units: str) -> None:
    entry = only(text, units)
    assert entry.reps is None
    assert entry.sets in (3, 4, 5)


def test_seconds_on_a_bodyweight_exercise_are_a_hold() -> None:
    entry = only("mountain climbers 4x40s")
    assert (entry.sets, entry.reps, entry.duration_s) == (4, None, 40.0)


# --- names -----------------------------------------------------------------------------------


def test_good_mornings_are_the_lift_and_good_morning_the_greeting() -> None:
    assert only("Good mornings 4x8 @ 50kg").exercise == "good_morning"
    assert only("good morning 3x10 @ 40").exercise == "good_morning"
    result = parse("good morning! bench 3x5 @ 70")
    assert [e.exercise for e in result.entries] == ["bench_press"]


def test_autocorrected_goblet_squats() -> None:
    assert only("goblin squat 4x10 @ 24kg").exercise == "goblet_squat"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("bench 4x6 @ 80kg, close grip 3x10 @ 60", ("bench_press", 3, 10, 60.0, None)),
        ("squat 5x3 @ 120, front 3x5 @ 80", ("front_squat", 3, 5, 80.0, None)),
        ("squat 5x3 @ 120, paused 3x2 @ 100", ("back_squat", 3, 2, 100.0, None)),
        ("seated calf raises 3x15 @ 40, straight leg 3x12 bw", ("calf_raise", 3, 12, None, None)),
        ("leg press 4x10 @ 140, single leg 3x10 @ 50", ("leg_press", 3, 10, 50.0, None)),
        ("lunges 3x12, reverse 3x10", ("reverse_lunge", 3, 10, None, None)),
    ],
)
def test_a_variant_named_after_a_lift_is_that_variant(
    text: str, second: tuple[object, ...]
) -> None:
    entries = lifts(text)
    assert len(entries) == 2
    assert entries[1] == second


def test_two_lifts_in_one_clause_when_the_second_name_is_longer() -> None:
    assert lifts("deadlift 3x3 @ 160 romanian deadlift 3x8 @ 90") == [
        ("deadlift", 3, 3, 160.0, None),
        ("romanian_deadlift", 3, 8, 90.0, None),
    ]
    assert lifts("rdl 3x8 70kg single leg rdl 3x8 20kg") == [
        ("romanian_deadlift", 3, 8, 70.0, None),
        ("single_leg_rdl", 3, 8, 20.0, None),
    ]


def test_a_strained_calf_is_not_calf_raises() -> None:
    result = parse("easing back after a calf strain: 4 x 5 min jog")
    assert all(entry.kind != "lift" for entry in result.entries)


def test_lifting_on_a_no_gym_day_is_still_logged() -> None:
    entry = only("no gym today so backpack lunges 3x12 each leg")
    assert (entry.kind, entry.exercise, entry.sets) == ("lift", "lunge", 3)
