"""Reading what can be read from a damaged cache, so queued work and local boards survive a repair.

The damaged file is copied first and only the copy is read. A file truncated to nothing is rebuilt from its
WAL (SQLite would delete that WAL on open). Each table is read row by row, forwards and then backwards, so a
damaged page costs only the rows on it. Values are copied as SQLite holds them (JSON stays text: encoding it
again would store a string). Rows whose JSON is not readable are left out: server data comes back with the
next pull, and a queued action that cannot be read is reported as lost.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Table

from .schema import metadata

log = logging.getLogger(__name__)
WAL_HEADER = 32
_FRAME_HEADER = 24
_WAL_MAGIC = (0x377F0682, 0x377F0683)


@dataclass
class Salvage:
    """Rows read from a damaged cache, per table, in an order that satisfies foreign keys."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    outbox_damaged: bool = False  # some queued actions could not be read

    @property
    def ops(self) -> int:
        return len(self.rows.get("outbox", []))


def rebuild_from_wal(wal: Path, target: Path) -> bool:
    """Write the pages the WAL holds (as of its last commit) into `target`, zeros for the others. False if
    there is nothing usable (no valid header, no commit)."""
    data = wal.read_bytes()
    if len(data) < WAL_HEADER:
        return False
    magic, _version, page_size, _ckpt, salt1, salt2 = struct.unpack(">IIIIII", data[:24])
    if magic not in _WAL_MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return False
    pages: dict[int, bytes] = {}
    committed: dict[int, bytes] = {}
    size = 0
    offset = WAL_HEADER
    while offset + _FRAME_HEADER + page_size <= len(data):
        pgno, commit, s1, s2 = struct.unpack(">IIII", data[offset : offset + 16])
        if (s1, s2) != (salt1, salt2) or pgno == 0:
            break  # frames of an older WAL generation, or garbage
        pages[pgno] = data[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        if commit:
            committed.update(pages)
            pages = {}
            size = commit
        offset += _FRAME_HEADER + page_size
    if not size:
        return False  # without page 1 the schema is lost: `graft_schema` can stand in for it
    with target.open("wb") as out:
        for pgno in range(1, size + 1):
            page = committed.get(pgno, bytes(page_size))
            if pgno == 1 and pgno in committed:  # read it as a rollback-journal database: no WAL, no -shm
                page = page[:18] + b"\x01\x01" + page[20:]
            out.write(page)
    return True


_MAGIC = b"SQLite format 3\x00"


def repair_header(path: Path, wal: bool) -> None:
    """Rewrite a damaged 100-byte database header (the rest of page 1, the schema, is usually intact): the
    page size is the one whose second page starts like a b-tree page."""
    with path.open("r+b") as f:
        head = f.read(100)
        if len(head) < 100 or (head.startswith(_MAGIC) and _page_size(head) is not None):
            return
        size = path.stat().st_size
        for page_size in (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512):
            if size % page_size:
                continue
            f.seek(page_size)
            kind = f.read(1)
            if size == page_size or kind in (b"\x02", b"\x05", b"\x0a", b"\x0d", b"\x00"):
                break
        else:
            return
        journal = 2 if wal else 1
        fields = struct.pack(
            ">HBBBBBBIIIIIIIIIIII",
            page_size if page_size < 65536 else 1,
            journal, journal, 0, 64, 32, 32,  # WAL or legacy journal, reserved bytes, payload fractions
            1, size // page_size, 0, 0, 1, 4, 0, 0, 1, 0, 0, 0,
        )  # fmt: skip
        f.seek(0)
        f.write(_MAGIC + fields + bytes(20) + struct.pack(">II", 1, 3_045_000))


def _page_size(head: bytes) -> int | None:
    raw = struct.unpack(">H", head[16:18])[0]
    size = 65536 if raw == 1 else raw
    return size if 512 <= size <= 65536 and not size & (size - 1) else None


def _columns(con: sqlite3.Connection, table: Table) -> list[str]:
    have = {r[1] for r in con.execute(f"PRAGMA table_info({table.name})")}
    return [c.name for c in table.columns if c.name in have]


def _read_table(con: sqlite3.Connection, table: Table) -> tuple[list[dict[str, Any]], bool]:
    """Every row that can be read, and whether some could not."""
    try:
        cols = _columns(con, table)
    except sqlite3.DatabaseError:
        return [], True
    if not cols:
        return [], False  # no such table (an old or foreign file): nothing to lose
    select = f"SELECT rowid, {', '.join(cols)} FROM {table.name} ORDER BY rowid"
    found: dict[int, dict[str, Any]] = {}
    damaged = False
    for order in ("", " DESC"):
        try:
            for row in con.execute(select + order):
                found.setdefault(row[0], dict(zip(cols, row[1:], strict=True)))
            break  # read to the end without an error: nothing more to find from the other side
        except sqlite3.DatabaseError:
            damaged = True
    return [found[k] for k in sorted(found)], damaged


def _readable_json(table: Table, row: dict[str, Any]) -> bool:
    for column in table.columns:
        value = row.get(column.name)
        if not isinstance(column.type, JSON) or value is None:
            continue
        try:
            decoded = json.loads(value) if isinstance(value, str | bytes) else None
        except (ValueError, RecursionError):
            return False
        if decoded is None and not column.nullable:
            return False
    return True


def _plausible_op(row: dict[str, Any]) -> bool:
    """A queued action as the app writes them (a page read through a stand-in schema may hold anything)."""
    op_id, kind, stream = row.get("op_id"), row.get("kind"), row.get("stream")
    return (
        isinstance(op_id, str)
        and 0 < len(op_id) <= 36
        and isinstance(kind, str)
        and "." in kind
        and isinstance(stream, str)
        and row.get("state") in ("pending", "failed", "done")
    )


def _schema_readable(path: Path) -> bool:
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT name, rootpage FROM sqlite_master").fetchall()
            return True
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def graft_schema(copy: Path, fresh: Path) -> bool:
    """Give a file whose schema pages are lost (a zeroed first page, a WAL without them) the schema pages of a
    new cache. Caches made by the same migrations put each table's root at the same page, so the tables can
    be found again; a page that holds something else reads as damage and is skipped. False if the page sizes
    differ."""
    con = sqlite3.connect(fresh)
    try:
        page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
        schema_pages = [
            int(r[0])
            for r in con.execute("SELECT pageno FROM dbstat WHERE name IN ('sqlite_schema', 'sqlite_master')")
        ] or [1]
    finally:
        con.close()
    size = copy.stat().st_size
    if size % page_size:
        return False
    with fresh.open("rb") as src, copy.open("r+b") as dst:
        for page in sorted(set(schema_pages) | {1}):
            src.seek((page - 1) * page_size)
            data = src.read(page_size)
            if page == 1:  # the fresh header, with this file's size and no WAL to look for
                data = (
                    data[:18] + b"\x01\x01" + data[20:28] + struct.pack(">I", size // page_size) + data[32:]
                )
                data = data[:92] + data[24:28] + data[96:]  # the size above is valid for this change count
            dst.seek((page - 1) * page_size)
            dst.write(data)
    return True


def read_damaged(path: Path, fresh: Callable[[Path], None] | None = None) -> Salvage:
    """What can be read of the cache at `path` (and its WAL), without changing either. `fresh` makes a new
    cache at a path: its schema pages stand in for lost ones."""
    salvage = Salvage()
    with tempfile.TemporaryDirectory(prefix="astegni-salvage-") as tmp:
        copy = Path(tmp) / "damaged.sqlite3"
        wal = path.with_name(path.name + "-wal")
        try:
            if path.stat().st_size == 0:
                if not (wal.exists() and rebuild_from_wal(wal, copy)):
                    salvage.outbox_damaged = wal.exists()
                    return salvage
            else:
                shutil.copyfile(path, copy)
                if wal.exists():
                    shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
                repair_header(copy, wal.exists())
        except OSError:
            log.exception("could not copy the damaged cache")
            salvage.outbox_damaged = True
            return salvage
        if fresh is not None and not _schema_readable(copy):
            template = Path(tmp) / "fresh.sqlite3"
            fresh(template)
            if graft_schema(copy, template):
                log.warning("the damaged cache's schema was lost; read with a new cache's schema")
        try:
            con = sqlite3.connect(copy)
        except sqlite3.DatabaseError:
            salvage.outbox_damaged = True
            return salvage
        try:
            for table in metadata.sorted_tables:
                rows, damaged = _read_table(con, table)
                readable = [r for r in rows if _readable_json(table, r)]
                if table.name == "outbox":
                    readable = [r for r in readable if _plausible_op(r)]
                    salvage.outbox_damaged = damaged or len(readable) < len(rows)
                    readable = [r for r in readable if r.get("state") != "done"]
                salvage.rows[table.name] = readable
        finally:
            con.close()
    return salvage


def restore(con: sqlite3.Connection, salvage: Salvage) -> int:
    """Put salvaged rows into a new cache (already at the head schema); the number of queued actions kept.
    Salvaged actions are checked on the server before they are sent again: the damage may have taken the
    record of a delivery with it."""
    kept = 0
    for table in metadata.sorted_tables:
        for found in salvage.rows.get(table.name, []):
            row = {**found, "sending": 0, "maybe_applied": 1} if table.name == "outbox" else found
            cols = list(row)
            statement = (
                f"INSERT OR IGNORE INTO {table.name} ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' for _ in cols)})"
            )
            try:
                cur = con.execute(statement, [row[c] for c in cols])
            except sqlite3.DatabaseError:  # a foreign key whose row was lost, a value of the wrong kind
                continue
            if table.name == "outbox":
                kept += cur.rowcount
    return kept
