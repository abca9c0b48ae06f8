"""The bot's words: pure functions from stored data to HTML message text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any, cast

from core.accounts import Account
from core.display import confirmation, exercise_name, format_day, format_entry, format_load
from core.entries import Entry, Units
from core.faq import Answer, TopicEntry
from core.logbook import LoggedItem, LogOutcome
from core.parser import ParseResult
from core.plan_text import day_text, week_text
from core.preferences import WEEKDAYS
from core.units import KG_PER_LB

DAY_NAMES = {
    "mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat",
    "sun": "Sun",
}  # fmt: skip

WHAT_I_DO = (
    "• <b>Log</b> a run or a lift in your own words: <i>8k easy 41:10</i>, "
    "<i>RDL 3x6 @ 75kg</i>\n"
    "• Get a <b>plan every morning</b> that puts strength sessions around your key runs\n"
    "• Get walked through the <b>taper</b> before your race\n"
    "• <b>Ask</b> me things: <i>do squats slow a runner down?</i>, "
    "<i>protein for a marathoner?</i>"
)


def welcome(name: str) -> str:
    greeting = f"Hi {escape(name)}!" if name else "Hi!"
    return (
        f"{greeting} I'm your strength coach for running. Here's what I do:\n\n"
        f"{WHAT_I_DO}\n\n"
        "Let's set you up in a few taps — every step can be skipped."
    )


def help_text() -> str:
    return (
        f"{WHAT_I_DO}\n\n"
        "<b>Settings</b>\n"
        "/settings — see and change everything\n"
        "/timezone Europe/London — or share your location\n"
        "/morning 07:00 — when your plan arrives\n"
        "/units metric|imperial · /weight 68 · /equipment gym|home\n"
        "/runs tue:intervals thu:tempo sat:long — your key runs\n"
        "/race 2027-04-18 marathon — add a race\n"
        "/pause 7 · /resume — silence me while you're sick or away\n"
        "/start — run the set-up again"
    )


def not_understood() -> str:
    return (
        "I didn't catch that as a training log or a question yet. Things I can do:\n\n"
        f"{WHAT_I_DO}\n\n"
        "/help lists the commands."
    )


def apology() -> str:
    return "Sorry — something went wrong on my side and nothing was changed. Please try again."


def unknown_command(command: str) -> str:
    return f"I don't know {escape(command)}. /help lists what I can do."


def text_only() -> str:
    return (
        "I can only read text for now. Type your session, e.g. <i>6 mi easy 52:00</i> or "
        "<i>squats 3x5 @ 100kg</i>, or ask me a question."
    )


def stale_button() -> str:
    return "That button belongs to an old message — please use /help or send it again."


def private_only() -> str:
    return "Let's talk in a private chat — your training log is yours alone."


# --- settings ---------------------------------------------------------------------------------


def format_weight(kg: float | None, units: str) -> str:
    if kg is None:
        return "not set"
    if units == "imperial":
        return f"{kg / KG_PER_LB:.0f} lb"
    return f"{kg:g} kg"


def format_key_runs(key_runs: dict[str, str]) -> str:
    named = [f"{DAY_NAMES[day]} {key_runs[day]}" for day in WEEKDAYS if day in key_runs]
    return ", ".join(named) + " (other days easy)" if named else "none (all runs easy)"


def format_race(account: Account, index: int) -> str:
    race = account.races[index]
    label = escape(race.name) or _distance_label(race.distance_km)
    when = race.race_date.strftime("%a %-d %b %Y")
    if race.name:
        label = f"{label} ({_distance_label(race.distance_km)})"
    return f"{label} on {when}"


def _distance_label(km: float) -> str:
    names = {5.0: "5k", 10.0: "10k", 21.0975: "half marathon", 42.195: "marathon"}
    return names.get(round(km, 4), f"{km:g} km")


def format_pause(account: Account, today: dt.date) -> str:
    if not account.is_paused(today):
        return "off"
    if account.paused_indefinitely:
        return "on, until you /resume"
    assert account.user.paused_until is not None
    return f"on, until {account.user.paused_until.strftime('%a %-d %b')}"


def setting_line(name: str, account: Account, now: dt.datetime) -> str:
    """Describe one stored setting, the way /settings and confirmations show it."""
    user, profile = account.user, account.profile
    if name == "timezone":
        local = account.local_now(now).strftime("%H:%M")
        return f"Time zone: <b>{escape(user.timezone)}</b> (it's {local} there now)"
    if name == "morning":
        return f"Morning plan at: <b>{user.morning_time.strftime('%H:%M')}</b>"
    if name == "units":
        label = "metric (km, kg)" if user.units == "metric" else "imperial (miles, lb)"
        return f"Units: <b>{label}</b>"
    if name == "runs":
        return f"Key runs: <b>{format_key_runs(profile.key_runs)}</b>"
    if name == "race":
        races = [format_race(account, i) for i in range(len(account.races))]
        return "Races: <b>" + ("; ".join(races) if races else "none planned") + "</b>"
    if name == "equipment":
        label = "gym" if profile.equipment == "gym" else "home (no gym)"
        return f"Equipment: <b>{label}</b>"
    if name == "weight":
        return f"Body weight: <b>{format_weight(profile.bodyweight_kg, user.units)}</b>"
    if name in ("pause", "resume"):
        return f"Pause: <b>{format_pause(account, account.today(now))}</b>"
    if name == "rest_days":
        return f"Rest-day messages: <b>{'on' if user.rest_day_messages else 'off'}</b>"
    raise KeyError(name)


SETTINGS_SHOWN = (
    "timezone", "morning", "units", "runs", "race", "equipment", "weight", "pause", "rest_days",
)  # fmt: skip


def settings_summary(account: Account, now: dt.datetime) -> str:
    lines = [setting_line(name, account, now) for name in SETTINGS_SHOWN]
    return "<b>Your settings</b>\n" + "\n".join(lines) + "\n\nTap one to change it."


def stored(name: str, account: Account, now: dt.datetime) -> str:
    """Confirm what a setting command stored."""
    line = setting_line(name, account, now)
    if name == "pause" and account.is_paused(account.today(now)):
        return f"Paused — I won't send anything on my own. {line}"
    if name == "resume":
        return f"Welcome back! {line}"
    return f"Saved. {line}"


def setting_error(message: str) -> str:
    return f"Hmm, that didn't work. {escape(message)} Nothing was changed."


# --- guided set-up ----------------------------------------------------------------------------

SETUP_QUESTIONS = {
    "timezone": (
        "Where do you run? Type your city or time zone (e.g. <i>Berlin</i>, "
        "<i>America/Chicago</i>) or share your location (📎 → Location). "
        "I use it to send your plan at your morning time."
    ),
    "morning": "When should your daily plan arrive? Tap a time or type one (e.g. <i>6:15</i>).",
    "units": "Kilometres and kilos, or miles and pounds?",
    "runs": (
        "Which runs are your key sessions? Tap the week closest to yours, or type it like "
        "<i>mon:tempo thu:intervals sat:long</i>. Strength goes around these."
    ),
    "race": (
        "Training for a race? Type its date and distance, e.g. <i>2027-04-18 marathon</i> "
        "(5k, 10k, half, marathon or km). I'll taper your strength work for it."
    ),
    "equipment": "Where do you lift?",
    "weight": (
        "Your body weight (e.g. <i>68 kg</i> or <i>150 lb</i>; a bare number is in your "
        "units)? I only use it for protein and fuelling advice."
    ),
}


def setup_question(step: str, position: tuple[int, int] | None) -> str:
    """A set-up question, with "3/7" in front while walking the whole set-up."""
    prefix = f"<b>{position[0]}/{position[1]}</b> · " if position else ""
    return prefix + SETUP_QUESTIONS[step]


def setup_done(account: Account, now: dt.datetime) -> str:
    return (
        "All set! 🎉\n\n"
        + settings_summary(account, now).removesuffix("\n\nTap one to change it.")
        + "\n\nTry logging a session, e.g. <i>5k easy 27:30</i> or <i>squats 3x5 @ 80kg</i>, "
        "or ask me <i>how many strength sessions a week?</i> Change anything with /settings."
    )


def setup_answer(step: str, account: Account, now: dt.datetime, *, skipped: bool) -> str:
    """The line that replaces a set-up question once it is answered or skipped."""
    if skipped:
        return f"{setting_line(step, account, now)} <i>(skipped — default kept)</i>"
    return f"✓ {setting_line(step, account, now)}"


SETTING_EXAMPLES = {
    "timezone": "Change it like /timezone Europe/London, or share your location.",
    "morning": "Change it like /morning 06:30.",
    "units": "Change it with /units metric or /units imperial.",
    "weight": "Set it like /weight 68 or /weight 150 lb.",
    "equipment": "Change it with /equipment gym or /equipment home.",
    "runs": "Change them like /runs tue:intervals thu:tempo sat:long.",
    "race": "Add one like /race 2027-04-18 marathon (5k, 10k, half, marathon or km).",
}


# --- the training log ---------------------------------------------------------------------


def plain(text: str) -> str:
    """Plain text from core, made safe for an HTML message."""
    return escape(text)


def logged(outcome: LogOutcome) -> str:
    units = cast(Units, outcome.units)
    lines = [escape(confirmation(outcome.entries, units=units))]
    lines += [f"🎉 {escape(record.describe(units=units))}" for record in outcome.records]
    if outcome.warning:
        lines.append(f"⚠️ {escape(outcome.warning)}")
    return "\n".join(lines)


def duplicate(outcome: LogOutcome) -> str:
    units = cast(Units, outcome.units)
    what = escape(confirmation(outcome.entries, units=units).removeprefix("Logged: "))
    return f"You sent exactly this a few minutes ago ({what}). Log it a second time?"


def load_check(outcome: LogOutcome) -> str:
    units = cast(Units, outcome.units)
    lines = []
    for check in outcome.load_checks:
        name = escape(exercise_name(check.exercise))
        typed = format_load(check.typed_kg, units=units)
        likely = format_load(check.likely_kg, units=units)
        lines.append(f"{name} at <b>{typed}</b> is far from what you usually lift — "
                     f"did you mean <b>{likely}</b>?")  # fmt: skip
    return "\n".join(lines) + "\nNothing is stored until you choose."


def not_logged(parsed: ParseResult | None) -> str:
    if parsed is None or parsed.error is None:
        return not_understood()
    text = escape(parsed.error)
    if parsed.question:
        return f"{text}\n{escape(parsed.question)}"
    return (
        f"{text} To log, write it like <i>8k easy 41:10</i> or <i>RDL 3x6 @ 75kg</i>; "
        "to ask, end with a question mark."
    )


def original_gone() -> str:
    return "I can't see your original message any more — please send it again."


def _entries_list(entries: Sequence[Entry], units: str) -> str:
    return "\n".join(
        f"• {escape(format_entry(e, units=cast(Units, units)))} ({format_day(e.date)})"
        for e in entries
    )


def undone(removed: Sequence[Entry], units: str) -> str:
    if not removed:
        return "There's nothing to undo."
    return "Removed:\n" + _entries_list(removed, units)


def moved(entries: Sequence[Entry], units: str) -> str:
    if not entries:
        return "That can't be moved (it's gone, or the day is in the future)."
    return "Moved:\n" + _entries_list(entries, units)


def edited(outcome: LogOutcome, old: Sequence[Entry]) -> str:
    if outcome.kind == "logged":
        return "Updated from your edit.\n" + logged(outcome)
    return "Your edited message isn't a log any more, so I removed:\n" + _entries_list(
        old, outcome.units
    )


def history(items: Sequence[LoggedItem], units: str) -> str:
    if not items:
        return "Nothing logged yet. Try <i>5k easy 27:30</i> or <i>squats 3x5 @ 80kg</i>."
    lines = ["<b>Your last entries</b>"]
    for item in items:
        entry = escape(format_entry(item.entry, units=cast(Units, units)))
        raw = escape(item.raw_text if len(item.raw_text) <= 60 else item.raw_text[:57] + "…")
        lines.append(f"{format_day(item.entry.date)} · {entry}\n   <i>“{raw}”</i>")
    return "\n".join(lines)


# --- questions ----------------------------------------------------------------------------


def answer(reply: Answer) -> str:
    return escape(reply.text)


def more(entry: TopicEntry) -> str:
    return f"<b>{escape(entry.title)}</b>\n\n{escape(entry.more)}"


def sources(entry: TopicEntry) -> str:
    listed = "\n".join(f"• {escape(source)}" for source in entry.sources)
    return f"<b>Sources — {escape(entry.title)}</b>\n{listed}"


# --- the plan ---------------------------------------------------------------------------------


def plan_day(plan: Mapping[str, Any], day: dt.date, units: str) -> str:
    [planned] = [d for d in plan["days"] if d["date"] == day.isoformat()]
    text = day_text(planned, units=cast(Units, units))
    warnings = "".join(f"\n⚠️ {escape(w)}" for w in plan["warnings"])
    return f"<b>Your plan</b>\n{escape(text)}{warnings}"


def plan_week_text(plan: Mapping[str, Any], units: str) -> str:
    return escape(week_text(plan, units=cast(Units, units)))


def plan_why(plan: Mapping[str, Any], day: dt.date | None) -> str:
    days = [d for d in plan["days"] if day is None or d["date"] == day.isoformat()]
    reasons = [
        f"<b>{format_day(dt.date.fromisoformat(d['date']))}</b>: {escape(' '.join(d['why']))}"
        for d in days
        if d["why"]
    ]
    return "\n".join(reasons) or "Nothing to explain for that day: no strength session."


# --- your data ----------------------------------------------------------------------------


def export_caption(data: dict[str, Any]) -> str:
    return f"Everything I store about you: settings, races and {len(data['activities'])} entries."


def delete_question() -> str:
    return (
        "Delete <b>everything</b> I store about you — settings, races and your whole training "
        "log? This can't be undone. (/export first if you want a copy.)"
    )


def deleted() -> str:
    return "Done: everything is deleted. If you write again, I'll start from scratch."
