"""Platforms of the main stations."""

PLATFORMS = {"1", "2", "3", "4"}
EXTRA = {"3a", "11"}
ORDERED = ("1", "2", "3", "3a", "4", "11")
