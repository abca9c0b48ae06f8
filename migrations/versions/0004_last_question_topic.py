"""last question topic

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 19:00:54.356194
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_topic", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("last_topic_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_topic_at")
        batch_op.drop_column("last_topic")
