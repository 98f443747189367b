"""Typed settings in one JSON file in the data directory, written atomically. Never holds a secret."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
DEFAULT_SERVER = "https://api.astegni.com"
SETTINGS_VERSION = 1


@dataclass
class Settings:
    server_url: str = DEFAULT_SERVER
    theme: str = "system"  # light | dark | system
    last_account: str | None = None  # an account key (a hash), never an email
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    splitters: dict[str, str] = field(default_factory=dict)
    calendar_display: str = "gregorian"  # gregorian | ethiopian | both
    close_to_tray: bool = True  # closing the window keeps the app in the tray (reminders still come)
    language: str = "system"  # system | am | en (i18n.LANGUAGES); applies at the next start
    # Calls (the TURN password is kept in the system keyring, never here)
    call_microphone: str | None = None  # a PortAudio device name; None: the system's default
    call_speaker: str | None = None
    call_camera: str | None = None  # a device, "test-pattern", or None: the first camera
    call_stun: list[str] = field(
        default_factory=lambda: [
            "stun:stun.l.google.com:19302",
            "stun:stun1.l.google.com:19302",
            "stun:stun2.l.google.com:19302",
        ]
    )
    call_turn_url: str = ""
    call_turn_username: str = ""
    call_audio_only: bool = False
    call_bandwidth_kbps: int = 0  # 0: no cap
    version: int = SETTINGS_VERSION

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        try:
            settings = cls(**values)
        except TypeError:
            return cls()
        if settings.theme not in ("light", "dark", "system"):
            settings.theme = "system"
        if settings.calendar_display not in ("gregorian", "ethiopian", "both"):
            settings.calendar_display = "gregorian"
        settings.close_to_tray = bool(settings.close_to_tray)
        if settings.language not in ("system", "am", "en"):
            settings.language = "system"
        if not isinstance(settings.call_stun, list) or not all(
            isinstance(s, str) for s in settings.call_stun
        ):
            settings.call_stun = cls().call_stun
        if not isinstance(settings.call_bandwidth_kbps, int) or settings.call_bandwidth_kbps < 0:
            settings.call_bandwidth_kbps = 0
        settings.call_audio_only = bool(settings.call_audio_only)
        return settings

    def first_start_defaults(self, language: str) -> None:
        """On a first start, what the interface's language suggests: Ethiopian dates for an Amharic tutor
        (Settings changes it)."""
        if language == "am":
            self.calendar_display = "ethiopian"

    def save(self, path: Path) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the data folder: private to the user
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(self), f, indent=2)
        os.replace(tmp, path)
