"""Logging in plain words through the real application: stored first, then confirmed."""

from __future__ import annotations

import datetime as dt

from core.accounts import Who, load_account
from core.logbook import entries_between
from core.storage.db import Database
from tests.conftest import FixedClock
from tests.support.chat import open_chat

MIA = Who(telegram_id=501, chat_id=501, name="Mia")
SAT = dt.date(2026, 11, 21)


async def stored(db: Database, clock: FixedClock, start: dt.date = SAT - dt.timedelta(days=30)):
    return await entries_between(db, who=MIA, start=start, end=SAT, now=clock())


async def test_a_run_is_stored_and_confirmed_in_the_runners_units(db: Database, clock):
    async with open_chat(db, clock) as chat:
        reply = await chat.say("10k easy 52:30")
        assert "Logged: Easy run 10.0 km · 52:30 · 5:15/km (Sat 21 Nov)" in reply
        assert chat.buttons == ["Undo", "Change date"]
        await chat.say("/units imperial")
        reply = await chat.say("ran 6 miles yesterday in 51:00, felt sluggish")
        assert "6.0 mi" in reply and "8:30/mi" in reply and "Fri 20 Nov" in reply
    [yesterday, run] = await stored(db, clock)  # oldest first
    assert (run.kind, run.distance_m, run.duration_s, run.run_type) == ("run", 10000, 3150, "easy")
    assert yesterday.date == dt.date(2026, 11, 20) and round(yesterday.distance_m) == 9656


async def test_undo_button_and_command_remove_what_was_logged(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("squats 3x5 @ 90kg, then 5k easy")
        clock.advance(minutes=1)
        await chat.say("RDL 3x8 60kg")
        assert "Removed" in await chat.press("Undo")
        assert chat.buttons == []  # the confirmation lost its buttons with its entries
        assert [e.exercise for e in await stored(db, clock)] == ["back_squat", None]
        removed = await chat.say("/undo")
        assert "Back squat" in removed and "Easy run" in removed
        assert "nothing to undo" in await chat.say("/undo")
    assert await stored(db, clock) == ()


async def test_change_date_moves_the_entries(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("tempo 8k 34:10")
        await chat.press("Change date")
        assert "Today" in chat.buttons and "Yesterday" in chat.buttons
        reply = await chat.press("Yesterday")
        assert "Moved" in reply and "Fri 20 Nov" in reply
    [run] = await stored(db, clock)
    assert run.date == dt.date(2026, 11, 20) and run.run_type == "tempo"


async def test_the_same_message_twice_asks_before_logging_again(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("5k easy 27:30")
        clock.advance(minutes=3)
        reply = await chat.say("5k easy 27:30")
        assert "a few minutes ago" in reply and len(await stored(db, clock)) == 1
        assert "Logged" in await chat.press("Log it again")
        assert len(await stored(db, clock)) == 2
        clock.advance(minutes=3)
        await chat.say("5k easy 27:30")
        await chat.press("No")
        assert len(await stored(db, clock)) == 2
        clock.advance(minutes=30)
        assert "Logged" in await chat.say("5k easy 27:30")
    assert len(await stored(db, clock)) == 3


async def test_ten_times_the_usual_load_asks_did_you_mean(db: Database, clock):
    async with open_chat(db, clock) as chat:
        for day in ("mon", "wed", "fri"):
            await chat.say(f"{day}: back squat 3x5 @ 85kg")
            clock.advance(minutes=1)
        reply = await chat.say("squats 3x5 845kg")
        assert "did you mean" in reply and "84.5 kg" in reply
        assert len(await stored(db, clock)) == 3
        reply = await chat.press("Yes")
        assert "Back squat 3 × 5 @ 84.5 kg" in reply
    loads = [e.load_kg for e in await stored(db, clock)]
    assert loads[-1] == 84.5


async def test_a_new_best_is_celebrated(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("yesterday deadlift 3x5 @ 140kg")
        reply = await chat.say("deadlifts 3x5 150kg")
        assert "🎉" in reply and "Deadlift" in reply and "140 kg" in reply


async def test_an_edited_message_replaces_its_entries(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("8k easy 44:00")
        reply = await chat.edit(chat.last_user_message_id, "8 mi easy 70:00")
        assert "Updated" in reply and "12.9 km" in reply
    [run] = await stored(db, clock)
    assert round(run.distance_m) == 12875 and run.duration_s == 4200


async def test_what_is_not_a_log_is_not_stored_and_gets_a_reason(db: Database, clock):
    async with open_chat(db, clock) as chat:
        assert "Which lift was 300 × 5?" in await chat.say("300 x5")
        protein = await chat.say("is 120 g of protein enough for me?")
        assert "g" in protein and "Logged" not in protein
        assert "Logged" not in await chat.say("can I deadlift 2 days before my half?")
        hello = await chat.say("hello")
        assert "Logged" not in hello
    assert await stored(db, clock) == ()


async def test_history_and_week_show_what_was_logged(db: Database, clock):
    async with open_chat(db, clock) as chat:
        await chat.say("mon 10k easy 55:00")
        await chat.say("thu intervals 6x800m, 9k total 45:00")
        await chat.say("bulgarians 3x8 each leg 16kg")
        history = await chat.say("/history")
        assert "bulgarians 3x8 each leg 16kg" in history and "Bulgarian split squat" in history
        week = await chat.say("/week")
        assert "Runs: 2" in week and "19.0 km" in week
        # Against the default plan: Tue intervals, Thu tempo, Sat long; two strength sessions.
        assert "Key runs: 1 of 3" in week and "intervals ✓" in week
        assert "Strength: 1 of 2 sessions" in week
    account = await load_account(db, who=MIA, now=clock())
    assert account.user.units == "metric"


async def test_the_answer_to_a_clarifying_question_completes_the_log(db: Database, clock):
    async with open_chat(db, clock) as chat:
        assert "Which lift was 100 × 5?" in await chat.say("100 x5")
        clock.advance(minutes=2)
        reply = await chat.say("bench")
        assert "Logged: Bench press 1 × 5 @ 100 kg" in reply
        assert "Which lift" in await chat.say("100 x5")
        clock.advance(minutes=20)  # too late to be an answer: read on its own
        assert "Logged" not in await chat.say("bench")
    [entry] = await stored(db, clock)
    assert (entry.exercise, entry.reps, entry.load_kg) == ("bench_press", 5, 100.0)
