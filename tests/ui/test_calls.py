"""A call from the lesson bar, in the real window: call the scripted web-like student, see her picture and
the call's quality, hang up; and her call rings with Answer/Decline and a notification."""

from __future__ import annotations

import aioice.ice
import pytest
from PySide6.QtWidgets import QPushButton

from astegni_desktop.calls.engine import CallConfig
from astegni_desktop.panels.call_widgets import CallControls
from tests.helpers.ink import HANNA
from tests.ui.conftest import TutorApp, run
from tests.web_peer import WebPeer

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture(autouse=True)
def _loopback_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


def start_lesson(app: TutorApp, qtbot):
    window = app.window
    window.nav.setCurrentRow(3)
    panel = window.whiteboard
    panel.new_board("Fractions")
    assert panel.start_lesson((HANNA, "Hanna Tesfaye", "Fractions"))
    qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=20_000)
    assert window.lesson_service is not None
    window.lesson_service.calls.configure(CallConfig(stun=(), camera="test-pattern", connect_seconds=10))
    return panel


def _emoji(text: str) -> bool:
    """Characters that need an emoji font (an empty box on a Linux desktop without Noto Color Emoji)."""
    return any(ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF or ord(c) == 0xFE0F for c in text)


def test_the_call_buttons_draw_their_icons_without_an_emoji_font(qtbot) -> None:
    controls = CallControls()
    qtbot.addWidget(controls)
    controls.set_available(True)
    controls.show()
    buttons = controls.findChildren(QPushButton)
    assert buttons and not [b.text() for b in buttons if _emoji(b.text())]
    assert controls.call.text() == "Call" and not controls.call.icon().isNull()
    settings = controls.devices
    assert settings.text() == "" and settings.accessibleName() == "Call settings"
    assert not settings.icon().isNull()
    picture = settings.icon().pixmap(24, 24).toImage()  # the gear is drawn, in the theme's icon colour
    inked = [(x, y) for x in range(24) for y in range(24) if picture.pixelColor(x, y).alpha() > 0]
    assert len(inked) > 40


def test_call_the_student_from_the_lesson_bar_see_her_and_hang_up(tutor_app: TutorApp, qtbot) -> None:
    app = tutor_app
    panel = start_lesson(app, qtbot)
    controls = panel.editor.lesson_bar.call
    web = run(app.loop, qtbot, WebPeer(app.server.ws_url).connect())
    try:
        assert controls.call.isVisible() and controls.call.isEnabled()
        controls.call.click()
        qtbot.waitUntil(lambda: controls.state.text().startswith("In a call with Hanna"), timeout=20_000)
        assert controls.hang_up.isVisible() and controls.mute.isVisible() and not controls.call.isVisible()
        assert panel.video.isVisible()
        qtbot.waitUntil(lambda: panel.video.remote.frames >= 5, timeout=10_000)  # her test pattern
        qtbot.waitUntil(lambda: panel.video.local.frames >= 1, timeout=10_000)  # my own small preview
        qtbot.waitUntil(lambda: "RTT" in controls.quality.text(), timeout=15_000)  # after the first reports
        qtbot.waitUntil(lambda: "↓ 0 " not in controls.quality.text(), timeout=10_000)  # her bitrate too
        assert len(web.frames) > 5  # she sees my picture
        controls.mute.click()
        assert controls.mute.text() == "Unmute"
        controls.hang_up.click()
        qtbot.waitUntil(lambda: web.state == "ended", timeout=10_000)
        qtbot.waitUntil(lambda: controls.state.text() == "Call ended.", timeout=10_000)
        assert not panel.video.isVisible() and controls.call.isVisible()
    finally:
        run(app.loop, qtbot, web.close())


def test_her_call_rings_with_answer_and_decline(tutor_app: TutorApp, qtbot) -> None:
    app = tutor_app
    panel = start_lesson(app, qtbot)
    controls = panel.editor.lesson_bar.call
    web = run(app.loop, qtbot, WebPeer(app.server.ws_url, accept_after=None).connect())
    told: list[tuple[str, str]] = []
    panel.notifyRequested.connect(lambda title, body: told.append((title, body)))
    try:
        run(app.loop, qtbot, web.call_tutor())
        qtbot.waitUntil(controls.answer.isVisible, timeout=10_000)
        assert controls.state.text() == "Hanna is calling" and controls.decline.isVisible()
        if not app.window.isActiveWindow():
            assert ("Incoming call", "Hanna Tesfaye is calling") in told
        controls.decline.click()
        qtbot.waitUntil(lambda: bool(web.got("video_call_declined")), timeout=10_000)
        qtbot.waitUntil(controls.call.isVisible, timeout=10_000)
    finally:
        run(app.loop, qtbot, web.close())
