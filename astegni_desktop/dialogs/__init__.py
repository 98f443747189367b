"""Dialogs: forms come from ui/*.ui (Qt Designer); behaviour lives here."""
