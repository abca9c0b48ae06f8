"""Shared fixtures: real databases (SQLite always, PostgreSQL when configured), a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from hypothesis import settings as hypothesis_settings

from core.storage.db import Database, create_engine
from core.storage.migrate import upgrade

# Property tests check rules, not speed: a busy CI machine must not fail them on timing.
hypothesis_settings.register_profile("coach", deadline=None)
hypothesis_settings.load_profile("coach")

POSTGRES_URL = os.environ.get("COACH_TEST_POSTGRES_URL")

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=pytest.mark.skipif(not POSTGRES_URL, reason="COACH_TEST_POSTGRES_URL is not set"),
    ),
]


@contextmanager
def postgres_schema(prefix: str) -> Iterator[str]:
    """A new schema in the test database, dropped afterwards, so runs never collide."""
    import psycopg

    assert POSTGRES_URL is not None
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    plain = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


def migrate(url: str) -> None:
    """Alembic's env runs its own event loop: keep it off any running test loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(upgrade, url).result()


@pytest.fixture(scope="session")
def postgres_schema_url() -> Iterator[str]:
    with postgres_schema("coach_test") as url:
        yield url


@pytest.fixture(scope="session")
def migrated_urls(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest):
    """Database URLs brought to the newest schema with Alembic (not create_all), once."""
    urls: dict[str, str] = {}

    def get(backend: str) -> str:
        if backend not in urls:
            if backend == "sqlite":
                path = tmp_path_factory.mktemp("db") / "coach.sqlite3"
                urls[backend] = f"sqlite:///{path}"
            else:
                urls[backend] = request.getfixturevalue("postgres_schema_url")
            migrate(urls[backend])
        return urls[backend]

    return get


@pytest.fixture(params=BACKENDS)
async def db(request: pytest.FixtureRequest, migrated_urls) -> AsyncIterator[Database]:
    """A migrated database whose changes are rolled back after each test."""
    url = migrated_urls(request.param)
    engine = create_engine(url)
    async with engine.connect() as connection:
        transaction = await connection.begin()
        database = Database(url, bind=connection)
        try:
            yield database
        finally:
            await transaction.rollback()
            await database.dispose()
    await engine.dispose()


NOW = dt.datetime(2026, 11, 21, 18, 30, tzinfo=dt.UTC)


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture(params=BACKENDS)
def fresh_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A database of the test's own, migrated and really committed to (not rolled back), for
    tests that need several connections or processes to see each other's writes."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        migrate(url)
        yield url
        return
    with postgres_schema("coach_fresh") as url:
        migrate(url)
        yield url
