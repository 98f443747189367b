"""The one retry policy: capped exponential backoff with full jitter."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class RetryPolicy:
    base: float = 1.0
    factor: float = 2.0
    cap: float = 60.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempt counts from 0)."""
        ceiling = min(self.cap, self.base * (self.factor ** max(0, attempt)))
        return self.rng.uniform(ceiling / 2, ceiling)
