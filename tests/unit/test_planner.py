"""The week planner: reference weeks, phases, equipment, beginners, compromises and adaptation."""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from typing import Any

import pytest

from core.entries import Entry
from core.exercises import BY_SLUG
from core.planner import (
    DEFAULT_RUN_DAYS,
    Profile,
    Race,
    WeekPlan,
    check_heavy_legs,
    phase_for_week,
    plan_week,
    profile_from_json,
    races_from_json,
)

MON = dt.date(2026, 11, 23)


def day(offset: int) -> dt.date:
    return MON + dt.timedelta(days=offset)


def week(**runs: str) -> dict[str, str]:
    days = dict.fromkeys(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "easy")
    days.update(runs)
    return days


FOUR_RUN = week(mon="tempo", tue="easy", wed="rest", thu="intervals", fri="easy", sat="long",
                sun="rest")  # fmt: skip


def plan(
    run_days: dict[str, str] | None = None,
    *,
    races: tuple[Race, ...] = (),
    history: tuple[Entry, ...] = (),
    start: dt.date = MON,
    today: dt.date | None = None,
    paused: tuple[dt.date, ...] = (),
    **profile: Any,
) -> WeekPlan:
    prof = Profile(run_days=run_days or dict(DEFAULT_RUN_DAYS), **profile)
    return plan_week(
        profile=prof, races=races, history=history, week_start=start, today=today,
        paused_days=paused,
    )  # fmt: skip


def sessions(p: WeekPlan) -> dict[str, str]:
    return {d.weekday: d.strength.session for d in p.days if d.strength is not None}


def strength(p: WeekPlan, weekday: str) -> Any:
    found = next(d for d in p.days if d.weekday == weekday).strength
    assert found is not None, f"no strength on {weekday}"
    return found


def lift(offset: int, exercise: str = "back_squat", load: float = 80.0) -> Entry:
    return Entry("lift", day(offset), exercise=exercise, sets=3, reps=5, load_kg=load)


def run(offset: int, run_type: str) -> Entry:
    return Entry("run", day(offset), distance_m=10_000, run_type=run_type)  # type: ignore[arg-type]


# --- the reference weeks of §3 -------------------------------------------------------------


def test_reference_four_run_week() -> None:
    p = plan(FOUR_RUN)
    assert [d.run for d in p.days] == list(FOUR_RUN.values())
    assert sessions(p) == {"mon": "A", "thu": "B"}
    monday, thursday = strength(p, "mon"), strength(p, "thu")
    assert monday.heavy_lower and monday.order == "after_run"
    assert thursday.order == "after_run"
    assert {"romanian_deadlift", "bulgarian_split_squat", "hip_thrust"} <= {
        e.exercise for e in monday.exercises
    }
    assert "box_jump" in {e.exercise for e in thursday.exercises}
    assert p.warnings == ()
    assert any("Friday stays easy before Saturday's long run" in w for w in p.days[3].why)


def test_reference_five_run_variant_keeps_strength_on_the_hard_days() -> None:
    five = dict(FOUR_RUN, sat="easy", sun="long")
    p = plan(five)
    assert sessions(p) == {"mon": "A", "thu": "B"}
    assert strength(p, "mon").heavy_lower
    assert p.warnings == ()


def test_reference_intervals_tuesday_long_saturday() -> None:
    p = plan(week(tue="intervals", sat="long", sun="rest"))
    assert sessions(p) == {"tue": "B", "thu": "A"}
    tuesday = strength(p, "tue")
    assert not tuesday.heavy_lower
    assert any(e.exercise == "box_jump" for e in tuesday.exercises)  # power-focused
    assert strength(p, "thu").heavy_lower
    assert p.days[4].strength is None  # Friday easy before the long run
    assert any("Friday stays easy before Saturday's long run" in w for w in p.days[3].why)


def test_reference_advanced_week() -> None:
    # Monday strength with an optional short easy run, Tuesday track, Thursday tempo + strength.
    advanced = week(tue="intervals", thu="tempo", sat="long", sun="rest")
    p = plan(advanced, experience="experienced", strength_days_pref="easy")
    assert sessions(p) == {"mon": "B", "thu": "A"}
    monday = strength(p, "mon")
    assert monday.order == "before_run"
    assert any(e.exercise == "box_jump" for e in monday.exercises)
    # Tuesday is track day: Monday must not load the legs heavily (§3 hard rule).
    assert not monday.heavy_lower
    thursday = strength(p, "thu")
    assert thursday.order == "after_run" and thursday.heavy_lower
    assert any("prefer" in w for w in p.days[3].why)


def test_default_profile_uses_the_bot_defaults() -> None:
    p = plan_week(profile=profile_from_json({}), races=[], history=[], week_start=MON)
    assert [d.run for d in p.days] == [
        "easy",
        "intervals",
        "easy",
        "tempo",
        "easy",
        "long",
        "easy",
    ]
    assert sessions(p) == {"tue": "B", "thu": "A"}


# --- hard rules, preferences and compromises ----------------------------------------------


def test_easy_day_preference_is_honoured_where_legal() -> None:
    p = plan(week(mon="rest", tue="intervals", wed="easy", thu="easy", fri="easy", sat="long"),
             strength_days_pref="easy")  # fmt: skip
    placed = sessions(p)
    assert len(placed) == 2
    assert all(p.days[i].run in ("easy", "rest") for i in range(7) if p.days[i].strength)


def test_day_before_key_runs_never_gets_heavy_legs() -> None:
    p = plan(week(mon="intervals", tue="tempo", wed="intervals", thu="tempo", fri="intervals",
                  sat="long", sun="tempo"))  # fmt: skip
    assert all(not d.strength.heavy_lower for d in p.days if d.strength)
    assert any("heavy leg" in w for w in p.warnings)


def test_week_of_only_long_runs_falls_back_to_upper_body_and_core() -> None:
    p = plan(dict.fromkeys(FOUR_RUN, "long"), sessions_per_week=1)
    placed = [d.strength for d in p.days if d.strength]
    assert [s.session for s in placed] == ["upper_core"]
    assert all(BY_SLUG[e.exercise].category in ("upper", "core") for e in placed[0].exercises)
    assert any("upper body and core" in w for w in p.warnings)


def test_third_session_is_skipped_with_a_warning_when_no_gap_is_left() -> None:
    p = plan(FOUR_RUN, sessions_per_week=3)
    assert sessions(p) == {"mon": "A", "thu": "B"}
    assert any("third session" in w for w in p.warnings)


def test_third_session_fits_in_a_roomy_week() -> None:
    p = plan(week(tue="intervals", thu="tempo", sun="rest"), sessions_per_week=3)
    placed = sessions(p)
    assert placed == {"tue": "B", "thu": "A", "sat": "C"}
    days = sorted(i for i, d in enumerate(p.days) if d.strength)
    assert all(b - a > 1 for a, b in pairwise(days))
    assert not next(
        d for d in p.days if d.strength and d.strength.session == "C"
    ).strength.heavy_lower  # type: ignore[union-attr]


def test_sunday_before_a_monday_key_run_stays_light() -> None:
    p = plan(week(mon="intervals", sat="rest", sun="easy", wed="tempo"), sessions_per_week=3)
    sunday = p.days[6].strength
    assert sunday is None or not sunday.heavy_lower


# --- phases --------------------------------------------------------------------------------

MARATHON_SUNDAY = dt.date(2027, 4, 18)


@pytest.mark.parametrize(
    ("weeks_before", "distance", "phase"),
    [
        (0, 42.195, "race_week"),
        (1, 42.195, "taper"),
        (2, 42.195, "peak"),
        (3, 42.195, "peak"),
        (4, 42.195, "build"),
        (8, 42.195, "build"),
        (9, 42.195, "base"),
        (16, 42.195, "base"),
        (17, 42.195, "off_season"),
        (-1, 42.195, "recovery"),
        (-2, 42.195, "off_season"),
        (1, 21.1, "taper"),
        (2, 21.1, "peak"),
        (0, 10.0, "race_week"),
        (1, 10.0, "build"),  # a Sunday 10 km: its 7-day taper is race week itself
        (2, 5.0, "build"),
    ],
)
def test_phase_by_weeks_to_race_and_distance(
    weeks_before: int, distance: float, phase: str
) -> None:
    race = Race(MARATHON_SUNDAY, distance)
    start = MARATHON_SUNDAY - dt.timedelta(weeks=weeks_before)
    assert phase_for_week(races=[race], week_start=start).phase == phase
    assert plan(races=(race,), start=start).phase == phase


def test_taper_length_depends_on_race_day() -> None:
    monday_marathon = Race(dt.date(2027, 4, 19), 42.195)
    # 14 days before a Monday race are the two full weeks before it.
    assert phase_for_week(races=[monday_marathon], week_start=dt.date(2027, 4, 5)).phase == "taper"
    wednesday_10k = Race(dt.date(2027, 4, 14), 10.0)
    assert phase_for_week(races=[wednesday_10k], week_start=dt.date(2027, 4, 5)).phase == "taper"


def test_no_race_is_off_season() -> None:
    assert plan().phase == "off_season"
    old = Race(MON - dt.timedelta(days=30), 10.0)
    assert plan(races=(old,)).phase == "off_season"


def test_next_a_race_rules_over_a_sooner_b_race() -> None:
    b_race = Race(day(6), 10.0, priority="B")
    a_race = Race(MON + dt.timedelta(weeks=10), 42.195)
    p = plan(races=(b_race, a_race))
    assert p.phase == "base"
    assert p.days[6].run == "race"
    # Mini-taper: nothing heavy within 4 days of the B race, nothing on race day.
    for d in p.days:
        if d.strength and 0 <= (b_race.date - d.date).days <= 4:
            assert not d.strength.heavy_lower
    assert p.days[6].strength is None


def test_peak_weeks_get_one_session() -> None:
    race = Race(MARATHON_SUNDAY, 42.195)
    p = plan(races=(race,), start=MARATHON_SUNDAY - dt.timedelta(weeks=2), sessions_per_week=3)
    assert p.phase == "peak"
    assert len(sessions(p)) == 1


def test_build_keeps_two_sessions_with_fewer_sets_than_base() -> None:
    race = Race(MARATHON_SUNDAY, 42.195)
    build = plan(races=(race,), start=MARATHON_SUNDAY - dt.timedelta(weeks=6), sessions_per_week=3)
    base = plan(races=(race,), start=MARATHON_SUNDAY - dt.timedelta(weeks=12))
    assert build.phase == "build" and base.phase == "base"
    assert len(sessions(build)) == 2
    assert strength(build, "thu").working_sets < strength(base, "thu").working_sets
    assert strength(build, "thu").heavy_lower  # still heavy


def test_race_week_is_activation_only_and_before_the_race() -> None:
    race = Race(dt.date(2027, 4, 18), 21.1)
    p = plan(races=(race,), start=dt.date(2027, 4, 12))
    placed = [d for d in p.days if d.strength]
    assert [d.strength.session for d in placed] == ["activation"]  # type: ignore[union-attr]
    assert all(d.date < race.date and not d.strength.heavy_lower for d in placed)  # type: ignore[union-attr]
    assert all(e.load_kg is None for e in placed[0].strength.exercises)  # type: ignore[union-attr]
    assert p.days[6].run == "race"


def test_marathon_final_week_has_nothing_beyond_activation() -> None:
    race = Race(dt.date(2027, 4, 19), 42.195)  # a Monday: the whole week before is its last 7 days
    p = plan(races=(race,), start=dt.date(2027, 4, 12))
    assert p.phase == "taper"
    placed = [d.strength for d in p.days if d.strength]
    assert [s.session for s in placed] == ["activation"]
    assert not placed[0].heavy_lower
    assert any("activation only" in w for w in p.warnings)


def test_race_early_in_the_week_leaves_no_session_after_it() -> None:
    race = Race(dt.date(2027, 4, 13), 10.0)  # a Tuesday
    p = plan(races=(race,), start=dt.date(2027, 4, 12))
    assert all(d.strength is None for d in p.days if d.date >= race.date)


def test_recovery_week_has_no_heavy_lifting() -> None:
    race = Race(dt.date(2027, 4, 18), 42.195)
    p = plan(races=(race,), start=dt.date(2027, 4, 19), sessions_per_week=3)
    assert p.phase == "recovery"
    assert [s.session for s in (d.strength for d in p.days) if s] == ["mobility"]
    assert p.days[0].strength is None  # the day after the race


# --- equipment and experience --------------------------------------------------------------


@pytest.mark.parametrize("experience", ["new", "some", "experienced"])
def test_home_plans_only_use_home_exercises(experience: str) -> None:
    p = plan(equipment="home", experience=experience, sessions_per_week=3)
    assert sessions(p)
    for d in p.days:
        if d.strength:
            assert all(BY_SLUG[e.exercise].home for e in d.strength.exercises), d.weekday


def test_home_session_a_still_loads_the_legs() -> None:
    p = plan(equipment="home")
    assert strength(p, "thu").heavy_lower
    assert "bulgarian_split_squat" in {e.exercise for e in strength(p, "thu").exercises}


def test_beginners_start_lighter() -> None:
    p = plan(experience="new", sessions_per_week=3)
    some = plan(experience="some")
    assert len(sessions(p)) == 2
    for d in p.days:
        if d.strength:
            assert not d.strength.heavy_lower
            assert all(e.rir == 3 for e in d.strength.exercises)
            assert d.strength.working_sets <= strength(some, d.weekday).working_sets
    main = [e for e in strength(p, "thu").exercises if BY_SLUG[e.exercise].category == "main"]
    assert main and all(e.reps == "6-8" for e in main)
    assert any("New to lifting" in w for w in p.days[3].why)


def test_sets_reps_and_rest_follow_the_policy() -> None:
    a = strength(plan(), "thu")
    assert 8 <= a.working_sets <= 16
    assert 20 <= a.minutes <= 45
    for e in a.exercises:
        category = BY_SLUG[e.exercise].category
        if category == "main":
            assert e.reps == "4-6" and 2 <= e.sets <= 4 and e.rest_s >= 120
        elif category in ("hips", "lower_leg"):
            assert e.reps.startswith("8-12") and 60 <= e.rest_s <= 90


# --- loads ---------------------------------------------------------------------------------


def test_loads_come_from_history_never_invented() -> None:
    p = plan()
    a = strength(p, "thu")
    assert all(e.load_kg is None for e in a.exercises)
    assert any("find your working weight" in w for w in p.days[3].why)
    history = tuple(
        Entry(
            "lift",
            MON - dt.timedelta(days=d),
            exercise="romanian_deadlift",
            sets=3,
            reps=6,
            load_kg=90.0,
            rir=2,
        )
        for d in (4, 11)
    )
    loaded = strength(plan(history=history), "thu")
    rdl = next(e for e in loaded.exercises if e.exercise == "romanian_deadlift")
    assert rdl.load_kg == 92.5


# --- adaptation ----------------------------------------------------------------------------


def test_missed_session_moves_to_the_next_legal_day() -> None:
    history = (run(0, "tempo"),)  # Monday's tempo done, but no lifting logged
    p = plan(FOUR_RUN, history=history, today=day(1))
    assert sessions(p) == {"tue": "A", "thu": "B"}
    assert p.days[0].strength is None
    assert any("moves to Tuesday" in w for w in p.days[0].why)


def test_missed_session_is_dropped_rather_than_squeezed() -> None:
    # Default week: Tuesday B missed, Thursday A still to come; no gap left for B.
    p = plan(history=(run(1, "intervals"),), today=day(2))
    assert sessions(p) == {"thu": "A"}
    assert any("dropped" in w for w in p.warnings)


def test_done_sessions_stay_in_the_plan() -> None:
    p = plan(FOUR_RUN, history=(run(0, "tempo"), lift(0, "romanian_deadlift")), today=day(2))
    assert sessions(p) == {"mon": "A", "thu": "B"}


def test_unplanned_long_run_counts_as_a_key_run() -> None:
    # Wednesday was planned easy; a long run was logged instead. Thursday's heavy session moves.
    history = (lift(1, "step_up", 20), run(2, "long"))
    p = plan(history=history, today=day(3))
    assert p.days[2].run == "long"
    thursday = p.days[3].strength
    assert thursday is None or not thursday.heavy_lower
    assert any("counts as a key run" in w for w in p.days[2].why)


def test_heavy_legs_logged_before_a_key_run_gives_a_warning() -> None:
    p = plan(FOUR_RUN, history=(lift(2, "back_squat", 100),), today=day(2))
    assert any("Wednesday" in w and "Thursday's intervals" in w for w in p.warnings)


def test_pause_gives_a_lighter_re_entry_week() -> None:
    last_week = tuple(MON - dt.timedelta(days=d) for d in range(1, 7))
    normal = plan()
    back = plan(paused=last_week)
    assert any("First week back" in w for w in back.warnings)
    assert strength(back, "thu").working_sets < strength(normal, "thu").working_sets


def test_paused_days_in_the_week_take_no_session() -> None:
    p = plan(paused=(day(3),))
    assert p.days[3].strength is None
    assert "thu" not in sessions(p) and len(sessions(p)) == 2
    assert any("Paused" in w for w in p.days[3].why)


def test_gap_in_history_gives_a_re_entry_week_with_lighter_loads() -> None:
    old = tuple(
        Entry(
            "lift",
            MON - dt.timedelta(days=d),
            exercise="romanian_deadlift",
            sets=3,
            reps=5,
            load_kg=100.0,
        )
        for d in (18, 25)
    )
    p = plan(history=old)
    assert any("First week back" in w for w in p.warnings)
    rdl = next(e for e in strength(p, "thu").exercises if e.exercise == "romanian_deadlift")
    assert rdl.load_kg == 90.0


# --- check_heavy_legs ----------------------------------------------------------------------


def test_check_heavy_legs() -> None:
    prof = Profile(run_days=FOUR_RUN)
    wed = check_heavy_legs(profile=prof, races=[], day=day(2), history=[])
    assert wed is not None and "Thursday's intervals" in wed
    assert check_heavy_legs(profile=prof, races=[], day=day(0), history=[]) is None
    race = Race(day(10), 10.0, name="City 10K")
    near = check_heavy_legs(profile=prof, races=[race], day=day(7), history=[])
    assert near is not None and "City 10K" in near and "4 days" in near
    sunday = check_heavy_legs(profile=prof, races=[], day=day(6), history=[])
    assert sunday is not None  # tempo next Monday, and the day after Saturday's long run
    logged = check_heavy_legs(profile=prof, races=[], day=day(1), history=[run(2, "tempo")])
    assert logged is not None and "Wednesday's tempo" in logged


# --- profile and JSON contract -------------------------------------------------------------


def test_profile_from_json_defaults_and_contract_example() -> None:
    assert profile_from_json({}) == Profile()
    example = {
        "run_days": {"mon": "tempo", "tue": "easy", "wed": "rest", "thu": "intervals",
                     "fri": "easy", "sat": "long", "sun": "rest"},
        "race": {"date": "2027-04-18", "distance_km": 42.195},
        "strength_days_pref": "hard", "sessions_per_week": 2,
        "equipment": "gym", "experience": "some", "bodyweight_kg": 68,
    }  # fmt: skip
    prof = profile_from_json(example)
    assert prof.run_days == FOUR_RUN and prof.bodyweight_kg == 68
    assert races_from_json(example) == [Race(dt.date(2027, 4, 18), 42.195)]
    assert races_from_json({"race": None}) == []
    partial = profile_from_json({"run_days": {"tue": "intervals", "saturday": "long"}})
    assert partial.run_days == week(tue="intervals", sat="long")


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"run_days": {"mon": "jog"}}, "run_days.mon"),
        ({"run_days": {"funday": "easy"}}, "run_days"),
        ({"strength_days_pref": "weekends"}, "strength_days_pref"),
        ({"sessions_per_week": 5}, "sessions_per_week"),
        ({"sessions_per_week": "2"}, "sessions_per_week"),
        ({"equipment": "pool"}, "equipment"),
        ({"experience": "pro"}, "experience"),
        ({"bodyweight_kg": -3}, "bodyweight_kg"),
    ],
)
def test_profile_from_json_names_the_bad_key(data: dict[str, Any], key: str) -> None:
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        profile_from_json(data)


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"race": {"date": "18/04/2027", "distance_km": 42.2}}, "race.date"),
        ({"race": {"date": "2027-04-18"}}, "race.distance_km"),
        ({"race": {"date": "2027-04-18", "distance_km": 10, "priority": "C"}}, "race.priority"),
    ],
)
def test_races_from_json_names_the_bad_key(data: dict[str, Any], key: str) -> None:
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        races_from_json(data)


def test_json_shape_matches_the_contract() -> None:
    race = Race(dt.date(2027, 4, 18), 42.195)
    p = plan(FOUR_RUN, races=(race,), start=day(2))  # a Wednesday: normalised to Monday
    data = json.loads(json.dumps(p.to_json()))
    assert set(data) == {"week_start", "phase", "days", "warnings"}
    assert data["week_start"] == "2026-11-23"
    assert data["phase"] == "off_season"  # the race is 21 weeks away
    assert [d["weekday"] for d in data["days"]] == [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
    assert [d["date"] for d in data["days"]] == [day(i).isoformat() for i in range(7)]
    for d in data["days"]:
        assert set(d) == {"date", "weekday", "run", "strength", "why"}
        assert isinstance(d["why"], list)
        if d["strength"] is None:
            continue
        s = d["strength"]
        assert set(s) == {"session", "heavy_lower", "minutes", "order", "exercises"}
        assert s["order"] in ("after_run", "before_run", "no_run")
        assert isinstance(s["minutes"], int)
        for e in s["exercises"]:
            assert set(e) >= {"exercise", "sets", "reps", "rest_s", "load_kg"}
            assert isinstance(e["reps"], str) and e["exercise"] in BY_SLUG
            assert isinstance(e["sets"], int) and isinstance(e["rest_s"], int)
    monday = data["days"][0]["strength"]
    assert monday["session"] == "A" and monday["exercises"][0] == {
        "exercise": "romanian_deadlift", "sets": 3, "reps": "4-6", "rest_s": 150,
        "load_kg": None, "rir": 2,
    }  # fmt: skip
    assert data["days"][2]["strength"] is None and data["days"][2]["run"] == "rest"
