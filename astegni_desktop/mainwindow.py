"""The main window: navigation, panels, the sync status area, the account menu.

It paints before the cache's Store, the sync engine and the HTTP stack are imported (~0.8 s): built without
them, it shows the sidebar, the status bar and the requests list from a quick read of the cache
(`cache_peek`), and `attach` gives its panels the Store and the engine when they are ready. Only PySide6, the
standard library and light modules of ours are imported here at the top; the rest where first used."""

from __future__ import annotations

import base64
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from . import accessible, theme
from . import format as fmt
from .calendar.labels import set_display
from .diagnostics import default_log_dir, spawn
from .i18n import QT_TRANSLATE_NOOP
from .panels.requests import RequestsPanel
from .settings import Settings
from .sync_status import Connectivity, SyncStatus
from .theme import apply_theme
from .ui_support import confirm, icon, inform, plain_label

if TYPE_CHECKING:
    import asyncio

    from .cache_peek import Peek
    from .calendar.reminders import Reminder
    from .calls.model import CallConfig
    from .lesson_service import LessonService
    from .panels.schedule import SchedulePanel
    from .panels.students import StudentsPanel
    from .panels.whiteboard import WhiteboardPanel
    from .session import Account
    from .store import RequestView, Store
    from .sync import SyncEngine
    from .sync.qtbridge import SyncBridge

NAV = (  # names marked for translation here, translated where shown (self.tr)
    ("requests", QT_TRANSLATE_NOOP("MainWindow", "Requested Sessions"), "inbox"),
    ("students", QT_TRANSLATE_NOOP("MainWindow", "My Students"), "students"),
    ("schedule", QT_TRANSLATE_NOOP("MainWindow", "Schedule"), "calendar"),
    ("whiteboard", QT_TRANSLATE_NOOP("MainWindow", "Whiteboard"), "pen"),
)


class MainWindow(QMainWindow):
    signOutRequested = Signal()
    settingsChanged = Signal()
    closed = Signal()  # really closed (Quit, or "keep running in the tray" off): the app ends

    def __init__(
        self,
        account: Account,
        store: Store | None,
        engine: SyncEngine | None,
        bridge: SyncBridge | None,
        settings: Settings,
        save_settings: Callable[[], None],
        log_folder: Path | None = None,
        cached: Peek | None = None,
    ) -> None:
        """Without store, engine and bridge: the window as it first paints, with the `cached` rows, until
        `attach` (nothing reaches the tutor's input in between: the app imports and opens the cache)."""
        super().__init__()
        self.log_folder = log_folder or default_log_dir()
        self.account = account
        self.store: Store  # these three from `attach`
        self.engine: SyncEngine
        self.students: StudentsPanel
        self.schedule: SchedulePanel
        self.attached = False
        self.settings = settings
        self.save_settings = save_settings
        self.notifications: list[str] = []
        self._tasks: set[asyncio.Future[Any]] = set()
        self.status = SyncStatus(
            Connectivity.UNKNOWN,
            False,
            cached.pending if cached else 0,
            cached.failed if cached else 0,
            cached.last_sync if cached else None,
        )  # as the engine's first status says it
        self.setWindowTitle("Astegni Desktop")
        self.setWindowIcon(icon("app", "brand"))
        self.setMinimumSize(QSize(960, 600))
        set_display(settings.calendar_display)  # dates in requests, students and reminders follow it too
        self.requests = RequestsPanel(None, _ask_reason)
        self._slots = {"students": QWidget(), "schedule": QWidget()}  # their panels come with `attach`
        self._whiteboard: WhiteboardPanel | None = None  # built when first opened (numpy, canvas: ~0.3 s)
        self._whiteboard_slot = QWidget()
        self.requests.unreadChanged.connect(self._set_badge)
        self.lesson_service: LessonService | None = None  # built with the whiteboard panel
        self._build_shell()
        self._build_status_bar()
        self._build_menus()
        theme.notifier().changed.connect(self._refresh_status_text)  # its icon is a pixmap of the theme
        self.tray: QSystemTrayIcon | None = None
        self._quitting = False
        self._told_about_tray = False
        self._restore_geometry()
        self._on_status(self.status)
        if cached is not None:
            self.requests.show_cached(cached)
        self._held = HoldInput(self)  # until `attach`: a click or key then would reach panels without data
        if store is not None and engine is not None and bridge is not None:
            self.attach(store, engine, bridge)

    def attach(self, store: Store, engine: SyncEngine, bridge: SyncBridge) -> None:
        """The cache is open and the engine built: the panels read the Store from now on (the rows painted
        from the quick read are read again, the same rows), and the calendar, the tray and sync start."""
        from .panels.schedule import SchedulePanel  # noqa: PLC0415
        from .panels.students import StudentsPanel  # noqa: PLC0415

        self.store = store
        self.engine = engine
        self.attached = True
        self._held.release()
        self.requests.attach(store)
        self.students = StudentsPanel(store)
        self.schedule = SchedulePanel(store, self.settings.calendar_display)
        for panel, key in ((self.students, "students"), (self.schedule, "schedule")):
            slot = self._slots.pop(key)
            index = self.stack.indexOf(slot)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self.stack.insertWidget(index, panel)
        self.schedule.changed.connect(engine.kick)
        self.schedule.modeChanged.connect(self._calendar_mode_changed)
        self.requests.changed.connect(engine.kick)
        self.students.studentOpened.connect(self._fetch_student)
        self.students.lessonRequested.connect(self.start_lesson_with)
        bridge.statusChanged.connect(self._on_status)
        bridge.dataChanged.connect(self._on_data)
        bridge.newRequests.connect(self._on_new_requests)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app", "brand"), self)
            self.tray.setToolTip("Astegni Desktop")
            menu = QMenu(self)
            menu.addAction(self.tr("Open Astegni Desktop"), self.bring_to_front)
            menu.addSeparator()
            menu.addAction(self.tr("Quit"), self.quit)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(
                lambda reason: (
                    self.bring_to_front() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
                )
            )
            self.tray.show()
        self._reminder_timer = QTimer(self)
        self._reminder_timer.timeout.connect(self.check_reminders)
        self._reminder_timer.start(20_000)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # pull every minute only while the tutor is using the app
            app.applicationStateChanged.connect(
                lambda state: engine.set_focused(state == Qt.ApplicationState.ApplicationActive)
            )
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._refresh_status_text)
        self._tick.start(30_000)
        self._restore_splitter("students", self.students.splitter)
        self._on_status(engine.status())
        QTimer.singleShot(0, self._after_first_paint)

    def set_account(self, account: Account) -> None:
        """The signed-in account, once the keyring has confirmed the one the window painted for."""
        self.account = account
        self.brand_sub.setText(fmt.one_line(account.display_name, 60))
        self.who_action.setText(self.tr("Signed in as {name}").format(name=account.display_name))

    def _after_first_paint(self) -> None:
        """Work the first screen does not need: the calendar (and its reminders) loads right after."""
        self.schedule.reload()
        self.check_reminders()
        # a reminder whose start has passed can never be due again: its record can go
        cutoff = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=30)  # fired_at is naive UTC
        self.store.calendar.forget_fired_before(cutoff.isoformat())

    # -- layout -------------------------------------------------------------------------------------------

    def _build_shell(self) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        sidebar = QWidget()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(232)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 8, 0, 12)
        brand = plain_label("Astegni")
        brand.setObjectName("Brand")
        sub = self.brand_sub = plain_label(fmt.one_line(self.account.display_name, 60))
        sub.setObjectName("BrandSub")
        self.nav = QListWidget()
        accessible.name_view(self.nav, self.tr("Sections"), self.tr("Ctrl+1 to Ctrl+4 open a section"))
        self.nav.setObjectName("Nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setItemDelegate(NavBadges(self.nav))
        for key, name, icon_name in NAV:
            item = QListWidgetItem(icon(icon_name, "nav_icon"), self.tr(name))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(200, 42))
            self.nav.addItem(item)
        side.addWidget(brand)
        side.addWidget(sub)
        side.addWidget(self.nav, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.requests)
        self.stack.addWidget(self._slots["students"])
        self.stack.addWidget(self._slots["schedule"])
        self.stack.addWidget(self._whiteboard_slot)
        self.nav.currentRowChanged.connect(self._show_panel)
        # a screen reader chooses a section by selecting it (AT-SPI Selection), not by moving the current row
        self.nav.itemSelectionChanged.connect(self._nav_selected)
        self.nav.setCurrentRow(0)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def open_section(self, row: int) -> None:
        """Ctrl+1…4: the section opens with the keyboard in its main view, where the arrows work at once."""
        self.nav.setCurrentRow(row)
        key = NAV[row][0]
        if key == "requests":
            self.requests.table.setFocus()
        elif key == "students":
            self.students.table.setFocus()
        elif key == "schedule":
            self.schedule.views[self.schedule.current].setFocus()
        elif key == "whiteboard":
            board = self.whiteboard
            (board.editor.canvas if board.editor.board is not None else board.list).setFocus()

    def _nav_selected(self) -> None:
        rows = [self.nav.row(item) for item in self.nav.selectedItems()]
        if rows and rows[0] != self.nav.currentRow():
            self.nav.setCurrentRow(rows[0])

    def _show_panel(self, row: int) -> None:
        if NAV[row][0] == "whiteboard":
            _ = self.whiteboard
        self.stack.setCurrentIndex(row)

    @property
    def whiteboard(self) -> WhiteboardPanel:
        if self._whiteboard is None:
            from .lesson_service import LessonService  # noqa: PLC0415
            from .panels.whiteboard import WhiteboardPanel  # noqa: PLC0415

            self.lesson_service = LessonService(self.store, self.engine, self.account)
            self._whiteboard = WhiteboardPanel(self.store.boards, self.store, self.lesson_service)
            self._whiteboard.notifyRequested.connect(
                lambda title, body: self.notify(title, body, 10_000, 15_000)
            )
            self._whiteboard.callSettingsRequested.connect(self._call_settings)
            self.lesson_service.calls.configure(self._call_config())
            index = self.stack.indexOf(self._whiteboard_slot)
            self.stack.removeWidget(self._whiteboard_slot)
            self._whiteboard_slot.deleteLater()
            self.stack.insertWidget(index, self._whiteboard)
        return self._whiteboard

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.conn_icon = plain_label()
        self.conn_text = plain_label()
        self.queue_text = plain_label()
        self.sync_text = plain_label()
        self.problems_button = QPushButton(icon("alert", "danger_icon"), "")
        self.problems_button.setFlat(True)
        self.problems_button.clicked.connect(self.show_problems)
        self.sync_button = QPushButton(icon("refresh", "tool_icon"), self.tr("Sync now"))
        self.sync_button.setFlat(True)
        self.sync_button.setToolTip(self.tr("Sync now (F5)"))
        self.sync_button.clicked.connect(self.sync_now)
        bar.addWidget(self.conn_icon)
        bar.addWidget(self.conn_text)
        bar.addWidget(self.queue_text)
        bar.addPermanentWidget(self.problems_button)
        bar.addPermanentWidget(self.sync_text)
        bar.addPermanentWidget(self.sync_button)

    def _build_menus(self) -> None:
        account = self.menuBar().addMenu(self.tr("&Account"))
        who = self.who_action = QAction(
            self.tr("Signed in as {name}").format(name=self.account.display_name), self
        )
        who.setEnabled(False)
        account.addAction(who)
        account.addSeparator()
        self.sync_action = QAction(icon("refresh"), self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync_now)
        account.addAction(self.sync_action)
        problems = QAction(self.tr("Sync &problems…"), self)
        problems.triggered.connect(self.show_problems)
        account.addAction(problems)
        settings = QAction(self.tr("Se&ttings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self._general_settings)
        account.addAction(settings)
        account.addSeparator()
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.triggered.connect(self._confirm_sign_out)
        account.addAction(sign_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit)
        account.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for i, (_key, label, _icon) in enumerate(NAV):
            action = QAction(self.tr(label), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.open_section(row))
            view.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Astegni Desktop"), self)
        about.triggered.connect(
            lambda: inform(
                self,
                "Astegni Desktop",
                self.tr(
                    "Astegni Desktop 0.1\nThe tutor's desktop app for Astegni.\n\nServer: {server}"
                ).format(server=self.account.server_url),
            )
        )
        help_menu.addAction(about)
        logs = QAction(self.tr("Open &log folder"), self)
        logs.setToolTip(str(self.log_folder))
        logs.triggered.connect(self.open_log_folder)
        help_menu.addAction(logs)

    def open_log_folder(self) -> None:
        from .dialogs.error import open_folder  # noqa: PLC0415

        if not open_folder(self.log_folder):
            inform(
                self,
                self.tr("Log folder"),
                self.tr("The log files are in\n{folder}").format(folder=self.log_folder),
            )

    # -- sync status --------------------------------------------------------------------------------------

    def _on_status(self, status: SyncStatus) -> None:
        self.status = status
        if self.attached:
            self.students.online = status.connectivity is not Connectivity.OFFLINE
        self._refresh_status_text()

    def _refresh_status_text(self) -> None:
        s = self.status
        if s.syncing:
            colour, text = "tool_icon", self.tr("Syncing…")
        elif s.connectivity is Connectivity.OFFLINE:
            colour, text = "warn_icon", self.tr("Offline: your changes are saved on this computer")
        elif s.connectivity is Connectivity.SIGNED_OUT:
            colour, text = "danger_icon", self.tr("Signed out: sign in to sync")
        elif s.connectivity is Connectivity.ONLINE:
            colour, text = "good_icon", self.tr("Online")
        else:
            colour, text = "muted_icon", self.tr("Connecting…")
        self.conn_icon.setPixmap(
            icon("cloud-off" if s.connectivity is Connectivity.OFFLINE else "cloud", colour).pixmap(16, 16)
        )
        self.conn_text.setText(text)
        self.queue_text.setText(self.tr("· %n action(s) waiting to sync", "", s.pending) if s.pending else "")
        self.sync_text.setText(
            self.tr("Last synced {when}").format(when=fmt.relative(s.last_sync.replace(tzinfo=UTC)))
            if s.last_sync
            else self.tr("Not synced yet")
        )
        if s.connectivity is Connectivity.OFFLINE:
            fresh = (
                self.tr("Offline · showing the copy on this computer from {when}").format(
                    when=fmt.relative(s.last_sync.replace(tzinfo=UTC))
                )
                if s.last_sync
                else self.tr("Offline · showing the copy on this computer")
            )
        elif s.last_sync:
            fresh = self.tr("Updated {when}").format(when=fmt.relative(s.last_sync.replace(tzinfo=UTC)))
        else:
            fresh = self.tr("Not synced yet: showing the copy on this computer")
        if self.attached:
            self.schedule.set_freshness(fresh)
        self.problems_button.setText(self.tr("%n sync problem(s)", "", s.failed))
        self.problems_button.setVisible(s.failed > 0)

    def _on_data(self, what: frozenset[str]) -> None:
        if "requests" in what:
            self.requests.reload()
        elif "lessons" in what:
            self.requests.refresh_shown()  # its note counts the lessons the app is still adding (D6)
        if "students" in what:
            self.students.reload()
        if "lessons" in what or "schedules" in what:
            self.schedule.reload()
            self.check_reminders()
        if self._whiteboard is not None and ("boards" in what or "whiteboard" in what or "students" in what):
            self._whiteboard.data_changed()
        for key in what:
            if key.startswith("student:"):
                self.students.refresh_student(int(key.split(":", 1)[1]))

    def start_lesson_with(self, student_profile_id: int, name: str) -> None:
        """From My Students: a new board for a lesson with this student, opened on the Whiteboard."""
        panel = self.whiteboard
        self.nav.setCurrentRow(next(i for i, n in enumerate(NAV) if n[0] == "whiteboard"))
        first = name.split(" ", maxsplit=1)[0]
        title = self.tr("Lesson with {name}").format(name=first)
        panel.new_board(title)
        panel.start_lesson((student_profile_id, name, title))

    def _on_new_requests(self, request_ids: list[int]) -> None:
        names = [
            v.model.requested_to_name or self.tr("A student")
            for v in self.store.requests()
            if v.id in request_ids
        ]
        if not names:
            return
        title = self.tr("%n new session request(s)", "", len(names))
        names = [fmt.one_line(n, 60) for n in names[:3]]
        body = (
            self.tr("{name} would like lessons with you.").format(name=names[0])
            if len(names) == 1
            else ", ".join(names)
        )
        self.notify(title, body, 8000, 10_000)
        QApplication.alert(self)

    # -- reminders (the server never sends them: CONTRACT.md §5) ---------------------------------------------

    def check_reminders(self, now: datetime | None = None) -> list[Reminder]:
        """Show each due reminder once: the store remembers it, so a restart does not repeat it."""
        from .calendar.reminders import due  # noqa: PLC0415

        now = now or datetime.now()
        candidates = due(
            self.schedule.entries_between(now, now + timedelta(days=7, minutes=1)),
            now,
            mode=self.schedule.mode,
        )
        if not candidates:
            return []
        shown = self.store.calendar.fired(r.key for r in candidates)
        fresh = [r for r in candidates if r.key not in shown]
        if not fresh:
            return []
        self.store.calendar.mark_fired(r.key for r in fresh)
        for r in fresh:
            self.notify(r.title, r.body, 15_000, 30_000, reminder=True)
        QApplication.alert(self)
        return fresh

    def notify(self, title: str, body: str, tray_ms: int, status_ms: int, reminder: bool = False) -> None:
        """Tell the tutor in the tray and the status bar, as one short line of plain text each. The desktop's
        notification server may read `<` as markup, so text from outside reaches it without angle brackets."""
        title, body = fmt.one_line(title, 120), fmt.one_line(body, 300)
        self.notifications.append(f"{title}: {body}")
        if self.tray is not None:
            shown = body.replace("<", "‹").replace(">", "›").replace("&", "＆")
            self.tray.showMessage(title, shown, QSystemTrayIcon.MessageIcon.Information, tray_ms)
        self.statusBar().showMessage(f"⏰ {title} · {body}" if reminder else f"{title}: {body}", status_ms)

    def _calendar_mode_changed(self, mode: str) -> None:
        self.settings.calendar_display = mode
        set_display(mode)
        self.save_settings()

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        self._quitting = True
        self.close()

    def _set_badge(self, unread: int) -> None:
        item = self.nav.item(0)
        item.setData(NavBadges.COUNT, unread)
        item.setToolTip(self.tr("%n new request(s) not opened yet", "", unread) if unread else "")

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        spawn(work, self._tasks)

    def _fetch_student(self, student_profile_id: int) -> None:
        self._spawn(self.engine.fetch_student(student_profile_id))

    # -- actions ------------------------------------------------------------------------------------------

    def sync_now(self) -> None:
        self._spawn(self.engine.sync_now())

    def show_problems(self) -> None:
        from .dialogs.problems import ProblemsDialog  # noqa: PLC0415

        ProblemsDialog(self, self.store, self.engine, self.requests.reload).exec()

    def show_settings(self, page: str = "general") -> None:
        from .dialogs.settings import SettingsDialog  # noqa: PLC0415

        dialog = SettingsDialog(self, self.settings, self.account.server_url, page)
        if dialog.dialog.exec():
            self.save_settings()
            if self.lesson_service is not None:
                self.lesson_service.calls.configure(self._call_config())
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.theme)
            if self.attached:
                self.schedule.set_mode(self.settings.calendar_display)
            self.settingsChanged.emit()

    def _call_config(self) -> CallConfig:
        from .calls.qt import call_config  # noqa: PLC0415

        return call_config(self.settings)

    def _general_settings(self) -> None:
        self.show_settings("general")

    def _call_settings(self) -> None:
        self.show_settings("calls")  # the lesson bar's ⚙: the same Settings, on its Calls page

    def _confirm_sign_out(self) -> None:
        waiting = self.store.pending_count()
        text = self.tr("Sign out of Astegni Desktop?")
        if waiting:
            text += "\n\n" + self.tr(
                "%n action(s) have not reached Astegni yet. They stay on this computer and are sent the next "
                "time you sign in with this account.",
                "",
                waiting,
            )
        if confirm(self, self.tr("Sign out"), text):
            self.signOutRequested.emit()

    # -- geometry -----------------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
        else:
            self.resize(1280, 800)
        self._restore_splitter("requests", self.requests.splitter)

    def _restore_splitter(self, name: str, splitter: QSplitter) -> None:
        state = self.settings.splitters.get(name)
        if state:
            splitter.restoreState(QByteArray(base64.b64decode(state)))

    def remember_geometry(self) -> None:
        self.settings.window_geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        splitters = [("requests", self.requests.splitter)]
        if self.attached:
            splitters.append(("students", self.students.splitter))
        for name, splitter in splitters:
            self.settings.splitters[name] = base64.b64encode(bytes(splitter.saveState().data())).decode()
        self.save_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_geometry()
        if self.tray is not None and self.settings.close_to_tray and not self._quitting:
            event.ignore()  # keep running in the tray: lesson reminders still come
            self.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.tray.showMessage(
                    self.tr("Astegni Desktop is still running"),
                    self.tr("Lesson reminders keep coming. Choose Quit from this icon's menu to close it."),
                    QSystemTrayIcon.MessageIcon.Information,
                    6000,
                )
            return
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def _ask_reason(parent: QWidget | None, view: RequestView) -> str | None:
    from .dialogs.reject import ask_reason  # noqa: PLC0415

    return ask_reason(parent, view)


class HoldInput(QObject):
    """Drops the tutor's clicks and keys to a window that is not attached yet (it paints, but its panels have
    no Store: the app is importing and opening the cache, the moment a start takes anyway)."""

    INPUT = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.Shortcut,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Wheel,
            QEvent.Type.ContextMenu,
        }
    )

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.app = QApplication.instance()
        if self.app is not None:
            self.app.installEventFilter(self)

    def release(self) -> None:
        if self.app is not None:
            self.app.removeEventFilter(self)
            self.app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self.INPUT:
            return False
        if isinstance(watched, QWidget):
            return watched.window() is self.window
        node: QObject | None = watched  # an action's or shortcut's Shortcut event
        while node is not None and node is not self.window:
            node = node.parent()
        return node is self.window


class NavBadges(QStyledItemDelegate):
    """A sidebar item's count as a pill in its right padding (the stylesheet leaves 34 px there), so the
    count never elides the name ("Requested Sessions   6" did)."""

    COUNT = Qt.ItemDataRole.UserRole + 1

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(self.COUNT)
        if not count:
            return
        text = str(count) if count < 100 else "99+"
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 2))
        font.setBold(True)
        width = max(20, QFontMetrics(font).horizontalAdvance(text) + 10)
        rect: QRect = option.rect
        pill = QRectF(rect.right() - 12 - width, rect.center().y() - 9, width, 18)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fill, ink = theme.current().pills["pending"]
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(pill, 9, 9)
        painter.setPen(QColor(ink))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
