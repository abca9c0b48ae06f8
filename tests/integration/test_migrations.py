"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core.models import Base
from core.storage.db import Database
from core.storage.migrate import alembic_config

TABLES = {
    "users", "training_profiles", "races", "activities", "deliveries", "plan_changes",
    "seen_updates",
}  # fmt: skip


async def test_migrated_schema_matches_the_models(db: Database):
    def differences(connection: sa.Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)

    async with db.engine.connect() as connection:
        assert await connection.run_sync(differences) == []


async def test_downgrade_and_upgrade_again(db: Database):
    def tables(connection: sa.Connection) -> set[str]:
        return set(sa.inspect(connection).get_table_names()) & TABLES

    def run(connection: sa.Connection, direction: str, target: str) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        getattr(command, direction)(config, target)

    async with db.engine.begin() as connection:
        assert await connection.run_sync(tables) == TABLES
        await connection.run_sync(run, "downgrade", "base")
        assert await connection.run_sync(tables) == set()
        await connection.run_sync(run, "upgrade", "head")
        assert await connection.run_sync(tables) == TABLES
