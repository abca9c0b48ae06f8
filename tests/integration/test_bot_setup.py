"""The welcome, the guided set-up and the setting commands, through the real application."""

from __future__ import annotations

import datetime as dt
import json

from telegram import Update

from bot.bootstrap import build_application
from bot.config import Settings
from bot.localchat import LocalBotApi
from core.accounts import Who, load_account
from core.storage.db import Database
from tests.conftest import FixedClock
from tests.support.chat import open_chat

MIA = Who(telegram_id=501, chat_id=501, name="Mia")


async def test_start_walks_through_every_step_and_stores_the_answers(db: Database, clock):
    async with open_chat(db, clock) as chat:
        welcome = await chat.say("/start")
        assert "Hi Mia" in welcome and "1/7" in welcome
        assert "Berlin" in await chat.say("Berlin")
        assert "06:30" in await chat.press("06:30")
        assert "imperial" in await chat.press("Imperial")
        assert "Mon tempo" in await chat.press("Mon tempo")
        assert "marathon" in await chat.say("2027-04-18 marathon Boston")
        await chat.press("Home")
        done = await chat.say("150")
        assert "All set" in done and "150 lb" in done

    account = await load_account(db, who=MIA, now=clock())
    assert account.user.timezone == "Europe/Berlin"
    assert account.user.morning_time == dt.time(6, 30)
    assert account.user.units == "imperial"
    assert account.user.setup_step is None
    assert account.profile.key_runs == {"mon": "tempo", "thu": "intervals", "sat": "long"}
    assert account.profile.equipment == "home"
    assert account.profile.bodyweight_kg == 68.0
    assert [(r.race_date, r.distance_km, r.name) for r in account.races] == [
        (dt.date(2027, 4, 18), 42.195, "Boston")
    ]


async def test_every_step_can_be_skipped_and_defaults_stay(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("/start")
        for _ in range(6):
            assert "default kept" in await chat.press("Skip")
        assert "All set" in await chat.press("Skip")
    account = await load_account(db, who=MIA, now=clock())
    assert (account.user.timezone, account.user.units) == ("UTC", "metric")
    assert account.profile.key_runs == {"tue": "intervals", "thu": "tempo", "sat": "long"}


async def test_a_shared_location_sets_the_time_zone(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("/start")
        reply = await chat.say(":location -33.87, 151.21")
        assert "Australia/Sydney" in reply and "2/7" in reply
    account = await load_account(db, who=MIA, now=clock())
    assert account.user.timezone == "Australia/Sydney"


async def test_a_wrong_typed_answer_keeps_the_step_and_stores_nothing(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("/start")
        reply = await chat.say("Atlantis")
        assert "don't know the time zone" in reply and "Skip" in chat.buttons[-1]
        assert "Europe/Lisbon" in await chat.say("Lisbon")
    account = await load_account(db, who=MIA, now=clock())
    assert account.user.setup_step == "morning"


async def test_setting_commands_store_what_they_say(db: Database, clock: FixedClock):
    async with open_chat(db, clock) as chat:
        assert "Europe/Berlin (it's 19:30 there now)" in await chat.say("/timezone Europe/Berlin")
        assert "06:15" in await chat.say("/morning 6:15am")
        assert "imperial" in await chat.say("/units miles")
        assert "150 lb" in await chat.say("/weight 150")
        assert "home" in await chat.say("/equipment home")
        assert "Wed tempo, Sun long" in await chat.say("/runs wed:tempo sun:long")
        assert "Berlin Marathon" in await chat.say("/race 2027-09-26 marathon Berlin Marathon")
        assert "until Sat 28 Nov" in await chat.say("/pause 7")
        assert "Pause: off" in await chat.say("/resume")
    account = await load_account(db, who=MIA, now=clock())
    assert account.user.timezone == "Europe/Berlin" and account.user.units == "imperial"
    assert account.user.morning_time == dt.time(6, 15) and account.user.paused_until is None
    assert account.profile.key_runs == {"wed": "tempo", "sun": "long"}


async def test_wrong_arguments_get_an_example_and_change_nothing(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("/timezone Asia/Tokyo")
        reply = await chat.say("/timezone Mars/Olympus")
        assert "Mars/Olympus" in reply and "/timezone Europe/Berlin" in reply
        assert "Nothing was changed" in reply
        assert "/morning 07:00" in await chat.say("/morning 25:99")
        assert "/race 2027-04-18 marathon" in await chat.say("/race tomorrow-ish")
        assert "Change it like /timezone" in await chat.say("/timezone")
    account = await load_account(db, who=MIA, now=clock())
    assert account.user.timezone == "Asia/Tokyo"
    assert account.user.morning_time == dt.time(7, 0)
    assert account.races == ()


async def test_settings_buttons_change_one_setting(db: Database, clock):
    async with open_chat(db, clock) as chat:
        summary = await chat.say("/settings")
        assert "Morning plan at: 07:00" in summary
        question = await chat.press("Morning time")
        assert "1/7" not in question
        answer = await chat.press("08:00")
        assert "08:00" in answer and "All set" not in answer and "Kilometres" not in answer
    account = await load_account(db, who=MIA, now=clock())
    assert account.user.morning_time == dt.time(8, 0) and account.user.setup_step is None


async def test_two_runners_never_see_each_others_settings(db: Database, clock):
    async with open_chat(db, clock, user_id=601, name="Ola") as ola:
        await ola.say("/weight 58")
    async with open_chat(db, clock, user_id=602, name="Raj") as raj:
        summary = await raj.say("/settings")
        assert "58" not in summary and "Body weight: not set" in summary


async def test_plain_text_gets_a_kind_pointer_to_what_the_bot_does(db: Database, clock):
    async with open_chat(db, clock) as chat:
        reply = await chat.say("hello coach")
        assert "Log" in reply and "/help" in reply
        assert "/runs" in await chat.say("/help")


class RefusingBotApi(LocalBotApi):
    """A Bot API that refuses the optional calls (the command menu, the typing indicator)."""

    async def do_request(self, url, method, request_data=None, *args, **kwargs):
        if url.rsplit("/", 1)[-1] in ("setMyCommands", "sendChatAction"):
            return 400, json.dumps({"ok": False, "error_code": 400,
                                    "description": "Bad Request: not today"}).encode()  # fmt: skip
        return await super().do_request(url, method, request_data, *args, **kwargs)


async def test_refused_optional_calls_are_logged_and_the_bot_carries_on(db, clock, caplog):
    transcript: list[str] = []
    api = RefusingBotApi(user_id=501, name="Mia", out=transcript.append)
    app = build_application(Settings(database_url=db.url), db=db, clock=clock, request=api)
    async with app:
        await app.post_init(app)
        await app.process_update(Update.de_json(api.update_for("protein for a 60kg runner?"),
                                                app.bot))  # fmt: skip
    assert any("g of protein" in line for line in transcript)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "setMyCommands failed" in logged and "sendChatAction failed" in logged


async def test_a_failure_gets_an_apology_the_log_gets_the_traceback(tmp_path, clock, caplog):
    broken = Database(f"sqlite:///{tmp_path / 'never-migrated.sqlite3'}")  # no tables at all
    try:
        async with open_chat(broken, clock) as chat:
            first = await chat.say("/settings")
            assert "Sorry — something went wrong on my side" in first
            assert "Traceback" not in first
            # The bot keeps running: the next message is handled (and apologised for) too.
            assert "Sorry" in await chat.say("5k easy 25:00")
    finally:
        await broken.dispose()
    failures = [r for r in caplog.records if r.exc_info and "failed" in r.getMessage()]
    assert len(failures) == 2 and "no such table" in str(failures[0].exc_info[1])


async def test_nothing_a_runner_sends_goes_unanswered(db: Database, clock):
    async with open_chat(db, clock) as chat:
        assert "I don't know /squat" in await chat.say("/squat 3x5")
        photo = {
            "update_id": 900,
            "message": {
                "message_id": 900,
                "date": 0,
                "chat": chat.api.chat,
                "from": chat.api.user,
                "photo": [{"file_id": "x", "file_unique_id": "x", "width": 1, "height": 1}],
            },
        }
        await chat.app.process_update(Update.de_json(photo, chat.app.bot))
        assert "I can only read text" in chat._transcript[-1]
        await chat.say("/help")
        chat.api.buttons = [(1, "Old", "v0:something:gone")]  # a button from long ago
        assert "old message" in await chat.press("Old")
