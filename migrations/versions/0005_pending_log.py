"""pending log

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 19:03:30.526027
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pending_log", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("pending_log_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("pending_log_at")
        batch_op.drop_column("pending_log")
