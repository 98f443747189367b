"""Strokes that are part of an object (a typeset equation, a function plot) keep its source, so the object
can be edited again after the board is reopened (ink/codec.py OBJECT_KEYS).

Revision ID: 0006_stroke_objects
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_stroke_objects"
down_revision = "0005_lessons"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ink_strokes") as batch:
        batch.add_column(sa.Column("objects", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("ink_strokes") as batch:
        batch.drop_column("objects")
