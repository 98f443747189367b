"""How each kind of outbox op is delivered, with its exactly-once rule (DESIGN.md §3, CONTRACT.md §9)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from ..api import NotFound, ServerError
from ..store import Op, Store

if TYPE_CHECKING:
    from ..api import AstegniApi


class PermanentFailure(Exception):
    """The server will never accept this op as it is: show it to the tutor with retry/discard."""


@dataclass
class Delivered:
    """What to record locally, in the same transaction that removes the op."""

    apply: Callable[[Connection], None] | None = None
    refresh_after: bool = (
        False  # the server created things we should pull (accept creates students and lessons)
    )


Handler = Callable[["AstegniApi", Store, Op], Awaitable[Delivered]]


async def respond_to_request(api: AstegniApi, store: Store, op: Op) -> Delivered:
    """PATCH accept/reject. Not retry-safe: after an unknown outcome or a 404, GET decides (CONTRACT §3.3)."""
    request_id: int = op.payload["request_id"]
    wanted: str = op.payload["status"]

    async def settle_from_server() -> Delivered | None:
        try:
            current = await api.get_request(request_id)
        except NotFound as exc:
            raise PermanentFailure("This request no longer exists on the server.") from exc
        if current.status == wanted:
            return Delivered(
                lambda c: store.request_delivered(c, request_id, current, wanted), wanted == "accepted"
            )
        if current.status != "pending":
            raise PermanentFailure(f"This request was already {current.status} (perhaps on the website).")
        return None

    if op.maybe_applied:
        settled = await settle_from_server()
        if settled is not None:
            return settled
    try:
        await api.respond(request_id, wanted, op.payload.get("reason"))
    except NotFound:
        settled = await settle_from_server()
        if settled is not None:
            return settled
        raise
    except ServerError as exc:
        view = store.request(request_id)
        if wanted == "accepted" and view is not None and view.model.package_id is None:
            # D5: the deployed server answers 500 to every accept of a request without a package.
            raise PermanentFailure(
                "The server cannot accept a request without a package. Reject it, or ask "
                "the student to choose a package."
            ) from exc
        raise
    return Delivered(lambda c: store.request_delivered(c, request_id, None, wanted), refresh_after=True)


HANDLERS: dict[str, Handler] = {
    "request.respond": respond_to_request,
}
