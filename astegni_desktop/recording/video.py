"""A recorded lesson as a video file: the ink at 1280×720, 30 frames a second, with the voice. QtGui for
the drawing (no widgets); runs in a worker process (see `export_job`).

Ink is drawn incrementally: the committed picture is kept in one QImage and each stroke is painted onto it
when its moment comes; only an erase or a page change repaints the page. A frame in which nothing changed
re-sends the previous converted picture with a new timestamp, so still stretches cost the encoder almost
nothing while the file stays at a constant 30 frames a second.
"""

from __future__ import annotations

import fractions
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ..canvas.render import draw_background, draw_stroke
from ..ink import Page, Stroke
from .timeline import InkState, Step, Timeline

WIDTH, HEIGHT, FPS = 1280, 720, 30
AUDIO_RATE = 48_000

Progress = Callable[[float, float], bool]  # (seconds done, seconds in all) → go on?


@dataclass(frozen=True)
class Format:
    suffix: str
    container: str
    video: str
    audio: str
    label: str


MP4 = Format(".mp4", "mp4", "libx264", "aac", "MP4 (H.264, AAC)")
WEBM = Format(".webm", "webm", "libvpx", "libopus", "WebM (VP8, Opus)")


def available_formats() -> list[Format]:
    """The format the export offers: MP4 when this PyAV build has H.264 and AAC, else WebM. libvpx's VP8
    takes ~30 ms of CPU per 720p frame here even at its fastest realtime setting (about real time on a free
    core, measured), H.264 `ultrafast` a fraction of that (5× real time under load): WebM is the fallback."""
    for fmt in (MP4, WEBM):
        try:
            av.CodecContext.create(fmt.video, "w")
            av.CodecContext.create(fmt.audio, "w")
            return [fmt]
        except (av.FFmpegError, ValueError):
            continue
    return []


class InkPainter:
    """The page picture at one moment, kept up to date step by step."""

    def __init__(self, pages: dict[str, Page], strokes: dict[str, Stroke]) -> None:
        self.pages = pages
        self.strokes = strokes
        self.image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
        page = Page()
        self.scale = min(WIDTH / page.width, HEIGHT / page.height)
        self.dx = (WIDTH - page.width * self.scale) / 2
        self.dy = (HEIGHT - page.height * self.scale) / 2
        self.state: InkState | None = None

    def _painter(self) -> QPainter:
        p = QPainter(self.image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(self.dx, self.dy)
        p.scale(self.scale, self.scale)
        return p

    def repaint(self, state: InkState) -> None:
        self.state = state.copy()
        self.image.fill(Qt.GlobalColor.black)  # letterbox: the page is 16:10, the video 16:9
        found = self.pages.get(state.page or "")
        page = found if found is not None else Page()  # (an empty Page is falsy: it has no strokes)
        p = self._painter()
        draw_background(p, page, QRectF(0, 0, page.width, page.height), self.scale)
        shown = state.shown()
        for s in self._in_order(shown):
            draw_stroke(p, s)
        p.end()

    def _in_order(self, ids: set[str]) -> list[Stroke]:
        found = [self.strokes[i] for i in ids if i in self.strokes]
        return sorted(found, key=lambda s: (s.t0, s.client_id))

    def step(self, step: Step) -> None:
        """One timeline step: an added stroke is painted over; anything else repaints."""
        assert self.state is not None
        self.state.apply(step)
        if step.op == "add" and step.page == self.state.page:
            p = self._painter()
            for s in self._in_order(set(step.ids)):
                draw_stroke(p, s)
            p.end()
        elif step.op != "add":
            self.repaint(self.state)

    def frame(self) -> av.VideoFrame:
        bits = self.image.constBits()
        array = np.frombuffer(bits, dtype=np.uint8).reshape(HEIGHT, self.image.bytesPerLine())
        rgb = array[:, : WIDTH * 3].reshape(HEIGHT, WIDTH, 3)
        return av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")


def decode_audio(path: Path) -> np.ndarray:
    """The recording's voice as mono int16 at 48 kHz (empty if nothing decodes)."""
    chunks: list[np.ndarray] = []
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return np.zeros(0, dtype=np.int16)
            resampler = av.AudioResampler(format="s16", layout="mono", rate=AUDIO_RATE)
            try:
                for frame in container.decode(audio=0):
                    for out in resampler.resample(frame):
                        chunks.append(out.to_ndarray().reshape(-1))
            except av.FFmpegError:
                pass  # a torn last page (a crash): what decoded so far is kept
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except (av.FFmpegError, OSError):
        return np.zeros(0, dtype=np.int16)
    return np.concatenate(chunks).astype(np.int16) if chunks else np.zeros(0, dtype=np.int16)


def render_video(
    timeline: Timeline,
    pages: dict[str, Page],
    strokes: dict[str, Stroke],
    audio: np.ndarray,
    out: Path,
    fmt: Format,
    progress: Progress | None = None,
) -> bool:
    """Write the video; False if `progress` asked to stop (the partial file is then the caller's)."""
    duration = max(timeline.duration, audio.size / AUDIO_RATE, 1 / FPS)
    frames = int(np.ceil(duration * FPS))
    container: Any = av.open(str(out), "w", format=fmt.container)
    video: Any = container.add_stream(fmt.video, rate=FPS)
    video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
    if fmt.video == "libx264":
        video.options = {"preset": "ultrafast", "tune": "stillimage", "crf": "26"}
    else:
        video.options = {"deadline": "realtime", "cpu-used": "16", "lag-in-frames": "0"}
        video.bit_rate = 1_500_000
    sound: Any = container.add_stream(fmt.audio, rate=AUDIO_RATE)
    sound.layout = "mono"
    sound.bit_rate = 64_000
    painter = InkPainter(pages, strokes)
    painter.repaint(timeline.initial)
    steps, next_step = timeline.steps, 0
    picture: av.VideoFrame | None = None
    audio_pts = 0
    chunk = 1024  # AAC's frame; Opus is re-framed by PyAV
    stopped = False
    for index in range(frames):
        t = index / FPS
        changed = picture is None
        while next_step < len(steps) and steps[next_step].t <= t:
            painter.step(steps[next_step])
            next_step += 1
            changed = True
        if changed or picture is None:
            picture = painter.frame().reformat(format="yuv420p")
        picture.pts = index
        picture.time_base = fractions.Fraction(1, FPS)
        for packet in video.encode(picture):
            container.mux(packet)
        audio_end = min(audio.size, int((index + 1) / FPS * AUDIO_RATE))
        while audio_pts + chunk <= audio_end or (index == frames - 1 and audio_pts < audio.size):
            piece = audio[audio_pts : audio_pts + chunk]
            if piece.size < chunk:
                piece = np.concatenate([piece, np.zeros(chunk - piece.size, np.int16)])
            frame = av.AudioFrame.from_ndarray(piece.reshape(1, -1), format="s16", layout="mono")
            frame.sample_rate = AUDIO_RATE
            frame.pts = audio_pts
            frame.time_base = fractions.Fraction(1, AUDIO_RATE)
            audio_pts += chunk
            for packet in sound.encode(frame):
                container.mux(packet)
        if progress is not None and index % FPS == 0 and not progress(t, duration):
            stopped = True
            break
    for stream in (video, sound):
        for packet in stream.encode(None):
            container.mux(packet)
    container.close()
    if progress is not None and not stopped:
        progress(duration, duration)
    return not stopped
