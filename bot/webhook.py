"""Serving Telegram by webhook: Starlette routes beside the PTB application, under uvicorn."""

from __future__ import annotations

import hmac
import logging
from urllib.parse import urlsplit

import sqlalchemy as sa
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Update

from bot.bootstrap import CoachApplication
from bot.config import Settings
from core.updates import first_delivery

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_path(url: str) -> str:
    """The path Telegram posts to: the path of COACH_WEBHOOK_URL."""
    return urlsplit(url).path or "/"


def create_web_app(app: CoachApplication, *, secret: str, path: str) -> Starlette:
    """The webhook route (secret checked, re-deliveries dropped) and a health check."""
    expected = secret.encode()

    async def telegram(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return Response("forbidden", status_code=403)
        try:
            update = Update.de_json(await request.json(), app.bot)
        except (ValueError, TypeError, KeyError):
            return Response("not an update", status_code=400)
        state = app.bot_data
        if await first_delivery(state.db, update_id=update.update_id, now=state.clock()):
            await app.update_queue.put(update)
        return Response(status_code=200)

    async def health(request: Request) -> Response:
        try:
            async with app.bot_data.db.engine.connect() as connection:
                await connection.execute(sa.text("SELECT 1"))
        except Exception:  # any failure means "not ready"; the details go to the log
            log.exception("Health check: the database is not reachable")
            return JSONResponse({"ok": False, "database": "unreachable"}, status_code=503)
        return JSONResponse({"ok": True})

    return Starlette(
        routes=[
            Route(path, telegram, methods=["POST"]),
            Route("/healthz", health, methods=["GET"]),
        ]
    )


async def serve_webhook(app: CoachApplication, settings: Settings) -> None:
    """Run the application and the web server until SIGINT/SIGTERM."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    web = create_web_app(
        app,
        secret=settings.webhook_secret.get_secret_value(),
        path=webhook_path(settings.webhook_url),
    )
    config = uvicorn.Config(
        web, host=settings.listen_host, port=settings.listen_port, log_level="warning",
        lifespan="off",
    )  # fmt: skip
    server = uvicorn.Server(config)
    try:
        async with app:
            if app.post_init is not None:
                await app.post_init(app)
            await app.start()
            log.info("Serving the webhook on %s", settings.listen)
            try:
                # uvicorn stops on SIGINT/SIGTERM and then re-raises the signal.
                await server.serve()
            finally:
                await app.stop()
    finally:
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


async def set_webhook(app: CoachApplication, settings: Settings, *, delete: bool) -> str:
    """Point Telegram at COACH_WEBHOOK_URL (a deploy step, run once, not by every replica)."""
    async with app:
        if delete:
            await app.bot.delete_webhook()
            return "Webhook removed: the bot can poll again."
        assert settings.webhook_url is not None and settings.webhook_secret is not None
        await app.bot.set_webhook(
            settings.webhook_url,
            secret_token=settings.webhook_secret.get_secret_value(),
            allowed_updates=Update.ALL_TYPES,
        )
        return f"Webhook set to {settings.webhook_url}."
