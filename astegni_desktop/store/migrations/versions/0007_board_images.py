"""Pictures pasted onto a board page (issue 17): PNG bytes and their place, kept on this computer only.

Revision ID: 0007_board_images
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_board_images"
down_revision = "0006_stroke_objects"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "board_images",
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column(
            "page_id",
            sa.String(36),
            sa.ForeignKey("board_pages.page_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("png", sa.LargeBinary, nullable=False),
        sa.Column("x", sa.Float, nullable=False),
        sa.Column("y", sa.Float, nullable=False),
        sa.Column("w", sa.Float, nullable=False),
        sa.Column("h", sa.Float, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_board_images_page", "board_images", ["page_id", "deleted", "seq"])


def downgrade() -> None:
    op.drop_index("ix_board_images_page", "board_images")
    op.drop_table("board_images")
