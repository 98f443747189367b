"""Live calls with the lesson's student (CONTRACT.md §12): signalling, the aiortc call engine, devices."""
