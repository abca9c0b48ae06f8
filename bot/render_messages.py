"""The words of the messages the coach sends on its own (pure: briefing in, HTML out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from html import escape
from typing import Any

from telegram import InlineKeyboardMarkup

from bot import keyboards
from core.dispatch import PlanAction
from core.display import exercise_name, format_day, format_distance, format_load
from core.entries import Units
from core.schedule import (
    Briefing,
    FuelTip,
    Missed,
    MorningBriefing,
    RaceBriefing,
    ReviewBriefing,
)
from core.week import render_week

RUN_WORDS = {
    "rest": "rest day", "easy": "easy run", "tempo": "tempo run", "intervals": "intervals",
    "long": "long run", "race": "race",
}  # fmt: skip
SESSION_WORDS = {
    "A": "session A (strength)", "B": "session B (single-leg + plyos)",
    "C": "session C (light full-body)", "upper_core": "upper body and core",
    "activation": "activation", "mobility": "mobility and easy strength",
}  # fmt: skip
ORDER_WORDS = {
    "after_run": "Run first, then lift.",
    "before_run": "Lift first, then the easy run.",
    "no_run": "No run today: just the session.",
}
TIPS = {
    "double": (
        "Run and lift on one day: if they're under 4 h apart, have fast carbs and some protein "
        "in between (yogurt and fruit, a sandwich, a smoothie)."
    ),
    "key_run": (
        "Key run today: a carb-focused meal 2–3 h before, then carbs and protein within 1–2 h "
        "after."
    ),
    "long": (
        "Long run today: eat carbs beforehand, drink to thirst and add some salt if it's hot or "
        "you sweat a lot; carbs and protein within 1–2 h after."
    ),
    "protein": "Strength day: spread your protein over 3–5 meals of about 20–40 g each.",
}


def _units(briefing: Any) -> Units:
    return "imperial" if briefing.units == "imperial" else "metric"


def _exercise_line(item: Mapping[str, Any], units: Units) -> str:
    reps = str(item.get("reps", ""))
    line = (
        f"• {escape(exercise_name(str(item['exercise'])))} {item.get('sets', 1)} × {escape(reps)}"
    )
    if item.get("load_kg"):
        line += f" @ {format_load(float(item['load_kg']), units=units)}"
    if item.get("rest_s"):
        minutes, seconds = divmod(int(item["rest_s"]), 60)
        line += f" · rest {minutes}:{seconds:02d}"
    return line


def _tip(tip: FuelTip) -> str:
    text = TIPS[tip.topic]
    if tip.topic == "protein" and tip.protein_g is not None:
        low, high = tip.protein_g
        text += f" That's {low}–{high} g a day for you."
    return f"🍝 {text}"


def _nudge(missed: Missed) -> str:
    if missed.what == "run":
        what = RUN_WORDS.get(missed.label, missed.label)
        return (
            f"Yesterday's {what} isn't in your log. If you ran it, just tell me (e.g. "
            f"<i>8k {missed.label} yesterday</i>); if not, no catching up — today's plan stands."
        )
    return (
        f"Yesterday's session {escape(missed.label)} isn't in your log. Did it? Tell me what you "
        "lifted. Missed it? No doubling up — pick up with the plan."
    )


def morning(briefing: MorningBriefing) -> tuple[str, InlineKeyboardMarkup | None]:
    """Today's plan: run, strength with sets × reps × load, order, one tip, one nudge."""
    units = _units(briefing)
    day = format_day(briefing.local_date)
    nudge = [_nudge(briefing.missed)] if briefing.missed else []
    if briefing.rest_day:
        return "\n\n".join([f"<b>{day}</b>: rest day — nothing planned. Enjoy it.", *nudge]), None
    run = RUN_WORDS.get(briefing.run, briefing.run)
    lines = [f"<b>{day} · today's plan</b>", f"🏃 Run: {run}"]
    strength = briefing.strength
    if strength is None:
        lines.append("🏋 No strength today.")
    else:
        label = SESSION_WORDS.get(str(strength.get("session")), str(strength.get("session")))
        minutes = strength.get("minutes")
        head = f"🏋 Strength: {label}" + (f", about {minutes} min" if minutes else "")
        if briefing.moved_from is not None:
            head += " (moved from yesterday)"
        lines.append(head)
        lines.extend(_exercise_line(item, units) for item in strength.get("exercises", ()))
        if strength.get("order") in ORDER_WORDS:
            lines.append(ORDER_WORDS[str(strength["order"])])
    parts = ["\n".join(lines)]
    if briefing.tip is not None:
        parts.append(_tip(briefing.tip))
    parts.extend(nudge)
    markup = keyboards.plan_buttons(briefing.local_date) if strength is not None else None
    return "\n\n".join(parts), markup


def _race_name(briefing: RaceBriefing) -> str:
    names = {5.0: "5k", 10.0: "10k", 21.0975: "half marathon", 42.195: "marathon"}
    distance = names.get(round(briefing.distance_km, 4), f"{briefing.distance_km:g} km race")
    if briefing.name:
        return f"{escape(briefing.name)} ({distance})"
    return f"your {distance}"


def race(briefing: RaceBriefing) -> str:
    """One race reminder, by days to go."""
    name = _race_name(briefing)
    when = format_day(briefing.race_date)
    long_race = briefing.taper_days >= 14
    days = briefing.days_out
    if days == 14:
        if long_race:
            return (
                f"<b>Two weeks to {name}</b> ({when}). Your taper starts now: one strength "
                "session a week with about half the sets and no new loads, running volume "
                "eases down, and race week will be activation work only. You keep the fitness; "
                "you lose the fatigue."
            )
        return (
            f"<b>Two weeks to {name}</b> ({when}). Train as planned this week. Next week is "
            "race week: volume down, nothing heavy for the legs in the last 4 days, just "
            "short activation work."
        )
    if days == 7:
        limit = format_day(briefing.race_date - dt.timedelta(days=4))
        marathon = (
            " Before a marathon, nothing beyond light activation this week."
            if (briefing.distance_km >= 42)
            else ""
        )
        return (
            f"<b>Race week!</b> {name} on {when}. Running and strength volume drop by half or "
            f"more, loads get lighter, and no heavy leg work from {limit} on.{marathon}"
        )
    if days == 4:
        return (
            f"<b>4 days to {name}.</b> Today is your last strength session: activation only — "
            "a few glute bridges, band walks, calf raises and pogo hops, fresh and snappy, "
            "nothing heavy and nothing that leaves you sore."
        )
    if days == 1:
        return (
            f"<b>Tomorrow: {name}.</b> Today: carb-rich meals and plenty to drink; nothing new "
            "to eat. Sleep: get to bed in good time — tonight matters less than the nights "
            "before, so don't worry if you're restless. Kit: lay out shoes, clothes, bib and "
            "pins, watch, gels, and check the start time and how you'll get there."
        )
    if days == 0:
        return (
            f"<b>Race day — good luck at {name}!</b> Breakfast 2–3 h before, start a little "
            "easier than you feel, fuel early, and enjoy it. You've done the work."
        )
    return (
        f"<b>How did {name} go?</b> This week is for recovery: easy walking or jogging, "
        "mobility, good food and sleep, and no heavy lifting. Send me your result and I'll log "
        "it as a race — e.g. <i>raced 10k in 48:12</i>."
    )


def _next_week(plan: Mapping[str, Any]) -> str:
    parts = []
    for day in plan.get("days", ()):
        date = dt.date.fromisoformat(day["date"])
        text = f"{format_day(date).split()[0]} {day['run']}"
        if day.get("strength"):
            text += f" + {day['strength']['session']}"
        parts.append(text)
    phase = str(plan.get("phase", "")).replace("_", " ")
    return f"<b>Next week</b> ({escape(phase)}): " + " · ".join(parts)


def review(briefing: ReviewBriefing) -> str:
    """The Sunday review: the week against the plan, ramp, strength consistency, next week."""
    units = _units(briefing)
    parts = [f"<b>Your week in review</b>\n{escape(render_week(briefing.summary, units=units))}"]
    if briefing.ramp_warning and briefing.ramp is not None:
        distance = format_distance(briefing.summary.run_distance_m, units=units)
        parts.append(
            f"⚠️ Mileage: {distance} is {round((briefing.ramp - 1) * 100)}% above the average of "
            "your last four weeks. Keep the jump near 10% a week: the extra load is where "
            "overuse injuries start."
        )
    weeks = briefing.strength_by_week
    if weeks:
        steady = sum(1 for count in weeks if count >= 2)
        verdict = (
            "steady — that's what builds it."
            if steady >= len(weeks) - 1
            else "patchy; two short sessions a week beat one long one now and then."
        )
        counts = " · ".join(str(count) for count in weeks)
        parts.append(f"Strength, last {len(weeks)} weeks: {counts} sessions — {verdict}")
    if briefing.skipped:
        parts.append(
            f"Skipped on purpose: {briefing.skipped} session{'s' if briefing.skipped > 1 else ''}."
        )
    parts.append(_next_week(briefing.next_week))
    return "\n\n".join(parts)


def render_briefing(briefing: Briefing) -> tuple[str, InlineKeyboardMarkup | None]:
    """Return the HTML text and buttons of any scheduled message."""
    if isinstance(briefing, MorningBriefing):
        return morning(briefing)
    if isinstance(briefing, RaceBriefing):
        return race(briefing), None
    return review(briefing), None


def plan_action(result: PlanAction) -> str:
    """Confirm a button press on a morning plan."""
    session = (result.session or {}).get("session", "")
    label = SESSION_WORDS.get(str(session), f"session {session}")
    day = format_day(result.day)
    if result.outcome == "done":
        return (
            f"Logged ✓ {label} on {day}: {result.logged} exercise"
            f"{'s' if result.logged != 1 else ''} as planned. Did something differ? Just tell "
            "me what you lifted, or /undo."
        )
    if result.outcome == "skipped":
        return f"Skipped {label} on {day}. No catching up needed — I won't nag about it."
    if result.outcome == "moved":
        return f"Moved {label} to {day}: it'll be in tomorrow morning's plan."
    if result.outcome == "already":
        return f"Already noted for {day} — nothing changed."
    if result.outcome == "too_late":
        return f"{day} has passed, so it can't move any more. Skip it, or log what you did."
    if result.outcome == "refused":
        reason = escape(result.reason or "it doesn't fit")
        return f"I can't move it to tomorrow: {reason}. Skip it instead, or do it today."
    return "That plan is no longer on record — nothing changed."


def rest_day_setting(on: bool) -> str:
    if on:
        return "Rest-day messages: <b>on</b>. On rest days you'll get a one-line note."
    return "Rest-day messages: <b>off</b>. On rest days I'll stay quiet in the morning."
