"""Repositories: the only code that writes SQL; each hands back stored records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from core.models import Activity, Delivery, Race, TrainingProfile, User


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

    async def remove(self, activities: Sequence[Activity]) -> None:
        for activity in activities:
            await self._session.delete(activity)

    async def all_for_user(self, user_id: int) -> Sequence[Activity]:
        query = sa.select(Activity).where(Activity.user_id == user_id)
        return (
            await self._session.scalars(query.order_by(Activity.local_date, Activity.id))
        ).all()


class DeliveryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, delivery: Delivery) -> None:
        self._session.add(delivery)

    async def for_user(self, user_id: int) -> Sequence[Delivery]:
        query = sa.select(Delivery).where(Delivery.user_id == user_id).order_by(Delivery.id)
        return (await self._session.scalars(query)).all()
