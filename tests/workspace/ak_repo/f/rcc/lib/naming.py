"""Step names for the storage workflows."""

import time


def step_key(kind: str, ident: str) -> str:
    return f"{kind}-{ident}"


def attempt_key(kind: str) -> str:
    return f"{kind}-{int(time.time())}"
