"""The interface language: Qt's translation system, English in the source and Amharic in
resources/translations/astegni_am.ts.

The .ts files (XML, reviewed like code) are the sources; the .qm files Qt loads are generated, never
committed. The bundle compiles them when it is built (build.spec). A checkout or an installed wheel compiles
them here, at start-up, into the data folder when they are missing or older than their .ts, with the
lrelease that PySide6-Essentials ships: about 30 ms, once per change of the .ts. A hatch build hook was the
alternative, but `uv run` from a checkout installs the project editable and would not run it, and a stale
.qm would silently show old words; comparing times at start-up cannot go stale.

Screens format dates, numbers and money through QLocale: `install` makes the chosen language QLocale's
default, so they follow it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

# the Settings choice: (key, how it is shown; each language names itself)
LANGUAGES = (("system", "Follow the system"), ("am", "አማርኛ"), ("en", "English"))
TRANSLATED = ("am", "en")  # languages with a .ts; English's holds only plural forms (English is the source)


ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
_ui_locale = ENGLISH  # never the system's own locale unless chosen: a German system gets an English UI
_translators: list[QTranslator] = []


# translate("Context", "text"): lupdate finds the calls by this name. Plurals ("%n lessons") need a QObject's
# self.tr("…", "", count) with `count` a plain name: lupdate marks no other call as a plural.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` where it is defined (a table); translate it where shown.
    PySide6's own returns `object`, which a typed table cannot hold."""
    return text


# Qt's own button texts (dialog button boxes, message boxes): Qt ships no Amharic for them, so ours carries
# them. "QPlatformTheme" on most desktops; GNOME's theme has its own, with mnemonics.
QT_STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)


def ui_locale() -> QLocale:
    """The locale screens format dates and numbers with: the interface's language, not the machine's."""
    return _ui_locale


def translations_dir() -> Path:
    from .ui_support import root  # noqa: PLC0415 - QtWidgets stays out of the calendar's import path

    return root() / "resources" / "translations"


def ts_file(language: str) -> Path:
    return translations_dir() / f"astegni_{language}.ts"


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a Settings choice: "system" reads the OS's locale."""
    if choice in TRANSLATED:
        return choice
    locale = system or QLocale.system()
    return "am" if locale.language() == QLocale.Language.Amharic else "en"


def locale_for(language: str) -> QLocale:
    if language == "am":
        return QLocale(QLocale.Language.Amharic, QLocale.Country.Ethiopia)
    return ENGLISH


def lrelease() -> list[str] | None:
    """The command that compiles .ts into .qm, from the PySide6 wheel (or the PATH)."""
    import PySide6  # noqa: PLC0415 - only to find its folder

    folder = Path(PySide6.__file__).parent
    exe = ".exe" if sys.platform == "win32" else ""
    for candidate in (folder / f"lrelease{exe}", folder / "Qt" / "libexec" / f"lrelease{exe}"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    command = lrelease()
    if command is None:
        log.warning("no lrelease: the interface stays in English")
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False)
    if done.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed on %s: %s", ts, done.stderr.decode(errors="replace")[-500:])
        return False
    return True


def compiled(language: str, cache_dir: Path) -> Path | None:
    """The .qm of `language`: the bundle's, else one compiled into `cache_dir` when missing or stale."""
    ts = ts_file(language)
    bundled = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # a bundle's .qm was compiled from its .ts when it was built
    if bundled.is_file() and (frozen or not ts.is_file() or bundled.stat().st_mtime >= ts.stat().st_mtime):
        return bundled
    if not ts.is_file():
        return None
    qm = cache_dir / bundled.name
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    return qm if compile_ts(ts, qm) else None


def install(app: QCoreApplication, choice: str, cache_dir: Path) -> str:
    """Show the interface in the chosen language from now on (windows made later); returns the language."""
    global _ui_locale  # noqa: PLW0603 - one interface language per process, chosen at start-up
    language = resolve(choice)
    _ui_locale = locale_for(language)
    QLocale.setDefault(_ui_locale)
    while _translators:
        app.removeTranslator(_translators.pop())
    qm = compiled(language, cache_dir)
    translator = QTranslator(app)
    if qm is not None and translator.load(str(qm)):
        app.installTranslator(translator)
        _translators.append(translator)
    else:
        log.warning("no %s translation could be loaded: the interface stays in English", language)
    return language
