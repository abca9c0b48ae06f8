"""Rendering entries, distances, loads, paces and days as short plain text in a runner's units."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from core.entries import Entry, RunType, Units
from core.exercises import BY_SLUG
from core.units import KG_PER_LB, M_PER_MILE

# Exact by definition (international yard and pound, 1959).

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_RUN_LABELS: dict[RunType | None, str] = {
    None: "Run",
    "easy": "Easy run",
    "tempo": "Tempo run",
    "intervals": "Intervals",
    "long": "Long run",
    "race": "Race",
}

SEP = " · "


def format_day(day: dt.date) -> str:
    """Return a day as "Sat 21 Nov" (fixed English names, independent of the process locale)."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def format_duration(seconds: float) -> str:
    """Return a duration as M:SS, or H:MM:SS from one hour, rounded to the second."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_distance(meters: float, *, units: Units) -> str:
    """Return a distance as "10.0 km" or "13.1 mi" (one decimal)."""
    if units == "imperial":
        return f"{meters / M_PER_MILE:.1f} mi"
    return f"{meters / 1000:.1f} km"


def _trim(value: float) -> str:
    quarter = round(value * 4) / 4
    # Fractional plates make quarter steps real loads: 101.25 kg must not read as 101.2 kg.
    if abs(value - quarter) < 0.005:
        return f"{quarter:.2f}".rstrip("0").rstrip(".")
    return f"{value:.1f}".removesuffix(".0")


def format_load(kg: float, *, units: Units) -> str:
    """Return a load as "100 kg", "101.25 kg" or "220.5 lb": quarter steps exact, else to 0.1."""
    if units == "imperial":
        return f"{_trim(kg / KG_PER_LB)} lb"
    return f"{_trim(kg)} kg"


def format_pace(seconds_per_km: float, *, units: Units) -> str:
    """Return a pace as "5:15/km" or "8:01/mi"."""
    if units == "imperial":
        return f"{format_duration(seconds_per_km * M_PER_MILE / 1000)}/mi"
    return f"{format_duration(seconds_per_km)}/km"


def exercise_name(slug: str) -> str:
    """Return the catalog name of an exercise, or a readable form of an unknown slug."""
    known = BY_SLUG.get(slug)
    if known is not None:
        return known.name
    return slug.replace("_", " ").strip().capitalize() or "Exercise"


def side_word(slug: str | None, *, timed: bool) -> str:
    """Return what one side of a unilateral set is called: "leg", "arm" or "side"."""
    if timed:
        return "side"
    known = BY_SLUG.get(slug) if slug else None
    if known is not None and known.category == "upper":
        return "arm"
    return "leg"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _format_run(entry: Entry, units: Units) -> str:
    parts = [_RUN_LABELS.get(entry.run_type, "Run")]
    details: list[str] = []
    if entry.distance_m:
        details.append(format_distance(entry.distance_m, units=units))
    if entry.duration_s:
        details.append(format_duration(entry.duration_s))
        # A pace over less than a metre means nothing (and could divide by zero).
        if entry.distance_m and entry.distance_m >= 1:
            details.append(format_pace(entry.duration_s * 1000 / entry.distance_m, units=units))
    if details:
        parts.append(SEP.join(details))
    return " ".join(parts)


def _format_lift(entry: Entry, units: Units) -> str:
    name = exercise_name(entry.exercise) if entry.exercise else "Lift"
    sets = entry.sets or 1
    timed = entry.reps is None and entry.duration_s is not None
    per = f"/{side_word(entry.exercise, timed=timed)}" if entry.per_side else ""
    if entry.reps is not None:
        volume = f"{sets} × {entry.reps}{per}"
    elif entry.duration_s is not None:
        volume = f"{sets} × {round(entry.duration_s)} s{per}"
    elif entry.sets:
        volume = f"{sets} set" + ("s" if sets != 1 else "")
    else:
        volume = ""
    text = f"{name} {volume}".rstrip()
    if entry.load_kg:
        text += f" @ {format_load(entry.load_kg, units=units)}"
    elif not timed and entry.reps is not None:
        text += " (bodyweight)"
    if entry.rir is not None:
        text += f"{SEP}RIR {_number(entry.rir)}"
    return text


def _format_cross(entry: Entry, units: Units) -> str:
    sport = (entry.sport or "").replace("_", " ").strip()
    parts = [sport[:1].upper() + sport[1:] if sport else "Cross-training"]
    details: list[str] = []
    if entry.duration_s:
        details.append(format_duration(entry.duration_s))
    if entry.distance_m:
        details.append(format_distance(entry.distance_m, units=units))
    if details:
        parts.append(SEP.join(details))
    return " ".join(parts)


def format_entry(entry: Entry, *, units: Units) -> str:
    """Return one entry as a line of plain text, e.g. "Easy run 10.0 km · 52:30 · 5:15/km"."""
    if entry.kind == "run":
        return _format_run(entry, units)
    if entry.kind == "lift":
        return _format_lift(entry, units)
    if entry.kind == "cross":
        return _format_cross(entry, units)
    return "Rest day"


def confirmation(entries: Sequence[Entry], *, units: Units) -> str:
    """Return the reply after logging: one line for one entry, else a list grouped by day."""
    if not entries:
        return "Nothing logged."
    if len(entries) == 1:
        entry = entries[0]
        return f"Logged: {format_entry(entry, units=units)} ({format_day(entry.date)})"
    by_day: dict[dt.date, list[Entry]] = {}
    for entry in entries:
        by_day.setdefault(entry.date, []).append(entry)
    if len(by_day) == 1:
        (day,) = by_day
        lines = [f"Logged ({format_day(day)}):"]
        lines += [f"• {format_entry(entry, units=units)}" for entry in entries]
        return "\n".join(lines)
    lines = ["Logged:"]
    for day in sorted(by_day):
        lines.append(format_day(day))
        lines += [f"• {format_entry(entry, units=units)}" for entry in by_day[day]]
    return "\n".join(lines)
