"""Helpers bound at module level in the ways Python modules bind them."""

import random
import time


class Clock:
    @classmethod
    def now(cls) -> float:
        return time.time()

    @staticmethod
    def label(text: str) -> str:
        return text.strip()


now = Clock.now
jitter = lambda: random.random()  # noqa: E731


def _pure(text: str) -> str:
    return text.lower()


lower = _pure


def main():
    return lower(Clock.label(" Tools "))
