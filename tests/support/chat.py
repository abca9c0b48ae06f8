"""Talk to the real bot application in-process, as a runner would in the terminal chat."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Update

from bot.bootstrap import build_application
from bot.config import Settings
from bot.context import Clock
from bot.localchat import BOT_USER, LocalBotApi
from core.storage.db import Database


class Chat:
    def __init__(self, app, api: LocalBotApi, transcript: list[str]) -> None:
        self.app, self.api, self._transcript = app, api, transcript

    async def say(self, text: str) -> str:
        """Send a message (or a button number) and return everything the bot showed."""
        start = len(self._transcript)
        update = self.api.update_for(text)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return "\n".join(self._transcript[start:])

    async def edit(self, message_id: int, text: str) -> str:
        """Edit an earlier message of the user's, as Telegram reports it."""
        start = len(self._transcript)
        message = {**self.api._messages[message_id], "text": text, "edit_date": 1}
        update = {"update_id": 10_000 + message_id, "edited_message": message}
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return "\n".join(self._transcript[start:])

    @property
    def last_user_message_id(self) -> int:
        return max(m for m, msg in self.api._messages.items() if msg["from"] != BOT_USER)

    async def press(self, label: str) -> str:
        """Press the button whose label starts with `label` on the latest keyboard."""
        for number, (_, text, _) in enumerate(self.api.buttons, 1):
            if text.startswith(label):
                return await self.say(str(number))
        raise AssertionError(f"no button {label!r} in {[b[1] for b in self.api.buttons]}")

    @property
    def buttons(self) -> list[str]:
        return [label for _, label, _ in self.api.buttons]


@asynccontextmanager
async def open_chat(
    db: Database, clock: Clock, *, user_id: int = 501, name: str = "Mia"
) -> AsyncIterator[Chat]:
    transcript: list[str] = []
    api = LocalBotApi(user_id=user_id, name=name, out=transcript.append)
    settings = Settings(database_url=db.url)
    app = build_application(settings, db=db, clock=clock, request=api)
    async with app:
        yield Chat(app, api, transcript)
