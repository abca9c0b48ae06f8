"""Personal lines added to an answer when the coach knows something about the user."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from core.exercises import BY_SLUG
from core.units import KG_PER_LB, M_PER_MILE

_DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_DAY_ORDER = tuple(_DAY_NAMES)
_RUN_NAMES = {
    "intervals": "intervals",
    "tempo": "tempo run",
    "long": "long run",
    "race": "race",
}


@dataclass(frozen=True, slots=True)
class UserContext:
    """What the coach may know about the person asking; every field is optional."""

    bodyweight_kg: float | None = None
    units: Literal["metric", "imperial"] = "metric"
    next_strength_day: str | None = None  # a phrase such as "Thursday" or "tomorrow"
    key_runs: Mapping[str, str] = field(default_factory=dict)  # {"tue": "intervals", ...}
    days_to_race: int | None = None
    race_name: str | None = None
    race_distance_km: float | None = None
    working_weights: Mapping[str, float] = field(default_factory=dict)  # slug -> kg


def _round_to(value: float, step: float) -> float:
    return round(value / step) * step


def _weight(kg: float, units: str) -> str:
    if units == "imperial":
        return f"{round(kg / KG_PER_LB):d} lb"
    return f"{kg:g} kg" if kg == int(kg) else f"{kg:.1f} kg"


_PROPER = ("Romanian", "Bulgarian", "Nordic", "Copenhagen", "Pallof", "Russian")


def _exercise_name(slug: str) -> str:
    known = BY_SLUG.get(slug)
    name = known.name if known else slug.replace("_", " ")
    return name if name.startswith(_PROPER) else name[:1].lower() + name[1:]


def protein_line(user: UserContext) -> str | None:
    """Daily protein range in grams from bodyweight (1.6–2.2 g/kg)."""
    kg = user.bodyweight_kg
    if kg is None or not 25 <= kg <= 300:
        return None
    low, high = int(_round_to(kg * 1.6, 5)), int(_round_to(kg * 2.2, 5))
    return (
        f"For you at {_weight(kg, user.units)} that's about {low}–{high} g of protein a day, "
        f"or {round(low / 4)}–{round(high / 4)} g over four meals."
    )


def _key_runs(user: UserContext) -> list[tuple[str, str]]:
    runs = [
        (day[:3].lower(), kind)
        for day, kind in user.key_runs.items()
        if day[:3].lower() in _DAY_NAMES and kind in _RUN_NAMES
    ]
    return sorted(runs, key=lambda item: _DAY_ORDER.index(item[0]))


def schedule_line(user: UserContext) -> str | None:
    """Name the user's key runs and the days before them that stay free of heavy legs."""
    parts: list[str] = []
    runs = _key_runs(user)
    if runs:
        listed = ", ".join(f"{_RUN_NAMES[kind]} on {_DAY_NAMES[day]}" for day, kind in runs)
        key_days = {day for day, _ in runs}
        before = [
            _DAY_NAMES[_DAY_ORDER[(_DAY_ORDER.index(day) - 1) % 7]]
            for day in _DAY_ORDER
            if day in key_days and _DAY_ORDER[(_DAY_ORDER.index(day) - 1) % 7] not in key_days
        ]
        hard = [d for d, kind in runs if kind in {"intervals", "tempo"}]
        parts.append(f"Your key runs: {listed}.")
        if hard:
            parts.append(
                "Lift after your "
                + " or ".join(_DAY_NAMES[d] for d in hard)
                + " session"
                + ("s" if len(hard) > 1 else "")
                + ", and keep heavy legs off "
                + " and ".join(before)
                + "."
            )
        elif before:
            parts.append("Keep heavy legs off " + " and ".join(before) + ".")
    if user.next_strength_day:
        parts.append(f"Your next strength session is {user.next_strength_day.strip()}.")
    return " ".join(parts) or None


def race_label(user: UserContext) -> str:
    """How to name the user's race in a sentence."""
    if user.race_name:
        return user.race_name.strip()
    km = user.race_distance_km
    if km is None:
        return "race"
    if km >= 40:
        return "marathon"
    if 20 <= km <= 22:
        return "half marathon"
    if user.units == "imperial" and km not in (5, 10):
        return f"{km * 1000 / M_PER_MILE:.1f}-mile race"
    return f"{km:g}k race" if km in (5, 10) else f"{km:g} km race"


def _taper_days(user: UserContext) -> int:
    km = user.race_distance_km
    return 14 if km is None or km >= 20 else 7


def taper_line(user: UserContext) -> str | None:
    """What the days left before the user's race mean for lifting right now."""
    days = user.days_to_race
    if days is None or days < 0:
        return None
    label = race_label(user)
    long_race = user.race_distance_km is None or user.race_distance_km >= 40
    if days == 0:
        return f"Your {label} is today — no lifting, just race. Good luck!"
    when = "tomorrow" if days == 1 else f"in {days} days"
    lead = f"Your {label} is {when}: "
    if days <= 4:
        return lead + "no heavy lower-body work from here on — light activation only, if any."
    if days <= 7:
        if long_race:
            return lead + "it's race week, so nothing beyond light activation and mobility now."
        last = days - 5
        return lead + (
            "it's race week, so cut strength volume by 50–70 % with lighter loads; "
            + (
                "today is the last day for any heavy legs."
                if last == 0
                else f"heavy legs end in {last} day{'s' if last > 1 else ''}."
            )
        )
    if days <= _taper_days(user):
        return lead + (
            "you're in the taper — keep strength short and light (half the sets), "
            "and stop heavy lower-body work 5 days out."
        )
    if days <= 21 and (user.race_distance_km is None or user.race_distance_km >= 20):
        return lead + "these are peak weeks — one session a week or half the sets is enough."
    return (
        lead + f"your taper starts in {days - _taper_days(user)} days; until then, train as usual."
    )


def phase_line(user: UserContext) -> str | None:
    """Which phase of the cycle the user's race date puts them in."""
    days = user.days_to_race
    if days is None or days < 0:
        return None
    weeks = days // 7
    if days <= _taper_days(user):
        return taper_line(user)
    long_race = user.race_distance_km is None or user.race_distance_km >= 20
    if weeks > 16:
        phase = "the off-season: 2–3 sessions, heaviest loads"
    elif weeks >= 9:
        phase = "the base phase: 2 sessions, push the lifts hardest"
    elif weeks >= 4 or not long_race:
        phase = "the build phase: 2 sessions, fewer sets but still heavy"
    else:
        phase = "the peak weeks: 1 session or half the sets"
    return f"With your {race_label(user)} {weeks} weeks away, you're in {phase}."


def weights_line(user: UserContext, *, next_step: bool = False) -> str | None:
    """The user's current working weights, optionally with a next small increase."""
    items = [(slug, kg) for slug, kg in user.working_weights.items() if kg and kg > 0]
    if not items:
        return None
    items = items[:4]
    if not next_step:
        listed = ", ".join(f"{_exercise_name(s)} {_weight(kg, user.units)}" for s, kg in items)
        return f"Your current working weights: {listed}."
    step = 2.5 if user.units == "metric" else 5 * KG_PER_LB
    listed = ", ".join(
        f"{_exercise_name(s)} {_weight(kg, user.units)} → "
        f"{_weight(_step_up(kg, step, user.units), user.units)}"
        for s, kg in items
    )
    return f"Your next step once the reps come easily: {listed}."


def _step_up(kg: float, step: float, units: str) -> float:
    if units == "imperial":
        return (round(kg / KG_PER_LB) + 5) * KG_PER_LB
    return _round_to(kg + step, 0.5)
