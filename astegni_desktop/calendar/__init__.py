"""Calendar logic without widgets: availability recurrence and the Ethiopian calendar."""
