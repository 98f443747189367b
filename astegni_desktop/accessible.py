"""Names for assistive technology (screen readers read a control's accessible name, then its description):
a control whose visible text does not say what it is (a search box, a table, an icon) gets them here."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTableView, QToolButton, QWidget

from .i18n import translate

W = TypeVar("W", bound=QWidget)


def name(widget: W, text: str, description: str = "") -> W:
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def name_search(edit: QLineEdit, text: str, description: str = "") -> QLineEdit:
    """A search box and the icon buttons Qt puts inside it (the magnifier, the clear button)."""
    name(edit, text, description)
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        clears = action is not None and action.objectName() == "_q_qlineeditclearaction"  # Qt's own name
        button.setAccessibleName(translate("accessible", "Clear the search") if clears else text)
    return edit


def name_view(view: QAbstractItemView, text: str, description: str = "") -> QAbstractItemView:
    """A list or table, and a table's column titles."""
    name(view, text, description)
    if isinstance(view, QTableView):
        view.horizontalHeader().setAccessibleName(translate("accessible", "Column titles"))
        view.verticalHeader().setAccessibleName(translate("accessible", "Row numbers"))
        corner = view.findChild(QAbstractButton, "qt_tableview_cornerbutton")  # Qt's own name
        if corner is not None:
            corner.setAccessibleName(translate("accessible", "Select all"))
    return view
