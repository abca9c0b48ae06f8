"""A small Bot API server on 127.0.0.1: the bot under test talks to it over real HTTP.

It serves getMe, getUpdates (long polling), sendMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery, setMyCommands, sendChatAction, deleteMessage,
sendDocument, deleteWebhook, and records every call. Tests push updates as a user would.
Optionally it limits sendMessage like Telegram (429 with retry_after) and answers 403 for
chats that blocked the bot; refused calls are not recorded.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT = {"id": 7000, "is_bot": True, "first_name": "Coach", "username": "coach_test_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


class BotApiServer:
    """Start with `with BotApiServer(token) as api:`; `api.base_url` goes to the bot."""

    def __init__(self, token: str, *, rate_limit: int | None = None) -> None:
        self.token = token
        self.calls: list[Call] = []
        # Optional Telegram-like limits: at most `rate_limit` sendMessage calls in any second
        # (429 with retry_after beyond that), and chats that blocked the bot (403).
        self.rate_limit = rate_limit
        self.blocked: set[int] = set()
        self.rejected = 0
        self._recent_sends: list[float] = []
        self._updates: list[dict[str, Any]] = []
        self._changed = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._messages: dict[int, dict[str, Any]] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def __enter__(self) -> BotApiServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # --- what a user does -------------------------------------------------------------------

    def _user(self, user_id: int, name: str) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": name}

    def send_text(self, user_id: int, text: str, *, name: str = "Runner") -> int:
        """Queue a private text message from a user; return its message id."""
        message_id = next(self._message_ids)
        message: dict[str, Any] = {
            "message_id": message_id, "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": name},
            "from": self._user(user_id, name), "text": text,
        }  # fmt: skip
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self._push({"message": message})
        return message_id

    def press(self, user_id: int, message: dict[str, Any], data: str, *, name: str = "Runner"):
        """Queue a button press on a message the bot sent."""
        query = {
            "id": str(next(self._message_ids)), "from": self._user(user_id, name),
            "chat_instance": str(user_id), "data": data, "message": message,
        }  # fmt: skip
        self._push({"callback_query": query})

    def _push(self, payload: dict[str, Any]) -> None:
        with self._changed:
            self._updates.append({"update_id": next(self._update_ids), **payload})
            self._changed.notify_all()

    # --- what the test checks ----------------------------------------------------------------

    def wait_for(
        self, predicate: Callable[[Call], bool], *, timeout: float = 20.0, after: int = 0
    ) -> Call:
        """Block until a call matching `predicate` (made after call number `after`) arrives."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for call in self.calls[after:]:
                    if predicate(call):
                        return call
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(c.method, c.params.get("text", "")[:60]) for c in self.calls]
                    raise AssertionError(f"no matching call within {timeout} s; saw {seen}")
                self._changed.wait(remaining)

    def sent_texts(self, *, after: int = 0) -> list[str]:
        methods = ("sendMessage", "editMessageText")
        return [c.params.get("text", "") for c in self.calls[after:] if c.method in methods]

    # --- the server side -----------------------------------------------------------------------

    _closing = False

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        if method == "sendMessage" and (refusal := self._refuse(params)) is not None:
            return refusal
        with self._changed:
            self.calls.append(Call(method, params))
            self._changed.notify_all()
        if method == "getMe":
            return 200, {"ok": True, "result": BOT}
        if method in ("sendMessage", "sendDocument"):
            message_id = next(self._message_ids)
            return 200, {"ok": True, "result": self._message(message_id, params)}
        if method in ("editMessageText", "editMessageReplyMarkup"):
            message_id = int(params["message_id"])
            return 200, {"ok": True, "result": self._message(message_id, params)}
        return 200, {"ok": True, "result": True}

    def _refuse(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        if int(params["chat_id"]) in self.blocked:
            return 403, {"ok": False, "error_code": 403,
                         "description": "Forbidden: bot was blocked by the user"}  # fmt: skip
        if self.rate_limit is None:
            return None
        with self._changed:
            now = time.monotonic()
            self._recent_sends = [t for t in self._recent_sends if now - t < 1.0]
            if len(self._recent_sends) >= self.rate_limit:
                self.rejected += 1
                return 429, {"ok": False, "error_code": 429,
                             "description": "Too Many Requests: retry after 1",
                             "parameters": {"retry_after": 1}}  # fmt: skip
            self._recent_sends.append(now)
        return None

    def _message(self, message_id: int, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": message_id, "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"}, "from": BOT,
            "text": params.get("text", ""),
        }  # fmt: skip
        if isinstance(params.get("reply_markup"), dict):
            message["reply_markup"] = params["reply_markup"]
        self._messages[message_id] = message
        params["_message"] = message
        return message

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), 2.0)
        deadline = time.monotonic() + wait
        with self._changed:
            while True:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._updates or self._closing:
                    return list(self._updates)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._changed.wait(remaining)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                token, _, method = self.path.removeprefix("/bot").partition("/")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if token != api.token:
                    status, reply = 401, {"ok": False, "error_code": 401,
                                          "description": "Unauthorized"}  # fmt: skip
                else:
                    status, reply = api._answer(method, self._params(body))
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _params(self, body: bytes) -> dict[str, Any]:
                kind = self.headers.get("Content-Type", "")
                if kind.startswith("application/json"):
                    return json.loads(body or b"{}")
                if kind.startswith("multipart/form-data"):
                    head = f"Content-Type: {kind}\r\n\r\n".encode()
                    message = BytesParser(policy=HTTP).parsebytes(head + body)
                    params: dict[str, Any] = {}
                    for part in message.iter_parts():
                        name = part.get_param("name", header="content-disposition")
                        payload = part.get_payload(decode=True) or b""
                        if part.get_filename():
                            params[str(name)] = {"filename": part.get_filename(),
                                                 "content": payload}  # fmt: skip
                        else:
                            params[str(name)] = _decode(payload.decode())
                    return params
                return {k: _decode(v) for k, v in parse_qsl(body.decode(), keep_blank_values=True)}

            def log_message(self, format: str, *args: Any) -> None:
                return None

        return Handler
