"""To and from the server's `stroke_data` (CONTRACT.md §7.6). Everything decoded is untrusted input.

We write what the Astegni web renderer reads, so a student's browser shows our strokes, and add our own keys
(`client_id`, per-point `pressures`, times `t`, `t0`, `tool`) that the web ignores. Rectangles travel as pen
polylines (the web reads a rectangle's `width` as both its width and its line width) with a `shape` key, so
both the browser and we draw them right; so do ellipses, which the web's {x, y, radius} cannot hold.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from typing import Any

import numpy as np

from .geometry import shape_path
from .stroke import Stroke, TextStyle, Tool, make_points

log = logging.getLogger(__name__)

MAX_POINTS = 20_000
MAX_TEXT = 2_000
MAX_COORD = 100_000.0
COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
CLIENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


# Objects made of several strokes (a typeset equation, a function plot) label each stroke with the object's
# source under one of these keys, so a desktop can regroup and edit it (teaching/equation.py, plot.py).
OBJECT_KEYS = ("equation", "plot")
MAX_OBJECT_TEXT = 2_100


def _object_value(value: Any) -> Any:
    """A JSON value an object label may hold (short strings, finite numbers, short lists of numbers)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        return value if len(value) <= MAX_OBJECT_TEXT else None
    if isinstance(value, int | float):
        number = _number(value)
        return number if number is not None and abs(number) <= MAX_COORD else None
    if isinstance(value, list) and len(value) <= 8:
        items = [_object_value(v) for v in value]
        return items if all(isinstance(v, int | float) and not isinstance(v, bool) for v in items) else None
    return None


def _objects(data: dict[str, Any]) -> dict[str, Any] | None:
    """The object labels of a decoded stroke (untrusted: bounded, plain values only), or None."""
    found: dict[str, Any] = {}
    for key in OBJECT_KEYS:
        raw = data.get(key)
        if isinstance(raw, dict) and len(raw) <= 16:
            clean = {k: _object_value(v) for k, v in raw.items() if isinstance(k, str) and len(k) <= 32}
            found[key] = {k: v for k, v in clean.items() if v is not None}
    return found or None


def _put_objects(stroke: Stroke, data: dict[str, Any]) -> None:
    for key in OBJECT_KEYS:
        if stroke.extra and isinstance(stroke.extra.get(key), dict):
            data[key] = stroke.extra[key]


class BadStroke(ValueError):
    """A server or WebSocket stroke that cannot be drawn safely."""


def _r(v: float) -> float:
    return round(float(v), 1)


def encode(stroke: Stroke) -> tuple[str, dict[str, Any]]:
    """(stroke_type, stroke_data) for POST /api/whiteboard/canvas/stroke."""
    data: dict[str, Any] = {"color": stroke.color, "client_id": stroke.client_id}
    tool = stroke.tool
    if tool is Tool.TEXT:
        style = stroke.text_style or TextStyle()
        x, y = (float(stroke.points[0, 0]), float(stroke.points[0, 1])) if len(stroke.points) else (0.0, 0.0)
        data.update(
            {
                "text": stroke.text or "",
                "x": _r(x),
                "y": _r(y),
                "fontSize": style.font_size,
                "fontFamily": style.font_family,
            }
        )
        if style.bold or style.italic or style.underline:
            data["formatting"] = {"bold": style.bold, "italic": style.italic, "underline": style.underline}
        _put_objects(stroke, data)
        return "text", data
    width = max(1, round(stroke.width))
    if tool.is_shape:
        start, end = stroke.ends()
        data["width"] = width
        if tool in (Tool.RECTANGLE, Tool.ELLIPSE):
            path = shape_path(tool.value, start, end)
            data.update(
                {
                    "points": [[_r(x), _r(y)] for x, y in path],
                    "shape": tool.value,
                    "shapeStart": [_r(start[0]), _r(start[1])],
                    "shapeEnd": [_r(end[0]), _r(end[1])],
                }
            )
            return "pen", data
        data["points"] = [[_r(start[0]), _r(start[1])], [_r(end[0]), _r(end[1])]]
        if tool is Tool.LINE:
            data.update(
                {"startX": _r(start[0]), "startY": _r(start[1]), "endX": _r(end[0]), "endY": _r(end[1])}
            )
        elif tool is Tool.CIRCLE:
            data.update(
                {
                    "x": _r(start[0]),
                    "y": _r(start[1]),
                    "radius": _r(math.hypot(end[0] - start[0], end[1] - start[1])),
                }
            )
        elif tool is Tool.TRIANGLE:
            data["points"] = [[_r(x), _r(y)] for x, y in shape_path("triangle", start, end)[:3]]
        return tool.value, data
    pts = stroke.points
    data.update(
        {
            "points": [[_r(x), _r(y)] for x, y in pts[:, :2].tolist()],
            "width": width,
            "tool": tool.value,
            "pressures": [round(float(p), 3) for p in pts[:, 2].tolist()],
            "t": [int(t) for t in pts[:, 3].tolist()],
            "t0": int(stroke.t0),
            "nominalWidth": round(stroke.width, 2),
        }
    )
    if stroke.opacity < 1:
        data["opacity"] = round(stroke.opacity, 2)
    _put_objects(stroke, data)
    return "eraser" if tool is Tool.ERASER else "pen", data


def _number(value: Any) -> float | None:
    """A finite float, or None. JSON integers have no size limit: 10**400 is not a number we can draw."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _num(data: dict[str, Any], key: str, default: float | None = None) -> float:
    value = _number(data.get(key, default))
    if value is None:
        if default is not None:
            return default
        raise BadStroke(f"{key} is not a number")
    if abs(value) > MAX_COORD:
        raise BadStroke(f"{key} is out of range")
    return value


def _clamped(data: dict[str, Any], key: str, default: float, lo: float, hi: float) -> float:
    """A style number (width, size, opacity): the default if absent or not a number, else clamped."""
    value = _number(data.get(key))
    return default if value is None else min(hi, max(lo, value))


def _color(data: dict[str, Any]) -> str:
    value = data.get("color", "#000000")
    return value if isinstance(value, str) and COLOR.match(value) else "#000000"


def _points(raw: Any) -> np.ndarray:
    if not isinstance(raw, list) or not raw:
        raise BadStroke("no points")
    if len(raw) > MAX_POINTS:
        raise BadStroke("too many points")
    rows = []
    for p in raw:
        if isinstance(p, list | tuple) and len(p) >= 2:
            rows.append((p[0], p[1]))
        elif isinstance(p, dict) and "x" in p and "y" in p:
            rows.append((p["x"], p["y"]))
        else:
            raise BadStroke("a point is not [x, y]")
    try:
        arr = np.asarray(rows, dtype=np.float64)
    except (TypeError, ValueError, OverflowError) as exc:
        raise BadStroke("a coordinate is not a number") from exc
    if not np.isfinite(arr).all() or np.abs(arr).max() > MAX_COORD:
        raise BadStroke("a coordinate is out of range")
    return arr


def client_id_of(data: Any) -> str | None:
    """The stroke's own id, if its author put a usable one in `stroke_data` (the Astegni web does not)."""
    cid = data.get("client_id") if isinstance(data, dict) else None
    return cid if isinstance(cid, str) and CLIENT_ID.match(cid) else None


def content_key(stroke_type: Any, data: Any) -> str:
    """An id for a stroke without `client_id`: the same for its live copy and its stored copy, because the
    server keeps `stroke_data` verbatim (CONTRACT.md §7.5)."""
    raw = json.dumps([stroke_type, data], sort_keys=True, separators=(",", ":"), default=str)
    return "h-" + hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()[:32]


def decode(
    stroke_type: Any,
    data: Any,
    *,
    server_id: int | None = None,
    order: int | None = None,
    author: str = "server",
    fallback_id: str | None = None,
) -> Stroke:
    """A Stroke from what the server (or a peer over the WebSocket) sent. Raises BadStroke."""
    if not isinstance(data, dict) or not isinstance(stroke_type, str):
        raise BadStroke("stroke_data is not an object")
    client_id = client_id_of(data) or fallback_id or (f"srv-{server_id}" if server_id else None)
    if client_id is None:
        raise BadStroke("no identity")
    color = _color(data)
    width = _clamped(data, "nominalWidth", _clamped(data, "width", 2.0, 0.5, 200.0), 0.5, 200.0)
    common: dict[str, Any] = {
        "client_id": client_id,
        "color": color,
        "author": author,
        "server_id": server_id,
        "server_order": order,
    }
    if stroke_type == "text":
        text = data.get("text")
        if not isinstance(text, str):
            raise BadStroke("text is missing")
        raw_fmt = data.get("formatting")
        fmt: dict[str, Any] = raw_fmt if isinstance(raw_fmt, dict) else {}
        family = data.get("fontFamily")
        style = TextStyle(
            font_family=family if isinstance(family, str) and len(family) < 64 else "Noto Sans",
            font_size=_clamped(data, "fontSize", 24.0, 6.0, 200.0),
            bold=bool(fmt.get("bold")),
            italic=bool(fmt.get("italic")),
            underline=bool(fmt.get("underline")),
        )
        x, y = _num(data, "x", 0.0), _num(data, "y", 0.0)
        return Stroke(
            tool=Tool.TEXT,
            width=1.0,
            points=make_points([(x, y)]),
            text=text[:MAX_TEXT],
            text_style=style,
            has_pressure=False,
            extra=_objects(data),
            **common,
        )
    shape = data.get("shape")
    if (
        stroke_type == "pen"
        and shape in ("rectangle", "ellipse")
        and isinstance(data.get("shapeStart"), list)
    ):
        ends = _points([data["shapeStart"], data.get("shapeEnd")])
        return Stroke(tool=Tool(shape), width=width, points=make_points(ends), has_pressure=False, **common)
    if stroke_type in ("line", "rectangle", "circle", "arrow", "triangle"):
        return _decode_shape(stroke_type, data, width, common)
    if stroke_type not in ("pen", "eraser", "highlighter") and "points" not in data:
        raise BadStroke(f"unknown stroke type {stroke_type!r}")
    xy = _points(data.get("points"))
    n = len(xy)
    pressures = _series(data.get("pressures"), n, 0.0, 1.0)
    times = _series(data.get("t"), n, 0.0, 86_400_000.0)
    has_pressure = pressures is not None
    cols = np.column_stack(
        [xy, pressures if pressures is not None else np.ones(n), times if times is not None else np.zeros(n)]
    )
    tool_name = data.get("tool")
    tool = (
        Tool.HIGHLIGHTER
        if tool_name == "highlighter"
        else Tool.ERASER
        if stroke_type == "eraser"
        else Tool.PEN
    )
    opacity = _clamped(data, "opacity", 0.35 if tool is Tool.HIGHLIGHTER else 1.0, 0.05, 1.0)
    t0 = _number(data.get("t0"))
    return Stroke(
        tool=tool,
        width=width,
        points=make_points(cols),
        has_pressure=has_pressure,
        opacity=min(1.0, max(0.05, opacity)),
        t0=t0 if t0 is not None else 0.0,
        extra=_objects(data),
        **common,
    )


def _series(raw: Any, n: int, lo: float, hi: float) -> np.ndarray | None:
    if not isinstance(raw, list) or len(raw) != n:
        return None
    try:
        arr = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return None
    if arr.ndim != 1 or not np.isfinite(arr).all():
        return None
    return np.clip(arr, lo, hi)


def _decode_shape(kind: str, data: dict[str, Any], width: float, common: dict[str, Any]) -> Stroke:
    tool = Tool(kind)
    line_width = width
    if kind == "line" and all(k in data for k in ("startX", "startY", "endX", "endY")):
        ends = [(_num(data, "startX"), _num(data, "startY")), (_num(data, "endX"), _num(data, "endY"))]
    elif kind == "rectangle" and all(k in data for k in ("x", "y", "width", "height")):
        x, y = _num(data, "x"), _num(data, "y")
        ends = [(x, y), (x + _num(data, "width"), y + _num(data, "height"))]
        line_width = _clamped(data, "lineWidth", 2.0, 0.5, 200.0)
    elif kind == "circle" and all(k in data for k in ("x", "y", "radius")):
        x, y, r = _num(data, "x"), _num(data, "y"), abs(_num(data, "radius"))
        ends = [(x, y), (x + r, y)]
    else:
        xy = _points(data.get("points"))
        if kind == "triangle" and len(xy) >= 3:
            lo, hi = xy.min(axis=0), xy.max(axis=0)
            ends = [(float(lo[0]), float(lo[1])), (float(hi[0]), float(hi[1]))]
        else:
            ends = [(float(xy[0, 0]), float(xy[0, 1])), (float(xy[-1, 0]), float(xy[-1, 1]))]
    return Stroke(tool=tool, width=line_width, points=make_points(ends), has_pressure=False, **common)
