"""Wire data never depends on the system locale (QApplication calls setlocale): recurrence expansion, an
availability created and edited through the dialog, its wire body, the .ics export, reminder texts and
`--self-test` give the same results under German and Amharic locales as under C."""

from __future__ import annotations

import json
import locale
import os
import subprocess
import sys
from pathlib import Path

import pytest

from astegni_devserver.runner import DevServer
from tests.helpers.api import tutor

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ("de_DE.UTF-8", "am_ET.UTF-8")  # .ci/run generates both (ENVIRONMENT.md §10)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def installed(name: str) -> bool:
    old = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_TIME, old)
    return True


def under(lang: str, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": lang, "LANGUAGE": lang.split(".", maxsplit=1)[0], "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def probe(lang: str, folder: Path, server: DevServer) -> dict:
    folder.mkdir()
    done = under(lang, "-m", "tests.app.locale_probe", str(folder), server.url)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", LOCALES)
def test_schedules_ics_and_reminders_are_the_same_in_every_locale(
    lang: str, tmp_path: Path, make_server
) -> None:
    if not installed(lang):
        pytest.skip(f"{lang} is not generated here (.ci/run runs localedef)")
    base = probe("C.UTF-8", tmp_path / "c", make_server(seed="empty"))
    server = make_server(seed="empty")
    local = probe(lang, tmp_path / "local", server)
    assert local.pop("lc_time") == lang  # the probe really ran with local month and day names
    base.pop("lc_time")
    assert (
        base["expansion"][:3] == ["2027-09-02", "2027-09-07", "2027-09-09"] and len(base["expansion"]) == 17
    )
    assert base["created"] == ["recurring", ["September"], ["Tuesday"]]
    assert base["wire"]["months"] == ["September", "October"] and base["wire"]["days"] == [
        "Tuesday",
        "Thursday",
    ]
    assert base["reminders"][0][1] == "Tuesday 14 September, 16:00–18:00"
    assert base["screens"][1:] == ["September 2027", "14 Sep – 19 Sep 2027", "Tue 14 Sep 2027"]
    for key in base:
        assert local[key] == base[key], key
    s = tutor(server.url)  # what reached Astegni from the German or Amharic desktop
    try:
        rows = {r["title"]: r for r in s.http.get("/api/schedules", params={"role_filter": "tutor"}).json()}
    finally:
        s.close()
    assert (rows["Made here"]["months"], rows["Made here"]["days"]) == (
        ["September", "October"],
        ["Tuesday", "Thursday"],
    )
    assert (rows["Chemistry"]["months"], rows["Chemistry"]["days"]) == (
        ["September", "oct"],
        ["Tuesday", "thu"],
    )


def self_test(lang: str, folder: Path) -> dict:
    done = under(lang, "-m", "astegni_desktop", "--self-test", "--data-dir", str(folder), timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["self_test"] == "passed"
    return {k: v for k, v in result.items() if k != "sync_seconds"}


def test_self_test_shows_the_same_week_in_every_locale(tmp_path: Path) -> None:
    langs = [lang for lang in LOCALES if installed(lang)]
    if not langs:
        pytest.skip("no test locale is generated here (.ci/run runs localedef)")
    base = self_test("C.UTF-8", tmp_path / "c")
    for lang in langs:
        assert self_test(lang, tmp_path / lang) == base, lang
