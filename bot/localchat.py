"""`coach chat`: the real bot application in a terminal, through an in-process Bot API."""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.bootstrap import CoachApplication

BOT_USER = {"id": 1, "is_bot": True, "first_name": "Coach", "username": "coach_local_bot"}
_TAG = re.compile(r"<[^>]+>")


def html_to_text(text: str) -> str:
    """Render the bot's HTML as plain terminal text."""
    return html.unescape(_TAG.sub("", text))


class LocalBotApi(BaseRequest):
    """Answers the bot's Bot API calls in-process and prints what it sends."""

    def __init__(self, *, user_id: int, name: str, out: Callable[[str], None] = print) -> None:
        self.user = {"id": user_id, "is_bot": False, "first_name": name}
        self.chat = {"id": user_id, "type": "private", "first_name": name}
        self._out = out
        self._message_ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._messages: dict[int, dict[str, Any]] = {}
        self.buttons: list[tuple[int, str, str]] = []  # (message id, label, callback data)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        result = self._answer(api_method, dict(params))
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _answer(self, api_method: str, params: dict[str, Any]) -> Any:
        if api_method == "getMe":
            return BOT_USER
        if api_method == "sendMessage":
            message = self._message(next(self._message_ids), params)
            self._show(message)
            return message
        if api_method == "editMessageText":
            message = self._message(int(params["message_id"]), params)
            self._show(message)
            return message
        if api_method == "editMessageReplyMarkup":
            shown = self._messages[int(params["message_id"])]
            message = self._message(int(params["message_id"]), {**shown, **params})
            self._show(message)
            return message
        if api_method == "answerCallbackQuery":
            if params.get("text"):
                self._out(f"coach › ({params['text']})")
            return True
        if api_method == "sendDocument":
            self._out(f"coach › [file] {params.get('caption') or ''}")
            return self._message(next(self._message_ids), params)
        if api_method == "getUpdates":
            return []
        return True  # setMyCommands, sendChatAction, deleteMessage…

    def _message(self, message_id: int, params: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": message_id, "date": int(time.time()), "chat": self.chat,
            "from": BOT_USER, "text": params.get("text", ""),
        }  # fmt: skip
        reply_to = params.get("reply_parameters") or {}
        if isinstance(reply_to, str):
            reply_to = json.loads(reply_to)
        if reply_to.get("message_id") in self._messages:
            message["reply_to_message"] = self._messages[reply_to["message_id"]]
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        self._messages[message_id] = message
        return message

    def _show(self, message: dict[str, Any]) -> None:
        self._out("coach › " + html_to_text(message["text"]).replace("\n", "\n        "))
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        buttons = [button for row in rows for button in row if "callback_data" in button]
        # Buttons on an edited message disappear; a new set replaces the numbers shown before.
        self.buttons = [b for b in self.buttons if b[0] != message["message_id"]]
        if buttons:
            self.buttons = [
                (message["message_id"], b["text"], b["callback_data"]) for b in buttons
            ]
            self._out(
                "        "
                + "  ".join(f"[{i}] {label}" for i, (_, label, _) in enumerate(self.buttons, 1))
            )

    def update_for(self, line: str) -> dict[str, Any] | None:
        """Turn what the user typed into a Bot API update (a number presses a button)."""
        update_id = next(self._update_ids)
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            message_id, _, data = self.buttons[int(line) - 1]
            return {
                "update_id": update_id,
                "callback_query": {
                    "id": str(update_id), "from": self.user, "chat_instance": "local",
                    "data": data, "message": self._messages[message_id],
                },
            }  # fmt: skip
        message: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(time.time()), "chat": self.chat,
            "from": self.user,
        }  # fmt: skip
        self._messages[message["message_id"]] = message
        if match := re.fullmatch(r":location\s+(-?\d+(?:\.\d+)?)[,\s]+(-?\d+(?:\.\d+)?)", line):
            message["location"] = {"latitude": float(match[1]), "longitude": float(match[2])}
        else:
            message["text"] = line
            if line.startswith("/"):
                command = line.split()[0]
                message["entities"] = [
                    {"type": "bot_command", "offset": 0, "length": len(command)}
                ]
        return {"update_id": update_id, "message": message}


BANNER = (
    "Chatting with your coach here in the terminal. Type as you would in Telegram; "
    "type a number to press a button, ':location LAT,LON' to share a location, "
    "Ctrl-D to leave.\n"
)


async def run_local_chat(
    app: CoachApplication,
    api: LocalBotApi,
    *,
    read_line: Callable[[], str] = lambda: input("you › "),
    out: Callable[[str], None] = print,
) -> None:
    """Feed typed lines to the bot until end of input; replies print as they are sent."""
    async with app:
        # post_init/post_shutdown are only run by run_polling/run_webhook; run them here too.
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        out(BANNER)
        try:
            while True:
                try:
                    line = (await asyncio.to_thread(read_line)).strip()
                except EOFError:
                    break
                if not line:
                    continue
                update = api.update_for(line)
                await app.process_update(Update.de_json(update, app.bot))
        finally:
            await app.stop()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
