"""Requested Sessions: students' and parents' booking requests; accept, or reject with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import accessible, theme
from .. import format as fmt
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..ui_support import icon, plain_label
from .common import (
    PILL_ROLE,
    KeyValues,
    LongText,
    PillDelegate,
    RowsModel,
    detail_layout,
    empty_state,
    fit_columns,
    muted,
    section,
)

if TYPE_CHECKING:  # the list paints from the cache before pydantic and SQLAlchemy are imported (cache_peek)
    from ..api.models import SessionRequest
    from ..cache_peek import Peek, RequestFields, RequestRow
    from ..store import RequestView, Store

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("RequestsPanel", "Student"),
    QT_TRANSLATE_NOOP("RequestsPanel", "Package"),
    QT_TRANSLATE_NOOP("RequestsPanel", "Offer"),
    QT_TRANSLATE_NOOP("RequestsPanel", "Requested"),
    QT_TRANSLATE_NOOP("RequestsPanel", "Status"),
)
FILTERS = (
    ("pending", QT_TRANSLATE_NOOP("RequestsPanel", "Pending")),
    ("accepted", QT_TRANSLATE_NOOP("RequestsPanel", "Accepted")),
    ("rejected", QT_TRANSLATE_NOOP("RequestsPanel", "Rejected")),
    ("all", QT_TRANSLATE_NOOP("RequestsPanel", "All")),
)
_Index = QModelIndex | QPersistentModelIndex


def offer(model: RequestFields, package_rate: float | None) -> tuple[float | None, str]:
    """The hourly price a request asks for, and where it comes from: the requester's counter-offer, else the
    package's rate (None when neither is known)."""
    if model.counter_offer_price is not None:
        return model.counter_offer_price, "counter-offer"
    if model.package_id is None:
        return None, "no package"
    return package_rate, "package rate"


class RequestsModel(RowsModel["RequestRow"]):
    columns: tuple[str, ...] = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self.columns = tuple(translate("RequestsPanel", name) if name else "" for name in COLUMNS)
        self.package_rates: dict[int, float | None] = {}  # package id -> hourly rate in ETB

    def rate(self, m: RequestFields) -> tuple[float | None, str]:
        return offer(m, self.package_rates.get(m.package_id) if m.package_id is not None else None)

    def mark_seen(self, request_id: int) -> None:
        """The tutor opened it: the dot and the bold name go at once, as the sidebar badge does."""
        for i, row in enumerate(self.rows):
            if row.id == request_id and not row.seen:
                self.rows[i] = replace(row, seen=True)  # type: ignore[type-var]  # a dataclass
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        m = row.model
        col = index.column()
        unread = not row.seen and row.status == "pending"
        if role == ID_ROLE:
            return row.id
        if role == UNREAD_ROLE:
            return unread
        if role == Qt.ItemDataRole.DisplayRole:
            price, source = self.rate(m)
            return (
                "",  # the unread dot is painted by UnreadDotDelegate
                fmt.one_line(m.requested_to_name or translate("RequestsPanel", "Unknown student")),
                fmt.one_line(m.package_name or translate("RequestsPanel", "No package")),
                fmt.etb(price)
                if price is not None
                else ("—" if source == "no package" else translate("RequestsPanel", "Package rate")),
                fmt.relative(m.created_at),
                fmt.status_pill(row.status, row.sync_state),
            )[col]
        if role == SORT_ROLE:
            return (
                int(unread),
                (m.requested_to_name or "").lower(),
                (m.package_name or "").lower(),
                self.rate(m)[0] or 0.0,
                m.created_at or "",
                row.status,
            )[col]
        if role == PILL_ROLE and col == 5:
            return row.sync_state if row.sync_state in ("queued", "failed") else row.status
        if role == Qt.ItemDataRole.FontRole and unread and col == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and unread:
            return translate("RequestsPanel", "New: not opened yet")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:  # the painted dot, in words
            return (
                translate("RequestsPanel", "New: not opened yet")
                if unread
                else translate("RequestsPanel", "Opened")
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            if self.rate(m)[1] == "counter-offer":
                return translate("RequestsPanel", "The requester's counter-offer, per hour")
            return translate("RequestsPanel", "The package's hourly rate")
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return fmt.status_label(row.status, row.sync_state)
        return None


class UnreadDotDelegate(QStyledItemDelegate):
    """The "new" dot, painted in the accent colour whether or not the row is selected (as text it took the
    selection's text colour, and turned black on a selected row)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        if not index.data(UNREAD_ROLE):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.current().unread))
        centre = QPointF(option.rect.center())
        painter.drawEllipse(centre, 4.0, 4.0)
        painter.restore()


class RequestsFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.status = "pending"
        self.needle = ""
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_needle(self, needle: str) -> None:
        self.beginFilterChange()
        self.needle = needle.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RequestsModel)
        view = model.rows[source_row]
        if self.status not in ("all", view.status):
            return False
        if not self.needle:
            return True
        m = view.model
        haystack = " ".join(
            x or "" for x in (m.requested_to_name, m.package_name, m.message, m.preferred_schedule)
        )
        return self.needle in haystack.lower()


def offer_text(m: SessionRequest, package_rate: float | None) -> str:
    """The Offer row, worded like the Package row beside it."""
    price, source = offer(m, package_rate)
    if source == "counter-offer":
        if package_rate is not None:
            return translate(
                "RequestsPanel", "{price} per hour (counter-offer; the package is {rate})"
            ).format(price=fmt.etb(price), rate=fmt.etb(package_rate))
        return translate("RequestsPanel", "{price} per hour (counter-offer)").format(price=fmt.etb(price))
    if source == "no package":
        return translate("RequestsPanel", "No price: no package and no counter-offer")
    if price is None:
        return translate("RequestsPanel", "The package's rate")
    return translate("RequestsPanel", "{price} per hour (the package's rate)").format(price=fmt.etb(price))


def lessons_added_text(store: Store, request_id: int) -> str:
    """What the app did after Astegni left out wished days of an accepted request (D6), in a tutor's words:
    "Astegni created Monday lessons only; 8 Wednesday lessons were added by this app"."""
    note = store.request_note(request_id)
    if not note or not note.get("added"):
        return ""
    # the note holds the wire's English weekday names; shown in the interface's language
    also = translate("RequestsPanel", " and ")
    created = also.join(fmt.day_name(d) for d in note.get("created_days") or []) or translate(
        "RequestsPanel", "no"
    )
    added = also.join(f"{n} {fmt.day_name(day)}" for day, n in note["added"])
    waiting = store.lessons_adding(request_id)
    if waiting:
        return translate(
            "RequestsPanel",
            "Astegni created {created} lessons only; this app is adding {added} lessons "
            "({waiting} waiting to sync).",
        ).format(created=created, added=added, waiting=waiting)
    return translate(
        "RequestsPanel", "Astegni created {created} lessons only; {added} lessons were added by this app."
    ).format(created=created, added=added)


class RequestDetail(QWidget):
    acceptClicked = Signal(int)
    rejectClicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.request_id: int | None = None
        outer, layout, _scroll = detail_layout(self)
        self.name = plain_label()
        self.name.setObjectName("DetailName")
        self.name.setWordWrap(True)
        self.subtitle = muted()
        self.state = plain_label()
        self.state.setWordWrap(True)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.state)
        layout.addWidget(section(translate("RequestsPanel", "Request")))
        self.facts = KeyValues()
        layout.addWidget(self.facts)
        layout.addWidget(section(translate("RequestsPanel", "Schedule wishes")))
        self.schedule = plain_label()
        self.schedule.setWordWrap(True)
        layout.addWidget(self.schedule)
        layout.addWidget(section(translate("RequestsPanel", "Message")))
        self.message = LongText()
        layout.addWidget(self.message)
        self.outcome_title = section(translate("RequestsPanel", "Outcome"))
        self.outcome = KeyValues()
        layout.addWidget(self.outcome_title)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.setContentsMargins(20, 8, 20, 16)
        self.note = plain_label()
        self.note.setObjectName("Warning")
        self.note.setWordWrap(True)
        self.reject_button = QPushButton(icon("x", "danger_icon"), translate("RequestsPanel", "&Reject…"))
        self.reject_button.setObjectName("Danger")
        self.accept_button = QPushButton(icon("check", "on_primary"), translate("RequestsPanel", "&Accept"))
        self.accept_button.setObjectName("Primary")
        self.accept_button.setToolTip(translate("RequestsPanel", "Accept (Ctrl+Enter)"))
        self.reject_button.clicked.connect(self._reject_clicked)
        self.accept_button.clicked.connect(self._accept_clicked)
        outer.addWidget(self.note)
        self.note.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.reject_button)
        bar.addWidget(self.accept_button)
        outer.addLayout(bar)

    def _accept_clicked(self) -> None:
        if self.request_id is not None:
            self.acceptClicked.emit(self.request_id)

    def _reject_clicked(self) -> None:
        if self.request_id is not None:
            self.rejectClicked.emit(self.request_id)

    def show_request(self, view: RequestView, package_rate: float | None = None, added: str = "") -> None:
        """Fill the pane. `added` says what the app did beyond answering (lessons Astegni left out, D6)."""
        m = view.model
        self.request_id = view.id
        name = fmt.clip(m.requested_to_name or translate("RequestsPanel", "Unknown student"), 200)
        self.name.setText(name)
        who = (
            translate("RequestsPanel", "Requested by a parent")
            if m.requester_type == "parent"
            else translate("RequestsPanel", "Requested by the student")
        )
        self.subtitle.setText(f"{who} · {fmt.relative(m.created_at)}")
        if view.sync_state == "queued":
            state_text = translate(
                "RequestsPanel", "{status}: saved on this computer, waiting to reach Astegni."
            ).format(status=fmt.status_label(view.status, "synced"))
        elif view.sync_state == "failed":
            error = view.sync_error or translate("RequestsPanel", "the server refused it")
            state_text = translate(
                "RequestsPanel", "Not sent: {error}. See Sync problems to retry or undo."
            ).format(error=fmt.clip(error, 500))
        else:
            state_text = fmt.status_label(view.status, view.sync_state)
        self.state.setText(state_text)
        self.state.setObjectName({"queued": "Info", "failed": "Error"}.get(view.sync_state, "Muted"))
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        # plurals through self.tr with a plain name: lupdate reads no other form as a plural
        students = m.num_students or 1
        self.facts.set_rows(
            [
                (
                    translate("RequestsPanel", "Package"),
                    m.package_name or translate("RequestsPanel", "No package"),
                ),
                (translate("RequestsPanel", "Offer"), offer_text(m, package_rate)),
                (
                    translate("RequestsPanel", "Students"),
                    self.tr("%n sharing the cost", "", students) if students > 1 else "1",
                ),
                (translate("RequestsPanel", "Requested"), fmt.long_date(m.created_at)),
            ]
        )
        self.schedule.setText(fmt.clip(fmt.schedule_wish(m)))
        self.message.set_text(
            m.message or translate("RequestsPanel", "No message."),
            translate("RequestsPanel", "Message from {name}").format(name=name),
        )
        outcome: list[tuple[str, str]] = []
        if view.status != "pending":
            outcome.append(
                (
                    translate("RequestsPanel", "Answered"),
                    fmt.long_date(m.responded_at)
                    if m.responded_at
                    else translate("RequestsPanel", "Waiting to sync"),
                )
            )
        reason = view.queued_reason or m.rejected_reason
        if view.status == "rejected" and reason:
            outcome.append((translate("RequestsPanel", "Reason"), reason))
        if view.status == "accepted" and added:
            outcome.append((translate("RequestsPanel", "Lessons"), added))
        self.outcome.set_rows(outcome)
        self.outcome_title.setVisible(bool(outcome))
        self.outcome.setVisible(bool(outcome))
        pending = view.status == "pending"
        no_package = m.package_id is None
        self.accept_button.setVisible(pending)
        self.reject_button.setVisible(pending)
        self.accept_button.setEnabled(pending and not no_package)
        self.note.setVisible(pending and no_package)
        self.note.setText(
            translate(
                "RequestsPanel",
                "This request has no package, and Astegni cannot accept a request without one. You can "
                "reject it and ask the student to choose a package.",
            )
        )


class RequestsPanel(QWidget):
    """Reads the store; every decision is queued locally first (works offline)."""

    changed = Signal()  # a decision was queued: the window kicks the sync engine
    unreadChanged = Signal(int)

    def __init__(self, store: Store | None, reject_dialog: Any) -> None:
        """Without a store (the window's first paint), `show_cached` fills the list until `attach`."""
        super().__init__()
        self.store: Store
        self.reject_dialog = reject_dialog  # callable(parent, view) -> str | None
        self.model = RequestsModel()
        self.proxy = RequestsFilter()
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 0, 0)
        head = QHBoxLayout()
        title = plain_label(translate("RequestsPanel", "Requested Sessions"))
        title.setObjectName("PanelTitle")
        head.addWidget(title)
        head.addStretch(1)
        layout.addLayout(head)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 20, 0)
        self.filter_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for key, label in FILTERS:
            button = QPushButton(translate("RequestsPanel", label))
            button.setObjectName("Filter")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=key: self.set_filter(k))
            group.addButton(button)
            tools.addWidget(button)
            self.filter_buttons[key] = button
        self.filter_buttons["pending"].setChecked(True)
        tools.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("RequestsPanel", "Search student, package or message"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._set_needle)
        self.sort = QComboBox()
        for text in (
            translate("RequestsPanel", "Newest first"),
            translate("RequestsPanel", "Oldest first"),
            translate("RequestsPanel", "Student name"),
            translate("RequestsPanel", "Highest offer"),
        ):
            self.sort.addItem(text)
        self.sort.currentIndexChanged.connect(self._apply_sort)
        tools.addWidget(self.search)
        tools.addWidget(self.sort)
        layout.addLayout(tools)
        self.splitter = QSplitter()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # rows, not cells: Tab leaves for the detail, ↑ ↓ walk rows
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(0, UnreadDotDelegate(self.table))
        self.table.setItemDelegateForColumn(5, PillDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        fit_columns(self.table, {1: 150, 3: 90, 4: 90, 5: 105})
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.empty = empty_state(
            translate("RequestsPanel", "Nothing here"),
            translate(
                "RequestsPanel",
                "No requests match. New requests from students and parents appear here after a sync.",
            ),
        )
        self.list_stack.addWidget(self.empty)
        self.detail = RequestDetail()
        self.detail.acceptClicked.connect(self.accept)
        self.detail.rejectClicked.connect(self.reject)
        detail_frame = QFrame()
        detail_frame.setObjectName("DetailPane")
        frame_layout = QVBoxLayout(detail_frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(
            empty_state(
                translate("RequestsPanel", "Select a request"),
                translate(
                    "RequestsPanel", "Choose a request to see the student's wishes, message and offer."
                ),
            )
        )
        self.detail_stack.addWidget(self.detail)
        frame_layout.addWidget(self.detail_stack)
        accessible.name_search(
            self.search,
            translate("RequestsPanel", "Search requests"),
            translate("RequestsPanel", "Finds requests by student, package or message (Ctrl+F)"),
        )
        accessible.name(self.sort, translate("RequestsPanel", "Sort requests"))
        accessible.name_view(
            self.table,
            translate("RequestsPanel", "Session requests"),
            translate("RequestsPanel", "Up and down choose a request; its details show beside the list"),
        )
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(detail_frame)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 440])
        layout.addWidget(self.splitter, 1)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._accept_current)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self._apply_sort(0)
        if store is not None:
            self.attach(store)

    # -- data ------------------------------------------------------------------------------------------

    def attach(self, store: Store) -> None:
        """The cache is open: the rows painted from `show_cached` are read again, through the Store."""
        self.store = store
        self.reload()

    def show_cached(self, cached: Peek) -> None:
        """The first paint, from a quick read of the cache (the same rows `reload` reads)."""
        self.model.package_rates = cached.package_rates
        self._set_rows(cached.requests)

    def reload(self) -> None:
        """Read the cache again. The request in the pane is read again too, so it always says what the
        cache says (a decision that has synced stops saying it is waiting), even when this tab no longer
        lists it (a request just accepted leaves Pending)."""
        shown = self.shown_id()
        rows = self.store.requests()
        self.model.package_rates = {pid: p.hourly_rate for pid, p in self.store.packages().items()}
        self._set_rows(rows)
        if shown is not None:
            self._select_row(shown)
            self._show(shown, next((r for r in rows if r.id == shown), None))  # read once, above

    def _set_rows(self, rows: Sequence[RequestRow]) -> None:
        self.model.set_rows([*rows])
        counts = {key: sum(r.status == key for r in rows) for key, _ in FILTERS}
        counts["all"] = len(rows)
        for key, label in FILTERS:
            caption = translate("RequestsPanel", label)
            self.filter_buttons[key].setText(f"{caption}  {counts[key]}")
        self.unreadChanged.emit(sum(1 for r in rows if r.status == "pending" and not r.seen))
        self._refresh_empty()

    def refresh_shown(self) -> None:
        """Read the shown request again (lessons the app adds for it have reached the server)."""
        shown = self.shown_id()
        if shown is not None:
            self._show(shown)

    def shown_id(self) -> int | None:
        """The request the detail pane shows, if it shows one."""
        return self.detail.request_id if self.detail_stack.currentIndex() == 1 else None

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, request_id: int) -> bool:
        """Select and show a request if this tab lists it; False (the pane unchanged) if it does not."""
        if not self._select_row(request_id):
            return False
        self._show(request_id)
        return True

    def _select_row(self, request_id: int) -> bool:
        """Make the request's row current without showing it (the caller does, reading it once)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 1)
            if index.data(ID_ROLE) == request_id:
                with QSignalBlocker(self.table.selectionModel()):
                    self.table.setCurrentIndex(index)
                    self.table.selectRow(row)
                self.table.viewport().update()
                return True
        return False

    def set_filter(self, status: str) -> None:
        self.filter_buttons[status].setChecked(True)
        self.proxy.set_status(status)
        self._list_changed()

    def _set_needle(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._list_changed()

    def _list_changed(self) -> None:
        """Another tab or search: the pane keeps a request only if the list still shows it."""
        self._refresh_empty()
        shown = self.shown_id()
        if shown is not None and not self.select(shown):
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.detail.request_id = None
            self.detail_stack.setCurrentIndex(0)

    def _refresh_empty(self) -> None:
        self.list_stack.setCurrentIndex(0 if self.proxy.rowCount() else 1)

    def _apply_sort(self, choice: int) -> None:
        column, order = {
            0: (4, Qt.SortOrder.DescendingOrder),
            1: (4, Qt.SortOrder.AscendingOrder),
            2: (1, Qt.SortOrder.AscendingOrder),
            3: (3, Qt.SortOrder.DescendingOrder),
        }[choice]
        self.table.sortByColumn(column, order)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(int(current.data(ID_ROLE)))

    def _show(self, request_id: int, view: RequestView | None = None) -> None:
        view = view or self.store.request(request_id)
        if view is None:
            self.detail.request_id = None
            self.detail_stack.setCurrentIndex(0)
            return
        if not view.seen:
            self.store.mark_seen(request_id)
            view = replace(view, seen=True)  # not read again: a request may carry megabytes of message
            self.model.mark_seen(request_id)
            self.unreadChanged.emit(self.store.unseen_pending())
        m = view.model
        rate = self.model.package_rates.get(m.package_id) if m.package_id is not None else None
        self.detail.show_request(view, rate, lessons_added_text(self.store, request_id))
        self.detail_stack.setCurrentIndex(1)

    # -- decisions -------------------------------------------------------------------------------------

    def _accept_current(self) -> None:
        rid = self.selected_id()
        if (
            rid is not None
            and self.detail.accept_button.isVisible()
            and self.detail.accept_button.isEnabled()
        ):
            self.accept(rid)

    def accept(self, request_id: int) -> None:
        self.store.queue_response(request_id, "accepted")
        self._after_decision(request_id)

    def reject(self, request_id: int) -> None:
        view = self.store.request(request_id)
        if view is None:
            return
        reason = self.reject_dialog(self, view)
        if reason is None:
            return
        self.store.queue_response(request_id, "rejected", reason or None)
        self._after_decision(request_id)

    def _after_decision(self, request_id: int) -> None:
        self._show(request_id)  # the pane stays on it (and reload keeps it fresh) though Pending drops it
        self.reload()
        self.changed.emit()
