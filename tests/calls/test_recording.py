"""Recording a lesson with voice: a recording killed mid-way still plays; replay seeks to the right ink and
audio position; a 2-minute lesson exports to a video with its voice and frames that show the ink."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtWidgets import QPushButton

from astegni_desktop.recording import files
from astegni_desktop.recording.qt import RecordingService
from astegni_desktop.recording.timeline import load_lesson
from astegni_desktop.recording.video import decode_audio
from astegni_desktop.store.repo import Store
from tests.helpers.recorded import INK, TONE_HZ, record_lesson
from tests.web_peer import dominant_hz

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import numpy as np
    sys.path.insert(0, {root!r})
    from astegni_desktop.recording import files
    from astegni_desktop.recording.writer import FRAME, RATE, LessonRecorder
    from astegni_desktop.store.repo import Store
    from tests.helpers.ink import pen
    store = Store(Path({cache!r}))
    board = store.boards.create("Crash lesson")
    page = board.pages[0].page_id
    recorder = LessonRecorder(files.new_folder(Path({root_rec!r}), board.board_id), board.board_id,
                              "Crash lesson", page)
    start, i = time.monotonic(), 0
    while True:  # a 440 Hz voice in 20 ms frames, in real time; a stroke every half second
        t = (np.arange(FRAME) + i * FRAME) / RATE
        recorder.audio("mic", (np.sin(2 * np.pi * 440 * t) * 9000).astype(np.int16))
        if i % 25 == 0:
            s = pen(i // 25)
            store.boards.add_stroke(page, s)
            recorder.event("add", page, [s.client_id])
            print("stroke", s.client_id, flush=True)
        if i == 150:
            print("recording for 3 s", flush=True)
        i += 1
        time.sleep(max(0.0, start + i * FRAME / RATE - time.monotonic()))
    """
)


def test_a_recording_killed_mid_way_is_recovered_and_plays(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache.sqlite3", tmp_path / "recordings"
    script = CHILD.format(root=str(ROOT), cache=str(cache), root_rec=str(root))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None
    drawn: list[str] = []
    for line in child.stdout:
        if line.startswith("stroke"):
            drawn.append(line.split()[1])
        if line.startswith("recording for 3 s"):
            break
    os.kill(child.pid, signal.SIGKILL)  # no chance to close a file
    child.wait()
    (info,) = files.listing(root)
    assert not info.finished
    service = RecordingService(root)  # as on the next start
    (recovered,) = service.recovered
    assert recovered.finished and recovered.recovered
    # all but the last moments: mixing waits 0.3 s for late audio, an Ogg page holds 0.2 s
    assert 1.5 < recovered.duration <= 3.1
    pcm = decode_audio(recovered.audio)
    assert abs(pcm.size / 48_000 - recovered.duration) < 0.05
    assert abs(dominant_hz(pcm[-24_000:].astype(np.float64)) - 440) < 5
    store = Store(cache)
    lesson = load_lesson(store.engine, recovered)
    added = [i for s in lesson.timeline.steps if s.op == "add" for i in s.ids]
    assert len(added) >= 6 and set(added) <= set(drawn)
    assert set(added) <= set(lesson.strokes)  # every stroke the timeline names is in the cache
    assert files.listing(root)[0].finished  # listed as an ordinary recording from now on


@pytest.mark.gui
def test_replay_seeks_to_the_ink_and_the_voice_of_that_moment(qtbot, tmp_path: Path) -> None:
    from astegni_desktop.panels.replay import ReplayWindow

    store = Store(tmp_path / "cache.sqlite3")
    info, added = record_lesson(store, tmp_path / "recordings", 20, every=2.0)
    assert info.finished and abs(info.duration - 20) < 0.05
    window = ReplayWindow(info, store.engine)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.audio_loaded, timeout=10_000)
    assert abs(window.player.pcm.size / 48_000 - 20) < 0.1
    assert abs(dominant_hz(window.player.pcm[48_000:96_000].astype(np.float64)) - TONE_HZ) < 5
    first_page = [cid for t, cid in added if t < 10]
    window.seek(7.1)
    assert window.shown_ids() == {cid for t, cid in added if t <= 7.1}
    assert window.player.position == int(7.1 * 48_000)
    assert window.time.text() == "0:07 / 0:20"
    window.seek(15.0)  # the page changed at 10 s: only the second page's ink
    assert window.shown_ids() == {cid for t, cid in added if 10 <= t <= 15.0}
    window.seek(2.0)  # backwards
    assert window.shown_ids() == {first_page[0]} == {cid for t, cid in added if t <= 2.0}
    window.seek(20.0)
    assert window.shown_ids() == {cid for t, cid in added if t >= 10}
    assert window.slider.value() == 20_000
    window.seek(0.0)
    window.toggle()  # play: the ink comes as the voice goes on
    qtbot.waitUntil(lambda: window.player.seconds() > 1.2, timeout=10_000)
    qtbot.waitUntil(lambda: bool(window.shown_ids()), timeout=5_000)
    assert window.shown_ids() <= {cid for t, cid in added if t <= window.player.seconds() + 0.1}
    window.toggle()
    assert not window.player.playing
    window.close()


@pytest.mark.gui
@pytest.mark.slow
def test_a_two_minute_lesson_exports_to_a_video_with_voice_and_ink(qtbot, tmp_path: Path) -> None:
    from astegni_desktop.panels.replay import ReplayWindow

    store = Store(tmp_path / "cache.sqlite3")
    info, _ = record_lesson(store, tmp_path / "recordings", 120, every=4.0)
    window = ReplayWindow(info, store.engine)
    qtbot.addWidget(window)
    out = tmp_path / "lesson.mp4"
    job = window.export_to(out)
    assert job is not None
    seen: list[float] = []
    job.progress.connect(lambda done, total: seen.append(done))
    with qtbot.waitSignal(job.finished, timeout=300_000) as done:
        pass
    assert done.args == [str(out)] and out.exists() and not Path(str(out) + ".part").exists()
    assert seen and seen[-1] == pytest.approx(120.0, abs=0.1)
    with av.open(str(out)) as container:
        assert container.duration is not None and abs(container.duration / 1e6 - 120) < 0.5
        (video,) = container.streams.video
        assert len(container.streams.audio) == 1
        assert (video.width, video.height) == (1280, 720) and video.average_rate == 30
        frames = {}
        for frame in container.decode(video):
            t = frame.time  # seconds
            for want in (1.0, 30.0, 59.0, 110.0):
                if want not in frames and t >= want:
                    frames[want] = frame.to_ndarray(format="rgb24")
    pcm = decode_audio(out)
    assert (
        abs(pcm.size / 48_000 - 120) < 0.5 and abs(dominant_hz(pcm[:96_000].astype(np.float64)) - TONE_HZ) < 5
    )
    red = np.array([int(INK[i : i + 2], 16) for i in (1, 3, 5)])

    def inked(image: np.ndarray) -> int:
        return int((np.abs(image.astype(int) - red).sum(axis=2) < 60).sum())

    assert inked(frames[1.0]) == 0  # before the first stroke (at 2 s)
    assert inked(frames[30.0]) > 2_000 and inked(frames[59.0]) > inked(frames[30.0])  # more ink as it goes
    assert inked(frames[110.0]) > 0  # the second page (from 60 s) has its own ink
    assert not np.array_equal(frames[59.0], frames[110.0])
    window.close()


@pytest.mark.gui
def test_cancelling_an_export_leaves_no_file(qtbot, tmp_path: Path) -> None:
    from astegni_desktop.panels.replay import ReplayWindow

    store = Store(tmp_path / "cache.sqlite3")
    info, _ = record_lesson(store, tmp_path / "recordings", 60, every=3.0)
    window = ReplayWindow(info, store.engine)
    qtbot.addWidget(window)
    out = tmp_path / "lesson.webm"
    job = window.export_to(out)
    assert job is not None
    with qtbot.waitSignal(job.progress, timeout=60_000):
        pass
    (cancel,) = [b for b in window.progress.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()
    assert not job.running
    assert not out.exists() and not Path(str(out) + ".part").exists()
    window.close()
