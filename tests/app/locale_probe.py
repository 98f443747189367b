"""Run under a given LANG (tests/app/test_locale.py): QApplication first, as the app does (it calls
setlocale), then recurrence expansion, an availability created and edited through the real dialog, the
queued wire payloads, an .ics export and reminder texts. Prints one JSON object; every locale must print the
same one as the C locale, apart from `lc_time`.

    LANG=am_ET.UTF-8 python -m tests.app.locale_probe CACHE_DIR [SERVER_URL]
"""

from __future__ import annotations

import asyncio
import json
import locale
import os
import re
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

app = QApplication(sys.argv[:1])  # setlocale(LC_ALL, ""): from here on %B and month_name are local

from astegni_desktop import format as fmt  # noqa: E402 (after QApplication, as in the app)
from astegni_desktop.calendar.labels import day_label, month_title, range_title  # noqa: E402
from astegni_desktop.calendar.model import Availability  # noqa: E402 (after QApplication, as in the app)
from astegni_desktop.calendar.recurrence import schedule_dates  # noqa: E402 (after QApplication, as in the app)
from astegni_desktop.calendar.reminders import due  # noqa: E402 (after QApplication, as in the app)
from astegni_desktop.panels.schedule import SchedulePanel  # noqa: E402 (after QApplication, as in the app)
from astegni_desktop.store import Store  # noqa: E402 (after QApplication, as in the app)
from astegni_desktop.sync import SyncEngine  # noqa: E402
from astegni_desktop.ui_support import child  # noqa: E402
from tests.helpers.client import FAST, drain_until_empty, signed_in  # noqa: E402 (after QApplication, as in the app)


def when_dialog_opens(act: Any) -> None:
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, attempt)
            return
        act(dialog)

    QTimer.singleShot(20, attempt)


def boxes(dialog: QDialog, name: str) -> dict[str, QCheckBox]:
    return {b.text(): b for b in child(dialog, QWidget, name).findChildren(QCheckBox)}


def save(dialog: QDialog) -> None:
    child(dialog, QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Save).click()


def main() -> int:
    folder = Path(sys.argv[1])
    store = Store(folder / "cache.sqlite3")
    panel = SchedulePanel(store, "gregorian")
    out: dict[str, Any] = {"lc_time": locale.setlocale(locale.LC_TIME)}
    rec = Availability("probe-1", None, "Chemistry", 2027, "recurring", "16:00:00", "18:00:00",
                       months=("September", "oct"), days=("Tuesday", "thu"))  # fmt: skip
    out["expansion"] = [d.isoformat() for d in schedule_dates(rec)]

    # create: the "New availability" button's defaults for Tuesday 14 September 2027, saved as offered
    def create(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "titleEdit").setText("Made here")
        save(dialog)

    when_dialog_opens(create)
    panel.new_availability(date(2027, 9, 14), time(16))
    made = next(a for a in panel.data.availability.values() if a.title == "Made here")
    out["created"] = [made.schedule_type, list(made.months), list(made.days)]

    # edit: add October and Thursday through the dialog's check boxes
    def edit(dialog: QDialog) -> None:
        child(dialog, QRadioButton, "recurringRadio").setChecked(True)
        child(dialog, QSpinBox, "yearSpin").setValue(2027)
        boxes(dialog, "monthsBox")["Oct"].setChecked(True)
        boxes(dialog, "daysBox")["Thu"].setChecked(True)
        save(dialog)

    when_dialog_opens(edit)
    panel.edit_availability(made)
    edited = next(a for a in panel.data.availability.values() if a.title == "Made here")
    out["edited"] = [list(edited.months), list(edited.days), len(schedule_dates(edited))]
    wire = edited.to_payload()  # the body the sync engine sends
    out["wire"] = {k: wire.get(k) for k in ("months", "days", "year", "start_time", "end_time")}
    panel.save_availability(rec)
    ics = folder / "probe.ics"
    panel.export_ics(ics, date(2027, 9, 13), date(2027, 9, 19))
    # the stamp is the export's time and new ids are random: everything else must be identical
    out["ics"] = [
        line for line in ics.read_text("utf-8").splitlines() if not re.match(r"(DTSTAMP|UID):", line)
    ]
    if len(sys.argv) > 2:  # and send them to a dev server, as the app's sync engine does
        loop = asyncio.new_event_loop()
        try:
            api = loop.run_until_complete(signed_in(sys.argv[2]))
            loop.run_until_complete(drain_until_empty(SyncEngine(api, store, None, FAST)))
            loop.run_until_complete(api.aclose())
        finally:
            loop.close()
    entries = panel.entries_between(datetime(2027, 9, 14, 15, 0), datetime(2027, 9, 15))
    for e in entries:
        object.__setattr__(e, "alarm_minutes", 60)
    out["reminders"] = [[r.title, r.body] for r in due(entries, datetime(2027, 9, 14, 15, 30))]
    store.close()
    day = date(2027, 9, 14)
    out["screens"] = [
        day_label(day, "both"),
        month_title(day, "gregorian"),
        range_title(day, date(2027, 9, 19), "gregorian"),
        fmt.long_date(day.isoformat()),
    ]
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
