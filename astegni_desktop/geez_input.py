"""Amharic typing without an Ethiopic keyboard: the SERA phonetic input (`ethiopic.sera`) on a text box.

`install(edit)` puts a small "A"/"አ" switch in the box's corner. With the switch on, Latin keys compose Ge'ez
in place: the syllable still being typed is shown underlined as Qt's pre-edit text (as an OS input method
shows it), and is committed when the next syllable begins, or on Enter, a click, a focus change or an arrow.
With it off the filter lets every key through, so the OS input method (an installed Amharic keyboard, IBus,
the Windows IME) works untouched.

The switch is F12, the same in every box, and one for the whole app (a tutor typing Amharic in the chat
wants it on the board too). F12 because Ctrl+Space and Super+Space already switch the OS input method on
Linux (IBus, fcitx) and Windows, and no Qt widget or shortcut of this app uses F12. Shift+F12 opens the
reference card of the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .ethiopic import sera
from .ui_support import plain_label

TOGGLE_KEY = Qt.Key.Key_F12
TextBox = QLineEdit | QPlainTextEdit
_CHORDS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


class _Switch(QObject):
    """Whether Latin keys type Ge'ez, for the whole app."""

    toggled = Signal(bool)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.on = False

    def set(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.toggled.emit(on)


_switch: _Switch | None = None


def switch() -> _Switch:
    global _switch  # noqa: PLW0603 - one switch per application, made when first needed
    if _switch is None:
        _switch = _Switch(QCoreApplication.instance())
        _switch.destroyed.connect(_forget_switch)
    return _switch


def _forget_switch() -> None:
    global _switch  # noqa: PLW0603
    _switch = None


def set_enabled(on: bool) -> None:
    switch().set(on)


def is_enabled() -> bool:
    return switch().on


class PhoneticInput(QObject):
    """The phonetic input of one text box: its key filter, its composer and its corner switch."""

    def __init__(self, edit: TextBox) -> None:
        super().__init__(edit)
        self.edit = edit
        self.composer = sera.Composer()
        self.indicator = QToolButton(edit)
        self.indicator.setObjectName("GeezSwitch")
        self.indicator.setAutoRaise(True)
        self.indicator.setCheckable(True)
        self.indicator.setCursor(Qt.CursorShape.ArrowCursor)
        self.indicator.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take the box's focus
        self.indicator.setAccessibleName(self.tr("Amharic typing"))
        self.indicator.clicked.connect(lambda: set_enabled(not is_enabled()))
        self.indicator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.indicator.customContextMenuRequested.connect(self._menu)
        edit.installEventFilter(self)
        if isinstance(edit, QPlainTextEdit):
            edit.viewport().installEventFilter(self)  # its mouse presses land on the viewport
        switch().toggled.connect(self._show_state)
        self._show_state(is_enabled())
        self._place()

    # -- the switch ------------------------------------------------------------------------------------------

    def _show_state(self, on: bool) -> None:
        if not on:
            self.commit()
        self.indicator.setText("አ" if on else "A")
        self.indicator.setChecked(on)
        state = (
            self.tr("Amharic typing is on: Latin keys type Ge'ez (selam → ሰላም).")
            if on
            else self.tr("Amharic typing is off: keys type as your keyboard does.")
        )
        self.indicator.setToolTip(state + "\n" + self.tr("F12 switches it; Shift+F12 shows the keys."))
        self.indicator.setAccessibleDescription(self.indicator.toolTip())

    def _menu(self, at: QPoint) -> None:
        menu = QMenu(self.indicator)
        toggle = menu.addAction(self.tr("Amharic typing (F12)"))
        toggle.setCheckable(True)
        toggle.setChecked(is_enabled())
        toggle.toggled.connect(set_enabled)
        menu.addAction(
            self.tr("Reference card of the keys… (Shift+F12)"), lambda: show_reference_card(self.edit)
        )
        menu.exec(self.indicator.mapToGlobal(at))

    def _place(self) -> None:
        size = self.indicator.sizeHint()
        side = max(size.height(), size.width())
        if isinstance(self.edit, QLineEdit):
            self.edit.setTextMargins(0, 0, side, 0)
            area = self.edit.rect()
            self.indicator.setGeometry(area.width() - side, (area.height() - side) // 2, side, side)
        else:
            area = self.edit.viewport().geometry()  # left of the scroll bar, inside the frame
            right, bottom = area.x() + area.width(), area.y() + area.height()
            self.indicator.setGeometry(right - side, bottom - side, side, side)

    # -- keys ------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._place()  # the box, or a plain text box's viewport (laid out after the box's own resize)
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _is_toggle(event):
            event.accept()  # F12 reaches the box even if a window action claims it
            return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        elif kind in {QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress, QEvent.Type.Hide}:
            self.commit()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if _is_toggle(event):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                show_reference_card(self.edit)
            else:
                set_enabled(not is_enabled())
            return True
        if not is_enabled() or self.edit.isReadOnly():
            return False
        text = event.text()
        if len(text) == 1 and text.isprintable() and not event.modifiers() & _CHORDS:
            if not self.composer.pending:
                self.composer.reset(self._before_cursor())
            step = self.composer.feed(text)
            self._send(step.commit, step.preedit)
            return True
        if event.key() == Qt.Key.Key_Backspace and self.composer.backspace():
            self._send("", self.composer.preedit())
            return True
        self.commit()  # Enter, arrows, Tab, shortcuts: the box sees its text complete first
        return False

    def commit(self) -> None:
        """Make the syllable being typed part of the text (before anyone reads the text)."""
        if self.composer.pending:
            self._send(self.composer.flush(), "")

    def _before_cursor(self) -> str:
        if isinstance(self.edit, QLineEdit):
            return self.edit.text()[: self.edit.cursorPosition()][-1:]
        cursor = self.edit.textCursor()
        return cursor.block().text()[: cursor.positionInBlock()][-1:]

    def _send(self, commit: str, preedit: str) -> None:
        attributes = []
        if preedit:
            underline = QTextCharFormat()
            underline.setFontUnderline(True)
            kinds = QInputMethodEvent.AttributeType
            attributes = [
                QInputMethodEvent.Attribute(kinds.TextFormat, 0, len(preedit), underline),
                QInputMethodEvent.Attribute(kinds.Cursor, len(preedit), 1),
            ]
        event = QInputMethodEvent(preedit, attributes)
        event.setCommitString(commit)
        QCoreApplication.sendEvent(self.edit, event)


def _is_toggle(event: QKeyEvent) -> bool:
    others = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == TOGGLE_KEY and others == Qt.KeyboardModifier.NoModifier


def install(edit: TextBox) -> PhoneticInput:
    """Give `edit` the phonetic input (F12) and its corner switch; once per box."""
    existing = edit.findChild(PhoneticInput)
    return existing if isinstance(existing, PhoneticInput) else PhoneticInput(edit)


def commit(edit: QWidget) -> None:
    """Commit what `edit`'s phonetic input is composing, if it has one (before reading its text)."""
    found = edit.findChild(PhoneticInput)
    if isinstance(found, PhoneticInput):
        found.commit()


# -- the reference card --------------------------------------------------------------------------------------

COLUMNS = (("e", "ä"), ("u", "u"), ("i", "i"), ("a", "a"), ("E", "ē"), ("", "ə"), ("o", "o"), ("Wa", "wa"))


def card_rows() -> list[tuple[str, list[str]]]:
    """(the keys of a consonant, its syllables in COLUMNS order), one row per consonant of the block."""
    keys_of: dict[int, list[str]] = {}
    for keys, base in sera.ROWS.items():
        keys_of.setdefault(base, []).append(keys)
    table = sera.letters()
    return [
        (" ".join(keys), [table.get(keys[0] + vowel, "") for vowel, _ in COLUMNS])
        for base, keys in sorted(keys_of.items())
    ]


class ReferenceCard(QDialog):
    """The keys of every syllable, at a glance, beside the text the tutor types."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amharic typing: the keys"))
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "Type a consonant, then a vowel: s + e → ሰ, l + a → ላ, m alone → ም (selam → ሰላም). "
                "ē is E, ie or ee (bEt → ቤት); ə is I or no vowel. A vowel alone is carried by አ "
                "(abeba → አበባ); ` before a vowel uses ዐ (`amet → ዓመት). W labialises: kWa → ኳ, "
                "gWadeNa → ጓደኛ. A doubled consonant is written once (temarri → ተማሪ). ' keeps letters "
                "apart (s's → ስስ). After Ge'ez: . or :: → ።, , → ፣, ; → ፤. F12 switches Amharic typing "
                "on and off."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = card_rows()
        self.table = QTableWidget(len(rows), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([vowel for _, vowel in COLUMNS])
        self.table.setVerticalHeaderLabels([keys for keys, _ in rows])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (keys, syllables) in enumerate(rows):
            for c, glyph in enumerate(syllables):
                item = QTableWidgetItem(glyph)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(f"{keys.split()[0]}{COLUMNS[c][0]}" if glyph else "")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(520, 640)


def show_reference_card(near: QWidget) -> ReferenceCard:
    """Show the card (one per window, not modal: the tutor keeps typing while reading it)."""
    window = near.window()
    card = window.findChild(ReferenceCard)
    if not isinstance(card, ReferenceCard):
        card = ReferenceCard(window)
    card.show()
    card.raise_()
    return card
