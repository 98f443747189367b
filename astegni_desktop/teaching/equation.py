"""Typeset LaTeX mathematics (ziamath: pure Python, MIT, with the STIX Two Math font, OFL) as glyph outlines:
pen polylines the web draws, and a vector path for the desktop and PDF.

API
---
``typeset(latex, size=32.0, origin=(0.0, 0.0)) -> Equation``
    `size`: the font size in page units; `origin`: the top-left corner on the page. Raises `EquationError`
    (`message`, `position`: 0-based index in `latex` or None) for empty, too long (> 2,000 characters) or
    malformed input: unbalanced braces, unknown commands, a missing argument, \\left without \\right, ...
``Equation`` (frozen): `latex`, `size`, `origin`, `width`, `height`, `contours` (closed outlines in page
    units, each an (n, 2) float64 array, Béziers flattened to within 0.1 page units),
    `moved(origin)` / `scaled(size)` (new equations, typeset again), `svg_path()` (one SVG path `d`, page
    units, nonzero fill), `painter_path()` (a QPainterPath, the desktop's and PDF's vector form; QtGui only),
    `web_width()` (1 px below size 44, 2 px below 96, else 3), `strokes(color, width=web_width())` -> list
    of `ink.Stroke` pen polylines, one per closed outline, inset by half the width: what the web draws
    (CONTRACT.md §13: pens and text only). At lesson sizes (20–96) they read like the filled glyphs
    (tests/teaching/test_equation.py rasterises both and compares). Every stroke carries
    `extra["equation"] = {"id", "latex", "size", "x", "y", "part", "parts"}`, which the codec sends in
    `stroke_data`: a desktop regroups the parts by `id` into one editable equation (`from_extra`).
``from_extra(extra) -> (id, Equation) | None``: the equation a decoded stroke belongs to (untrusted: checked).
``SYMBOLS``: the palette, a tuple of `Symbol(group, label, latex, name)`; `label` is what a button shows,
    `name` a translatable tooltip (translate("Equation", name)), `latex` what it inserts.
"""

from __future__ import annotations

import math
import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..ink.geometry import point_in_polygon
from ..ink.stroke import Stroke, Tool, make_points, new_id

if TYPE_CHECKING:
    from PySide6.QtGui import QPainterPath

F64 = npt.NDArray[np.float64]

MAX_LATEX = 2000
MIN_SIZE, MAX_SIZE = 8.0, 400.0
FLATNESS = 0.1  # page units a flattened curve may stray from the Bézier
_LOCK = threading.Lock()  # ziamath keeps global configuration


class EquationError(ValueError):
    def __init__(self, message: str, position: int | None = None) -> None:
        self.message = message
        self.position = position
        where = (
            translate("Equation", "at character {n}: ").format(n=position + 1) if position is not None else ""
        )
        super().__init__(where + message)


@dataclass(frozen=True, slots=True)
class Symbol:
    group: str
    label: str
    latex: str
    name: str


def _sym(group: str, label: str, latex: str, name: str) -> Symbol:
    return Symbol(group, label, latex, name)


_OPS = QT_TRANSLATE_NOOP("Equation", "Operators")
_REL = QT_TRANSLATE_NOOP("Equation", "Relations")
_GRK = QT_TRANSLATE_NOOP("Equation", "Greek")
_GEO = QT_TRANSLATE_NOOP("Equation", "Geometry")
_SET = QT_TRANSLATE_NOOP("Equation", "Sets and logic")
_TPL = QT_TRANSLATE_NOOP("Equation", "Structures")

SYMBOLS: tuple[Symbol, ...] = (
    _sym(_TPL, "a/b", r"\frac{a}{b}", QT_TRANSLATE_NOOP("Equation", "fraction")),
    _sym(_TPL, "xⁿ", r"x^{n}", QT_TRANSLATE_NOOP("Equation", "power")),
    _sym(_TPL, "xᵢ", r"x_{i}", QT_TRANSLATE_NOOP("Equation", "subscript")),
    _sym(_TPL, "√x", r"\sqrt{x}", QT_TRANSLATE_NOOP("Equation", "square root")),
    _sym(_TPL, "ⁿ√x", r"\sqrt[n]{x}", QT_TRANSLATE_NOOP("Equation", "n-th root")),
    _sym(_TPL, "( )", r"\left( x \right)", QT_TRANSLATE_NOOP("Equation", "brackets that grow")),
    _sym(_TPL, "Σ", r"\sum_{i=1}^{n}", QT_TRANSLATE_NOOP("Equation", "sum")),
    _sym(_TPL, "∫", r"\int_{a}^{b}", QT_TRANSLATE_NOOP("Equation", "integral")),
    _sym(_TPL, "lim", r"\lim_{x \to 0}", QT_TRANSLATE_NOOP("Equation", "limit")),
    _sym(_TPL, "|x|", r"\left| x \right|", QT_TRANSLATE_NOOP("Equation", "absolute value")),
    _sym(_TPL, "x̄", r"\overline{x}", QT_TRANSLATE_NOOP("Equation", "bar")),
    _sym(_TPL, "v⃗", r"\vec{v}", QT_TRANSLATE_NOOP("Equation", "vector")),
    _sym(
        _TPL, "[ ]", r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", QT_TRANSLATE_NOOP("Equation", "matrix")
    ),
    _sym(_OPS, "±", r"\pm", QT_TRANSLATE_NOOP("Equation", "plus or minus")),
    _sym(_OPS, "×", r"\times", QT_TRANSLATE_NOOP("Equation", "times")),
    _sym(_OPS, "÷", r"\div", QT_TRANSLATE_NOOP("Equation", "divided by")),
    _sym(_OPS, "·", r"\cdot", QT_TRANSLATE_NOOP("Equation", "dot")),
    _sym(_OPS, "∞", r"\infty", QT_TRANSLATE_NOOP("Equation", "infinity")),
    _sym(_OPS, "∂", r"\partial", QT_TRANSLATE_NOOP("Equation", "partial derivative")),
    _sym(_OPS, "∇", r"\nabla", QT_TRANSLATE_NOOP("Equation", "nabla")),
    _sym(_REL, "=", "=", QT_TRANSLATE_NOOP("Equation", "equals")),
    _sym(_REL, "≠", r"\neq", QT_TRANSLATE_NOOP("Equation", "not equal")),
    _sym(_REL, "≈", r"\approx", QT_TRANSLATE_NOOP("Equation", "approximately")),
    _sym(_REL, "≤", r"\leq", QT_TRANSLATE_NOOP("Equation", "less than or equal")),
    _sym(_REL, "≥", r"\geq", QT_TRANSLATE_NOOP("Equation", "greater than or equal")),
    _sym(_REL, "∝", r"\propto", QT_TRANSLATE_NOOP("Equation", "proportional to")),
    _sym(_REL, "→", r"\to", QT_TRANSLATE_NOOP("Equation", "tends to")),
    _sym(_REL, "⇒", r"\Rightarrow", QT_TRANSLATE_NOOP("Equation", "implies")),
    _sym(_REL, "⇔", r"\Leftrightarrow", QT_TRANSLATE_NOOP("Equation", "if and only if")),
    *(
        _sym(_GRK, ch, "\\" + name, name)
        for ch, name in (
            ("α", "alpha"),
            ("β", "beta"),
            ("γ", "gamma"),
            ("δ", "delta"),
            ("ε", "epsilon"),
            ("θ", "theta"),
            ("λ", "lambda"),
            ("μ", "mu"),
            ("π", "pi"),
            ("ρ", "rho"),
            ("σ", "sigma"),
            ("φ", "phi"),
            ("ω", "omega"),
            ("Δ", "Delta"),
            ("Σ", "Sigma"),
            ("Ω", "Omega"),
        )
    ),
    _sym(_GEO, "°", r"^{\circ}", QT_TRANSLATE_NOOP("Equation", "degrees")),
    _sym(_GEO, "∠", r"\angle", QT_TRANSLATE_NOOP("Equation", "angle")),
    _sym(_GEO, "△", r"\triangle", QT_TRANSLATE_NOOP("Equation", "triangle")),
    _sym(_GEO, "⊥", r"\perp", QT_TRANSLATE_NOOP("Equation", "perpendicular")),
    _sym(_GEO, "∥", r"\parallel", QT_TRANSLATE_NOOP("Equation", "parallel")),
    _sym(_GEO, "≅", r"\cong", QT_TRANSLATE_NOOP("Equation", "congruent")),
    _sym(_GEO, "∼", r"\sim", QT_TRANSLATE_NOOP("Equation", "similar")),
    _sym(_GEO, "AB̅", r"\overline{AB}", QT_TRANSLATE_NOOP("Equation", "segment")),
    _sym(_SET, "∈", r"\in", QT_TRANSLATE_NOOP("Equation", "element of")),
    _sym(_SET, "∉", r"\notin", QT_TRANSLATE_NOOP("Equation", "not an element of")),
    _sym(_SET, "⊂", r"\subset", QT_TRANSLATE_NOOP("Equation", "subset")),
    _sym(_SET, "∪", r"\cup", QT_TRANSLATE_NOOP("Equation", "union")),
    _sym(_SET, "∩", r"\cap", QT_TRANSLATE_NOOP("Equation", "intersection")),
    _sym(_SET, "∅", r"\emptyset", QT_TRANSLATE_NOOP("Equation", "empty set")),
    _sym(_SET, "ℝ", r"\mathbb{R}", QT_TRANSLATE_NOOP("Equation", "real numbers")),
    _sym(_SET, "∀", r"\forall", QT_TRANSLATE_NOOP("Equation", "for all")),
    _sym(_SET, "∃", r"\exists", QT_TRANSLATE_NOOP("Equation", "there exists")),
)


# ------------------------------------------------------------------------------------------- checking

_COMMAND = re.compile(r"\\([A-Za-z]+|.)")
_known: set[str] | None = None


def _known_commands() -> set[str]:
    global _known  # noqa: PLW0603 - built once, on first use
    if _known is None:
        from latex2mathml import commands, symbols_parser  # noqa: PLC0415 - loaded with the first equation

        found: set[str] = set()

        def walk(v: Any) -> None:
            if isinstance(v, str):
                if v.startswith("\\"):
                    found.add(v)
            elif isinstance(v, tuple | list | set | frozenset):
                for x in v:
                    walk(x)
            elif isinstance(v, dict):
                for k, x in v.items():
                    walk(k)
                    walk(x)

        for name, value in vars(commands).items():
            if not name.startswith("_"):
                walk(value)
        found.update(k for k in symbols_parser.SYMBOLS if isinstance(k, str) and k.startswith("\\"))
        _known = found
    return _known


def check(latex: str) -> None:
    """Raise EquationError for input we can tell is wrong before typesetting (with its position)."""
    if not latex.strip():
        raise EquationError(translate("Equation", "type an equation, for example x^2 + y^2 = r^2"))
    if len(latex) > MAX_LATEX:
        raise EquationError(
            translate("Equation", "the equation is too long (at most {n} characters)").format(n=MAX_LATEX),
            MAX_LATEX,
        )
    depth: list[int] = []
    i = 0
    while i < len(latex):
        ch = latex[i]
        if ch == "\\":
            m = _COMMAND.match(latex, i)
            if m is None:
                raise EquationError(translate("Equation", "a command name is missing after \\"), i)
            name = "\\" + m.group(1)
            if m.group(1).isalpha() and name not in _known_commands():
                raise EquationError(translate("Equation", "unknown command {name}").format(name=name), i)
            i = m.end()
            continue
        if ch == "{":
            depth.append(i)
        elif ch == "}":
            if not depth:
                raise EquationError(translate("Equation", "this '}' closes nothing"), i)
            depth.pop()
        elif ch in "^_":
            rest = latex[i + 1 :].lstrip()
            if not rest or rest[0] in "}^_&":
                raise EquationError(
                    translate("Equation", "'{char}' needs something after it").format(char=ch), i
                )
        i += 1
    if depth:
        raise EquationError(translate("Equation", "this '{' is never closed"), depth[-1])
    lefts = len(re.findall(r"\\left(?![a-zA-Z])", latex))
    rights = len(re.findall(r"\\right(?![a-zA-Z])", latex))
    if lefts != rights:
        raise EquationError(translate("Equation", "every \\left needs a \\right"))
    begins, ends = latex.count("\\begin{"), latex.count("\\end{")
    if begins != ends:
        raise EquationError(translate("Equation", "every \\begin{…} needs its \\end{…}"))


# ---------------------------------------------------------------------------------------- typesetting

_TOKEN = re.compile(r"[MLHVQCZmlhvqcz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _flatten_path(d: str, out: list[F64], scale: float) -> None:
    """SVG path data (M L H V Q C Z, absolute or relative) → closed polygons, curves flattened."""
    toks = _TOKEN.findall(d)
    i = 0
    cmd = ""
    pts: list[tuple[float, float]] = []
    cx = cy = sx = sy = 0.0

    def num() -> float:
        nonlocal i
        v = float(toks[i])
        i += 1
        return v

    def close() -> None:
        nonlocal pts
        if len(pts) >= 3:
            arr = np.array(pts, dtype=np.float64)
            if np.hypot(*(arr[0] - arr[-1])) > 1e-9:
                arr = np.vstack([arr, arr[:1]])
            out.append(arr)
        pts = []

    while i < len(toks):
        if toks[i].isalpha():
            cmd = toks[i]
            i += 1
            if cmd in "Zz":
                close()
                cx, cy = sx, sy
                continue
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = (cx, cy) if rel else (0.0, 0.0)
        if c == "M":
            close()
            cx, cy = ox + num(), oy + num()
            sx, sy = cx, cy
            pts = [(cx, cy)]
            cmd = "l" if rel else "L"
        elif c == "L":
            cx, cy = ox + num(), oy + num()
            pts.append((cx, cy))
        elif c == "H":
            cx = ox + num()
            pts.append((cx, cy))
        elif c == "V":
            cy = oy + num()
            pts.append((cx, cy))
        elif c in "QC":
            ctrl = [(ox + num(), oy + num()) for _ in range(1 if c == "Q" else 2)]
            end = (ox + num(), oy + num())
            p = np.array([(cx, cy), *ctrl, end], dtype=np.float64)
            span = float(np.hypot(*np.diff(p, axis=0).T).sum()) * scale
            n = max(2, min(24, math.ceil(math.sqrt(span / (8 * FLATNESS)) + 1)))
            t = np.linspace(0, 1, n + 1)[1:, None]
            if c == "Q":
                curve = (1 - t) ** 2 * p[0] + 2 * (1 - t) * t * p[1] + t * t * p[2]
            else:
                curve = (
                    (1 - t) ** 3 * p[0]
                    + 3 * (1 - t) ** 2 * t * p[1]
                    + 3 * (1 - t) * t * t * p[2]
                    + t**3 * p[3]
                )
            pts.extend((float(x), float(y)) for x, y in curve)
            cx, cy = end
        else:
            raise EquationError(translate("Equation", "the typeset equation could not be read"))
    close()


def _floats(el: ET.Element, *names: str) -> list[float]:
    return [float(el.attrib.get(n, "0")) for n in names]


def _render(latex: str, size: float) -> tuple[list[F64], float, float]:
    """Contours with the top-left at (0, 0), and the width and height, in page units at `size`."""
    from latex2mathml import exceptions as lx  # noqa: PLC0415 - the renderer loads with the first equation
    from ziamath.config import config  # noqa: PLC0415
    from ziamath.zmath import Latex  # noqa: PLC0415

    messages: dict[type[Exception], str] = {
        lx.MissingSuperScriptOrSubscriptError: translate("Equation", "'^' or '_' needs something after it"),
        lx.NoAvailableTokensError: translate(
            "Equation", "something is missing: a command needs its {…} part"
        ),
        lx.ExtraLeftOrMissingRightError: translate("Equation", "every \\left needs a \\right"),
        lx.MissingEndError: translate("Equation", "every \\begin{…} needs its \\end{…}"),
        lx.DoubleSubscriptsError: translate("Equation", "two subscripts in a row: use braces, x_{ab}"),
        lx.DoubleSuperscriptsError: translate("Equation", "two powers in a row: use braces, x^{ab}"),
        lx.NumeratorNotFoundError: translate("Equation", "a fraction needs a numerator"),
        lx.DenominatorNotFoundError: translate("Equation", "a fraction needs a denominator"),
    }
    with _LOCK:
        config.svg2 = False  # plain <path> elements with absolute coordinates, no <use>
        try:
            svg = Latex(latex, size=size).svg()
        except Exception as exc:  # the renderer raises many kinds; all mean "cannot typeset"
            text = messages.get(type(exc)) or translate("Equation", "this LaTeX cannot be typeset")
            raise EquationError(text) from exc
    root = ET.fromstring(svg)  # our own renderer's output (LaTeX is escaped into MathML text)
    vb = [float(v) for v in root.attrib.get("viewBox", "0 0 0 0").split()]
    x0, y0, width, height = vb if len(vb) == 4 else (0.0, 0.0, 0.0, 0.0)
    contours: list[F64] = []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "path" and el.attrib.get("d"):
            _flatten_path(el.attrib["d"], contours, 1.0)
        elif tag == "rect":
            x, y, w, h = _floats(el, "x", "y", "width", "height")
            contours.append(
                np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]], dtype=np.float64)
            )
        elif tag in ("line", "polyline", "polygon", "circle", "ellipse", "text", "use"):
            raise EquationError(translate("Equation", "the typeset equation could not be read"))
    shifted = [c - np.array([x0, y0]) for c in contours]
    return shifted, width, height


@dataclass(frozen=True, slots=True, eq=False)
class Equation:
    latex: str
    size: float
    origin: tuple[float, float]
    width: float
    height: float
    contours: list[F64] = field(repr=False)
    id: str = field(default_factory=new_id)

    def moved(self, origin: tuple[float, float]) -> Equation:
        dx, dy = origin[0] - self.origin[0], origin[1] - self.origin[1]
        shift = np.array([dx, dy])
        return Equation(
            self.latex,
            self.size,
            origin,
            self.width,
            self.height,
            [c + shift for c in self.contours],
            self.id,
        )

    def scaled(self, size: float) -> Equation:
        return typeset(self.latex, size, self.origin, equation_id=self.id)

    def svg_path(self) -> str:
        parts = []
        for c in self.contours:
            head = f"M {c[0, 0]:.2f} {c[0, 1]:.2f} "
            parts.append(head + " ".join(f"L {x:.2f} {y:.2f}" for x, y in c[1:].tolist()) + " Z")
        return " ".join(parts)

    def painter_path(self) -> QPainterPath:
        from PySide6.QtCore import QPointF, Qt  # noqa: PLC0415 - QtGui only for callers that paint
        from PySide6.QtGui import QPainterPath, QPolygonF  # noqa: PLC0415

        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for c in self.contours:
            path.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in c.tolist()]))
            path.closeSubpath()
        return path

    def meta(self, part: int) -> dict[str, Any]:
        return {
            "id": self.id,
            "latex": self.latex,
            "size": round(self.size, 2),
            "x": round(self.origin[0], 1),
            "y": round(self.origin[1], 1),
            "part": part,
            "parts": len(self.contours),
        }

    def web_width(self) -> float:
        """The pen width the web draws the outlines with (whole pixels), chosen so the outlines carry about
        the filled glyphs' ink (measured: 0.97–1.15 of it at sizes 20–32 with 1 px, 1.29 at 48 with 2 px)."""
        return 1.0 if self.size < 44 else 2.0 if self.size < 96 else 3.0

    def strokes(self, color: str = "#000000", width: float | None = None) -> list[Stroke]:
        """One pen polyline per outline, constant width (pressure 1): what the web draws. Each outline is
        moved half the line width into the ink, so the drawn line's outer edge lies on the glyph's edge and
        letters keep their weight instead of looking bold."""
        width = self.web_width() if width is None else width
        out = []
        for i, c in enumerate(_inset(self.contours, 0.5 * width)):
            pts = make_points(np.column_stack([c, np.ones(len(c))]))
            out.append(
                Stroke(
                    client_id=new_id(),
                    tool=Tool.PEN,
                    color=color,
                    width=width,
                    points=pts,
                    extra={"equation": self.meta(i)},
                )
            )
        return out


def _signed_area(c: F64) -> float:
    x, y = c[:, 0], c[:, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def _inset(contours: list[F64], amount: float) -> list[F64]:
    """Each closed contour moved `amount` towards the filled side (nonzero fill: holes move outwards), less
    for contours too small to take it. Vertex normals are the mean of the neighbouring edges' normals."""
    out = []
    boxes = [(c.min(axis=0), c.max(axis=0)) for c in contours]
    areas = [_signed_area(c) if len(c) >= 4 else 0.0 for c in contours]
    for k, c in enumerate(contours):
        if len(c) < 4 or amount <= 0:
            out.append(c)
            continue
        lo, hi = boxes[k]
        side = 1.0 if areas[k] > 0 else -1.0  # +1: the interior is on the (-dy, dx) side
        # a hole (the inside of an "o"): within another contour's box and outline, drawn the other way round
        probe_x, probe_y = np.array([c[0, 0]]), np.array([c[0, 1]])
        for j, o in enumerate(contours):
            if j == k or len(o) < 4 or areas[j] * areas[k] >= 0:
                continue
            (olo, ohi) = boxes[j]
            if (olo <= lo).all() and (ohi >= hi).all() and bool(point_in_polygon(probe_x, probe_y, o)[0]):
                side = -side  # the ink is outside it
                break
        d = min(amount, 0.25 * float(min(hi - lo)))
        ring = c[:-1]
        edge = np.roll(ring, -1, axis=0) - ring
        length = np.hypot(edge[:, 0], edge[:, 1])
        length[length == 0] = 1.0
        normal = np.column_stack([-edge[:, 1], edge[:, 0]]) / length[:, None]
        vertex = normal + np.roll(normal, 1, axis=0)
        vlen = np.hypot(vertex[:, 0], vertex[:, 1])
        vertex = np.where(vlen[:, None] > 1e-6, vertex / np.maximum(vlen, 1e-6)[:, None], normal)
        moved = ring + side * d * vertex
        out.append(np.vstack([moved, moved[:1]]))
    return out


def typeset(
    latex: str,
    size: float = 32.0,
    origin: tuple[float, float] = (0.0, 0.0),
    *,
    equation_id: str | None = None,
) -> Equation:
    """LaTeX → an Equation at `origin` (top-left) and font `size`. Raises EquationError."""
    check(latex)
    if not (math.isfinite(size) and MIN_SIZE <= size <= MAX_SIZE):
        raise EquationError(
            translate("Equation", "the size must be between {lo} and {hi}").format(
                lo=int(MIN_SIZE), hi=int(MAX_SIZE)
            )
        )
    contours, width, height = _render(latex, size)
    if not contours:
        raise EquationError(translate("Equation", "the equation shows nothing"))
    shift = np.array([float(origin[0]), float(origin[1])])
    return Equation(
        latex,
        float(size),
        (float(origin[0]), float(origin[1])),
        width,
        height,
        [c + shift for c in contours],
        equation_id or new_id(),
    )


def from_extra(extra: Any) -> tuple[str, Equation] | None:
    """The equation a decoded stroke is part of (its `extra["equation"]`), typeset again; None if absent or
    unusable. Strokes of one equation share the id: callers regroup them."""
    meta = extra.get("equation") if isinstance(extra, dict) else None
    if not isinstance(meta, dict):
        return None
    eid, latex, size, x, y = (meta.get(k) for k in ("id", "latex", "size", "x", "y"))
    if not (isinstance(eid, str) and re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", eid) and isinstance(latex, str)):
        return None
    nums = [v for v in (size, x, y) if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(nums) != 3 or not all(math.isfinite(float(v)) and abs(float(v)) < 100_000 for v in nums):
        return None
    try:
        return eid, typeset(latex, float(size), (float(x), float(y)), equation_id=eid)  # type: ignore[arg-type]
    except EquationError:
        return None
