"""Rules the parser keeps for any input whatsoever."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from core.parser import parse_log_message
from core.parser.plausibility import MAX_DAYS_BACK, MAX_RUN_M
from core.units import KG_PER_LB

_WORDS = [
    "squat", "squats", "rdl", "bss", "deadlift", "bench", "plank", "ran", "run", "easy",
    "tempo", "long", "intervals", "k", "km", "mi", "miles", "x", "@", "kg", "lbs", "#", "bw",
    "+", "/leg", "each", "rir", "rpe", "sets", "of", "reps", "at", "pace", "/km", "min",
    "yesterday", "tue", "last", "sat", "on", "wu", "cd", "rest", "day", "bike", "swim",
    "then", ",", "\n", "?", "half", "marathon", "parkrun", "strides", "s", "'", "total",
    "(", ")", "//", "but", "after", "M:", "§1§", "\ue0000\ue000", "%", "km/h", "13.1",
]  # fmt: skip
_NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=100_000).map(str),
    st.floats(min_value=0, max_value=5000, allow_nan=False).map(lambda f: f"{f:.1f}"),
    st.tuples(st.integers(0, 99), st.integers(0, 59)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
    st.tuples(st.integers(1, 31), st.integers(1, 12)).map(lambda t: f"{t[0]}/{t[1]}"),
    st.tuples(st.integers(1, 20), st.integers(1, 2000)).map(lambda t: f"{t[0]}x{t[1]}"),
)
_LOG_LIKE = st.lists(st.one_of(st.sampled_from(_WORDS), _NUMBERS), max_size=14).map(" ".join)
_MESSAGES = st.one_of(st.text(max_size=200), _LOG_LIKE)
_TODAY = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
_UNITS = st.sampled_from(["metric", "imperial"])


@settings(max_examples=400, deadline=None)
@given(text=_MESSAGES, today=_TODAY, units=_UNITS)
def test_never_raises_and_gives_entries_xor_an_error(
    text: str, today: dt.date, units: str
) -> None:
    result = parse_log_message(text, today=today, units=units)  # type: ignore[arg-type]
    assert (result.error is None) == bool(result.entries)
    if result.error is None:
        assert result.question is None and result.rejected == ()
    payload = result.to_json(text)
    assert payload["text"] == text and len(payload["entries"]) == len(result.entries)


@settings(max_examples=400, deadline=None)
@given(text=_LOG_LIKE, today=_TODAY, units=_UNITS)
def test_entries_are_dated_in_the_past_year_and_within_bounds(
    text: str, today: dt.date, units: str
) -> None:
    result = parse_log_message(text, today=today, units=units)  # type: ignore[arg-type]
    for entry in result.entries:
        assert entry.date <= today
        assert (today - entry.date).days <= MAX_DAYS_BACK
        if entry.distance_m is not None:
            assert 0 < entry.distance_m <= (MAX_RUN_M if entry.kind == "run" else 1_000_000)
        if entry.duration_s is not None:
            assert entry.duration_s > 0
        if entry.load_kg is not None:
            assert 0 <= entry.load_kg <= 1200
            assert entry.load_kg == round(entry.load_kg, 2)
        if entry.kind == "lift":
            assert entry.exercise
            assert entry.sets is not None and 1 <= entry.sets <= 30
            assert entry.reps is None or 1 <= entry.reps <= 300
            assert entry.rir is None or 0 <= entry.rir <= 10


@settings(max_examples=200, deadline=None)
@given(pounds=st.integers(min_value=5, max_value=900))
def test_pound_loads_convert_exactly(pounds: int) -> None:
    result = parse_log_message(
        f"squat 3x5 @ {pounds} lbs", today=dt.date(2026, 11, 21), units="metric"
    )
    if result.entries:
        assert result.entries[0].load_kg == round(pounds * KG_PER_LB, 2)
    else:
        assert pounds * KG_PER_LB > 480


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=120).map(lambda t: t.replace("?", "") + "?"))
def test_anything_ending_in_a_question_mark_is_never_logged(text: str) -> None:
    result = parse_log_message(text, today=dt.date(2026, 11, 21), units="metric")
    assert result.entries == ()


@settings(max_examples=600, deadline=None)
@given(text=_MESSAGES, today=_TODAY, units=_UNITS)
def test_the_catch_all_safety_net_is_never_needed(text: str, today: dt.date, units: str) -> None:
    # parse_log_message turns any internal failure into an error; a failure is still a bug.
    from core.parser.message import parse_strict

    parse_strict(text, today=today, units=units)  # type: ignore[arg-type]


_SIMPLE_SETS_TEXT = st.tuples(
    st.integers(1, 400),
    st.integers(1, 400),
    st.sampled_from(["", " reps", " rep", "reps"]),
    st.sampled_from(["", " @ ", "@", " at ", " "]),
    st.one_of(st.integers(1, 600).map(str), st.floats(0.5, 600).map(lambda f: f"{f:.1f}")),
    st.sampled_from(["", "kg", " kgs", "lb", " lbs"]),
).map(lambda t: f"{t[0]}x{t[1]}{t[2]}" + (f"{t[3]}{t[4]}{t[5]}" if t[3] else ""))


@settings(max_examples=600, deadline=None)
@given(
    text=_SIMPLE_SETS_TEXT,
    exercise=st.sampled_from(["back_squat", "pull_up", "plank", "bulgarian_split_squat"]),
    units=_UNITS,
)
def test_plain_sets_read_the_same_by_the_quick_path_and_the_full_reading(
    text: str, exercise: str, units: str
) -> None:
    """ "3x5 @ 100kg" takes a shortcut; it must give what reading its tokens gives."""
    from core.parser import lifts

    quick = lifts.parse_lift_data(text, exercise, units)  # type: ignore[arg-type]
    unit = "lb" if units == "imperial" else "kg"
    items = lifts._tokenize(text, unit, exercise in lifts._TIMED)
    groups, rir = lifts._build_groups(items, unit, exercise, None) if items else ([], None)
    full = lifts.LiftData(lifts._merge(groups), False, rir) if groups else None
    assert quick == full
