"""Function plots as ordinary ink: axes, ticks, numeric labels and curves, clipped to a rectangle on the page.

A small recursive-descent parser (no `eval`, no new dependency) compiles each function to numpy.

API
---
``parse(text) -> list[Function]``
    `text`: one or more functions separated by ';' or new lines, each optionally prefixed by ``y =`` or
    ``f(x) =``: ``y = 2x^2 - 3x + 1; y = sin(x)/x``. Numbers (``1.5``, ``.5``), ``x``, ``+ - * / ^``,
    implicit multiplication (``2x``, ``3(x+1)``, ``x sin(x)``), ``|x|``, the functions
    ``sin cos tan sqrt abs log ln exp`` (``log`` is base 10; ``sin x`` works without parentheses), the
    constants ``pi`` (``π``) and ``e``, and typographic ``− × · ÷ ² ³ √``. At most 1,000 characters,
    8 functions and 60 levels of nesting. Raises `PlotError` (message, `position`: 0-based index in `text`,
    `line`/`column`: 1-based).
``Function.evaluate(x: ndarray) -> ndarray``: float64 values; NaN/inf where undefined (``sqrt(-1)``, ``1/0``).
``auto_range(functions) -> (x0, x1)``: an x range around the interesting points: roots, extrema (the
    vertex of a parabola) and the y-intercept, else (-10, 10).
``plot(text_or_functions, rect, x_range=None, y_range=None, *, color, axis_color, width, font_size, grid)
  -> Plot``
    `rect` = (x, y, width, height) in page units. `Plot.strokes` is a list of `ink.Stroke`: pen polylines
    (axes, ticks, optional grid, one per curve piece; curves split where undefined or at asymptotes and
    clipped to the rectangle) and text strokes for the tick labels and axis names (the web draws both,
    CONTRACT.md §13). Each stroke's `extra["plot"]` holds the source text, ranges and rectangle, so a desktop
    can offer to edit the plot. Labels are formatted without the machine's locale (wire data).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ..i18n import translate
from ..ink.stroke import Stroke, TextStyle, Tool, make_points, new_id

F64 = npt.NDArray[np.float64]
Evaluator = Callable[[F64], F64]

MAX_TEXT = 1000
MAX_FUNCTIONS = 8
MAX_DEPTH = 60

_FUNCS: dict[str, Callable[[F64], F64]] = {
    "sin": np.sin,
    "cos": np.cos,
    "tan": np.tan,
    "sqrt": np.sqrt,
    "abs": np.abs,
    "log": np.log10,
    "ln": np.log,
    "exp": np.exp,
}
_CONSTS = {"pi": math.pi, "e": math.e}
_NAMES = sorted([*_FUNCS, *_CONSTS, "x"], key=len, reverse=True)
_TYPO = {"−": "-", "–": "-", "×": "*", "·": "*", "⋅": "*", "÷": "/", "π": "pi", "√": "sqrt"}
_SUPERSCRIPT = {"²": "2", "³": "3"}


class PlotError(ValueError):
    """Bad plot input: `message` says what, `position` (0-based) where in the text."""

    def __init__(self, message: str, text: str, position: int) -> None:
        self.message = message
        self.position = max(0, min(position, len(text)))
        before = text[: self.position]
        self.line = before.count("\n") + 1
        self.column = self.position - (before.rfind("\n") + 1) + 1
        where = translate("Plot", "line {line}, column {column}").format(line=self.line, column=self.column)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # num, name, op, end
    text: str
    pos: int
    value: float = 0.0


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    i = start
    while i < end:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in _SUPERSCRIPT:
            out.append(_Tok("op", "^", i))
            out.append(_Tok("num", _SUPERSCRIPT[ch], i, float(_SUPERSCRIPT[ch])))
            i += 1
            continue
        if ch in _TYPO:
            mapped = _TYPO[ch]
            out.append(_Tok("name" if mapped.isalpha() else "op", mapped, i))
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < end and text[i + 1].isdigit()):
            j = i
            while j < end and (text[j].isdigit() or text[j] == "."):
                j += 1
            raw = text[i:j]
            if raw.count(".") > 1:
                raise PlotError(translate("Plot", "'{number}' is not a number").format(number=raw), text, i)
            out.append(_Tok("num", raw, i, float(raw)))
            i = j
            continue
        if ch.isascii() and ch.isalpha():
            j = i
            while j < end and text[j].isascii() and text[j].isalpha():
                j += 1
            k = i
            low = text[i:j].lower()
            while k < j:
                for name in _NAMES:
                    if low.startswith(name, k - i):
                        out.append(_Tok("name", name, k))
                        k += len(name)
                        break
                else:
                    raise PlotError(
                        translate(
                            "Plot",
                            "unknown name '{name}' (use x, pi, e, sin, cos, tan, sqrt, abs, log, ln, exp)",
                        ).format(name=text[k:j]),
                        text,
                        k,
                    )
            i = j
            continue
        if ch in "+-*/^()|":
            out.append(_Tok("op", ch, i))
            i += 1
            continue
        raise PlotError(translate("Plot", "unexpected character '{char}'").format(char=ch), text, i)
    out.append(_Tok("end", "", end))
    return out


class _Parser:
    """expr := term (('+'|'-') term)*; term := unary (('*'|'/') unary | implicit unary)*;
    unary := ('+'|'-') unary | power; power := atom ('^' unary)?;
    atom := number | x | constant | func '(' expr ')' | func power | '(' expr ')' | '|' expr '|'."""

    def __init__(self, text: str, toks: list[_Tok]) -> None:
        self.text = text
        self.toks = toks
        self.i = 0
        self.depth = 0
        self.in_abs = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def fail(self, tok: _Tok, message: str | None = None) -> PlotError:
        if message is None:
            message = (
                translate("Plot", "the formula ends too early")
                if tok.kind == "end"
                else translate("Plot", "unexpected '{token}'").format(token=tok.text)
            )
        return PlotError(message, self.text, tok.pos)

    def expect(self, op: str) -> None:
        tok = self.take()
        if tok.kind != "op" or tok.text != op:
            raise self.fail(tok, translate("Plot", "a '{op}' is missing here").format(op=op))

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.fail(self.peek(), translate("Plot", "the formula is nested too deeply"))

    def expr(self) -> Evaluator:
        self.enter()
        left = self.term()
        while (tok := self.peek()).kind == "op" and tok.text in "+-":
            self.take()
            right = self.term()
            left = _binary(tok.text, left, right)
        self.depth -= 1
        return left

    def starts_atom(self, tok: _Tok) -> bool:
        if tok.kind in ("num", "name"):
            return True
        return tok.kind == "op" and (tok.text == "(" or (tok.text == "|" and self.in_abs == 0))

    def term(self) -> Evaluator:
        left = self.unary()
        while True:
            tok = self.peek()
            if tok.kind == "op" and tok.text in "*/":
                self.take()
                left = _binary(tok.text, left, self.unary())
            elif self.starts_atom(tok):
                left = _binary("*", left, self.power())
            else:
                return left

    def unary(self) -> Evaluator:
        tok = self.peek()
        if tok.kind == "op" and tok.text in "+-":
            self.take()
            self.enter()
            inner = self.unary()
            self.depth -= 1
            return inner if tok.text == "+" else (lambda x: -inner(x))
        return self.power()

    def power(self) -> Evaluator:
        base = self.atom()
        tok = self.peek()
        if tok.kind == "op" and tok.text == "^":
            self.take()
            self.enter()
            exponent = self.unary()
            self.depth -= 1
            return _binary("^", base, exponent)
        return base

    def atom(self) -> Evaluator:
        tok = self.take()
        if tok.kind == "num":
            value = tok.value
            return lambda x: np.full_like(x, value)
        if tok.kind == "name":
            if tok.text == "x":
                return lambda x: x
            if tok.text in _CONSTS:
                const = _CONSTS[tok.text]
                return lambda x: np.full_like(x, const)
            func = _FUNCS[tok.text]
            nxt = self.peek()
            if nxt.kind == "op" and nxt.text == "(":
                self.take()
                inner = self.expr()
                self.expect(")")
            elif self.starts_atom(nxt):
                self.enter()
                inner = self.power()
                self.depth -= 1
            else:
                raise self.fail(
                    nxt, translate("Plot", "'{name}' needs a value, like {name}(x)").format(name=tok.text)
                )
            return lambda x: func(inner(x))
        if tok.kind == "op" and tok.text == "(":
            inner = self.expr()
            self.expect(")")
            return inner
        if tok.kind == "op" and tok.text == "|" and self.in_abs == 0:
            self.in_abs += 1
            inner = self.expr()
            self.in_abs -= 1
            self.expect("|")
            return lambda x: np.abs(inner(x))
        raise self.fail(tok)


def _binary(op: str, a: Evaluator, b: Evaluator) -> Evaluator:
    if op == "+":
        return lambda x: a(x) + b(x)
    if op == "-":
        return lambda x: a(x) - b(x)
    if op == "*":
        return lambda x: a(x) * b(x)
    if op == "/":
        return lambda x: a(x) / b(x)
    return lambda x: np.power(a(x), b(x))


@dataclass(frozen=True, slots=True)
class Function:
    source: str  # the function's text as typed (without "y =")
    position: int  # where it starts in the whole input
    _eval: Evaluator

    def evaluate(self, x: npt.ArrayLike) -> F64:
        xs = np.asarray(x, dtype=np.float64)
        with np.errstate(all="ignore"):
            y = np.asarray(self._eval(xs), dtype=np.float64)
        out: F64 = np.where(np.isfinite(y), y, np.nan)
        return out


def _strip_prefix(text: str, start: int, end: int) -> int:
    """Skip `y =`, `f(x) =` or `y(x) =` at the start of a line."""
    line = text[start:end]
    eq = line.find("=")
    if eq < 0:
        return start
    head = line[:eq].replace(" ", "").lower()
    if head in ("y", "f(x)", "y(x)", "g(x)", "h(x)"):
        return start + eq + 1
    bad = start + eq
    raise PlotError(translate("Plot", "write the function as y = … (only one '=')"), text, bad)


def parse(text: str) -> list[Function]:
    """The functions in `text` (see the module docstring). Raises PlotError."""
    if len(text) > MAX_TEXT:
        raise PlotError(
            translate("Plot", "the text is too long (at most {n} characters)").format(n=MAX_TEXT),
            text,
            MAX_TEXT,
        )
    functions: list[Function] = []
    start = 0
    bounds: list[tuple[int, int]] = []
    for i, ch in enumerate(text + ";"):
        if ch in ";\n":
            bounds.append((start, i))
            start = i + 1
    for a, b in bounds:
        if not text[a:b].strip():
            continue
        body = _strip_prefix(text, a, b)
        if "=" in text[body:b]:
            raise PlotError(
                translate("Plot", "write the function as y = … (only one '=')"), text, text.index("=", body)
            )
        toks = _tokens(text, body, b)
        if toks[0].kind == "end":
            raise PlotError(translate("Plot", "the formula is empty"), text, body)
        parser = _Parser(text, toks)
        ev = parser.expr()
        tok = parser.peek()
        if tok.kind != "end":
            raise parser.fail(tok)
        if len(functions) == MAX_FUNCTIONS:
            raise PlotError(
                translate("Plot", "at most {n} functions at once").format(n=MAX_FUNCTIONS), text, a
            )
        functions.append(Function(text[body:b].strip(), body, ev))
    if not functions:
        raise PlotError(translate("Plot", "type a function, for example y = x^2 - 5x + 6"), text, 0)
    return functions


# ----------------------------------------------------------------------------------------------- ranges


def _nice_step(span: float, target: int = 8) -> float:
    raw = span / max(1, target)
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * mag >= raw:
            return float(m * mag)
    return float(10 * mag)


def _interesting(
    functions: Sequence[Function], lo: float = -50.0, hi: float = 50.0
) -> list[tuple[float, float]]:
    """(x, y) of roots and extrema of every function within [lo, hi]."""
    xs = np.linspace(lo, hi, 20001)
    found: list[tuple[float, float]] = []
    for f in functions:
        y = f.evaluate(xs)
        ok = np.isfinite(y[:-1]) & np.isfinite(y[1:])
        step = xs[1] - xs[0]
        jump = np.abs(np.diff(y))
        smooth_pair = ok & (jump < 1e3 * step * (1 + np.nan_to_num(np.abs(y[:-1]))))
        roots = np.nonzero(smooth_pair & (np.sign(y[:-1]) * np.sign(y[1:]) < 0))[0]
        zeros = np.nonzero(y == 0)[0]
        dy = np.diff(y)
        ext = np.nonzero(smooth_pair[1:] & smooth_pair[:-1] & (np.sign(dy[:-1]) * np.sign(dy[1:]) < 0))[0] + 1
        for i in [*roots[:20], *zeros[:20]]:
            found.append((float(xs[i]), 0.0))
        for i in ext[:20]:
            found.append((float(xs[i]), float(y[i])))
    return found


def auto_range(functions: Sequence[Function]) -> tuple[float, float]:
    """An x range that shows the roots, extrema and y-intercept of the functions."""
    pts = [x for x, _y in _interesting(functions)]
    if len(pts) > 30:  # periodic: the points near the origin
        pts = [x for x in pts if abs(x) <= 10]
    if not pts or len(pts) > 30:
        return (-10.0, 10.0)
    if all(abs(x) < 25 for x in pts):
        pts.append(0.0)
    lo, hi = min(pts), max(pts)
    pad = max(1.0, 0.25 * (hi - lo))
    lo, hi = lo - pad, hi + pad
    if hi - lo < 6:
        mid = (lo + hi) / 2
        lo, hi = mid - 3, mid + 3
    # where the functions are undefined at the ends (sqrt(x) left of 0), keep only a margin of it
    xs = np.linspace(lo, hi, 401)
    defined = np.zeros(len(xs), dtype=bool)
    for f in functions:
        defined |= np.isfinite(f.evaluate(xs))
    if defined.any():
        span = hi - lo
        first, last = int(np.argmax(defined)), len(xs) - 1 - int(np.argmax(defined[::-1]))
        lo = max(lo, float(xs[first]) - 0.1 * span)
        hi = min(hi, float(xs[last]) + 0.1 * span)
    return (lo, hi)


def _y_range(functions: Sequence[Function], x0: float, x1: float) -> tuple[float, float]:
    xs = np.linspace(x0, x1, 2001)
    ys = np.concatenate([f.evaluate(xs) for f in functions])
    ys = ys[np.isfinite(ys)]
    if len(ys) == 0:
        return (-10.0, 10.0)
    lo, hi = float(ys.min()), float(ys.max())
    p5, p95 = float(np.percentile(ys, 5)), float(np.percentile(ys, 95))
    core = max(p95 - p5, 1e-9)
    if hi - lo > 4 * core:  # asymptotes or fast growth: show the bulk of the curve, not its spikes
        lo, hi = max(lo, p5 - 0.5 * core), min(hi, p95 + 0.5 * core)
    for x, y in _interesting(functions, x0, x1):
        if x0 <= x <= x1 and abs(y) < 1e6 and lo - 2 * core <= y <= hi + 2 * core:
            lo, hi = min(lo, y), max(hi, y)
    if lo > 0 and lo < 0.5 * hi:
        lo = 0.0
    if hi < 0 and hi > 0.5 * lo:
        hi = 0.0
    if hi - lo < 1e-9:
        lo, hi = lo - 1, hi + 1
    pad = 0.08 * (hi - lo)
    return (lo - pad, hi + pad)


# ------------------------------------------------------------------------------------------------- ink


@dataclass(frozen=True, slots=True)
class Plot:
    strokes: list[Stroke]
    functions: list[Function]
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    rect: tuple[float, float, float, float]


def _label(value: float, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0
    if step < 1 and abs(step * 10**decimals - round(step * 10**decimals)) > 1e-6:
        decimals += 1
    text = f"{value:.{decimals}f}"
    return "0" if text.strip("-0.") == "" else text


def _clip(xs: F64, ys: F64, box: tuple[float, float, float, float]) -> list[F64]:
    """Polyline pieces of (xs, ys) inside `box` (x0, y0, x1, y1), cut where values are NaN; Liang-Barsky per
    segment, pieces joined while they continue."""
    x0, y0, x1, y1 = box
    pieces: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for i in range(len(xs) - 1):
        ax, ay, bx, by = float(xs[i]), float(ys[i]), float(xs[i + 1]), float(ys[i + 1])
        if not (math.isfinite(ax) and math.isfinite(ay) and math.isfinite(bx) and math.isfinite(by)):
            if current:
                pieces.append(current)
                current = []
            continue
        dx, dy = bx - ax, by - ay
        t0, t1 = 0.0, 1.0
        ok = True
        for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
            if p == 0:
                if q < 0:
                    ok = False
                    break
                continue
            r = q / p
            if p < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
            if t0 > t1:
                ok = False
                break
        if not ok:
            if current:
                pieces.append(current)
                current = []
            continue
        s = (ax + t0 * dx, ay + t0 * dy)
        e = (ax + t1 * dx, ay + t1 * dy)
        if not current or math.dist(current[-1], s) > 1e-6:
            if current:
                pieces.append(current)
            current = [s]
        current.append(e)
        if t1 < 1.0:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [np.array(p) for p in pieces if len(p) >= 2]


def plot(
    source: str | Sequence[Function],
    rect: tuple[float, float, float, float],
    x_range: tuple[float, float] | None = None,
    y_range: tuple[float, float] | None = None,
    *,
    color: str = "#1565c0",
    axis_color: str = "#37474f",
    width: float = 2.5,
    font_size: float = 13.0,
    grid: bool = False,
    grid_color: str = "#cfd8dc",
) -> Plot:
    """Axes, ticks, labels and curves as ink in `rect` (x, y, width, height). Raises PlotError."""
    text = source if isinstance(source, str) else "; ".join(f.source for f in source)
    functions = parse(source) if isinstance(source, str) else list(source)
    rx, ry, rw, rh = (float(v) for v in rect)
    if not (rw >= 40 and rh >= 40 and all(math.isfinite(v) for v in (rx, ry, rw, rh))):
        raise PlotError(translate("Plot", "the plot area is too small"), text, 0)
    if x_range is None:
        x_range = auto_range(functions)
    xa, xb = float(x_range[0]), float(x_range[1])
    if not (math.isfinite(xa) and math.isfinite(xb) and xb - xa > 1e-9):
        raise PlotError(translate("Plot", "the x range must go from a smaller to a larger number"), text, 0)
    if y_range is None:
        y_range = _y_range(functions, xa, xb)
    ya, yb = float(y_range[0]), float(y_range[1])
    if not (math.isfinite(ya) and math.isfinite(yb) and yb - ya > 1e-9):
        raise PlotError(translate("Plot", "the y range must go from a smaller to a larger number"), text, 0)

    def px(v: F64 | float) -> Any:
        return rx + (np.asarray(v) - xa) / (xb - xa) * rw

    def py(v: F64 | float) -> Any:
        return ry + rh - (np.asarray(v) - ya) / (yb - ya) * rh

    meta = {
        "source": text,
        "x_range": [xa, xb],
        "y_range": [ya, yb],
        "rect": [rx, ry, rw, rh],
    }
    strokes: list[Stroke] = []

    def pen(xy: F64, c: str, w: float) -> None:
        pts = make_points(np.column_stack([xy, np.ones(len(xy))]))
        strokes.append(
            Stroke(client_id=new_id(), tool=Tool.PEN, color=c, width=w, points=pts, extra={"plot": meta})
        )

    def label(s: str, x: float, y: float) -> None:
        strokes.append(
            Stroke(
                client_id=new_id(),
                tool=Tool.TEXT,
                color=axis_color,
                width=1.0,
                points=make_points([(x, y)]),
                text=s,
                text_style=TextStyle(font_family="Noto Sans", font_size=font_size),
                has_pressure=False,
                extra={"plot": meta},
            )
        )

    # axes: through 0 when 0 is shown, else along the rectangle's left/bottom edge
    ax_y = float(py(0.0)) if ya <= 0 <= yb else ry + rh
    ax_x = float(px(0.0)) if xa <= 0 <= xb else rx
    xstep = _nice_step(xb - xa, max(2, min(10, int(rw // 60))))
    ystep = _nice_step(yb - ya, max(2, min(10, int(rh // 45))))
    xticks = [k * xstep for k in range(math.ceil(xa / xstep), math.floor(xb / xstep) + 1)]
    yticks = [k * ystep for k in range(math.ceil(ya / ystep), math.floor(yb / ystep) + 1)]
    if grid:
        for t in xticks:
            pen(np.array([[px(t), ry], [px(t), ry + rh]], dtype=np.float64), grid_color, 1.0)
        for t in yticks:
            pen(np.array([[rx, py(t)], [rx + rw, py(t)]], dtype=np.float64), grid_color, 1.0)
    pen(np.array([[rx, ax_y], [rx + rw, ax_y]]), axis_color, 1.5)
    pen(np.array([[ax_x, ry], [ax_x, ry + rh]]), axis_color, 1.5)
    # arrow heads on the positive ends
    head = 7.0
    pen(
        np.array([[rx + rw - head, ax_y - head / 2], [rx + rw, ax_y], [rx + rw - head, ax_y + head / 2]]),
        axis_color,
        1.5,
    )
    pen(np.array([[ax_x - head / 2, ry + head], [ax_x, ry], [ax_x + head / 2, ry + head]]), axis_color, 1.5)
    tick = 4.0
    char_w = font_size * 0.55
    for t in xticks:
        x = float(px(t))
        if abs(t) < xstep * 1e-6 or x > rx + rw - head * 1.5:
            continue
        pen(np.array([[x, ax_y - tick], [x, ax_y + tick]]), axis_color, 1.2)
        s = _label(t, xstep)
        below = (
            ax_y + tick + font_size + 1
            if ax_y + tick + font_size + 1 <= ry + rh + font_size * 1.3
            else ax_y - tick - 3
        )
        label(s, x - len(s) * char_w / 2, below)
    for t in yticks:
        y = float(py(t))
        if abs(t) < ystep * 1e-6 or y < ry + head * 1.5:
            continue
        pen(np.array([[ax_x - tick, y], [ax_x + tick, y]]), axis_color, 1.2)
        s = _label(t, ystep)
        left = ax_x - tick - 3 - len(s) * char_w
        label(s, left if left >= rx - len(s) * char_w else ax_x + tick + 3, y + font_size * 0.35)
    if xa <= 0 <= xb and ya <= 0 <= yb:
        label("0", ax_x - char_w - 4, ax_y + font_size + 2)
    label("x", rx + rw - char_w, ax_y - 8)
    label("y", ax_x + 8, ry + font_size * 0.8)

    # curves: dense samples, cut at undefined points and asymptotes, clipped to the rectangle
    n = int(min(4000, max(400, rw * 2)))
    xs = np.linspace(xa, xb, n)
    box = (rx, ry, rx + rw, ry + rh)
    for f in functions:
        ys = f.evaluate(xs)
        sy = np.asarray(py(ys), dtype=np.float64)
        sx = np.asarray(px(xs), dtype=np.float64)
        # a jump taller than the plot between neighbouring samples is an asymptote (1/x at 0, tan): cut there
        with np.errstate(invalid="ignore"):
            breaks = np.nonzero(np.abs(np.diff(sy)) > rh)[0] + 1
        sx, sy = np.insert(sx, breaks, np.nan), np.insert(sy, breaks, np.nan)
        for piece in _clip(sx, sy, box):
            pen(piece, color, width)
    return Plot(strokes, functions, (xa, xb), (ya, yb), (rx, ry, rw, rh))
