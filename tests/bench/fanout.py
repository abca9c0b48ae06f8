"""Benchmark the scheduled-message fan-out; prints one JSON line.

(a) prepare: what is due + the week's plan + the rendered message for 10,000 runners spread
    over 40 time zones, all due at the same moment — messages prepared per second.
(b) send: 600 morning plans to 600 chats through the real dispatcher (SQLite) and the paced
    sender, over HTTP to a Bot API stand-in on 127.0.0.1 that allows 30 sendMessage calls in
    any second and answers 429 with retry_after beyond that — wall time over the 20 s floor,
    plus messages lost and duplicated.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from telegram.ext import AIORateLimiter, ExtBot

from bot.render_messages import render_briefing
from bot.sender import TelegramSender
from core.dispatch import briefing_for, group_records, send_due
from core.models import Activity, TrainingProfile, User
from core.schedule import Recipient, due_deliveries
from core.storage.db import Database
from core.storage.migrate import upgrade
from tests.support.botapi_server import BotApiServer

RUNNERS = 10_000
SEND_CHATS = 600
TELEGRAM_LIMIT = 30  # messages a second
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
JOINED = NOW - dt.timedelta(hours=6)  # so yesterday's messages are not due (nor dropped)
ZONES = (
    "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
    "America/Chicago", "America/New_York", "America/Sao_Paulo", "America/St_Johns",
    "Atlantic/Azores", "Europe/London", "Europe/Berlin", "Europe/Athens", "Africa/Nairobi",
    "Asia/Tehran", "Asia/Dubai", "Asia/Kabul", "Asia/Karachi", "Asia/Kolkata",
    "Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon", "Asia/Bangkok", "Asia/Shanghai",
    "Australia/Eucla", "Asia/Tokyo", "Australia/Adelaide", "Australia/Sydney",
    "Australia/Lord_Howe", "Pacific/Noumea", "Pacific/Auckland", "Pacific/Chatham",
    "Pacific/Tongatapu", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Santiago",
    "America/Havana", "Africa/Casablanca", "Asia/Jerusalem", "Europe/Moscow",
    "America/Mexico_City",
)  # fmt: skip
RUNS = ("rest", "easy", "easy", "tempo", "intervals", "long")
LIFTS = ("romanian_deadlift", "bulgarian_split_squat", "hip_thrust", "calf_raise", "step_up")


def _just_before(local_now: dt.datetime, *, minutes: int) -> dt.time:
    """A morning time a few minutes ago on the runner's clock (not before their midnight), so
    that everyone is due at NOW."""
    earlier = max(local_now - dt.timedelta(minutes=minutes), local_now.replace(hour=0, minute=0))
    return earlier.time().replace(second=0, microsecond=0)


def _history(rng: random.Random, user_id: int, today: dt.date) -> list[tuple]:
    """Twelve weeks of logs as the dispatcher reads them: (user, date, kind, *entry fields)."""
    fields = Activity._ENTRY_FIELDS
    rows: list[tuple] = []

    def row(day: dt.date, kind: str, **values: object) -> tuple:
        return (user_id, day, kind, *(values.get(name, False if name == "per_side" else None)
                                      for name in fields))  # fmt: skip

    for back in range(84, 0, -1):
        day = today - dt.timedelta(days=back)
        if rng.random() < 0.6:
            rows.append(row(day, "run", distance_m=rng.uniform(5e3, 20e3), run_type="easy"))
        if day.weekday() in (1, 3) and rng.random() < 0.8:
            for slug in LIFTS[:4]:
                rows.append(row(day, "lift", exercise=slug, sets=3, reps=rng.randint(5, 10),
                                load_kg=rng.choice((40.0, 60.0, 80.0))))  # fmt: skip
    return rows


def prepare_rate() -> dict[str, float]:
    """(a): messages prepared per second, due + plan + render."""
    rng = random.Random(20261124)
    people: list[Recipient] = []
    users: dict[int, tuple[User, TrainingProfile, list[tuple]]] = {}
    histories = []
    for user_id in range(RUNNERS):
        zone = ZONES[user_id % len(ZONES)]
        local_now = NOW.astimezone(ZoneInfo(zone))
        morning = _just_before(local_now, minutes=rng.randint(1, 50))
        user = User(id=user_id, telegram_id=user_id, chat_id=user_id, timezone=zone,
                    morning_time=morning, units=rng.choice(("metric", "imperial")),
                    active=True, rest_day_messages=True)  # fmt: skip
        profile = TrainingProfile(
            user_id=user_id, key_runs={d: rng.choice(RUNS) for d in ("tue", "thu", "sat")},
            strength_days_pref="hard", sessions_per_week=rng.choice((1, 2, 2, 3)),
            equipment=rng.choice(("gym", "home")), experience="some",
            bodyweight_kg=rng.uniform(50, 90),
        )  # fmt: skip
        if len(histories) < 500:
            histories.append(_history(rng, user_id, local_now.date()))
        people.append(Recipient(user_id, user_id, zone, morning, JOINED))
        users[user_id] = (user, profile, histories[user_id % 500])
    start = time.perf_counter()
    due = due_deliveries(people, delivered=set(), now=NOW)
    prepared = 0
    for item in due.send:
        user, profile, history = users[item.user_id]
        # What the dispatcher does with one runner's rows from the database, then the message.
        records = {"users": [user], "profiles": [profile], "races": [], "changes": [],
                   "mornings": [], "activities": history}  # fmt: skip
        briefing = briefing_for(item, group_records(records)[item.user_id])
        if briefing is not None:
            render_briefing(briefing)
            prepared += 1
    elapsed = time.perf_counter() - start
    return {"prepared": prepared, "prepare_per_s": round(prepared / elapsed, 1)}


async def _send_run(url: str, api: BotApiServer) -> float:
    db = Database(url)
    bot: ExtBot[None] = ExtBot(
        "4242:bench", base_url=api.base_url, rate_limiter=AIORateLimiter(max_retries=3)
    )
    try:
        async with bot:
            sender = TelegramSender(bot)
            start = time.perf_counter()
            report = await send_due(db, now=NOW, send=sender)
            elapsed = time.perf_counter() - start
        assert report.sent == SEND_CHATS, report
        return elapsed
    finally:
        await db.dispose()


def send_rate() -> dict[str, float | int]:
    """(b): 600 chats through a 30 msg/s stand-in: wall time / 20 s, lost, duplicated."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.sqlite3"
        upgrade(url)

        async def add() -> None:
            db = Database(url)
            async with db.uow() as uow:
                for n in range(SEND_CHATS):
                    zone = ZONES[n % len(ZONES)]
                    local_now = NOW.astimezone(ZoneInfo(zone))
                    morning = _just_before(local_now, minutes=5)
                    uow.users.add(User(telegram_id=50_000 + n, chat_id=50_000 + n,
                                       timezone=zone, morning_time=morning,
                                       created_at=JOINED))  # fmt: skip
                await uow.commit()
            await db.dispose()

        asyncio.run(add())
        with BotApiServer("4242:bench", rate_limit=TELEGRAM_LIMIT) as api:
            elapsed = asyncio.run(_send_run(url, api))
            chats = collections.Counter(
                int(c.params["chat_id"]) for c in api.calls if c.method == "sendMessage"
            )
            rejected = api.rejected
    floor = SEND_CHATS / TELEGRAM_LIMIT
    return {
        "send_wall_s": round(elapsed, 2),
        "send_wall_over_floor": round(elapsed / floor, 3),
        "lost": SEND_CHATS - len(chats),
        "duplicated": sum(n - 1 for n in chats.values()),
        "rate_limited_429": rejected,
    }


def main() -> None:
    result: dict[str, object] = {"bench": "fanout", "runners": RUNNERS, "zones": len(ZONES)}
    result.update(prepare_rate())
    if "--prepare-only" not in sys.argv:
        result.update(send_rate())
    print(json.dumps(result))


if __name__ == "__main__":
    main()
