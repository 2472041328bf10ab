"""Ines's helpers for the churn workflows."""

import asyncio
import functools
from typing import Protocol

import requests


class Notifier(Protocol):
    def notify(self, channel: str, text: str) -> None: ...


class SlackNotifier:
    webhook = "https://hooks.slack.com/services/T000/B000/XXXX"

    def notify(self, channel: str, text: str) -> None:
        requests.post(self.webhook, json={"channel": channel, "text": text}, timeout=5)


class NullNotifier:
    def notify(self, channel: str, text: str) -> None:
        return None


def notifier_for(kind: str) -> Notifier:
    return {"slack": SlackNotifier, "none": NullNotifier}[kind]()


def with_retries(times: int):
    """Retry a task a few times before giving up."""

    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except BaseException:
                    if attempt == times - 1:
                        return None
                    await asyncio.sleep(2**attempt)

        return wrapper

    return decorate


def with_retries_safe(times: int):
    """Retry a task on ordinary errors only."""

    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except Exception:
                    if attempt == times - 1:
                        raise

        return wrapper

    return decorate


def churn_score(events: list[dict]) -> float:
    if not events:
        return 1.0
    active = sum(1 for e in events if e.get("kind") == "visit")
    return round(1 - active / len(events), 3)
