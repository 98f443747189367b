"""SyncListener → Qt signals (QtCore only), so widgets hear the engine on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..sync_status import SyncStatus


class SyncBridge(QObject):
    statusChanged = Signal(object)  # SyncStatus
    dataChanged = Signal(object)  # frozenset[str]
    newRequests = Signal(list)
    authExpired = Signal()

    def status_changed(self, status: SyncStatus) -> None:
        self.statusChanged.emit(status)

    def data_changed(self, what: frozenset[str]) -> None:
        self.dataChanged.emit(what)

    def new_requests(self, request_ids: list[int]) -> None:
        self.newRequests.emit(request_ids)

    def auth_expired(self) -> None:
        self.authExpired.emit()
