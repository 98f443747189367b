"""Tokens live only in the OS keyring. When there is none, say so: never fall back to a plaintext file."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Any

from .i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
SERVICE = "Astegni Desktop"

NO_KEYRING_MESSAGE = QT_TRANSLATE_NOOP(
    "credentials",
    "This computer has no secure password storage (a keyring) that Astegni Desktop can use, so it cannot "
    "remember your sign-in. You can stay signed in until you close the app. To be remembered, install and "
    "unlock GNOME Keyring or KWallet (Linux); Windows and macOS provide one already.",
)


class NoSecureStorage(Exception):
    """No usable keyring: the session can only be kept in memory."""


@dataclass(frozen=True)
class StoredSession:
    """One entry per account, written in one call so rotated tokens are stored atomically."""

    server_url: str
    email: str
    access_token: str
    refresh_token: str
    user_id: int
    tutor_profile_id: int | None
    display_name: str

    def dumps(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def loads(cls, raw: str) -> StoredSession | None:
        try:
            data: Any = json.loads(raw)
            return cls(**data) if isinstance(data, dict) else None
        except (TypeError, ValueError):
            return None


class SecretStore:
    """The OS keyring (imported on first use: it probes D-Bus backends, which costs start-up time)."""

    def available(self) -> bool:
        import keyring  # noqa: PLC0415
        import keyring.backends.fail  # noqa: PLC0415

        return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)

    def save(self, account_key: str, session: StoredSession) -> None:
        import keyring  # noqa: PLC0415
        import keyring.errors  # noqa: PLC0415

        try:
            keyring.set_password(SERVICE, account_key, session.dumps())
        except keyring.errors.KeyringError as exc:
            raise NoSecureStorage(NO_KEYRING_MESSAGE) from exc

    def load(self, account_key: str) -> StoredSession | None:
        import keyring  # noqa: PLC0415
        import keyring.errors  # noqa: PLC0415

        try:
            raw = keyring.get_password(SERVICE, account_key)
        except keyring.errors.KeyringError:
            log.info("keyring unavailable; signing in is needed")
            return None
        return StoredSession.loads(raw) if raw else None

    def delete(self, account_key: str) -> None:
        import keyring  # noqa: PLC0415
        import keyring.errors  # noqa: PLC0415

        try:
            keyring.delete_password(SERVICE, account_key)
        except keyring.errors.KeyringError:
            log.info("no stored secret to delete")


class MemorySecretStore(SecretStore):
    """For --demo and 'this run only': nothing leaves the process."""

    def __init__(self) -> None:
        self._values: dict[str, StoredSession] = {}

    def available(self) -> bool:
        return True

    def save(self, account_key: str, session: StoredSession) -> None:
        self._values[account_key] = session

    def load(self, account_key: str) -> StoredSession | None:
        return self._values.get(account_key)

    def delete(self, account_key: str) -> None:
        self._values.pop(account_key, None)
