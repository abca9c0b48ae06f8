"""Repositories: the only code that writes SQL; each hands back stored records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from core.models import (
    Activity,
    Delivery,
    PlanChange,
    Race,
    SeenUpdate,
    TrainingProfile,
    User,
)


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_telegram_id(self, telegram_id: int) -> User | None:
        return await self._session.scalar(sa.select(User).where(User.telegram_id == telegram_id))

    async def get(self, user_id: int) -> User | None:
        return await self._session.get(User, user_id)

    def add(self, user: User) -> None:
        self._session.add(user)

    async def delete(self, user: User) -> None:
        await self._session.delete(user)

    async def active(self) -> Sequence[User]:
        return (await self._session.scalars(sa.select(User).where(User.active))).all()

    async def flush(self) -> None:
        await self._session.flush()


class ProfileRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: int) -> TrainingProfile | None:
        return await self._session.get(TrainingProfile, user_id)

    def add(self, profile: TrainingProfile) -> None:
        self._session.add(profile)


class RaceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def for_user(self, user_id: int, *, from_date: dt.date | None = None) -> Sequence[Race]:
        query = sa.select(Race).where(Race.user_id == user_id)
        if from_date is not None:
            query = query.where(Race.race_date >= from_date)
        return (await self._session.scalars(query.order_by(Race.race_date, Race.id))).all()

    def add(self, race: Race) -> None:
        self._session.add(race)

    async def between(self, start: dt.date, end: dt.date) -> Sequence[Race]:
        """Return every runner's races from `start` to `end` inclusive."""
        query = sa.select(Race).where(Race.race_date >= start, Race.race_date <= end)
        return (await self._session.scalars(query.order_by(Race.user_id, Race.race_date))).all()

    async def remove(self, race: Race) -> None:
        await self._session.delete(race)


class ActivityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, activity: Activity) -> None:
        self._session.add(activity)

    async def between(self, user_id: int, start: dt.date, end: dt.date) -> Sequence[Activity]:
        """Return a user's activities from `start` to `end` inclusive, oldest first."""
        query = (
            sa.select(Activity)
            .where(
                Activity.user_id == user_id,
                Activity.local_date >= start,
                Activity.local_date <= end,
            )
            .order_by(Activity.local_date, Activity.id)
        )
        return (await self._session.scalars(query)).all()

    async def recent(self, user_id: int, *, limit: int) -> Sequence[Activity]:
        """Return a user's last `limit` activities, newest first."""
        query = (
            sa.select(Activity)
            .where(Activity.user_id == user_id)
            .order_by(Activity.created_at.desc(), Activity.id.desc())
            .limit(limit)
        )
        return (await self._session.scalars(query)).all()

    async def from_message(self, user_id: int, message_id: int) -> Sequence[Activity]:
        query = sa.select(Activity).where(
            Activity.user_id == user_id, Activity.message_id == message_id
        )
        return (await self._session.scalars(query.order_by(Activity.id))).all()

    async def get(self, activity_id: int) -> Activity | None:
        return await self._session.get(Activity, activity_id)

    async def stored_with(self, activity: Activity) -> Sequence[Activity]:
        """Return the entries stored in the same batch (one message) as `activity`."""
        query = sa.select(Activity).where(
            Activity.user_id == activity.user_id,
            Activity.created_at == activity.created_at,
            Activity.source == activity.source,
        )
        if activity.message_id is None:
            query = query.where(Activity.message_id.is_(None))
        else:
            query = query.where(Activity.message_id == activity.message_id)
        return (await self._session.scalars(query.order_by(Activity.id))).all()

    async def remove(self, activities: Sequence[Activity]) -> None:
        for activity in activities:
            await self._session.delete(activity)

    async def all_for_user(self, user_id: int) -> Sequence[Activity]:
        query = sa.select(Activity).where(Activity.user_id == user_id)
        return (
            await self._session.scalars(query.order_by(Activity.local_date, Activity.id))
        ).all()


# How a claimed delivery ended: ((user id, kind, local date), status, detail).
Outcome = tuple[tuple[int, str, dt.date], str, str | None]


class DeliveryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, delivery: Delivery) -> None:
        self._session.add(delivery)

    async def for_user(self, user_id: int) -> Sequence[Delivery]:
        query = sa.select(Delivery).where(Delivery.user_id == user_id).order_by(Delivery.id)
        return (await self._session.scalars(query)).all()

    async def get(self, user_id: int, kind: str, local_date: dt.date) -> Delivery | None:
        return await self._session.scalar(
            sa.select(Delivery).where(
                Delivery.user_id == user_id,
                Delivery.kind == kind,
                Delivery.local_date == local_date,
            )
        )

    async def keys_since(self, local_date: dt.date) -> set[tuple[int, str, dt.date]]:
        """Return the (user, kind, local date) of every delivery from `local_date` on."""
        query = sa.select(Delivery.user_id, Delivery.kind, Delivery.local_date).where(
            Delivery.local_date >= local_date
        )
        return {(row[0], row[1], row[2]) for row in await self._session.execute(query)}

    async def insert_new(self, rows: Sequence[dict[str, Any]]) -> set[tuple[int, str, dt.date]]:
        """Insert deliveries whose key is still free; return the keys this call inserted.

        INSERT … ON CONFLICT DO NOTHING: a key another process already holds (committed, or
        in flight — PostgreSQL waits for that transaction) is left alone, so a message can be
        claimed once only, on SQLite and PostgreSQL alike.
        """
        if not rows:
            return set()
        bind = self._session.get_bind()
        insert = pg_insert if bind.dialect.name == "postgresql" else sqlite_insert
        # One key order in every process, so concurrent claims never wait on each other in a cycle.
        ordered = sorted(rows, key=lambda r: (r["user_id"], r["kind"], r["local_date"]))
        statement = (
            insert(Delivery)
            .values(ordered)
            .on_conflict_do_nothing(index_elements=["user_id", "kind", "local_date"])
            .returning(Delivery.user_id, Delivery.kind, Delivery.local_date)
        )
        return {(row[0], row[1], row[2]) for row in await self._session.execute(statement)}

    async def finish(self, outcomes: Sequence[Outcome], *, at: dt.datetime) -> None:
        """Record how claimed deliveries ended: ((user, kind, date), status, detail) each."""
        if not outcomes:
            return
        table: sa.Table = Delivery.__table__  # type: ignore[assignment]
        statement = (
            sa.update(table)
            .where(
                table.c.user_id == sa.bindparam("k_user"),
                table.c.kind == sa.bindparam("k_kind"),
                table.c.local_date == sa.bindparam("k_date"),
            )
            .values(
                status=sa.bindparam("status"),
                detail=sa.bindparam("detail"),
                sent_at=sa.bindparam("sent_at", type_=Delivery.sent_at.type),
                attempts=table.c.attempts + 1,
            )
        )
        params = [
            {
                "k_user": key[0],
                "k_kind": key[1],
                "k_date": key[2],
                "status": status,
                "detail": detail,
                "sent_at": at if status == "sent" else None,
            }
            for key, status, detail in outcomes
        ]
        await self._session.execute(statement, params)


class RunnerRecords:
    """Everything the dispatcher needs about many runners at once, a few queries per batch."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def load(
        self, user_ids: Sequence[int], *, since: dt.date, until: dt.date
    ) -> dict[str, Sequence[Any]]:
        """Return users, profiles, races, activities, plan changes and morning deliveries of
        `user_ids` (dated rows from `since` to `until`). Activities come as plain rows:
        (user id, local date, kind, *Activity._ENTRY_FIELDS)."""
        ids = sorted(set(user_ids))
        session = self._session

        async def rows(query: Any) -> Sequence[Any]:
            return (await session.scalars(query)).all()

        return {
            "users": await rows(sa.select(User).where(User.id.in_(ids))),
            "profiles": await rows(
                sa.select(TrainingProfile).where(TrainingProfile.user_id.in_(ids))
            ),
            "races": await rows(sa.select(Race).where(Race.user_id.in_(ids))),
            # Plain rows, not ORM objects: thousands of them are read per batch.
            "activities": (
                await session.execute(
                    sa.select(
                        Activity.user_id,
                        Activity.local_date,
                        Activity.kind,
                        *(getattr(Activity, name) for name in Activity._ENTRY_FIELDS),
                    )
                    .where(
                        Activity.user_id.in_(ids),
                        Activity.local_date >= since,
                        Activity.local_date <= until,
                    )
                    .order_by(Activity.local_date, Activity.id)
                )
            ).all(),
            "changes": await rows(
                sa.select(PlanChange).where(
                    PlanChange.user_id.in_(ids),
                    PlanChange.local_date >= since,
                    PlanChange.local_date <= until,
                )
            ),
            "mornings": await rows(
                sa.select(Delivery).where(
                    Delivery.user_id.in_(ids),
                    Delivery.kind == "morning",
                    Delivery.local_date >= since,
                    Delivery.local_date <= until,
                )
            ),
        }

    async def deactivate(self, user_ids: Sequence[int]) -> None:
        """Stop sending to runners who blocked the bot."""
        if user_ids:
            await self._session.execute(
                sa.update(User).where(User.id.in_(sorted(set(user_ids)))).values(active=False)
            )


class PlanChangeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def between(self, user_id: int, start: dt.date, end: dt.date) -> Sequence[PlanChange]:
        query = sa.select(PlanChange).where(
            PlanChange.user_id == user_id,
            PlanChange.local_date >= start,
            PlanChange.local_date <= end,
        )
        return (await self._session.scalars(query.order_by(PlanChange.local_date))).all()

    async def get(self, user_id: int, local_date: dt.date) -> PlanChange | None:
        return await self._session.scalar(
            sa.select(PlanChange).where(
                PlanChange.user_id == user_id, PlanChange.local_date == local_date
            )
        )

    def add(self, change: PlanChange) -> None:
        self._session.add(change)


class SeenUpdateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def first_time(self, update_id: int, *, at: dt.datetime) -> bool:
        """Record an update id; False when it was already recorded (by any process)."""
        bind = self._session.get_bind()
        insert = pg_insert if bind.dialect.name == "postgresql" else sqlite_insert
        statement = (
            insert(SeenUpdate)
            .values(update_id=update_id, seen_at=at)
            .on_conflict_do_nothing(index_elements=["update_id"])
            .returning(SeenUpdate.update_id)
        )
        return (await self._session.execute(statement)).first() is not None

    async def forget_before(self, moment: dt.datetime) -> None:
        await self._session.execute(sa.delete(SeenUpdate).where(SeenUpdate.seen_at < moment))
