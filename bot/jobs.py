"""The JobQueue tick: every minute, one pass of the dispatcher (the database decides what)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.ext import Application

from bot.context import CoachContext
from bot.sender import TelegramSender
from core.dispatch import send_due

log = logging.getLogger(__name__)

TICK_SECONDS = 60
FIRST_TICK_SECONDS = 5


class Ticker:
    """Runs one pass per tick; a pass still running (a big morning) makes the next tick wait."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self.sender: TelegramSender | None = None

    async def __call__(self, context: CoachContext) -> None:
        if self._lock.locked():
            log.info("previous send-due pass still running; this tick waits for the next")
            return
        async with self._lock:
            if self.sender is None:
                # One sender for the process, so its pacing covers every pass.
                self.sender = TelegramSender(context.bot)
            report = await send_due(context.db, now=context.now(), send=self.sender)
            if report.sent or report.skipped or report.failed:
                log.info("send-due: %s", report.to_json())


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Schedule the tick (it starts with the application, e.g. `coach run`)."""
    if app.job_queue is None:
        log.warning("no JobQueue (python-telegram-bot[job-queue] missing): nothing is scheduled")
        return
    app.job_queue.run_repeating(
        Ticker(),
        interval=TICK_SECONDS,
        first=FIRST_TICK_SECONDS,
        name="send-due",
        # A tick that starts a little late should still run rather than be skipped.
        job_kwargs={"misfire_grace_time": TICK_SECONDS // 2, "coalesce": True},
    )
