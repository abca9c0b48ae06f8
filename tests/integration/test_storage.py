"""Repositories and the unit of work on real databases (SQLite, and PostgreSQL if set)."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from core.accounts import Who, apply_change, load_account
from core.entries import Entry
from core.models import Activity, Delivery
from core.preferences import Change, NewRace
from core.storage.db import Database

NOW = dt.datetime(2026, 11, 21, 18, 30, tzinfo=dt.UTC)
ANNA = Who(telegram_id=1001, chat_id=1001, name="Anna")
BEN = Who(telegram_id=1002, chat_id=1002, name="Ben")


async def test_first_message_creates_an_account_with_the_contract_defaults(db: Database):
    account = await load_account(db, who=ANNA, now=NOW)

    assert account.user.timezone == "UTC"
    assert account.user.units == "metric"
    assert account.user.morning_time == dt.time(7, 0)
    assert account.user.active and account.user.paused_until is None
    assert account.profile.key_runs == {"tue": "intervals", "thu": "tempo", "sat": "long"}
    assert account.profile.equipment == "gym"
    assert account.profile.sessions_per_week == 2
    again = await load_account(db, who=ANNA, now=NOW)
    assert again.user.id == account.user.id


async def test_changes_are_stored_for_that_runner_only(db: Database):
    await load_account(db, who=BEN, now=NOW)
    change = Change(
        user={"timezone": "Europe/Berlin", "morning_time": dt.time(6, 15)},
        profile={"bodyweight_kg": 61.5, "key_runs": {"mon": "tempo"}},
        race=NewRace(date=dt.date(2027, 4, 18), distance_km=42.195, name="Boston"),
    )
    await apply_change(db, who=ANNA, change=change, now=NOW)

    anna = await load_account(db, who=ANNA, now=NOW)
    ben = await load_account(db, who=BEN, now=NOW)
    assert anna.user.timezone == "Europe/Berlin"
    assert anna.user.morning_time == dt.time(6, 15)
    assert anna.profile.bodyweight_kg == 61.5
    assert anna.profile.key_runs == {"mon": "tempo"}
    assert [(r.race_date, r.name) for r in anna.races] == [(dt.date(2027, 4, 18), "Boston")]
    assert ben.user.timezone == "UTC" and ben.races == () and ben.profile.bodyweight_kg is None


async def test_past_races_are_not_listed_as_upcoming(db: Database):
    for day in (dt.date(2026, 12, 6), dt.date(2027, 3, 1)):
        race = NewRace(date=day, distance_km=10.0)
        await apply_change(db, who=ANNA, change=Change(race=race), now=NOW)

    later = NOW + dt.timedelta(days=30)
    account = await load_account(db, who=ANNA, now=later)
    assert [race.race_date for race in account.races] == [dt.date(2027, 3, 1)]


async def test_an_activity_keeps_its_entry_raw_text_and_utc_time(db: Database):
    account = await load_account(db, who=ANNA, now=NOW)
    entry = Entry(kind="lift", date=dt.date(2026, 11, 20), exercise="romanian_deadlift",
                  sets=3, reps=6, load_kg=75.0, rir=2.0)  # fmt: skip
    created = dt.datetime(2026, 11, 21, 7, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    async with db.uow() as uow:
        uow.activities.add(
            Activity.from_entry(
                entry,
                user_id=account.user.id,
                raw_text="RDL 3x6 @ 75kg",
                source="chat",
                created_at=created,
                message_id=42,
            )
        )
        await uow.commit()

    async with db.uow() as uow:
        [stored] = await uow.activities.between(
            account.user.id, dt.date(2026, 11, 16), dt.date(2026, 11, 22)
        )
        from_message = await uow.activities.from_message(account.user.id, 42)
    assert stored.to_entry() == entry
    assert stored.raw_text == "RDL 3x6 @ 75kg"
    assert stored.created_at == created and stored.created_at.tzinfo is not None
    assert [a.id for a in from_message] == [stored.id]


async def test_nothing_is_kept_without_commit(db: Database):
    async with db.uow() as uow:
        account = await load_account(db, who=ANNA, now=NOW)
        entry = Entry(kind="rest", date=dt.date(2026, 11, 21))
        uow.activities.add(Activity.from_entry(entry, user_id=account.user.id, raw_text="rest",
                                               source="chat", created_at=NOW))  # fmt: skip
    async with db.uow() as uow:
        assert await uow.activities.all_for_user(account.user.id) == []


async def test_a_delivery_can_only_be_claimed_once_per_user_kind_and_day(db: Database):
    account = await load_account(db, who=ANNA, now=NOW)
    row = {"user_id": account.user.id, "kind": "morning_plan", "local_date": dt.date(2026, 11, 22),
           "claimed_at": NOW}  # fmt: skip
    async with db.uow() as uow:
        uow.deliveries.add(Delivery(**row))
        await uow.commit()
    with pytest.raises(IntegrityError):
        async with db.uow() as uow:
            uow.deliveries.add(Delivery(**row))
            await uow.commit()


async def test_deleting_a_user_removes_everything_of_theirs(db: Database):
    account = await load_account(db, who=ANNA, now=NOW)
    race = NewRace(date=dt.date(2027, 1, 10), distance_km=5.0)
    await apply_change(db, who=ANNA, change=Change(race=race), now=NOW)
    async with db.uow() as uow:
        user = await uow.users.get(account.user.id)
        assert user is not None
        await uow.users.delete(user)
        await uow.commit()
    async with db.uow() as uow:
        assert await uow.races.for_user(account.user.id) == []
        assert await uow.profiles.get(account.user.id) is None


async def test_foreign_keys_are_enforced(db: Database):
    entry = Entry(kind="rest", date=dt.date(2026, 11, 21))
    with pytest.raises(IntegrityError):
        async with db.uow() as uow:
            uow.activities.add(Activity.from_entry(entry, user_id=987654, raw_text="rest",
                                                   source="chat", created_at=NOW))  # fmt: skip
            await uow.commit()


async def test_naive_datetimes_are_refused(db: Database):
    with pytest.raises(sa.exc.StatementError):
        await load_account(db, who=ANNA, now=dt.datetime(2026, 11, 21, 18, 30))
