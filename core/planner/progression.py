"""Next working load for a lift from its logged history (coaching knowledge §5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from core.entries import Entry
from core.exercises import BY_SLUG

Action = Literal["start", "increase", "add_rep", "hold", "deload"]

# These progress by one rep per set per week first, load only once the top of the range holds.
REP_FIRST: frozenset[str] = frozenset({"bulgarian_split_squat", "nordic_curl"})
FIND_WEIGHT = "start light and finish each set with 2-3 reps in reserve"


@dataclass(frozen=True, slots=True)
class LoggedSession:
    """All logged sets of one exercise on one day, reduced to what progression needs."""

    date: dt.date
    load_kg: float | None
    min_reps: int | None
    max_reps: int | None
    min_rir: float | None


@dataclass(frozen=True, slots=True)
class LoadAdvice:
    """What to lift next time: load (None = bodyweight or not yet known), action and why."""

    exercise: str
    load_kg: float | None
    action: Action
    target_reps: int | None
    note: str


def default_rep_range(exercise: str) -> tuple[int, int]:
    """Rep range the planner prescribes for an exercise in a base week."""
    if exercise == "nordic_curl":
        return (3, 6)
    ex = BY_SLUG.get(exercise)
    if ex is not None and ex.category == "main":
        return (4, 6)
    if exercise in REP_FIRST or (ex is not None and ex.category == "single_leg"):
        return (6, 8)
    return (8, 12)


def round_load(kg: float) -> float:
    """Round to the nearest 0.5 kg, what plates and dumbbells allow."""
    return round(kg * 2) / 2


def group_sessions(exercise: str, history: Sequence[Entry]) -> list[LoggedSession]:
    """Group one exercise's lift entries by day, oldest first; heaviest load = working load."""
    by_day: dict[dt.date, list[Entry]] = {}
    for entry in history:
        if entry.kind == "lift" and entry.exercise == exercise:
            by_day.setdefault(entry.date, []).append(entry)
    return [reduce_session(day, by_day[day]) for day in sorted(by_day)]


def reduce_session(day: dt.date, entries: Sequence[Entry]) -> LoggedSession:
    """Reduce one day's entries of an exercise to its working load, reps and effort."""
    load: float | None = None
    for entry in entries:
        if entry.load_kg is not None and (load is None or entry.load_kg > load):
            load = entry.load_kg
    min_reps: int | None = None
    max_reps: int | None = None
    min_rir: float | None = None
    for entry in entries:
        if entry.load_kg != load:
            continue
        reps = entry.reps
        if reps is not None:
            min_reps = reps if min_reps is None or reps < min_reps else min_reps
            max_reps = reps if max_reps is None or reps > max_reps else max_reps
        rir = entry.rir
        if rir is not None and (min_rir is None or rir < min_rir):
            min_rir = rir
    return LoggedSession(day, load, min_reps, max_reps, min_rir)


def _hit_top(session: LoggedSession, top: int) -> bool:
    # An unrecorded RIR counts as clean reps; a logged RIR of 0 means the set went to failure.
    return (
        session.min_reps is not None
        and session.min_reps >= top
        and (session.min_rir is None or session.min_rir >= 1)
    )


def _missed(session: LoggedSession, bottom: int) -> bool:
    return session.min_reps is not None and session.min_reps < bottom


def _streak(
    sessions: Sequence[LoggedSession], test: Callable[[LoggedSession, int], bool], arg: int
) -> int:
    last_load = sessions[-1].load_kg
    count = 0
    for session in reversed(sessions):
        if session.load_kg != last_load or not test(session, arg):
            break
        count += 1
    return count


def _increment(exercise: str, load: float) -> float:
    ex = BY_SLUG.get(exercise)
    if ex is not None and ex.category == "main" and 0.05 * load > 5.0:
        return 5.0
    return 2.5


def advise(
    *,
    exercise: str,
    sessions: Sequence[LoggedSession],
    rep_range: tuple[int, int],
    allow_increase: bool = True,
) -> LoadAdvice:
    """Apply the progression rules to already grouped sessions (see `next_load`)."""
    bottom, top = rep_range
    if not sessions:
        return LoadAdvice(
            exercise,
            None,
            "start",
            None,
            f"No logged sets yet: find your working weight, {FIND_WEIGHT}.",
        )
    last = sessions[-1]
    load = last.load_kg
    misses = _streak(sessions, _missed, bottom)
    if misses >= 3 and load is not None:
        new = round_load(load * 0.9)
        return LoadAdvice(
            exercise, new, "deload", bottom,
            f"Missed the target {misses} times at {load:g} kg: drop 10% to {new:g} kg, rebuild.",
        )  # fmt: skip
    if misses >= 1:
        return LoadAdvice(
            exercise, load, "hold", bottom,
            "Missed the target last time: stay at this load and own the reps.",
        )  # fmt: skip
    tops = _streak(sessions, _hit_top, top)
    if tops >= 2 and allow_increase:
        if load is None:
            return LoadAdvice(
                exercise, None, "hold", top,
                "Top of the range twice: make it harder (slower lowering or a small weight).",
            )  # fmt: skip
        new = round_load(load + _increment(exercise, load))
        return LoadAdvice(
            exercise, new, "increase", bottom,
            f"Top of the range twice in a row: up to {new:g} kg.",
        )  # fmt: skip
    if exercise in REP_FIRST and last.min_reps is not None and last.min_reps < top:
        reps = last.min_reps + 1
        return LoadAdvice(
            exercise, load, "add_rep", reps, f"Same load, one more rep per set: aim for {reps}."
        )
    if not allow_increase:
        return LoadAdvice(exercise, load, "hold", top, "Hold the load: this phase maintains.")
    return LoadAdvice(exercise, load, "hold", top, "Same load: work up to the top of the range.")


def next_load(
    *,
    exercise: str,
    history: Sequence[Entry],
    rep_range: tuple[int, int] | None = None,
    allow_increase: bool = True,
) -> LoadAdvice:
    """Advise the next working load for `exercise` from logged lifts (never invents a number)."""
    return advise(
        exercise=exercise,
        sessions=group_sessions(exercise, history),
        rep_range=rep_range or default_rep_range(exercise),
        allow_increase=allow_increase,
    )
