"""What a screen reader reads in the painted views (month, week and day grids): each lesson and availability
block is an accessible child of its view ("Lesson: Hanna Tesfaye · Mathematics, Tuesday 2 December, 10:00
to 11:30"), with its state in the description, its place on the screen and whether it has the focus; moving
the keyboard focus to one says so (a Focus event for that child).

Qt builds an accessible interface per widget through the factories installed here; the items themselves
have no QObject, so they are small QAccessibleInterface objects that the view's interface keeps (Qt's
accessibility cache holds them by pointer for as long as the view lives)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

MAX_ITEMS = 2000  # a month of hourly blocks stays well below; beyond it a reader would not walk them anyway


@dataclass(frozen=True)
class AccessibleItem:
    """One entry as a screen reader sees it."""

    key: str  # the entry's key and day: stable while the view shows the same range
    name: str
    description: str
    rect: QRectF  # in the view's coordinates
    selected: bool


class ItemView(Protocol):
    """A painted view that lists its items for assistive technology (MonthView, TimeGrid)."""

    def accessible_items(self) -> list[AccessibleItem]: ...

    def accessible_focus(self) -> int: ...  # the index of the item with the keyboard focus, or -1


class ItemAccessible(QAccessibleInterface):
    """An entry of a painted view: a list item with a name, a description, a place and a state."""

    def __init__(self, host: ViewAccessible, key: str) -> None:
        super().__init__()
        self.host = host
        self.key = key

    def _item(self) -> AccessibleItem | None:
        return self.host.item(self.key)

    def isValid(self) -> bool:
        return self.host.widget_alive() and self._item() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.host.window()

    def parent(self) -> QAccessibleInterface:
        return self.host

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def text(self, t: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if t == QAccessible.Text.Name:
            return item.name
        if t == QAccessible.Text.Description:
            return item.description
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        return None

    def rect(self) -> QRect:
        item = self._item()
        widget = self.host.widget()
        if item is None:
            return QRect()
        top_left = widget.mapToGlobal(item.rect.topLeft().toPoint())
        return QRect(top_left, item.rect.size().toSize())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        state.focusable = True
        state.selectable = True
        if item is None:
            state.invalid = True
            return state
        state.selected = item.selected
        keys = self.host.keys()
        index = keys.index(self.key) if self.key in keys else -1
        state.focused = self.host.widget().hasFocus() and index == self.host.view().accessible_focus()
        visible = QRectF(self.host.widget().visibleRegion().boundingRect())
        state.offscreen = not visible.intersects(item.rect)
        state.invisible = not self.host.widget().isVisible()
        return state


class ViewAccessible(QAccessibleWidget):
    """A painted view as a list whose children are its entries."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._items: dict[str, ItemAccessible] = {}  # kept: Qt holds them by pointer
        self._current: list[AccessibleItem] = []

    def view(self) -> ItemView:
        return self.widget()  # type: ignore[return-value]

    def widget_alive(self) -> bool:
        try:
            self.widget().objectName()
        except RuntimeError:  # the view was deleted
            return False
        return True

    def refresh(self) -> list[AccessibleItem]:
        self._current = self.view().accessible_items()[:MAX_ITEMS]
        return self._current

    def keys(self) -> list[str]:
        return [i.key for i in self._current or self.refresh()]

    def item(self, key: str) -> AccessibleItem | None:
        return next((i for i in self._current if i.key == key), None)

    def _wrap(self, item: AccessibleItem) -> ItemAccessible:
        if item.key not in self._items:
            self._items[item.key] = ItemAccessible(self, item.key)
        return self._items[item.key]

    def childCount(self) -> int:
        return len(self.refresh())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self._current or self.refresh()
        return self._wrap(items[index]) if 0 <= index < len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, ItemAccessible) and child.host is self:
            keys = self.keys()
            return keys.index(child.key) if child.key in keys else -1
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        index = self.view().accessible_focus()
        return self.child(index) if index >= 0 and self.widget().hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        local = self.widget().mapFromGlobal(QRect(x, y, 1, 1).topLeft())
        for item in self._current or self.refresh():
            if item.rect.contains(local.toPointF()):
                return self._wrap(item)
        return None


_installed = False


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    from .calendar_views import MonthView, TimeGrid  # noqa: PLC0415 - they import this module

    if isinstance(obj, (MonthView, TimeGrid)):
        return ViewAccessible(obj)
    return None


def install() -> None:
    """Make Qt ask this module for the painted views' interfaces (once per process)."""
    global _installed  # noqa: PLW0603 - one factory per process
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def items_changed(widget: QWidget) -> None:
    """The view shows other items: a reader asks for its children again."""
    if not QAccessible.isActive():
        return
    iface = QAccessible.queryAccessibleInterface(widget)
    if isinstance(iface, ViewAccessible):
        iface.refresh()
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectReorder))


def focus_moved(widget: QWidget, index: int) -> None:
    """The keyboard focus is on item `index` of the view: said to the reader (and selected)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if isinstance(iface, ViewAccessible):
        iface.refresh()
    if index < 0 or not QAccessible.isActive():
        return
    for kind in (QAccessible.Event.Focus, QAccessible.Event.Selection):
        event = QAccessibleEvent(widget, kind)
        event.setChild(index)
        QAccessible.updateAccessibility(event)
