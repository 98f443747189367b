"""AstegniApi against the real dev server: auth bootstrap, refresh on 401, errors the tutor can read."""

from __future__ import annotations

import httpx
import pytest

from astegni_desktop.api import AstegniApi, AuthExpired, BadResponse, Offline, ServerError, Unauthorized
from astegni_devserver.runner import DevServer
from astegni_devserver.seed import DEMO_STUDENT, DEMO_TUTOR
from tests.helpers.client import signed_in

pytestmark = pytest.mark.asyncio


async def test_login_switches_to_the_tutor_role_on_the_deployed_server(deployed_server: DevServer) -> None:
    seen: list[object] = []
    api = AstegniApi(deployed_server.url, on_tokens=seen.append)
    result = await api.login(*DEMO_TUTOR)
    assert result.user.active_role == "student"  # D1 reset it
    assert api.tokens is not None and api.tokens.claims()["role"] == "tutor"
    assert len(seen) == 2  # login, then switch-role: each persisted
    assert (await api.me()).active_role == "tutor"
    requests = await api.list_requests("pending")
    assert requests and all(r.requested_to_name for r in requests)
    await api.aclose()


async def test_wrong_password_and_form_login(server: DevServer) -> None:
    api = AstegniApi(server.url)
    with pytest.raises(Unauthorized) as info:
        await api.login(DEMO_TUTOR[0], "wrong")
    assert info.value.detail == "Incorrect email or password"
    student = await api.login(*DEMO_STUDENT)
    assert "tutor" not in student.user.roles
    await api.aclose()


async def test_a_401_is_refreshed_once_and_retried(server: DevServer) -> None:
    api = await signed_in(server.url)
    before = api.tokens
    server.set_faults("rate=1,kinds=401,limit=1,path=/api/session-requests")
    requests = await api.list_requests()
    assert len(requests) == 18
    assert api.tokens is not None and before is not None and api.tokens.refresh != before.refresh
    await api.aclose()


async def test_a_revoked_session_says_sign_in_again(server: DevServer) -> None:
    api = await signed_in(server.url)
    other = await signed_in(server.url)
    await other.logout()  # revokes every refresh token of the account
    server.set_faults("rate=1,kinds=401,limit=1,path=/api/me")
    with pytest.raises(AuthExpired):
        await api.me()
    assert api.tokens is None
    await api.aclose()


async def test_errors_are_typed_and_say_whether_the_server_may_have_applied(server: DevServer) -> None:
    api = await signed_in(server.url, timeout=1.0)
    server.set_faults("rate=1,kinds=malformed,path=/api/session-requests,methods=PATCH")
    with pytest.raises(BadResponse) as bad:
        await api.respond(1015, "rejected", "busy")
    assert bad.value.maybe_applied
    server.set_faults("rate=1,kinds=503,path=/api/me")
    with pytest.raises(ServerError):
        await api.me()
    server.set_faults("rate=1,kinds=drop_after,path=/api/session-requests,methods=PATCH")
    with pytest.raises(Offline) as dropped:
        await api.respond(1012, "rejected")
    assert dropped.value.maybe_applied
    server.set_faults("rate=0")
    server.stop()
    with pytest.raises(Offline) as down:
        await api.me()
    assert not down.value.maybe_applied
    await api.aclose()


async def test_malformed_shapes_are_refused_not_cached(server: DevServer) -> None:
    bad_json = httpx.MockTransport(
        lambda request: httpx.Response(200, json=[{"id": "not-an-int", "status": 3}])
    )
    api = AstegniApi(server.url, transport=bad_json)
    api.tokens = (await signed_in(server.url)).tokens
    with pytest.raises(BadResponse):
        await api.list_requests()
    html = httpx.MockTransport(lambda request: httpx.Response(200, text="<html>proxy login</html>"))
    api2 = AstegniApi(server.url, transport=html, tokens=api.tokens)
    with pytest.raises(BadResponse):
        await api2.me()
