"""A planned day or week as short plain text, in the runner's units (CLI, /plan, mornings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from core.display import exercise_name, format_day, format_load
from core.entries import Units

RUN_LABELS = {
    "rest": "Rest day", "easy": "Easy run", "tempo": "Tempo run", "intervals": "Intervals",
    "long": "Long run", "race": "Race",
}  # fmt: skip
ORDER_LABELS = {
    "after_run": "after your run", "before_run": "before your run", "no_run": "no run today",
}  # fmt: skip
PHASE_LABELS = {
    "off_season": "off-season", "base": "base", "build": "build", "peak": "peak",
    "taper": "taper", "race_week": "race week", "recovery": "recovery",
}  # fmt: skip


def exercise_line(item: Mapping[str, Any], *, units: Units) -> str:
    """ "Romanian deadlift 3 × 4-6 @ 80 kg · rest 2:30" (or "find your weight")."""
    load = item.get("load_kg")
    weight = f" @ {format_load(load, units=units)}" if load else ""
    rest = int(item.get("rest_s") or 0)
    rest_text = f" · rest {rest // 60}:{rest % 60:02d}" if rest else ""
    return f"{exercise_name(item['exercise'])} {item['sets']} × {item['reps']}{weight}{rest_text}"


def strength_lines(strength: Mapping[str, Any], *, units: Units) -> list[str]:
    heavy = " (heavy legs)" if strength.get("heavy_lower") else ""
    order = ORDER_LABELS.get(str(strength.get("order")), "")
    head = f"Strength {strength['session']}{heavy} · ~{strength['minutes']} min"
    lines = [f"{head} · {order}" if order else head]
    lines += [f"  • {exercise_line(item, units=units)}" for item in strength["exercises"]]
    if any(not item.get("load_kg") for item in strength["exercises"]):
        lines.append(
            "  No load given? Find your working weight: start light and stop each set with "
            "2–3 reps in reserve."
        )
    return lines


def day_text(day: Mapping[str, Any], *, units: Units, with_why: bool = False) -> str:
    """One day: the run, then the strength session with its exercises."""
    date = dt.date.fromisoformat(day["date"])
    lines = [f"{format_day(date)} · {RUN_LABELS.get(str(day.get('run')), 'Easy run')}"]
    if day.get("strength"):
        lines += strength_lines(day["strength"], units=units)
    if with_why:
        lines += [f"  Why: {reason}" for reason in day.get("why", ())]
    return "\n".join(lines)


def week_text(plan: Mapping[str, Any], *, units: Units, with_why: bool = False) -> str:
    """The week: phase, one block per day, then any warnings."""
    phase = PHASE_LABELS.get(str(plan["phase"]), str(plan["phase"]))
    start = dt.date.fromisoformat(plan["week_start"])
    lines = [f"Week of {format_day(start)} · {phase} phase"]
    for day in plan["days"]:
        lines.append(day_text(day, units=units, with_why=with_why))
    lines += [f"⚠ {warning}" for warning in plan.get("warnings", ())]
    return "\n".join(lines)
