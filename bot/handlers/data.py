"""/export and /deleteme: a runner's data is theirs to take or to erase."""

from __future__ import annotations

import json

from telegram import InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import keyboards, render
from bot.context import CoachContext, who
from core.privacy import delete_account, export_data


async def export_command(update: Update, context: CoachContext) -> None:
    """Send everything stored about the runner as a JSON file."""
    assert update.effective_message is not None
    data = await export_data(context.db, who=who(update), now=context.now())
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode()
    await update.effective_message.reply_document(
        InputFile(payload, filename="runcoach-export.json"), caption=render.export_caption(data)
    )


async def deleteme_command(update: Update, context: CoachContext) -> None:
    """Ask before erasing everything."""
    assert update.effective_message is not None
    await update.effective_message.reply_html(
        render.delete_question(), reply_markup=keyboards.delete_confirm()
    )


async def delete_button(update: Update, context: CoachContext) -> None:
    """Erase everything (or not), as the runner chose."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    if query.data.endswith(":yes"):
        await delete_account(context.db, who=who(update))
        await query.edit_message_text(render.deleted())
    else:
        await query.edit_message_text("Nothing was deleted.")


def register(app: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("export", export_command, filters=private))
    app.add_handler(CommandHandler("deleteme", deleteme_command, filters=private))
    app.add_handler(CallbackQueryHandler(delete_button, pattern=rf"^{keyboards.DATA}:delete:"))
