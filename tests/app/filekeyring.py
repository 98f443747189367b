"""A test-only keyring shared by processes: a JSON file named by $ASTEGNI_TEST_KEYRING. Select it with
PYTHON_KEYRING_BACKEND=tests.app.filekeyring.FileKeyring (never used by the app itself)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors
from jaraco.classes import properties


class FileKeyring(keyring.backend.KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        """Only when chosen on purpose: keyring's detection tries every backend class it can import."""
        if "ASTEGNI_TEST_KEYRING" not in os.environ:
            raise RuntimeError("FileKeyring is for tests that name it")
        return 1

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path or Path(os.environ["ASTEGNI_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), "utf-8")
        tmp.replace(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}|{username}"] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}|{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._write(data)
