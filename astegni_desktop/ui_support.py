"""Where the UI finds forms, icons and themes (also inside a PyInstaller bundle), and how it applies them."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QFile, QIODevice, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QObject)


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build a widget from ui/<name>.ui (Qt Designer)."""
    path = root() / "ui" / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"could not load form {name}")
    return widget


def child(parent: QObject, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"{name} ({kind.__name__}) missing from the form")
    return found


@cache
def icon(name: str, color: str = "#5f6b7a", size: int = 24) -> QIcon:
    svg = (
        (root() / "resources" / "icons" / f"{name}.svg")
        .read_text(encoding="utf-8")
        .replace("currentColor", color)
    )
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result


def is_dark(theme: str) -> bool:
    if theme == "system":
        hints = QGuiApplication.styleHints()
        return hints.colorScheme() == Qt.ColorScheme.Dark
    return theme == "dark"


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle("Fusion")
    dark = is_dark(theme)
    palette = QPalette()
    if dark:
        for role, color in (
            (QPalette.ColorRole.Window, "#1b1e27"),
            (QPalette.ColorRole.WindowText, "#e6e8ef"),
            (QPalette.ColorRole.Base, "#232733"),
            (QPalette.ColorRole.AlternateBase, "#262a36"),
            (QPalette.ColorRole.Text, "#e6e8ef"),
            (QPalette.ColorRole.Button, "#2a2f3c"),
            (QPalette.ColorRole.ButtonText, "#e6e8ef"),
            (QPalette.ColorRole.Highlight, "#3949ab"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.ToolTipBase, "#232733"),
            (QPalette.ColorRole.ToolTipText, "#e6e8ef"),
            (QPalette.ColorRole.PlaceholderText, "#7d8596"),
        ):
            palette.setColor(role, QColor(color))
    else:
        for role, color in (
            (QPalette.ColorRole.Window, "#f7f8fb"),
            (QPalette.ColorRole.WindowText, "#1f2430"),
            (QPalette.ColorRole.Base, "#ffffff"),
            (QPalette.ColorRole.AlternateBase, "#f5f6fa"),
            (QPalette.ColorRole.Text, "#1f2430"),
            (QPalette.ColorRole.Button, "#ffffff"),
            (QPalette.ColorRole.ButtonText, "#1f2430"),
            (QPalette.ColorRole.Highlight, "#3949ab"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.PlaceholderText, "#9aa1ae"),
        ):
            palette.setColor(role, QColor(color))
    app.setPalette(palette)
    qss = (root() / "resources" / "themes" / ("dark.qss" if dark else "light.qss")).read_text(
        encoding="utf-8"
    )
    app.setStyleSheet(qss)
    app.setProperty("astegniDark", dark)
