"""/settings and the one-line setting commands (/timezone, /morning, /units…)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot import keyboards, render
from bot.context import CoachContext, who
from core.accounts import apply_change, load_account
from core.preferences import SettingError, parse_setting

SETTING_COMMANDS = (
    "timezone", "morning", "units", "weight", "equipment", "runs", "race", "pause", "resume",
)  # fmt: skip
# Commands that do something without an argument; the others show the setting and an example.
ARGUMENT_OPTIONAL = ("pause", "resume")


async def show_settings(update: Update, context: CoachContext) -> None:
    """Show every setting with buttons to change each."""
    assert update.effective_message is not None
    account = await load_account(context.db, who=who(update), now=context.now())
    await update.effective_message.reply_html(
        render.settings_summary(account, context.now()), reply_markup=keyboards.settings_keyboard()
    )


async def setting_command(update: Update, context: CoachContext) -> None:
    """Validate and store one setting; answer with what was stored or an example."""
    message = update.effective_message
    assert message is not None and message.text is not None
    name = message.text.split()[0].lstrip("/").split("@")[0].lower()
    argument = " ".join(context.args or ())
    account = await load_account(context.db, who=who(update), now=context.now())
    if not argument and name not in ARGUMENT_OPTIONAL:
        line = render.setting_line(name, account, context.now())
        await message.reply_html(f"{line}\n{render.SETTING_EXAMPLES[name]}")
        return
    try:
        change = parse_setting(
            name, argument, today=account.today(context.now()), units=account.user.units
        )
    except SettingError as error:
        await message.reply_html(render.setting_error(str(error)))
        return
    account = await apply_change(context.db, who=who(update), change=change, now=context.now())
    await message.reply_html(render.stored(name, account, context.now()))


def register(app: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("settings", show_settings, filters=private))
    app.add_handler(CommandHandler(SETTING_COMMANDS, setting_command, filters=private))
