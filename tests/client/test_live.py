"""The live relay and lesson service against the dev server's WebSocket, with the web student's model
(`tests/student_client.py`, CONTRACT.md §13) on the other end: what the student's browser shows must be what
the tutor drew, page by page, whatever the ids and whatever the server refuses."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from astegni_desktop.ink import Page
from astegni_desktop.ink.codec import content_key
from astegni_desktop.lesson_service import LessonService
from astegni_desktop.session import Account
from astegni_desktop.store import Store
from astegni_desktop.sync import RetryPolicy, SyncEngine
from astegni_desktop.sync.live import Identity, LiveRelay, parse_inbound, sender_id_for
from astegni_devserver.runner import DevServer
from tests.client.test_lesson_sync import prepare
from tests.helpers.client import drain_until_empty, engine_for, signed_in
from tests.helpers.ink import HANNA, pen
from tests.helpers.live import Events, until
from tests.student_client import StudentClient, add_student

pytestmark = pytest.mark.asyncio
TUTOR_USER, TUTOR_PROFILE = 1, 100  # the demo tutor, Meron


@pytest.fixture
def hanna(server: DevServer) -> Iterator[StudentClient]:
    client = StudentClient(server.url)
    yield client
    client.close()


async def live_lesson(server: DevServer, tmp_path: Path, pages: int = 1) -> tuple[Any, ...]:
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    board_id, _ = prepare(store, pages=pages, per_page=1)
    store.lessons.bind(board_id, HANNA, "Hanna Tesfaye", "Live lesson")
    await drain_until_empty(engine)
    session_id = store.lessons.sync_state(board_id).session_id
    events = Events()
    live = LiveRelay(
        server.ws_url,
        Identity(TUTOR_USER, TUTOR_PROFILE, "Meron Alemayehu"),
        events,
        reconnect=RetryPolicy(base=0.05, cap=0.2),
    )
    engine.relay = live.relay_delivered
    live.follow(session_id, HANNA)
    await until(lambda: live.state == "connected")
    return api, engine, store, board_id, session_id, live, events


def tutor_pages(store: Store, board_id: str) -> list[list[str]]:
    board = store.boards.load(board_id)
    assert board is not None
    return [[s.client_id for s in page] for page in board.pages]


async def browser_matches(student: StudentClient, store: Store, board_id: str, timeout: float = 10) -> None:
    """Wait until the student's browser (the model) holds the tutor's pages stroke for stroke; if it does
    not, say what arrived and when."""
    try:
        await until(lambda: student.page_client_ids() == tutor_pages(store, board_id), timeout)
    except AssertionError:
        print("BROWSER", student.page_client_ids(), [p.id for p in student.pages])
        print("TUTOR", tutor_pages(store, board_id))
        for a in student.arrivals:
            m = a.message
            cid = (m.get("stroke_data") or {}).get("client_id")
            print("  ", round(a.at, 3), m.get("type"), m.get("action"), m.get("page_id"), cid)
        raise


async def test_a_stroke_reaches_the_students_open_page_after_the_server_stored_it(
    server: DevServer, tmp_path: Path, hanna: StudentClient
) -> None:
    _api, engine, store, board_id, session_id, live, _events = await live_lesson(server, tmp_path)
    hanna.open_lesson(session_id)
    page = store.boards.load(board_id).pages[0]
    s = pen(5, "#c62828")
    store.boards.add_stroke(page.page_id, s)
    await engine.sync_now()
    await until(lambda: hanna.page_client_ids() == tutor_pages(store, board_id), 5)
    got = hanna.strokes()[-1]
    assert got["session_id"] == session_id and got["page_id"] == page.server_id
    assert got["sender_id"] == TUTOR_PROFILE and got["stroke_data"]["color"] == "#c62828"
    await live.stop()


@pytest.mark.filterwarnings("ignore::pytest.PytestWarning")
def test_the_sender_id_is_never_the_students_profile_id() -> None:
    me = Identity(user_id=7, profile_id=100, name="Meron")
    for student in (7, 99, 100, 101, 2**31):
        sent = sender_id_for(me, student)
        assert not (type(sent) is int and sent == student)  # the web's `===` never matches
    assert sender_id_for(me, 100) == "100" and sender_id_for(me, 7) == 100


def service_for(store: Store, engine: SyncEngine, server: DevServer) -> LessonService:
    account = Account("k", server.url, "tutor@demo.astegni.et", TUTOR_USER, TUTOR_PROFILE, "Meron Alemayehu")
    service = LessonService(store, engine, account)
    service.live.reconnect = RetryPolicy(base=0.05, cap=0.2)
    return service


async def test_a_tutor_whose_user_id_is_the_students_profile_id_teaches_three_pages_on_a_deployed_server(
    make_server: Callable[..., DevServer], tmp_path: Path
) -> None:
    """Done when of issue 18, without widgets: the student's profile id equals the tutor's user id, page 2 is
    on the server, page 3 exists only here (D2); the student's browser holds every stroke on its page."""
    server = make_server(defects="all")
    login = add_student(server, TUTOR_USER)
    api = await signed_in(server.url)
    assert api.user_id == TUTOR_USER
    engine, store, _ = engine_for(api, tmp_path)
    board = store.boards.create("Three pages")
    store.boards.add_stroke(board.pages[0].page_id, pen(1))
    page2 = Page(title="Page 2")
    store.boards.add_page(board.board_id, page2, 1)
    store.boards.add_stroke(page2.page_id, pen(2))
    store.lessons.bind(board.board_id, TUTOR_USER, "Selam Bekele", "Three pages")
    server.set_defects(frozenset())  # page 2 is created while the server still allows it...
    await drain_until_empty(engine)
    server.set_defects(frozenset({"D1", "D2", "D3", "D4", "D8", "D11", "D13"}))  # ...then it is deployed
    session_id = store.lessons.sync_state(board.board_id).session_id
    assert session_id is not None
    student = StudentClient(server.url, profile_id=TUTOR_USER, login=login)
    service = service_for(store, engine, server)
    pages = store.lessons.live_pages(board.board_id)
    try:
        student.open_lesson(session_id)
        service.follow(board.board_id)
        service.show_page(pages[0].page_id)
        await until(lambda: service.live.state == "connected")
        store.boards.add_stroke(pages[0].page_id, pen(3))  # page 1, server-backed
        await drain_until_empty(engine)
        service.show_page(pages[1].page_id)  # the student follows to page 2
        store.boards.add_stroke(pages[1].page_id, pen(4))
        await drain_until_empty(engine)
        page3 = Page(title="Page 3")  # refused by the server: kept here, shown live
        store.boards.add_page(board.board_id, page3, 2)
        await drain_until_empty(engine)
        assert store.lessons.live_pages(board.board_id)[2].local_only
        service.show_page(page3.page_id)
        for i in range(3):
            store.boards.add_stroke(page3.page_id, pen(10 + i, "#2e7d32"))
        await browser_matches(student, store, board.board_id)
        assert student.dropped_own == 0
        assert student.shown_page() is student.pages[2]
        # She reloads the lesson: page 3 is gone from her browser until the tutor gives it back.
        student.close()
        student = StudentClient(server.url, profile_id=TUTOR_USER, login=login)
        student.open_lesson(session_id)
        student.ask_to_draw()
        await browser_matches(student, store, board.board_id)
        await until(lambda: student.shown_page() is student.pages[2], 5)
    finally:
        student.close()
        await service.stop()
        await engine.stop()
        await api.aclose()


async def test_a_student_who_reloads_gets_the_local_pages_back_even_if_the_tutor_draws_only_at_once(
    make_server: Callable[..., DevServer], tmp_path: Path
) -> None:
    """A reload sends nothing but the socket's `user_online`: the app waits REJOIN_GRACE for the lesson to
    open there. Ink drawn within that wait (and nothing after it) must still reach her, with the page only
    this computer has (D2)."""
    server = make_server(defects="all")
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    board = store.boards.create("Reload")
    store.boards.add_stroke(board.pages[0].page_id, pen(1))
    page2 = Page(title="Page 2")  # refused by the deployed server: this computer's only
    store.boards.add_page(board.board_id, page2, 1)
    store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "Reload")
    await drain_until_empty(engine)
    session_id = store.lessons.sync_state(board.board_id).session_id
    assert session_id is not None and store.lessons.live_pages(board.board_id)[1].local_only
    hanna = StudentClient(server.url)
    service = service_for(store, engine, server)
    try:
        hanna.open_lesson(session_id)
        service.follow(board.board_id)
        await until(lambda: service.live.state == "connected")
        service.show_page(page2.page_id)
        store.boards.add_stroke(page2.page_id, pen(2))
        await browser_matches(hanna, store, board.board_id)
        hanna.close()  # she reloads the page: page 2 is gone from her browser
        hanna = StudentClient(server.url)
        hanna.open_lesson(session_id)
        await until(lambda: service.view is not None and not service.view.settled)  # her user_online
        store.boards.add_stroke(page2.page_id, pen(3))  # at once, and then nothing more
        await browser_matches(hanna, store, board.board_id)
        await until(lambda: hanna.shown_page() is hanna.pages[1], 5)
    finally:
        hanna.close()
        await service.stop()
        await engine.stop()
        await api.aclose()


async def test_ink_on_page_2_while_a_reloading_student_is_on_page_1_waits_and_lands_on_page_2(
    server: DevServer, tmp_path: Path
) -> None:
    """While a student who reloaded is presumed to be opening the lesson (REJOIN_GRACE), her browser shows
    page 1: a stroke the server stored for page 2 meanwhile is held, then sent after bringing her there."""
    _api, engine, store, board_id, session_id, live, _events = await live_lesson(server, tmp_path, pages=2)
    await live.stop()
    hanna = StudentClient(server.url)
    service = service_for(store, engine, server)
    pages = store.lessons.live_pages(board_id)
    try:
        hanna.open_lesson(session_id)
        service.follow(board_id)
        await until(lambda: service.live.state == "connected")
        service.show_page(pages[1].page_id)
        hanna.close()  # she reloads: her browser opens on page 1
        hanna = StudentClient(server.url)
        await until(lambda: service.view is not None and not service.view.settled)  # her user_online
        hanna.open_lesson(session_id)
        store.boards.add_stroke(pages[1].page_id, pen(9, "#00695c"))  # stored after she loaded
        await drain_until_empty(engine)
        await browser_matches(hanna, store, board_id)
        await until(lambda: hanna.shown_page() is hanna.pages[1], 5)
    finally:
        hanna.close()
        await service.stop()


async def test_turning_the_page_just_after_the_student_was_shown_the_first_one_still_takes_her_along(
    server: DevServer, tmp_path: Path, hanna: StudentClient
) -> None:
    """The web flips even to the page it shows, and ignores a flip during a flip (600 ms): the tutor's turn
    to page 2 right after the lesson went live (which re-asserts page 1) must not be lost, or page 2's ink
    lands on page 1."""
    _api, engine, store, board_id, session_id, live, _events = await live_lesson(server, tmp_path, pages=2)
    await live.stop()
    hanna.open_lesson(session_id)
    service = service_for(store, engine, server)
    pages = store.lessons.live_pages(board_id)
    try:
        service.follow(board_id)
        await until(lambda: service.live.state == "connected")
        service.show_page(pages[0].page_id)  # we never saw her load the lesson: page 1 is asserted
        service.show_page(pages[1].page_id)  # ...and the tutor turns the page at once
        s = pen(7, "#6a1b9a")
        store.boards.add_stroke(pages[1].page_id, s)
        await drain_until_empty(engine)
        await browser_matches(hanna, store, board_id)
        assert hanna.shown_page() is hanna.pages[1]
    finally:
        await service.stop()


async def test_the_students_live_strokes_and_cursor_come_in(
    server: DevServer, tmp_path: Path, hanna: StudentClient
) -> None:
    _api, _engine, store, board_id, session_id, live, events = await live_lesson(server, tmp_path)
    page_id = store.boards.load(board_id).pages[0].server_id
    data = {"points": [[10, 10], [60, 10], [35, 50]], "color": "#2e7d32", "width": 2}
    hanna.draw(session_id, page_id, "triangle", data)
    hanna.send(
        {"type": "whiteboard_cursor", "session_id": session_id, "page_id": page_id, "x": 300, "y": 200}
    )
    await until(lambda: {e.kind for e in events.events} >= {"stroke", "cursor"})
    stroke = next(e for e in events.events if e.kind == "stroke")
    assert stroke.page_id == page_id and stroke.data["stroke_data"] == data
    assert content_key("triangle", stroke.data["stroke_data"]) == content_key("triangle", data)
    await live.stop()


HOSTILE: list[str | bytes] = [
    "not json",
    b"\x00\x01binary",
    "[1, 2, 3]",
    '{"type": "whiteboard_stroke", "from_student_profile_id": 501}',
    '{"type": "whiteboard_stroke", "session_id": 999999, "page_id": 1, "stroke_type": "pen",'
    ' "from_student_profile_id": 501, "stroke_data": {"points": [[1, 1], [2, 2]]}}',
    '{"type": "whiteboard_stroke", "session_id": SESSION, "page_id": 1, "stroke_type": "pen",'
    ' "from_student_profile_id": 777, "stroke_data": {"points": [[1, 1], [2, 2]]}}',
    '{"type": "whiteboard_cursor", "session_id": SESSION, "from_student_profile_id": 501, "x": NaN, "y": 1}',
    '{"type": "whiteboard_cursor", "session_id": SESSION, "from_student_profile_id": 501, "x": 1e300,'
    ' "y": 1}',
    '{"type": "whiteboard_text_typing", "session_id": SESSION, "from_student_profile_id": 501, "text": 5,'
    ' "x": 1, "y": 1}',
    '{"type": "whiteboard_page_change", "session_id": SESSION, "from_student_profile_id": 501,'
    ' "action": "explode"}',
    '{"type": "whiteboard_undo", "session_id": SESSION, "from_student_profile_id": 501, "stroke_id": "all"}',
    '{"type": "whiteboard_clear", "session_id": SESSION, "from_student_profile_id": 501, "page_id": 1}',
    '{"type": "whiteboard_stroke", "session_id": true, "page_id": 1}',
    "[" * 100_000 + "]" * 100_000,
]


@pytest.mark.filterwarnings("ignore::pytest.PytestWarning")
def test_hostile_messages_are_refused_before_anything_is_drawn() -> None:
    for raw in HOSTILE:
        text = raw.replace("SESSION", "7") if isinstance(raw, str) else raw
        assert parse_inbound(text, 7, HANNA) is None, raw[:60]
    assert parse_inbound("x" * 600_000, 7, HANNA) is None
    typing = {"type": "whiteboard_text_typing", "session_id": 7, "text": "y" * 10_000, "x": 1, "y": 2,
              "from_student_profile_id": HANNA, "sender_id": HANNA}  # fmt: skip
    ok = parse_inbound(json.dumps(typing), 7, HANNA)
    assert ok is not None and len(ok.data["text"]) == 500


@pytest.mark.parametrize("opened", ["before", "after"])
async def test_a_page_added_before_the_students_first_message_is_in_her_browser_once(
    make_server: Callable[..., DevServer], tmp_path: Path, opened: str
) -> None:
    """Opening the lesson sends nothing, so the tutor cannot tell whether the `add` of a page only this
    computer has (D2) reached her open lesson ("before") or went out before she opened it ("after"). Her
    first message catches her up: either way she then holds page 2 once, with its ink, and sees it."""
    server = make_server(defects="all")
    api = await signed_in(server.url)
    engine, store, _ = engine_for(api, tmp_path)
    board = store.boards.create("Silent open")
    store.boards.add_stroke(board.pages[0].page_id, pen(1))
    store.lessons.bind(board.board_id, HANNA, "Hanna Tesfaye", "Silent open")
    await drain_until_empty(engine)
    session_id = store.lessons.sync_state(board.board_id).session_id
    assert session_id is not None
    hanna = StudentClient(server.url)
    service = service_for(store, engine, server)
    try:
        if opened == "before":
            hanna.open_lesson(session_id)  # silently: the tutor hears nothing
        service.follow(board.board_id)
        await until(lambda: service.live.state == "connected")
        service.show_page(board.pages[0].page_id)
        page2 = Page(title="Page 2")  # refused by the deployed server: this computer's only
        store.boards.add_page(board.board_id, page2, 1)
        await drain_until_empty(engine)
        assert store.lessons.live_pages(board.board_id)[1].local_only
        service.show_page(page2.page_id)
        store.boards.add_stroke(page2.page_id, pen(2))
        if opened == "before":
            await until(lambda: len(hanna.pages) == 2)  # the `add` reached her open lesson
        else:
            await until(lambda: service.live.queued == 0)  # it went out before she opened the lesson
            hanna.open_lesson(session_id)
        hanna.ask_to_draw()  # her first message, within a second of the `add`
        await browser_matches(hanna, store, board.board_id)
        await until(lambda: hanna.shown_page() is hanna.pages[1], 5)
        await until(lambda: service.live.queued == 0)
        assert hanna.page_client_ids() == tutor_pages(store, board.board_id)  # no late duplicate either
    finally:
        hanna.close()
        await service.stop()
        await engine.stop()
        await api.aclose()
