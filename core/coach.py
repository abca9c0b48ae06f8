"""What the coach knows about a runner when answering them: weight, key runs, race, loads."""

from __future__ import annotations

import datetime as dt

from core.accounts import Who, account_in
from core.faq import UserContext
from core.storage.db import Database

WORKING_WEIGHT_WEEKS = 8


async def user_context(db: Database, *, who: Who, now: dt.datetime) -> UserContext:
    """Gather the runner's facts that personalise an answer."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        today = account.today(now)
        since = today - dt.timedelta(weeks=WORKING_WEIGHT_WEEKS)
        recent = await uow.activities.between(account.user.id, since, today)
        await uow.commit()
    working: dict[str, float] = {}
    for activity in recent:  # oldest first: the latest heaviest set per lift wins
        if activity.kind == "lift" and activity.exercise and activity.load_kg:
            working[activity.exercise] = activity.load_kg
    race = account.races[0] if account.races else None
    return UserContext(
        bodyweight_kg=account.profile.bodyweight_kg,
        units="imperial" if account.user.units == "imperial" else "metric",
        key_runs=dict(account.profile.key_runs),
        days_to_race=(race.race_date - today).days if race else None,
        race_name=race.name or None if race else None,
        race_distance_km=race.distance_km if race else None,
        working_weights=working,
    )
