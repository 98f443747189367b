"""A real tutor's path through `DesktopApp.run()`: sign in by typing into the dialog, work, sign out, sign in
as someone else, a session that ends, a cancelled first sign-in. The app ends only on Quit."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from astegni_desktop.credentials import SERVICE
from astegni_desktop.dialogs.signin import SignInDialog
from astegni_devserver.seed import DEMO_TUTOR, SECOND_TUTOR
from tests.conftest import MemoryKeyring

from .conftest import answer_next_message_box

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.timeout(180)]

EMAIL, PASSWORD = DEMO_TUTOR
YONAS = SECOND_TUTOR
YONAS_REQUESTS = 2


def test_first_sign_in_without_a_keyring_keeps_the_app_running(server, start_app, no_keyring) -> None:
    app = start_app(server)
    d = app.signin()
    assert d.sign_in_button.text() == "Sign in for this session"  # "this run only": nothing is stored
    assert d.note.isVisible()
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.stays_open_and_syncs()
    assert app.window.account.email == EMAIL
    assert app.desktop.settings.last_account is None  # nothing to resume without a keyring
    assert app.quit() == 0


def fully_shown(label: QLabel) -> bool:
    """A word-wrapped label has the height its text needs at its width: nothing is cut."""
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def not_squashed(d: SignInDialog) -> bool:
    return all(edit.height() >= edit.sizeHint().height() for edit in (d.server, d.email, d.password))


def test_without_a_keyring_the_notice_is_whole_beside_an_error_and_stays_after_sign_out(
    server, start_app, no_keyring
) -> None:
    app = start_app(server)
    d = app.signin()
    assert d.title.text() == "Sign in to Astegni"  # a first sign-in: not "Welcome back"
    app.qtbot.waitUntil(lambda: fully_shown(d.note), timeout=5_000)
    server.stop()
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.qtbot.waitUntil(d.error.isVisible, timeout=10_000)
    assert d.error.text().startswith("Can't reach")  # two lines beside the four of the notice
    app.qtbot.waitUntil(lambda: fully_shown(d.error), timeout=5_000)
    assert fully_shown(d.note) and not_squashed(d)  # the error takes room of its own
    server.start()
    app.type_and_sign_in(None, PASSWORD)
    app.qtbot.waitUntil(app.synced, timeout=15_000)
    answer_next_message_box(QMessageBox.StandardButton.Yes)  # "Sign out of Astegni Desktop?"
    app.menu_action("Sign out").trigger()
    d = app.signin()
    # still memory-only: the notice and "for this session" stay, and the email is there already
    assert d.title.text() == "Welcome back"
    assert d.sign_in_button.text() == "Sign in for this session"
    app.qtbot.waitUntil(lambda: fully_shown(d.note), timeout=5_000)
    assert d.email.text() == EMAIL and not_squashed(d)
    app.qtbot.waitUntil(d.password.hasFocus, timeout=5_000)
    app.type_and_sign_in(None, PASSWORD)
    app.stays_open_and_syncs(seconds=1)
    assert app.desktop.settings.last_account is None
    assert app.quit() == 0


def test_a_wrong_password_then_the_right_one(server, start_app, memory_keyring: MemoryKeyring) -> None:
    app = start_app(server)
    d = app.type_and_sign_in(EMAIL, "not-my-password")
    app.qtbot.waitUntil(d.error.isVisible, timeout=10_000)
    assert d.error.text() == "The email or password is not correct."
    assert d.dialog.isVisible() and not app.task.done()
    app.type_and_sign_in(None, PASSWORD)  # the email stays; only the password is typed again
    app.stays_open_and_syncs()
    assert app.quit() == 0


def test_sign_in_with_a_keyring_is_remembered_for_the_next_start(
    server, start_app, memory_keyring: MemoryKeyring, tmp_path
) -> None:
    app = start_app(server)
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.stays_open_and_syncs()
    key = app.window.account.key
    assert json.loads(memory_keyring.store[(SERVICE, key)])["refresh_token"]
    assert app.quit() == 0
    # the next start resumes from the keyring: no dialog, straight to the synced window
    again = start_app(server)
    again.qtbot.waitUntil(lambda: again.desktop.window is not None, timeout=10_000)
    assert again.desktop.signin is None
    again.stays_open_and_syncs()
    assert again.quit() == 0


def test_sign_out_then_sign_in_as_another_tutor(server, start_app, memory_keyring: MemoryKeyring) -> None:
    app = start_app(server)
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.qtbot.waitUntil(app.synced, timeout=15_000)
    first = app.window
    answer_next_message_box(QMessageBox.StandardButton.Yes)  # "Sign out of Astegni Desktop?"
    app.menu_action("Sign out").trigger()
    d = app.signin()
    assert d.email.text() == EMAIL and not app.task.done()  # filled in: most likely the same tutor again
    assert memory_keyring.store == {}  # signing out forgets the tokens
    app.type_and_sign_in(YONAS[0], YONAS[1])
    app.qtbot.waitUntil(
        lambda: app.desktop.window is not None and app.desktop.window is not first, timeout=10_000
    )
    assert app.window.account.email == YONAS[0]
    app.stays_open_and_syncs(requests=YONAS_REQUESTS)  # his own two requests, none of Meron's
    names = {app.window.requests.model.index(r, 0).data() for r in range(YONAS_REQUESTS)}
    assert app.window.account.display_name.startswith("Yonas"), names
    assert app.quit() == 0


def test_an_ended_session_asks_to_sign_in_again_and_keeps_the_window(
    server, start_app, memory_keyring: MemoryKeyring
) -> None:
    app = start_app(server)
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.qtbot.waitUntil(app.synced, timeout=15_000)
    window = app.window
    server.set_faults("rate=1,kinds=401")  # every request, the refresh too: "Token has expired"
    app.menu_action("Sync now").trigger()
    d = app.signin()
    assert d.error.text() == "Your session has ended. Sign in again to keep syncing."
    assert d.email.text() == EMAIL and window.isVisible() and not app.task.done()
    server.set_faults("rate=0")
    app.type_and_sign_in(None, PASSWORD)
    app.qtbot.waitUntil(lambda: app.desktop.signin is None, timeout=10_000)
    assert app.desktop.window is window  # the same window, nothing reloaded from scratch
    app.menu_action("Sync now").trigger()
    app.stays_open_and_syncs()
    assert app.quit() == 0


def test_cancel_at_the_first_sign_in_exits_0(server, start_app, memory_keyring: MemoryKeyring) -> None:
    app = start_app(server)
    d = app.signin()
    app.qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(app.task.done, timeout=10_000)
    assert app.task.result() == 0
    assert app.desktop.window is None


def test_closing_the_window_without_a_tray_ends_the_app(
    server, start_app, memory_keyring: MemoryKeyring
) -> None:
    app = start_app(server)
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.qtbot.waitUntil(app.synced, timeout=15_000)
    assert app.window.tray is None  # offscreen has no tray: closing the window is quitting
    app.window.close()
    app.qtbot.waitUntil(app.task.done, timeout=15_000)
    assert app.task.result() == 0


def test_without_a_keyring_nothing_personal_is_kept_beside_the_cache(
    server, start_app, no_keyring, tmp_path
) -> None:
    """Settings hold an account hash at most: never the email, the name or the password (the next start
    without a keyring asks for all of them again)."""
    app = start_app(server)
    first = app.signin()
    assert first.email.text() == "" and first.email.hasFocus()  # a first start: nothing to remember
    app.type_and_sign_in(EMAIL, PASSWORD)
    app.stays_open_and_syncs()
    name = app.window.account.display_name
    assert app.quit() == 0
    for f in (tmp_path / "data").rglob("*.json"):
        text = f.read_text(encoding="utf-8")
        assert PASSWORD not in text and EMAIL not in text and name not in text, f
