"""Never twice: two dispatchers on one PostgreSQL, and a dispatcher killed mid-pass."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt

import pytest
import sqlalchemy as sa

from core.dispatch import CLAIM_BATCH, SendResult, send_due
from core.models import Delivery, User
from core.storage.db import Database

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
JOINED = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


async def add_runners(db: Database, count: int) -> None:
    async with db.uow() as uow:
        for n in range(count):
            uow.users.add(User(telegram_id=10_000 + n, chat_id=10_000 + n, created_at=JOINED))
        await uow.commit()


async def statuses(db: Database) -> collections.Counter[str]:
    async with db.engine.connect() as connection:
        rows = await connection.execute(sa.select(Delivery.status))
        return collections.Counter(row[0] for row in rows)


class Crash(BaseException):
    """The process dying mid-send (not an error the dispatcher may catch)."""


class Inbox:
    """Every chat's received messages, shared by all dispatchers (Telegram's view)."""

    def __init__(self) -> None:
        self.received: list[int] = []

    def sender(self, *, crash_after: int | None = None):
        count = 0

        async def send(chat_id: int, briefing) -> SendResult:
            nonlocal count
            await asyncio.sleep(0)  # let the other dispatcher in between every send
            if crash_after is not None and count >= crash_after:
                raise Crash
            count += 1
            self.received.append(chat_id)
            return SendResult("sent")

        return send


async def test_two_dispatchers_on_one_postgresql_send_each_of_1000_messages_once(fresh_url):
    if not fresh_url.startswith("postgresql"):
        pytest.skip("several dispatchers share one database on PostgreSQL only")
    first, second = Database(fresh_url), Database(fresh_url)
    try:
        await add_runners(first, 1000)
        inbox = Inbox()
        # Without taking turns, so that both really race for the same claims.
        reports = await asyncio.gather(
            send_due(first, now=NOW, send=inbox.sender(), one_at_a_time=False),
            send_due(second, now=NOW, send=inbox.sender(), one_at_a_time=False),
        )
        duplicates = [c for c, n in collections.Counter(inbox.received).items() if n > 1]
        assert duplicates == []
        assert len(set(inbox.received)) == 1000  # none missed
        assert sum(r.sent for r in reports) == 1000
        assert await statuses(first) == {"sent": 1000}
        # Both did real work: the claims interleaved rather than one pass doing it all.
        assert all(r.sent > 0 for r in reports), [r.to_json() for r in reports]
    finally:
        await first.dispose()
        await second.dispose()


async def test_dispatchers_on_postgresql_take_turns_so_one_paced_sender_sends_it_all(fresh_url):
    if not fresh_url.startswith("postgresql"):
        pytest.skip("several dispatchers share one database on PostgreSQL only")
    first, second = Database(fresh_url), Database(fresh_url)
    try:
        await add_runners(first, 100)
        inbox = Inbox()
        reports = await asyncio.gather(
            send_due(first, now=NOW, send=inbox.sender()),
            send_due(second, now=NOW, send=inbox.sender()),
        )
        assert sorted(r.sent for r in reports) == [0, 100]
        assert sorted(inbox.received) == sorted(set(inbox.received)) and len(inbox.received) == 100
    finally:
        await first.dispose()
        await second.dispose()


async def test_a_dispatcher_killed_mid_pass_then_restarted_sends_nothing_twice(fresh_url):
    db = Database(fresh_url)
    try:
        await add_runners(db, 200)
        inbox = Inbox()
        with pytest.raises(Crash):
            await send_due(db, now=NOW, send=inbox.sender(crash_after=37))
        assert len(inbox.received) == 37
    finally:
        await db.dispose()

    restarted = Database(fresh_url)
    try:
        report = await send_due(restarted, now=NOW, send=inbox.sender())
        counts = collections.Counter(inbox.received)
        assert max(counts.values()) == 1  # 0 duplicates
        rows = await statuses(restarted)
        assert report.sent > 0 and rows["sent"] + rows["claimed"] == 200
        # What was in flight when it died stays "claimed" for good: sent but unconfirmed, or
        # lost — at most the batch being sent and the one claimed behind it.
        assert 0 < rows["claimed"] <= 2 * CLAIM_BATCH
        unconfirmed = len(inbox.received) - rows["sent"]
        assert 0 <= unconfirmed <= rows["claimed"]
        again = await send_due(restarted, now=NOW, send=inbox.sender())
        assert again.to_json() == {"sent": 0, "skipped": 0, "failed": 0}
    finally:
        await restarted.dispose()
