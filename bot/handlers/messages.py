"""Plain text: a typed set-up answer, or whatever the router says the message is."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from bot import keyboards, render
from bot.context import CoachContext, who
from bot.handlers import faq, logbook
from bot.handlers.setup import after_answer
from core.accounts import Account, answer_setup, awaited_setting, load_account
from core.logbook import complete_pending
from core.preferences import SettingError, parse_setting
from core.router import Route, route_message

RouteHandler = Callable[[Update, CoachContext, Account, Route], Awaitable[None]]


async def reply_not_understood(
    update: Update, context: CoachContext, account: Account, route: Route
) -> None:
    """Say kindly what the bot can do."""
    assert update.effective_message is not None
    await update.effective_message.reply_html(render.not_understood())


ROUTES: dict[str, RouteHandler] = {
    "log": logbook.log_route,
    "clarify": logbook.clarify_route,
    "question": faq.question_route,
    "other": reply_not_understood,
}


async def on_text(update: Update, context: CoachContext) -> None:
    """Route a plain message."""
    message = update.effective_message
    assert message is not None and message.text is not None
    text = message.text.strip()
    account = await load_account(context.db, who=who(update), now=context.now())
    route = route_message(
        text,
        today=account.today(context.now()),
        units=account.user.units,  # type: ignore[arg-type]
        previous_topic=account.recent_topic(context.now()),
    )
    if (step := awaited_setting(account)) is not None:
        try:
            change = parse_setting(
                step, text, today=account.today(context.now()), units=account.user.units
            )
        except SettingError as error:
            if route.kind == "other":
                await message.reply_html(
                    render.setting_error(str(error)) + " Or tap Skip.",
                    reply_markup=keyboards.setup_keyboard(step),
                )
                return
        else:
            progress = await answer_setup(
                context.db, who=who(update), step=step, change=change, now=context.now()
            )
            await message.reply_html(
                render.setup_answer(step, progress.account, context.now(), skipped=False)
            )
            await after_answer(message, progress, context)
            return
    if route.kind != "log" and account.user.pending_log is not None:
        completed = await complete_pending(
            context.db, who=who(update), text=text, now=context.now(),
            message_id=message.message_id,
        )  # fmt: skip
        if completed is not None:
            await logbook.reply_outcome(message, completed)
            return
    await ROUTES[route.kind](update, context, account, route)


async def unknown_command(update: Update, context: CoachContext) -> None:
    """A command the bot doesn't have."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await message.reply_html(render.unknown_command(message.text.split()[0]))


async def not_text(update: Update, context: CoachContext) -> None:
    """Photos, stickers, voice notes…: say what the bot can read."""
    if update.effective_message is not None:
        await update.effective_message.reply_html(render.text_only())


async def stale_button(update: Update, context: CoachContext) -> None:
    """A button from an old message the bot no longer knows how to handle."""
    assert update.callback_query is not None
    await update.callback_query.answer(render.stale_button(), show_alert=True)


async def not_private(update: Update, context: CoachContext) -> None:
    """Keep every runner's data out of group chats."""
    if update.effective_message is not None:
        await update.effective_message.reply_html(render.private_only())


def register(app: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(private & text, on_text))
    app.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    # Everything else a runner can send, so that nothing goes unanswered.
    app.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & ~filters.TEXT, not_text))
    app.add_handler(CallbackQueryHandler(stale_button))
    app.add_handler(MessageHandler(~private & (filters.TEXT | filters.COMMAND), not_private))
