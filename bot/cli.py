"""The `coach` command line."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

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


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    if settings.telegram_token is None:
        print(NO_TOKEN_NOTE, file=sys.stderr)
        args.user_id, args.name = 1, "Runner"
        return cmd_chat(settings, args)
    from bot.bootstrap import build_application
    from core.storage.db import Database

    _migrate(settings)
    if settings.webhook_url:
        from bot.webhook import serve_webhook

        app = build_application(settings, db=Database(settings.database_url), polling=False)
        # SIGTERM (docker stop, systemd) stops as cleanly as Ctrl-C.
        signal.signal(signal.SIGTERM, _stop)
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_webhook(app, settings))
        log.info("Stopped.")
        return 0
    app = build_application(settings, db=Database(settings.database_url))
    log.info("Polling %s for updates", settings.telegram_api_url)
    app.run_polling()
    return 0


def cmd_set_webhook(settings: Settings, args: argparse.Namespace) -> int:
    if settings.telegram_token is None or (not args.delete and not settings.webhook_url):
        print("COACH_TELEGRAM_TOKEN and COACH_WEBHOOK_URL are needed to set a webhook.")
        return 2
    from bot.bootstrap import build_application
    from bot.webhook import set_webhook
    from core.storage.db import Database

    app = build_application(settings, db=Database(settings.database_url), polling=False)
    print(asyncio.run(set_webhook(app, settings, delete=args.delete)))
    return 0


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _messages(text: str) -> tuple[list[str], bool]:
    """The messages to read: one per line of standard input for `-`, else the one given."""
    if text == "-":
        return [line.rstrip("\n") for line in sys.stdin if line.strip()], True
    return [text], False


def cmd_parse(settings: Settings | None, args: argparse.Namespace) -> int:
    from core.display import confirmation
    from core.parser import parse_log_message

    today = args.today or dt.datetime.now().astimezone().date()
    messages, lines = _messages(args.text)
    for text in messages:
        result = parse_log_message(text, today=today, units=args.units)
        if args.json or lines:
            print(json.dumps(result.to_json(text), ensure_ascii=False))
        elif result.entries:
            print(confirmation(result.entries, units=args.units))
        else:
            print(
                f"Not logged: {result.error}" + (f" {result.question}" if result.question else "")
            )
    return 0


def cmd_ask(settings: Settings | None, args: argparse.Namespace) -> int:
    from core.faq import answer_question

    messages, lines = _messages(args.text)
    for text in messages:
        answer = answer_question(text)
        if args.json or lines:
            print(json.dumps(answer.to_json(text), ensure_ascii=False))
        else:
            print(answer.text + (f"\n(topic: {answer.topic})" if answer.topic else ""))
    return 0


def cmd_plan(settings: Settings | None, args: argparse.Namespace) -> int:
    from core.plan_text import week_text
    from core.planner import plan_week, profile_from_json, races_from_json

    try:
        data = json.loads(Path(args.profile).read_text())
        profile, races = profile_from_json(data), races_from_json(data)
    except (OSError, ValueError, TypeError) as error:
        print(f"--profile {args.profile}: {error}", file=sys.stderr)
        return 2
    plan = plan_week(profile=profile, races=races, history=(), week_start=args.week).to_json()
    if args.json:
        print(json.dumps(plan, ensure_ascii=False))
    else:
        print(week_text(plan, units="metric", with_why=True))
    return 0


def _instant(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 time such as 2026-11-23T07:00:00Z, got {value!r}"
        ) from None
    # A time without an offset is read as UTC, the zone everything is stored in.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def cmd_send_due(settings: Settings, args: argparse.Namespace) -> int:
    from core.dispatch import send_due
    from core.storage.db import Database

    now = args.now or dt.datetime.now(dt.UTC)
    if not args.dry_run and settings.telegram_token is None:
        print("COACH_TELEGRAM_TOKEN is needed to send (or use --dry-run).", file=sys.stderr)
        return 2
    _migrate(settings)

    async def one_pass() -> dict[str, int]:
        from telegram.ext import AIORateLimiter, ExtBot

        from bot.sender import TelegramSender

        db = Database(settings.database_url)
        try:
            if args.dry_run or settings.telegram_token is None:
                return (await send_due(db, now=now, send=None, dry_run=True)).to_json()
            bot: ExtBot[None] = ExtBot(
                settings.telegram_token.get_secret_value(),
                base_url=settings.telegram_api_url,
                rate_limiter=AIORateLimiter(max_retries=3),
            )
            async with bot:
                report = await send_due(db, now=now, send=TelegramSender(bot))
            return report.to_json()
        finally:
            await db.dispose()

    print(json.dumps(asyncio.run(one_pass())))
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
    hook = sub.add_parser("set-webhook", help="point Telegram at COACH_WEBHOOK_URL (deploy step)")
    hook.add_argument("--delete", action="store_true", help="remove the webhook instead")
    parse = sub.add_parser("parse", help="read training logs (one per line with -)")
    parse.add_argument("--today", type=_iso_date, help="the date logs are relative to")
    parse.add_argument("--units", choices=("metric", "imperial"), default="metric")
    parse.add_argument("--json", action="store_true", help="one JSON object per message")
    parse.add_argument("text", help="the message, or - for one message per line of stdin")
    ask = sub.add_parser("ask", help="ask the coach (one question per line with -)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("text", help="the question, or - for one question per line of stdin")
    plan = sub.add_parser("plan", help="plan one week for a profile file")
    plan.add_argument("--profile", required=True, help="profile JSON file (see the contracts)")
    plan.add_argument("--week", required=True, type=_iso_date, help="a day of the week to plan")
    plan.add_argument("--json", action="store_true", help="the plan as JSON")
    due = sub.add_parser("send-due", help="send every scheduled message due now, once")
    due.add_argument("--now", type=_instant, help="the time to act at (ISO 8601; default now)")
    due.add_argument(
        "--dry-run", action="store_true", help="count what would be sent; send and record nothing"
    )
    return parser


COMMANDS = {
    "run": cmd_run,
    "chat": cmd_chat,
    "migrate": cmd_migrate,
    "set-webhook": cmd_set_webhook,
    "parse": cmd_parse,
    "ask": cmd_ask,
    "plan": cmd_plan,
    "send-due": cmd_send_due,
}
# Pure commands work without any configuration (and so without a valid environment).
PURE_COMMANDS = ("parse", "ask", "plan")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in PURE_COMMANDS:
        return COMMANDS[args.command](None, args)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging(settings, quiet=args.command == "chat" or settings.telegram_token is None)
    return COMMANDS[args.command](settings, args)


if __name__ == "__main__":
    sys.exit(main())
