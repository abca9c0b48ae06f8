"""Use cases of the plan: a runner's stored profile and log turned into planned weeks."""

from __future__ import annotations

import datetime as dt

from core.accounts import Account, Who, account_in
from core.entries import Entry
from core.planner import WEEKDAYS, Profile, Race, WeekPlan, check_heavy_legs, plan_week
from core.preferences import PAUSED_INDEFINITELY
from core.storage.db import Database

HISTORY_WEEKS = 12  # enough for the progression rules and a re-entry week after a pause
HEAVY_LEG_LIFTS = frozenset(
    {"back_squat", "front_squat", "deadlift", "trap_bar_deadlift", "romanian_deadlift",
     "bulgarian_split_squat", "leg_press"}
)  # fmt: skip


def profile_of(account: Account) -> Profile:
    """The planner's view of a stored profile: named key runs, every other day easy."""
    stored = account.profile
    run_days: dict[str, str] = {day: stored.key_runs.get(day, "easy") for day in WEEKDAYS}
    bodyweight = stored.bodyweight_kg
    return Profile(
        run_days=run_days,
        strength_days_pref="easy" if stored.strength_days_pref == "easy" else "hard",
        sessions_per_week=min(max(stored.sessions_per_week, 1), 3),
        equipment="home" if stored.equipment == "home" else "gym",
        experience="new"
        if stored.experience == "new"
        else ("experienced" if stored.experience == "experienced" else "some"),
        bodyweight_kg=bodyweight if bodyweight is not None and 25 <= bodyweight <= 300 else None,
    )


def races_of(account: Account) -> list[Race]:
    return [
        Race(date=race.race_date, distance_km=race.distance_km, name=race.name,
             priority="B" if race.priority == "B" else "A")
        for race in account.races
    ]  # fmt: skip


def _paused_days(account: Account, monday: dt.date) -> list[dt.date]:
    until = account.user.paused_until
    if until is None or until == PAUSED_INDEFINITELY:
        return []
    start = monday - dt.timedelta(days=7)
    return [
        start + dt.timedelta(days=n) for n in range(14) if start + dt.timedelta(days=n) < until
    ]


async def week_plan(
    db: Database, *, who: Who, now: dt.datetime, day: dt.date | None = None
) -> tuple[Account, WeekPlan]:
    """Plan the week holding `day` (default: the runner's today) from their profile and log."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        today = account.today(now)
        target = day or today
        monday = target - dt.timedelta(days=target.weekday())
        since = monday - dt.timedelta(weeks=HISTORY_WEEKS)
        rows = await uow.activities.between(account.user.id, since, monday + dt.timedelta(6))
        await uow.commit()
    history = [row.to_entry() for row in rows]
    plan = plan_week(
        profile=profile_of(account), races=races_of(account), history=history,
        week_start=monday, today=today, paused_days=_paused_days(account, monday),
    )  # fmt: skip
    return account, plan


def heavy_legs_warning(
    account: Account, *, entries: tuple[Entry, ...], history: tuple[Entry, ...]
) -> str | None:
    """A specific warning when heavy leg work was just logged the day before a key run."""
    heavy_days = {e.date for e in entries if e.kind == "lift" and e.exercise in HEAVY_LEG_LIFTS}
    for day in sorted(heavy_days):
        warning = check_heavy_legs(
            profile=profile_of(account), races=races_of(account), day=day,
            history=(*history, *entries),
        )  # fmt: skip
        if warning:
            return warning
    return None
