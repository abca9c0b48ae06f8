"""How logged training reads back to a runner, in metric and imperial."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.display import (
    KG_PER_LB,
    M_PER_MILE,
    confirmation,
    format_day,
    format_distance,
    format_duration,
    format_entry,
    format_load,
    format_pace,
)
from core.entries import KINDS, RUN_TYPES, Entry
from core.exercises import EXERCISES

SAT = dt.date(2026, 11, 21)


def run(**kwargs: object) -> Entry:
    return Entry("run", SAT, **kwargs)  # type: ignore[arg-type]


def lift(**kwargs: object) -> Entry:
    return Entry("lift", SAT, **kwargs)  # type: ignore[arg-type]


def test_exact_unit_constants() -> None:
    assert M_PER_MILE == 1609.344
    assert KG_PER_LB == 0.45359237


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2026, 11, 21), "Sat 21 Nov"),
        (dt.date(2026, 11, 16), "Mon 16 Nov"),
        (dt.date(2027, 1, 3), "Sun 3 Jan"),
        (dt.date(2024, 2, 29), "Thu 29 Feb"),
    ],
)
def test_format_day(day: dt.date, text: str) -> None:
    assert format_day(day) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (59.4, "0:59"),
        (59.6, "1:00"),
        (3150, "52:30"),
        (3599.6, "1:00:00"),
        (6300, "1:45:00"),
        (36061, "10:01:01"),
    ],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("meters", "metric", "imperial"),
    [
        (10000, "10.0 km", "6.2 mi"),
        (21097.5, "21.1 km", "13.1 mi"),
        (42195, "42.2 km", "26.2 mi"),
        (1609.344, "1.6 km", "1.0 mi"),
        (400, "0.4 km", "0.2 mi"),
    ],
)
def test_format_distance(meters: float, metric: str, imperial: str) -> None:
    assert format_distance(meters, units="metric") == metric
    assert format_distance(meters, units="imperial") == imperial


@pytest.mark.parametrize(
    ("kg", "metric", "imperial"),
    [
        (100, "100 kg", "220.5 lb"),
        (102.5, "102.5 kg", "226 lb"),
        (220.5 * KG_PER_LB, "100 kg", "220.5 lb"),
        (45 * KG_PER_LB, "20.4 kg", "45 lb"),
        (225 * KG_PER_LB, "102.1 kg", "225 lb"),
        (20, "20 kg", "44.1 lb"),
        (1.25, "1.25 kg", "2.8 lb"),
        (101.25, "101.25 kg", "223.2 lb"),
        (22.5 * KG_PER_LB, "10.2 kg", "22.5 lb"),
    ],
)
def test_format_load(kg: float, metric: str, imperial: str) -> None:
    assert format_load(kg, units="metric") == metric
    assert format_load(kg, units="imperial") == imperial


def test_format_pace_converts_per_mile() -> None:
    assert format_pace(315, units="metric") == "5:15/km"
    # 5:00/km is 8:02.7/mi, which a runner reads as 8:03.
    assert format_pace(300, units="imperial") == "8:03/mi"
    assert format_pace(240, units="metric") == "4:00/km"


def test_runs() -> None:
    easy = run(distance_m=10000, duration_s=3150, run_type="easy")
    assert format_entry(easy, units="metric") == "Easy run 10.0 km · 52:30 · 5:15/km"
    assert format_entry(easy, units="imperial") == "Easy run 6.2 mi · 52:30 · 8:27/mi"
    half = run(distance_m=21097.5, duration_s=6300, run_type="long")
    assert format_entry(half, units="imperial") == "Long run 13.1 mi · 1:45:00 · 8:01/mi"
    assert format_entry(run(distance_m=5000, duration_s=1500), units="metric") == (
        "Run 5.0 km · 25:00 · 5:00/km"
    )


def test_run_labels_by_type() -> None:
    labels = {
        run_type: format_entry(run(distance_m=8000, run_type=run_type), units="metric")
        for run_type in RUN_TYPES
    }
    assert labels == {
        "easy": "Easy run 8.0 km",
        "tempo": "Tempo run 8.0 km",
        "intervals": "Intervals 8.0 km",
        "long": "Long run 8.0 km",
        "race": "Race 8.0 km",
    }


def test_run_with_missing_parts() -> None:
    assert format_entry(run(distance_m=5000), units="metric") == "Run 5.0 km"
    assert format_entry(run(duration_s=2700, run_type="easy"), units="metric") == (
        "Easy run 45:00"
    )
    assert format_entry(run(), units="metric") == "Run"


def test_lifts() -> None:
    squat = lift(exercise="back_squat", sets=3, reps=5, load_kg=100)
    assert format_entry(squat, units="metric") == "Back squat 3 × 5 @ 100 kg"
    assert format_entry(squat, units="imperial") == "Back squat 3 × 5 @ 220.5 lb"
    bss = lift(exercise="bulgarian_split_squat", sets=3, reps=8, load_kg=20, per_side=True)
    assert format_entry(bss, units="metric") == "Bulgarian split squat 3 × 8/leg @ 20 kg"
    pull = lift(exercise="pull_up", sets=3, reps=8)
    assert format_entry(pull, units="metric") == "Pull-up 3 × 8 (bodyweight)"
    plank = lift(exercise="plank", sets=3, duration_s=45)
    assert format_entry(plank, units="metric") == "Plank 3 × 45 s"
    side = lift(exercise="side_plank", sets=2, duration_s=30, per_side=True)
    assert format_entry(side, units="metric") == "Side plank 2 × 30 s/side"
    row = lift(exercise="dumbbell_row", sets=3, reps=10, load_kg=22.5, per_side=True)
    assert format_entry(row, units="metric") == "Dumbbell row 3 × 10/arm @ 22.5 kg"


def test_lift_rir() -> None:
    squat = lift(exercise="back_squat", sets=3, reps=5, load_kg=100, rir=2)
    assert format_entry(squat, units="metric") == "Back squat 3 × 5 @ 100 kg · RIR 2"
    rdl = lift(exercise="romanian_deadlift", sets=3, reps=6, load_kg=80, rir=1.5)
    assert format_entry(rdl, units="metric") == "Romanian deadlift 3 × 6 @ 80 kg · RIR 1.5"


def test_unknown_exercise_falls_back_to_its_slug() -> None:
    entry = lift(exercise="cable_kickback", sets=2, reps=12, load_kg=10)
    assert format_entry(entry, units="metric") == "Cable kickback 2 × 12 @ 10 kg"


def test_cross_and_rest() -> None:
    bike = Entry("cross", SAT, distance_m=20000, duration_s=2700, sport="bike")
    assert format_entry(bike, units="metric") == "Bike 45:00 · 20.0 km"
    swim = Entry("cross", SAT, duration_s=1800, sport="swim")
    assert format_entry(swim, units="imperial") == "Swim 30:00"
    assert format_entry(Entry("cross", SAT), units="metric") == "Cross-training"
    assert format_entry(Entry("rest", SAT), units="metric") == "Rest day"


def test_confirmation_single_entry() -> None:
    entry = run(distance_m=10000, duration_s=3150, run_type="easy")
    assert confirmation([entry], units="metric") == (
        "Logged: Easy run 10.0 km · 52:30 · 5:15/km (Sat 21 Nov)"
    )


def test_confirmation_several_entries_one_day_keeps_order() -> None:
    entries = [
        lift(exercise="back_squat", sets=3, reps=5, load_kg=100),
        run(distance_m=5000, run_type="easy"),
    ]
    assert confirmation(entries, units="metric") == (
        "Logged (Sat 21 Nov):\n• Back squat 3 × 5 @ 100 kg\n• Easy run 5.0 km"
    )


def test_confirmation_groups_by_day_in_date_order() -> None:
    fri = SAT - dt.timedelta(days=1)
    entries = [
        run(distance_m=5000, run_type="easy"),
        Entry("lift", fri, exercise="deadlift", sets=3, reps=5, load_kg=120),
        Entry("rest", fri + dt.timedelta(days=1)),
    ]
    assert confirmation(entries, units="imperial") == (
        "Logged:\n"
        "Fri 20 Nov\n• Deadlift 3 × 5 @ 264.6 lb\n"
        "Sat 21 Nov\n• Easy run 3.1 mi\n• Rest day"
    )


def test_confirmation_of_nothing() -> None:
    assert confirmation([], units="metric") == "Nothing logged."


plausible_entries = st.builds(
    Entry,
    kind=st.sampled_from(KINDS),
    date=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
    distance_m=st.none() | st.floats(min_value=0, max_value=300_000),
    duration_s=st.none() | st.floats(min_value=0, max_value=100_000),
    run_type=st.none() | st.sampled_from(RUN_TYPES),
    sport=st.none() | st.sampled_from(["bike", "swim", "elliptical", "rowing", ""]),
    exercise=st.none() | st.sampled_from([e.slug for e in EXERCISES] + ["mystery_move"]),
    sets=st.none() | st.integers(min_value=1, max_value=20),
    reps=st.none() | st.integers(min_value=1, max_value=100),
    load_kg=st.none() | st.floats(min_value=0, max_value=500),
    per_side=st.booleans(),
    rir=st.none() | st.sampled_from([0, 0.5, 1, 2, 3, 4.5]),
)


@given(entry=plausible_entries, units=st.sampled_from(["metric", "imperial"]))
def test_any_plausible_entry_formats_as_one_clean_line(entry: Entry, units: str) -> None:
    text = format_entry(entry, units=units)  # type: ignore[arg-type]
    assert text
    assert text == text.strip()
    assert "\n" not in text
    assert "None" not in text
    assert "nan" not in text.lower()


@given(seconds=st.floats(min_value=0, max_value=1_000_000))
def test_duration_round_trips_to_the_second(seconds: float) -> None:
    parts = [int(part) for part in format_duration(seconds).split(":")]
    total = 0
    for part in parts:
        total = total * 60 + part
    assert total == round(seconds)
    assert all(part < 60 for part in parts[1:])


@given(kg=st.floats(min_value=0.5, max_value=500))
def test_load_display_is_within_rounding_of_the_value(kg: float) -> None:
    metric = float(format_load(kg, units="metric").removesuffix(" kg"))
    imperial = float(format_load(kg, units="imperial").removesuffix(" lb"))
    assert abs(metric - kg) <= 0.05 + 1e-9
    assert abs(imperial - kg / KG_PER_LB) <= 0.05 + 1e-9
