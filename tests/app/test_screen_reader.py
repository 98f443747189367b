"""The app as a screen reader sees it: under Xvfb with the AT-SPI bus (ENVIRONMENT.md §12), the demo's main
window exposes named buttons, the named sections of the sidebar and the requests table; chosen through the
reader, the Schedule's week view reads each lesson of the week, and no button, tab, list or item of the
Schedule and the Whiteboard is without a name."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"


def has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    return (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False).returncode
        == 0
    )


pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(240),
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("dbus-launch") and LAUNCHER.exists() and has_pyatspi()),
        reason="needs Xvfb, dbus-x11, at-spi2-core and python3-pyatspi (.ci/run installs them)",
    ),
]


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a display nobody uses (other test runs may be starting theirs at the same time)."""
    for _ in range(10):
        number = random.randrange(200, 900)
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        xvfb = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while xvfb.poll() is None and time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return xvfb, f":{number}"
            time.sleep(0.05)
        stop(xvfb)
    raise AssertionError("no X display could be started")


@pytest.fixture
def desktop_session() -> Iterator[dict[str, str]]:
    """An X display, a D-Bus session and the accessibility bus, all of this test's own."""
    runtime = tempfile.mkdtemp(prefix="astegni-a11y-")
    xvfb, display = start_xvfb()
    env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": runtime}
    launched = subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
    )
    for line in launched.stdout.splitlines():
        if "=" in line and line.split("=", 1)[0] in {"DBUS_SESSION_BUS_ADDRESS", "DBUS_SESSION_BUS_PID"}:
            key, value = line.rstrip(";").split("=", 1)
            env[key] = value.strip("'")
    bus = subprocess.Popen([str(LAUNCHER), "--launch-immediately"], env=env)
    probe = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.a11y.Bus",
        "/org/a11y/bus",
        "org.a11y.Bus.GetAddress",
    ]
    deadline = time.monotonic() + 20
    while subprocess.run(probe, env=env, capture_output=True, check=False).returncode != 0:
        assert time.monotonic() < deadline, "the accessibility bus did not start"
        time.sleep(0.1)
    assert xvfb.poll() is None, "Xvfb stopped"
    yield env
    stop(bus)
    os.kill(int(env["DBUS_SESSION_BUS_PID"]), signal.SIGTERM)
    stop(xvfb)
    shutil.rmtree(runtime, ignore_errors=True)


def read_tree(env: dict[str, str], section: str | None = None) -> dict:
    done = subprocess.run(
        [
            SYSTEM_PYTHON,
            str(ROOT / "tests" / "app" / "atspi_reader.py"),
            "astegni",
            *([section] if section else []),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def parent(tree: list, index: int) -> str:
    """Where a node sits: its parent's role and name."""
    depth = tree[index][0]
    for d, role, name, _ in reversed(tree[:index]):
        if d == depth - 1:
            return f"{role} {name!r}"
    return ""


NAMED_ROLES = {
    "push button", "toggle button", "check box", "radio button", "page tab", "list", "list item", "table",
    "table cell", "tree", "tree item", "combo box", "spin button", "slider", "text", "entry", "menu item",
}  # fmt: skip


def unnamed_controls(tree: list) -> list[str]:
    """Every control and view item showing that a screen reader would read without a name."""
    return [
        f"{role} in {parent(tree, i)}"
        for i, (_, role, name, showing) in enumerate(tree)
        if showing and role in NAMED_ROLES and not name.strip()
    ]


def items_of(tree: list, role: str, name: str) -> list[tuple[str, str, bool]]:
    """The children (name, role, showing) of the first node with this role and name."""
    for i, (depth, r, n, _) in enumerate(tree):
        if (r, n) == (role, name):
            found = []
            for d, child_role, child_name, showing in tree[i + 1 :]:
                if d <= depth:
                    break
                if d == depth + 1:
                    found.append((child_name, child_role, showing))
            return found
    return []


def test_a_screen_reader_reads_the_sections_buttons_and_requests(desktop_session, tmp_path: Path) -> None:
    env = {**desktop_session, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "astegni_desktop", "--demo", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        tree: list = []
        while time.monotonic() < deadline:
            tree = read_tree(env)["tree"]
            if any(role in {"table cell", "table"} for _, role, _, _ in tree) and any(
                name.startswith("Requested Sessions") for _, role, name, _ in tree if role == "list item"
            ):
                break
            time.sleep(1)
        roles = {(role, name) for _, role, name, _ in tree}
        sections = [name for _, role, name, _ in tree if role == "list item" and name]
        assert any(s.startswith("Requested Sessions") for s in sections)
        assert {"My Students", "Schedule", "Whiteboard"} <= set(sections)
        assert ("list", "Sections") in roles
        assert ("table", "Session requests") in roles
        assert ("text", "Search requests") in roles or ("entry", "Search requests") in roles
        unnamed = [
            (role, parent(tree, i))
            for i, (_, role, name, showing) in enumerate(tree)
            if showing and role in {"push button", "check box", "toggle button"} and not name
        ]
        assert unnamed == []
        # The Schedule, chosen as a screen reader user does: the week view is a list whose items are the
        # week's lessons and availability, each read with what, when and for how long.
        week: list = []
        while time.monotonic() < deadline + 60:
            reply = read_tree(env, "Schedule")
            tree = reply["tree"]
            week = items_of(tree, "list", "Week")
            if reply["chosen"] and any(showing for _, _, showing in week):
                break
            time.sleep(1)
        lessons = [name for name, _, _ in week if name.startswith("Lesson: ")]
        assert lessons, week[:5]
        weekday = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}"
        assert all(re.fullmatch(rf"Lesson: .+, {weekday}, \d\d:\d\d to \d\d:\d\d", n) for n in lessons)
        assert all(name for name, _, _ in week)
        assert unnamed_controls(tree) == []
        tree = read_tree(env, "Whiteboard")["tree"]
        assert ("list", "Boards and lessons") in {(role, name) for _, role, name, _ in tree}
        assert unnamed_controls(tree) == []
    finally:
        stop(app)
        log.close()
