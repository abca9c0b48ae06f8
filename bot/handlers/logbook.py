"""Training logs: store a message's entries, confirm them, and let the runner fix them."""

from __future__ import annotations

import datetime as dt

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import keyboards, render
from bot.context import CoachContext, who
from core.accounts import Account, load_account
from core.logbook import (
    LogOutcome,
    log_message,
    move_to_date,
    recent_items,
    replace_from_edit,
    undo,
)
from core.plans import week_so_far
from core.router import Route
from core.week import render_week


async def log_route(update: Update, context: CoachContext, account: Account, route: Route):
    """Store the entries of a log message and confirm them (or ask first)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    outcome = await log_message(
        context.db, who=who(update), text=message.text, now=context.now(),
        message_id=message.message_id, parsed=route.parsed,
    )  # fmt: skip
    await reply_outcome(message, outcome)


async def reply_outcome(message: Message, outcome: LogOutcome) -> None:
    """Show what happened to a log: stored, or the one question to answer first."""
    if outcome.kind == "logged":
        await message.reply_html(
            render.logged(outcome), reply_markup=keyboards.logged_keyboard(outcome.activity_ids[0])
        )
    elif outcome.kind == "duplicate":
        # Quoting the message keeps its text with the question, so the buttons need no state.
        await message.reply_html(
            render.duplicate(outcome), reply_markup=keyboards.duplicate(), do_quote=True
        )
    elif outcome.kind == "check_load":
        await message.reply_html(
            render.load_check(outcome),
            reply_markup=keyboards.load_check(
                outcome.load_checks, outcome.units, typed_possible=outcome.typed_possible
            ),
            do_quote=True,
        )
    else:
        await message.reply_html(render.not_logged(outcome.parsed))


async def clarify_route(update: Update, context: CoachContext, account: Account, route: Route):
    """A log with one thing missing: ask for it (the answer will complete it)."""
    await log_route(update, context, account, route)


async def answer_button(update: Update, context: CoachContext) -> None:
    """[Log again] [Yes, 84.5 kg] [No, keep it] [Cancel] on a question about a log."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    choice = query.data.rsplit(":", 1)[1]
    original = query.message.reply_to_message if isinstance(query.message, Message) else None
    if choice == "cancel":
        await query.edit_message_text("OK — nothing logged.")
        return
    if original is None or not original.text:
        await query.edit_message_text(render.original_gone())
        return
    outcome = await log_message(
        context.db, who=who(update), text=original.text, now=context.now(),
        message_id=original.message_id, confirmed=True, fix_loads=choice == "fix",
    )  # fmt: skip
    await query.edit_message_text(
        render.logged(outcome) if outcome.kind == "logged" else render.not_logged(outcome.parsed),
        reply_markup=keyboards.logged_keyboard(outcome.activity_ids[0])
        if outcome.activity_ids
        else None,
    )


async def undo_command(update: Update, context: CoachContext) -> None:
    """Remove the last thing logged."""
    assert update.effective_message is not None
    units, removed = await undo(context.db, who=who(update), now=context.now())
    await update.effective_message.reply_html(render.undone(removed, units))


async def undo_button(update: Update, context: CoachContext) -> None:
    """[Undo] under a confirmation: remove exactly what that message logged."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    activity_id = int(query.data.rsplit(":", 1)[1])
    units, removed = await undo(
        context.db, who=who(update), now=context.now(), activity_id=activity_id
    )
    await query.edit_message_text(render.undone(removed, units))


async def date_button(update: Update, context: CoachContext) -> None:
    """[Change date]: offer the last few days."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    activity_id = int(query.data.rsplit(":", 1)[1])
    account = await load_account(context.db, who=who(update), now=context.now())
    await query.edit_message_reply_markup(
        keyboards.date_choices(activity_id, account.today(context.now()))
    )


async def moved_button(update: Update, context: CoachContext) -> None:
    """A day was chosen: move the entries there."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    _, _, _, activity_id, day = query.data.split(":")
    units, moved = await move_to_date(
        context.db, who=who(update), activity_id=int(activity_id),
        day=dt.date.fromisoformat(day), now=context.now(),
    )  # fmt: skip
    await query.edit_message_text(
        render.moved(moved, units),
        reply_markup=keyboards.logged_keyboard(int(activity_id)) if moved else None,
    )


async def edited(update: Update, context: CoachContext) -> None:
    """An edited message replaces the entries it logged."""
    message = update.edited_message
    assert message is not None and message.text is not None
    outcome, old = await replace_from_edit(
        context.db, who=who(update), message_id=message.message_id, text=message.text,
        now=context.now(),
    )  # fmt: skip
    if outcome.kind == "logged" or old:
        await message.reply_html(render.edited(outcome, old))


async def history_command(update: Update, context: CoachContext) -> None:
    """List the last entries with what was typed."""
    assert update.effective_message is not None
    units, items = await recent_items(context.db, who=who(update), now=context.now())
    await update.effective_message.reply_html(render.history(items, units))


async def week_command(update: Update, context: CoachContext) -> None:
    """This week so far against the plan: runs, distance, time, key runs and strength."""
    assert update.effective_message is not None
    account, summary = await week_so_far(context.db, who=who(update), now=context.now())
    await update.effective_message.reply_html(
        render.plain(render_week(summary, units=account.user.units))  # type: ignore[arg-type]
    )


def register(app: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("undo", undo_command, filters=private))
    app.add_handler(CommandHandler("history", history_command, filters=private))
    app.add_handler(CommandHandler("week", week_command, filters=private))
    app.add_handler(CallbackQueryHandler(undo_button, pattern=rf"^{keyboards.LOG}:undo:"))
    app.add_handler(CallbackQueryHandler(date_button, pattern=rf"^{keyboards.LOG}:date:"))
    app.add_handler(CallbackQueryHandler(moved_button, pattern=rf"^{keyboards.LOG}:on:"))
    app.add_handler(CallbackQueryHandler(answer_button, pattern=rf"^{keyboards.LOG}:answer:"))
    app.add_handler(
        MessageHandler(private & filters.UpdateType.EDITED_MESSAGE & filters.TEXT, edited)
    )
