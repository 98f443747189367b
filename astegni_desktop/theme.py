"""The one colour palette of the UI, light and dark, and how a theme is applied and followed.

Every colour the app chooses lives here under a name saying what it is for (a calendar block's fill, a
pill's text, the desk around the page), once per theme. The style sheet (`resources/themes/app.qss`) names
these roles (`$role`), painted views read `current()` while they paint, and icons are tinted by role when
drawn, so switching the theme (or the OS switching its colour scheme, for the "system" setting) repaints
everything in the new colours without rebuilding a widget. Colours the tutor chooses (ink, paper) are data,
not theme, and stay out of here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from string import Template
from typing import Literal

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

Colours = tuple[str, str]  # (background, text)
# The colour roles an icon may be tinted with (ui_support.icon)
IconRole = Literal[
    "icon",
    "tool_icon",
    "on_primary",
    "nav_icon",
    "brand",
    "danger_icon",
    "good_icon",
    "warn_icon",
    "accent_icon",
    "muted_icon",
]
Block = tuple[str, str, str]  # (fill, edge, text)


@dataclass(frozen=True)
class Palette:
    """Named colours of one theme. Fields ending in `_text` (and the `text` of pairs) are read against
    the background named in `TEXT_ON`; tests/ui/test_theme.py holds each such pair to 4.5:1."""

    dark: bool
    # window, fields and buttons (also Qt's QPalette)
    window: str
    window_text: str
    base: str
    alt_base: str
    button: str
    highlight: str
    highlighted_text: str
    placeholder_text: str
    tooltip: str
    muted_text: str
    border: str
    input_border: str
    header: str
    header_text: str
    status_bar: str
    card: str
    detail_pane: str
    section_text: str
    # the sidebar
    sidebar: str
    nav_text: str
    nav_selected: str
    nav_hover: str
    brand_text: str
    brand_sub_text: str
    # buttons
    primary: str
    primary_text: str
    primary_hover: str
    primary_disabled: str
    danger_text: str
    danger_border: str
    danger_disabled_text: str
    filter_border: str
    row_selected: str
    row_selected_text: str
    popup_selected: str
    popup_selected_text: str
    tab_text: str
    tab_selected_text: str
    # notices
    warning: str
    warning_border: str
    warning_text: str
    error: str
    error_border: str
    error_text: str
    info: str
    info_border: str
    info_text: str
    # tones of a word on the window: states (live, sync), links
    good_text: str
    busy_text: str
    bad_text: str
    accent_text: str
    # icons (tints)
    icon: str
    tool_icon: str
    icon_disabled: str
    on_primary: str
    nav_icon: str
    brand: str
    danger_icon: str
    good_icon: str
    warn_icon: str
    accent_icon: str
    muted_icon: str
    unread: str  # the "new" dot
    # status pills: status -> (background, text)
    pills: Mapping[str, Colours]
    pill_other: Colours
    # the calendar
    lessons: Mapping[str, Colours]  # status -> (fill, text)
    available: Block
    booked: Block
    draft: Block
    conflict: str
    selected_edge: str
    focus_ring: str  # where the keyboard is: at least 3:1 on the window, fields and cards (WCAG 1.4.11)
    today: str
    today_text: str
    today_sub_text: str
    today_column: str
    out_of_month: str
    grid_line: str
    half_hour_line: str
    calendar_muted_text: str
    marked_day: Colours  # a date picked in the availability dialog
    # the whiteboard's chrome (around and over the paper, not the paper)
    desk: str
    page_edge: str
    marquee: str
    laser: str
    remote_pointer: str
    snap_guide: str

    def lesson(self, status: str) -> Colours:
        return self.lessons.get(status, self.lessons["scheduled"])

    def pill(self, status: str) -> Colours:
        return self.pills.get(status, self.pill_other)

    def qss_values(self) -> dict[str, str]:
        """The plain colour roles, by name, for the style sheet."""
        return {f.name: v for f in fields(self) if isinstance(v := getattr(self, f.name), str)}


PILL_STATUSES = (
    "pending",
    "accepted",
    "rejected",
    "scheduled",
    "in-progress",
    "completed",
    "cancelled",
    "queued",
    "failed",
)

LIGHT = Palette(
    dark=False,
    window="#f7f8fb",
    window_text="#1f2430",
    base="#ffffff",
    alt_base="#f5f6fa",
    button="#ffffff",
    highlight="#3949ab",
    highlighted_text="#ffffff",
    placeholder_text="#6b7280",
    tooltip="#ffffff",
    muted_text="#626978",
    border="#e3e6ee",
    input_border="#cfd4e0",
    header="#f5f6fa",
    header_text="#424a5a",
    status_bar="#f5f6fa",
    card="#ffffff",
    detail_pane="#fafbfe",
    section_text="#4a57a8",
    sidebar="#1f2a6b",
    nav_text="#e8eaf6",
    nav_selected="#3949ab",
    nav_hover="#2c387e",
    brand_text="#ffffff",
    brand_sub_text="#b4bbe4",
    primary="#283593",
    primary_text="#ffffff",
    primary_hover="#303f9f",
    primary_disabled="#9fa8da",
    danger_text="#c62828",
    danger_border="#ef9a9a",
    danger_disabled_text="#e0a0a0",
    filter_border="#c5cae9",
    row_selected="#e8eaf6",
    row_selected_text="#1a1a1a",
    popup_selected="#e8eaf6",
    popup_selected_text="#1a237e",
    tab_text="#626978",
    tab_selected_text="#283593",
    warning="#fff8e1",
    warning_border="#ffe082",
    warning_text="#5d4037",
    error="#ffebee",
    error_border="#ef9a9a",
    error_text="#b71c1c",
    info="#e8eaf6",
    info_border="#c5cae9",
    info_text="#1a237e",
    good_text="#2e7d32",
    busy_text="#8a5a00",
    bad_text="#c62828",
    accent_text="#3949ab",
    icon="#5f6b7a",
    tool_icon="#283593",
    icon_disabled="#b8bdc8",
    on_primary="#ffffff",
    nav_icon="#e8eaf6",
    brand="#283593",
    danger_icon="#c62828",
    good_icon="#2e7d32",
    warn_icon="#e65100",
    accent_icon="#5c6bc0",
    muted_icon="#9e9e9e",
    unread="#f9a825",
    pills={
        "pending": ("#fff3e0", "#a84300"),
        "accepted": ("#e8f5e9", "#2e7d32"),
        "rejected": ("#ffebee", "#c62828"),
        "scheduled": ("#e3f2fd", "#1565c0"),
        "in-progress": ("#fff8e1", "#8a5a00"),
        "completed": ("#e8f5e9", "#2e7d32"),
        "cancelled": ("#eceff1", "#4f6470"),
        "queued": ("#ede7f6", "#5e35b1"),
        "failed": ("#ffebee", "#c62828"),
    },
    pill_other=("#eceff1", "#37474f"),
    lessons={
        "scheduled": ("#3949ab", "#ffffff"),
        "in-progress": ("#f9a825", "#3e2723"),
        "completed": ("#2e7d32", "#ffffff"),
        "cancelled": ("#cfd8dc", "#3f515a"),
    },
    available=("#e8f5e9", "#66bb6a", "#1b5e20"),
    booked=("#eceff1", "#90a4ae", "#37474f"),
    draft=("#fafafa", "#bdbdbd", "#5f5f5f"),
    conflict="#d32f2f",
    selected_edge="#ff6f00",
    focus_ring="#3949ab",
    today="#283593",
    today_text="#ffffff",
    today_sub_text="#c5cae9",
    today_column="#f7f8ff",
    out_of_month="#fafbfc",
    grid_line="#e3e6ee",
    half_hour_line="#f3f4f8",
    calendar_muted_text="#656c7a",
    marked_day=("#c8e6c9", "#1b5e20"),
    desk="#e7eaf0",
    page_edge="#c3c9d4",
    marquee="#3949ab",
    laser="#e53935",
    remote_pointer="#ef6c00",
    snap_guide="#9e9e9e",
)

DARK = Palette(
    dark=True,
    window="#1b1e27",
    window_text="#e6e8ef",
    base="#232733",
    alt_base="#262a36",
    button="#2a2f3c",
    highlight="#3949ab",
    highlighted_text="#ffffff",
    placeholder_text="#9aa1b0",
    tooltip="#232733",
    muted_text="#a3abbc",
    border="#2e3340",
    input_border="#3a4050",
    header="#20232d",
    header_text="#c5cae9",
    status_bar="#20232d",
    card="#232733",
    detail_pane="#1b1e27",
    section_text="#9fa8da",
    sidebar="#151827",
    nav_text="#d5d9ee",
    nav_selected="#303a6b",
    nav_hover="#222a4d",
    brand_text="#ffffff",
    brand_sub_text="#9fa8da",
    primary="#3949ab",
    primary_text="#ffffff",
    primary_hover="#4556b8",
    primary_disabled="#2f3658",
    danger_text="#ef9a9a",
    danger_border="#8e3b3b",
    danger_disabled_text="#6d4a4a",
    filter_border="#3a4050",
    row_selected="#303a6b",
    row_selected_text="#ffffff",
    popup_selected="#3949ab",
    popup_selected_text="#ffffff",
    tab_text="#a3abbc",
    tab_selected_text="#c5cae9",
    warning="#3a3220",
    warning_border="#8d6e2c",
    warning_text="#ffe082",
    error="#3d1f22",
    error_border="#8e3b3b",
    error_text="#ffb4b4",
    info="#262c4a",
    info_border="#3949ab",
    info_text="#c5cae9",
    good_text="#81c784",
    busy_text="#ffd54f",
    bad_text="#ef9a9a",
    accent_text="#9fa8da",
    icon="#b4bccb",
    tool_icon="#c5cae9",
    icon_disabled="#525a6b",
    on_primary="#ffffff",
    nav_icon="#d5d9ee",
    brand="#7986cb",
    danger_icon="#ef9a9a",
    good_icon="#81c784",
    warn_icon="#ffb74d",
    accent_icon="#9fa8da",
    muted_icon="#7d8596",
    unread="#f9a825",
    pills={
        "pending": ("#3d2a14", "#ffb74d"),
        "accepted": ("#1e3323", "#81c784"),
        "rejected": ("#3d1f22", "#ef9a9a"),
        "scheduled": ("#1c2d42", "#90caf9"),
        "in-progress": ("#3a3220", "#ffd54f"),
        "completed": ("#1e3323", "#81c784"),
        "cancelled": ("#2b3036", "#b0bec5"),
        "queued": ("#2d2640", "#b39ddb"),
        "failed": ("#3d1f22", "#ef9a9a"),
    },
    pill_other=("#2b3036", "#cfd8dc"),
    lessons={
        "scheduled": ("#3949ab", "#ffffff"),
        "in-progress": ("#8a6416", "#fff8e1"),
        "completed": ("#23632a", "#ffffff"),
        "cancelled": ("#37424a", "#c3cdd3"),
    },
    available=("#1d3324", "#4caf50", "#a5d6a7"),
    booked=("#2a2f36", "#607d8b", "#cfd8dc"),
    draft=("#23262e", "#666b75", "#b4b8c0"),
    conflict="#ef5350",
    selected_edge="#ffa726",
    focus_ring="#8c9eff",
    today="#5c6bc0",
    today_text="#ffffff",
    today_sub_text="#e8eaf6",
    today_column="#20264a",
    out_of_month="#1f232b",
    grid_line="#3a3f4b",
    half_hour_line="#2a2e38",
    calendar_muted_text="#9aa1b0",
    marked_day=("#2e5b32", "#e8f5e9"),
    desk="#12141b",
    page_edge="#000000",
    marquee="#3949ab",
    laser="#e53935",
    remote_pointer="#ef6c00",
    snap_guide="#9e9e9e",
)

# (text role, background role) of every word the app writes on a colour of its own; pairs of a mapping
# (pills, lessons) and blocks are checked as well.
TEXT_ON = (
    ("window_text", "window"),
    ("window_text", "base"),
    ("window_text", "alt_base"),
    ("window_text", "button"),
    ("window_text", "card"),
    ("window_text", "detail_pane"),
    ("window_text", "tooltip"),
    ("highlighted_text", "highlight"),
    ("placeholder_text", "base"),
    ("muted_text", "window"),
    ("muted_text", "base"),
    ("muted_text", "detail_pane"),
    ("muted_text", "status_bar"),
    ("header_text", "header"),
    ("section_text", "window"),
    ("section_text", "detail_pane"),
    ("nav_text", "sidebar"),
    ("nav_text", "nav_hover"),
    ("highlighted_text", "nav_selected"),
    ("brand_text", "sidebar"),
    ("brand_sub_text", "sidebar"),
    ("primary_text", "primary"),
    ("primary_text", "primary_hover"),
    ("danger_text", "button"),
    ("row_selected_text", "row_selected"),
    ("popup_selected_text", "popup_selected"),
    ("tab_text", "window"),
    ("tab_selected_text", "window"),
    ("warning_text", "warning"),
    ("error_text", "error"),
    ("info_text", "info"),
    ("good_text", "window"),
    ("busy_text", "window"),
    ("bad_text", "window"),
    ("accent_text", "base"),
    ("today_text", "today"),
    ("calendar_muted_text", "base"),
    ("calendar_muted_text", "out_of_month"),
)


# -- the current theme -----------------------------------------------------------------------------------


class _Notifier(QObject):
    changed = Signal()


@dataclass
class _InUse:
    palette: Palette = LIGHT
    chosen: str = "light"  # the setting: "light", "dark" or "system"


_in_use = _InUse()
_notifier: _Notifier | None = None
_style: QStyle | None = None


def current() -> Palette:
    """The palette in use (read it while painting: it changes at run time)."""
    return _in_use.palette


def notifier() -> _Notifier:
    """Its `changed` signal fires after a theme was applied: for what Qt does not repaint by itself
    (a pixmap on a label, an item's text colour)."""
    global _notifier  # noqa: PLW0603 (one per process, made once there is a QApplication)
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def is_dark(theme: str) -> bool:
    if theme == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme == "dark"


def apply_theme(app: QApplication, theme: str, system_dark: bool | None = None) -> None:
    """Use `theme` ("light", "dark" or "system"); "system" follows the OS's colour scheme from now on."""
    _in_use.chosen = theme
    dark = system_dark if theme == "system" and system_dark is not None else is_dark(theme)
    p = DARK if dark else LIGHT
    _in_use.palette = p
    _install_style(app)
    app.setPalette(qt_palette(p))
    app.setStyleSheet(style_sheet(p))
    app.setProperty("astegniDark", dark)
    notifier().changed.emit()


def _install_style(app: QApplication) -> None:
    global _style  # noqa: PLW0603 (the app's one style, kept alive here)
    if _style is None:
        _style = FlatStyle()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda scheme: _follow_system(app, scheme))
    if app.style() is not _style:
        app.setStyle(_style)


def _follow_system(app: QApplication, scheme: Qt.ColorScheme) -> None:
    if _in_use.chosen == "system":
        apply_theme(app, "system", scheme == Qt.ColorScheme.Dark)


def qt_palette(p: Palette) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, p.window),
        (roles.WindowText, p.window_text),
        (roles.Base, p.base),
        (roles.AlternateBase, p.alt_base),
        (roles.Text, p.window_text),
        (roles.Button, p.button),
        (roles.ButtonText, p.window_text),
        (roles.Highlight, p.highlight),
        (roles.HighlightedText, p.highlighted_text),
        (roles.ToolTipBase, p.tooltip),
        (roles.ToolTipText, p.window_text),
        (roles.PlaceholderText, p.placeholder_text),
        (roles.BrightText, p.highlighted_text),
        (roles.Link, p.accent_text),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.muted_text))
    return palette


def style_sheet(p: Palette) -> str:
    from .ui_support import root  # noqa: PLC0415 (ui_support imports this module)

    template = (root() / "resources" / "themes" / "app.qss").read_text(encoding="utf-8")
    return Template(template).substitute(p.qss_values())


# -- dialog and message box icons from the app's flat set ------------------------------------------------

_MESSAGE_ICONS: dict[QStyle.StandardPixmap, tuple[str, IconRole]] = {
    QStyle.StandardPixmap.SP_MessageBoxCritical: ("alert", "danger_icon"),
    QStyle.StandardPixmap.SP_MessageBoxWarning: ("alert", "warn_icon"),
    QStyle.StandardPixmap.SP_MessageBoxInformation: ("info", "accent_icon"),
    QStyle.StandardPixmap.SP_MessageBoxQuestion: ("help", "accent_icon"),
}


def _focus_ring(painter: QPainter, rect: QRect) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(current().focus_ring), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    painter.restore()


class FlatStyle(QProxyStyle):
    """Fusion, with the app's flat icons in message boxes and no icons on dialog buttons (the platform's
    floppy disk, red X and hand did not match the rest of the app)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def standardIcon(
        self,
        standard: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        found = _MESSAGE_ICONS.get(standard)
        if found is not None:
            from .ui_support import icon  # noqa: PLC0415 (ui_support imports this module)

            name, role = found
            return icon(name, role)
        return super().standardIcon(standard, option, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        answer: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, answer)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion marks the keyboard's place on plain buttons (their panel), tabs, tool buttons and check
        boxes (the focus rectangle) with a tint of the highlight, next to invisible in the dark theme: here it
        is the theme's focus ring, 2 px."""
        kinds = QStyle.PrimitiveElement
        keyboard = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if element == kinds.PE_FrameFocusRect and not isinstance(widget, QAbstractItemView):
            if option.state & QStyle.StateFlag.State_KeyboardFocusChange:
                _focus_ring(painter, option.rect)
            return
        if element == kinds.PE_PanelButtonCommand and (option.state & keyboard) == keyboard:
            super().drawPrimitive(element, option, painter, widget)
            _focus_ring(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
