"""The one sender for messages the coach sends on its own: paced, retried, 403-aware.

Telegram allows about 30 messages a second overall and about one a second per chat. The
application's AIORateLimiter only covers the overall limit and only within one request's
retries, so this sender paces itself: a little under 30/s overall, one message a second per
chat, a shared pause for everyone when Telegram answers 429 with `retry_after`, and a short
backoff on network errors that mean nothing was delivered. A read timeout is not retried:
the message may have arrived, and a duplicate is worse than a lost one. AIORateLimiter stays
underneath as a second guard for everything else the bot sends (replies to runners).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable

import httpx
from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.render_messages import render_briefing
from core.dispatch import SendResult
from core.schedule import Briefing

log = logging.getLogger(__name__)

Render = Callable[[Briefing], tuple[str, InlineKeyboardMarkup | None]]


def retry_after_seconds(error: RetryAfter) -> float:
    """Return the wait Telegram asked for, in seconds."""
    value = getattr(error, "_retry_after", None)  # avoids PTB's int/timedelta deprecation path
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return 1.0


def maybe_delivered(error: NetworkError) -> bool:
    """True when the request reached Telegram but the answer did not come back (read timeout).

    Connection, pool and write timeouts and refused connections mean nothing was delivered,
    so those are safe to retry.
    """
    return isinstance(error, TimedOut) and isinstance(error.__cause__, httpx.ReadTimeout)


class TelegramSender:
    """Send briefings to chats under Telegram's limits; never raises for a Telegram error."""

    def __init__(
        self,
        bot: Bot,
        *,
        rate: float = 29.0,
        per_chat_interval: float = 1.0,
        attempts: int = 4,
        backoff: float = 0.5,
        render: Render = render_briefing,
    ) -> None:
        self._bot, self._render = bot, render
        self._interval, self._per_chat = 1.0 / rate, per_chat_interval
        self._attempts, self._backoff = attempts, backoff
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._chat_next: dict[int, float] = {}
        self._lock = asyncio.Lock()
        self._slot_lock = asyncio.Lock()
        self.rate_limited = 0  # 429 answers seen, for the logs and the benchmark

    async def _wait_until(self, moment: float) -> None:
        delay = moment - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)

    async def _turn(self, chat_id: int, *, retry: bool) -> None:
        """Wait for this chat's next free second (not on a retry: nothing reached the chat),
        then for the next overall slot."""
        if not retry:
            async with self._lock:
                now = time.monotonic()
                chat_at = max(now, self._chat_next.get(chat_id, 0.0))
                self._chat_next[chat_id] = chat_at + self._per_chat
                if len(self._chat_next) > 50_000:
                    self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}
            await self._wait_until(chat_at)
        # Slots are taken one at a time and spaced from when each send really starts: a loop
        # that stalls for a moment must not release a burst of overdue sends at once.
        async with self._slot_lock:
            await self._wait_until(max(self._next_slot, self._paused_until))
            self._next_slot = time.monotonic() + self._interval

    async def __call__(self, chat_id: int, briefing: Briefing) -> SendResult:
        text, markup = self._render(briefing)
        for attempt in range(1, self._attempts + 1):
            await self._turn(chat_id, retry=attempt > 1)
            try:
                await self._bot.send_message(
                    chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup
                )
            except Forbidden as error:
                return SendResult("blocked", str(error)[:500])
            except RetryAfter as error:
                self.rate_limited += 1
                wait = retry_after_seconds(error)
                log.warning("Telegram asked to wait %.1f s (429); pausing all sends", wait)
                async with self._lock:
                    self._paused_until = max(self._paused_until, time.monotonic() + wait)
                detail = f"429 retry_after {wait:g}"
            except BadRequest as error:
                # BadRequest is a NetworkError subclass, but retrying the same request is futile.
                return SendResult("failed", str(error)[:500])
            except NetworkError as error:
                detail = f"{type(error).__name__}: {error}"
                if maybe_delivered(error):
                    # Sent, but no answer: retrying could send it twice. At most once wins.
                    return SendResult("failed", f"unconfirmed: {detail}"[:500])
                await asyncio.sleep(self._backoff * 2 ** (attempt - 1))
            except TelegramError as error:
                return SendResult("failed", str(error)[:500])
            else:
                return SendResult("sent")
        return SendResult("failed", f"gave up after {self._attempts} attempts: {detail}"[:500])
