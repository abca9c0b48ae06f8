"""From stored records to planned weeks: one path for /plan, the morning message and Move.

The planner itself is pure (core/planner); this module turns a runner's stored profile,
races, log, pause and morning-button presses into its inputs, and plans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from core.accounts import Account, Who, account_in
from core.entries import Entry
from core.models import PlanChange, TrainingProfile, User
from core.planner import Profile, check_heavy_legs, monday_of, plan_week, profile_from_json
from core.planner import Race as PlannedRace
from core.preferences import PAUSED_INDEFINITELY
from core.schedule import DayChange, respect_changes
from core.storage.db import Database
from core.week import WeekSummary, summarize_week

HISTORY_DAYS = 84  # twelve weeks: progression, re-entry after a pause, the four-week ramp
HEAVY_LEG_LIFTS = frozenset(
    {"back_squat", "front_squat", "deadlift", "trap_bar_deadlift", "romanian_deadlift",
     "bulgarian_split_squat", "leg_press"}
)  # fmt: skip
_DAY = dt.timedelta(days=1)


def planner_profile(profile: TrainingProfile | None) -> Profile:
    """The planner's profile for a stored one: named key runs, every other day easy."""
    if profile is None:
        return profile_from_json({})
    return profile_from_json(
        {
            "run_days": profile.key_runs,
            "strength_days_pref": profile.strength_days_pref,
            "sessions_per_week": profile.sessions_per_week,
            "equipment": profile.equipment,
            "experience": profile.experience,
            "bodyweight_kg": profile.bodyweight_kg,
        }
    )


def planner_races(races: Sequence[Any]) -> list[PlannedRace]:
    return [
        PlannedRace(date=race.race_date, distance_km=race.distance_km, name=race.name,
                    priority="B" if race.priority == "B" else "A")
        for race in races
    ]  # fmt: skip


def paused_days(user: User, day: dt.date) -> list[dt.date]:
    """Days of the last two weeks the runner had paused (the planner eases them back in)."""
    until = user.paused_until
    if until is None or until == PAUSED_INDEFINITELY:
        return []
    start = monday_of(day) - 7 * _DAY
    return [start + n * _DAY for n in range(14) if start + n * _DAY < until]


def week_plan(
    *,
    profile: Profile,
    races: Sequence[PlannedRace],
    history: Sequence[Entry],
    day: dt.date,
    today: dt.date | None = None,
    paused_days: Sequence[dt.date] = (),
) -> dict[str, Any]:
    """The plan (contract JSON) of the week holding `day`: as laid out, or re-planned from
    `today` around what was logged."""
    return plan_week(
        profile=profile, races=races, history=history, week_start=monday_of(day),
        today=today, paused_days=paused_days,
    ).to_json()  # fmt: skip


def todays_plan(
    *,
    profile: Profile,
    races: Sequence[PlannedRace],
    history: Sequence[Entry],
    day: dt.date,
    changes: Mapping[dt.date, DayChange],
    paused: Sequence[dt.date] = (),
) -> dict[str, Any]:
    """The week re-planned from `day`, minus sessions the runner skipped or moved."""
    plan = week_plan(
        profile=profile, races=races, history=history, day=day, today=day, paused_days=paused
    )
    monday = monday_of(day)
    if not any(monday <= d < day and c.action in ("skip", "move") for d, c in changes.items()):
        return plan
    # Only when a button was pressed earlier this week is the week laid out a second time.
    laid_out = week_plan(
        profile=profile, races=races, history=history, day=day, paused_days=paused
    )
    return respect_changes(plan, as_laid_out=laid_out, changes=changes, today=day)


def day_changes(rows: Sequence[PlanChange]) -> dict[dt.date, DayChange]:
    return {
        row.local_date: DayChange(row.action, row.session)  # type: ignore[arg-type]
        for row in rows
    }


async def planned_week(
    db: Database,
    *,
    who: Who,
    now: dt.datetime,
    day: dt.date | None = None,
    days_ahead: int = 0,
) -> tuple[Account, dict[str, Any], dt.date]:
    """The week holding `day` (default: the runner's today + `days_ahead`) as /plan shows
    it, re-planned from today around the log and the morning buttons when it is this week;
    returned with the account and the day asked about."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        today = account.today(now)
        target = day or today + days_ahead * _DAY
        monday = monday_of(target)
        user_id = account.user.id
        rows = await uow.activities.between(
            user_id, monday - HISTORY_DAYS * _DAY, monday + 6 * _DAY
        )
        changes = day_changes(await uow.plan_changes.between(user_id, monday, monday + 6 * _DAY))
        await uow.commit()
    history = [row.to_entry() for row in rows]
    profile, races = planner_profile(account.profile), planner_races(account.races)
    paused = paused_days(account.user, target)
    if monday == monday_of(today):
        plan = todays_plan(
            profile=profile, races=races, history=history, day=today, changes=changes,
            paused=paused,
        )  # fmt: skip
    else:
        plan = week_plan(profile=profile, races=races, history=history, day=target,
                         paused_days=paused)  # fmt: skip
    return account, plan, target


async def week_so_far(db: Database, *, who: Who, now: dt.datetime) -> tuple[Account, WeekSummary]:
    """This week up to today against the week as it was laid out (before any re-planning)."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        today = account.today(now)
        monday = monday_of(today)
        rows = await uow.activities.between(account.user.id, monday - HISTORY_DAYS * _DAY, today)
        await uow.commit()
    history = [row.to_entry() for row in rows]
    plan = week_plan(
        profile=planner_profile(account.profile), races=planner_races(account.races),
        history=history, day=today, paused_days=paused_days(account.user, today),
    )  # fmt: skip
    planned = {dt.date.fromisoformat(day["date"]): day for day in plan["days"]}
    summary = summarize_week(entries=history, week_start=monday, today=today, planned=planned)
    return account, summary


def heavy_legs_warning(
    account: Account, *, entries: Sequence[Entry], history: Sequence[Entry]
) -> str | None:
    """A specific warning when heavy leg work was just logged the day before a key run."""
    heavy_days = {e.date for e in entries if e.kind == "lift" and e.exercise in HEAVY_LEG_LIFTS}
    profile, races = planner_profile(account.profile), planner_races(account.races)
    for day in sorted(heavy_days):
        warning = check_heavy_legs(
            profile=profile, races=races, day=day, history=(*history, *entries)
        )
        if warning:
            return warning
    return None
