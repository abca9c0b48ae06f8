"""Apply the Alembic migrations from code (`coach migrate`, start-up, tests)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncEngine

import migrations


def alembic_config(url: str | None = None) -> Config:
    """Return an Alembic config pointing at this project's migrations."""
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    if url is not None:
        config.attributes["url"] = url
    return config


def upgrade(url: str) -> None:
    """Bring the database at `url` to the newest schema (synchronous; call before the loop)."""
    command.upgrade(alembic_config(url), "head")


async def upgrade_engine(engine: AsyncEngine) -> None:
    """Bring the database behind a running engine to the newest schema."""
    config = alembic_config()

    def _upgrade(connection: object) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)
