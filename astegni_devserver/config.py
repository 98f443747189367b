"""Run-time settings of one dev server: which deployed defects it reproduces (CONTRACT.md §10)."""

from __future__ import annotations

from dataclasses import dataclass, field

ALL_DEFECTS: tuple[str, ...] = tuple(f"D{i}" for i in range(1, 14))


def parse_defects(spec: str | None) -> frozenset[str]:
    """`None`/"" → none; "all" → every defect; "D2,D4" → those. Raises ValueError on an unknown id."""
    if not spec:
        return frozenset()
    if spec.strip().lower() == "all":
        return frozenset(ALL_DEFECTS)
    chosen = {p.strip().upper() for p in spec.split(",") if p.strip()}
    unknown = chosen - set(ALL_DEFECTS)
    if unknown:
        raise ValueError(f"unknown defect id(s): {', '.join(sorted(unknown))} (known: D1…D13)")
    return frozenset(chosen)


@dataclass
class ServerConfig:
    """Mutable while running: tests flip defects on a live server through the admin endpoint."""

    defects: frozenset[str] = field(default_factory=frozenset)

    def deployed(self, defect_id: str) -> bool:
        return defect_id in self.defects
