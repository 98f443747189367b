"""A local imitation of the Astegni tutor API (CONTRACT.md), for demos and client tests."""
