"""The morning plan through the real application: the tick sends it, the runner taps buttons."""

from __future__ import annotations

import datetime as dt

from core.models import Activity, User
from core.storage.db import Database
from tests.conftest import FixedClock
from tests.support.chat import Chat, open_chat

UTC = dt.UTC
MONDAY_NOON = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def at(day: int, hour: int = 7) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, 0, tzinfo=UTC)


async def tick(chat: Chat) -> str:
    """Run the JobQueue's send-due job once, as the scheduler would; return what appeared."""
    before = len(chat._transcript)
    [job] = chat.app.job_queue.get_jobs_by_name("send-due")
    await job.run(chat.app)
    return "\n".join(chat._transcript[before:])


async def plan_rows(db: Database) -> list[Activity]:
    async with db.uow() as uow:
        user = await uow.users.by_telegram_id(501)
        assert user is not None
        return [a for a in await uow.activities.all_for_user(user.id) if a.source == "plan"]


async def test_done_logs_the_planned_session_once(db: Database):
    clock = FixedClock(MONDAY_NOON)
    async with open_chat(db, clock) as chat:
        await chat.say("/settings")  # the runner exists from here on (defaults: UTC, 07:00)
        clock.now = at(24)
        shown = await tick(chat)
        assert "today's plan" in shown and "Step-up 3 × 6-8/leg" in shown
        assert chat.buttons == ["Done ✓", "Skip", "Move to tomorrow"]
        assert await tick(chat) == ""  # the next tick: nothing twice

        reply = await chat.press("Done")
        assert "Logged ✓" in reply and "6 exercises" in reply
        rows = await plan_rows(db)
        assert len(rows) == 6 and {r.local_date for r in rows} == {dt.date(2026, 11, 24)}
        step_up = next(r for r in rows if r.exercise == "step_up")
        assert (step_up.sets, step_up.reps, step_up.per_side) == (3, 6, True)
        plank = next(r for r in rows if r.exercise == "copenhagen_plank")
        assert (plank.reps, plank.duration_s) == (None, 20.0)


async def test_a_second_tap_on_done_logs_nothing_more(db: Database):
    clock = FixedClock(MONDAY_NOON)
    async with open_chat(db, clock) as chat:
        await chat.say("/settings")
        clock.now = at(24)
        await tick(chat)
        message_buttons = list(chat.api.buttons)
        await chat.press("Done")
        chat.api.buttons = message_buttons  # an old copy of the message, tapped again
        assert "Already noted" in await chat.press("Done")
        assert len(await plan_rows(db)) == 6


async def test_move_to_tomorrow_puts_the_session_in_the_next_morning_plan(db: Database):
    clock = FixedClock(MONDAY_NOON)
    async with open_chat(db, clock) as chat:
        await chat.say("/settings")
        clock.now = at(24)
        await tick(chat)
        assert "Moved" in await chat.press("Move to tomorrow")
        clock.now = at(25)
        wednesday = await tick(chat)
        assert "moved from yesterday" in wednesday and "Box jump" in wednesday
        # Moved on purpose: no "isn't in your log" about Tuesday's session.
        assert "session B isn't in your log" not in wednesday


async def test_a_heavy_session_is_not_moved_onto_the_eve_of_the_long_run(db: Database):
    clock = FixedClock(MONDAY_NOON)
    async with open_chat(db, clock) as chat:
        await chat.say("/settings")
        clock.now = at(26)  # Thu: tempo + heavy session A; Sat is the long run
        await tick(chat)
        reply = await chat.press("Move to tomorrow")
        assert "can't move it" in reply and "long run" in reply


async def test_skip_is_remembered_and_tomorrow_does_not_nag(db: Database):
    clock = FixedClock(MONDAY_NOON)
    async with open_chat(db, clock) as chat:
        await chat.say("/settings")
        clock.now = at(24)
        await tick(chat)
        assert "Skipped" in await chat.press("Skip")
        clock.now = at(25)
        wednesday = await tick(chat)
        # Skipping is a decision, not a miss: no nudge about Tuesday at all.
        assert "isn't in your log" not in wednesday and "easy run" in wednesday


async def test_rest_day_messages_can_be_turned_off_from_settings(db: Database):
    clock = FixedClock(MONDAY_NOON)
    async with open_chat(db, clock) as chat:
        await chat.say("/runs mon:rest tue:rest wed:rest thu:rest fri:rest sat:rest sun:rest")
        await chat.say("/settings")
        assert "off" in await chat.press("Rest-day messages")
        clock.now = at(24)  # Tue: a rest day without a strength session
        assert await tick(chat) == ""
        async with db.uow() as uow:
            user = await uow.users.by_telegram_id(501)
            assert isinstance(user, User) and user.rest_day_messages is False
            [delivery] = await uow.deliveries.for_user(user.id)
            assert delivery.status == "skipped"
        await chat.say("/settings")
        assert "on" in await chat.press("Rest-day messages")


async def monday_tempo_week(chat: Chat, clock: FixedClock) -> str:
    clock.now = dt.datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    await chat.say("/runs mon:tempo thu:intervals sat:long")
    clock.now = at(23)
    return await tick(chat)


async def test_an_unlogged_session_moves_on_to_the_next_free_day(db: Database):
    clock = FixedClock()
    async with open_chat(db, clock) as chat:
        assert "session A" in await monday_tempo_week(chat, clock)
        clock.now = at(24)
        tuesday = await tick(chat)
        assert "Strength: session A" in tuesday  # as /plan shows it: re-planned after a miss
        assert "tempo run isn't in your log" in tuesday  # one nudge: the key run first


async def test_a_skipped_session_is_not_brought_back_the_next_day(db: Database):
    clock = FixedClock()
    async with open_chat(db, clock) as chat:
        assert "session A" in await monday_tempo_week(chat, clock)
        await chat.press("Skip")
        clock.now = at(24)
        tuesday = await tick(chat)
        assert "No strength today" in tuesday and "isn't in your log" not in tuesday


async def test_plan_shows_what_the_morning_buttons_decided(db: Database):
    clock = FixedClock()
    async with open_chat(db, clock) as chat:
        assert "session A" in await monday_tempo_week(chat, clock)
        await chat.press("Skip")
        clock.now = at(24, hour=9)
        assert "Strength" not in await chat.say("/plan")  # not brought back on Tuesday
        clock.now = at(25, hour=9)
        assert "Strength B" in await chat.say("/plan tomorrow")  # Thursday is untouched
