"""Everywhere (issue 14): one palette for both themes. Every text is readable on its background in both,
the painted views and icons follow a theme switch at run time, "system" follows the OS, dialog buttons carry
no platform icons, and no colour is hard-coded outside the theme (ink and paper, the tutor's, aside)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from astegni_desktop import theme
from astegni_desktop.calendar.model import Availability
from astegni_desktop.panels.call_widgets import CallControls
from astegni_desktop.theme import DARK, LIGHT, TEXT_ON, Palette, apply_theme, style_sheet
from astegni_desktop.ui_support import icon, warn

from .conftest import TutorApp

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
# Colours that are data, not theme: the pen palette and default ink, paper and its printed lines (exported
# as they are), and the wire's defaults.
DATA_COLOURS = {
    # the pen's named ink colours, and the grey rim that shows every swatch on light and dark menus alike
    "astegni_desktop/panels/whiteboard.py": ('", "#', "#8a8f98"),
    # a video picture is letterboxed in black, as players do, in both themes
    "astegni_desktop/panels/call_widgets.py": ("#101418", "#b0bec5"),
    "astegni_desktop/canvas/view.py": ("color: str =", "#FFFFFF"),
    "astegni_desktop/canvas/render.py": "",
    "astegni_desktop/canvas/export.py": "",
    "astegni_desktop/recording/video.py": "",  # the exported video: paper and ink, as the PDF export
    "astegni_desktop/canvas/guide.py": "",  # drawn on the paper, which is white in both themes
    "astegni_desktop/ink/": "",
    "astegni_desktop/teaching/": "",  # ink colours of plots and equations: data drawn on the paper
    "astegni_desktop/store/": "",
    "astegni_desktop/lesson_service.py": "",
}


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """(what, text, background) of every word the app writes on a colour it chose."""
    pairs = [(f"{t} on {b}", getattr(p, t), getattr(p, b)) for t, b in TEXT_ON]
    pairs += [(f"{s} pill", fg, bg) for s, (bg, fg) in p.pills.items()]
    pairs += [("other pill", p.pill_other[1], p.pill_other[0])]
    pairs += [(f"{s} lesson block", fg, fill) for s, (fill, fg) in p.lessons.items()]
    for name in ("available", "booked", "draft"):
        fill, _edge, fg = getattr(p, name)
        pairs.append((f"{name} block", fg, fill))
    pairs.append(("marked day", p.marked_day[1], p.marked_day[0]))
    # the agenda's rows: a lesson in its status's word colour, availability in its block's text colour
    pairs += [(f"agenda {s} lesson", p.pill(s)[1], p.base) for s in p.lessons]
    pairs += [(f"agenda {n}", getattr(p, n)[2], p.base) for n in ("available", "booked", "draft")]
    return pairs


def qss_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """(rule, text, background) of every style sheet rule that sets both (disabled states aside)."""
    found = []
    for selector, body in re.findall(
        r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", style_sheet(p), flags=re.S)
    ):
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"(?<![-\w])background:\s*(#[0-9a-fA-F]{6})", body)
        sel_fg = re.search(r"selection-color:\s*(#[0-9a-fA-F]{6})", body)
        sel_bg = re.search(r"selection-background-color:\s*(#[0-9a-fA-F]{6})", body)
        if fg and bg and ":disabled" not in selector:
            found.append((selector.strip(), fg.group(1), bg.group(1)))
        if sel_fg and sel_bg:
            found.append((f"{selector.strip()} selection", sel_fg.group(1), sel_bg.group(1)))
    return found


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_is_readable_on_its_background(palette: Palette) -> None:
    pairs = text_pairs(palette) + qss_pairs(palette)
    assert len(pairs) > 60
    poor = [f"{what}: {contrast(fg, bg):.2f}" for what, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert poor == []


def test_the_two_themes_name_the_same_roles_and_dark_is_dark() -> None:
    assert set(LIGHT.pills) == set(DARK.pills) == set(theme.PILL_STATUSES)
    assert set(LIGHT.lessons) == set(DARK.lessons)
    for p in (LIGHT, DARK):
        backgrounds = (
            p.window,
            p.base,
            p.card,
            p.available[0],
            p.booked[0],
            *(bg for bg, _ in p.pills.values()),
        )
        assert all((luminance(QColor(c)) < 0.1) == p.dark for c in backgrounds), p.dark


def test_no_colour_is_hard_coded_outside_the_theme() -> None:
    literal = re.compile(
        r"#[0-9a-fA-F]{6}\b|QColor\(\d|Qt\.GlobalColor\.(?!transparent)|QColor\(\"(white|black)"
    )
    found = []
    for path in sorted((ROOT / "astegni_desktop").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == "astegni_desktop/theme.py":
            continue
        allowed = next((v for k, v in DATA_COLOURS.items() if name.startswith(k)), None)
        if allowed == "":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line) and not (
                allowed and any(a in line for a in ((allowed,) if isinstance(allowed, str) else allowed))
            ):
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []


def dominant(image: QImage, x0: int, y0: int, x1: int, y1: int) -> str:
    colours = Counter(image.pixelColor(x, y).name() for x in range(x0, x1) for y in range(y0, y1))
    return colours.most_common(1)[0][0]


def icon_colour(i: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> str:
    image = i.pixmap(24, 24, mode).toImage()
    opaque = Counter(
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    )
    return opaque.most_common(1)[0][0]


def test_a_theme_switch_repaints_the_calendar_and_the_whiteboard_tools(
    tutor_app: TutorApp, qtbot, qapp: QApplication
) -> None:
    panel = tutor_app.window.schedule
    tutor_app.window.nav.setCurrentRow(2)
    day = date(2027, 5, 3)
    panel.save_availability(
        Availability(
            local_id=tutor_app.store.calendar.new_local_id(),
            server_id=None,
            title="Open hours",
            year=2027,
            schedule_type="specific",
            start_time="09:00",
            end_time="11:00",
            specific_dates=(day.isoformat(),),
        )
    )
    panel.go_to(day)
    panel.set_view("week")
    grid = panel.week.grid
    qtbot.waitUntil(lambda: any(b.entry.title == "Open hours" for b in grid.blocks), timeout=5_000)
    block = next(b for b in grid.blocks if b.entry.title == "Open hours").rect.toRect()
    grid.parentWidget().parentWidget().ensureVisible(block.center().x(), block.center().y(), 10, 60)  # type: ignore[union-attr]

    def block_fill() -> str:
        image = grid.grab().toImage()
        return dominant(image, block.left() + 8, block.top() + 30, block.right() - 8, block.bottom() - 4)

    editor = tutor_app.window.whiteboard.editor
    pen = editor.tool_actions["pen"]

    def pen_button_colours() -> set[str]:
        tutor_app.window.nav.setCurrentRow(3)
        button = editor.toolbar.widgetForAction(pen)
        image = button.grab().toImage()
        tutor_app.window.nav.setCurrentRow(2)
        return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}

    try:
        assert block_fill() == LIGHT.available[0]
        assert LIGHT.tool_icon in pen_button_colours()
        apply_theme(qapp, "dark")
        qtbot.waitUntil(lambda: block_fill() == DARK.available[0], timeout=2_000)  # no pastel on dark
        drawn = pen_button_colours()
        assert DARK.tool_icon in drawn and LIGHT.tool_icon not in drawn  # no navy icon on a dark toolbar
        assert qapp.palette().window().color().name() == DARK.window
        apply_theme(qapp, "light")
        qtbot.waitUntil(lambda: block_fill() == LIGHT.available[0], timeout=2_000)
    finally:
        apply_theme(qapp, "light")


def test_the_system_theme_follows_the_os_colour_scheme(qapp: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    try:
        apply_theme(qapp, "system", system_dark=False)
        assert theme.current() is LIGHT
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.current() is DARK and qapp.palette().base().color().name() == DARK.base
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.current() is LIGHT
        apply_theme(qapp, "light")  # chosen by the tutor: the OS's scheme no longer matters
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.current() is LIGHT
    finally:
        apply_theme(qapp, "light")


def test_icons_are_drawn_in_the_theme_and_greyed_when_disabled(qapp: QApplication) -> None:
    try:
        apply_theme(qapp, "light")
        undo = icon("undo", "tool_icon")
        assert icon_colour(undo) == LIGHT.tool_icon
        assert icon_colour(undo, QIcon.Mode.Disabled) == LIGHT.icon_disabled
        apply_theme(qapp, "dark")
        assert icon_colour(undo) == DARK.tool_icon and icon_colour(icon("plus")) == DARK.icon
    finally:
        apply_theme(qapp, "light")


def test_dialog_buttons_and_message_boxes_use_the_flat_icons(qapp: QApplication, qtbot) -> None:
    apply_theme(qapp, "light")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert all(b.icon().isNull() for b in box.buttons())  # no floppy disk, no red X
    seen: dict[str, object] = {}

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen["button icons"] = [b.icon().isNull() for b in shown.buttons()]
        image = shown.iconPixmap().toImage()
        seen["tint"] = Counter(
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ).most_common(1)[0][0]
        shown.reject()

    QTimer.singleShot(20, look)
    warn(None, "Sync problems", "Two changes could not be sent.")
    assert seen["button icons"] == [True]
    assert seen["tint"] == LIGHT.warn_icon  # the flat alert icon, not the platform's


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_keyboard_focus_shows_on_every_background_in_both_themes(palette: Palette) -> None:
    # WCAG 1.4.11: a focus indicator at least 3:1 against what surrounds it
    backgrounds = {"window": palette.window, "base": palette.base, "card": palette.card}
    weak = {n: round(contrast(palette.focus_ring, bg), 2) for n, bg in backgrounds.items()}
    assert min(weak.values()) >= 3.0, weak
    assert contrast(palette.nav_text, palette.nav_selected) >= 3.0  # the sections' ring on a chosen one
    assert contrast(palette.nav_text, palette.sidebar) >= 3.0
    rules = style_sheet(palette)
    for selector in ("QPushButton#Primary:focus", "QLineEdit:focus", "QTableView:focus", "::item:focus"):
        assert selector in rules


def test_no_emoji_in_the_interface_and_the_call_buttons_use_the_flat_icons(qapp: QApplication, qtbot) -> None:
    """The lesson bar's "📞 Call" showed a blank box on Linux: the app's fonts (and many systems') have no
    emoji, which live outside Unicode's basic plane. Pictures are the flat icons, drawn in the theme."""
    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "astegni_desktop").rglob("*.py"), *(root / "resources" / "translations").glob("*.ts")]
    astral = [
        f"{path.relative_to(root)}:{n}"
        for path in sources
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(ch) > 0xFFFF for ch in line)
    ]
    assert astral == []
    controls = CallControls()
    qtbot.addWidget(controls)
    assert controls.call.text() == "Call" and not controls.call.icon().isNull()
    assert controls.devices.text() == "" and not controls.devices.icon().isNull()
    assert controls.devices.accessibleName() == "Call settings"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_plain_button_and_a_tab_under_the_keyboard_wear_the_focus_ring(
    qapp: QApplication, qtbot, dark: bool
) -> None:
    """Fusion's own focus mark on plain buttons and tabs is a faint tint, lost in the dark theme: where the
    keyboard is, they are drawn with the theme's focus ring, and without it when the focus is elsewhere."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import (
        QPushButton,
        QStyle,
        QStyleOptionButton,
        QStyleOptionTab,
        QTabBar,
        QWidget,
    )

    apply_theme(qapp, "dark" if dark else "light")
    try:
        ring = QColor(theme.current().focus_ring)
        button, bar = QPushButton("Plain button"), QTabBar()
        bar.addTab("One")
        for w in (button, bar):
            qtbot.addWidget(w)
            w.resize(160, 36)
        keyboard = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange

        def ring_pixels(widget: QWidget, focused: bool) -> int:
            image = QImage(160, 36, QImage.Format.Format_ARGB32)
            image.fill(QColor(theme.current().window))
            painter = QPainter(image)
            if isinstance(widget, QPushButton):
                opt: QStyleOptionButton | QStyleOptionTab = QStyleOptionButton()
                opt.initFrom(widget)
                opt.text = widget.text()
                element = QStyle.ControlElement.CE_PushButton
            else:
                opt = QStyleOptionTab()
                opt.initFrom(widget)
                opt.text, opt.shape = "One", QTabBar.Shape.RoundedNorth
                element = QStyle.ControlElement.CE_TabBarTab
            opt.rect = image.rect().adjusted(2, 2, -2, -2)
            opt.state = (opt.state | keyboard) if focused else (opt.state & ~QStyle.StateFlag.State_HasFocus)
            widget.style().drawControl(element, opt, painter, widget)
            painter.end()
            return sum(
                1
                for y in range(image.height())
                for x in range(image.width())
                if image.pixelColor(x, y).rgb() == ring.rgb()
            )

        assert ring_pixels(button, True) >= 100 and ring_pixels(button, False) == 0
        assert ring_pixels(bar, True) >= 50 and ring_pixels(bar, False) == 0
    finally:
        apply_theme(qapp, "light")
