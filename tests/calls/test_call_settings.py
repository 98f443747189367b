"""Call settings as the tutor sees them, on the Calls page of Settings (where the lesson bar's ⚙ opens
it): the microphone's level meter moves with a voice, the camera preview shows the test pattern, both stop
when the page is left, the bandwidth cap and ICE servers are saved (and checked), no TURN password is."""

from __future__ import annotations

import json
import threading

import pytest

from astegni_desktop.calls.model import TEST_PATTERN
from astegni_desktop.calls.qt import call_config
from astegni_desktop.dialogs.settings import SettingsDialog
from astegni_desktop.settings import Settings
from tests.calls.test_call_audio import spoken_tone

pytestmark = pytest.mark.gui


def test_the_level_meter_moves_with_the_voice_and_the_camera_preview_moves(pulse, qtbot) -> None:
    settings = Settings()
    settings_dialog = SettingsDialog(None, settings, page="calls")
    qtbot.addWidget(settings_dialog.dialog)
    dialog = settings_dialog.calls
    assert dialog is not None and settings_dialog.pages.currentWidget() is settings_dialog.calls_host
    stop = threading.Event()
    try:
        assert dialog.meter.value() <= -59
        pulse.speak(spoken_tone(440, 4, amplitude=0.5), stop)
        qtbot.waitUntil(lambda: dialog.meter.value() > -30, timeout=5000)
        dialog.camera.setCurrentIndex(dialog.camera.findData(TEST_PATTERN))
        qtbot.waitUntil(lambda: dialog.preview.picture.frames > 3, timeout=5000)
        settings_dialog.pages.setCurrentWidget(settings_dialog.general_page)  # the page is left
        assert dialog._probe is None and dialog._camera is None  # microphone and camera let go
        frames = dialog.preview.picture.frames
        qtbot.wait(300)
        assert dialog.preview.picture.frames == frames
    finally:
        stop.set()
        settings_dialog.dialog.reject()


def test_the_general_page_opens_without_loading_the_call_libraries(qtbot) -> None:
    settings_dialog = SettingsDialog(None, Settings())
    qtbot.addWidget(settings_dialog.dialog)
    assert (
        settings_dialog.calls is None
        and settings_dialog.pages.currentWidget() is settings_dialog.general_page
    )


def test_bandwidth_and_servers_are_saved_and_checked(qtbot, tmp_path) -> None:
    settings = Settings()
    settings_dialog = SettingsDialog(None, settings, page="calls")
    qtbot.addWidget(settings_dialog.dialog)
    dialog = settings_dialog.calls
    assert dialog is not None
    dialog.stun.setText("stun.example.org:3478")
    settings_dialog.pages.setCurrentWidget(settings_dialog.general_page)
    settings_dialog._save()
    assert "stun:host:3478" in dialog.error.text() and settings_dialog.dialog.result() == 0
    assert settings_dialog.pages.currentWidget() is settings_dialog.calls_host  # shown where it is wrong
    dialog.stun.setText("stun:stun.example.org:3478")
    dialog.turn.setText("turn:turn.example.org:3478")
    dialog.turn_user.setText("meron")
    dialog.bandwidth.setCurrentIndex(dialog.bandwidth.findData(32))
    settings_dialog._save()
    assert settings_dialog.dialog.result() == 1
    assert settings.call_stun == ["stun:stun.example.org:3478"]
    assert settings.call_bandwidth_kbps == 32 and settings.call_audio_only  # 32 kbit/s is voice only
    config = call_config(settings)
    assert config.audio_only and config.turn_url == "turn:turn.example.org:3478"
    assert [s.urls for s in config.rtc().iceServers or []] == [
        ["stun:stun.example.org:3478"],
        ["turn:turn.example.org:3478"],
    ]
    path = tmp_path / "settings.json"
    settings.save(path)
    saved = json.loads(path.read_text())
    assert saved["call_turn_username"] == "meron" and "password" not in json.dumps(saved)
    assert Settings.load(path).call_bandwidth_kbps == 32


def test_hostile_call_settings_fall_back_to_defaults(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"call_stun": "stun:x", "call_bandwidth_kbps": -5, "call_audio_only": 1}))
    loaded = Settings.load(path)
    assert loaded.call_stun == Settings().call_stun and loaded.call_bandwidth_kbps == 0
    assert loaded.call_audio_only is True
