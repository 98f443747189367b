"""Signing in and out: the dialog's messages, tokens only in the keyring, the no-keyring choice."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt

from astegni_desktop.credentials import SERVICE, SecretStore
from astegni_desktop.dialogs.signin import SignInDialog
from astegni_desktop.session import SessionManager, account_key
from astegni_devserver.runner import DevServer

from .conftest import MemoryKeyring, run

pytestmark = pytest.mark.gui


def dialog_for(
    server: DevServer, session: SessionManager, qtbot, email: str = "", password: str = ""
) -> SignInDialog:
    d = SignInDialog(session, server.url)
    qtbot.addWidget(d.dialog)
    d.dialog.show()
    d.email.setText(email)
    d.password.setText(password)
    return d


@pytest.mark.parametrize(
    ("email", "password", "message"),
    [
        ("tutor@demo.astegni.et", "wrong", "The email or password is not correct."),
        ("student@demo.astegni.et", "demo-student", "This account is not a tutor account."),
        ("", "", "Enter your email and password."),
    ],
)
def test_sign_in_failures_are_explained(server, qtbot, qasync_loop, memory_keyring, email, password, message):
    session = SessionManager(SecretStore())
    d = dialog_for(server, session, qtbot, email, password)
    assert run(qasync_loop, qtbot, d.attempt()) is False
    assert d.error.isVisible() and d.error.text().startswith(message)
    assert d.dialog.isVisible()
    assert memory_keyring.store == {}


def test_an_unreachable_server_is_explained(server, qtbot, qasync_loop, memory_keyring) -> None:
    session = SessionManager(SecretStore(), api_timeout=2)
    d = dialog_for(server, session, qtbot, "tutor@demo.astegni.et", "demo-tutor")
    server.stop()
    assert run(qasync_loop, qtbot, d.attempt()) is False
    assert "Can't reach" in d.error.text()


def test_signing_in_keeps_tokens_only_in_the_keyring(
    server, qtbot, qasync_loop, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    session = SessionManager(SecretStore())
    d = dialog_for(server, session, qtbot, "tutor@demo.astegni.et", "demo-tutor")
    qtbot.mouseClick(d.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.result is not None, timeout=10_000)
    account = d.result
    assert account is not None and account.tutor_profile_id == 100
    key = account_key(server.url, "tutor@demo.astegni.et")
    stored = json.loads(memory_keyring.store[(SERVICE, key)])
    assert stored["refresh_token"] and stored["access_token"]
    assert "tutor@demo" not in key  # the key names no person
    # a refresh rotates the tokens, and the keyring follows
    server.set_faults("rate=1,kinds=401,limit=1,path=/api/me")
    assert session.api is not None
    run(qasync_loop, qtbot, session.api.me())
    assert json.loads(memory_keyring.store[(SERVICE, key)])["refresh_token"] != stored["refresh_token"]
    # a new run resumes from the keyring alone
    again = SessionManager(SecretStore())
    resumed = again.resume(key)
    assert resumed is not None and again.api is not None
    assert run(qasync_loop, qtbot, again.api.me()).id == account.user_id
    # signing out calls logout (every refresh token revoked) and forgets the secret
    old_refresh = json.loads(memory_keyring.store[(SERVICE, key)])["refresh_token"]
    run(qasync_loop, qtbot, again.sign_out())
    assert (SERVICE, key) not in memory_keyring.store
    assert httpx.post(f"{server.url}/api/refresh", json={"refresh_token": old_refresh}).status_code == 401
    run(qasync_loop, qtbot, session.api.aclose())


def test_without_a_keyring_the_tutor_chooses_this_run_only(
    server, qtbot, qasync_loop, no_keyring, tmp_path: Path
) -> None:
    session = SessionManager(SecretStore())
    d = dialog_for(server, session, qtbot, "tutor@demo.astegni.et", "demo-tutor")
    assert d.note.isVisible() and "no secure password storage" in d.note.text()
    assert d.sign_in_button.text() == "Sign in for this session"
    assert run(qasync_loop, qtbot, d.attempt()) is True
    assert session.remembers is False
    assert session.api is not None and session.api.tokens is not None
    assert not any(tmp_path.rglob("*keyring*"))
    run(qasync_loop, qtbot, session.api.aclose())
