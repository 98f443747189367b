"""Signing in and out: login + switch-role, tokens persisted to the keyring on every rotation."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .api import ApiError, BadResponse, Offline, Unauthorized
from .credentials import MemorySecretStore, NoSecureStorage, SecretStore, StoredSession

if TYPE_CHECKING:
    from .api.client import AstegniApi, TokenPair

log = logging.getLogger(__name__)


class SignInError(Exception):
    """Why signing in failed, in words for the tutor."""


def account_key(server_url: str, email: str) -> str:
    return hashlib.sha256(f"{normalise_url(server_url)}|{email.strip().lower()}".encode()).hexdigest()[:24]


def normalise_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if url and "://" not in url:
        url = f"https://{url}"
    return url


@dataclass
class Account:
    key: str
    server_url: str
    email: str
    user_id: int
    tutor_profile_id: int | None
    display_name: str

    def cache_path(self, data_dir: Path) -> Path:
        return data_dir / "accounts" / self.key / "cache.sqlite3"


class SessionManager:
    """Holds the signed-in account's api client; `secrets` decides where tokens may live."""

    def __init__(
        self, secrets: SecretStore, *, api_timeout: float = 15.0, api_deadline: float | None = None
    ) -> None:
        self.secrets = secrets
        self.api_timeout = api_timeout
        self.api_deadline = api_deadline  # None: the API's own (tests shorten it)
        self.account: Account | None = None
        self.api: AstegniApi | None = None

    @property
    def remembers(self) -> bool:
        return not isinstance(self.secrets, MemorySecretStore)

    @property
    def memory_only(self) -> bool:
        """The session can only be kept until the app quits: no keyring, or it refused the tokens (this
        stays so after a sign-out: the next sign-in is memory-only too)."""
        return not self.remembers or not self.secrets.available()

    def use_memory_only(self) -> None:
        self.secrets = MemorySecretStore()

    def _persist(self, account: Account, tokens: TokenPair | None) -> None:
        if tokens is None:
            self.secrets.delete(account.key)
            return
        stored = StoredSession(
            account.server_url,
            account.email,
            tokens.access,
            tokens.refresh,
            account.user_id,
            account.tutor_profile_id,
            account.display_name,
        )
        try:
            self.secrets.save(account.key, stored)
        except NoSecureStorage:
            log.warning("keyring refused the tokens; keeping them in memory for this run")
            self.use_memory_only()
            self.secrets.save(account.key, stored)

    def _make_api(self, account: Account, tokens: TokenPair | None) -> AstegniApi:
        from .api.client import DEADLINE, AstegniApi  # noqa: PLC0415

        return AstegniApi(
            account.server_url,
            tokens=tokens,
            timeout=self.api_timeout,
            on_tokens=lambda t: self._persist(account, t),
            deadline=self.api_deadline or DEADLINE,
        )

    async def sign_in(self, server_url: str, email: str, password: str) -> Account:
        server_url = normalise_url(server_url)
        if not server_url.startswith(("http://", "https://")):
            raise SignInError("The server address should start with https://")
        if not email.strip() or not password:
            raise SignInError("Enter your email and password.")
        from .api.client import DEADLINE, AstegniApi  # noqa: PLC0415

        pending: list[TokenPair | None] = []
        api = AstegniApi(
            server_url,
            timeout=self.api_timeout,
            deadline=self.api_deadline or DEADLINE,
            on_tokens=pending.append,
        )
        try:
            result = await api.login(email, password)
        except Unauthorized as exc:
            await api.aclose()
            raise SignInError("The email or password is not correct.") from exc
        except Offline as exc:
            await api.aclose()
            raise SignInError(
                f"Can't reach {server_url}. Check the address and your internet connection."
            ) from exc
        except BadResponse as exc:  # junk, a redirect, an answer too large or too deep: not Astegni's
            await api.aclose()
            raise SignInError(f"{server_url} did not answer as Astegni does. {exc.message}") from exc
        except ApiError as exc:
            await api.aclose()
            raise SignInError(f"The server refused the sign-in: {exc.detail or exc.message}") from exc
        user = result.user
        if "tutor" not in user.roles:
            await api.aclose()
            raise SignInError(
                "This account is not a tutor account. Astegni Desktop is for tutors; students and "
                "parents can keep using astegni.com."
            )
        account = Account(
            account_key(server_url, email),
            server_url,
            email.strip().lower(),
            user.id,
            user.role_ids.get("tutor"),
            user.display_name,
        )
        await api.aclose()
        self.account = account
        self.api = self._make_api(account, pending[-1] if pending else None)
        if self.api.tokens is not None:
            self._persist(account, self.api.tokens)
        return account

    def resume(self, key: str) -> Account | None:
        """Signed in from a previous run, if the keyring still holds the session."""
        stored = self.secrets.load(key)
        if stored is None:
            return None
        account = Account(
            key, stored.server_url, stored.email, stored.user_id, stored.tutor_profile_id, stored.display_name
        )
        self.account = account
        from .api.client import TokenPair  # noqa: PLC0415

        self.api = self._make_api(account, TokenPair(stored.access_token, stored.refresh_token))
        return account

    async def sign_out(self) -> None:
        if self.api is not None:
            try:
                await self.api.logout()
            except ApiError:
                log.info("logout could not reach the server; the local session is removed anyway")
            await self.api.aclose()
        if self.account is not None:
            self.secrets.delete(self.account.key)
        self.api = None
        self.account = None
