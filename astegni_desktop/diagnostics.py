"""Logs and crash reports, kept on this computer only (Astegni has no crash endpoint: nothing is sent).

* a rotating log file in the platform's log folder (or under `--data-dir`, so runs stay apart);
* `faulthandler` writes a native crash (a segfault in Qt, say) to a file; the next start finds it non-empty,
  sets it aside and offers it to the tutor;
* `sys.excepthook`, `threading.excepthook` and the asyncio loop's handler log every unexpected error and hand
  it to a reporter (the app shows a dialog), so an error never vanishes and the app keeps running;
* background tasks started with `spawn` report their failure the same way instead of dropping it.

Tokens and passwords never reach the log: nothing logs them, and every line passes `redact` as well, so a
token in a URL or an exception's text is masked before it is written.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
import sys
import threading
import time
import traceback
from collections.abc import Callable, Coroutine
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("astegni_desktop")

LOG_NAME = "astegni-desktop.log"
CRASH_NAME = "native-crash.txt"
LOG_BYTES = 2_000_000
LOG_BACKUPS = 4
DETAILS_LIMIT = 20_000  # characters of a traceback shown or copied

F = TypeVar("F", bound="asyncio.Future[Any]")
Reporter = Callable[[str, str], None]  # (what happened, details); must be safe to call from any thread

_SECRETS = (
    # JWTs (the Astegni tokens): three base64url parts, the first starting with '{"' encoded
    re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*"),
    # key=value or "key": "value" for anything named like a secret
    re.compile(
        r"(?i)((?:access_token|refresh_token|token|password|authorization)[\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?)"
        r"[^\s\"'&,}]+"
    ),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
)


def redact(text: str) -> str:
    """The text with anything token- or password-shaped replaced by «redacted»."""
    text = _SECRETS[0].sub("«redacted»", text)
    for pattern in _SECRETS[1:]:
        text = pattern.sub(r"\1«redacted»", text)
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def default_log_dir() -> Path:
    from platformdirs import user_log_dir  # noqa: PLC0415

    return Path(user_log_dir("Astegni Desktop", "Astegni"))


class Diagnostics:
    """Owns the log file, the crash file and the hooks; one per process (`install` is idempotent)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.log_path = folder / LOG_NAME
        self.crash_path = folder / CRASH_NAME
        self.previous_crash: Path | None = None  # a native crash report from the last run, set aside
        self.reporter: Reporter | None = None
        # An error the app explains itself (e.g. a full disk refusing an action): True when it was handled.
        self.explain: Callable[[BaseException], bool] | None = None
        self._handler: logging.Handler | None = None
        self._crash_file: IO[str] | None = None
        self._previous: tuple[Any, Any, bool] | None = None
        self._level = logging.NOTSET

    def install(self) -> None:
        if self._previous is not None:
            return
        self._previous = (sys.excepthook, threading.excepthook, faulthandler.is_enabled())
        self.folder.mkdir(parents=True, exist_ok=True)
        self._start_log()
        self._start_faulthandler()
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        log.info("Astegni Desktop starts; log file %s", self.log_path)

    def uninstall(self) -> None:
        """Back to the hooks found at `install` (tests run several apps in one process)."""
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, faulthandler_was_on = self._previous
        self._previous = None
        faulthandler.disable()
        if faulthandler_was_on:
            faulthandler.enable(sys.__stderr__ or sys.stderr)
        if self._crash_file is not None:
            self._crash_file.close()
            self._crash_file = None
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None
            log.setLevel(self._level)
        if _current is self:
            set_current(None)

    def _start_log(self) -> None:
        handler = logging.handlers.RotatingFileHandler(
            self.log_path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.INFO)
        logging.getLogger().addHandler(handler)
        self._level = log.level
        if log.level == logging.NOTSET:  # the app's own INFO lines reach the file even under a test runner
            log.setLevel(logging.INFO)
        self._handler = handler

    def _start_faulthandler(self) -> None:
        """A crash file left non-empty by the last run is kept as crash-<time>.txt and offered once."""
        try:
            if self.crash_path.exists() and self.crash_path.stat().st_size > 0:
                kept = self.folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
                self.crash_path.replace(kept)
                self.previous_crash = kept
                log.warning("the last run ended in a native crash; its report is %s", kept)
            self._crash_file = self.crash_path.open("w", encoding="utf-8")
            faulthandler.enable(self._crash_file, all_threads=True)
        except OSError as exc:
            log.warning("no crash file (%s); native crashes go to stderr", exc)
            faulthandler.enable()

    # -- reporting -------------------------------------------------------------------------------------------

    def report(self, what: str, details: str) -> None:
        """Log an unexpected error and tell the reporter (the app's dialog); never raises."""
        log.error("%s\n%s", what, details)
        if self.reporter is None:
            return
        try:
            self.reporter(redact(what), redact(details[-DETAILS_LIMIT:]))
        except Exception:  # a failing reporter must not hide the original error
            log.exception("the error reporter failed")

    def report_exception(self, what: str, exc: BaseException) -> None:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.report(what, details)

    def _excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if self._explained(exc):
            return
        self.report(_summary(exc), "".join(traceback.format_exception(kind, exc, tb)))

    def _explained(self, exc: BaseException) -> bool:
        try:
            return self.explain is not None and self.explain(exc)
        except Exception:  # explaining must never hide the original error
            log.exception("explaining an error failed")
            return False

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a background thread"
        self.report(
            f"{_summary(args.exc_value)} (in {name})",
            "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
        )

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """The asyncio loop's exception handler: errors nobody awaited."""
        exc = context.get("exception")
        message = str(context.get("message") or "Unexpected error")
        if isinstance(exc, BaseException) and self._explained(exc):
            return
        if isinstance(exc, BaseException):
            self.report_exception(_summary(exc), exc)
        else:
            self.report(message, repr({k: v for k, v in context.items() if k != "message"}))


def _summary(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


# -- background tasks ---------------------------------------------------------------------------------------

_current: Diagnostics | None = None


def set_current(diagnostics: Diagnostics | None) -> None:
    global _current  # noqa: PLW0603 - one per process, reached from anywhere that starts a task
    _current = diagnostics


def report_exception(what: str, exc: BaseException) -> None:
    """Through the installed Diagnostics, or at least the log when none is installed."""
    if _current is not None:
        _current.report_exception(what, exc)
    else:
        log.error("%s", what, exc_info=exc)


def _task_done(task: asyncio.Future[Any]) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        report_exception(f"A background task failed: {_summary(exc)}", exc)


def watch(task: F) -> F:
    """Report `task`'s failure when it ends (a long-lived loop such as the sync engine's dying silently
    would stop syncing with no word to anyone)."""
    task.add_done_callback(_task_done)
    return task


def spawn(
    work: Coroutine[Any, Any, Any], keep: set[asyncio.Future[Any]] | None = None
) -> asyncio.Future[Any]:
    """Start `work` on the running loop; a failure is reported, never dropped. `keep` holds a reference
    until it ends (the loop keeps only weak ones)."""
    import asyncio  # noqa: PLC0415 (not before the first paint)

    task = asyncio.ensure_future(work)
    if keep is not None:
        keep.add(task)
        task.add_done_callback(keep.discard)
    return watch(task)
