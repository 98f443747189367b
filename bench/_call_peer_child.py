"""Child of bench/call.py: the web-like student in its own process (so the tutor's CPU is measured alone).
It answers the call, and prints one JSON line per click it hears: {"click": <time.monotonic()>}."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aioice.ice  # noqa: E402
import av  # noqa: E402
import numpy as np  # noqa: E402
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack  # noqa: E402

from tests.web_peer import WebPeer  # noqa: E402

aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]  # loopback only
CLICK_PEAK = 1500


class ClickEar(WebPeer):
    async def _consume(self, track: MediaStreamTrack) -> None:
        if track.kind != "audio":
            await super()._consume(track)
            return
        last = 0.0
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            now = time.monotonic()
            assert isinstance(frame, av.AudioFrame)
            if int(np.abs(frame.to_ndarray()).max()) > CLICK_PEAK and now - last > 0.3:
                last = now
                print(json.dumps({"click": now}), flush=True)


async def main() -> None:
    peer = await ClickEar(sys.argv[1], accept_after=0.2).connect()
    print(json.dumps({"ready": True}), flush=True)
    await asyncio.sleep(float(sys.argv[2]))
    await peer.close()


if __name__ == "__main__":
    asyncio.run(main())
