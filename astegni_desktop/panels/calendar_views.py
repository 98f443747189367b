"""The Schedule panel's four views over `CalendarData`: month grid, week and day time grids, agenda.

Layout is computed when the data, range or size changes; `paintEvent` only draws the prepared rectangles,
so a month repaints in a few milliseconds even with hundreds of availability blocks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..calendar.agenda import CalendarData, Entry
from ..calendar.labels import amharic, cell_numbers, day_label, eth, eth_short, month_range, ui_date
from ..format import clip, lesson_status, one_line
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..ui_support import TIP_CHARS
from . import calendar_access
from .calendar_access import AccessibleItem

WEEKDAYS_AM = ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ")


def entry_colors(e: Entry) -> tuple[QColor, QColor, QColor]:
    """(fill, edge, text) of an entry, in the current theme."""
    palette = theme.current()
    if e.is_lesson:
        fill, text = palette.lesson(e.status)
        edge = palette.conflict if e.conflict else fill
        return QColor(fill), QColor(edge), QColor(text)
    block = palette.draft if e.status == "draft" else palette.booked if e.booked else palette.available
    fill, edge, text = block
    return QColor(fill), QColor(edge), QColor(text)


# The Schedule's legend: what each sample shows, as (fill, edge) of a theme.
LEGEND: tuple[tuple[str, Callable[[theme.Palette], tuple[str, str]]], ...] = (
    (QT_TRANSLATE_NOOP("SchedulePanel", "Available"), lambda p: p.available[:2]),
    (QT_TRANSLATE_NOOP("SchedulePanel", "Booked"), lambda p: p.booked[:2]),
    (
        QT_TRANSLATE_NOOP("SchedulePanel", "Lesson"),
        lambda p: (p.lesson("scheduled")[0], p.lesson("scheduled")[0]),
    ),
    (
        QT_TRANSLATE_NOOP("SchedulePanel", "In progress"),
        lambda p: (p.lesson("in-progress")[0], p.lesson("in-progress")[0]),
    ),
    (
        QT_TRANSLATE_NOOP("SchedulePanel", "Completed"),
        lambda p: (p.lesson("completed")[0], p.lesson("completed")[0]),
    ),
    (QT_TRANSLATE_NOOP("SchedulePanel", "Conflict"), lambda p: (p.base, p.conflict)),
)


class Swatch(QWidget):
    """A legend's sample of a calendar colour, painted from the current theme."""

    def __init__(self, colours: Callable[[theme.Palette], tuple[str, str]]) -> None:
        super().__init__()
        self.colours = colours
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        fill, edge = self.colours(theme.current())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(edge), 2))
        p.setBrush(QColor(fill))
        p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3)
        p.end()


def booked_text(e: Entry) -> str:
    """ "booked", "booked 10:00–10:30" (the parts lessons fill), or "" for availability nobody booked."""
    if e.booked:
        return translate("CalendarView", "booked")
    if e.partly_booked:
        spans = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in e.booked_spans)
        return translate("CalendarView", "booked {spans}").format(spans=spans)
    return ""


def entry_label(e: Entry) -> str:
    mark = "⚠ " if e.conflict else ""
    wait = " ⟳" if e.sync_state == "queued" else " ✕" if e.sync_state == "failed" else ""
    booked = f" · {booked_text(e)}" if booked_text(e) else ""
    draft = translate("CalendarView", " · draft") if e.status == "draft" else ""
    return f"{mark}{one_line(e.title)}{booked}{draft}{wait}"


def tooltip(e: Entry) -> str:
    kind = translate("CalendarView", "Lesson") if e.is_lesson else translate("CalendarView", "Availability")
    lines = [
        f"<b>{escape(entry_label(e))}</b>",
        escape(f"{kind} · {e.start:%H:%M}–{e.end:%H:%M} · {one_line(lesson_status(e.status), 40)}"),
    ]
    if e.detail:
        lines.append(escape(clip(e.detail, TIP_CHARS)))
    if e.conflict:
        warning = escape(clip(e.conflict, TIP_CHARS))
        lines.append(f"<span style='color:{theme.current().conflict}'>⚠ {warning}</span>")
    if e.sync_state == "queued":
        lines.append(translate("CalendarView", "Waiting to sync"))
    elif e.sync_state == "failed":
        lines.append(translate("CalendarView", "Not sent: see Sync problems"))
    return "<br>".join(lines)


def spoken_day(d: date, mode: str) -> str:
    """A day as a screen reader says it: "Tuesday 2 December", or the Ethiopian date in Amharic words."""
    if mode == "ethiopian":
        return f"{ui_date(d, 'dddd')} {eth(d)}"
    gregorian = ui_date(d, "dddd d MMMM yyyy")
    return f"{gregorian} · {eth(d)}" if mode == "both" else gregorian


def spoken(e: Entry, mode: str) -> tuple[str, str]:
    """(name, description) of an entry for assistive technology."""
    kind = translate("CalendarView", "Lesson") if e.is_lesson else translate("CalendarView", "Availability")
    name = translate("CalendarView", "{kind}: {what}, {day}, {start} to {end}").format(
        kind=kind,
        what=one_line(e.title),
        day=spoken_day(e.day, mode),
        start=f"{e.start:%H:%M}",
        end=f"{e.end:%H:%M}",
    )
    parts = [booked_text(e) or lesson_status(e.status)]
    if e.detail:
        parts.append(one_line(e.detail, 200))
    if e.conflict:
        parts.append(one_line(e.conflict, 200))
    if e.sync_state == "queued":
        parts.append(translate("CalendarView", "Waiting to sync"))
    elif e.sync_state == "failed":
        parts.append(translate("CalendarView", "Not sent: see Sync problems"))
    return name, " · ".join(p for p in parts if p)


def item_key(e: Entry) -> str:
    return f"{e.key}@{e.day.isoformat()}"  # a repeating block has one key for every day it shows


class CalendarView(QWidget):
    """What every view shares: the data, the anchor date, the display mode and the selection."""

    entrySelected = Signal(object)  # Entry | None
    entryActivated = Signal(object)  # Entry (double-click / Enter)
    dateSelected = Signal(object)  # date
    dayOpened = Signal(object)  # date (double-click on a month cell)
    dayFocused = Signal(object)  # date (arrow keys: the focus moves to another day)
    createAt = Signal(object, object)  # date, time | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: CalendarData | None = None
        self.anchor = date.today()
        self.mode = "gregorian"
        self.selected_key: str | None = None
        self.today = date.today()

    def show_range(self, data: CalendarData, anchor: date, mode: str, selected_key: str | None) -> None:
        self.data, self.anchor, self.mode, self.selected_key = data, anchor, mode, selected_key
        self.today = date.today()
        self.relayout()

    def relayout(self) -> None:
        self.update()

    def range(self) -> tuple[date, date]:
        raise NotImplementedError


# -- month --------------------------------------------------------------------------------------------------


@dataclass
class _Chip:
    rect: QRectF
    entry: Entry
    label: str  # elided to fit, computed with the layout (not per paint); colours are read while painting


@dataclass
class _Cell:
    day: date
    rect: QRectF
    in_month: bool
    chips: list[_Chip]
    more: int
    big: str
    secondary: str
    entries: list[Entry]


class MonthView(CalendarView):
    HEADER = 28
    CHIP = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[_Cell] = []
        calendar_access.install()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(560, 420)

    def range(self) -> tuple[date, date]:
        first, last = month_range(self.anchor, self.mode)
        start = first - timedelta(days=first.weekday())
        weeks = (last - start).days // 7 + 1
        return start, start + timedelta(days=weeks * 7 - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.relayout()
        super().resizeEvent(event)

    def relayout(self) -> None:
        self.cells = []
        if self.data is None:
            self.update()
            return
        first, last = month_range(self.anchor, self.mode)
        start, end = self.range()
        weeks = ((end - start).days + 1) // 7
        days = self.data.days(start, end)
        w = max(1.0, (self.width() - 1) / 7)
        h = max(1.0, (self.height() - self.HEADER - 1) / weeks)
        fm = QFontMetrics(self._small_font())
        for i, (d, entries) in enumerate(days.items()):
            row, col = divmod(i, 7)
            rect = QRectF(col * w, self.HEADER + row * h, w, h)
            top = rect.top() + 24
            room = max(0, int((rect.bottom() - 4 - top) // (self.CHIP + 2)))
            shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
            chips = []
            for j, e in enumerate(shown):
                chip = QRectF(rect.left() + 4, top + j * (self.CHIP + 2), w - 8, self.CHIP)
                label = fm.elidedText(
                    f"{e.start:%H:%M} {entry_label(e)}", Qt.TextElideMode.ElideRight, int(chip.width() - 8)
                )
                chips.append(_Chip(chip, e, label))
            big, secondary = cell_numbers(d, self.mode)
            self.cells.append(
                _Cell(d, rect, first <= d <= last, chips, len(entries) - len(shown), big, secondary, entries)
            )
        self.update()
        calendar_access.items_changed(self)
        self._describe_focus()

    def accessible_items(self) -> list[AccessibleItem]:
        items = []
        for cell in self.cells:
            rects = {chip.entry.key: chip.rect for chip in cell.chips}
            for e in cell.entries:
                name, description = spoken(e, self.mode)
                selected = e.key == self.selected_key and e.day == self.anchor
                items.append(
                    AccessibleItem(item_key(e), name, description, rects.get(e.key, cell.rect), selected)
                )
        return items

    def accessible_focus(self) -> int:
        keys = [item_key(e) for cell in self.cells for e in cell.entries]
        focus = f"{self.selected_key}@{self.anchor.isoformat()}"
        return keys.index(focus) if self.selected_key and focus in keys else -1

    def _describe_focus(self) -> None:
        """The day with the focus and what it holds: a reader says it as the arrows move."""
        cell = next((c for c in self.cells if c.day == self.anchor), None)
        if cell is None:
            return
        lessons = sum(1 for e in cell.entries if e.is_lesson)
        blocks = len(cell.entries) - lessons
        said = spoken_day(cell.day, self.mode) + ": " + self.tr("%n lesson(s)", "", lessons)
        if blocks:
            said += ", " + self.tr("%n availability block(s)", "", blocks)
        if self.accessibleDescription() != said:
            self.setAccessibleDescription(said)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        return small

    def set_selected(self, key: str | None) -> None:
        self.selected_key = key
        self.relayout()
        calendar_access.focus_moved(self, self.accessible_focus())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        base, text = pal.base().color(), pal.text().color()
        colours = theme.current()
        grid = QColor(colours.grid_line)
        muted = QColor(colours.calendar_muted_text)
        p.fillRect(self.rect(), base)
        small = self._small_font()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        w = (self.width() - 1) / 7
        for col in range(7):
            name = ui_date(date(2024, 1, 1 + col), "ddd")
            if amharic():  # the interface's own names are already Amharic: said once, in full
                name = WEEKDAYS_AM[col]
            elif self.mode != "gregorian":
                name = f"{name}  {WEEKDAYS_AM[col]}"
            p.setPen(muted)
            p.drawText(QRectF(col * w, 0, w, self.HEADER), Qt.AlignmentFlag.AlignCenter, name)
        for cell in self.cells:
            r = cell.rect
            if cell.day == self.today:
                p.fillRect(r, QColor(colours.today_column))
            elif not cell.in_month:
                p.fillRect(r, QColor(colours.out_of_month))
            p.setPen(QPen(grid, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r)
            big, secondary = cell.big, cell.secondary
            p.setFont(bold)
            number_rect = QRectF(r.left() + 6, r.top() + 3, 28, 20)
            if cell.day == self.today:
                p.setBrush(QColor(colours.today))
                p.setPen(Qt.PenStyle.NoPen)
                p.drawEllipse(QRectF(r.left() + 4, r.top() + 3, 22, 20))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QColor(colours.today_text))
                p.drawText(QRectF(r.left() + 4, r.top() + 3, 22, 20), Qt.AlignmentFlag.AlignCenter, big)
            else:
                p.setPen(text if cell.in_month else muted)
                p.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, big)
            if secondary:
                p.setFont(small)
                p.setPen(muted)
                p.drawText(
                    QRectF(r.left() + 30, r.top() + 3, r.width() - 36, 20),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    secondary,
                )
            p.setFont(small)
            for chip in cell.chips:
                fill, edge, fg = entry_colors(chip.entry)
                if chip.entry.key == self.selected_key:
                    p.setPen(QPen(QColor(colours.selected_edge), 2))
                else:
                    p.setPen(QPen(edge, 2 if chip.entry.conflict else 1))
                p.setBrush(fill)
                p.drawRoundedRect(chip.rect, 3, 3)
                p.setPen(fg)
                p.drawText(chip.rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, chip.label)
            if cell.more:
                p.setPen(muted)
                y = cell.chips[-1].rect.bottom() + 2 if cell.chips else r.top() + 24
                p.drawText(
                    QRectF(r.left() + 6, y, r.width() - 12, self.CHIP),
                    translate("CalendarView", "+{n} more").format(n=cell.more),
                )
        if self.hasFocus():  # the day the arrows move, visible in both themes
            focused = next((c for c in self.cells if c.day == self.anchor), None)
            if focused is not None:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor(colours.focus_ring), 2, Qt.PenStyle.DashLine))
                p.drawRect(focused.rect.adjusted(2, 2, -2, -2))
        p.end()

    def _hit(self, pos: QPointF) -> tuple[_Cell | None, Entry | None]:
        for cell in self.cells:
            if cell.rect.contains(pos):
                for chip in cell.chips:
                    if chip.rect.contains(pos):
                        return cell, chip.entry
                return cell, None
        return None, None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell, e = self._hit(event.position())
        if cell is not None:
            self.dateSelected.emit(cell.day)
        self.entrySelected.emit(e)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell, e = self._hit(event.position())
        if e is not None:
            self.entryActivated.emit(e)
        elif cell is not None:
            self.dayOpened.emit(cell.day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        _, e = self._hit(event.position())
        self.setToolTip(tooltip(e) if e is not None else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if event.key() in steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.dateSelected.emit(self.anchor + timedelta(days=steps[event.key()]))  # type: ignore[index]
            self.update()
            self._describe_focus()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dayOpened.emit(self.anchor)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._describe_focus()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


# -- week and day -------------------------------------------------------------------------------------------


@dataclass
class _Block:
    rect: QRectF
    entry: Entry


@dataclass
class _Overflow:
    """Overlapping entries that do not fit side by side: "+N", which opens the day."""

    rect: QRectF
    day: date
    count: int


class TimeGrid(QWidget):
    """The scrolling part of week/day: hours down, days across, blocks laid out in lanes."""

    GUTTER = 56
    MIN_LANE = 44.0  # narrower than this, a block's label cannot be read: the rest is counted as "+N"

    def __init__(self, view: TimeGridView) -> None:
        super().__init__()
        self.view = view
        self.hour_px = 52.0
        self.blocks: list[_Block] = []
        self.overflow: list[_Overflow] = []
        self.days: list[date] = []
        self.entries: dict[date, list[Entry]] = {}  # every entry of the days shown, in time order
        calendar_access.install()
        self._drag: QPoint | None = None
        self._drag_scroll = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._relayout_height()

    def _relayout_height(self) -> None:
        self.setFixedHeight(int(24 * self.hour_px) + 2)

    def column_width(self) -> float:
        return max(1.0, (self.width() - self.GUTTER) / max(1, len(self.days)))

    def y_of(self, t: time) -> float:
        return (t.hour + t.minute / 60 + t.second / 3600) * self.hour_px

    def time_at(self, y: float) -> time:
        minutes = max(0, min(24 * 60 - 30, int(y / self.hour_px * 60) // 30 * 30))
        return time(minutes // 60, minutes % 60)

    def layout_blocks(self, data: CalendarData | None, days: list[date]) -> None:
        self.days = days
        self.blocks = []
        self.overflow = []
        self.entries = {}
        if data is None or not days:
            self.update()
            calendar_access.items_changed(self)
            return
        by_day = data.days(days[0], days[-1])
        self.entries = {d: sorted(by_day.get(d, []), key=lambda e: (e.start, e.end)) for d in days}
        w = self.column_width()
        for i, d in enumerate(days):
            x0 = self.GUTTER + i * w
            entries = by_day.get(d, [])
            avail = [e for e in entries if not e.is_lesson]
            lessons = [e for e in entries if e.is_lesson]
            self._lanes(avail, x0 + 1, w - 3, d)
            self._lanes(lessons, x0 + w * 0.3, w * 0.7 - 3, d)
        self.update()
        calendar_access.items_changed(self)

    # -- assistive technology and the keyboard ------------------------------------------------------------

    def _rect_of(self, e: Entry) -> QRectF:
        block = next((b.rect for b in self.blocks if b.entry.key == e.key and b.entry.day == e.day), None)
        if block is not None:
            return block
        more = next((o.rect for o in self.overflow if o.day == e.day), None)
        if more is not None:
            return more
        i = self.days.index(e.day) if e.day in self.days else 0
        return QRectF(self.GUTTER + i * self.column_width(), self.y_of(e.start), self.column_width(), 20)

    def accessible_items(self) -> list[AccessibleItem]:
        items = []
        for d in self.days:
            for e in self.entries.get(d, []):
                name, description = spoken(e, self.view.mode)
                selected = e.key == self.view.selected_key and d == self.view.anchor
                items.append(AccessibleItem(item_key(e), name, description, self._rect_of(e), selected))
        return items

    def accessible_focus(self) -> int:
        keys = [item_key(e) for d in self.days for e in self.entries.get(d, [])]
        focus = f"{self.view.selected_key}@{self.view.anchor.isoformat()}"
        return keys.index(focus) if self.view.selected_key and focus in keys else -1

    def focused_entry(self) -> Entry | None:
        day = self.entries.get(self.view.anchor, [])
        return next((e for e in day if e.key == self.view.selected_key), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and right move the focus to another day; up and down walk that day's lessons and blocks;
        Enter opens the one with the focus, or adds availability on the day when none has it."""
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.view.dayFocused.emit(self.view.anchor + timedelta(days=step))
            self.update()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            day = self.entries.get(self.view.anchor, [])
            if not day:
                super().keyPressEvent(event)
                return
            current = self.focused_entry()
            index = day.index(current) if current in day else -1
            index = (index + (1 if key == Qt.Key.Key_Down else -1)) % len(day) if index >= 0 else 0
            e = day[index]
            self.view.entrySelected.emit(e)
            rect = self._rect_of(e)
            self.view.scroller.ensureVisible(
                int(rect.center().x()), int(rect.top()), 10, int(rect.height() / 2) + 20
            )
            self.update()
            calendar_access.focus_moved(self, self.accessible_focus())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focused_entry()
            if focused is not None:
                self.view.entryActivated.emit(focused)
            else:
                self.view.createAt.emit(self.view.anchor, None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        calendar_access.focus_moved(self, self.accessible_focus())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _lanes(self, entries: list[Entry], x: float, width: float, day: date) -> None:
        """Overlapping entries share the width side by side (greedy lanes per overlapping cluster); when
        there are more lanes than fit readably, the last visible lane becomes a "+N" counter."""
        cluster: list[tuple[Entry, int]] = []
        lanes_end: list[time] = []
        cluster_end = time(0)

        def flush() -> None:
            n = max(1, len(lanes_end))
            fit = max(1, int(width // self.MIN_LANE))
            shown = n if n <= fit else fit - 1
            slots = max(1, min(n, fit))
            lane_w = width / slots
            hidden = [e for e, lane in cluster if lane >= shown]
            for e, lane in cluster:
                if lane >= shown:
                    continue
                top, bottom = self.y_of(e.start), max(self.y_of(e.end), self.y_of(e.start) + 16)
                self.blocks.append(
                    _Block(QRectF(x + lane * lane_w, top + 1, lane_w - 2, bottom - top - 2), e)
                )
            if hidden:
                top = self.y_of(min(e.start for e in hidden))
                bottom = max(top + 18, self.y_of(max(e.end for e in hidden)))
                self.overflow.append(
                    _Overflow(
                        QRectF(x + shown * lane_w, top + 1, lane_w - 2, bottom - top - 2), day, len(hidden)
                    )
                )

        for e in sorted(entries, key=lambda e: (e.start, e.end)):
            if cluster and e.start >= cluster_end:
                flush()
                cluster, lanes_end = [], []
            lane = next((k for k, end in enumerate(lanes_end) if end <= e.start), None)
            if lane is None:
                lane = len(lanes_end)
                lanes_end.append(e.end)
            else:
                lanes_end[lane] = e.end
            cluster.append((e, lane))
            cluster_end = max(cluster_end, e.end) if cluster[:-1] else e.end
        if cluster:
            flush()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.layout_blocks(self.view.data, self.days)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        clip = QRectF(event.rect())
        base = self.palette().base().color()
        colours = theme.current()
        line = QColor(colours.grid_line)
        half = QColor(colours.half_hour_line)
        muted = QColor(colours.calendar_muted_text)
        p.fillRect(clip, base)
        w = self.column_width()
        for i, d in enumerate(self.days):
            if d == self.view.today:
                p.fillRect(
                    QRectF(self.GUTTER + i * w, clip.top(), w, clip.height()),
                    QColor(colours.today_column),
                )
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        p.setFont(small)
        first_hour, last_hour = int(clip.top() // self.hour_px), int(clip.bottom() // self.hour_px) + 1
        for h in range(max(0, first_hour), min(24, last_hour) + 1):
            y = h * self.hour_px
            p.setPen(QPen(line, 1))
            p.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            if self.hour_px >= 40:
                p.setPen(QPen(half, 1, Qt.PenStyle.DashLine))
                p.drawLine(
                    QPointF(self.GUTTER, y + self.hour_px / 2), QPointF(self.width(), y + self.hour_px / 2)
                )
            if 0 < h < 24:
                p.setPen(muted)
                p.drawText(
                    QRectF(0, y - 8, self.GUTTER - 8, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{h:02d}:00",
                )
        p.setPen(QPen(line, 1))
        for i in range(len(self.days) + 1):
            x = self.GUTTER + i * w
            p.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))
        fm = QFontMetrics(small)
        bold = QFont(small)
        bold.setBold(True)
        fm_bold = QFontMetrics(bold)
        for b in self.blocks:
            if not b.rect.intersects(clip):
                continue
            e = b.entry
            fill, edge, fg = entry_colors(e)
            selected = e.key == self.view.selected_key
            p.setBrush(fill)
            style = Qt.PenStyle.DashLine if e.status == "draft" else Qt.PenStyle.SolidLine
            outline = QColor(colours.selected_edge) if selected else edge
            p.setPen(QPen(outline, 2.5 if selected or e.conflict else 1, style))
            p.drawRoundedRect(b.rect, 4, 4)
            if e.partly_booked:
                self._paint_booked_parts(p, b.rect, e)
            if not e.is_lesson:
                p.fillRect(QRectF(b.rect.left(), b.rect.top(), 3, b.rect.height()), edge)
            p.setPen(fg)
            inner = b.rect.adjusted(6, 2, -4, -2)
            p.setFont(bold)
            title = fm_bold.elidedText(entry_label(e), Qt.TextElideMode.ElideRight, int(inner.width()))
            p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
            if inner.height() > 2 * fm.height():
                p.setFont(small)
                sub = f"{e.start:%H:%M}–{e.end:%H:%M}" + (f" · {one_line(e.detail)}" if e.detail else "")
                if e.conflict:
                    sub = f"{one_line(e.conflict)} · {sub}"
                sub = fm.elidedText(sub, Qt.TextElideMode.ElideRight, int(inner.width()))
                p.drawText(
                    inner.adjusted(0, fm.height(), 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    sub,
                )
        for o in self.overflow:
            if not o.rect.intersects(clip):
                continue
            p.setPen(QPen(muted, 1))
            p.setBrush(half)
            p.drawRoundedRect(o.rect, 4, 4)
            p.setFont(bold)
            p.drawText(o.rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"+{o.count}")
        if self.hasFocus() and self.view.anchor in self.days:  # the day the arrows move, in both themes
            i = self.days.index(self.view.anchor)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(colours.focus_ring), 2, Qt.PenStyle.DashLine))
            p.drawRect(QRectF(self.GUTTER + i * w + 1, 1, w - 2, self.height() - 2))
        now = datetime.now()
        if now.date() in self.days:
            i = self.days.index(now.date())
            y = self.y_of(now.time())
            p.setPen(QPen(QColor(colours.conflict), 2))
            p.drawLine(QPointF(self.GUTTER + i * w, y), QPointF(self.GUTTER + (i + 1) * w, y))
            p.setBrush(QColor(colours.conflict))
            p.drawEllipse(QPointF(self.GUTTER + i * w, y), 4, 4)
        p.end()

    def _paint_booked_parts(self, p: QPainter, rect: QRectF, e: Entry) -> None:
        """Grey over the parts of an availability block that lessons fill; the rest stays open (green)."""
        fill, edge, _text = (QColor(c) for c in theme.current().booked)
        p.save()
        p.setClipRect(rect.adjusted(1, 1, -1, -1))
        for start, end in e.booked_spans:
            top, bottom = self.y_of(start), self.y_of(end)
            p.fillRect(QRectF(rect.left(), top, rect.width(), bottom - top), fill)
            p.setPen(QPen(edge, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))
        p.restore()

    def overflow_at(self, pos: QPointF) -> _Overflow | None:
        return next((o for o in self.overflow if o.rect.contains(pos)), None)

    def block_at(self, pos: QPointF) -> Entry | None:
        for b in reversed(self.blocks):  # lessons are drawn last: they win
            if b.rect.contains(pos):
                return b.entry
        return None

    def day_at(self, x: float) -> date | None:
        if x < self.GUTTER or not self.days:
            return None
        i = int((x - self.GUTTER) // self.column_width())
        return self.days[i] if 0 <= i < len(self.days) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        more = self.overflow_at(event.position())
        if more is not None:
            self.view.dayOpened.emit(more.day)
            return
        e = self.block_at(event.position())
        d = self.day_at(event.position().x())
        if d is not None:
            self.view.dateSelected.emit(d)
        self.view.entrySelected.emit(e)
        if e is None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.globalPosition().toPoint()
            self._drag_scroll = self.view.scroller.verticalScrollBar().value()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            dy = event.globalPosition().toPoint().y() - self._drag.y()
            self.view.scroller.verticalScrollBar().setValue(self._drag_scroll - dy)
            return
        more = self.overflow_at(event.position())
        if more is not None:
            self.setToolTip(
                translate("CalendarView", "{n} more at this time: click to open the day").format(n=more.count)
            )
            return
        e = self.block_at(event.position())
        self.setToolTip(tooltip(e) if e is not None else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self.unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        e = self.block_at(event.position())
        if e is not None:
            self.view.entryActivated.emit(e)
            return
        d = self.day_at(event.position().x())
        if d is not None:
            self.view.createAt.emit(d, self.time_at(event.position().y()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.view.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15, event.position().y())
            event.accept()
            return
        event.ignore()


class DayHeader(QWidget):
    def __init__(self, view: TimeGridView) -> None:
        super().__init__()
        self.view = view
        self.setFixedHeight(44)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        base, text = pal.base().color(), pal.text().color()
        colours = theme.current()
        p.fillRect(self.rect(), base)
        grid = self.view.grid
        w = grid.column_width()
        muted = QColor(colours.calendar_muted_text)
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        for i, d in enumerate(grid.days):
            r = QRectF(grid.GUTTER + i * w, 2, w, self.height() - 4)
            today = d == self.view.today
            if today:
                p.setBrush(QColor(colours.today))
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRoundedRect(r.adjusted(3, 0, -3, 0), 6, 6)
            p.setPen(QColor(colours.today_text) if today else text)
            p.setFont(bold)
            mode = self.view.mode
            top = (
                f"{ui_date(d, 'ddd')} {d.day}"
                if mode != "ethiopian"
                else f"{ui_date(d, 'ddd')} {eth_short(d)}"
            )
            p.drawText(r.adjusted(0, 2, 0, -r.height() / 2), Qt.AlignmentFlag.AlignCenter, top)
            p.setFont(small)
            p.setPen(QColor(colours.today_sub_text) if today else muted)
            second = (
                eth_short(d)
                if mode == "both"
                else ui_date(d, "MMM yyyy")
                if mode == "ethiopian"
                else ui_date(d, "MMMM")
            )
            p.drawText(r.adjusted(0, r.height() / 2, 0, 0), Qt.AlignmentFlag.AlignCenter, second)
        p.setPen(QPen(QColor(colours.grid_line), 1))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.end()


class TimeGridView(CalendarView):
    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.n_days = days
        self.grid = TimeGrid(self)
        self.header = DayHeader(self)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.grid)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroller, 1)
        self.setFocusProxy(self.grid)  # the keyboard works on the grid (arrows, Enter)
        self._scrolled_once = False
        self._now_timer = QTimer(self)
        self._now_timer.timeout.connect(self.grid.update)  # the current-time line moves
        self._now_timer.start(60_000)

    def range(self) -> tuple[date, date]:
        start = self.anchor - timedelta(days=self.anchor.weekday()) if self.n_days == 7 else self.anchor
        return start, start + timedelta(days=self.n_days - 1)

    def relayout(self) -> None:
        first, last = self.range()
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self.grid.layout_blocks(self.data, days)
        self.header.update()
        if not self._scrolled_once and self.data is not None:
            self._scrolled_once = True
            QTimer.singleShot(0, self.scroll_to_working_hours)

    def scroll_to_working_hours(self) -> None:
        starts = [b.entry.start for b in self.grid.blocks]
        first = min(starts) if starts else time(8)
        hour = min(first.hour, 8) if starts else 8
        self.scroller.verticalScrollBar().setValue(int(max(0, hour - 0.5) * self.grid.hour_px))

    def zoom(self, factor: float, anchor_y: float | None = None) -> None:
        bar = self.scroller.verticalScrollBar()
        old = self.grid.hour_px
        new = max(24.0, min(160.0, old * factor))
        if new == old:
            return
        y = anchor_y if anchor_y is not None else bar.value() + self.scroller.viewport().height() / 2
        offset = y - bar.value()
        self.grid.hour_px = new
        self.grid._relayout_height()
        self.grid.layout_blocks(self.data, self.grid.days)
        bar.setValue(int(y * new / old - offset))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.header.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
        ):
            self.zoom(1.25)
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_Minus:
            self.zoom(0.8)
        else:
            super().keyPressEvent(event)


# -- agenda -------------------------------------------------------------------------------------------------


class AgendaView(CalendarView):
    DAYS = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                translate("CalendarView", "When"),
                translate("CalendarView", "What"),
                translate("CalendarView", "Status"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The columns share the width (long titles are elided), so no horizontal scroll bar is ever needed.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(2, 220)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.currentItemChanged.connect(self._current)
        self.tree.itemActivated.connect(self._activated)
        theme.notifier().changed.connect(self.relayout)  # the rows' colours are the theme's
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)

    def range(self) -> tuple[date, date]:
        return self.anchor, self.anchor + timedelta(days=self.DAYS - 1)

    def relayout(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        if self.data is None:
            self.tree.blockSignals(False)
            return
        first, last = self.range()
        bold = QFont(self.font())
        bold.setBold(True)
        select: QTreeWidgetItem | None = None
        for d, entries in self.data.days(first, last).items():
            if not entries:
                continue
            head = QTreeWidgetItem(
                [
                    day_label(d, self.mode)
                    + (translate("CalendarView", "  · today") if d == self.today else ""),
                    "",
                    "",
                ]
            )
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for e in entries:
                kind = (
                    translate("CalendarView", "Lesson")
                    if e.is_lesson
                    else translate("CalendarView", "Available")
                )
                status = booked_text(e) or lesson_status(e.status)
                if e.sync_state != "synced":
                    status += (
                        translate("CalendarView", " · waiting to sync")
                        if e.sync_state == "queued"
                        else translate("CalendarView", " · not sent")
                    )
                item = QTreeWidgetItem(
                    [
                        f"   {e.start:%H:%M}–{e.end:%H:%M}",
                        translate("CalendarView", "{kind}: {what}").format(kind=kind, what=entry_label(e)),
                        status,
                    ]
                )
                _fill, _edge, text = entry_colors(e)
                if e.is_lesson:  # the block's text is for its dark fill: here the status's word colour
                    text = QColor(theme.current().pill(e.status)[1])
                item.setData(0, Qt.ItemDataRole.UserRole, e)
                item.setForeground(1, QBrush(text))
                item.setToolTip(1, tooltip(e))
                if e.conflict:
                    item.setForeground(2, QBrush(QColor(theme.current().conflict)))
                    item.setText(2, f"⚠ {e.conflict}")
                self.tree.addTopLevelItem(item)
                if e.key == self.selected_key and select is None:
                    select = item
        if self.tree.topLevelItemCount() == 0:
            empty = QTreeWidgetItem(
                [translate("CalendarView", "Nothing planned in these four weeks."), "", ""]
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        if select is not None:
            self.tree.setCurrentItem(select)
        self.tree.blockSignals(False)

    def _current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        e = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.entrySelected.emit(e if isinstance(e, Entry) else None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        e = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(e, Entry):
            self.entryActivated.emit(e)

    def sizeHint(self) -> QSize:
        return QSize(700, 500)
