"""The week so far, Mon to Sun: runs, key runs, strength sets per muscle, against the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from core.display import SEP, format_day, format_distance, format_duration
from core.entries import KEY_RUN_TYPES, Entry, Units
from core.exercises import BY_SLUG, MuscleGroup

MUSCLE_GROUPS: tuple[MuscleGroup, ...] = (
    "quads",
    "hamstrings",
    "glutes",
    "calves",
    "core",
    "upper_body",
)

PlanStatus = Literal["done", "missed", "upcoming"]
_MARKS: dict[PlanStatus, str] = {"done": "✓", "missed": "✗", "upcoming": "–"}


@dataclass(frozen=True, slots=True)
class PlannedKeyRun:
    """A key run from the plan and whether it was done, missed (day passed) or is still ahead."""

    date: dt.date
    run_type: str
    status: PlanStatus


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """Planned against done: key runs in date order and strength sessions."""

    key_runs: tuple[PlannedKeyRun, ...]
    strength_planned: int
    strength_done: int

    @property
    def key_runs_done(self) -> int:
        """Return how many planned key runs are done."""
        return sum(1 for run in self.key_runs if run.status == "done")


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Totals of one Monday-to-Sunday week up to `today`."""

    week_start: dt.date
    today: dt.date
    runs: int = 0
    run_distance_m: float = 0.0
    run_time_s: float = 0.0
    key_runs: tuple[str, ...] = ()
    strength_sessions: int = 0
    hard_sets: int = 0
    sets_by_muscle: Mapping[MuscleGroup, int] = field(default_factory=dict)
    cross_sessions: int = 0
    plan: PlanProgress | None = None

    @property
    def week_end(self) -> dt.date:
        """Return the Sunday that ends the week."""
        return self.week_start + dt.timedelta(days=6)


def start_of_week(day: dt.date) -> dt.date:
    """Return the Monday of the week that holds `day`."""
    return day - dt.timedelta(days=day.weekday())


def _plan_progress(
    planned: Mapping[dt.date, Mapping[str, Any]],
    week: Sequence[Entry],
    week_start: dt.date,
    today: dt.date,
) -> PlanProgress:
    week_end = week_start + dt.timedelta(days=6)
    days = sorted(day for day in planned if week_start <= day <= week_end)
    wanted = [
        (day, str(planned[day].get("run")))
        for day in days
        if planned[day].get("run") in KEY_RUN_TYPES
    ]
    runs = [entry for entry in week if entry.kind == "run"]
    used: set[int] = set()

    def take(day: dt.date, run_type: str) -> bool:
        # The planned day first, then any day of the week (a tempo moved from Mon to Tue still
        # counts); an untyped run counts only on the day the key run was planned.
        for same_day in (True, False):
            for index, entry in enumerate(runs):
                if index in used or (same_day and entry.date != day):
                    continue
                if entry.run_type == run_type or (same_day and entry.run_type is None):
                    used.add(index)
                    return True
        return False

    done = {(day, run_type) for day, run_type in wanted if take(day, run_type)}
    key_runs = tuple(
        PlannedKeyRun(
            day,
            run_type,
            "done" if (day, run_type) in done else "missed" if day < today else "upcoming",
        )
        for day, run_type in wanted
    )
    strength_planned = sum(1 for day in days if planned[day].get("strength"))
    strength_done = len({entry.date for entry in week if entry.kind == "lift"})
    return PlanProgress(key_runs, strength_planned, strength_done)


def summarize_week(
    *,
    entries: Sequence[Entry],
    week_start: dt.date,
    today: dt.date,
    planned: Mapping[dt.date, Mapping[str, Any]] | None = None,
) -> WeekSummary:
    """Return the totals of the Monday-to-Sunday week starting `week_start`, up to `today`."""
    if week_start.weekday() != 0:
        raise ValueError("week_start must be a Monday")
    last = min(today, week_start + dt.timedelta(days=6))
    week = sorted(
        (entry for entry in entries if week_start <= entry.date <= last),
        key=lambda entry: entry.date,
    )
    runs = [entry for entry in week if entry.kind == "run"]
    lifts = [entry for entry in week if entry.kind == "lift"]
    sets_by_muscle: dict[MuscleGroup, int] = dict.fromkeys(MUSCLE_GROUPS, 0)
    hard_sets = 0
    for entry in lifts:
        sets = entry.sets or 1
        hard_sets += sets
        known = BY_SLUG.get(entry.exercise or "")
        for muscle in known.muscles if known else ():
            sets_by_muscle[muscle] += sets
    return WeekSummary(
        week_start=week_start,
        today=today,
        runs=len(runs),
        run_distance_m=sum(entry.distance_m or 0.0 for entry in runs),
        run_time_s=sum(entry.duration_s or 0.0 for entry in runs),
        key_runs=tuple(
            entry.run_type
            for entry in runs
            if entry.run_type is not None and entry.run_type in KEY_RUN_TYPES
        ),
        strength_sessions=len({entry.date for entry in lifts}),
        hard_sets=hard_sets,
        sets_by_muscle=sets_by_muscle,
        cross_sessions=sum(1 for entry in week if entry.kind == "cross"),
        plan=_plan_progress(planned, week, week_start, today) if planned is not None else None,
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _week_range(start: dt.date, end: dt.date) -> str:
    if start.month == end.month:
        return f"{format_day(start).rsplit(' ', 1)[0]} – {format_day(end)}"
    return f"{format_day(start)} – {format_day(end)}"


def render_week(summary: WeekSummary, *, units: Units) -> str:
    """Return the week as a few lines of plain text for a chat message."""
    current = summary.week_start <= summary.today <= summary.week_end
    title = "This week" if current else "Week"
    lines = [f"{title} ({_week_range(summary.week_start, summary.week_end)})"]

    if summary.runs:
        parts = [str(summary.runs)]
        if summary.run_distance_m:
            parts.append(format_distance(summary.run_distance_m, units=units))
        if summary.run_time_s:
            parts.append(format_duration(summary.run_time_s))
        lines.append(f"Runs: {SEP.join(parts)}")
    else:
        lines.append("Runs: none yet")

    plan = summary.plan
    if plan is not None and plan.key_runs:
        marks = ", ".join(f"{run.run_type} {_MARKS[run.status]}" for run in plan.key_runs)
        lines.append(f"Key runs: {plan.key_runs_done} of {len(plan.key_runs)} ({marks})")
    elif summary.key_runs:
        lines.append(f"Key runs: {', '.join(summary.key_runs)}")

    sets = _plural(summary.hard_sets, "hard set")
    if plan is not None and plan.strength_planned:
        sessions = f"{plan.strength_done} of {_plural(plan.strength_planned, 'session')}"
        lines.append(f"Strength: {sessions}{SEP}{sets}")
    elif summary.strength_sessions:
        lines.append(f"Strength: {_plural(summary.strength_sessions, 'session')}{SEP}{sets}")
    else:
        lines.append("Strength: none yet")

    if summary.hard_sets:
        counts = SEP.join(
            f"{muscle.replace('_', ' ')} {summary.sets_by_muscle.get(muscle, 0)}"
            for muscle in MUSCLE_GROUPS
        )
        lines.append(f"Sets by muscle: {counts}")
    if summary.cross_sessions:
        lines.append(f"Cross-training: {_plural(summary.cross_sessions, 'session')}")
    return "\n".join(lines)


def mileage_ramp(*, weekly_distances_m: Sequence[float]) -> float | None:
    """Return this week's distance over the mean of up to four weeks before it.

    `weekly_distances_m` runs oldest to newest and ends with this week. Weeks with no distance
    are left out of the mean (usually weeks before the runner started logging), and the ratio
    is None with fewer than two such previous weeks.
    """
    if not weekly_distances_m:
        return None
    *earlier, this_week = weekly_distances_m
    previous = [meters for meters in earlier[-4:] if meters > 0]
    if len(previous) < 2:
        return None
    return this_week / (sum(previous) / len(previous))
