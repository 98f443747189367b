"""The cache's tables (SQLAlchemy Core). Changes ship as Alembic migrations in `migrations/versions/`; this
module always describes the head revision."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

HEAD_REVISION = "0007_board_images"

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

session_requests = Table(
    "session_requests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("status", String(20), nullable=False),  # as the server last said
    Column("local_status", String(20)),  # what the tutor decided, while it is queued
    Column("learner_name", Text),
    Column("package_name", Text),
    Column("created_at", String(32)),
    Column("updated_at", String(32)),
    Column("payload", JSON, nullable=False),
    Column("sync_state", String(12), nullable=False, default="synced"),  # synced | queued | failed
    Column("sync_error", Text),
    Column("seen_at", String(32)),  # 0002: when the tutor first opened it (unread badge)
)

students = Table(
    "students",
    metadata,
    Column("enrollment_id", Integer, primary_key=True, autoincrement=False),
    Column("student_profile_id", Integer, nullable=False, unique=True),
    Column("name", Text),
    Column("accepted_at", String(32)),
    Column("payload", JSON, nullable=False),
)

student_details = Table(
    "student_details",
    metadata,
    Column("student_profile_id", Integer, primary_key=True, autoincrement=False),
    Column("details", JSON),
    Column("lessons", JSON),
    Column("fetched_at", Float),
)

lessons = Table(
    "lessons",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("enrolled_courses_id", Integer),
    Column("session_date", String(10), nullable=False),
    Column("start_time", String(8)),
    Column("status", String(20)),
    Column("payload", JSON, nullable=False),
    Column("sync_state", String(12), nullable=False, default="synced"),  # synced | queued | failed
    Column("sync_error", Text),
    Index("ix_lessons_date", "session_date"),
)

schedules = Table(
    "schedules",
    metadata,
    Column("local_id", String(36), primary_key=True),
    Column("server_id", Integer, unique=True),
    Column("title", Text, nullable=False),
    Column("schedule_type", String(20), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("sync_state", String(12), nullable=False, default="synced"),  # synced | queued | failed
    Column("deleted", Boolean, nullable=False, default=False),
    Column("sync_error", Text),
)

reminders_fired = Table(
    "reminders_fired",
    metadata,
    Column("key", String(160), primary_key=True),
    Column("fired_at", String(32), nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("stream", String(80), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("depends_on", String(36)),
    Column("state", String(12), nullable=False, default="pending"),  # pending | failed | done
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Float, nullable=False, default=0.0),
    Column("maybe_applied", Boolean, nullable=False, default=False),
    Column("last_error", Text),
    Column("created_at", String(32), nullable=False),
    Column("done_at", String(32)),
    Column("sending", Boolean, nullable=False, default=False),  # 0005: on the wire now
    Column("parked", Boolean, nullable=False, default=False),  # 0005: refused for now (D2)
    Index("ix_outbox_state_stream", "state", "stream", "seq"),
)

boards = Table(
    "boards",
    metadata,
    Column("board_id", String(36), primary_key=True),
    Column("title", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("server_session_id", Integer),  # set when the board is bound to a lesson on the server
    Column("student_profile_id", Integer),
    Column("student_name", Text),
    Column("ended_at", String(32)),  # 0005: ended here (the deployed server cannot record it, D2)
    Column("server_note", Text),  # 0005: what the server could not store, in the tutor's words
    Index("ix_boards_session", "server_session_id"),
)

board_pages = Table(
    "board_pages",
    metadata,
    Column("page_id", String(36), primary_key=True),
    Column("board_id", String(36), ForeignKey("boards.board_id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("background", JSON, nullable=False),
    Column("server_page_id", Integer),
    Column("snapshot", LargeBinary),  # the page as last drawn (PNG): shown at once while ink loads
    Column("sync_note", Text),  # 0005: why this page is kept on this computer only
    Index("ix_board_pages_board", "board_id", "position"),
)

ink_strokes = Table(
    "ink_strokes",
    metadata,
    Column("client_id", String(64), primary_key=True),
    Column("page_id", String(36), ForeignKey("board_pages.page_id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("tool", String(16), nullable=False),
    Column("color", String(9), nullable=False),
    Column("width", Float, nullable=False),
    Column("opacity", Float, nullable=False),
    Column("t0", Float, nullable=False),
    Column("points", LargeBinary, nullable=False),  # float32 rows of (x, y, pressure, t)
    Column("has_pressure", Boolean, nullable=False),
    Column("text", Text),
    Column("text_style", JSON),
    Column("author", String(32), nullable=False),
    Column("server_id", Integer),
    Column("server_order", Integer),
    Column("deleted", Boolean, nullable=False),  # a tombstone: erased or undone, kept for sync and undo
    Column("objects", JSON),  # 0006: the equation or plot the stroke is part of (Stroke.extra)
    Index("ix_ink_strokes_page", "page_id", "deleted", "seq"),
    Index("ix_ink_strokes_server", "server_id"),
)

board_images = Table(  # 0007: pictures pasted onto a page (this computer only, never sent)
    "board_images",
    metadata,
    Column("client_id", String(64), primary_key=True),
    Column("page_id", String(36), ForeignKey("board_pages.page_id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("png", LargeBinary, nullable=False),
    Column("x", Float, nullable=False),
    Column("y", Float, nullable=False),
    Column("w", Float, nullable=False),
    Column("h", Float, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),  # deleted or undone, kept for redo
    Column("created_at", String(32), nullable=False),
    Index("ix_board_images_page", "page_id", "deleted", "seq"),
)

wb_sessions = Table(
    "wb_sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("title", Text),
    Column("status", String(20)),
    Column("scheduled_start", String(32)),
    Column("participant_ids", JSON, nullable=False),
    Column("payload", JSON, nullable=False),
)
