"""A runner's own data: everything exported on request, or everything deleted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.accounts import Who, account_in
from core.storage.db import Database

EXPORT_FORMAT = 1


async def export_data(db: Database, *, who: Who, now: dt.datetime) -> dict[str, Any]:
    """Everything stored about the runner, as JSON-ready data."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        user, profile = account.user, account.profile
        races = await uow.races.for_user(user.id)
        activities = await uow.activities.all_for_user(user.id)
        await uow.commit()
    return {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "settings": {
            "name": user.name, "timezone": user.timezone, "units": user.units,
            "morning_time": user.morning_time.strftime("%H:%M"),
            "paused_until": user.paused_until.isoformat() if user.paused_until else None,
            "rest_day_messages": user.rest_day_messages,
        },
        "profile": {
            "key_runs": dict(profile.key_runs), "strength_days_pref": profile.strength_days_pref,
            "sessions_per_week": profile.sessions_per_week, "equipment": profile.equipment,
            "experience": profile.experience, "bodyweight_kg": profile.bodyweight_kg,
        },
        "races": [
            {"date": r.race_date.isoformat(), "distance_km": r.distance_km, "name": r.name,
             "priority": r.priority}
            for r in races
        ],
        "activities": [
            {**a.to_entry().to_json(), "raw_text": a.raw_text, "source": a.source,
             "logged_at": a.created_at.isoformat()}
            for a in activities
        ],
    }  # fmt: skip


async def delete_account(db: Database, *, who: Who) -> bool:
    """Delete the runner and everything of theirs; False when there was nothing stored."""
    async with db.uow() as uow:
        user = await uow.users.by_telegram_id(who.telegram_id)
        if user is None:
            return False
        await uow.users.delete(user)
        await uow.commit()
        return True
