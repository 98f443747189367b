"""Whiteboard lessons: crash-safe sending marks on outbox ops, ops the server refuses for now ("parked"),
a board's lesson state, why a page is kept on this computer only, and the cached list of server sessions.

Revision ID: 0005_lessons
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_lessons"
down_revision = "0004_calendar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("sending", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("parked", sa.Boolean, nullable=False, server_default=sa.false()))
    with op.batch_alter_table("boards") as batch:
        batch.add_column(sa.Column("ended_at", sa.String(32)))
        batch.add_column(sa.Column("server_note", sa.Text))
    with op.batch_alter_table("board_pages") as batch:
        batch.add_column(sa.Column("sync_note", sa.Text))
    op.create_table(
        "wb_sessions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("title", sa.Text),
        sa.Column("status", sa.String(20)),
        sa.Column("scheduled_start", sa.String(32)),
        sa.Column("participant_ids", sa.JSON, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
    )
    op.create_index("ix_ink_strokes_server", "ink_strokes", ["server_id"])
    op.create_index("ix_boards_session", "boards", ["server_session_id"])


def downgrade() -> None:
    op.drop_index("ix_boards_session", "boards")
    op.drop_index("ix_ink_strokes_server", "ink_strokes")
    op.drop_table("wb_sessions")
    with op.batch_alter_table("board_pages") as batch:
        batch.drop_column("sync_note")
    with op.batch_alter_table("boards") as batch:
        batch.drop_column("server_note")
        batch.drop_column("ended_at")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("parked")
        batch.drop_column("sending")
