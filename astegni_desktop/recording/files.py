"""Where a recording lives and what it says about itself. No Qt here.

One folder per recording, under the account's data folder, grouped by lesson (board):
`recordings/<board id>/<started, UTC>-<short id>/` holding

* `audio.ogg`: the tutor's microphone and the student's voice mixed, mono 48 kHz Opus. Ogg pages are
  short (200 ms) and flushed to the OS as they are written, so a crash loses at most the last fraction of a
  second: an Ogg file without its last page still decodes up to where it stops.
* `timeline.jsonl`: one JSON line per event (`start`, `add`, `erase`, `page`), `t` in seconds on a monotonic
  clock from the recording's start, strokes referenced by their client id in the local cache (the ink itself
  is not copied). Appended and fsynced in small batches; a torn last line is ignored on reading.
* `manifest.json`: title, board, start time, and once finished the duration. A manifest still saying
  `"finished": false` on the next start belongs to a recording a crash interrupted: `recover` finalises it.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

AUDIO = "audio.ogg"
TIMELINE = "timeline.jsonl"
MANIFEST = "manifest.json"
MAX_TITLE = 200


@dataclass(frozen=True)
class RecordingInfo:
    folder: Path
    board_id: str
    title: str
    started_at: str  # ISO 8601 UTC
    duration: float  # seconds (0 while recording)
    finished: bool
    recovered: bool = False  # finalised after a crash

    @property
    def audio(self) -> Path:
        return self.folder / AUDIO

    @property
    def timeline(self) -> Path:
        return self.folder / TIMELINE


def recordings_root(cache_path: Path) -> Path:
    """The recordings folder beside the account's cache."""
    return cache_path.parent / "recordings"


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:80] or "board"


def new_folder(root: Path, board_id: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = root / _safe(board_id) / f"{stamp}-{uuid.uuid4().hex[:6]}"
    folder.mkdir(parents=True, exist_ok=False)
    return folder


def write_manifest(info: RecordingInfo) -> None:
    """Atomically (a crash leaves the old or the new manifest, never half of one)."""
    body = asdict(info)
    body.pop("folder")
    part = info.folder / (MANIFEST + ".part")
    with part.open("w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, info.folder / MANIFEST)


def read_manifest(folder: Path) -> RecordingInfo | None:
    try:
        body = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return RecordingInfo(
            folder=folder,
            board_id=str(body["board_id"])[:200],
            title=str(body.get("title", ""))[:MAX_TITLE],
            started_at=str(body.get("started_at", ""))[:40],
            duration=max(0.0, float(body.get("duration", 0.0))),
            finished=bool(body.get("finished", False)),
            recovered=bool(body.get("recovered", False)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def audio_duration(path: Path) -> float:
    """Seconds of audio that decode, read from the packets (a file cut short by a crash included)."""
    import av  # noqa: PLC0415  (loaded when a recording is read, not at start-up)

    end = 0.0
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return 0.0
            stream = container.streams.audio[0]
            base = stream.time_base
            if base is None:
                return 0.0
            for packet in container.demux(stream):
                if packet.pts is not None:
                    end = max(end, float((packet.pts + (packet.duration or 0)) * base))
    except (av.FFmpegError, OSError):
        pass  # the packets read before a torn page still count
    return end


def listing(root: Path, board_id: str | None = None) -> list[RecordingInfo]:
    """Recordings on this computer, newest first (all boards, or one)."""
    if not root.is_dir():
        return []
    boards = [root / _safe(board_id)] if board_id is not None else [p for p in root.iterdir() if p.is_dir()]
    found: list[RecordingInfo] = []
    for board in boards:
        if not board.is_dir():
            continue
        for folder in board.iterdir():
            info = read_manifest(folder) if folder.is_dir() else None
            if info is not None:
                found.append(info)
    return sorted(found, key=lambda i: i.folder.name, reverse=True)


def recover(root: Path, active: set[Path] | None = None) -> list[RecordingInfo]:
    """Finalise recordings a crash left unfinished (not those in `active`); returns them, now playable."""
    fixed: list[RecordingInfo] = []
    for info in listing(root):
        if info.finished or (active and info.folder in active):
            continue
        duration = audio_duration(info.audio)
        if duration <= 0.0:
            duration = last_event_time(info.timeline)
        done = RecordingInfo(
            folder=info.folder,
            board_id=info.board_id,
            title=info.title,
            started_at=info.started_at,
            duration=duration,
            finished=True,
            recovered=True,
        )
        with contextlib.suppress(OSError):
            write_manifest(done)
            fixed.append(done)
    return fixed


def read_events(path: Path) -> list[dict[str, Any]]:
    """The timeline's events in order; a torn or hostile line is skipped."""
    events: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            for line in f:
                if len(line) > 1_000_000:
                    continue
                with contextlib.suppress(ValueError, RecursionError):
                    event = json.loads(line)
                    if isinstance(event, dict) and isinstance(event.get("t"), int | float):
                        events.append(event)
    except OSError:
        return []
    return events


def last_event_time(path: Path) -> float:
    events = read_events(path)
    return max((float(e["t"]) for e in events), default=0.0)


def clock_text(seconds: float) -> str:
    """A duration as a clock shows it: 2:05, or 1:02:05 past an hour."""
    whole = max(0, int(seconds))
    if whole >= 3600:
        return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return f"{whole // 60}:{whole % 60:02d}"
