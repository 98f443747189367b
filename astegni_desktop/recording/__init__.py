"""Lessons recorded with voice: the mixed call audio as Ogg/Opus plus a stroke timeline, replay and video
export. The core (`files`, `writer`, `timeline`) imports no Qt widgets."""
