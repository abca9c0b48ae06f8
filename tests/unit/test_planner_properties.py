"""Properties of every planned week: the §3 hard rules and the §6 taper rules always hold."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from core.entries import Entry
from core.exercises import BY_SLUG
from core.planner import KEY_RUNS, WEEKDAYS, Profile, Race, WeekPlan, plan_week

LIGHT_SESSIONS = {"activation", "mobility", "upper_core"}
FIRST = dt.date(2026, 1, 5)

run_types = st.sampled_from(["rest", "easy", "easy", "tempo", "intervals", "long", "race"])
profiles = st.builds(
    Profile,
    run_days=st.fixed_dictionaries({day: run_types for day in WEEKDAYS}),
    strength_days_pref=st.sampled_from(["hard", "easy"]),
    sessions_per_week=st.integers(1, 3),
    equipment=st.sampled_from(["gym", "home"]),
    experience=st.sampled_from(["new", "some", "experienced"]),
)
week_starts = st.dates(FIRST, FIRST + dt.timedelta(weeks=100))
distances = st.sampled_from([5.0, 10.0, 15.0, 21.0975, 30.0, 42.195, 50.0])


@st.composite
def race_lists(draw: st.DrawFn, week_start: dt.date) -> list[Race]:
    offsets = draw(st.lists(st.integers(-21, 150), max_size=3))
    return [
        Race(
            week_start + dt.timedelta(days=offset),
            draw(distances),
            priority=draw(st.sampled_from(["A", "A", "B"])),
        )
        for offset in offsets
    ]


def expected_sessions(phase: str, profile: Profile) -> int:
    wanted = profile.sessions_per_week
    if phase in ("off_season", "base"):
        return min(wanted, 2) if profile.experience == "new" else wanted
    if phase == "build":
        return min(wanted, 2)
    return 1


def check_week(
    plan: WeekPlan,
    profile: Profile,
    races: list[Race],
    from_index: int = 0,
    adaptive: bool = False,
) -> None:
    monday = plan.week_start
    assert monday.weekday() == 0 and len(plan.days) == 7
    runs = [d.run for d in plan.days]
    race_dates = {r.date for r in races}
    next_run = "race" if monday + dt.timedelta(days=7) in race_dates else profile.run_days["mon"]
    strength_days = [i for i, d in enumerate(plan.days) if d.strength is not None]
    for i, day in enumerate(plan.days):
        s = day.strength
        if s is None:
            continue
        assert day.why, f"{day.weekday} has a session but no why"
        assert day.date not in race_dates and day.run != "race"
        assert 20 <= s.minutes <= 45
        if profile.equipment == "home":
            assert all(BY_SLUG[e.exercise].home for e in s.exercises)
        assert all(isinstance(e.reps, str) and e.sets >= 1 for e in s.exercises)
        if plan.phase in ("race_week", "recovery"):
            assert s.session in LIGHT_SESSIONS
        if s.session in ("A", "B", "C") and plan.phase in ("off_season", "base", "build", "peak"):
            assert 8 <= s.working_sets <= 16
        for race in races:
            days_to_race = (race.date - day.date).days
            if race.distance_km >= 42.0 and 0 < days_to_race <= 7:
                assert s.session in LIGHT_SESSIONS, "marathon final week: activation only"
        if i < from_index or not s.heavy_lower:
            continue
        after = runs[i + 1] if i < 6 else next_run
        before = runs[i - 1] if i else None
        assert after not in KEY_RUNS, f"heavy legs on {day.weekday} before a {after}"
        assert before not in ("long", "race") and day.run != "long"
        for race in races:
            assert not 0 <= (race.date - day.date).days <= 4, "heavy legs within 4 days of a race"
            if race.priority == "A":
                assert not 0 < (day.date - race.date).days <= 2
    count = len(strength_days)
    expected = expected_sessions(plan.phase, profile)
    assert count <= expected
    if count < expected and not adaptive:
        assert plan.warnings, "fewer sessions than the phase allows, without saying why"
    if any(b - a == 1 for a, b in pairwise(strength_days)):
        assert plan.warnings or adaptive


@settings(max_examples=400, deadline=None)
@given(data=st.data(), profile=profiles, week_start=week_starts)
def test_every_week_keeps_the_hard_rules(
    data: st.DataObject, profile: Profile, week_start: dt.date
) -> None:
    races = data.draw(race_lists(week_start))
    plan = plan_week(profile=profile, races=races, history=[], week_start=week_start)
    check_week(plan, profile, races)


@settings(max_examples=200, deadline=None)
@given(
    data=st.data(),
    profile=profiles,
    week_start=week_starts,
    today_index=st.integers(0, 6),
    logged=st.lists(
        st.tuples(
            st.integers(-10, 6),
            st.sampled_from(["lift", "run"]),
            st.sampled_from(["back_squat", "romanian_deadlift", "step_up", "plank"]),
            st.sampled_from(["easy", "tempo", "intervals", "long"]),
        ),
        max_size=10,
    ),
)
def test_adapted_weeks_keep_the_hard_rules_from_today_on(
    data: st.DataObject,
    profile: Profile,
    week_start: dt.date,
    today_index: int,
    logged: list[tuple[int, str, str, str]],
) -> None:
    races = data.draw(race_lists(week_start))
    monday = week_start - dt.timedelta(days=week_start.weekday())
    today = monday + dt.timedelta(days=today_index)
    history = [
        Entry("lift", monday + dt.timedelta(days=o), exercise=ex, sets=3, reps=5, load_kg=60.0)
        if kind == "lift"
        else Entry("run", monday + dt.timedelta(days=o), distance_m=8000, run_type=rt)  # type: ignore[arg-type]
        for o, kind, ex, rt in logged
        if o <= today_index
    ]
    plan = plan_week(
        profile=profile, races=races, history=history, week_start=week_start, today=today
    )
    check_week(plan, profile, races, from_index=today_index, adaptive=True)
    lifted = {(e.date - monday).days for e in history if e.kind == "lift"}
    for i in range(today_index, 7):
        if plan.days[i].strength is not None and i not in lifted:
            # A session still to do is never squeezed next to a day already lifted on.
            assert (i - 1 not in lifted and i + 1 not in lifted) or plan.warnings


@settings(max_examples=150, deadline=None)
@given(profile=profiles, week_start=week_starts, distance=distances)
def test_race_week_and_recovery_never_lift_heavy(
    profile: Profile, week_start: dt.date, distance: float
) -> None:
    monday = week_start - dt.timedelta(days=week_start.weekday())
    for offset in range(7):
        race = Race(monday + dt.timedelta(days=offset), distance)
        race_week = plan_week(profile=profile, races=[race], history=[], week_start=monday)
        assert race_week.phase == "race_week"
        after = plan_week(
            profile=profile, races=[race], history=[], week_start=monday + dt.timedelta(days=7)
        )
        assert after.phase == "recovery"
        for plan in (race_week, after):
            check_week(plan, profile, [race])
            assert not any(d.strength and d.strength.heavy_lower for d in plan.days)
        assert all(d.strength is None for d in race_week.days if d.date >= race.date)
