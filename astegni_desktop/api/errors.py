"""The API's small error hierarchy: what went wrong, whether retrying may help, and whether a request may have
reached the server (which decides how a non-idempotent call is retried)."""

from __future__ import annotations


class ApiError(Exception):
    """Base of every API failure. `message` is written for a tutor, `detail` is what the server said."""

    retryable = False

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        detail: str | None = None,
        maybe_applied: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.detail = detail
        # True when the server may have applied the request although we did not get (or could not read) the
        # answer: a time-out after sending, a dropped connection, a malformed body.
        self.maybe_applied = maybe_applied


class Offline(ApiError):
    """The server could not be reached, or the connection broke. `still_running`: the answer timed out, so
    the server may still be working on the request (a non-idempotent retry must wait before checking)."""

    retryable = True
    still_running = False


class ServerError(ApiError):
    """5xx (or 429): the server failed; trying again later may work."""

    retryable = True


class BadResponse(ApiError):
    """The answer was not what the contract promises (not JSON, wrong shape). Retrying may help."""

    retryable = True


class Unauthorized(ApiError):
    """401 on a token that was just renewed (the renewal itself worked): worth retrying later."""

    retryable = True


class AuthExpired(Unauthorized):
    """The session is over (refresh token revoked or expired): the tutor must sign in again."""


class Forbidden(ApiError):
    """403."""


class NotFound(ApiError):
    """404."""


class Conflict(ApiError):
    """409 (a duplicate session request)."""


class ValidationFailed(ApiError):
    """422 or another 4xx: the request itself is wrong and will fail again."""


def error_for_status(status: int, detail: str, *, maybe_applied: bool = False) -> ApiError:
    if status == 401:
        return Unauthorized("Your session has expired. Please sign in again.", status=status, detail=detail)
    if status == 403:
        return Forbidden("The server refused this action.", status=status, detail=detail)
    if status == 404:
        return NotFound("The server no longer has this item.", status=status, detail=detail)
    if status == 409:
        return Conflict("This conflicts with something already on the server.", status=status, detail=detail)
    if status == 429 or status >= 500:
        # A gateway's 502/504 may come after the server applied the request; the server's own 5xx roll back.
        ambiguous = maybe_applied or status in (502, 504)
        return ServerError(
            "The Astegni server had a problem. The app will try again.",
            status=status,
            detail=detail,
            maybe_applied=ambiguous,
        )
    return ValidationFailed("The server did not accept this request.", status=status, detail=detail)
