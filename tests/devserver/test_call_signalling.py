"""CONTRACT.md §12: call signalling on the whiteboard socket, rebuilt field by field, one recipient."""

from __future__ import annotations

import json
from typing import Any

import pytest

from astegni_devserver.runner import DevServer
from tests.devserver.test_ws import drain, nothing, recv, recv_type, socket

pytestmark = pytest.mark.contract

TUTOR_TO_HANNA = {"from_tutor_profile_id": 100, "to_student_profile_id": 501, "to_profile_id": 501}
NOISE = {"extra": "dropped", "sender_id": 1, "from_profile_id": 100, "from_profile_type": "tutor"}


def relay(server: DevServer, message: dict[str, Any]) -> dict[str, Any]:
    """Send `message` from tutor 100 and return what student 501 got; nobody else gets anything."""
    with socket(server, 501, "student") as hanna, socket(server, 502, "student") as dawit:  # noqa: SIM117
        with socket(server, 100, "tutor") as tutor:
            drain(hanna, dawit)
            tutor.send(json.dumps({**message, **NOISE}))
            got = recv(hanna)
            assert nothing(dawit) and nothing(tutor)
            return got


def test_an_invitation_keeps_exactly_its_fields(server: DevServer) -> None:
    got = relay(
        server,
        {
            "type": "video_call_invitation",
            "session_id": 7,
            "caller_name": "Meron Alemayehu",
            "from_role": "tutor",
            "is_multi_party": False,
            "participant_count": 1,
            **TUTOR_TO_HANNA,
        },
    )
    assert set(got) == {
        "type",
        "from_student_profile_id",
        "from_tutor_profile_id",
        "from_role",
        "caller_name",
        "session_id",
        "is_multi_party",
        "participant_count",
        "timestamp",
    }
    assert got["from_tutor_profile_id"] == 100 and got["from_student_profile_id"] is None
    assert got["caller_name"] == "Meron Alemayehu" and got["session_id"] == 7


@pytest.mark.parametrize(
    ("kind", "payload", "expected"),
    [
        (
            "video_offer",
            {"offer": {"type": "offer", "sdp": "v=0"}, "from_role": "tutor", "is_multi_party": False},
            {"type", "offer", "from_tutor_profile_id", "from_student_profile_id", "from_role"},
        ),
        (
            "video_answer",
            {"answer": {"type": "answer", "sdp": "v=0"}, "from_role": "tutor", "is_multi_party": True},
            {
                "type",
                "answer",
                "from_role",
                "from_student_profile_id",
                "from_tutor_profile_id",
                "is_multi_party",
            },
        ),
        (
            "ice_candidate",
            {
                "candidate": {"candidate": "candidate:1 1 udp 1 127.0.0.1 5000 typ host", "sdpMid": "0"},
                "from_role": "tutor",
                "from_user_id": 1,
            },
            {
                "type",
                "candidate",
                "from_user_id",
                "from_student_profile_id",
                "from_tutor_profile_id",
                "is_multi_party",
            },
        ),
    ],
)
def test_offer_answer_and_candidates_are_rebuilt(
    server: DevServer, kind: str, payload: dict[str, Any], expected: set[str]
) -> None:
    got = relay(server, {"type": kind, **payload, **TUTOR_TO_HANNA})
    assert set(got) == expected
    assert got["from_tutor_profile_id"] == 100
    if kind == "ice_candidate":
        assert got["from_user_id"] is None and got["is_multi_party"] is None
    if kind == "video_offer":
        assert got["offer"] == {"type": "offer", "sdp": "v=0"}


def test_ids_are_copied_as_sent_so_a_string_id_stays_a_string(server: DevServer) -> None:
    got = relay(
        server,
        {"type": "video_answer", "answer": {"type": "answer", "sdp": "x"}, **TUTOR_TO_HANNA}
        | {"from_tutor_profile_id": "100"},
    )
    assert got["from_tutor_profile_id"] == "100"


def test_end_decline_cancel_carry_the_senders_key(server: DevServer) -> None:
    for kind, payload, expected in (
        (
            "video_call_ended",
            {"session_id": 7},
            {"type": "video_call_ended", "ended_by": "tutor_100", "session_id": 7},
        ),
        (
            "video_call_declined",
            {"session_id": 7},
            {"type": "video_call_declined", "declined_by": "tutor_100"},
        ),
        (
            "video_call_cancelled",
            {"session_id": 7, "is_multi_party": False},
            {
                "type": "video_call_cancelled",
                "cancelled_by": "tutor_100",
                "session_id": 7,
                "is_multi_party": False,
            },
        ),
    ):
        assert relay(server, {"type": kind, **payload, **TUTOR_TO_HANNA}) == expected


def test_participant_left_keeps_its_fields(server: DevServer) -> None:
    fields = {
        "session_id": 7,
        "is_multi_party": True,
        "left_participant_id": 100,
        "left_participant_role": "tutor",
        "left_participant_name": "Meron",
    }
    got = relay(server, {"type": "video_call_participant_left", **fields, **TUTOR_TO_HANNA})
    assert got == {"type": "video_call_participant_left", **fields}


def test_student_to_tutor_carries_the_students_numeric_id(server: DevServer) -> None:
    with socket(server, 100, "tutor") as tutor, socket(server, 501, "student") as hanna:
        drain(tutor, hanna)
        hanna.send(
            json.dumps(
                {
                    "type": "video_offer",
                    "offer": {"type": "offer", "sdp": "v=0"},
                    "from_role": "student",
                    "from_student_profile_id": 501,
                    "to_tutor_profile_id": 100,
                }
            )
        )
        got = recv(tutor)
        assert got["from_student_profile_id"] == 501 and got["from_tutor_profile_id"] is None


def test_an_offline_callee_gets_a_missed_call_and_the_caller_is_told(server: DevServer) -> None:
    invitation = {
        "type": "video_call_invitation",
        "session_id": 7,
        "caller_name": "Meron Alemayehu",
        "from_role": "tutor",
        "is_multi_party": False,
        "participant_count": 1,
        **TUTOR_TO_HANNA,
    }
    with socket(server, 100, "tutor") as tutor:
        tutor.send(json.dumps(invitation))
        offline = recv(tutor)
        assert set(offline) == {
            "type",
            "offline_user_profile_id",
            "offline_user_profile_type",
            "offline_user_name",
            "offline_user_avatar",
            "call_id",
            "original_message_type",
            "timestamp",
        }
        assert offline["type"] == "user_offline" and offline["offline_user_profile_id"] == 501
        assert offline["offline_user_profile_type"] == "student"
        assert offline["offline_user_name"] == "Hanna Tesfaye"
        assert offline["original_message_type"] == "video_call_invitation"
        # Other call messages to an absent key vanish like any other message.
        tutor.send(
            json.dumps({"type": "video_offer", "offer": {"type": "offer", "sdp": "x"}, **TUTOR_TO_HANNA})
        )
        assert nothing(tutor)
    with socket(server, 501, "student") as hanna:
        missed = recv_type(hanna, "missed_calls_notification")
        assert missed["count"] == 1
        (call,) = missed["calls"]
        assert call["caller_name"] == "Meron Alemayehu" and call["caller_profile_id"] == 100
        assert call["session_id"] == 7 and call["call_id"] == offline["call_id"]
    with socket(server, 501, "student") as hanna:  # told once
        assert nothing(hanna)
