"""Mira's pacing helpers: the crew API rate-limits bursts of writes."""

import time


def breathe(seconds: float = 2.0) -> None:
    time.sleep(seconds)


def spread(minutes: int, parts: int) -> list[int]:
    step = max(1, minutes // max(1, parts))
    return [i * step for i in range(parts)]
