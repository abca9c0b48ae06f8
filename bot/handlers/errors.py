"""The one error handler: the runner gets a short apology, the log gets the traceback."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot import render
from bot.context import CoachContext

log = logging.getLogger(__name__)


async def on_error(update: object, context: CoachContext) -> None:
    """Log the failure and tell the runner, without letting a second failure escape."""
    log.error("Update %s failed", getattr(update, "update_id", "?"), exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):  # already answered, or too old to answer
            await update.callback_query.answer()
    try:
        await context.bot.send_message(update.effective_chat.id, render.apology())
    except TelegramError:
        log.warning("Could not send the apology to chat %s", update.effective_chat.id)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_error_handler(on_error)
