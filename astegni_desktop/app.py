"""Composition root: settings, session, store, sync engine and windows on one qasync event loop.

Start-up order: one copy per data folder (`instance`), logs, language and theme; then, for a tutor who was
signed in, the main window paints from a quick read of the cache (`cache_peek`) before anything heavy is
imported (SQLAlchemy, pydantic, httpx, Alembic, keyring: ~0.8 s); then the keyring resumes the session, the
Store opens (migrating if due) and the window's panels take it over (`MainWindow.attach`). Without a session
the sign-in dialog comes first, and the window after it."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from . import fonts, i18n
from .credentials import MemorySecretStore, SecretStore
from .diagnostics import Diagnostics, default_log_dir, set_current, spawn
from .instance import SingleInstance
from .session import Account, SessionManager, SignInError
from .settings import Settings
from .theme import apply_theme
from .ui_support import icon, message, warn

if TYPE_CHECKING:
    import asyncio

    from astegni_devserver.runner import DevServer

    from .dialogs.error import ErrorReporter
    from .dialogs.signin import SignInDialog
    from .mainwindow import MainWindow
    from .store import Store
    from .sync import SyncEngine
    from .sync.qtbridge import SyncBridge

log = logging.getLogger("astegni_desktop")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir  # noqa: PLC0415

    return Path(user_data_dir("Astegni Desktop", "Astegni"))


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="astegni-desktop", description="The Astegni tutor desktop app.")
    p.add_argument(
        "--demo",
        action="store_true",
        help="start a local demo server with sample data and sign in as the demo tutor",
    )
    p.add_argument("--server", help="Astegni server address (default: the one in settings)")
    p.add_argument("--data-dir", type=Path, help="where the cache and settings live")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="start the demo, open the main window, sync once, print a summary and exit",
    )
    p.add_argument(
        "--deployed-defects",
        action="store_true",
        help="with --demo: make the demo server behave like the deployed one (CONTRACT.md §10)",
    )
    p.add_argument(
        "--demo-same-ids",
        action="store_true",
        help="with --demo: the demo student's profile id is the demo tutor's user id (CONTRACT.md §13)",
    )
    return p.parse_args(argv)


class DesktopApp:
    """Owns every long-lived object; one instance per process."""

    def __init__(self, qapp: QApplication, args: argparse.Namespace) -> None:
        self.qapp = qapp
        self.args = args
        self.demo = bool(args.demo or args.self_test)
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        if self.demo and args.data_dir is None:
            self._temp = tempfile.TemporaryDirectory(prefix="astegni-demo-")
            self.data_dir = Path(self._temp.name) / "data"
        else:
            self.data_dir = args.data_dir or default_data_dir()
        self.settings_path = self.data_dir / "settings.json"
        self.settings = Settings.load(self.settings_path)
        if args.server:
            self.settings.server_url = args.server
        self.session = SessionManager(MemorySecretStore() if self.demo else SecretStore())
        self.devserver: DevServer | None = None
        self.store: Store | None = None
        self.engine: SyncEngine | None = None
        self.bridge: SyncBridge | None = None
        self.window: MainWindow | None = None
        self.shell: MainWindow | None = None  # painted from the cache, until `open_account` attaches it
        self.signin: SignInDialog | None = None  # the sign-in dialog while it is open
        self._quit: asyncio.Event | None = None
        self._tasks: set[asyncio.Future[object]] = set()
        # with --data-dir everything of a run stays in that folder (tests, several accounts side by side)
        self.log_dir = args.data_dir / "logs" if args.data_dir is not None else default_log_dir()
        self.diagnostics = Diagnostics(self.log_dir)
        self.diagnostics.explain = explain_cache_errors
        self.reporter: ErrorReporter | None = None
        self.instance = SingleInstance(self.data_dir)
        self._started = False

    @property
    def quit(self) -> asyncio.Event:
        """Set when the app should end (Quit). Made on the loop, after the first paint (asyncio: ~50 ms)."""
        if self._quit is None:
            import asyncio  # noqa: PLC0415

            self._quit = asyncio.Event()
        return self._quit

    def save_settings(self) -> None:
        try:
            self.settings.save(self.settings_path)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    # -- start-up ----------------------------------------------------------------------------------------

    def start_demo_server(self) -> str:
        from astegni_devserver.app import ServerOptions  # noqa: PLC0415
        from astegni_devserver.config import ALL_DEFECTS  # noqa: PLC0415
        from astegni_devserver.runner import DevServer  # noqa: PLC0415

        assert self._temp is not None or self.args.data_dir is not None
        db = self.data_dir / "demo-server.db"
        db.parent.mkdir(parents=True, exist_ok=True)
        defects = frozenset(ALL_DEFECTS) if self.args.deployed_defects else frozenset()
        self.devserver = DevServer(
            ServerOptions(
                db_url=f"sqlite:///{db}", seed="demo", defects=defects, same_ids=self.args.demo_same_ids
            )
        ).start()
        # for a second program beside the demo, e.g. the web-student model (python -m tests.student_client)
        log.info("demo server: %s", self.devserver.url)
        print(f"astegni-desktop: demo server at {self.devserver.url}", flush=True)
        return self.devserver.url

    async def sign_in(self, reason: str | None = None, email: str = "") -> Account | None:
        if self.demo:
            from astegni_devserver.seed import DEMO_TUTOR  # noqa: PLC0415

            assert self.devserver is not None
            return await self.session.sign_in(self.devserver.url, *DEMO_TUTOR)
        if reason is None and self.settings.last_account:
            account = self.session.resume(self.settings.last_account)
            if account is not None:
                return account
        self._drop_shell()  # the keyring no longer holds the session: no window before signing in
        from .dialogs.signin import SignInDialog  # noqa: PLC0415

        dialog = SignInDialog(self.session, self.settings.server_url, email, reason=reason)
        self.signin = dialog
        try:
            account = await dialog.run()
        finally:
            self.signin = None
        if account is not None:
            self.settings.server_url = account.server_url
            self.save_settings()
        return account

    def paint_from_cache(self) -> None:
        """The main window as the tutor left it, shown from the cache before the heavy imports, when a
        session is likely to resume (the keyring is asked right after: `sign_in`)."""
        from .cache_peek import peek  # noqa: PLC0415
        from .mainwindow import MainWindow  # noqa: PLC0415

        key = self.settings.last_account
        if self.demo or key is None:
            return
        # No name or email beside the cache (settings hold an account hash only): the name is filled in
        # from the keyring's session when the Store attaches, a moment after this paint.
        account = Account(key, self.settings.server_url, "", 0, None, "")
        cached = peek(account.cache_path(self.data_dir))
        if cached is None:  # no cache, or one the Store must repair first: the window waits for it
            return
        self.shell = MainWindow(
            account,
            None,
            None,
            None,
            self.settings,
            self.save_settings,
            log_folder=self.log_dir,
            cached=cached,
        )
        self.shell.show()

    def _drop_shell(self) -> None:
        if self.shell is not None:
            self.shell.hide()
            self.shell.deleteLater()
            self.shell = None

    async def open_account(self, account: Account) -> None:
        from .mainwindow import MainWindow  # noqa: PLC0415
        from .store import Store  # noqa: PLC0415
        from .sync import SyncEngine  # noqa: PLC0415
        from .sync.qtbridge import SyncBridge  # noqa: PLC0415

        self.settings.last_account = account.key if self.session.remembers else None
        self.save_settings()
        assert self.session.api is not None
        self.store = Store(account.cache_path(self.data_dir))
        self.bridge = SyncBridge()
        self.engine = SyncEngine(self.session.api, self.store, self.bridge)
        if self.shell is not None and self.shell.account.key == account.key:
            self.window, self.shell = self.shell, None
            self.window.set_account(account)
            self.window.attach(self.store, self.engine, self.bridge)
        else:
            self._drop_shell()
            self.window = MainWindow(
                account,
                self.store,
                self.engine,
                self.bridge,
                self.settings,
                self.save_settings,
                log_folder=self.log_dir,
            )
        self.window.signOutRequested.connect(lambda: spawn(self.sign_out(), self._tasks))
        self.window.closed.connect(self.quit.set)  # Quit, or closing it with "keep running in the tray" off
        self.bridge.authExpired.connect(lambda: spawn(self.reauthenticate(), self._tasks))
        self.window.show()
        self._report_cache_repair()
        self.engine.start()

    def _report_cache_repair(self) -> None:
        assert self.store is not None
        report = self.store.open_report
        if report.recovered_from is None:
            if report.notes:  # read-only, or damaged items dropped: said, not hidden
                warn(self.window, i18n.translate("App", "Local data"), "\n\n".join(report.notes))
            return
        text = i18n.translate(
            "App",
            "The local copy of your data was damaged, so it was set aside and is being downloaded again "
            "from Astegni.\n\nThe damaged file was kept as {file}.",
        ).format(file=report.recovered_from.name)
        if report.salvaged_ops:
            text += "\n" + (
                i18n.translate("App", "1 action waiting to sync was recovered and will still be sent.")
                if report.salvaged_ops == 1
                else i18n.translate(
                    "App", "{n} actions waiting to sync were recovered and will still be sent."
                ).format(n=report.salvaged_ops)
            )
        if report.lost_ops:
            text += "\n" + i18n.translate(
                "App",
                "Actions that were waiting to sync could not be read from the damaged file. Please check "
                "your recent accept/reject decisions on Astegni.",
            )
        text += "".join(f"\n{note}" for note in report.notes)
        warn(self.window, i18n.translate("App", "Local data repaired"), text)

    async def reauthenticate(self) -> None:
        if self.engine is None or self.session.account is None or self.signin is not None:
            return  # (a second expiry while the dialog is open asks nothing more)
        ended, previous = self.session.api, self.session.account.key
        account = await self.sign_in(
            reason=i18n.translate("App", "Your session has ended. Sign in again to keep syncing."),
            email=self.session.account.email,
        )
        if account is None or self.session.api is None or self.engine is None:
            return
        if account.key != previous:  # someone else signed in: their own cache and window
            await self.close_account()
            await self.open_account(account)
        else:
            self.engine.api = self.session.api
            self.engine.signed_in_again()
        if ended is not None and ended is not self.session.api:
            await ended.aclose()

    async def sign_out(self) -> None:
        email = self.session.account.email if self.session.account is not None else ""
        await self.close_account()
        await self.session.sign_out()
        self.settings.last_account = None
        self.save_settings()
        account = await self.sign_in(email=email)  # the same tutor, most likely: only the password to type
        if account is None:
            self.quit.set()
            return
        await self.open_account(account)

    async def close_account(self) -> None:
        if self.window is not None and self.window.lesson_service is not None:
            await self.window.lesson_service.stop()
        if self.engine is not None:
            await self.engine.stop()
        if self.window is not None:
            self.window.remember_geometry()
            self.window.hide()
            self.window.deleteLater()
        if self.store is not None:
            self.store.close()
        self.engine = self.store = self.window = None

    # -- one copy per data folder, logs and crash reports --------------------------------------------------

    def claim_data_dir(self) -> bool:
        """True if this copy owns the data folder; otherwise the running copy has been told to come to the
        front (with our command line) and this one should exit."""
        for _ in range(3):
            if self.instance.acquire():
                self.instance.activated.connect(self.bring_to_front)
                return True
            if self.instance.hand_over(sys.argv[1:]):
                log.info("Astegni Desktop already runs on %s: brought it to the front", self.data_dir)
                return False
            # the owner quit meanwhile (its lock is gone or stale): try to take over
        raise OSError(f"another Astegni Desktop holds {self.data_dir} but does not answer")

    def bring_to_front(self, _argv: list[str] | None = None) -> None:
        """A later launch on this data folder: show whatever this copy shows now."""
        if self.signin is not None:
            self.signin.dialog.show()
            self.signin.dialog.raise_()
            self.signin.dialog.activateWindow()
        elif self.window is not None:
            self.window.bring_to_front()
        elif self.shell is not None:
            self.shell.bring_to_front()

    def start_diagnostics(self) -> None:
        from .dialogs.error import ErrorReporter  # noqa: PLC0415

        self.diagnostics.install()
        set_current(self.diagnostics)
        self.reporter = ErrorReporter(self.log_dir)
        self.diagnostics.reporter = self.reporter
        if self.diagnostics.previous_crash is not None:
            self.reporter.offer_crash_report(self.diagnostics.previous_crash)

    def start(self) -> int | None:
        """What comes before the event loop and before anything heavy is imported: this copy claims the data
        folder, logs, language, theme and, for a tutor who stays signed in, the main window from the cache
        (`main` lets it paint). None to go on with `run`; else the exit status."""
        self._started = True
        try:
            if not self.claim_data_dir():
                return 0
        except OSError as exc:
            print(f"astegni-desktop: {exc}", file=sys.stderr)  # the Windows bundle has no console: say it
            message(
                None,
                QMessageBox.Icon.Critical,
                "Astegni Desktop",
                i18n.translate("App", "Astegni Desktop cannot start.\n\n{error}").format(error=exc),
            )
            return 1
        try:
            self.start_diagnostics()
            first_start = not self.settings_path.exists()
            language = i18n.install(self.qapp, self.settings.language, self.data_dir / "translations")
            if first_start:
                self.settings.first_start_defaults(language)
            apply_theme(self.qapp, self.settings.theme)
            self.qapp.setWindowIcon(icon("app", "brand"))
            self.paint_from_cache()
        except BaseException:
            self._stopped()
            raise
        return None

    def _stopped(self) -> None:
        self.diagnostics.uninstall()
        self.instance.release()

    async def run(self) -> int:
        if not self._started:  # (tests run the app on their own loop: `main` calls `start` first)
            status = self.start()
            if status is not None:
                return status
            if self.shell is not None:
                await painted(self.shell.requests.table.viewport())
        try:
            return await self._run()
        finally:
            self._stopped()

    async def _run(self) -> int:
        # Only Quit ends the app (DesktopApp.quit): closing the sign-in dialog must not, although Qt then
        # sees no window left (lastWindowClosed), so nothing here listens to that.
        try:
            if self.demo:
                self.start_demo_server()
            account = await self.sign_in()
        except SignInError as exc:
            print(f"astegni-desktop: {exc}", file=sys.stderr)
            return 2
        if account is None:
            self._drop_shell()
            return 0
        await self.open_account(account)
        if self.args.self_test:
            return await self.self_test()
        await self.quit.wait()
        await self.shutdown()
        return 0

    async def self_test(self) -> int:
        assert self.engine is not None and self.store is not None and self.window is not None
        started = time.monotonic()
        ok = await self.engine.sync_now()
        import asyncio  # noqa: PLC0415

        await asyncio.sleep(0.5)  # let the window repaint from the filled cache
        counts = self.store.counts()
        shown = self.window.requests.model.rowCount()
        schedule = self.window.schedule
        week = schedule.data.days(*schedule.week.range())
        calendar_entries = sum(len(entries) for entries in week.values())
        from .calls.media import self_check  # noqa: PLC0415
        from .calls.process import CallProcess  # noqa: PLC0415

        calls = self_check()
        # and as a call runs: in its child process (this executable started again), answering over the pipe
        child = CallProcess(0, "self-test", lambda _m: None, _NoCallListener())
        in_child = await asyncio.get_running_loop().run_in_executor(None, child.check)
        await asyncio.get_running_loop().run_in_executor(None, child.close)
        calls["call_process"] = bool(in_child) and all(in_child.values())
        passed = (
            all(calls.values())
            and ok
            and counts["requests"] > 0
            and counts["students"] > 0
            and shown == counts["requests"]
            and calendar_entries > 0
        )
        print(
            json.dumps(
                {
                    "self_test": "passed" if passed else "failed",
                    "sync_seconds": round(time.monotonic() - started, 3),
                    "cached": counts,
                    "requests_shown": shown,
                    "calendar_entries_this_week": calendar_entries,
                    "calls": calls,
                    "platform": self.qapp.platformName(),
                }
            )
        )
        await self.shutdown()
        return 0 if passed else 1

    async def shutdown(self) -> None:
        if self.reporter is not None and self.reporter.dialog is not None:
            self.reporter.dialog.close()
        await self.close_account()
        if self.session.api is not None:
            await self.session.api.aclose()
        if self.devserver is not None:
            self.devserver.stop()
        if self._temp is not None:
            self._temp.cleanup()


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__()
        self.then = then
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            self.then()
        return False


def paint_first(widget: QWidget, wait: float = 1.0) -> None:
    """Run Qt's events until `widget` has painted once, before the asyncio loop exists (at most `wait` s: a
    window the platform never exposes, e.g. started minimised, must not hold up the start)."""
    events = QEventLoop()
    watch = _PaintWatch(widget, events.quit)
    QTimer.singleShot(int(wait * 1000), events.quit)
    events.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # they wait for the event loop proper
    widget.removeEventFilter(watch)
    if not watch.seen:
        log.info("the window did not paint within %.1f s; starting anyway", wait)


async def painted(widget: QWidget, wait: float = 1.0) -> None:
    """`paint_first` on a running asyncio loop (a nested Qt loop there would run its tasks re-entrantly)."""
    import asyncio  # noqa: PLC0415

    done = asyncio.get_running_loop().create_future()

    def seen() -> None:
        done.set_result(None)

    watch = _PaintWatch(widget, seen)
    try:
        await asyncio.wait_for(done, wait)
    except TimeoutError:
        log.info("the window did not paint within %.1f s; starting anyway", wait)
    finally:
        widget.removeEventFilter(watch)


def explain_cache_errors(exc: BaseException) -> bool:
    """An action the cache refused (a full or read-only disk) is said in a dialog, not as a crash report."""
    from .store import CacheError  # noqa: PLC0415

    if not isinstance(exc, CacheError):
        return False
    log.warning("the cache refused an action: %s", exc.message)
    warn(QApplication.activeWindow(), i18n.translate("App", "Could not save"), exc.message)
    return True


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # request lines would carry ids, never tokens
    logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl SQLiteImpl" at every start
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Every pen sample counts for ink: never merge tablet events (the canvas repaints once a frame anyway).
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_CompressTabletEvents, False)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Astegni Desktop")
    qapp.setOrganizationName("Astegni")
    qapp.setQuitOnLastWindowClosed(False)
    fonts.install(qapp)  # before any window: Amharic text needs the bundled Ge'ez font on Windows and macOS
    desktop = DesktopApp(qapp, args)
    status = desktop.start()
    if status is not None:
        return status
    if desktop.shell is not None:
        paint_first(desktop.shell.requests.table.viewport())  # the tutor sees it before the imports below
    import asyncio  # noqa: PLC0415

    import qasync  # noqa: PLC0415

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(desktop.diagnostics.loop_exception)
    with loop:
        return int(loop.run_until_complete(desktop.run()))


class _NoCallListener:
    """The self-test's listener: a check, not a call, so there is nothing to show."""

    def call_status(self, status: object) -> None:
        pass

    def call_video(self, who: str, image: object) -> None:
        pass

    def call_quality(self, quality: object) -> None:
        pass

    def missed_calls(self, calls: object) -> None:
        pass
