"""What the student's web whiteboard shows, as far as the tutor can know it (CONTRACT.md §13). No Qt here.

The web draws live ink on whatever page it has open and ignores `page_id`, so before ink goes to a page the
tutor must bring the student there: `whiteboard_page_change` `add` (the web appends the page and flips to it)
for a page it does not hold, `navigate` (found by `page.id`) for one it does. It holds the server's pages as
they were when it opened the lesson, opened on the first; pages only this computer has (the deployed server
refuses to create pages) exist there only once announced, and vanish when the student reloads.

A student who (re)joins (`user_online`) reloads the lesson: the view starts again and is *unsettled* until the
student shows a sign of life or `REJOIN_GRACE` has passed, then everything the web lost is replayed. Opening
(or closing and reopening) the lesson in the browser sends nothing, so the tutor also:
* navigates with every id the page may have there (an unknown id is ignored);
* re-asserts the page before ink every `REASSERT_AFTER` seconds (`REASSERT_KNOWN` once we saw the student
  load the lesson, since each navigate shows as a page flip);
* on the student's first message when we never saw them load the lesson, catches them up as if they just had.
  A page announced with `add` before that message may be in her browser (the lesson was open) or not (she
  opened it later): it goes again as `delete` then `add`, which leaves exactly one copy either way (the web
  ignores an unknown id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

WirePage = int | str  # a server page id, or "local:<page id>" for a page only this computer has
REJOIN_GRACE = 3.0  # s after the student's socket came back before we assume the lesson is open there
REASSERT_AFTER = 15.0  # s: before ink, the page is announced again if no page change went out for this long
REASSERT_KNOWN = 60.0  # ... once we saw the student load the lesson (a page flip shows: not too often)


def wire_id(page_id: str, server_id: int | None) -> WirePage:
    return server_id if server_id is not None else f"local:{page_id}"


@dataclass
class StudentView:
    """The pages the web holds (in its order), the one it shows, and the strokes drawn there."""

    known: list[WirePage]
    open: WirePage | None
    settled: bool = True
    joined_at: float = 0.0
    certain: bool = True  # False: we never saw the student load the lesson (it was open, or not yet)
    shown: set[str] = field(default_factory=set)  # client ids of strokes relayed since it loaded
    # The id each page was announced with: a page announced before the server had it keeps its "local:" id
    # there (the web finds pages by `id`), even after the server created it.
    announced: dict[str, WirePage] = field(default_factory=dict)
    # Stored strokes of pages other than the one a fresh load shows, relayed while unsettled: they wait, or
    # they would land on the page the student has open (the web ignores `page_id`).
    held: list[dict[str, Any]] = field(default_factory=list)
    # Pages announced with `add` to a view we never saw load, whose first message then caught it up: the web
    # may hold them or not, so one is deleted there before it is added again (never two copies).
    unsure: set[WirePage] = field(default_factory=set)

    @classmethod
    def loaded(cls, server_pages: list[int], *, settled: bool = True, at: float = 0.0) -> StudentView:
        """The web after loading the lesson: the server's pages, the first one open (`loadPage(0)`)."""
        pages: list[WirePage] = list(server_pages)
        return cls(pages, pages[0] if pages else None, settled, at)

    changed_at: float = 0.0  # when the last page change went out

    def wire_for(self, page_id: str, server_id: int | None) -> WirePage:
        return self.announced.get(page_id, wire_id(page_id, server_id))

    def ids_for(self, page_id: str, server_id: int | None) -> list[WirePage]:
        """Every id the page may have on the web: the one it was announced with, and its server id."""
        ids = [self.wire_for(page_id, server_id)]
        if server_id is not None and server_id not in ids:
            ids.append(server_id)
        return ids

    def step_to(self, ids: list[WirePage], now: float) -> str | None:
        """The page change that brings the web to the page: "add", "navigate" or None (already there)."""
        if not any(i in self.known for i in ids):
            return "add"
        limit = REASSERT_KNOWN if self.certain else REASSERT_AFTER
        if self.open in ids and now - self.changed_at < limit:
            return None
        return "navigate"

    def caught_up_from(self, before: StudentView) -> None:
        """This view replaces `before`, which never saw the lesson load: what it added may be there."""
        self.announced = dict(before.announced)
        self.unsure = set(before.announced.values()) | before.unsure

    def went_to(self, action: str, target: WirePage, page_id: str, now: float) -> None:
        self.unsure.discard(target)
        if action == "add":
            self.known.append(target)
            self.announced[page_id] = target
        self.open = target
        self.changed_at = now

    def student_navigated(self, target: WirePage | None) -> None:
        """The student turned the page themselves (with permission, the web broadcasts it)."""
        self.open = target if target in self.known else None
