"""`coach send-due` as a real process, sending over HTTP to a Bot API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from core.models import User
from core.storage.db import Database
from core.storage.migrate import upgrade
from tests.support.botapi_server import BotApiServer

TOKEN = "424242:e2e-send-due-token"
JOINED = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)


def add_runners(url: str, runners: list[tuple[int, str]]) -> None:
    async def add() -> None:
        db = Database(url)
        async with db.uow() as uow:
            for telegram_id, zone in runners:
                uow.users.add(
                    User(telegram_id=telegram_id, chat_id=telegram_id, timezone=zone,
                         created_at=JOINED)
                )  # fmt: skip
            await uow.commit()
        await db.dispose()

    asyncio.run(add())


def send_due(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "send-due", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_send_due_sends_once_prints_one_json_line_and_stops_at_a_block(tmp_path: Path):
    database = tmp_path / "coach.sqlite3"
    url = f"sqlite:///{database}"
    upgrade(url)
    # Two runners whose 07:00 is now (London, Lisbon: UTC in winter), one in New York (02:00
    # there), one who blocked the bot.
    add_runners(url, [(1, "Europe/London"), (2, "Europe/Lisbon"), (3, "America/New_York"),
                      (4, "UTC")])  # fmt: skip
    with BotApiServer(TOKEN) as api:
        api.blocked.add(4)
        env = {
            **os.environ,
            "COACH_TELEGRAM_TOKEN": TOKEN,
            "COACH_TELEGRAM_API_URL": api.base_url,
            "COACH_DATABASE_URL": url,
            "COACH_LOG_LEVEL": "WARNING",
        }
        dry = send_due(env, "--now", "2026-11-24T07:05:00Z", "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert json.loads(dry.stdout) == {"sent": 3, "skipped": 0, "failed": 0}
        assert [c for c in api.calls if c.method == "sendMessage"] == []

        first = send_due(env, "--now", "2026-11-24T07:05:00Z")
        assert first.returncode == 0, first.stderr
        assert first.stdout.count("\n") == 1
        assert json.loads(first.stdout) == {"sent": 2, "skipped": 1, "failed": 0}
        sent = [c for c in api.calls if c.method == "sendMessage"]
        assert sorted(int(c.params["chat_id"]) for c in sent) == [1, 2]
        assert all(c.params["parse_mode"] == "HTML" and "today's plan" in c.params["text"]
                   for c in sent)  # fmt: skip
        buttons = sent[0].params["reply_markup"]["inline_keyboard"][0]
        assert [b["text"] for b in buttons] == ["Done ✓", "Skip", "Move to tomorrow"]

        again = send_due(env, "--now", "2026-11-24T07:05:00Z")
        assert json.loads(again.stdout) == {"sent": 0, "skipped": 0, "failed": 0}
        assert len([c for c in api.calls if c.method == "sendMessage"]) == 2

        bad = send_due(env, "--now", "tuesday morning")
        assert bad.returncode == 2 and "--now" in bad.stderr

    assert TOKEN not in first.stderr
    with sqlite3.connect(database) as connection:
        active = connection.execute("SELECT telegram_id FROM users WHERE active").fetchall()
        statuses = connection.execute(
            "SELECT u.telegram_id, d.status FROM deliveries d JOIN users u ON u.id = d.user_id"
        ).fetchall()
    assert sorted(active) == [(1,), (2,), (3,)]  # the runner who blocked the bot is off the list
    assert sorted(statuses) == [(1, "sent"), (2, "sent"), (4, "blocked")]


def test_two_send_due_processes_at_once_send_each_message_once(fresh_url: str):
    async def add() -> None:
        db = Database(fresh_url)
        async with db.uow() as uow:
            for n in range(60):
                uow.users.add(User(telegram_id=700 + n, chat_id=700 + n, created_at=JOINED))
            await uow.commit()
        await db.dispose()

    asyncio.run(add())
    with BotApiServer(TOKEN) as api:
        env = {
            **os.environ,
            "COACH_TELEGRAM_TOKEN": TOKEN,
            "COACH_TELEGRAM_API_URL": api.base_url,
            "COACH_DATABASE_URL": fresh_url,
            "COACH_LOG_LEVEL": "WARNING",
        }
        command = [sys.executable, "-m", "bot", "send-due", "--now", "2026-11-24T07:00:00Z"]
        processes = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
            for _ in range(2)
        ]  # fmt: skip
        outputs = [process.communicate(timeout=120) for process in processes]
        chats = [int(c.params["chat_id"]) for c in api.calls if c.method == "sendMessage"]
    assert all(process.returncode == 0 for process in processes), outputs
    reports = [json.loads(stdout) for stdout, _ in outputs]
    assert sum(report["sent"] for report in reports) == 60
    assert sorted(chats) == list(range(700, 760))  # each runner once: none twice, none missed
