"""The Ge'ez font the app ships, so Amharic reads on machines without one (Windows and macOS have none by
default, nor has a bare Linux image): Noto Sans Ethiopic (SIL Open Font License, resources/fonts/OFL.txt).

It is a fallback, never the first choice: the UI keeps the system's font for Latin text and Qt takes each
Ethiopic glyph from the next family of the font's list. The UI, the board's text (`render.text_font`) and
the PDF export (QPdfWriter embeds the glyphs it draws) all name it.

Registering costs about 0.3 ms once Qt's font database is loaded (measured; loading the database is paid
by the first text drawn anyway), so it happens at start-up, before any window paints.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from .ui_support import root

ETHIOPIC = "Noto Sans Ethiopic"
ETHIOPIC_FILE = "NotoSansEthiopic-Regular.ttf"

log = logging.getLogger(__name__)


@cache
def register() -> bool:
    """Add the bundled Ge'ez font to this process's font database (once); False if it could not be read."""
    path = root() / "resources" / "fonts" / ETHIOPIC_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("the Ge'ez font %s could not be loaded: Amharic may show as boxes", path)
        return False
    return ETHIOPIC in QFontDatabase.applicationFontFamilies(font_id)


def with_ethiopic(font: QFont) -> QFont:
    """`font`, with the Ge'ez font after its own families for the glyphs they lack."""
    families = [family for family in font.families() or [font.family()] if family != ETHIOPIC]
    font.setFamilies([*families, ETHIOPIC])
    return font


def install(app: QGuiApplication) -> None:
    """Register the font and make it the application font's fallback (every widget inherits it)."""
    if register():
        app.setFont(with_ethiopic(QFont(app.font())))
