"""The dispatcher on a real database: what a runner receives, once, and what is recorded."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Sequence

from bot.render_messages import render_briefing
from core.dispatch import SendResult, send_due
from core.models import Activity, Delivery, Race, TrainingProfile, User
from core.schedule import MorningBriefing, RaceBriefing, ReviewBriefing
from core.storage.db import Database

UTC = dt.UTC
JOINED = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # Monday noon
TUESDAY_7AM = dt.datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # default key runs: Tue intervals


SENT = SendResult("sent")


class Recorder:
    """A sender that remembers what it was given and answers with a fixed result."""

    def __init__(self, result: SendResult = SENT) -> None:
        self.result = result
        self.sent: list[tuple[int, object]] = []

    async def __call__(self, chat_id: int, briefing) -> SendResult:
        await asyncio.sleep(0)
        self.sent.append((chat_id, briefing))
        return self.result


async def add_runner(
    db: Database,
    telegram_id: int = 42,
    *,
    timezone: str = "UTC",
    morning: dt.time = dt.time(7, 0),
    rest_day_messages: bool = True,
    key_runs: dict[str, str] | None = None,
    races: Sequence[tuple[dt.date, float]] = (),
    paused_until: dt.date | None = None,
) -> int:
    async with db.uow() as uow:
        user = User(
            telegram_id=telegram_id, chat_id=telegram_id, timezone=timezone, morning_time=morning,
            rest_day_messages=rest_day_messages, paused_until=paused_until, created_at=JOINED,
        )  # fmt: skip
        uow.users.add(user)
        await uow.users.flush()
        profile = TrainingProfile(user_id=user.id, bodyweight_kg=70.0)
        if key_runs is not None:
            profile.key_runs = key_runs
        uow.profiles.add(profile)
        for date, km in races:
            uow.races.add(Race(user_id=user.id, race_date=date, distance_km=km, name="City"))
        await uow.commit()
        return user.id


async def deliveries(db: Database, user_id: int) -> list[Delivery]:
    async with db.uow() as uow:
        return list(await uow.deliveries.for_user(user_id))


async def test_the_morning_plan_goes_out_once_with_the_planned_session(db: Database):
    user_id = await add_runner(db)
    sender = Recorder()
    report = await send_due(db, now=TUESDAY_7AM, send=sender)
    assert report.to_json() == {"sent": 1, "skipped": 0, "failed": 0}
    [(chat_id, briefing)] = sender.sent
    assert chat_id == 42 and isinstance(briefing, MorningBriefing)
    assert briefing.run == "intervals" and briefing.strength is not None
    text, buttons = render_briefing(briefing)
    assert "intervals" in text and " × " in text and buttons is not None

    again = await send_due(db, now=TUESDAY_7AM + dt.timedelta(minutes=1), send=sender)
    assert again.to_json() == {"sent": 0, "skipped": 0, "failed": 0} and len(sender.sent) == 1
    [row] = await deliveries(db, user_id)
    assert (row.kind, row.local_date, row.status) == ("morning", dt.date(2026, 11, 24), "sent")
    assert row.sent_at == TUESDAY_7AM
    assert json.loads(row.detail)["strength"]["session"] == briefing.strength["session"]


async def test_nothing_goes_out_before_the_local_morning_time(db: Database):
    await add_runner(db, timezone="America/New_York")  # 07:00 there is 12:00 UTC
    sender = Recorder()
    await send_due(db, now=TUESDAY_7AM, send=sender)
    assert sender.sent == []
    await send_due(db, now=dt.datetime(2026, 11, 24, 12, 0, tzinfo=UTC), send=sender)
    assert len(sender.sent) == 1


async def test_a_rest_day_gets_one_line_or_nothing_when_turned_off(db: Database):
    rest_all_week = dict.fromkeys(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "rest")
    quiet = await add_runner(db, 1, key_runs=rest_all_week, rest_day_messages=False)
    await add_runner(db, 2, key_runs=rest_all_week)
    sender = Recorder()
    report = await send_due(db, now=TUESDAY_7AM, send=sender)
    assert report.to_json() == {"sent": 1, "skipped": 1, "failed": 0}
    [(chat_id, briefing)] = sender.sent
    text, buttons = render_briefing(briefing)
    assert chat_id == 2 and "rest day" in text and "\n" not in text and buttons is None
    assert [row.status for row in await deliveries(db, quiet)] == ["skipped"]


async def test_a_runner_who_blocked_the_bot_is_marked_inactive_and_never_retried(db: Database):
    user_id = await add_runner(db)
    blocked = Recorder(SendResult("blocked", "Forbidden: bot was blocked by the user"))
    report = await send_due(db, now=TUESDAY_7AM, send=blocked)
    assert report.to_json() == {"sent": 0, "skipped": 1, "failed": 0}
    async with db.uow() as uow:
        assert (await uow.users.get(user_id)).active is False
    later = Recorder()
    await send_due(db, now=TUESDAY_7AM + dt.timedelta(days=1), send=later)
    assert later.sent == []


async def test_a_failed_send_is_recorded_and_not_sent_again(db: Database):
    user_id = await add_runner(db)
    report = await send_due(db, now=TUESDAY_7AM, send=Recorder(SendResult("failed", "boom")))
    assert report.failed == 1
    retry = Recorder()
    await send_due(db, now=TUESDAY_7AM + dt.timedelta(minutes=1), send=retry)
    assert retry.sent == []
    assert [(r.status, r.detail) for r in await deliveries(db, user_id)] == [("failed", "boom")]


async def test_after_downtime_a_late_morning_is_dropped_and_recorded(db: Database):
    user_id = await add_runner(db)
    sender = Recorder()
    noon = TUESDAY_7AM.replace(hour=12)
    report = await send_due(db, now=noon, send=sender)
    assert sender.sent == [] and report.skipped >= 1
    rows = {(r.kind, r.local_date): r.status for r in await deliveries(db, user_id)}
    assert rows[("morning", dt.date(2026, 11, 24))] == "dropped"
    await send_due(db, now=noon + dt.timedelta(minutes=1), send=sender)
    assert sender.sent == []


async def test_dry_run_counts_without_sending_or_recording(db: Database):
    user_id = await add_runner(db)
    report = await send_due(db, now=TUESDAY_7AM, send=None, dry_run=True)
    assert report.to_json() == {"sent": 1, "skipped": 0, "failed": 0}
    assert await deliveries(db, user_id) == []


async def test_a_paused_runner_hears_nothing(db: Database):
    await add_runner(db, paused_until=dt.date(2026, 11, 30))
    sender = Recorder()
    await send_due(db, now=TUESDAY_7AM, send=sender)
    assert sender.sent == []


async def test_race_week_reminder_comes_with_the_morning_plan(db: Database):
    race_day = dt.date(2026, 12, 1)
    await add_runner(db, races=[(race_day, 10.0)])
    sender = Recorder()
    report = await send_due(db, now=TUESDAY_7AM, send=sender)
    assert report.sent == 2
    race = next(b for _, b in sender.sent if isinstance(b, RaceBriefing))
    assert race.kind == "race-7" and race.days_out == 7
    text, _ = render_briefing(race)
    assert "Race week" in text and "Fri 27 Nov" in text  # no heavy legs from day -4


async def test_yesterdays_missed_key_run_gets_one_gentle_nudge(db: Database):
    await add_runner(db)
    sender = Recorder()
    await send_due(db, now=TUESDAY_7AM, send=sender)  # Tue: intervals + a session
    await send_due(db, now=TUESDAY_7AM + dt.timedelta(days=1), send=sender)
    briefing = sender.sent[-1][1]
    assert briefing.missed is not None and briefing.missed.label == "intervals"
    text, _ = render_briefing(briefing)
    assert text.count("isn't in your log") == 1


async def test_with_the_run_logged_the_nudge_is_about_the_missed_session(db: Database):
    user_id = await add_runner(db)
    sender = Recorder()
    await send_due(db, now=TUESDAY_7AM, send=sender)
    session = sender.sent[-1][1].strength["session"]
    async with db.uow() as uow:
        uow.activities.add(
            Activity(
                user_id=user_id, local_date=dt.date(2026, 11, 24), kind="run",
                distance_m=8000.0, run_type="intervals", created_at=TUESDAY_7AM,
            )
        )  # fmt: skip
        await uow.commit()
    await send_due(db, now=TUESDAY_7AM + dt.timedelta(days=1), send=sender)
    missed = sender.sent[-1][1].missed
    assert missed is not None and (missed.what, missed.label) == ("strength", session)


async def test_the_sunday_review_warns_about_a_mileage_jump(db: Database):
    user_id = await add_runner(db)
    sunday_7pm = dt.datetime(2026, 11, 29, 19, 0, tzinfo=UTC)
    async with db.uow() as uow:
        for weeks_back, km in ((4, 30), (3, 30), (2, 30), (1, 30), (0, 40)):
            day = dt.date(2026, 11, 28) - dt.timedelta(weeks=weeks_back)
            uow.activities.add(
                Activity(
                    user_id=user_id, local_date=day, kind="run", distance_m=km * 1000.0,
                    run_type="long", created_at=JOINED,
                )
            )  # fmt: skip
        await uow.commit()
    sender = Recorder()
    await send_due(db, now=sunday_7pm, send=sender)
    review = next(b for _, b in sender.sent if isinstance(b, ReviewBriefing))
    assert review.ramp is not None and round(review.ramp, 2) == 1.33 and review.ramp_warning
    text, _ = render_briefing(review)
    assert "33% above" in text and "Next week" in text
