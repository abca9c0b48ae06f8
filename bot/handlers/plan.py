"""/plan [today|tomorrow|week]: the planned run and strength session, and why."""

from __future__ import annotations

import datetime as dt

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import keyboards, render
from bot.context import CoachContext, who
from core.plans import planned_week

WHEN = ("today", "tomorrow", "week")


async def plan_command(update: Update, context: CoachContext) -> None:
    """Show today's, tomorrow's or the week's plan."""
    assert update.effective_message is not None
    when = (context.args or ["today"])[0].lower()
    if when not in WHEN:
        await update.effective_message.reply_html("Try /plan, /plan tomorrow or /plan week.")
        return
    account, plan, day = await planned_week(
        context.db, who=who(update), now=context.now(), days_ahead=int(when == "tomorrow")
    )
    if when == "week":
        text = render.plan_week_text(plan, account.user.units)
        markup = keyboards.why(None)
    else:
        text = render.plan_day(plan, day, account.user.units)
        markup = keyboards.why(day)
    await update.effective_message.reply_html(text, reply_markup=markup)


async def why_button(update: Update, context: CoachContext) -> None:
    """[Why?]: the reasons behind the placement."""
    query = update.callback_query
    assert query is not None and query.data is not None and query.message is not None
    await query.answer()
    value = query.data.rsplit(":", 1)[1]
    day = None if value == "week" else dt.date.fromisoformat(value)
    _, plan, _ = await planned_week(context.db, who=who(update), now=context.now(), day=day)
    await query.message.reply_html(render.plan_why(plan, day))


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("plan", plan_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(why_button, pattern=rf"^{keyboards.WHY}:"))
