"""Astegni Desktop: the tutor client."""
