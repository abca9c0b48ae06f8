"""Bounds that separate a real session from a typo, and the load-typo helper."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from core.entries import Entry
from core.exercises import BY_SLUG, Exercise
from core.units import round_load

MAX_DAYS_BACK = 366
MAX_RUN_M = 350_000.0  # beyond the longest single-stage ultras
MAX_RUN_S = 72 * 3600.0
MIN_RUN_SPEED = 0.8  # m/s: slower is walking with long stops, not a run log
MAX_CROSS_M = {"swim": 30_000.0, "row": 100_000.0, "walk": 100_000.0, "hike": 100_000.0}
MAX_CROSS_DEFAULT_M = 1_000_000.0
MAX_CROSS_S = 24 * 3600.0
MAX_SETS = 30
MAX_HOLD_S = 1800.0

# World-record average speeds (m/s) by distance: a logged run faster than these is a typo.
_RECORD_SPEEDS: tuple[tuple[float, float], ...] = (
    (400.0, 9.3),
    (1609.344, 7.5),
    (5000.0, 6.65),
    (10000.0, 6.4),
    (21097.5, 6.2),
    (42195.0, 5.9),
    (float("inf"), 5.0),
)

# Heaviest plausible load (kg) and most plausible reps per set, by catalog category.
_LOAD_LIMITS = {
    "main": 480.0, "single_leg": 250.0, "lower_leg": 400.0, "hips": 450.0,
    "hamstrings": 100.0, "core": 100.0, "upper": 300.0, "plyo": 100.0, "machine": 700.0,
}  # fmt: skip
_SLUG_LOAD_LIMITS = {"bench_press": 360.0, "overhead_press": 230.0, "leg_press": 1200.0,
                     "pull_up": 150.0, "dip": 150.0, "push_up": 150.0}  # fmt: skip
_REP_LIMITS = {
    "main": 50, "single_leg": 60, "lower_leg": 200, "hips": 100, "hamstrings": 50,
    "core": 200, "upper": 150, "plyo": 300, "machine": 100,
}  # fmt: skip


_BODYWEIGHT_HIGH_REPS = frozenset(
    {"back_squat", "lunge", "walking_lunge", "reverse_lunge", "split_squat", "step_up",
     "calf_raise", "goblet_squat"}
)  # fmt: skip
_BODYWEIGHT_REP_LIMIT = 300


def _record_speed(distance_m: float) -> float:
    for limit, speed in _RECORD_SPEEDS:
        if distance_m <= limit:
            return speed
    return _RECORD_SPEEDS[-1][1]


def check_entry(entry: Entry, today: dt.date) -> tuple[str, str | None] | None:
    """Return (why it cannot be right, question to ask) or None when the entry is plausible."""
    if entry.date > today:
        return "That date is in the future, so nothing was logged.", "Which day was it?"
    if (today - entry.date).days > MAX_DAYS_BACK:
        return (
            "That date is more than a year back, so nothing was logged.",
            "Which day was it?",
        )
    if entry.kind == "run":
        return _check_run(entry)
    if entry.kind == "lift":
        return _check_lift(entry)
    if entry.kind == "cross":
        return _check_cross(entry)
    return None


def _check_run(entry: Entry) -> tuple[str, str | None] | None:
    distance, duration = entry.distance_m, entry.duration_s
    if distance is not None and (distance > MAX_RUN_M or distance <= 0):
        km = distance / 1000
        return f"A {km:,.0f} km run can't be right, so nothing was logged.", "How far did you run?"
    if duration is not None and (duration > MAX_RUN_S or duration <= 0):
        return "That run time can't be right, so nothing was logged.", "How long did you run?"
    if distance and duration:
        speed = distance / duration
        if speed > _record_speed(distance) * 1.01:
            return (
                "That would be faster than the world record, so nothing was logged.",
                "Could you check the distance and time?",
            )
        if speed < MIN_RUN_SPEED:
            return (
                "That pace is slower than walking, so nothing was logged.",
                "Could you check the distance and time?",
            )
    return None


def _check_lift(entry: Entry) -> tuple[str, str | None] | None:
    info = BY_SLUG.get(entry.exercise or "")
    category = info.category if info else "upper"
    limit = _SLUG_LOAD_LIMITS.get(entry.exercise or "", _LOAD_LIMITS[category])
    if entry.load_kg is not None and (entry.load_kg > limit or entry.load_kg < 0):
        name = _lift_name(info)
        return (
            f"{entry.load_kg:g} kg of {name} is beyond what anyone lifts, so nothing was logged.",
            f"How much weight was the {name}?",
        )
    if entry.sets is not None and not 1 <= entry.sets <= MAX_SETS:
        name = _lift_name(info)
        return f"{entry.sets} sets of {name} can't be right.", f"How many sets of {name}?"
    rep_limit = _REP_LIMITS[category]
    if entry.load_kg is None and entry.exercise in _BODYWEIGHT_HIGH_REPS:
        rep_limit = _BODYWEIGHT_REP_LIMIT  # "100 squats" with no bar are air squats
    if entry.reps is not None and not 1 <= entry.reps <= rep_limit:
        name = _lift_name(info)
        return (
            f"{entry.reps} reps of {name} in one set can't be right, so nothing was logged.",
            f"How many reps of {name} per set?",
        )
    if entry.duration_s is not None and not 1 <= entry.duration_s <= MAX_HOLD_S:
        name = _lift_name(info)
        return f"That {name} hold time can't be right.", f"How long was each {name} hold?"
    if entry.rir is not None and not 0 <= entry.rir <= 10:
        return "That effort rating can't be right.", "How many reps did you have left?"
    return None


def _lift_name(info: Exercise | None) -> str:
    return info.name.lower() if info else "that lift"


def _check_cross(entry: Entry) -> tuple[str, str | None] | None:
    limit = MAX_CROSS_M.get(entry.sport or "", MAX_CROSS_DEFAULT_M)
    if entry.distance_m is not None and not 0 < entry.distance_m <= limit:
        return "That distance can't be right, so nothing was logged.", "How far was it?"
    if entry.duration_s is not None and not 0 < entry.duration_s <= MAX_CROSS_S:
        return "That duration can't be right, so nothing was logged.", "How long was it?"
    return None


def suspicious_load(exercise: str, load_kg: float, usual_loads: Sequence[float]) -> float | None:
    """The load the user probably meant when this one is ~10× (or ~1/10) their usual.

    845 kg when the usual is about 85 kg gives 84.5; None when the load looks fine or there is
    no history to compare with.
    """
    usual = [x for x in usual_loads if x > 0]
    if load_kg <= 0 or not usual:
        return None
    typical = statistics.median(usual)
    ratio = load_kg / typical
    if 7.0 <= ratio <= 14.0:
        return round_load(load_kg / 10)
    if 1 / 14.0 <= ratio <= 1 / 7.0:
        return round_load(load_kg * 10)
    return None
