"""The student's call rings on the tutor's speaker until it is answered, and stops at once then."""

from __future__ import annotations

import numpy as np
import pytest

from astegni_desktop.calls.model import CallState, CallStatus
from astegni_desktop.calls.qt import CallService
from astegni_desktop.calls.ringtone import NOTES, ring_tone
from tests.web_peer import dominant_hz, rms_dbfs

pytestmark = pytest.mark.gui


def ringing(service: CallService) -> bool:
    return service.ringer.playing


def test_the_ring_is_soft_notes_with_a_pause() -> None:
    tone = ring_tone().astype(np.float64)
    assert 2.0 < len(tone) / 48_000 < 3.0  # one ring and its pause
    assert np.abs(tone).max() < 0.3 * 32768  # not startling
    assert np.abs(tone[-48_000:]).max() == 0  # the pause


def test_an_incoming_call_rings_on_the_speaker_until_answered(pulse, qtbot) -> None:
    service = CallService(100, "Meron Alemayehu", lambda _message: None)
    try:
        service.call_status(CallStatus(CallState.RINGING_IN, "Hanna Tesfaye"))  # as the engine reports it
        assert ringing(service)
        heard = pulse.record_speaker(2.6).astype(np.float64)  # a whole ring (2.44 s) is in there
        assert rms_dbfs(heard) > -40
        assert min(abs(dominant_hz(heard) - hz) for hz, _ in NOTES) < 5
        service.call_status(CallStatus(CallState.CONNECTING, "Hanna Tesfaye"))  # answered
        assert not ringing(service)
        after = pulse.record_speaker(1.0).astype(np.float64)
        assert rms_dbfs(after) < -60
        service.call_status(CallStatus(CallState.RINGING_IN, "Hanna Tesfaye"))
        assert ringing(service)
        service.call_status(CallStatus(CallState.ENDED, "Hanna Tesfaye", reason="cancelled"))  # she gave up
        assert not ringing(service)
    finally:
        service.close()
