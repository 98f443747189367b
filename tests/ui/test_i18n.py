"""The interface in the tutor's language: every string translated into Amharic, the language chosen in
Settings or followed from the system, Amharic plural forms, and English's own."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel

from astegni_desktop import i18n
from astegni_desktop.api.models import SessionRequest
from astegni_desktop.dialogs.reject import RejectDialog
from astegni_desktop.dialogs.settings import SettingsDialog
from astegni_desktop.settings import Settings
from astegni_desktop.store.repo import RequestView

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w+\}")

pytestmark = pytest.mark.gui


@pytest.fixture
def amharic(qapp, tmp_path: Path) -> Iterator[str]:
    yield i18n.install(qapp, "am", tmp_path)
    i18n.install(qapp, "en", tmp_path)  # as tests/ui/conftest.py left it


def messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of each message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            found.append((name, message.findtext("source", ""), forms, finished))
    return found


def test_every_string_of_the_code_and_forms_has_an_amharic_translation(tmp_path: Path) -> None:
    # the .ts refreshed from today's sources: a string added to the code without its translation fails here
    script = ROOT / "scripts" / "update_translations.py"
    subprocess.run([sys.executable, str(script), "--into", str(tmp_path)], check=True, cwd=ROOT)
    amharic = messages(tmp_path / "astegni_am.ts")
    assert len(amharic) > 100
    untranslated = [(c, s) for c, s, forms, finished in amharic if not finished or not all(forms)]
    assert untranslated == []
    lost = [
        (c, s)
        for c, s, forms, _ in amharic
        for f in forms
        if set(PLACEHOLDER.findall(f)) != set(PLACEHOLDER.findall(s))
    ]
    assert lost == []  # every {name} reaches the translation
    english = messages(tmp_path / "astegni_en.ts")
    assert english and all(finished and len(forms) == 2 and all(forms) for _, _, forms, finished in english)


def test_the_system_language_decides_when_following_the_system() -> None:
    assert i18n.resolve("system", QLocale(QLocale.Language.Amharic, QLocale.Country.Ethiopia)) == "am"
    assert i18n.resolve("system", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert i18n.resolve("en", QLocale(QLocale.Language.Amharic)) == "en"
    assert i18n.resolve("am") == "am"


def test_in_amharic_dialogs_forms_and_plurals_read_amharic(amharic: str, qtbot) -> None:
    assert amharic == "am"
    assert i18n.ui_locale().language() == QLocale.Language.Amharic
    settings = SettingsDialog(None, Settings())
    qtbot.addWidget(settings.dialog)
    assert settings.dialog.windowTitle() == "ቅንብሮች"  # a .ui form, translated as it loads
    assert settings.theme.itemText(0) == "የኮምፒውተሩን ተከተል"
    view = RequestView(
        SessionRequest(id=3, status="pending", requested_to_name="ሀና ተስፋዬ"),
        status="pending",
        sync_state="synced",
        sync_error=None,
        seen=False,
    )
    reject = RejectDialog(None, view)
    qtbot.addWidget(reject.dialog)
    assert reject.dialog.windowTitle() == "የሀና ተስፋዬን ጥያቄ ውድቅ አድርግ"
    reject.presets.setCurrentIndex(1)
    assert reject.text() == "በጠየቁት ሰዓት የጊዜ ሰሌዳዬ ሞልቷል።"  # the student reads the tutor's language
    one = QCoreApplication.translate("MainWindow", "%n sync problem(s)", "", 1)
    two = QCoreApplication.translate("MainWindow", "%n sync problem(s)", "", 2)
    assert (one, two) == ("1 የማመሳሰል ችግር", "2 የማመሳሰል ችግሮች")


def test_in_amharic_the_standard_buttons_of_dialogs_and_message_boxes_read_amharic(
    amharic: str, qtbot
) -> None:
    """Qt ships no Amharic for its own Save, Cancel, Yes and No: a tutor saw English buttons under an Amharic
    availability form. Ours carries them."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    said = {
        box.button(b).text()
        for b in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel)
    }
    gnome = {"አስቀምጥ(&S)", "ይቅር(&C)"}  # under GNOME Qt asks its GNOME theme, with mnemonics
    assert said in ({"አስቀምጥ", "ይቅር"}, gnome), said
    question = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(question)
    assert question.button(QMessageBox.StandardButton.Yes).text() == "አዎ(&Y)"
    assert question.button(QMessageBox.StandardButton.No).text() == "አይ(&N)"


def test_english_has_its_own_plural_forms() -> None:
    assert QCoreApplication.translate("MainWindow", "%n sync problem(s)", "", 1) == "1 sync problem"
    assert QCoreApplication.translate("MainWindow", "%n sync problem(s)", "", 3) == "3 sync problems"


def test_the_language_is_chosen_in_settings_and_applies_at_the_next_start(qtbot) -> None:
    settings = Settings()
    dialog = SettingsDialog(None, settings)
    qtbot.addWidget(dialog.dialog)
    language = dialog.dialog.findChild(QComboBox, "languageCombo")
    assert language is not None
    assert [language.itemText(i) for i in range(language.count())] == ["Follow the system", "አማርኛ", "English"]
    language.setCurrentIndex(1)
    note = dialog.dialog.findChild(QLabel, "note")
    assert note is not None and "next time you start" in note.text()
    dialog._save()
    assert dialog.dialog.result() == QDialog.DialogCode.Accepted
    assert settings.language == "am"


def test_a_missing_or_stale_translation_is_compiled_once_into_the_cache(tmp_path: Path) -> None:
    qm = i18n.compiled("am", tmp_path)
    assert qm is not None and qm.is_file()
    if qm.parent == tmp_path:  # not a bundle's own .qm
        stamp = qm.stat().st_mtime_ns
        assert i18n.compiled("am", tmp_path) == qm and qm.stat().st_mtime_ns == stamp


def test_in_amharic_an_ethiopian_date_reads_as_amharic_writes_it(amharic: str) -> None:
    from datetime import date

    from astegni_desktop.calendar.labels import day_label, month_title

    monday = date(2025, 9, 15)  # መስከረም 5, 2018 in the Ethiopian calendar
    assert day_label(monday, "ethiopian") == "ሰኞ መስከረም 5 ቀን 2018 ዓ.ም."
    assert month_title(monday, "ethiopian").splitlines()[0] == "መስከረም 2018 ዓ.ም."
    assert day_label(monday, "gregorian") == "ሰኞ 15 ሴፕቴ 2025"  # QLocale's Amharic names


def test_in_english_dates_stay_english_whatever_the_system_says() -> None:
    from datetime import date

    from astegni_desktop.calendar.labels import day_label

    assert day_label(date(2025, 9, 15), "both") == "Mon 15 Sep 2025 · መስከረም 5, 2018"


def test_in_amharic_money_times_and_wishes_read_amharic(amharic: str) -> None:
    from datetime import UTC, datetime, timedelta

    from astegni_desktop import format as fmt

    assert fmt.etb(1200) == "1,200 ብር"
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert fmt.relative(now - timedelta(hours=3), now) == "ከ3 ሰዓት በፊት"
    assert fmt.status_label("accepted", "queued") == "ተቀባይነት አግኝቷል · ለመላክ በመጠባበቅ ላይ"
    wish = SessionRequest(
        id=1, status="pending", schedule_type="recurring", days=["Monday", "wed"], start_time="16:00:00"
    )
    assert fmt.schedule_wish(wish) == "በየሰኞ፣ ረቡዕ፣ 16:00–—"
    # a student's agreed days come from Astegni as English words: My Students showed "Monday, Wednesday"
    assert fmt.day_list("Monday, Wednesday") == "ሰኞ፣ ረቡዕ"


def test_in_english_the_same_words_and_plurals_as_always() -> None:
    from datetime import UTC, datetime, timedelta

    from astegni_desktop import format as fmt

    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert [fmt.relative(now - timedelta(hours=h), now) for h in (1, 3, 24, 48)] == [
        "1 hour ago", "3 hours ago", "1 day ago", "2 days ago",
    ]  # fmt: skip
    assert fmt.etb(1200.5) == "1,200.50 ETB"


def clipped(root) -> list[str]:
    """Visible labels and buttons whose text does not fit the room the layout gave them."""
    from PySide6.QtWidgets import QAbstractButton

    found = []
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if not widget.isVisibleTo(root) or not widget.text():
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            fits = widget.heightForWidth(widget.width()) <= widget.height() + 1
        else:
            fits = widget.width() >= hint.width() and widget.height() >= hint.height() - 1
        if not fits:
            found.append(
                f"{type(widget).__name__} {widget.text()!r}: {widget.size().toTuple()} < {hint.toTuple()}"
            )
    return found


def test_the_panels_in_amharic_clip_no_text(amharic: str, tutor_app, qtbot) -> None:
    window = tutor_app.window
    window.resize(1280, 800)
    assert window.nav.item(1).text() == "ተማሪዎቼ"
    panel = window.requests
    panel.select(next(v.id for v in tutor_app.store.requests() if v.status == "pending"))
    window.nav.setCurrentRow(1)
    students = window.students
    students.select(tutor_app.store.students()[0].model.student_id)
    for row, screen in ((0, panel), (1, students)):
        window.nav.setCurrentRow(row)
        qtbot.wait(50)
        assert clipped(screen) == []
        for table in (screen.table,):  # column titles fit their columns
            header = table.horizontalHeader()
            metrics = header.fontMetrics()
            narrow = [
                header.model().headerData(i, Qt.Orientation.Horizontal)
                for i in range(header.count())
                if not header.isSectionHidden(i)
                and metrics.horizontalAdvance(
                    str(header.model().headerData(i, Qt.Orientation.Horizontal) or "")
                )
                + 12
                > header.sectionSize(i)
            ]
            assert narrow == []
    assert clipped(window.statusBar()) == []
    nav = window.nav  # the sidebar is fixed in width
    room = nav.viewport().width() - nav.iconSize().width() - 16
    assert all(nav.fontMetrics().horizontalAdvance(nav.item(i).text()) <= room for i in range(nav.count()))


def test_a_first_start_in_amharic_shows_ethiopian_dates() -> None:
    amharic, english = Settings(), Settings()
    amharic.first_start_defaults("am")
    english.first_start_defaults("en")
    assert (amharic.calendar_display, english.calendar_display) == ("ethiopian", "gregorian")


def test_the_schedule_and_the_whiteboard_in_amharic_clip_no_text(amharic: str, tutor_app, qtbot) -> None:
    from PySide6.QtWidgets import QScrollArea

    window = tutor_app.window
    window.resize(1280, 800)
    window.nav.setCurrentRow(2)
    panel = window.schedule
    qtbot.waitUntil(lambda: bool(panel.data.lessons), timeout=10_000)
    assert panel.new_lesson_button.text() == "አዲስ ትምህርት"
    panel.set_mode("ethiopian")  # as an Amharic first start chooses: the picker's Ethiopian date shows too
    panel.go_today()
    assert panel.picker_ethiopian.text().endswith("ዓ.ም.")
    blocks = panel.week.grid.blocks
    for entry in (next(b.entry for b in blocks if b.entry.is_lesson), next(b.entry for b in blocks)):
        panel.select(entry)
        qtbot.wait(50)
        assert clipped(panel) == []
        scrolls = panel.detail.findChildren(QScrollArea)  # the detail's buttons fit without a sideways bar
        assert scrolls and not any(s.horizontalScrollBar().isVisible() for s in scrolls)
    for view in ("month", "agenda"):
        panel.set_view(view)
        qtbot.wait(50)
        assert clipped(panel) == []
    window.nav.setCurrentRow(3)
    board = window.whiteboard
    board.new_board("የሒሳብ ትምህርት")
    qtbot.wait(50)
    assert board.editor.pages.item(0).text() == "1. ገጽ 1"
    assert board.editor.lesson_bar.sync.text() == "በዚህ ኮምፒውተር ብቻ (የትምህርት ዝግጅት)"
    assert clipped(board) == []
    # a long page title wraps in the page strip, inside it (it ran off the strip behind a sideways scroll bar)
    pages = board.editor.pages
    board.editor.add_page()
    page = board.editor.current_page()
    assert page is not None
    page.title = "የፕሮጀክታይል እንቅስቃሴ፦ የፍጥነት ክፍሎች"  # as a lesson's page arrives titled from Astegni
    board.editor._fill_pages(1)
    qtbot.wait(50)
    width = pages.viewport().width()
    for row in range(pages.count()):
        rect = pages.visualItemRect(pages.item(row))
        assert rect.left() >= 0 and rect.right() <= width, (row, rect, width)


# Words the interface shows but never translates: the product's name, protocol names and units.
UNTRANSLATED = {"Astegni", "Astegni Desktop", "STUN:", "TURN:", " px"}
# Calls that put text on the screen: a literal English string given to one is text lupdate never sees.
SHOWN_BY = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "addItem", "addAction", "addMenu",
    "addRow", "insertRow", "setAccessibleName", "setAccessibleDescription", "setHeaderLabels", "showMessage",
    "setStatusTip", "setTabText", "addTab", "setLabelText", "setWhatsThis", "QPushButton", "QLabel",
    "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "plain_label", "muted", "section", "warn", "inform",
    "confirm", "ask_yes", "message", "empty_state", "QTreeWidgetItem", "QListWidgetItem", "Picture", "emit",
}  # fmt: skip


def _literal(node: object) -> str | None:
    """The English words of a literal (a string, an f-string's fixed parts, a list or choice of them)."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, (ast.List, ast.Tuple)):
        return next((t for e in node.elts if (t := _literal(e))), None)
    elif isinstance(node, ast.IfExp):
        return _literal(node.body) or _literal(node.orelse)
    elif isinstance(node, ast.BinOp):
        return _literal(node.left) or _literal(node.right)
    else:
        return None
    return text if re.search(r"[A-Za-z]{2,}", text) and text not in UNTRANSLATED else None


def test_no_string_reaches_the_screen_without_going_through_translation() -> None:
    # The .ts check above sees only strings already marked; this one finds those never marked: a literal
    # handed to a call that shows it, in every module of the app (the canvas's own files aside: another
    # change is moving its strings into tool objects).
    import ast

    found = []
    for path in sorted((ROOT / "astegni_desktop").rglob("*.py")):
        if "canvas" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SHOWN_BY:
                continue
            # addItem(text, data): the data is the wire's, not shown
            args = node.args[:1] if name == "addItem" else node.args
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno} {name}({text!r})"
                for a in args
                if (text := _literal(a))
            ]
    assert found == []
