"""The plan, questions and a runner's own data, through the real application."""

from __future__ import annotations

import datetime as dt

from core.accounts import Who, load_account
from core.storage.db import Database
from tests.conftest import FixedClock
from tests.support.chat import open_chat

MIA = Who(telegram_id=501, chat_id=501, name="Mia")
MONDAY_MORNING = dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)


async def test_plan_shows_the_days_session_and_why(db: Database):
    clock = FixedClock(MONDAY_MORNING)
    async with open_chat(db, clock) as chat:
        await chat.say("/runs mon:tempo thu:intervals sat:long")
        today = await chat.say("/plan")
        assert "Mon 23 Nov · Tempo run" in today and "Strength A" in today
        assert chat.buttons == ["Why?"]
        assert "after your tempo" in (await chat.press("Why?")).lower()
        week = await chat.say("/plan week")
        assert "Thu 26 Nov · Intervals" in week and "Strength B" in week
        assert "Romanian deadlift" in week
        assert "Tue 24 Nov · Easy run" in await chat.say("/plan tomorrow")
        assert "/plan week" in await chat.say("/plan someday")


async def test_home_plans_use_home_exercises(db: Database):
    async with open_chat(db, FixedClock(MONDAY_MORNING)) as chat:
        await chat.say("/equipment home")
        week = await chat.say("/plan week")
    assert "Strength A" in week
    assert "Back squat" not in week and "Hip thrust" not in week and "Box jump" not in week


async def test_heavy_legs_before_a_key_run_get_a_warning(db: Database, clock):
    # Default key runs: Tue intervals, Thu tempo, Sat long. Friday squats → warning.
    async with open_chat(db, clock) as chat:
        reply = await chat.say("yesterday back squat 4x5 @ 100kg")
        assert "Logged" in reply and "⚠" in reply and "long run" in reply.lower()
        assert "light" in await chat.say("sunday squats 3x5 @ 100kg")  # after the long run
        assert "⚠" not in await chat.say("tuesday squats 3x5 @ 100kg")


async def test_questions_get_personal_answers_with_more_and_sources(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("/weight 70")
        answer = await chat.say("how much protein should i eat as a marathoner?")
        assert "1.6" in answer and "70 kg" in answer and "110" in answer
        assert chat.buttons == ["More", "Sources"]
        assert "Sources" in await chat.press("Sources")
        assert len(await chat.say("do heavy squats make runners slow and bulky?")) > 80


async def test_off_topic_is_declined_politely(db: Database, clock):
    async with open_chat(db, clock) as chat:
        reply = await chat.say("what running shoes should I buy for a marathon?")
    assert "Logged" not in reply and "help" in reply.lower()


async def test_faq_lists_topics_as_buttons(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("/faq")
        assert len(chat.buttons) == 28
        reply = await chat.press(chat.buttons[0])
        assert "More" in chat.buttons and len(reply) > 80


async def test_export_and_delete_my_data(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("5k easy 27:00")
        assert "1 entries" in await chat.say("/export")
        await chat.say("/deleteme")
        assert "Nothing was deleted" in await chat.press("No")
        await chat.say("/deleteme")
        assert "everything is deleted" in await chat.press("Yes")
    async with db.uow() as uow:
        assert await uow.users.by_telegram_id(MIA.telegram_id) is None
    account = await load_account(db, who=MIA, now=clock())
    assert account.user.timezone == "UTC"


async def test_a_follow_up_leans_on_the_last_question_even_after_a_restart(db: Database, clock):
    async with open_chat(db, clock) as chat:
        assert "g of protein" in await chat.say("how much protein do i need per day?")
    clock.advance(minutes=5)
    async with open_chat(db, clock) as restarted:  # a new process, or another replica
        assert "g of protein" in await restarted.say("what about for a 10k?")
    clock.advance(minutes=45)
    async with open_chat(db, clock) as later:  # too long after: read on its own
        assert "g of protein" not in await later.say("what about for a 10k?")


async def test_asking_about_heavy_legs_on_a_day_gets_that_days_verdict(db: Database, clock):
    # Default key runs: Tue intervals, Thu tempo, Sat long. Today is Saturday 21 Nov.
    async with open_chat(db, clock) as chat:
        friday = await chat.say("can I squat heavy on friday?")
        assert "⚠" in friday and "long run" in friday.lower()
        tuesday = await chat.say("is tuesday ok for deadlifts?")
        assert "✓ Tuesday works for heavy legs" in tuesday
        await chat.say("/runs wed:intervals sat:long")
        assert "⚠" in await chat.say("leg day on tuesday??")
