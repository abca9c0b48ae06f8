"""`coach run` serving a webhook: the secret is checked, re-deliveries are taken in once."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.botapi_server import BotApiServer

TOKEN = "515151:webhook-token"
SECRET = "s3cret-webhook-value"
USER = 7007


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post(url: str, payload: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, json.dumps(payload).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until_healthy(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            # Not listening yet: wait for the server socket rather than sleeping blindly.
            with socket.socket() as probe:
                probe.settimeout(0.2)
                probe.connect_ex(("127.0.0.1", int(url.split(":")[2].split("/")[0])))
    raise AssertionError("the webhook server never became healthy")


def update(update_id: int, text: str) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id, "date": int(time.time()),
            "chat": {"id": USER, "type": "private"},
            "from": {"id": USER, "is_bot": False, "first_name": "Wen"}, "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
            if text.startswith("/") else [],
        },
    }  # fmt: skip


def test_webhook_checks_the_secret_and_drops_redeliveries(tmp_path: Path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with BotApiServer(TOKEN) as api:
        env = {
            **os.environ,
            "COACH_TELEGRAM_TOKEN": TOKEN,
            "COACH_TELEGRAM_API_URL": api.base_url,
            "COACH_DATABASE_URL": f"sqlite:///{tmp_path / 'coach.sqlite3'}",
            "COACH_WEBHOOK_URL": "https://coach.example.org/tg/hook",
            "COACH_WEBHOOK_SECRET": SECRET,
            "COACH_LISTEN": f"127.0.0.1:{port}",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            wait_until_healthy(f"{base}/healthz", process)
            hook = f"{base}/tg/hook"
            assert post(hook, update(1, "/timezone Europe/Oslo"), None) == 403
            assert post(hook, update(1, "/timezone Europe/Oslo"), "wrong") == 403
            assert api.sent_texts() == []

            mark = len(api.calls)
            assert post(hook, update(2, "/timezone Europe/Oslo"), SECRET) == 200
            reply = api.wait_for(lambda c: c.method == "sendMessage", after=mark)
            assert "Europe/Oslo" in reply.params["text"]

            # Telegram re-delivers an update it thinks failed: it must be taken in once.
            assert post(hook, update(2, "/timezone Europe/Oslo"), SECRET) == 200
            assert post(hook, update(3, "/morning 06:45"), SECRET) == 200
            api.wait_for(lambda c: "06:45" in c.params.get("text", ""), after=mark)
            oslo = [t for t in api.sent_texts(after=mark) if "Europe/Oslo" in t]
            assert len(oslo) == 1
        finally:
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert TOKEN not in stderr and SECRET not in stderr
