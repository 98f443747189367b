"""The tutor's media for bench/call_shaped.py: a 440 Hz tone as the microphone (the network is what is
measured, not a sound card), the moving test pattern as the camera, no speaker. Picklable: the call's child
process builds the tracks."""

from __future__ import annotations

from aiortc.mediastreams import MediaStreamTrack

from astegni_desktop.calls import media
from astegni_desktop.calls.engine import DeviceMedia
from astegni_desktop.calls.model import CallConfig


class ToneMedia:
    def microphone(self, config: CallConfig, echo: media.EchoCanceller) -> MediaStreamTrack | None:
        from tests.web_peer import ToneTrack

        return ToneTrack(440.0)

    def camera(self, config: CallConfig) -> MediaStreamTrack | None:
        return DeviceMedia().camera(config)

    def speaker(self, config: CallConfig, echo: media.EchoCanceller) -> media.Speaker | None:
        return None
