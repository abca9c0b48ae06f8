"""/start, /help and the guided set-up (buttons, typed answers, a shared location)."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import keyboards, render
from bot.context import CoachContext, who
from core.accounts import (
    SETUP_STEPS,
    Account,
    SetupProgress,
    answer_setup,
    ask_setting,
    load_account,
    start_setup,
)
from core.preferences import Change, parse_setting
from core.timezones import zone_at


async def send_question(message: Message, step: str, *, single: bool = False) -> None:
    """Ask one set-up question (numbered, unless it is a single setting), with its buttons."""
    position = None if single else (SETUP_STEPS.index(step) + 1, len(SETUP_STEPS))
    await message.reply_html(
        render.setup_question(step, position), reply_markup=keyboards.setup_keyboard(step)
    )


async def after_answer(message: Message, progress: SetupProgress, context: CoachContext) -> None:
    """Ask the next question, or close the set-up when it was the last one."""
    if progress.following is not None:
        await send_question(message, progress.following)
    elif progress.finished:
        await message.reply_html(render.setup_done(progress.account, context.now()))


async def start(update: Update, context: CoachContext) -> None:
    """Welcome the runner and begin the guided set-up."""
    assert update.effective_message is not None
    account = await start_setup(context.db, who=who(update), now=context.now())
    await update.effective_message.reply_html(render.welcome(account.user.name))
    await send_question(update.effective_message, SETUP_STEPS[0])


async def help_command(update: Update, context: CoachContext) -> None:
    """List what the bot does and its commands."""
    assert update.effective_message is not None
    await update.effective_message.reply_html(render.help_text())


def _button_change(step: str, value: str, *, account: Account, context: CoachContext) -> Change:
    if value in ("skip", "none"):
        return Change()
    if step == "runs":
        return Change(profile={"key_runs": dict(keyboards.RUN_PRESETS[int(value)][1])})
    today = account.today(context.now())
    return parse_setting(step, value, today=today, units=account.user.units)


async def setup_button(update: Update, context: CoachContext) -> None:
    """Store the value of a set-up button and move on."""
    query = update.callback_query
    assert query is not None and query.data is not None and query.message is not None
    await query.answer()
    _, _, step, value = query.data.split(":", 3)
    account = await load_account(context.db, who=who(update), now=context.now())
    change = _button_change(step, value, account=account, context=context)
    progress = await answer_setup(
        context.db, who=who(update), step=step, change=change, now=context.now()
    )
    skipped = value == "skip"
    await query.edit_message_text(
        render.setup_answer(step, progress.account, context.now(), skipped=skipped),
        parse_mode="HTML",
    )
    assert isinstance(query.message, Message)
    await after_answer(query.message, progress, context)


async def location(update: Update, context: CoachContext) -> None:
    """Set the time zone from a shared location."""
    message = update.effective_message
    assert message is not None and message.location is not None
    zone = zone_at(latitude=message.location.latitude, longitude=message.location.longitude)
    if zone is None:
        await message.reply_html(render.setting_error("I couldn't place that location."))
        return
    progress = await answer_setup(
        context.db,
        who=who(update),
        step="timezone",
        change=Change(user={"timezone": zone}),
        now=context.now(),
    )
    await message.reply_html(
        render.setup_answer("timezone", progress.account, context.now(), skipped=False)
    )
    await after_answer(message, progress, context)


async def edit_button(update: Update, context: CoachContext) -> None:
    """Open one setting from /settings (or the whole set-up again)."""
    query = update.callback_query
    assert query is not None and query.data is not None and query.message is not None
    await query.answer()
    step = query.data.removeprefix(f"{keyboards.EDIT}:")
    assert isinstance(query.message, Message)
    if step == "setup":
        await start_setup(context.db, who=who(update), now=context.now())
        await send_question(query.message, SETUP_STEPS[0])
        return
    await ask_setting(context.db, who=who(update), step=step, now=context.now())
    await send_question(query.message, step, single=True)


def register(app: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("start", start, filters=private))
    app.add_handler(CommandHandler("help", help_command, filters=private))
    app.add_handler(CallbackQueryHandler(setup_button, pattern=rf"^{keyboards.SETUP}:"))
    app.add_handler(CallbackQueryHandler(edit_button, pattern=rf"^{keyboards.EDIT}:"))
    app.add_handler(MessageHandler(private & filters.LOCATION, location))
