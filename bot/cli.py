"""The `coach` command line."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from bot.config import ConfigError, Settings, load_settings

log = logging.getLogger("coach")

NO_TOKEN_NOTE = (
    "No COACH_TELEGRAM_TOKEN set, so this is the local terminal chat. To go live on Telegram, "
    "create a bot with @BotFather (/newbot) and set COACH_TELEGRAM_TOKEN to the token it gives."
)


class _RedactSecrets(logging.Filter):
    """Keep the bot token out of every log line (HTTP clients log request URLs)."""

    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__()
        self._secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self._secrets):
            for secret in self._secrets:
                message = message.replace(secret, "[redacted]")
            record.msg, record.args = message, None
        return True


def configure_logging(settings: Settings, *, quiet: bool = False) -> None:
    level = logging.getLevelName(settings.log_level)
    if quiet:
        # The terminal chat shares the screen with the log: only problems show.
        level = max(level, logging.WARNING)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    secrets = [
        s.get_secret_value() for s in (settings.telegram_token, settings.webhook_secret) if s
    ]
    handler.addFilter(_RedactSecrets(secrets))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING))
    logging.getLogger("apscheduler").setLevel(max(level, logging.WARNING))


def _migrate(settings: Settings) -> None:
    from core.storage.migrate import upgrade

    upgrade(settings.database_url)


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    _migrate(settings)
    print("Database is up to date.")
    return 0


def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.bootstrap import build_application
    from bot.localchat import LocalBotApi, run_local_chat
    from core.storage.db import Database

    _migrate(settings)
    api = LocalBotApi(user_id=args.user_id, name=args.name)
    app = build_application(settings, db=Database(settings.database_url), request=api)
    asyncio.run(run_local_chat(app, api))
    return 0


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    if settings.telegram_token is None:
        print(NO_TOKEN_NOTE, file=sys.stderr)
        args.user_id, args.name = 1, "Runner"
        return cmd_chat(settings, args)
    from bot.bootstrap import build_application
    from core.storage.db import Database

    _migrate(settings)
    if settings.webhook_url:
        print("COACH_WEBHOOK_URL: webhook serving is not available yet; unset it to poll.")
        return 2
    app = build_application(settings, db=Database(settings.database_url))
    log.info("Polling %s for updates", settings.telegram_api_url)
    app.run_polling()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach", description="A Telegram coach for runners who add strength training."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="serve Telegram (the terminal chat when no token is set)")
    chat = sub.add_parser("chat", help="talk to the bot in the terminal, no Telegram")
    chat.add_argument("--user-id", type=int, default=1, help="the Telegram user id to act as")
    chat.add_argument("--name", default="Runner", help="your first name in the chat")
    sub.add_parser("migrate", help="apply pending database migrations")
    return parser


COMMANDS = {"run": cmd_run, "chat": cmd_chat, "migrate": cmd_migrate}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging(settings, quiet=args.command == "chat" or settings.telegram_token is None)
    return COMMANDS[args.command](settings, args)


if __name__ == "__main__":
    sys.exit(main())
