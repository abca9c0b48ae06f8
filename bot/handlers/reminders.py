"""The morning plan's buttons ([Done ✓] [Skip] [Move to tomorrow]) and the rest-day toggle."""

from __future__ import annotations

import datetime as dt

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler

from bot import keyboards, render_messages
from bot.context import CoachContext, who
from core.dispatch import press_plan_button, toggle_rest_day_messages


async def plan_button(update: Update, context: CoachContext) -> None:
    """Log, skip or move the session a morning plan named."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    _, _, action, stamp = query.data.split(":", 3)
    result = await press_plan_button(
        context.db, who=who(update), action=action, day=dt.date.fromisoformat(stamp),
        now=context.now(),
    )  # fmt: skip
    if isinstance(query.message, Message):
        await query.message.reply_html(render_messages.plan_action(result))
        if result.outcome in ("done", "skipped", "moved"):
            await query.edit_message_reply_markup(reply_markup=None)


async def rest_days_button(update: Update, context: CoachContext) -> None:
    """Turn the rest-day morning message on or off."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    on = await toggle_rest_day_messages(context.db, who=who(update), now=context.now())
    if isinstance(query.message, Message):
        await query.message.reply_html(render_messages.rest_day_setting(on))


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CallbackQueryHandler(plan_button, pattern=rf"^{keyboards.PLAN}:"))
    app.add_handler(CallbackQueryHandler(rest_days_button, pattern=rf"^{keyboards.REST_DAYS}$"))
