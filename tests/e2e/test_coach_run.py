"""`coach run` as a real process, long-polling a Bot API server on 127.0.0.1 over HTTP."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.support.botapi_server import BotApiServer

TOKEN = "424242:e2e-secret-token"
USER = 9001


def test_a_runner_sets_up_over_real_http(tmp_path: Path):
    database = tmp_path / "coach.sqlite3"
    with BotApiServer(TOKEN) as api:
        env = {
            **os.environ,
            "COACH_TELEGRAM_TOKEN": TOKEN,
            "COACH_TELEGRAM_API_URL": api.base_url,
            "COACH_DATABASE_URL": f"sqlite:///{database}",
            "COACH_LOG_LEVEL": "INFO",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            commands = api.wait_for(lambda c: c.method == "setMyCommands", timeout=60)
            names = {command["command"] for command in commands.params["commands"]}
            assert {"start", "help", "settings", "timezone", "morning", "race"} <= names

            mark = len(api.calls)
            api.send_text(USER, "/start", name="Kip")
            question = api.wait_for(lambda c: "1/7" in c.params.get("text", ""), after=mark)
            assert any("Hi Kip" in text for text in api.sent_texts(after=mark))
            keyboard = question.params["reply_markup"]["inline_keyboard"]
            skip = keyboard[-1][0]["callback_data"]

            mark = len(api.calls)
            api.press(USER, question.params["_message"], skip, name="Kip")
            api.wait_for(lambda c: c.method == "answerCallbackQuery", after=mark)
            edited = api.wait_for(lambda c: c.method == "editMessageText", after=mark)
            assert "skipped" in edited.params["text"]
            api.wait_for(lambda c: "2/7" in c.params.get("text", ""), after=mark)

            mark = len(api.calls)
            api.send_text(USER, "/timezone Europe/Berlin", name="Kip")
            reply = api.wait_for(lambda c: c.method == "sendMessage", after=mark)
            assert "Europe/Berlin" in reply.params["text"]
            assert reply.params["parse_mode"] == "HTML"
        finally:
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=30)

    assert process.returncode == 0, stderr
    assert TOKEN not in stderr
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT timezone, setup_step, name FROM users WHERE telegram_id = ?", (USER,)
        ).fetchone()
    assert row == ("Europe/Berlin", "morning", "Kip")
