"""Cable and sheave checks of the daily lift inspection."""

import time

TOLERANCE_MM = 1.5


def cable_score(readings: list[float]) -> dict:
    worst = max(readings, default=0.0)
    return {"worst_mm": worst, "ok": worst <= TOLERANCE_MM, "checked_at": time.time()}


def sheave_score(wear: list[float]) -> bool:
    return all(w < 0.8 for w in wear)
