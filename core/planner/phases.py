"""Training phase of a week from the race calendar (coaching knowledge §6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from core.planner.models import Race

Phase = Literal["off_season", "base", "build", "peak", "taper", "race_week", "recovery"]
PHASES: tuple[Phase, ...] = (
    "off_season", "base", "build", "peak", "taper", "race_week", "recovery",
)  # fmt: skip

MARATHON_KM = 42.0


def monday_of(day: dt.date) -> dt.date:
    """Return the Monday of the week holding `day`."""
    return day - dt.timedelta(days=day.weekday())


def taper_days(distance_km: float) -> int:
    """Taper length: 14 days for half marathon and longer races, 7 days for 10 km and shorter."""
    return 14 if distance_km > 10.0 else 7


@dataclass(frozen=True, slots=True)
class PhaseInfo:
    """The phase of one week and the race that decides it (None when no race rules)."""

    phase: Phase
    race: Race | None
    weeks_out: int | None


def phase_for_week(*, races: Sequence[Race], week_start: dt.date) -> PhaseInfo:
    """Return the phase of the week holding `week_start`; the next "A" race rules."""
    monday = monday_of(week_start)
    sunday = monday + dt.timedelta(days=6)
    a_races = [race for race in races if race.priority == "A"]
    upcoming = min((r for r in a_races if r.date >= monday), key=lambda r: r.date, default=None)
    if upcoming is not None and upcoming.date <= sunday:
        return PhaseInfo("race_week", upcoming, 0)
    last_week = monday - dt.timedelta(days=7)
    just_raced = max(
        (r for r in a_races if last_week <= r.date < monday), key=lambda r: r.date, default=None
    )
    if just_raced is not None:
        return PhaseInfo("recovery", just_raced, -1)
    if upcoming is None:
        return PhaseInfo("off_season", None, None)
    weeks_out = (monday_of(upcoming.date) - monday).days // 7
    # A week belongs to the taper when most of its days do, i.e. when its Thursday does.
    thursday_to_race = (upcoming.date - (monday + dt.timedelta(days=3))).days
    taper = taper_days(upcoming.distance_km)
    if thursday_to_race <= taper:
        phase: Phase = "taper"
    elif taper == 14 and weeks_out <= 3:
        phase = "peak"
    elif weeks_out <= 8:
        phase = "build"
    elif weeks_out <= 16:
        phase = "base"
    else:
        phase = "off_season"
    return PhaseInfo(phase, upcoming, weeks_out)
