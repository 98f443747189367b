"""The first cache schema: requests, students, lessons, schedules and the outbox.

Revision ID: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta", sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.Text, nullable=False)
    )
    op.create_table(
        "session_requests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("local_status", sa.String(20)),
        sa.Column("learner_name", sa.Text),
        sa.Column("package_name", sa.Text),
        sa.Column("created_at", sa.String(32)),
        sa.Column("updated_at", sa.String(32)),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("sync_state", sa.String(12), nullable=False),
        sa.Column("sync_error", sa.Text),
    )
    op.create_table(
        "students",
        sa.Column("enrollment_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("student_profile_id", sa.Integer, nullable=False, unique=True),
        sa.Column("name", sa.Text),
        sa.Column("accepted_at", sa.String(32)),
        sa.Column("payload", sa.JSON, nullable=False),
    )
    op.create_table(
        "student_details",
        sa.Column("student_profile_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("details", sa.JSON),
        sa.Column("lessons", sa.JSON),
        sa.Column("fetched_at", sa.Float),
    )
    op.create_table(
        "lessons",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("enrolled_courses_id", sa.Integer),
        sa.Column("session_date", sa.String(10), nullable=False),
        sa.Column("start_time", sa.String(8)),
        sa.Column("status", sa.String(20)),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("sync_state", sa.String(12), nullable=False),
    )
    op.create_index("ix_lessons_date", "lessons", ["session_date"])
    op.create_table(
        "schedules",
        sa.Column("local_id", sa.String(36), primary_key=True),
        sa.Column("server_id", sa.Integer, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("schedule_type", sa.String(20), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("sync_state", sa.String(12), nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("op_id", sa.String(36), nullable=False, unique=True),
        sa.Column("stream", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("depends_on", sa.String(36)),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.Float, nullable=False),
        sa.Column("maybe_applied", sa.Boolean, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("done_at", sa.String(32)),
    )
    op.create_index("ix_outbox_state_stream", "outbox", ["state", "stream", "seq"])


def downgrade() -> None:
    for table in (
        "outbox",
        "schedules",
        "lessons",
        "student_details",
        "students",
        "session_requests",
        "meta",
    ):
        op.drop_table(table)
