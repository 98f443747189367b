"""Ethiopic script support with no Qt: SERA phonetic typing (`sera`) and Ethiopic numerals (`numerals`)."""
