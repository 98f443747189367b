"""Refresh the .ts translation sources from the code and forms (pyside6-lupdate), keeping every translation
already written; then translate what it marks unfinished (Qt Linguist: `uv run pyside6-linguist FILE`).

    uv run python scripts/update_translations.py              # resources/translations/astegni_*.ts
    uv run python scripts/update_translations.py --into DIR   # copies refreshed in DIR (the tests' check)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# English is the source language: its file holds only the plural forms ("1 lesson", "2 lessons")
LANGUAGES = ("am", "en")


def sources() -> list[Path]:
    """Every file with interface text: the package's Python (not the dev server's) and the .ui forms."""
    return sorted((ROOT / "astegni_desktop").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if found is None:
        raise SystemExit("pyside6-lupdate not found (it comes with PySide6-Essentials)")
    return found


def update(into: Path) -> list[Path]:
    into.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        ts = into / f"astegni_{language}.ts"
        committed = ROOT / "resources" / "translations" / ts.name
        if committed.is_file() and committed != ts:
            shutil.copyfile(committed, ts)
        # no line numbers: an edit elsewhere in a file must not rewrite the .ts
        subprocess.run(
            [lupdate(), *map(str, sources()), "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", language, "-silent", *(["-pluralonly"] if language == "en" else []),
             "-ts", str(ts)],
            check=True,
        )  # fmt: skip
        written.append(ts)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--into", type=Path, default=ROOT / "resources" / "translations")
    for ts in update(parser.parse_args().into):
        print(ts)


if __name__ == "__main__":
    main()
