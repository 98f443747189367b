"""Composition root: settings, session, store, sync engine and windows on one qasync event loop."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .credentials import MemorySecretStore, SecretStore
from .session import Account, SessionManager, SignInError
from .settings import Settings
from .store import Store
from .sync import SyncEngine
from .sync.qtbridge import SyncBridge
from .ui_support import apply_theme, icon, warn

if TYPE_CHECKING:
    from astegni_devserver.runner import DevServer

    from .mainwindow import MainWindow

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
        self.quit = asyncio.Event()

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
            ServerOptions(db_url=f"sqlite:///{db}", seed="demo", defects=defects)
        ).start()
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
        from .dialogs.signin import SignInDialog  # noqa: PLC0415

        dialog = SignInDialog(self.session, self.settings.server_url, email, reason=reason)
        account = await dialog.run()
        if account is not None:
            self.settings.server_url = account.server_url
        return account

    async def open_account(self, account: Account) -> None:
        from .mainwindow import MainWindow  # noqa: PLC0415

        self.settings.last_account = account.key if self.session.remembers else None
        self.save_settings()
        assert self.session.api is not None
        self.store = Store(account.cache_path(self.data_dir))
        self.bridge = SyncBridge()
        self.engine = SyncEngine(self.session.api, self.store, self.bridge)
        self.window = MainWindow(
            account, self.store, self.engine, self.bridge, self.settings, self.save_settings
        )
        self.window.signOutRequested.connect(lambda: asyncio.ensure_future(self.sign_out()))
        self.bridge.authExpired.connect(lambda: asyncio.ensure_future(self.reauthenticate()))
        self.window.show()
        self._report_cache_repair()
        self.engine.start()

    def _report_cache_repair(self) -> None:
        assert self.store is not None
        report = self.store.open_report
        if report.recovered_from is None:
            return
        text = (
            "The local copy of your data was damaged, so it was set aside and is being downloaded again "
            f"from Astegni.\n\nThe damaged file was kept as {report.recovered_from.name}."
        )
        if report.salvaged_ops:
            text += (
                f"\n{report.salvaged_ops} action(s) waiting to sync were recovered and will still be sent."
            )
        if report.lost_ops:
            text += (
                "\nActions that were waiting to sync could not be read from the damaged file. Please check "
                "your recent accept/reject decisions on Astegni."
            )
        warn(self.window, "Local data repaired", text)

    async def reauthenticate(self) -> None:
        if self.engine is None or self.session.account is None:
            return
        account = await self.sign_in(
            reason="Your session has ended. Sign in again to keep syncing.", email=self.session.account.email
        )
        if account is None or self.session.api is None:
            return
        self.engine.api = self.session.api
        self.engine.signed_in_again()

    async def sign_out(self) -> None:
        await self.close_account()
        await self.session.sign_out()
        self.settings.last_account = None
        self.save_settings()
        account = await self.sign_in()
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

    async def run(self) -> int:
        apply_theme(self.qapp, self.settings.theme)
        self.qapp.setWindowIcon(icon("app", "#283593", 64))
        self.qapp.lastWindowClosed.connect(self.quit.set)
        try:
            if self.demo:
                self.start_demo_server()
            account = await self.sign_in()
        except SignInError as exc:
            print(f"astegni-desktop: {exc}", file=sys.stderr)
            return 2
        if account is None:
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
        await asyncio.sleep(0.5)  # let the window repaint from the filled cache
        counts = self.store.counts()
        shown = self.window.requests.model.rowCount()
        schedule = self.window.schedule
        week = schedule.data.days(*schedule.week.range())
        calendar_entries = sum(len(entries) for entries in week.values())
        from .calls.media import self_check  # noqa: PLC0415

        calls = self_check()
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
        await self.close_account()
        if self.session.api is not None:
            await self.session.api.aclose()
        if self.devserver is not None:
            self.devserver.stop()
        if self._temp is not None:
            self._temp.cleanup()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # request lines would carry ids, never tokens
    import qasync  # noqa: PLC0415

    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Every pen sample counts for ink: never merge tablet events (the canvas repaints once a frame anyway).
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_CompressTabletEvents, False)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Astegni Desktop")
    qapp.setOrganizationName("Astegni")
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    desktop = DesktopApp(qapp, args)
    with loop:
        return int(loop.run_until_complete(desktop.run()))
