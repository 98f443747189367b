"""A real tutor's first start, typed through X: the app (the PyInstaller bundle in CI, or `python -m
astegni_desktop`) runs on an Xvfb display against a dev server; `xdotool` types the email and password into
the real sign-in dialog and presses Enter, as a person would. First, Escape on the dialog must end the app
with status 0. Then:

* the app keeps running with its main window for 10 s and fills its cache (it once exited a second after
  signing in);
* a second launch on the same data folder hands over to the first and exits 0; the first keeps running;
* Ctrl+Q ends it with status 0; the log file exists and holds neither the password nor a token.

    uv run python scripts/signin_harness.py --app dist/astegni-desktop/astegni-desktop [--screenshot F.png]
    uv run python scripts/signin_harness.py --app "python -m astegni_desktop"

Needs `Xvfb`, `xdotool` (and ImageMagick's `import` for --screenshot). Exit status 0 when all held.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EMAIL, PASSWORD = "tutor@demo.astegni.et", "demo-tutor"
DEMO_REQUESTS = 18
STAYS_FOR = 10.0


class HarnessError(Exception):
    pass


def wait_for(what: str, check: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise HarnessError(f"timed out waiting for {what}")
        time.sleep(0.2)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display number (it writes the number it chose to -displayfd)."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        proc.kill()
        raise HarnessError("Xvfb did not start")
    return proc, f":{number}"


class Harness:
    def __init__(self, app: list[str], server_url: str, workdir: Path, display: str) -> None:
        self.app = app
        self.server_url = server_url
        self.data = workdir / "data"
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",  # ENVIRONMENT.md §3: no autolaunched dbus-daemon
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no keyring: "this run only"
        }
        self.env.pop("WAYLAND_DISPLAY", None)
        self.procs: list[subprocess.Popen[bytes]] = []

    def launch(self) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [*self.app, "--server", self.server_url, "--data-dir", str(self.data)],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.procs.append(proc)
        return proc

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if done.returncode != 0:
            raise HarnessError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def window(self, title_regex: str, timeout: float = 60) -> str:
        found = ""

        def search() -> bool:
            nonlocal found
            done = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title_regex],
                env=self.env,
                capture_output=True,
                text=True,
                check=False,
            )
            found = done.stdout.split()[0] if done.returncode == 0 and done.stdout.split() else ""
            return bool(found)

        wait_for(f"a window named {title_regex!r}", search, timeout)
        return found

    def type_into(self, window: str, *keys: tuple[str, str]) -> None:
        self.xdotool("windowfocus", "--sync", window)
        time.sleep(0.3)
        for kind, value in keys:
            if kind == "type":
                self.xdotool("type", "--delay", "15", value)
            else:
                self.xdotool("key", value)

    def cached_requests(self) -> int:
        caches = list(self.data.glob("accounts/*/cache.sqlite3"))
        if not caches:
            return 0
        try:
            with sqlite3.connect(f"file:{caches[0]}?mode=ro", uri=True, timeout=1) as db:
                return int(db.execute("SELECT count(*) FROM session_requests").fetchone()[0])
        except sqlite3.Error:
            return 0

    def screenshot(self, path: Path) -> None:
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=False, timeout=30)

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)


def run(app: list[str], server_url: str, workdir: Path, display: str, screenshot: Path | None) -> None:
    h = Harness(app, server_url, workdir, display)
    try:
        cancelled = h.launch()
        h.type_into(h.window("^Sign in to Astegni$"), ("key", "Escape"))  # Cancel at the first sign-in
        try:
            status = cancelled.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise HarnessError("Cancel at the first sign-in did not end the app") from None
        if status != 0:
            raise HarnessError(f"Cancel at the first sign-in: exit status {status}")
        print("Cancel at the first sign-in: exit status 0", flush=True)
        first = h.launch()
        dialog = h.window("^Sign in to Astegni$")
        if screenshot is not None:
            h.screenshot(screenshot.with_name(f"{screenshot.stem}-signin{screenshot.suffix}"))
        # the email field has the focus; Tab goes to the password; Enter presses "Sign in"
        h.type_into(dialog, ("type", EMAIL), ("key", "Tab"), ("type", PASSWORD), ("key", "Return"))
        main = h.window("^Astegni Desktop$")
        print("signed in through the dialog; main window shown", flush=True)
        deadline = time.monotonic() + STAYS_FOR
        while time.monotonic() < deadline:
            if first.poll() is not None:
                raise HarnessError(
                    f"the app ended {STAYS_FOR:.0f} s after signing in (status {first.returncode})"
                )
            time.sleep(0.2)
        wait_for("the cache to fill", lambda: h.cached_requests() == DEMO_REQUESTS, 30)
        print(f"still running {STAYS_FOR:.0f} s later; {DEMO_REQUESTS} requests synced", flush=True)
        if screenshot is not None:
            h.screenshot(screenshot)
        second = h.launch()
        try:
            status = second.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise HarnessError("a second launch on the same data folder kept running") from None
        if status != 0 or first.poll() is not None:
            raise HarnessError(f"second launch: status {status}; first still running: {first.poll() is None}")
        log_file = h.data / "logs" / "astegni-desktop.log"
        wait_for("the hand-over in the log", lambda: "another launch" in log_file.read_text("utf-8"), 10)
        print("a second launch handed over to the first and exited 0", flush=True)
        h.type_into(main, ("key", "ctrl+q"))
        try:
            status = first.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise HarnessError("Ctrl+Q did not end the app") from None
        if status != 0:
            raise HarnessError(f"Ctrl+Q: exit status {status}")
        text = log_file.read_text("utf-8")
        if PASSWORD in text or "eyJ" in text:
            raise HarnessError("the log holds the password or a token")
        print(f"Ctrl+Q: exit status 0; log at {log_file}, no secrets in it", flush=True)
    except HarnessError:
        for proc in h.procs:
            if proc.poll() is None:
                proc.kill()
            _, err = proc.communicate(timeout=10)
            sys.stderr.write(err.decode("utf-8", "replace")[-4000:])
        raise
    finally:
        h.stop_all()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--app", required=True, help='the command: a bundle path or "python -m astegni_desktop"'
    )
    parser.add_argument("--server", help="a running dev server (default: start one with the demo seed)")
    parser.add_argument("--screenshot", type=Path, help="save screenshots of the display here (PNG)")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"signin_harness: {tool} is not installed", file=sys.stderr)
            return 2
    app = shlex.split(args.app)
    if app[0] == "python":
        app[0] = sys.executable
    xvfb, display = start_xvfb()
    server = None
    try:
        url = args.server
        if url is None:
            from astegni_devserver.app import ServerOptions
            from astegni_devserver.runner import DevServer

            tmp = Path(tempfile.mkdtemp(prefix="astegni-harness-server-"))
            server = DevServer(ServerOptions(db_url=f"sqlite:///{tmp / 'server.db'}", seed="demo")).start()
            url = server.url
        with tempfile.TemporaryDirectory(prefix="astegni-harness-") as workdir:
            run(app, url, Path(workdir), display, args.screenshot)
    except HarnessError as exc:
        print(f"signin_harness: FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.stop()
        xvfb.terminate()
        xvfb.wait(timeout=10)
    print("signin_harness: passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
