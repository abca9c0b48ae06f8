"""What every handler can reach: the database, the clock and the settings, typed."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Settings
from core.accounts import Who
from core.storage.db import Database

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """Return the real time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


class AppState:
    """The application's shared parts, filled in once by the composition root."""

    db: Database
    clock: Clock
    settings: Settings


class CoachContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], AppState]):
    """The handlers' context, with typed access to the shared parts."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def db(self) -> Database:
        return self.bot_data.db

    def now(self) -> dt.datetime:
        return self.bot_data.clock()


async def optional(call: Awaitable[object], what: str) -> None:
    """Make a Bot API call the runner can do without (menu, typing…): a failure is logged."""
    try:
        await call
    except TelegramError as error:
        log.warning("%s failed: %s", what, error)


def who(update: Update) -> Who:
    """Return the person behind an update (handlers only run for private chats with a user)."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    return Who(telegram_id=user.id, chat_id=chat.id, name=user.first_name or "")
