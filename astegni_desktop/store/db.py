"""Opening a cache file: permissions, WAL, corruption detection and migrations to the head revision."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Engine, create_engine, event, text

from .schema import HEAD_REVISION, outbox

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass
class OpenReport:
    """What happened while opening: shown to the tutor when it matters."""

    recovered_from: Path | None = None
    salvaged_ops: int = 0
    lost_ops: bool = False
    migrated_from: str | None = None
    notes: list[str] = field(default_factory=list)


def now_iso() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _private(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, stat.S_IRWXU)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def _healthy(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
            return bool(row and row[0] == "ok")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def _salvage_outbox(path: Path) -> tuple[list[dict[str, Any]], bool]:
    """Read what can be read of a damaged file's outbox: queued work must not vanish silently."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        con.row_factory = sqlite3.Row
        try:
            rows = con.execute("SELECT * FROM outbox WHERE state != 'done' ORDER BY seq").fetchall()
            return [dict(r) for r in rows], False
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return [], True


def _named(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> SimpleNamespace:
    return SimpleNamespace(**{d[0]: v for d, v in zip(cursor.description, row, strict=True)})


@contextmanager
def raw_cursor(engine: Engine) -> Iterator[sqlite3.Cursor]:
    """A cursor on the pooled sqlite3 connection, committed on leaving (rolled back on an error); rows have
    attribute access. For the hot path of a long drain only: SQLAlchemy adds about 60 µs to each statement,
    a plain statement here costs about 10 µs, and a drain makes four per stroke."""
    conn = engine.raw_connection()
    try:
        cur = cast(sqlite3.Connection, conn.driver_connection).cursor()
        cur.row_factory = _named
        try:
            yield cur
            cur.close()  # a half-read result would keep its statement open and block the commit
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    finally:
        conn.close()


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=5000"):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    return engine


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has = conn.execute(text("SELECT name FROM sqlite_master WHERE name = 'alembic_version'")).first()
        if not has:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None


def migrate(engine: Engine, target: str = "head") -> None:
    # Imported only when an upgrade is due: alembic costs ~60 ms of start-up.
    from alembic import command  # noqa: PLC0415
    from alembic.config import Config  # noqa: PLC0415

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def open_cache(path: Path) -> tuple[Engine, OpenReport]:
    """Open (creating, repairing or upgrading as needed) the cache at `path`."""
    report = OpenReport()
    _private(path)
    salvaged: list[dict[str, Any]] = []
    if not _healthy(path):
        aside = path.with_name(f"{path.stem}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}")
        salvaged, report.lost_ops = _salvage_outbox(path)
        path.rename(aside)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(aside.with_name(aside.name + suffix))
        report.recovered_from = aside
        log.warning("cache was damaged; set aside as %s", aside.name)
        _private(path)
    engine = _engine(path)
    current = _current_revision(engine)
    if current != HEAD_REVISION:
        report.migrated_from = current
        migrate(engine)
    if salvaged:
        with engine.begin() as conn:
            for row in salvaged:
                row.pop("seq", None)
                conn.execute(outbox.insert().prefix_with("OR IGNORE"), row)
        report.salvaged_ops = len(salvaged)
    return engine, report
