"""Week logs pasted from forums, days named in passing, plans and breaks: what gets logged."""

from __future__ import annotations

import datetime as dt

import pytest

from core.parser import ParseResult
from core.units import M_PER_MILE
from tests.support.parsing import TODAY, parse


def days_and_kinds(result: ParseResult) -> list[tuple[str, str]]:
    assert result.error is None, result.error
    return [(entry.date.strftime("%a"), entry.kind) for entry in result.entries]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday's session: 6x1k at 10k pace", dt.date(2026, 11, 19)),
        ("wednesdays run was 12k easy", dt.date(2026, 11, 18)),
        ("last night's gym: deadlift 3x5 @ 120kg", dt.date(2026, 11, 20)),
        ("Monday’s long run: 28 km", dt.date(2026, 11, 16)),
    ],
)
def test_a_day_named_with_an_apostrophe_dates_the_session(text: str, day: dt.date) -> None:
    result = parse(text)
    assert result.error is None, result.error
    assert [entry.date for entry in result.entries] == [day]


def test_a_day_named_mid_line_holds_for_the_clauses_after_it() -> None:
    result = parse("14k long on sunday, gym on tuesday: squats 3x5 @ 80, rdl 3x8 @ 60")
    assert [(e.kind, e.date.day) for e in result.entries] == [
        ("run", 15),
        ("lift", 17),
        ("lift", 17),
    ]


def test_a_week_pasted_with_a_heading_and_a_total_logs_each_day() -> None:
    text = "Base block, week 6\nMon: rest\nTue: 10 km w/ 5x1k\nWed: 8 km easy\nWeekly total: 18 km"
    assert days_and_kinds(parse(text)) == [("Mon", "rest"), ("Tue", "run"), ("Wed", "run")]


def test_a_total_on_its_own_is_still_not_a_session() -> None:
    for text in ("Monthly total: 180 km", "weekly mileage 62 km"):
        result = parse(text)
        assert result.entries == () and result.error is not None


def test_a_week_of_day_letters_and_bare_distances() -> None:
    text = "M 5\nT 9 w/ 6x800\nW 5\nT 8\nF off\nS 16"
    result = parse(text, "imperial")
    assert days_and_kinds(result) == [
        ("Mon", "run"),
        ("Tue", "run"),
        ("Wed", "run"),
        ("Thu", "run"),
        ("Fri", "rest"),
        ("Sat", "run"),
    ]
    assert result.entries[-1].distance_m == pytest.approx(16 * M_PER_MILE, abs=0.1)


def test_a_double_day_written_am_and_pm() -> None:
    result = parse("Tue: AM 10 / PM 5", "metric")
    assert [(e.date.day, e.distance_m) for e in result.entries] == [(17, 10000), (17, 5000)]
    assert [e.distance_m for e in parse("am 7.5, pm 4").entries] == [7500, 4000]


@pytest.mark.parametrize(
    "text",
    [
        "leg day tomorrow: front squat 4x5 @ 70, lunges 3x10",
        "Plan for Sunday:\n32k long\nstrides after",
        "race plan: 4:15/km for the first half, then push",
        "race day plan: 7:40s for the first 10, then whatever is left",
        "tmrw: 6k easy, then core",
    ],
)
def test_sessions_under_a_plan_heading_are_not_logged(text: str) -> None:
    result = parse(text)
    assert result.entries == ()
    assert result.error is not None and "plan" in result.error


def test_a_plan_heading_ends_where_today_is_named() -> None:
    result = parse("tomorrow: long run\ntoday: 8k easy")
    assert [(e.kind, e.distance_m) for e in result.entries] == [("run", 8000)]


def test_a_break_ahead_is_not_a_rest_day_or_a_run() -> None:
    for text in ("doc says no running for 3 weeks", "no lifting until the race"):
        result = parse(text)
        assert result.entries == () and result.error is not None
    assert days_and_kinds(parse("taking a zero today, achilles is grumpy")) == [("Sat", "rest")]


def test_a_remark_about_the_block_is_not_a_record() -> None:
    result = parse("20 miler done, furthest run of the cycle")
    assert result.error is None and len(result.entries) == 1


def test_a_question_after_a_remark_is_a_question() -> None:
    result = parse("legs died at 30k again. how do i fuel better")
    assert result.entries == () and result.error is not None and "question" in result.error


def test_one_standing_for_the_run_is_not_a_figure() -> None:
    result = parse("Humid one - 28 degrees - so just 40 min easy")
    assert [(e.kind, e.duration_s) for e in result.entries] == [("run", 2400)]


@pytest.mark.parametrize(
    ("text", "distances"),
    [
        ("Marathon block, week 3. Today 18k easy", [18000]),
        ("blister from the half marathon, so just 5k", [5000]),
        ("first run since the marathon: 6k, legs ok", [6000]),
        ("marathon done! 3:58:12", [42195]),
        ("ran the half marathon in 1:52", [21097.5]),
    ],
)
def test_a_race_named_as_context_is_not_run_today(text: str, distances: list[float]) -> None:
    result = parse(text)
    assert result.error is None, result.error
    assert [entry.distance_m for entry in result.entries] == distances


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("pull ups 14/12/11", [14, 12, 11]),
        ("dips 10/10/8", [10, 10, 8]),
        ("press ups 20/20/15/12", [20, 20, 15, 12]),
    ],
)
def test_a_slashed_reps_list_is_not_read_as_a_date(text: str, reps: list[int]) -> None:
    result = parse(text)
    assert result.error is None, result.error
    assert [rep for e in result.entries for rep in [e.reps] * (e.sets or 0)] == reps
    assert {e.date for e in result.entries} == {TODAY}


def test_a_recent_short_date_is_still_a_date() -> None:
    assert [e.date for e in parse("10k easy on 12/11/26").entries] == [dt.date(2026, 11, 12)]


def test_track_reps_after_other_words_are_a_run() -> None:
    result = parse("first outing in the new spikes: 10 x 400 @ 82s")
    assert [(e.kind, e.distance_m, e.run_type) for e in result.entries] == [
        ("run", 4000, "intervals")
    ]


@pytest.mark.parametrize(
    ("text", "units", "distance"),
    [
        ("Planned 12 miles, bailed at 7, knee", "imperial", 7 * M_PER_MILE),
        ("plan was 20k but only did 14", "metric", 14000),
        ("was supposed to run 8 km, stopped at 5 with a stitch", "metric", 5000),
    ],
)
def test_a_run_cut_short_logs_what_was_run(text: str, units: str, distance: float) -> None:
    result = parse(text, units)
    assert result.error is None, result.error
    assert [e.distance_m for e in result.entries] == [pytest.approx(distance, abs=0.1)]


@pytest.mark.parametrize(
    ("text", "distance", "duration"),
    [
        ("6k35min easy", 6000, 2100),
        ("parkrun 24'45", 5000, 1485),
        ("8 km at 5.5 min per km", 8000, 2640),
        ("5k recovery. 33m 10s", 5000, 1990),
        ("12k steady 1:02:30 #sundayrunday #strava", 12000, 3750),
        ("easy 10k in an hour and five", 10000, 3900),
    ],
)
def test_times_and_paces_written_the_everyday_ways(
    text: str, distance: float, duration: float
) -> None:
    result = parse(text)
    assert result.error is None, result.error
    assert [(e.distance_m, e.duration_s) for e in result.entries] == [(distance, duration)]


@pytest.mark.parametrize(
    "text",
    [
        "so excited for tomorrow's parkrun",
        "hubby did 12k this morning while I slept in",
        "back in 2018 I ran a 3:25 marathon",
        "cant decide between the 10k and the half in march",
    ],
)
def test_other_peoples_runs_old_races_and_dilemmas_are_not_logged(text: str) -> None:
    result = parse(text)
    assert result.entries == () and result.error is not None


def test_one_standing_for_the_run_is_not_a_mile() -> None:
    result = parse("4 miles easy, a chilly one today", "imperial")
    assert [e.distance_m for e in result.entries] == [pytest.approx(4 * M_PER_MILE, abs=0.1)]


def test_running_beside_a_child_on_a_bike_is_a_run() -> None:
    assert [e.kind for e in parse("ran 5k with my son on his bike").entries] == ["run"]


@pytest.mark.parametrize(
    "text",
    [
        "Session for next Tuesday: 5 x 1 km at 10k pace",
        "long run this coming Sunday is 26 km, nervous",
        "my running buddy just ran 10k in 39 minutes",
        "our old club mate squatted 180kg for 3",
        "training partner did 8 x 400 today and nearly died",
        "my half time from 2022 was 1:41, chasing it again",
        "Running goals: sub 20 5k and a 3:30 marathon",
        "September total: 140 miles",
        "finished the week on 58 km",
    ],
)
def test_plans_other_peoples_sessions_and_totals_are_not_logged(text: str) -> None:
    result = parse(text)
    assert result.entries == () and result.error is not None


@pytest.mark.parametrize(
    ("text", "run_type"),
    [
        ("the sleet held off long enough for 10 km at lunch", None),
        ("9 km easy then a long soak in the bath", "easy"),
    ],
)
def test_everyday_long_is_not_a_long_run(text: str, run_type: str | None) -> None:
    assert [e.run_type for e in parse(text).entries] == [run_type]


def test_half_an_episode_is_not_a_half_marathon() -> None:
    result = parse("treadmill 8 km, watched half an episode of something")
    assert [e.distance_m for e in result.entries] == [8000]


def test_a_day_felt_in_the_legs_does_not_date_the_session() -> None:
    result = parse("easy 40 min jog, still feeling Tuesday's hills")
    assert [e.date for e in result.entries] == [TODAY]


def test_an_age_is_not_a_distance() -> None:
    result = parse("I am 71 and this morning I completed 4 kilometres in 31 minutes")
    assert [(e.distance_m, e.duration_s) for e in result.entries] == [(4000, 1860)]
