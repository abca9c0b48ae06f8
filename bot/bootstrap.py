"""The composition root: settings, database and clock in, a ready PTB Application out."""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot import jobs
from bot.config import Settings
from bot.context import AppState, Clock, CoachContext, optional, system_clock
from bot.handlers import (
    data,
    errors,
    faq,
    logbook,
    messages,
    plan,
    reminders,
    settings,
    setup,
)
from core.storage.db import Database

log = logging.getLogger(__name__)

# Token used with the in-process Bot API stand-in (the terminal chat); never sent anywhere.
LOCAL_TOKEN = "0:local-terminal-chat"

BOT_COMMANDS = (
    ("start", "Welcome and guided set-up"),
    ("help", "What I can do"),
    ("plan", "Today's plan (/plan tomorrow, /plan week)"),
    ("week", "This week so far"),
    ("history", "Your last entries"),
    ("undo", "Remove the last thing logged"),
    ("faq", "Questions I can answer"),
    ("settings", "See and change your settings"),
    ("export", "Download everything I store about you"),
    ("deleteme", "Delete everything I store about you"),
    ("timezone", "Your time zone, e.g. /timezone Europe/London"),
    ("morning", "When your plan arrives, e.g. /morning 07:00"),
    ("units", "metric or imperial"),
    ("weight", "Your body weight, e.g. /weight 68"),
    ("equipment", "gym or home"),
    ("runs", "Key runs, e.g. /runs tue:intervals sat:long"),
    ("race", "Add a race, e.g. /race 2027-04-18 marathon"),
    ("pause", "Pause messages, e.g. /pause 7"),
    ("resume", "Resume messages"),
)

CoachApplication = Application[Any, CoachContext, Any, Any, AppState, Any]


async def _post_init(app: CoachApplication) -> None:
    # The menu is a convenience; the bot works without it.
    commands = [BotCommand(name, text) for name, text in BOT_COMMANDS]
    await optional(app.bot.set_my_commands(commands), "setMyCommands")


async def _post_shutdown(app: CoachApplication) -> None:
    await app.bot_data.db.dispose()


def build_application(
    settings_: Settings,
    *,
    db: Database,
    clock: Clock = system_clock,
    request: BaseRequest | None = None,
    token: str | None = None,
    polling: bool = True,
) -> CoachApplication:
    """Build the bot with every handler; `request` replaces the HTTP layer (local chat, tests);
    without `polling` the updates come from the webhook server instead of an Updater."""
    secret = settings_.telegram_token.get_secret_value() if settings_.telegram_token else None
    builder = (
        ApplicationBuilder()
        .token(token or secret or LOCAL_TOKEN)
        .base_url(settings_.telegram_api_url)
        .context_types(ContextTypes(context=CoachContext, bot_data=AppState))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if not polling:
        builder = builder.updater(None)
    app: CoachApplication = builder.build()
    app.bot_data.db, app.bot_data.clock, app.bot_data.settings = db, clock, settings_
    # Order matters: commands and buttons first, then shared locations, then plain text (the
    # router catches every remaining message), and the error handler last.
    setup.register(app)
    settings.register(app)
    reminders.register(app)
    logbook.register(app)
    plan.register(app)
    data.register(app)
    faq.register(app)
    messages.register(app)
    errors.register(app)
    # The scheduled-message tick: the database, not the JobQueue, says what is due.
    jobs.register(app)
    return app
