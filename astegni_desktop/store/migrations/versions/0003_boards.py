"""Local whiteboards: boards, their pages and ink strokes (points as float32 blobs).

Revision ID: 0003_boards
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_boards"
down_revision = "0002_request_seen"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "boards",
        sa.Column("board_id", sa.String(36), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("server_session_id", sa.Integer),
        sa.Column("student_profile_id", sa.Integer),
        sa.Column("student_name", sa.Text),
    )
    op.create_table(
        "board_pages",
        sa.Column("page_id", sa.String(36), primary_key=True),
        sa.Column(
            "board_id", sa.String(36), sa.ForeignKey("boards.board_id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("background", sa.JSON, nullable=False),
        sa.Column("server_page_id", sa.Integer),
        sa.Column("snapshot", sa.LargeBinary),
    )
    op.create_index("ix_board_pages_board", "board_pages", ["board_id", "position"])
    op.create_table(
        "ink_strokes",
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column(
            "page_id", sa.String(36), sa.ForeignKey("board_pages.page_id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("tool", sa.String(16), nullable=False),
        sa.Column("color", sa.String(9), nullable=False),
        sa.Column("width", sa.Float, nullable=False),
        sa.Column("opacity", sa.Float, nullable=False),
        sa.Column("t0", sa.Float, nullable=False),
        sa.Column("points", sa.LargeBinary, nullable=False),
        sa.Column("has_pressure", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("text_style", sa.JSON),
        sa.Column("author", sa.String(32), nullable=False),
        sa.Column("server_id", sa.Integer),
        sa.Column("server_order", sa.Integer),
        sa.Column("deleted", sa.Boolean, nullable=False),
    )
    op.create_index("ix_ink_strokes_page", "ink_strokes", ["page_id", "deleted", "seq"])


def downgrade() -> None:
    op.drop_table("ink_strokes")
    op.drop_table("board_pages")
    op.drop_table("boards")
