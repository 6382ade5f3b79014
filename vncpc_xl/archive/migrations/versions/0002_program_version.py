"""Each archived year records the vncpc-xl version that computed it (years archived before stay NULL).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("years") as batch:
        batch.add_column(sa.Column("program_version", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("years") as batch:
        batch.drop_column("program_version")
