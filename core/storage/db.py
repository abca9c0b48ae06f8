"""The database engine: one async engine per process, SQLite or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from core.storage.uow import UnitOfWork

SQLITE_BUSY_TIMEOUT_MS = 5000


def async_url(url: str) -> str:
    """Return the URL with the async driver this project uses for its database."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    elif backend in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    else:
        raise ValueError(f"unsupported database {backend!r}: use sqlite or postgresql")
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create the async engine; SQLite gets WAL, foreign keys and a busy timeout."""
    url = async_url(url)
    if not is_sqlite(url):
        return create_async_engine(url, pool_pre_ping=True, **kwargs)

    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, **kwargs)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module so SAVEPOINTs and the
        # "begin" below behave (the SQLAlchemy recipe for pysqlite/aiosqlite).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions whose objects stay readable after commit (they are handed to callers)."""
    return async_sessionmaker(engine, expire_on_commit=False)


class Database:
    """The process's engine and the units of work opened on it."""

    def __init__(self, url: str, *, bind: AsyncConnection | None = None, **engine_kwargs: Any):
        self.url = url
        self.engine = create_engine(url, **engine_kwargs)
        if bind is None:
            self._sessions = session_factory(self.engine)
        else:
            # Tests: every unit of work runs in a SAVEPOINT of one outer transaction that is
            # rolled back at the end (the SQLAlchemy "join an external transaction" recipe).
            self._sessions = async_sessionmaker(
                bind=bind, expire_on_commit=False, join_transaction_mode="create_savepoint"
            )

    def uow(self) -> UnitOfWork:
        """Return a new unit of work (one per use case; never shared between tasks)."""
        return UnitOfWork(self._sessions)

    async def dispose(self) -> None:
        await self.engine.dispose()
