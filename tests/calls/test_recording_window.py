"""Issue 15's "done when", in the real window: call the scripted web-like student, hear her tone and see
her test pattern, speak into the (virtual) microphone and draw while talking, record, hang up, replay with
her voice and ours in step with the ink, and export a video that plays."""

from __future__ import annotations

import threading
from pathlib import Path

import av
import numpy as np
import pytest

from astegni_desktop.panels.replay import RecordingsDialog
from astegni_desktop.recording.video import decode_audio
from tests.calls.test_call_audio import spoken_tone
from tests.helpers.tablet import Pen
from tests.ui import conftest as ui
from tests.ui.conftest import TutorApp, run
from tests.ui.test_calls import start_lesson
from tests.ui.test_lessons import draw
from tests.web_peer import WebPeer

pytestmark = [pytest.mark.gui, pytest.mark.slow]
tutor_app = ui.tutor_app  # the real window, as in tests/ui
_english_interface = ui._english_interface


def energy_at(samples: np.ndarray, hz: float) -> float:
    """The share of the signal's energy within ±10 Hz of `hz`."""
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64))) ** 2
    freqs = np.fft.rfftfreq(samples.size, 1 / 48_000)
    return float(spectrum[np.abs(freqs - hz) < 10].sum() / max(spectrum.sum(), 1e-9))


def test_call_talk_draw_record_hang_up_replay_and_export(
    pulse, tutor_app: TutorApp, qtbot, tmp_path: Path
) -> None:
    app = tutor_app
    panel = start_lesson(app, qtbot)
    controls = panel.editor.lesson_bar.call
    web = run(app.loop, qtbot, WebPeer(app.server.ws_url).connect())
    stop = threading.Event()
    try:
        assert not controls.record.isChecked() and not controls.recording_badge.isVisible()  # off by default
        controls.call.click()
        qtbot.waitUntil(lambda: controls.state.text().startswith("In a call with Hanna"), timeout=20_000)
        qtbot.waitUntil(lambda: panel.video.remote.frames >= 5, timeout=10_000)  # her test pattern
        pulse.speak(spoken_tone(440, 12), stop)  # the tutor talks
        controls.record.click()
        assert controls.recording_badge.isVisible() and controls.recording_badge.text().startswith(
            "● REC 0:00"
        )
        assert controls.record.text() == "■ Stop recording"
        qtbot.waitUntil(lambda: bool(web.got("whiteboard_recording")), timeout=10_000)  # she is told
        assert web.got("whiteboard_recording")[0]["recording"] is True
        pen = Pen()
        draw(panel, pen, 3)
        qtbot.wait(1500)  # talking
        draw(panel, pen, 3, row=1)
        qtbot.wait(300)
        undone = list(panel.editor.canvas.page.strokes)[-1]
        panel.editor.canvas.undo_stack.undo()  # the last stroke goes: an erase on the timeline
        assert undone not in panel.editor.canvas.page.strokes
        qtbot.waitUntil(lambda: controls.recording_badge.text() >= "● REC 0:00:03", timeout=10_000)
        assert app.window.lesson_service is not None
        session_id = app.window.lesson_service.live.session_id
        her = {"type": "whiteboard_recording", "session_id": session_id, "sender_id": 501, "recording": True}
        run(app.loop, qtbot, web.send(her))  # she records too: the tutor sees it
        qtbot.waitUntil(controls.peer_recording.isVisible, timeout=10_000)
        assert "Hanna" in controls.peer_recording.text() and "is recording" in controls.peer_recording.text()
        run(app.loop, qtbot, web.send({**her, "recording": False}))
        qtbot.waitUntil(lambda: not controls.peer_recording.isVisible(), timeout=10_000)
        controls.hang_up.click()
        qtbot.waitUntil(lambda: web.state == "ended", timeout=10_000)
        controls.record.click()
        assert not controls.recording_badge.isVisible()
        qtbot.waitUntil(controls.recordings.isVisible, timeout=10_000)
        qtbot.waitUntil(lambda: len(web.got("whiteboard_recording")) == 2, timeout=10_000)
        assert web.got("whiteboard_recording")[1]["recording"] is False
    finally:
        stop.set()
        run(app.loop, qtbot, web.close())

    panel.editor.lesson_bar.replay.click()  # the lesson bar's Replay: this board has a recording with voice
    dialogs = [w for w in panel.findChildren(RecordingsDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.list.count() == 1
    window = dialog._open(dialog.list.currentItem())
    assert window is not None
    qtbot.waitUntil(lambda: window.audio_loaded, timeout=10_000)
    voice = window.player.pcm
    assert window.duration > 3
    # A 20 Hz band holds ~0.1 % of the energy of noise: each voice stands far above that.
    assert energy_at(voice, 660) > 0.01  # her voice (the web peer's 660 Hz)
    assert energy_at(voice, 440) > 0.01  # and ours, through echo cancelling and noise suppression
    drawn = {s.client_id for s in panel.editor.canvas.page}
    window.seek(0.0)
    assert window.shown_ids() == set()  # the board was empty when the recording started
    window.seek(window.duration)
    assert window.shown_ids() == drawn and len(drawn) == 5
    erased_at = next(step.t for step in window.timeline.steps if step.op == "erase")
    window.seek(erased_at - 0.05)  # just before the undo: all six
    assert window.shown_ids() == drawn | {undone}
    window.toggle()
    qtbot.waitUntil(lambda: window.player.seconds() > 0.5, timeout=5_000)
    window.toggle()

    out = tmp_path / "lesson.mp4"
    job = window.export_to(out)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    with av.open(str(out)) as container:
        assert container.duration is not None and abs(container.duration / 1e6 - window.duration) < 0.5
        assert container.streams.video[0].width == 1280 and container.streams.audio
        last = None
        for frame in container.decode(video=0):
            last = frame.to_ndarray(format="rgb24")
    assert last is not None and len(np.unique(last.reshape(-1, 3), axis=0)) > 10  # paper, lines and ink
    assert energy_at(decode_audio(out), 660) > 0.01
    window.close()
    dialog.close()
