"""The /week summary: Monday-to-Sunday totals, sets per muscle group and the plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.entries import Entry
from core.exercises import BY_SLUG, EXERCISES
from core.week import (
    MUSCLE_GROUPS,
    PlannedKeyRun,
    mileage_ramp,
    render_week,
    start_of_week,
    summarize_week,
)

MON = dt.date(2026, 11, 16)


def day(offset: int) -> dt.date:
    return MON + dt.timedelta(days=offset)


def run(offset: int, km: float, seconds: float | None = None, kind: Any = None) -> Entry:
    return Entry("run", day(offset), distance_m=km * 1000, duration_s=seconds, run_type=kind)


def lift(offset: int, exercise: str, sets: int, **kwargs: Any) -> Entry:
    return Entry("lift", day(offset), exercise=exercise, sets=sets, **kwargs)


def plan_day(run_type: str, strength: bool = False) -> dict[str, Any]:
    session = {"session": "A", "heavy_lower": True, "minutes": 40, "exercises": []}
    return {"run": run_type, "strength": session if strength else None, "why": []}


def test_start_of_week_is_monday() -> None:
    assert start_of_week(dt.date(2026, 11, 22)) == MON
    assert start_of_week(MON) == MON
    assert start_of_week(dt.date(2026, 11, 15)) == dt.date(2026, 11, 9)


def test_week_must_start_on_monday() -> None:
    with pytest.raises(ValueError):
        summarize_week(entries=[], week_start=day(1), today=day(2))


def test_only_monday_to_sunday_up_to_today_counts() -> None:
    entries = [
        run(-1, 20),  # the Sunday before
        run(0, 5),
        run(6, 7),
        run(7, 30),  # the next Monday
    ]
    summary = summarize_week(entries=entries, week_start=MON, today=day(6))
    assert summary.runs == 2
    assert summary.run_distance_m == pytest.approx(12000)
    # On Wednesday a mistakenly dated Sunday entry is not part of "so far".
    midweek = summarize_week(entries=entries, week_start=MON, today=day(2))
    assert midweek.runs == 1


def test_run_totals_and_key_runs() -> None:
    entries = [
        run(0, 10, 2700, "tempo"),
        run(1, 8, 2640, "easy"),
        run(3, 12, None, "intervals"),
        run(5, 25, 8000, "long"),
        run(4, 6),
    ]
    summary = summarize_week(entries=entries, week_start=MON, today=day(6))
    assert summary.runs == 5
    assert summary.run_distance_m == pytest.approx(61000)
    assert summary.run_time_s == pytest.approx(2700 + 2640 + 8000)
    assert summary.key_runs == ("tempo", "intervals", "long")


def test_strength_sessions_are_distinct_days() -> None:
    entries = [
        lift(0, "back_squat", 3, reps=5, load_kg=100),
        lift(0, "romanian_deadlift", 3, reps=6, load_kg=80),
        lift(3, "step_up", 3, reps=8, per_side=True),
    ]
    summary = summarize_week(entries=entries, week_start=MON, today=day(6))
    assert summary.strength_sessions == 2
    assert summary.hard_sets == 9


def test_a_set_counts_for_every_muscle_group_of_the_exercise() -> None:
    entries = [
        lift(0, "trap_bar_deadlift", 3, reps=5, load_kg=120),  # quads, hamstrings, glutes
        lift(0, "calf_raise", 4, reps=12, load_kg=40),
        lift(0, "plank", 2, duration_s=60),
        lift(0, "pull_up", 3, reps=6),
        lift(0, "cable_kickback", 2, reps=12),  # not in the catalog: total only
    ]
    summary = summarize_week(entries=entries, week_start=MON, today=day(0))
    assert dict(summary.sets_by_muscle) == {
        "quads": 3,
        "hamstrings": 3,
        "glutes": 3,
        "calves": 4,
        "core": 2,
        "upper_body": 3,
    }
    assert summary.hard_sets == 14


def test_cross_sessions_counted_rest_days_ignored() -> None:
    entries = [
        Entry("cross", day(2), duration_s=2700, sport="bike"),
        Entry("cross", day(2), duration_s=1200, sport="swim"),
        Entry("rest", day(6)),
    ]
    summary = summarize_week(entries=entries, week_start=MON, today=day(6))
    assert summary.cross_sessions == 2
    assert summary.runs == 0
    assert summary.strength_sessions == 0


def test_plan_key_runs_done_missed_and_upcoming() -> None:
    planned = {
        day(0): plan_day("tempo", strength=True),
        day(1): plan_day("easy"),
        day(3): plan_day("intervals", strength=True),
        day(5): plan_day("long"),
    }
    entries = [run(4, 10, 2900, "intervals"), lift(4, "back_squat", 3, reps=5, load_kg=100)]
    summary = summarize_week(entries=entries, week_start=MON, today=day(4), planned=planned)
    assert summary.plan is not None
    assert summary.plan.key_runs == (
        PlannedKeyRun(day(0), "tempo", "missed"),
        # Moved a day later, still done.
        PlannedKeyRun(day(3), "intervals", "done"),
        PlannedKeyRun(day(5), "long", "upcoming"),
    )
    assert summary.plan.key_runs_done == 1
    assert (summary.plan.strength_planned, summary.plan.strength_done) == (2, 1)


def test_untyped_run_counts_only_on_the_planned_day() -> None:
    planned = {day(0): plan_day("tempo"), day(3): plan_day("intervals")}
    entries = [run(0, 9, 2500), run(2, 8, 2600)]
    summary = summarize_week(entries=entries, week_start=MON, today=day(4), planned=planned)
    assert summary.plan is not None
    assert [r.status for r in summary.plan.key_runs] == ["done", "missed"]


def test_one_run_fulfils_one_planned_key_run() -> None:
    planned = {day(1): plan_day("tempo"), day(3): plan_day("tempo")}
    entries = [run(1, 10, 2700, "tempo")]
    summary = summarize_week(entries=entries, week_start=MON, today=day(3), planned=planned)
    assert summary.plan is not None
    assert [r.status for r in summary.plan.key_runs] == ["done", "upcoming"]


def test_plan_days_outside_the_week_are_ignored() -> None:
    planned = {day(-1): plan_day("long", strength=True), day(7): plan_day("tempo")}
    summary = summarize_week(entries=[], week_start=MON, today=day(2), planned=planned)
    assert summary.plan is not None
    assert summary.plan.key_runs == ()
    assert summary.plan.strength_planned == 0


def example_week() -> tuple[list[Entry], dict[dt.date, dict[str, Any]]]:
    entries = [
        run(0, 10, 2700, "tempo"),
        run(1, 8, 2640, "easy"),
        run(3, 12, 3600, "intervals"),
        run(4, 12.3, 4930, "easy"),
        lift(3, "trap_bar_deadlift", 3, reps=5, load_kg=120),
        lift(3, "bulgarian_split_squat", 3, reps=8, load_kg=20, per_side=True),
        lift(3, "hip_thrust", 2, reps=8, load_kg=100),
        lift(3, "leg_curl", 1, reps=10, load_kg=40),
        lift(3, "calf_raise", 3, reps=12, load_kg=60),
        lift(3, "plank", 2, duration_s=45),
    ]
    planned = {
        day(0): plan_day("tempo", strength=True),
        day(1): plan_day("easy"),
        day(2): plan_day("rest"),
        day(3): plan_day("intervals", strength=True),
        day(4): plan_day("easy"),
        day(5): plan_day("long"),
        day(6): plan_day("rest"),
    }
    return entries, planned


def test_render_against_the_plan() -> None:
    entries, planned = example_week()
    summary = summarize_week(entries=entries, week_start=MON, today=day(4), planned=planned)
    assert render_week(summary, units="metric") == (
        "This week (Mon 16 – Sun 22 Nov)\n"
        "Runs: 4 · 42.3 km · 3:51:10\n"
        "Key runs: 2 of 3 (tempo ✓, intervals ✓, long –)\n"
        "Strength: 1 of 2 sessions · 14 hard sets\n"
        "Sets by muscle: quads 6 · hamstrings 6 · glutes 8 · calves 3 · core 2 · upper body 0"
    )


def test_render_without_plan_in_miles() -> None:
    entries, _ = example_week()
    entries.append(Entry("cross", day(5), duration_s=2700, sport="bike"))
    summary = summarize_week(entries=entries, week_start=MON, today=day(6))
    text = render_week(summary, units="imperial")
    assert text.splitlines()[1:4] == [
        "Runs: 4 · 26.3 mi · 3:51:10",
        "Key runs: tempo, intervals",
        "Strength: 1 session · 14 hard sets",
    ]
    assert text.splitlines()[-1] == "Cross-training: 1 session"


def test_render_missed_key_run() -> None:
    planned = {day(1): plan_day("intervals"), day(5): plan_day("long")}
    summary = summarize_week(entries=[], week_start=MON, today=day(6), planned=planned)
    assert "Key runs: 0 of 2 (intervals ✗, long ✗)" in render_week(summary, units="metric")


def test_render_empty_week_across_months() -> None:
    start = dt.date(2026, 11, 30)
    summary = summarize_week(entries=[], week_start=start, today=start)
    assert render_week(summary, units="metric") == (
        "This week (Mon 30 Nov – Sun 6 Dec)\nRuns: none yet\nStrength: none yet"
    )


def test_render_past_week_is_not_called_this_week() -> None:
    summary = summarize_week(entries=[run(0, 5)], week_start=MON, today=day(9))
    assert render_week(summary, units="metric").startswith("Week (Mon 16 – Sun 22 Nov)\n")


def test_mileage_ramp() -> None:
    assert mileage_ramp(weekly_distances_m=[40e3, 40e3, 40e3, 40e3, 44e3]) == pytest.approx(1.1)
    # Only the four weeks before this one make the average.
    assert mileage_ramp(weekly_distances_m=[90e3, 30e3, 30e3, 30e3, 30e3, 33e3]) == (
        pytest.approx(1.1)
    )
    # Weeks before the runner started logging are not zeros in the average.
    assert mileage_ramp(weekly_distances_m=[0, 0, 30e3, 50e3, 48e3]) == pytest.approx(1.2)
    assert mileage_ramp(weekly_distances_m=[0, 20e3, 20e3, 0, 10e3]) == pytest.approx(0.5)


@pytest.mark.parametrize(
    "weeks",
    [[], [40e3], [40e3, 44e3], [0, 0, 0, 40e3, 44e3], [0, 0, 0, 0, 40e3]],
)
def test_mileage_ramp_needs_two_previous_weeks(weeks: list[float]) -> None:
    assert mileage_ramp(weekly_distances_m=weeks) is None


slugs = st.sampled_from([e.slug for e in EXERCISES] + ["cable_kickback"])
week_entries = st.lists(
    st.builds(
        Entry,
        kind=st.sampled_from(["run", "lift", "cross", "rest"]),
        date=st.integers(min_value=-10, max_value=16).map(day),
        distance_m=st.none() | st.floats(min_value=0, max_value=50_000),
        duration_s=st.none() | st.floats(min_value=0, max_value=20_000),
        run_type=st.none() | st.sampled_from(["easy", "tempo", "intervals", "long", "race"]),
        exercise=slugs,
        sets=st.none() | st.integers(min_value=1, max_value=8),
        reps=st.none() | st.integers(min_value=1, max_value=20),
    ),
    max_size=25,
)


@given(entries=week_entries, today=st.integers(min_value=0, max_value=10).map(day))
def test_muscle_counts_follow_the_catalog(entries: list[Entry], today: dt.date) -> None:
    summary = summarize_week(entries=entries, week_start=MON, today=today)
    in_week = [e for e in entries if MON <= e.date <= min(today, day(6)) and e.kind == "lift"]
    assert set(summary.sets_by_muscle) == set(MUSCLE_GROUPS)
    assert summary.hard_sets == sum(e.sets or 1 for e in in_week)
    for muscle in MUSCLE_GROUPS:
        expected = sum(
            e.sets or 1
            for e in in_week
            if e.exercise in BY_SLUG and muscle in BY_SLUG[e.exercise].muscles
        )
        assert summary.sets_by_muscle[muscle] == expected
        assert summary.sets_by_muscle[muscle] <= summary.hard_sets
    assert summary.strength_sessions <= 7
    assert render_week(summary, units="metric")


@given(entries=week_entries)
def test_entries_outside_the_week_never_change_it(entries: list[Entry]) -> None:
    inside = [e for e in entries if MON <= e.date <= day(6)]
    full = summarize_week(entries=entries, week_start=MON, today=day(6))
    assert full == summarize_week(entries=inside, week_start=MON, today=day(6))
