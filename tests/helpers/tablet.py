"""Synthesized pen-tablet input (ENVIRONMENT.md §4): pressure, pointer type and tilt reach the widget."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QPointingDeviceUniqueId, QTabletEvent
from PySide6.QtWidgets import QApplication, QWidget

CAPS = (
    QInputDevice.Capability.Position
    | QInputDevice.Capability.Pressure
    | QInputDevice.Capability.XTilt
    | QInputDevice.Capability.YTilt
    | QInputDevice.Capability.Rotation
)


def make_device(pointer: QPointingDevice.PointerType, name: str, sys_id: int) -> QPointingDevice:
    return QPointingDevice(
        name,
        sys_id,
        QInputDevice.DeviceType.Stylus,
        pointer,
        CAPS,
        1,
        3,
        "",
        QPointingDeviceUniqueId.fromNumericId(sys_id),
    )


class Pen:
    """A stylus with a pen tip and an eraser end. Keep one alive for the test (Qt holds no reference)."""

    def __init__(self) -> None:
        self.tip = make_device(QPointingDevice.PointerType.Pen, "test pen", 1001)
        self.eraser = make_device(QPointingDevice.PointerType.Eraser, "test eraser", 1002)

    def _send(
        self,
        widget: QWidget,
        kind: QEvent.Type,
        x: float,
        y: float,
        pressure: float,
        eraser: bool,
        buttons: Qt.MouseButton,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        pos = QPointF(x, y)
        gpos = QPointF(widget.mapToGlobal(pos.toPoint()))
        ev = QTabletEvent(
            kind,
            self.eraser if eraser else self.tip,
            pos,
            gpos,
            pressure,
            10.0,
            -5.0,
            0.0,
            0.0,
            0.0,
            modifiers,
            Qt.MouseButton.LeftButton,
            buttons,
        )
        QApplication.sendEvent(widget, ev)

    def stroke(
        self,
        widget: QWidget,
        points: Sequence[tuple[float, float, float]],
        eraser: bool = False,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """Press at the first point, move through the rest, release at the last (view coordinates), with
        `modifiers` (Shift, Alt…) held throughout."""
        (x0, y0, p0), rest = points[0], points[1:]
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        self._send(widget, QEvent.Type.TabletPress, x0, y0, p0, eraser, left, modifiers)
        for x, y, p in rest:
            self._send(widget, QEvent.Type.TabletMove, x, y, p, eraser, left, modifiers)
        x, y, _ = points[-1]
        self._send(widget, QEvent.Type.TabletRelease, x, y, 0.0, eraser, none, modifiers)

    def press(self, widget: QWidget, x: float, y: float, pressure: float = 0.6) -> None:
        self._send(widget, QEvent.Type.TabletPress, x, y, pressure, False, Qt.MouseButton.LeftButton)

    def move(self, widget: QWidget, x: float, y: float, pressure: float = 0.6) -> None:
        self._send(widget, QEvent.Type.TabletMove, x, y, pressure, False, Qt.MouseButton.LeftButton)

    def release(self, widget: QWidget, x: float, y: float) -> None:
        self._send(widget, QEvent.Type.TabletRelease, x, y, 0.0, False, Qt.MouseButton.NoButton)
