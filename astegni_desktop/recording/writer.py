"""Recording a lesson: the two voices mixed and encoded to Ogg/Opus, and the stroke timeline, on a writer
thread of their own. No Qt here.

The call's media thread hands over each 20 ms of microphone and of the student's voice (`audio`), the GUI
thread each stroke added or erased and each page change (`event`); both only put a tuple on a queue, so
neither the call nor the pen waits for the disk or the encoder. The writer thread places each source's
samples on the recording's clock, sums them (`Mixer`), encodes Opus into short Ogg pages flushed as they are
written, appends the timeline, and fsyncs both files about once a second.
"""

from __future__ import annotations

import contextlib
import fractions
import json
import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import av
import numpy as np

from .files import AUDIO, TIMELINE, RecordingInfo, write_manifest

log = logging.getLogger(__name__)

RATE = 48_000
FRAME = 960  # 20 ms, Opus's usual frame
LATENCY = 0.3  # s: a source's samples may arrive this late and still be mixed in place
RESYNC = 0.25  # s: a source this far off the clock (a gap, a stall) is put back on it
WRITE_EVERY = 0.1  # s
SYNC_EVERY = 1.0  # s
BITRATE = 32_000
MAX_BACKLOG = 2_000  # queued items (about 20 s of two voices): beyond this, audio is dropped, never the pen


class Mixer:
    """Sums mono int16 sources on one sample clock. Each source keeps its own cursor, continuous while its
    chunks come on time; mixed samples are released once every source had `LATENCY` to deliver them."""

    def __init__(self, rate: int = RATE) -> None:
        self.rate = rate
        self._cursor: dict[str, int] = {}
        self._acc = np.zeros(0, dtype=np.int32)
        self._base = 0  # sample index of _acc[0]

    def add(self, source: str, pcm: np.ndarray, at: float) -> None:
        """`pcm` ended arriving at `at` seconds on the recording clock."""
        n = int(pcm.size)
        if n == 0:
            return
        expected = round(at * self.rate) - n
        cursor = self._cursor.get(source)
        if cursor is None or abs(cursor - expected) > RESYNC * self.rate:
            cursor = max(expected, 0)
        start = max(cursor, self._base)  # samples for time already written are too late
        skip = start - cursor
        self._cursor[source] = cursor + n
        if skip >= n:
            return
        end = cursor + n
        need = end - self._base
        if need > self._acc.size:
            self._acc = np.concatenate([self._acc, np.zeros(need - self._acc.size, dtype=np.int32)])
        self._acc[start - self._base : end - self._base] += pcm[skip:].astype(np.int32)

    def take(self, now: float | None) -> np.ndarray:
        """Mixed samples up to `now − LATENCY` (everything when `now` is None), as int16."""
        upto = self._base + self._acc.size if now is None else int((now - LATENCY) * self.rate)
        count = upto - self._base
        if count <= 0:
            return np.zeros(0, dtype=np.int16)
        if count > self._acc.size:
            self._acc = np.concatenate([self._acc, np.zeros(count - self._acc.size, dtype=np.int32)])
        out, self._acc = self._acc[:count], self._acc[count:]
        self._base = upto
        return np.clip(out, -32768, 32767).astype(np.int16)


class OpusWriter:
    """Mono Opus in Ogg, through PyAV, into a file we own (so it can be flushed and fsynced)."""

    def __init__(self, path: Path) -> None:
        self._file: BinaryIO = path.open("wb", buffering=0)
        # page_duration: a page at least every 200 ms; flush_packets: to the OS as soon as it is muxed.
        self._container: Any = av.open(
            self._file, "w", format="ogg", options={"page_duration": "200000", "flush_packets": "1"}
        )
        stream: Any = self._container.add_stream("libopus", rate=RATE)
        stream.layout = "mono"
        stream.bit_rate = BITRATE
        # Speech at a low encoder effort: a fraction of the default's CPU, the same to the ear for voice.
        stream.options = {"application": "voip", "compression_level": "3"}
        self._stream = stream
        self._pending = np.zeros(0, dtype=np.int16)
        self._base = fractions.Fraction(1, RATE)
        self.samples = 0

    def write(self, pcm: np.ndarray) -> None:
        self._pending = np.concatenate([self._pending, pcm]) if self._pending.size else pcm
        whole = self._pending.size // FRAME * FRAME
        if whole:
            self._encode(self._pending[:whole])
            self._pending = self._pending[whole:]

    def _encode(self, pcm: np.ndarray) -> None:
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        frame.pts = self.samples
        frame.time_base = self._base
        self.samples += pcm.size  # whole 20 ms frames: PyAV cuts them to the encoder's frame size
        for packet in self._stream.encode(frame):
            self._container.mux(packet)

    def sync(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._pending.size:
            self._encode(np.concatenate([self._pending, np.zeros(FRAME - self._pending.size, np.int16)]))
            self._pending = np.zeros(0, dtype=np.int16)
        for packet in self._stream.encode(None):
            self._container.mux(packet)
        self._container.close()
        self.sync()
        self._file.close()


class LessonRecorder:
    """One recording: start on construction, `stop` to finish. `audio` and `event` are safe from any
    thread and never block."""

    def __init__(
        self,
        folder: Path,
        board_id: str,
        title: str,
        page_id: str | None,
        visible: Iterable[tuple[str, str]] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clock = clock
        self.started = clock()
        self.info = RecordingInfo(
            folder=folder,
            board_id=board_id,
            title=title[:200],
            started_at=datetime.now(UTC).isoformat(timespec="seconds"),
            duration=0.0,
            finished=False,
        )
        write_manifest(self.info)
        self._queue: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self.dropped = 0
        self.failure: str | None = None
        self._audio = OpusWriter(folder / AUDIO)
        self._timeline = (folder / TIMELINE).open("a", encoding="utf-8")
        start: dict[str, Any] = {"t": 0.0, "op": "start", "page": page_id, "strokes": []}
        for page, client_id in visible:
            start["strokes"].append([page, client_id])
        self._lines = [json.dumps(start)]
        self._mixer = Mixer()
        self._thread = threading.Thread(target=self._run, name="astegni-recording", daemon=True)
        self._thread.start()

    def elapsed(self) -> float:
        return self.clock() - self.started

    # -- producers --------------------------------------------------------------------------------------

    def audio(self, source: str, pcm: np.ndarray, late: float = 0.0) -> None:
        """From the call: 20 ms (or so) of mono int16 48 kHz from `source`, which arrived `late` seconds ago
        (it crossed from the call process in a batch: placed where it arrived, not where the batch did)."""
        if self._queue.qsize() > MAX_BACKLOG:
            self.dropped += 1
            return
        self._queue.put(("audio", source, pcm, self.clock() - late))

    def event(self, op: str, page_id: str | None, client_ids: Iterable[str] = ()) -> None:
        """From the GUI thread: `add` / `erase` strokes on a page, or `page` shown."""
        self._queue.put(("event", op, page_id, list(client_ids), self.clock()))

    # -- the writer thread ------------------------------------------------------------------------------

    def _run(self) -> None:
        last_sync = self.clock()
        try:
            while True:
                try:
                    item = self._queue.get(timeout=WRITE_EVERY)
                except queue.Empty:
                    item = ()
                if item is None:
                    break
                self._take(item)
                while True:  # everything waiting, then one write
                    try:
                        more = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        self._finish()
                        return
                    self._take(more)
                now = self.clock()
                self._write(now - self.started)
                if now - last_sync >= SYNC_EVERY:
                    last_sync = now
                    self._sync()
            self._finish()
        except Exception as exc:  # a full disk: the GUI says so; the lesson goes on
            log.exception("recording failed")
            self.failure = str(exc)

    def _take(self, item: tuple[Any, ...]) -> None:
        if not item:
            return
        if item[0] == "audio":
            _kind, source, pcm, at = item
            self._mixer.add(source, pcm, at - self.started)
        else:
            _kind, op, page_id, ids, at = item
            self._lines.append(
                json.dumps({"t": round(at - self.started, 4), "op": op, "page": page_id, "ids": ids})
            )

    def _write(self, now: float | None) -> None:
        mixed = self._mixer.take(now)
        if mixed.size:
            self._audio.write(mixed)
        if self._lines:
            self._timeline.write("\n".join(self._lines) + "\n")
            self._timeline.flush()
            self._lines = []

    def _sync(self) -> None:
        self._audio.sync()
        with contextlib.suppress(OSError, ValueError):
            os.fsync(self._timeline.fileno())

    def _finish(self) -> None:
        end = self.elapsed()
        self._write(None)
        silence = (
            int(end * RATE) - self._audio.samples
        )  # a silent tail (no call): still as long as the lesson
        if silence > 0:
            self._audio.write(np.zeros(silence, dtype=np.int16))
        self._audio.close()
        self._timeline.flush()
        self._sync()
        self._timeline.close()
        self.info = replace(self.info, duration=self._audio.samples / RATE, finished=True)
        write_manifest(self.info)

    def stop(self) -> RecordingInfo:
        """Finish and close the files (waits for the writer: call it off the pen's path)."""
        self._queue.put(None)
        self._thread.join(30)
        return self.info
