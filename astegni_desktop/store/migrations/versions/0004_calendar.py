"""Schedule issue: remember which reminders were shown (no duplicates after a restart) and why a local
schedule or lesson change failed.

Revision ID: 0004_calendar
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_calendar"
down_revision = "0003_boards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminders_fired",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("fired_at", sa.String(32), nullable=False),
    )
    with op.batch_alter_table("schedules") as batch:
        batch.add_column(sa.Column("sync_error", sa.Text))
    with op.batch_alter_table("lessons") as batch:
        batch.add_column(sa.Column("sync_error", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("lessons") as batch:
        batch.drop_column("sync_error")
    with op.batch_alter_table("schedules") as batch:
        batch.drop_column("sync_error")
    op.drop_table("reminders_fired")
