"""Meter-read calendar helpers. Same names as f/common/clock.py, but every function
takes the day it works on: the read window is decided by the caller."""

from datetime import date, timedelta


def today(run_day: str) -> date:
    return date.fromisoformat(run_day)


def cycle_start(day: date) -> date:
    return day - timedelta(days=day.day - 1)
