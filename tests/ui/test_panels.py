"""Clicking through Requested Sessions and My Students as a tutor would, against the dev server."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt

from astegni_desktop.dialogs.problems import ProblemsDialog
from astegni_desktop.dialogs.reject import RejectDialog
from astegni_desktop.mainwindow import NavBadges
from astegni_desktop.panels.requests import ID_ROLE
from astegni_desktop.sync import Connectivity
from tests.helpers.api import tutor

from .conftest import TutorApp

pytestmark = pytest.mark.gui


def visible_ids(app: TutorApp) -> list[int]:
    proxy = app.window.requests.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def server_status(app: TutorApp, request_id: int) -> str:
    s = tutor(app.server.url)
    try:
        return str(s.http.get(f"/api/session-requests/tutor/{request_id}").json()["status"])
    finally:
        s.close()


def test_filters_counts_search_and_badge(tutor_app: TutorApp, qtbot) -> None:
    panel = tutor_app.window.requests
    assert panel.filter_buttons["pending"].text() == "Pending  6"
    assert len(visible_ids(tutor_app)) == 6
    qtbot.mouseClick(panel.filter_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert len(visible_ids(tutor_app)) == 9
    qtbot.mouseClick(panel.filter_buttons["all"], Qt.MouseButton.LeftButton)
    assert len(visible_ids(tutor_app)) == 18
    qtbot.keyClicks(panel.search, "calculus")
    names = {panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())}
    assert names and all(
        panel.store.request(i).model.package_name == "University Calculus I"  # type: ignore[union-attr]
        for i in visible_ids(tutor_app)
    )
    panel.search.clear()
    assert tutor_app.window.nav.item(0).data(NavBadges.COUNT) == 6
    panel.set_filter("pending")
    panel.table.selectRow(0)
    assert tutor_app.window.nav.item(0).data(NavBadges.COUNT) == 5  # opening a request marks it read


def test_accept_offline_queues_and_delivers_when_the_server_returns(tutor_app: TutorApp, qtbot) -> None:
    panel = tutor_app.window.requests
    target = next(v for v in tutor_app.store.requests() if v.model.schedule_type == "specific_dates")
    tutor_app.server.stop()
    assert panel.select(target.id)
    assert panel.detail.name.text() == "Mahlet Assefa"
    assert panel.detail.facts.values()["Offer"] == "280 ETB per hour (counter-offer; the package is 300 ETB)"
    qtbot.mouseClick(panel.detail.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tutor_app.engine.connectivity is Connectivity.OFFLINE, timeout=5000)
    assert "saved on this computer" in panel.detail.state.text()
    assert tutor_app.store.pending_count() == 1
    qtbot.waitUntil(lambda: "1 action waiting" in tutor_app.window.queue_text.text(), timeout=3000)
    assert "Offline" in tutor_app.window.conn_text.text()
    assert panel.filter_buttons["accepted"].text() == "Accepted  10"
    tutor_app.server.start()
    qtbot.mouseClick(tutor_app.window.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tutor_app.store.pending_count() == 0, timeout=10_000)
    assert server_status(tutor_app, target.id) == "accepted"
    qtbot.waitUntil(lambda: tutor_app.window.students.model.rowCount() == 10, timeout=10_000)
    tutor_app.window.nav.setCurrentRow(1)
    assert tutor_app.window.students.select(target.model.requested_to_id or 0)
    assert tutor_app.window.students.detail.name.text() == "Mahlet Assefa"
    assert tutor_app.window.conn_text.text() == "Online"


def test_reject_with_a_preset_reason(tutor_app: TutorApp, qtbot) -> None:
    panel = tutor_app.window.requests

    def choose_reason(parent, view):  # the real dialog, filled in as a tutor would
        dialog = RejectDialog(parent, view)
        dialog.presets.setCurrentIndex(1)
        assert dialog.reject_button.isEnabled()
        return dialog.text()

    panel.reject_dialog = choose_reason
    target = next(v for v in tutor_app.store.requests() if v.status == "pending" and v.model.package_id)
    panel.select(target.id)
    qtbot.mouseClick(panel.detail.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: server_status(tutor_app, target.id) == "rejected", timeout=10_000)
    s = tutor(tutor_app.server.url)
    detail = s.http.get(f"/api/session-requests/tutor/{target.id}").json()
    assert detail["rejected_reason"] == "My schedule is full at the times you asked for."


def test_a_request_without_a_package_offers_only_reject(tutor_app: TutorApp) -> None:
    panel = tutor_app.window.requests
    target = next(v for v in tutor_app.store.requests() if v.model.package_id is None)
    panel.select(target.id)
    assert not panel.detail.accept_button.isEnabled()
    assert panel.detail.reject_button.isEnabled()
    assert panel.detail.note.isVisible() and "no package" in panel.detail.note.text()
    assert panel.detail.schedule.text() == "Weekday evenings after 6 pm"


def test_new_requests_raise_a_notification_and_the_badge(tutor_app: TutorApp, qtbot) -> None:
    login = httpx.post(
        f"{tutor_app.server.url}/api/login",
        data={"username": "student@demo.astegni.et", "password": "demo-student"},
    ).json()
    r = httpx.post(
        f"{tutor_app.server.url}/api/session-requests",
        json={"tutor_id": 100, "package_id": 803},
        headers={"Authorization": f"Bearer {login['access_token']}"},
    )
    assert r.status_code == 200
    tutor_app.window.sync_now()
    qtbot.waitUntil(lambda: bool(tutor_app.window.notifications), timeout=10_000)
    assert tutor_app.window.notifications == [
        "New session request: Hanna Tesfaye would like lessons with you."
    ]
    assert tutor_app.window.nav.item(0).data(NavBadges.COUNT) == 7


def test_my_students_opens_details_and_lessons(tutor_app: TutorApp, qtbot) -> None:
    window = tutor_app.window
    window.nav.setCurrentRow(1)
    panel = window.students
    assert panel.model.rowCount() == 9
    qtbot.keyClicks(panel.search, "hanna")
    assert panel.proxy.rowCount() == 1
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.detail.lessons.rowCount() > 0, timeout=10_000)
    assert panel.detail.name.text() == "Hanna Tesfaye"
    assert panel.detail.stat_done.value.text().isdigit()
    assert panel.detail.package.values()["Rate"] == "280 ETB per hour (the package is 300 ETB)"
    # offline, the same student opens instantly from the cache
    tutor_app.server.stop()
    panel.search.clear()
    panel.table.selectRow(1)
    panel.table.selectRow(
        panel.proxy.mapFromSource(
            panel.model.index(
                next(i for i, r in enumerate(panel.model.rows) if r.model.student_name == "Hanna Tesfaye"), 0
            )
        ).row()
    )
    assert panel.detail.name.text() == "Hanna Tesfaye"
    assert panel.detail.lessons.rowCount() > 0


def test_refused_actions_can_be_undone_from_sync_problems(tutor_app: TutorApp, qtbot) -> None:
    target = next(v for v in tutor_app.store.requests() if v.status == "pending" and v.model.package_id)
    tutor(tutor_app.server.url).http.patch(
        f"/api/session-requests/tutor/{target.id}",
        json={"status": "rejected", "rejected_reason": "on the website"},
    )
    tutor_app.window.requests.accept(target.id)
    qtbot.waitUntil(tutor_app.window.problems_button.isVisible, timeout=10_000)
    assert tutor_app.window.problems_button.text() == "1 sync problem"
    dialog = ProblemsDialog(
        tutor_app.window, tutor_app.store, tutor_app.engine, tutor_app.window.requests.reload
    )
    qtbot.addWidget(dialog)
    assert "already rejected" in dialog.failed.item(0).text()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tutor_app.store.request(target.id).status == "rejected",  # type: ignore[union-attr]
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not tutor_app.window.problems_button.isVisible(), timeout=5000)


def test_window_geometry_is_remembered_without_personal_data(tutor_app: TutorApp) -> None:
    tutor_app.window.resize(1111, 777)
    tutor_app.window.remember_geometry()
    text = tutor_app.settings_path.read_text()
    assert "window_geometry" in text and "tutor@demo" not in text and "token" not in text.lower()
