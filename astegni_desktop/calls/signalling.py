"""Call signalling on the lesson socket (CONTRACT.md §12): validating what arrives, building what leaves.

Everything that arrives is untrusted: the socket has no authentication, so a message is only believed when it
comes from the lesson's student, and SDP, candidates and names are bounded before anything looks at them.
What leaves follows §12 to the letter, above all `from_tutor_profile_id` as a JSON number: the web finds its
peer connection in a map keyed by the number it dialled, and a string misses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

CALL_TYPES = frozenset(
    {
        "video_call_invitation",
        "video_offer",
        "video_answer",
        "ice_candidate",
        "video_call_ended",
        "video_call_declined",
        "video_call_cancelled",
        "video_call_participant_left",
        "missed_calls_notification",
        "user_offline",
    }
)
MAX_SDP = 64 * 1024
MAX_CANDIDATE = 1024
MAX_NAME = 100
MAX_MISSED = 50
_BY_KEY = {
    "video_call_ended": ("ended", "ended_by"),
    "video_call_declined": ("declined", "declined_by"),
    "video_call_cancelled": ("cancelled", "cancelled_by"),
}


@dataclass(frozen=True)
class CallSignal:
    """One validated call message. `student_id` is the sender's student profile id where it has one."""

    # invitation | offer | answer | candidate | ended | declined | cancelled | left | offline | missed
    kind: str
    student_id: int | None = None
    session_id: int | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MissedCall:
    caller_name: str
    session_id: int | None
    missed_at: str


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53 else None


def _name(value: Any) -> str | None:
    return value.strip()[:MAX_NAME] or None if isinstance(value, str) else None


def _key_id(value: Any) -> int | None:
    """ "student_501" → 501; anything else (a tutor, a forged key) → None."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    role, _, raw = value.partition("_")
    return int(raw) if role == "student" and raw.isdigit() and len(raw) < 16 else None


def _description(value: Any, kind: str) -> str | None:
    if not isinstance(value, dict) or value.get("type") != kind:
        return None
    sdp = value.get("sdp")
    return sdp if isinstance(sdp, str) and 0 < len(sdp) <= MAX_SDP and sdp.startswith("v=0") else None


def _candidate(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    text, mid, index = value.get("candidate"), value.get("sdpMid"), value.get("sdpMLineIndex")
    if not isinstance(text, str) or len(text) > MAX_CANDIDATE:
        return None
    if mid is not None and (not isinstance(mid, str) or len(mid) > 32):
        return None
    index = _int(index)
    if mid is None and (index is None or not 0 <= index < 64):
        return None
    return {"candidate": text, "sdpMid": mid, "sdpMLineIndex": index}


def might_be_call(raw: str) -> bool:
    """A cheap look at the start of a frame: the server writes `type` first, so call messages say so early."""
    head = raw[:48]
    return any(word in head for word in ("video_", "ice_candidate", "user_offline", "missed_calls"))


def parse_call(raw: str | bytes) -> CallSignal | None:
    """Validate one frame from the socket; None if it is not a well-formed call message."""
    if isinstance(raw, bytes) or len(raw) > MAX_SDP + 4096:
        return None
    try:
        msg = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(msg, dict) or msg.get("type") not in CALL_TYPES:
        return None
    kind = str(msg["type"])
    sender = _int(msg.get("from_student_profile_id"))
    session_id = _int(msg.get("session_id"))
    if kind == "video_call_invitation":
        name = _name(msg.get("caller_name")) or "Your student"
        return CallSignal("invitation", sender, session_id, {"caller_name": name})
    if kind in ("video_offer", "video_answer"):
        short = kind.removeprefix("video_")
        sdp = _description(msg.get(short), short)
        return CallSignal(short, sender, None, {"sdp": sdp}) if sdp is not None else None
    if kind == "ice_candidate":
        candidate = _candidate(msg.get("candidate"))
        return CallSignal("candidate", sender, None, candidate) if candidate is not None else None
    if kind in _BY_KEY:
        short, key = _BY_KEY[kind]
        return CallSignal(short, _key_id(msg.get(key)), session_id)
    if kind == "video_call_participant_left":
        if msg.get("left_participant_role") != "student":
            return None
        return CallSignal("left", _int(msg.get("left_participant_id")), session_id)
    if kind == "user_offline":
        if msg.get("original_message_type") != "video_call_invitation":
            return None  # presence, not a call answer
        who = _int(msg.get("offline_user_profile_id"))
        if msg.get("offline_user_profile_type") != "student" or who is None:
            return None
        return CallSignal("offline", who, None, {"name": _name(msg.get("offline_user_name"))})
    calls = msg.get("calls")
    missed = []
    for entry in calls[:MAX_MISSED] if isinstance(calls, list) else []:
        if isinstance(entry, dict):
            at = entry.get("missed_at") or entry.get("created_at")
            missed.append(
                MissedCall(
                    _name(entry.get("caller_name")) or "Someone",
                    _int(entry.get("session_id")),
                    at[:32] if isinstance(at, str) else "",
                )
            )
    count = _int(msg.get("count"))
    return CallSignal("missed", data={"calls": missed, "count": max(count or 0, len(missed))})


@dataclass(frozen=True)
class Outbox:
    """Builds the tutor's call messages for one student and lesson, exactly as §12 lists them."""

    tutor_id: int
    tutor_name: str
    student_id: int
    session_id: int | None

    def _route(self) -> dict[str, Any]:
        return {"from_tutor_profile_id": int(self.tutor_id), "to_student_profile_id": int(self.student_id)}

    def invitation(self) -> dict[str, Any]:
        return {
            "type": "video_call_invitation",
            "session_id": self.session_id,
            "caller_name": self.tutor_name,
            "is_multi_party": False,
            "participant_count": 1,
            "from_role": "tutor",
            **self._route(),
        }

    def offer(self, sdp: str) -> dict[str, Any]:
        return {
            "type": "video_offer",
            "offer": {"type": "offer", "sdp": sdp},
            "from_role": "tutor",
            "is_multi_party": False,
            **self._route(),
        }

    def answer(self, sdp: str) -> dict[str, Any]:
        return {
            "type": "video_answer",
            "answer": {"type": "answer", "sdp": sdp},
            "from_role": "tutor",
            "is_multi_party": True,
            **self._route(),
        }

    def ended(self) -> dict[str, Any]:
        return {"type": "video_call_ended", "session_id": self.session_id, **self._route()}

    def declined(self) -> dict[str, Any]:
        return {"type": "video_call_declined", "session_id": self.session_id, **self._route()}

    def cancelled(self) -> dict[str, Any]:
        return {
            "type": "video_call_cancelled",
            "session_id": self.session_id,
            "is_multi_party": False,
            **self._route(),
        }
