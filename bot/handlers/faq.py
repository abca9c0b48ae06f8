"""Questions: short, personal answers with [More] and [Sources], and the /faq menu."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import keyboards, render
from bot.context import CoachContext, optional, who
from core.accounts import Account
from core.coach import answer_chosen, ask
from core.faq import topic_entry
from core.router import Route


async def question_route(update: Update, context: CoachContext, account: Account, route: Route):
    """Answer a question, personalised with what the coach knows about the runner."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await optional(message.chat.send_action(ChatAction.TYPING), "sendChatAction")
    answer = await ask(context.db, who=who(update), text=message.text, now=context.now())
    await message.reply_html(render.answer(answer), reply_markup=keyboards.answer(answer))


async def topic_button(update: Update, context: CoachContext) -> None:
    """A topic chosen from /faq or from "did you mean…?"."""
    query = update.callback_query
    assert query is not None and query.data is not None and query.message is not None
    await query.answer()
    slug = query.data.rsplit(":", 1)[1]
    answer = await answer_chosen(context.db, who=who(update), slug=slug, now=context.now())
    await query.message.reply_html(render.answer(answer), reply_markup=keyboards.answer(answer))


async def more_button(update: Update, context: CoachContext) -> None:
    """[More] or [Sources] under an answer."""
    query = update.callback_query
    assert query is not None and query.data is not None and query.message is not None
    await query.answer()
    _, _, what, slug = query.data.split(":")
    entry = topic_entry(slug)
    text = render.more(entry) if what == "more" else render.sources(entry)
    await query.message.reply_html(text)


async def faq_command(update: Update, context: CoachContext) -> None:
    """List every topic as a button."""
    assert update.effective_message is not None
    await update.effective_message.reply_html(
        "What would you like to know? Or just ask me in your own words.",
        reply_markup=keyboards.topics(),
    )


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("faq", faq_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(topic_button, pattern=rf"^{keyboards.FAQ}:t:"))
    app.add_handler(CallbackQueryHandler(more_button, pattern=rf"^{keyboards.FAQ}:(more|src):"))
