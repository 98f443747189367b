"""Canvas fixtures: the interface in English with its plural forms, as the app starts (app.py) and as the UI
tests have it (tests/ui/conftest.py), whichever of the two folders runs first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from astegni_desktop import i18n


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    i18n.install(qapp, "en", tmp_path_factory.mktemp("translations"))
