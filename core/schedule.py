"""What the coach sends on its own, and when: pure functions of users, plans, races and the
deliveries already made, for a given `now` (never read from a clock here).

Every message has a key (user, kind, local date) and a window on the runner's own clock:

- `morning` (today's plan): at the runner's morning time; until 11:00 (or 2 h after a later
  morning time).
- `race-14`, `race-7`, `race-4`, `race-1`, `race-0`, `race+1`: at the morning time that many
  days before (after) a race; until the end of that day.
- `review` (the weekly review): Sunday 19:00; until the end of Sunday.

A message whose window has closed (the bot was down) is dropped: recorded, never sent later.
Local times in a daylight-saving gap are sent at the first instant after the gap (02:30 on a
spring-forward night goes out at 03:30); in a fall-back overlap the first occurrence counts,
and the unique key stops the second. The morning plan is not sent on race day (the race
message takes its place), nor while the runner has paused messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.entries import Entry
from core.week import WeekSummary, mileage_ramp, start_of_week, summarize_week

MORNING = "morning"
REVIEW = "review"
# Days before the race (negative: after) → the reminder's kind.
RACE_REMINDERS: dict[int, str] = {
    14: "race-14", 7: "race-7", 4: "race-4", 1: "race-1", 0: "race-0", -1: "race+1",
}  # fmt: skip
KIND_ORDER = (MORNING, *RACE_REMINDERS.values(), REVIEW)

MORNING_GRACE_END = dt.time(11, 0)
LATE_MORNING_GRACE = dt.timedelta(hours=2)
REVIEW_TIME = dt.time(19, 0)
REVIEW_WEEKDAY = 6  # Sunday
KEY_RUNS = frozenset({"tempo", "intervals", "long"})
HARD_RUNS = frozenset({"tempo", "intervals", "long", "race"})
RAMP_LIMIT = 1.10

Key = tuple[int, str, dt.date]


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    """Return the runner's zone; an unknown name falls back to UTC rather than failing."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_instant(day: dt.date, time: dt.time, tz: ZoneInfo) -> dt.datetime:
    """Return the UTC instant of a wall-clock time; a time in a DST gap maps past the gap."""
    # fold=0 on a non-existent time takes the offset from before the change, which lands the
    # instant after the gap; on an ambiguous time it takes the first occurrence.
    return dt.datetime.combine(day, time, tzinfo=tz).astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Recipient:
    """What the schedule needs to know about one runner."""

    user_id: int
    chat_id: int
    timezone: str
    morning_time: dt.time
    created_at: dt.datetime
    paused_until: dt.date | None = None
    active: bool = True
    race_dates: tuple[dt.date, ...] = ()

    def paused_on(self, day: dt.date) -> bool:
        return self.paused_until is not None and day < self.paused_until


@dataclass(frozen=True, slots=True)
class Due:
    """One message with its window; `key` is the delivery's unique key."""

    user_id: int
    chat_id: int
    kind: str
    local_date: dt.date
    send_at: dt.datetime
    expires_at: dt.datetime

    @property
    def key(self) -> Key:
        return (self.user_id, self.kind, self.local_date)


@dataclass(frozen=True, slots=True)
class DuePass:
    """What one pass should send now, and what it should record as dropped."""

    send: tuple[Due, ...]
    drop: tuple[Due, ...]


Window = tuple[str, dt.datetime, dt.datetime]


def _windows(person: Recipient, day: dt.date, tz: ZoneInfo) -> list[Window]:
    """Every message the runner gets on local date `day`, with its window in UTC."""
    end_of_day = local_instant(day + dt.timedelta(days=1), dt.time(0, 0), tz)
    morning = local_instant(day, person.morning_time, tz)
    windows: list[Window] = []
    race_today = day in person.race_dates
    if not race_today:
        grace = max(local_instant(day, MORNING_GRACE_END, tz), morning + LATE_MORNING_GRACE)
        windows.append((MORNING, morning, min(grace, end_of_day)))
    seen: set[str] = set()
    for race_day in sorted(person.race_dates):
        kind = RACE_REMINDERS.get((race_day - day).days)
        if kind is not None and kind not in seen:
            seen.add(kind)
            windows.append((kind, morning, end_of_day))
    if day.weekday() == REVIEW_WEEKDAY:
        windows.append((REVIEW, local_instant(day, REVIEW_TIME, tz), end_of_day))
    return windows


def due_deliveries(
    recipients: Sequence[Recipient], *, delivered: Collection[Key], now: dt.datetime
) -> DuePass:
    """Return what is due at `now` and not yet delivered, and what is past its window.

    Only the runner's local today and yesterday are looked at: every window closes by the end
    of its local day, so anything older was dropped (or sent) by an earlier pass, and a longer
    outage simply has nothing left to send.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    send: list[Due] = []
    drop: list[Due] = []
    for person in recipients:
        if not person.active:
            continue
        tz = zone(person.timezone)
        today = now.astimezone(tz).date()
        for day in (today - dt.timedelta(days=1), today):
            if person.paused_on(day):
                continue
            for kind, send_at, expires_at in _windows(person, day, tz):
                if now < send_at or send_at < person.created_at:
                    continue
                due = Due(person.user_id, person.chat_id, kind, day, send_at, expires_at)
                if due.key in delivered:
                    continue
                (send if now < expires_at else drop).append(due)
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    send.sort(key=lambda d: (d.send_at, d.user_id, order[d.kind]))
    return DuePass(tuple(send), tuple(drop))


# --- What each message says (plain data; bot/render_messages.py puts it into words) ---------


@dataclass(frozen=True, slots=True)
class Missed:
    """A key session from yesterday's plan that is not in the log."""

    what: Literal["run", "strength"]
    label: str  # the run type, or the strength session's letter


@dataclass(frozen=True, slots=True)
class FuelTip:
    """Which fuelling tip fits the day (§8), with the runner's protein range when known."""

    topic: Literal["double", "key_run", "long", "protein"]
    protein_g: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class MorningBriefing:
    """Today's plan: run, strength session (maybe moved in from yesterday), a tip, a nudge."""

    local_date: dt.date
    units: str
    run: str
    strength: Mapping[str, Any] | None
    phase: str = "base"
    moved_from: dt.date | None = None
    tip: FuelTip | None = None
    missed: Missed | None = None
    kind: str = MORNING

    @property
    def rest_day(self) -> bool:
        return self.run == "rest" and self.strength is None

    def record(self) -> dict[str, Any]:
        """What was planned, kept with the delivery: the buttons and tomorrow's nudge read it."""
        return {"run": self.run, "strength": self.strength}


@dataclass(frozen=True, slots=True)
class RaceBriefing:
    """One of the six race reminders."""

    local_date: dt.date
    units: str
    days_out: int
    race_date: dt.date
    distance_km: float
    name: str
    taper_days: int
    kind: str = ""


@dataclass(frozen=True, slots=True)
class ReviewBriefing:
    """The week against the plan, the mileage ramp, strength over four weeks, next week."""

    local_date: dt.date
    units: str
    summary: WeekSummary
    ramp: float | None
    strength_by_week: tuple[int, ...]  # oldest first, ending with this week
    skipped: int
    next_week: Mapping[str, Any]
    kind: str = REVIEW

    @property
    def ramp_warning(self) -> bool:
        return self.ramp is not None and self.ramp > RAMP_LIMIT


Briefing = MorningBriefing | RaceBriefing | ReviewBriefing


@dataclass(frozen=True, slots=True)
class DayChange:
    """A button press on a day's planned session (see core.models.PlanChange)."""

    action: Literal["done", "skip", "move"]
    session: Mapping[str, Any] | None = None


def protein_range(bodyweight_kg: float | None) -> tuple[int, int] | None:
    """Return 1.6–2.2 g per kg of body weight a day, rounded to 5 g (§8)."""
    if bodyweight_kg is None:
        return None
    return (int(round(bodyweight_kg * 1.6 / 5) * 5), int(round(bodyweight_kg * 2.2 / 5) * 5))


def fuel_tip(
    run: str, strength: Mapping[str, Any] | None, *, bodyweight_kg: float | None
) -> FuelTip | None:
    """Pick the one tip that fits a hard day; easy and rest days get none."""
    lifting = strength is not None and strength.get("session") not in ("activation", "mobility")
    if lifting and run not in ("rest", "easy"):
        return FuelTip("double")
    if run == "long":
        return FuelTip("long")
    if run in HARD_RUNS:
        return FuelTip("key_run")
    if lifting:
        return FuelTip("protein", protein_range(bodyweight_kg))
    return None


def missed_yesterday(
    planned: Mapping[str, Any] | None,
    *,
    logged: Sequence[Entry],
    change: DayChange | None,
) -> Missed | None:
    """Return the one key session from yesterday's plan that is not logged, if any.

    A session the runner skipped, moved or marked done on purpose is not missed.
    """
    if planned is None or change is not None:
        return None
    run = planned.get("run")
    if run in KEY_RUNS and not any(entry.kind == "run" for entry in logged):
        return Missed("run", str(run))
    strength = planned.get("strength")
    if (
        strength
        and strength.get("session") not in ("activation", "mobility")
        and not any(entry.kind == "lift" for entry in logged)
    ):
        return Missed("strength", str(strength.get("session")))
    return None


def _day_of(plan: Mapping[str, Any], day: dt.date) -> Mapping[str, Any]:
    for planned in plan["days"]:
        if planned["date"] == day.isoformat():
            return planned
    raise ValueError(f"{day} is not in the planned week {plan.get('week_start')}")


def respect_changes(
    plan: Mapping[str, Any],
    *,
    as_laid_out: Mapping[str, Any],
    changes: Mapping[dt.date, DayChange],
    today: dt.date,
) -> dict[str, Any]:
    """Take out of `plan` the sessions the planner re-placed after the runner skipped or moved
    them with the morning buttons.

    `plan` is the week re-planned from today (the planner moves a session that was not
    logged to a later day); `as_laid_out` is the same week planned without that. A session
    that sits on a later day only because it was not logged on a day the runner pressed
    [Skip] or [Move to tomorrow] is dropped: a skip is a decision, and a move already put it
    on the next day.
    """
    laid_out = {day["date"]: day for day in as_laid_out["days"]}
    decided = {
        (laid_out[day.isoformat()].get("strength") or {}).get("session")
        for day, change in changes.items()
        if change.action in ("skip", "move")
        and day < today
        and day.isoformat() in laid_out
        and laid_out[day.isoformat()].get("strength")
    }
    decided.discard(None)
    if not decided:
        return dict(plan)
    days = []
    for day in plan["days"]:
        strength = day.get("strength")
        original = (laid_out.get(day["date"], {}).get("strength") or {}).get("session")
        kind = strength.get("session") if strength else None
        if kind in decided and kind != original and day["date"] >= today.isoformat():
            day = {**day, "strength": None}
        days.append(day)
    return {**plan, "days": days}


def morning_briefing(
    *,
    local_date: dt.date,
    plan: Mapping[str, Any],
    changes: Mapping[dt.date, DayChange],
    yesterday_planned: Mapping[str, Any] | None,
    logged_yesterday: Sequence[Entry],
    bodyweight_kg: float | None,
    units: str,
    rest_day_messages: bool = True,
) -> MorningBriefing | None:
    """Build today's morning message from the week's plan (`WeekPlan.to_json()` shape).

    Returns None on a rest day when the runner turned rest-day messages off.
    """
    today = _day_of(plan, local_date)
    run, strength = str(today["run"]), today.get("strength")
    yesterday = local_date - dt.timedelta(days=1)
    moved_from = None
    moved = changes.get(yesterday)
    if moved is not None and moved.action == "move" and moved.session and strength is None:
        strength, moved_from = moved.session, yesterday
    briefing = MorningBriefing(
        local_date=local_date,
        units=units,
        run=run,
        strength=strength,
        phase=str(plan.get("phase", "")),
        moved_from=moved_from,
        tip=fuel_tip(run, strength, bodyweight_kg=bodyweight_kg),
        missed=missed_yesterday(
            yesterday_planned, logged=logged_yesterday, change=changes.get(yesterday)
        ),
    )
    if briefing.rest_day and briefing.missed is None and not rest_day_messages:
        return None
    return briefing


def race_briefing(
    *,
    kind: str,
    local_date: dt.date,
    race_date: dt.date,
    distance_km: float,
    name: str,
    taper_days: int,
    units: str,
) -> RaceBriefing:
    """Build one race reminder."""
    return RaceBriefing(
        local_date=local_date,
        units=units,
        days_out=(race_date - local_date).days,
        race_date=race_date,
        distance_km=distance_km,
        name=name,
        taper_days=taper_days,
        kind=kind,
    )


def weekly_review(
    *,
    local_date: dt.date,
    entries: Sequence[Entry],
    plan: Mapping[str, Any],
    next_week: Mapping[str, Any],
    changes: Mapping[dt.date, DayChange],
    units: str,
) -> ReviewBriefing:
    """Build the Sunday review; `entries` should reach four weeks before this one."""
    monday = start_of_week(local_date)
    planned = {dt.date.fromisoformat(day["date"]): day for day in plan["days"]}
    summary = summarize_week(entries=entries, week_start=monday, today=local_date, planned=planned)
    starts = [monday - dt.timedelta(weeks=back) for back in range(4, -1, -1)]
    distances = [0.0] * len(starts)
    lift_days: list[set[dt.date]] = [set() for _ in starts]
    for entry in entries:
        index = (start_of_week(entry.date) - starts[0]).days // 7
        if not 0 <= index < len(starts) or entry.date > local_date:
            continue
        if entry.kind == "run":
            distances[index] += entry.distance_m or 0.0
        elif entry.kind == "lift":
            lift_days[index].add(entry.date)
    skipped = sum(
        1
        for day, change in changes.items()
        if change.action == "skip" and monday <= day <= local_date
    )
    return ReviewBriefing(
        local_date=local_date,
        units=units,
        summary=summary,
        ramp=mileage_ramp(weekly_distances_m=distances),
        strength_by_week=tuple(len(days) for days in lift_days[1:]),
        skipped=skipped,
        next_week=next_week,
    )


@dataclass(slots=True)
class PassReport:
    """The outcome of one dispatcher pass: `coach send-due` prints these three numbers."""

    sent: int = 0
    skipped: int = 0
    failed: int = 0

    def to_json(self) -> dict[str, int]:
        return {"sent": self.sent, "skipped": self.skipped, "failed": self.failed}
