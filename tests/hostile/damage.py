"""A damaged-cache generator: each kind of damage a disk, a crash or a careless hand can do to a cache.

A damage takes the cache's path (a closed cache, or a crash image with its WAL) and changes it in place.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Damage = Callable[[Path], None]


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _page_size(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA page_size").fetchone()[0])
    finally:
        con.close()


def _pages_of(path: Path, table: str) -> list[int]:
    """The page numbers holding a table's rows (leaf pages), from SQLite's dbstat."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
        ).fetchall()
        if not rows:  # a table that fits its root page
            rows = con.execute(
                "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)
            ).fetchall()
        return [int(r[0]) for r in rows]
    finally:
        con.close()


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(data)


def zero_length(path: Path) -> None:
    os.truncate(path, 0)


def truncated_to_half(path: Path) -> None:
    size = _page_size(path)
    pages = path.stat().st_size // size
    os.truncate(path, max(1, pages // 2) * size)


def truncated_to_first_page(path: Path) -> None:
    os.truncate(path, _page_size(path))


def garbage_header(path: Path) -> None:
    _overwrite(path, 0, random.Random(13).randbytes(100))


def zeroed_first_page(path: Path) -> None:
    _overwrite(path, 0, bytes(_page_size(path)))


def zeroed_pages_of(table: str) -> Damage:
    def damage(path: Path) -> None:
        size = _page_size(path)
        for page in _pages_of(path, table)[:1]:
            _overwrite(path, (page - 1) * size, bytes(size))

    damage.__name__ = f"zeroed_page_of_{table}"
    return damage


def random_bytes_in(table: str) -> Damage:
    def damage(path: Path) -> None:
        size = _page_size(path)
        rng = random.Random(7)
        for page in _pages_of(path, table)[-1:]:
            _overwrite(path, (page - 1) * size + size // 4, rng.randbytes(size // 2))

    damage.__name__ = f"random_bytes_in_{table}"
    return damage


def _sql(*statements: str) -> Damage:
    def damage(path: Path) -> None:
        con = sqlite3.connect(path)
        try:
            for statement in statements:
                con.execute(statement)
            con.commit()
        finally:
            con.close()

    return damage


def not_a_database(path: Path) -> None:
    path.write_bytes(b"this is not a database\n" * 200)


def a_folder_in_its_place(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "stray.txt").write_text("hello")


def wal_deleted(path: Path) -> None:
    wal(path).unlink(missing_ok=True)


def wal_garbage_tail(path: Path) -> None:
    with wal(path).open("ab") as f:
        f.write(random.Random(3).randbytes(10_000))


def shm_garbage(path: Path) -> None:
    shm = path.with_name(path.name + "-shm")
    shm.write_bytes(random.Random(5).randbytes(32_768))


@dataclass(frozen=True)
class Case:
    name: str
    damage: Damage
    crash_image: bool  # damage a copy taken while the app ran (with its WAL), not a closed file
    recoverable: bool  # every queued action can be recovered (otherwise: the loss is reported)
    delivered_first: bool = False  # everything was delivered before the damage (tests for duplicates)
    checkpointed: bool = (
        False  # the cache was closed once before the work was queued (the schema left the WAL)
    )


_VERSION = "UPDATE alembic_version SET version_num"
CASES = [
    Case("zero_length_with_wal", zero_length, crash_image=True, recoverable=True),
    Case("zero_length_after_a_restart", zero_length, crash_image=True, recoverable=True, checkpointed=True),
    Case("truncated_to_half_with_wal", truncated_to_half, crash_image=True, recoverable=True),
    Case("wal_garbage_tail", wal_garbage_tail, crash_image=True, recoverable=True),
    Case("shm_garbage", shm_garbage, crash_image=True, recoverable=True),
    Case("wal_deleted_after_delivery", wal_deleted, crash_image=True, recoverable=True, delivered_first=True),
    Case("garbage_header", garbage_header, crash_image=False, recoverable=True),
    Case("zeroed_page_of_requests", zeroed_pages_of("session_requests"), crash_image=False, recoverable=True),
    Case("zeroed_page_of_lessons_cache", zeroed_pages_of("lessons"), crash_image=False, recoverable=True),
    Case("random_bytes_in_schedules", random_bytes_in("schedules"), crash_image=False, recoverable=True),
    Case("wrong_schema_version", _sql("UPDATE alembic_version SET version_num = '9999_future'"), False, True),
    Case(
        "stale_version_label", _sql("UPDATE alembic_version SET version_num = '0004_calendar'"), False, True
    ),
    Case("missing_students_table", _sql("DROP TABLE students"), crash_image=False, recoverable=True),
    Case(
        "bad_json_in_request_payload",
        _sql("UPDATE session_requests SET payload = '{\"id\": 10' WHERE id % 3 = 0"),
        crash_image=False,
        recoverable=True,
    ),
    Case(
        "request_payload_of_wrong_shape",
        _sql('UPDATE session_requests SET payload = \'{"id": "x", "status": []}\''),
        crash_image=False,
        recoverable=True,
    ),
    Case(
        "bad_json_in_a_queued_action",
        _sql("UPDATE outbox SET payload = '{\"request_id\": ' WHERE kind = 'wb.chat'"),
        crash_image=False,
        recoverable=False,
    ),
    Case("zeroed_page_of_outbox", zeroed_pages_of("outbox"), crash_image=False, recoverable=False),
    Case("zeroed_first_page", zeroed_first_page, crash_image=False, recoverable=True),
    Case("truncated_to_first_page", truncated_to_first_page, crash_image=False, recoverable=False),
    Case("not_a_database", not_a_database, crash_image=False, recoverable=False),
    Case("a_folder_in_its_place", a_folder_in_its_place, crash_image=False, recoverable=False),
]
