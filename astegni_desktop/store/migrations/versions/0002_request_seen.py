"""Remember when the tutor first opened each request, for the unread badge on Requested Sessions.

Requests already in the cache count as seen: a tutor upgrading the app is not told about old requests again.

Revision ID: 0002_request_seen
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_request_seen"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("session_requests") as batch:
        batch.add_column(sa.Column("seen_at", sa.String(32)))
    op.execute("UPDATE session_requests SET seen_at = COALESCE(updated_at, created_at, '')")


def downgrade() -> None:
    with op.batch_alter_table("session_requests") as batch:
        batch.drop_column("seen_at")
