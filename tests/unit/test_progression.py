"""Load progression from logged lifts (coaching knowledge §5)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.entries import Entry
from core.planner import default_rep_range, next_load

MON = dt.date(2026, 11, 2)


def lift(
    exercise: str,
    week: int,
    load: float | None,
    reps: int,
    *,
    rir: float | None = 2.0,
    sets: int = 3,
    day: int = 0,
) -> Entry:
    return Entry(
        "lift",
        MON + dt.timedelta(weeks=week, days=day),
        exercise=exercise,
        sets=sets,
        reps=reps,
        load_kg=load,
        rir=rir,
    )


def test_no_history_gives_no_number_and_says_find_your_weight() -> None:
    advice = next_load(exercise="romanian_deadlift", history=[])
    assert advice.load_kg is None
    assert advice.action == "start"
    assert "find your working weight" in advice.note
    assert "2-3 reps in reserve" in advice.note


def test_other_exercises_do_not_count_as_history() -> None:
    history = [lift("back_squat", 0, 100, 6), lift("back_squat", 1, 100, 6)]
    assert next_load(exercise="hip_thrust", history=history).load_kg is None


def test_top_of_range_twice_adds_two_and_a_half_kg() -> None:
    history = [lift("hip_thrust", 0, 80, 12), lift("hip_thrust", 1, 80, 12)]
    advice = next_load(exercise="hip_thrust", history=history, rep_range=(8, 12))
    assert (advice.action, advice.load_kg) == ("increase", 82.5)


def test_top_of_range_once_holds() -> None:
    history = [lift("hip_thrust", 0, 80, 10), lift("hip_thrust", 1, 80, 12)]
    advice = next_load(exercise="hip_thrust", history=history, rep_range=(8, 12))
    assert (advice.action, advice.load_kg) == ("hold", 80)


def test_reps_to_failure_do_not_count_as_hitting_the_top() -> None:
    history = [lift("hip_thrust", 0, 80, 12, rir=0), lift("hip_thrust", 1, 80, 12, rir=0)]
    advice = next_load(exercise="hip_thrust", history=history, rep_range=(8, 12))
    assert advice.load_kg == 80
    assert advice.action == "hold"


def test_unrecorded_effort_counts_as_clean_reps() -> None:
    history = [lift("calf_raise", 0, 40, 12, rir=None), lift("calf_raise", 1, 40, 12, rir=None)]
    assert next_load(exercise="calf_raise", history=history, rep_range=(8, 12)).load_kg == 42.5


@pytest.mark.parametrize(
    ("exercise", "load", "expected"),
    [
        ("romanian_deadlift", 120.0, 125.0),  # 5 kg is under 5 % of 120 kg
        ("romanian_deadlift", 100.0, 102.5),  # 5 kg would be exactly 5 %: too big a jump
        ("back_squat", 60.0, 62.5),
        ("hip_thrust", 140.0, 142.5),  # not a main lift: always the small step
    ],
)
def test_big_lower_body_lifts_take_five_kg_only_when_that_is_a_small_jump(
    exercise: str, load: float, expected: float
) -> None:
    history = [lift(exercise, 0, load, 6), lift(exercise, 1, load, 6)]
    assert next_load(exercise=exercise, history=history, rep_range=(4, 6)).load_kg == expected


def test_the_two_sessions_must_be_at_the_same_load() -> None:
    history = [lift("back_squat", 0, 80, 6), lift("back_squat", 1, 82.5, 6)]
    advice = next_load(exercise="back_squat", history=history, rep_range=(4, 6))
    assert (advice.action, advice.load_kg) == ("hold", 82.5)


def test_heaviest_sets_of_the_day_are_the_working_sets() -> None:
    warm_ups = [lift("back_squat", w, 40, 4, sets=1) for w in (0, 1)]
    working = [lift("back_squat", w, 80, 6) for w in (0, 1)]
    advice = next_load(exercise="back_squat", history=warm_ups + working, rep_range=(4, 6))
    assert advice.load_kg == 82.5


def test_split_squat_adds_a_rep_per_set_before_load() -> None:
    history = [lift("bulgarian_split_squat", 0, 20, 6)]
    advice = next_load(exercise="bulgarian_split_squat", history=history, rep_range=(6, 8))
    assert (advice.action, advice.load_kg, advice.target_reps) == ("add_rep", 20, 7)


def test_split_squat_adds_load_once_the_top_holds_twice() -> None:
    history = [lift("bulgarian_split_squat", w, 20, 8) for w in (0, 1)]
    advice = next_load(exercise="bulgarian_split_squat", history=history, rep_range=(6, 8))
    assert (advice.action, advice.load_kg) == ("increase", 22.5)


def test_nordic_curls_progress_by_reps_without_inventing_a_load() -> None:
    history = [lift("nordic_curl", 0, None, 4)]
    advice = next_load(exercise="nordic_curl", history=history)
    assert (advice.action, advice.load_kg, advice.target_reps) == ("add_rep", None, 5)


def test_missed_once_or_twice_holds_three_times_deloads_ten_percent() -> None:
    def missed(weeks: int) -> list[Entry]:
        return [lift("back_squat", w, 100, 3) for w in range(weeks)]

    assert next_load(exercise="back_squat", history=missed(1), rep_range=(4, 6)).load_kg == 100
    two = next_load(exercise="back_squat", history=missed(2), rep_range=(4, 6))
    assert (two.action, two.load_kg) == ("hold", 100)
    three = next_load(exercise="back_squat", history=missed(3), rep_range=(4, 6))
    assert (three.action, three.load_kg) == ("deload", 90)


def test_a_good_session_resets_the_miss_count() -> None:
    history = [
        lift("back_squat", 0, 100, 3),
        lift("back_squat", 1, 100, 3),
        lift("back_squat", 2, 100, 5),
        lift("back_squat", 3, 100, 3),
    ]
    advice = next_load(exercise="back_squat", history=history, rep_range=(4, 6))
    assert (advice.action, advice.load_kg) == ("hold", 100)


def test_deload_rounds_to_half_kilos() -> None:
    history = [lift("romanian_deadlift", w, 87.5, 2) for w in range(3)]
    advice = next_load(exercise="romanian_deadlift", history=history, rep_range=(4, 6))
    assert advice.load_kg is not None
    assert advice.load_kg * 2 == int(advice.load_kg * 2)
    assert 78 <= advice.load_kg <= 79


def test_maintenance_phases_hold_instead_of_adding() -> None:
    history = [lift("hip_thrust", 0, 80, 12), lift("hip_thrust", 1, 80, 12)]
    advice = next_load(
        exercise="hip_thrust", history=history, rep_range=(8, 12), allow_increase=False
    )
    assert (advice.action, advice.load_kg) == ("hold", 80)


def test_default_rep_ranges_follow_the_policy() -> None:
    assert default_rep_range("back_squat") == (4, 6)
    assert default_rep_range("calf_raise") == (8, 12)
    assert default_rep_range("nordic_curl") == (3, 6)
