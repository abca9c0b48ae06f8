"""Webhook deliveries: take each Telegram update in once, whichever replica it reaches."""

from __future__ import annotations

import datetime as dt

from core.storage.db import Database

# Telegram gives up re-delivering an update after about a day; keep ids a little longer.
KEEP_SEEN_FOR = dt.timedelta(days=2)


async def first_delivery(db: Database, *, update_id: int, now: dt.datetime) -> bool:
    """Record an incoming update; False when it was taken in before (a re-delivery)."""
    async with db.uow() as uow:
        fresh = await uow.seen_updates.first_time(update_id, at=now)
        if fresh and update_id % 500 == 0:
            # Now and then, forget ids too old to be re-delivered.
            await uow.seen_updates.forget_before(now - KEEP_SEEN_FOR)
        await uow.commit()
        return fresh
