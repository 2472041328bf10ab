"""Bottling line settings."""

LIVE_FILL_LEVELS = True
REFRESH = {"refresh": True}
QUIET = {"refresh": False}
