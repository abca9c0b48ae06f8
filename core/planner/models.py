"""Planner inputs: the runner's profile and race calendar, with the contract's JSON defaults."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PlanRun = Literal["rest", "easy", "tempo", "intervals", "long", "race"]
Pref = Literal["hard", "easy"]
Equipment = Literal["gym", "home"]
Experience = Literal["new", "some", "experienced"]
Priority = Literal["A", "B"]

WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
PLAN_RUNS: tuple[PlanRun, ...] = ("rest", "easy", "tempo", "intervals", "long", "race")
KEY_RUNS: frozenset[str] = frozenset({"tempo", "intervals", "long", "race"})
HARD_RUNS: frozenset[str] = frozenset({"tempo", "intervals"})

# The bot's defaults before set-up: key runs Tue intervals / Thu tempo / Sat long, others easy.
DEFAULT_RUN_DAYS: dict[str, str] = {
    "mon": "easy", "tue": "intervals", "wed": "easy", "thu": "tempo",
    "fri": "easy", "sat": "long", "sun": "easy",
}  # fmt: skip

_FULL_NAMES = {name.lower(): short for name, short in zip(WEEKDAY_NAMES, WEEKDAYS, strict=True)}


def _default_run_days() -> dict[str, str]:
    return dict(DEFAULT_RUN_DAYS)


@dataclass(frozen=True, slots=True)
class Profile:
    """What the planner needs to know about a runner."""

    run_days: Mapping[str, str] = field(default_factory=_default_run_days)
    strength_days_pref: Pref = "hard"
    sessions_per_week: int = 2
    equipment: Equipment = "gym"
    experience: Experience = "some"
    bodyweight_kg: float | None = None

    def __post_init__(self) -> None:
        if set(self.run_days) != set(WEEKDAYS):
            raise ValueError("run_days: needs exactly the seven weekdays mon..sun")
        for day, run in self.run_days.items():
            if run not in PLAN_RUNS:
                raise ValueError(f"run_days.{day}: {run!r} is not one of {' '.join(PLAN_RUNS)}")
        if self.strength_days_pref not in ("hard", "easy"):
            raise ValueError(f"strength_days_pref: {self.strength_days_pref!r} is not hard|easy")
        if (
            isinstance(self.sessions_per_week, bool)
            or not isinstance(self.sessions_per_week, int)
            or not 1 <= self.sessions_per_week <= 3
        ):
            raise ValueError(f"sessions_per_week: {self.sessions_per_week!r} is not 1, 2 or 3")
        if self.equipment not in ("gym", "home"):
            raise ValueError(f"equipment: {self.equipment!r} is not gym|home")
        if self.experience not in ("new", "some", "experienced"):
            raise ValueError(f"experience: {self.experience!r} is not new|some|experienced")
        bw = self.bodyweight_kg
        if bw is not None and (
            isinstance(bw, bool) or not isinstance(bw, int | float) or not 25 <= bw <= 300
        ):
            raise ValueError(f"bodyweight_kg: {bw!r} is not a body weight in kg (25-300)")

    def run_on(self, weekday: int) -> str:
        """Return the planned run type for a weekday index (0 = Monday)."""
        return self.run_days[WEEKDAYS[weekday]]


@dataclass(frozen=True, slots=True)
class Race:
    """A race in the runner's calendar; the next "A" race sets the phase."""

    date: dt.date
    distance_km: float
    name: str = ""
    priority: Priority = "A"

    def __post_init__(self) -> None:
        if isinstance(self.distance_km, bool) or not 0 < self.distance_km <= 500:
            raise ValueError(f"distance_km: {self.distance_km!r} is not a race distance in km")
        if self.priority not in ("A", "B"):
            raise ValueError(f"priority: {self.priority!r} is not A|B")


def _run_days_from_json(value: Any) -> dict[str, str]:
    if value is None:
        return _default_run_days()
    if not isinstance(value, Mapping):
        raise ValueError('run_days: expected an object such as {"tue": "intervals"}')
    # Days left out are easy days, as with the bot's /runs command.
    days: dict[str, str] = dict.fromkeys(WEEKDAYS, "easy")
    for raw_day, run in value.items():
        key = str(raw_day).strip().lower()
        day = _FULL_NAMES.get(key, key)
        if day not in days:
            raise ValueError(f"run_days: {raw_day!r} is not a weekday (mon..sun)")
        if not isinstance(run, str) or run.strip().lower() not in PLAN_RUNS:
            raise ValueError(f"run_days.{day}: {run!r} is not one of {' '.join(PLAN_RUNS)}")
        days[day] = run.strip().lower()
    return days


def profile_from_json(data: Mapping[str, Any]) -> Profile:
    """Build a Profile from the contract's profile JSON, filling defaults for missing keys."""
    if not isinstance(data, Mapping):
        raise ValueError("profile: expected a JSON object")
    bodyweight = data.get("bodyweight_kg")
    if isinstance(bodyweight, str):
        try:
            bodyweight = float(bodyweight)
        except ValueError:
            raise ValueError(f"bodyweight_kg: {bodyweight!r} is not a number") from None
    return Profile(
        run_days=_run_days_from_json(data.get("run_days")),
        strength_days_pref=data.get("strength_days_pref") or "hard",
        sessions_per_week=(
            2 if data.get("sessions_per_week") is None else data["sessions_per_week"]
        ),
        equipment=data.get("equipment") or "gym",
        experience=data.get("experience") or "some",
        bodyweight_kg=bodyweight,
    )


def _race_from_json(value: Any, key: str) -> Race:
    if not isinstance(value, Mapping):
        raise ValueError(f"{key}: expected an object with date and distance_km")
    try:
        date = dt.date.fromisoformat(str(value["date"]))
    except KeyError:
        raise ValueError(f"{key}.date: missing") from None
    except ValueError:
        raise ValueError(f"{key}.date: {value['date']!r} is not a YYYY-MM-DD date") from None
    distance = value.get("distance_km")
    if isinstance(distance, bool) or not isinstance(distance, int | float):
        raise ValueError(f"{key}.distance_km: {distance!r} is not a number of km")
    try:
        return Race(
            date=date,
            distance_km=float(distance),
            name=str(value.get("name") or ""),
            priority=value.get("priority") or "A",
        )
    except ValueError as exc:
        raise ValueError(f"{key}.{exc}") from None


def races_from_json(data: Mapping[str, Any]) -> list[Race]:
    """Read the profile file's `race` (object or null) and optional `races` list, by date."""
    races: list[Race] = []
    if data.get("race") is not None:
        races.append(_race_from_json(data["race"], "race"))
    extra = data.get("races")
    if extra is not None:
        if not isinstance(extra, list):
            raise ValueError("races: expected a list of race objects")
        races.extend(_race_from_json(item, f"races[{i}]") for i, item in enumerate(extra))
    return sorted(races, key=lambda race: race.date)
