"""Opening a cache file: permissions, WAL, corruption detection and migrations to the head revision."""

from __future__ import annotations

import contextlib
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
from sqlalchemy.engine import ExceptionContext

from .salvage import WAL_HEADER, read_damaged, restore
from .schema import HEAD_REVISION, metadata

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


class CacheError(Exception):
    """The cache cannot do what was asked; `message` is written for the tutor."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DiskFull(CacheError):
    """The disk is full: nothing more can be written until space is freed."""

    def __init__(self) -> None:
        super().__init__(
            "Your disk is full, so the app cannot save your work. Free some space; what you draw is kept "
            "in this window until it can be saved."
        )


class CacheReadOnly(CacheError):
    """The cache file (or its folder) cannot be written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Your local data is read-only, so the app shows what it has but cannot save or sync changes. "
            "Check the permissions of the app's data folder."
        )


@dataclass
class OpenReport:
    """What happened while opening: shown to the tutor when it matters."""

    recovered_from: Path | None = None
    salvaged_ops: int = 0
    lost_ops: bool = False
    migrated_from: str | None = None
    read_only: bool = False
    notes: list[str] = field(default_factory=list)


def now_iso() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _chmod_private(path: Path, mode: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a folder we do not own (a shared data folder): leave it
            os.chmod(path, mode)


def _private(path: Path) -> bool:
    """Make the cache file and the folders the app owns (the account's and `accounts/`) private to the user.
    False if the file cannot be written (a read-only disk or file); raises CacheReadOnly if there is no file
    and none can be made."""
    try:
        for folder in (path.parent.parent, path.parent):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            _chmod_private(folder, stat.S_IRWXU)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        if os.name == "posix":
            os.chmod(path, 0o600)
    except OSError as exc:
        if not path.exists():
            where = path.parent
            raise CacheReadOnly(f"The app cannot create its local data in {where}: {exc.strerror}.") from exc
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _healthy(path: Path, writable: bool = True) -> bool:
    if path.stat().st_size == 0:
        # A new file, or one truncated to nothing. SQLite deletes the WAL of an empty database on open, so a
        # WAL with frames means the file lost its content: damage, to be salvaged from the WAL.
        wal = _wal(path)
        return not (wal.exists() and wal.stat().st_size > WAL_HEADER)
    try:
        # A WAL file on a read-only disk cannot get its shared memory: read it as it is (immutable).
        con = sqlite3.connect(f"file:{path}?mode=ro{'' if writable else '&immutable=1'}", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
            return bool(row and row[0] == "ok")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


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
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.rollback()
            typed = typed_error(exc)
            if typed is not None:
                raise typed from exc
            raise
    finally:
        conn.close()


def typed_error(exc: BaseException) -> CacheError | None:
    """A disk full or a read-only file, as the typed error the app can explain; None for anything else."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or code is None:
        return None
    if code & 0xFF == sqlite3.SQLITE_FULL:
        return DiskFull()
    if code & 0xFF == sqlite3.SQLITE_READONLY:
        return CacheReadOnly()
    return None


def _engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:  # no journal-mode change, no -shm to create: read the file as it is
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&immutable=1&uri=true")
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        pragmas = ("foreign_keys=ON",) if read_only else _PRAGMAS
        for pragma in pragmas:
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "handle_error")
    def _typed(context: ExceptionContext) -> BaseException | None:
        return typed_error(context.original_exception)

    return engine


_PRAGMAS = ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=5000")


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


def _schema_ok(engine: Engine) -> bool:
    """Every table and column of the head schema is there (a file can claim a revision it does not hold)."""
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            have = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table.name})")}
            if not {c.name for c in table.columns} <= have:
                return False
    return True


def _known_revision(revision: str | None) -> bool:
    if revision is None or revision == HEAD_REVISION:
        return True
    return any(f.stem == revision for f in (MIGRATIONS / "versions").glob("*.py"))


def _fresh_cache(path: Path) -> None:
    """A new, empty cache at the head revision (its schema pages help read a damaged one)."""
    engine = _engine(path)
    try:
        migrate(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _set_aside(path: Path, report: OpenReport) -> None:
    aside = path.with_name(f"{path.stem}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}")
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    report.recovered_from = aside
    log.warning("cache was damaged; set aside as %s", aside.name)


def _usable(path: Path, writable: bool = True) -> bool:
    """Healthy, of a revision this app knows, and (at the head) with every table it needs."""
    if not _healthy(path, writable):
        return False
    if path.stat().st_size == 0:
        return True
    engine = _engine(path, read_only=True)
    try:
        revision = _current_revision(engine)
        return _known_revision(revision) and (revision != HEAD_REVISION or _schema_ok(engine))
    except sqlite3.DatabaseError:
        return False
    except Exception as exc:  # SQLAlchemy wraps the driver's error
        return not isinstance(getattr(exc, "orig", None), sqlite3.DatabaseError)
    finally:
        engine.dispose()


_JSON_OBJECTS = (
    ("session_requests", "payload"),
    ("students", "payload"),
    ("lessons", "payload"),
    ("schedules", "payload"),
    ("wb_sessions", "payload"),
    ("student_details", "details"),
    ("student_details", "lessons"),
)


def _drop_unreadable_json(engine: Engine, report: OpenReport) -> None:
    """A healthy file can still hold JSON the app cannot read (a bad write, an edit by hand). Server data
    comes back with the next pull; a queued action is kept, failed, for the tutor to see and discard."""
    with engine.begin() as conn:
        dropped = 0
        for table, column in _JSON_OBJECTS:
            bad = f"{column} IS NOT NULL AND (NOT json_valid({column}) OR json_type({column}) != 'object')"
            dropped += conn.exec_driver_sql(f"DELETE FROM {table} WHERE {bad}").rowcount
        failed = conn.exec_driver_sql(
            "UPDATE outbox SET payload = '{}', state = 'failed', last_error = ? "
            "WHERE NOT json_valid(payload) OR json_type(payload) != 'object'",
            ("This action was damaged on this computer and cannot be sent. Discard it and do it again.",),
        ).rowcount
    if dropped:
        report.notes.append(f"{dropped} damaged item(s) in the local data will be downloaded again.")
    if failed:
        report.lost_ops = True
        report.notes.append(f"{failed} action(s) waiting to sync were damaged and cannot be sent.")


def open_cache(path: Path) -> tuple[Engine, OpenReport]:
    """Open (creating, repairing or upgrading as needed) the cache at `path`. A file that cannot be written is
    opened read-only (`report.read_only`); one that is damaged is set aside and what can be read of it (queued
    actions, local boards) is carried into a new one."""
    report = OpenReport()
    if not _private(path):
        if not _usable(path, writable=False):
            raise CacheReadOnly(
                "Your local data is damaged and cannot be repaired, because its folder is read-only. "
                "Check the permissions of the app's data folder."
            )
        report.read_only = True
        report.notes.append(CacheReadOnly().message)
        log.warning("cache is read-only")
        return _engine(path, read_only=True), report
    salvage = None
    if not _usable(path):
        salvage = read_damaged(path, _fresh_cache)
        _set_aside(path, report)
        _private(path)
    engine = _engine(path)
    current = _current_revision(engine)
    if current != HEAD_REVISION:
        report.migrated_from = current
        try:
            migrate(engine)
        except Exception:  # the file's tables are not what its revision says
            if salvage is not None:
                raise
            log.exception("cache migration failed")
            engine.dispose()
            salvage = read_damaged(path, _fresh_cache)
            _set_aside(path, report)
            _private(path)
            engine = _engine(path)
            migrate(engine)
    if salvage is not None:
        with raw_cursor(engine) as cur:
            report.salvaged_ops = restore(cur.connection, salvage)
        report.lost_ops = salvage.outbox_damaged or report.salvaged_ops < salvage.ops
    _drop_unreadable_json(engine, report)
    return engine, report
