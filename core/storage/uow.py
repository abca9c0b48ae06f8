"""The unit of work: one session, its repositories, one commit (or none)."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.storage.repositories import (
    ActivityRepository,
    DeliveryRepository,
    PlanChangeRepository,
    ProfileRepository,
    RaceRepository,
    RunnerRecords,
    SeenUpdateRepository,
    UserRepository,
)


class UnitOfWork:
    """`async with uow:` opens a session; nothing is kept unless `commit()` is called."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> UnitOfWork:
        self._session = session = self._sessions()
        self.users = UserRepository(session)
        self.profiles = ProfileRepository(session)
        self.races = RaceRepository(session)
        self.activities = ActivityRepository(session)
        self.deliveries = DeliveryRepository(session)
        self.plan_changes = PlanChangeRepository(session)
        self.seen_updates = SeenUpdateRepository(session)
        self.runner_records = RunnerRecords(session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        # close() discards anything not committed, like rollback(), but leaves the objects
        # already loaded readable for the caller (rollback() would expire them).
        await self._session.close()
        self._session = None

    async def commit(self) -> None:
        assert self._session is not None
        await self._session.commit()
