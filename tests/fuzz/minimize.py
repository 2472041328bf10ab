"""Shrink a failing input to a small repro (delta debugging over lines, tokens, bytes)."""

from __future__ import annotations

import time
from collections.abc import Callable

from tests.fuzz.mutate import tokens


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def _bytes(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


def _reduce(parts: list[bytes], fails: Callable[[bytes], bool], deadline: float) -> list[bytes]:
    """Remove chunks of `parts`, halving the chunk size, while the input still fails."""
    chunk = max(1, len(parts) // 2)
    while parts and time.monotonic() < deadline:
        index, removed = 0, False
        while index < len(parts) and time.monotonic() < deadline:
            candidate = parts[:index] + parts[index + chunk :]
            if fails(b"".join(candidate)):
                parts, removed = candidate, True
            else:
                index += chunk
        if chunk == 1 and not removed:
            break
        chunk = max(1, chunk // 2) if not removed or chunk > 1 else 1
    return parts


def minimize(data: bytes, fails: Callable[[bytes], bool], seconds: float = 60.0) -> bytes:
    """The smallest input found (within `seconds`) for which `fails` still holds."""
    deadline = time.monotonic() + seconds
    best = data
    for split in (_lines, tokens, _bytes):
        if split is _bytes and len(best) > 2000:
            break
        best = b"".join(_reduce(split(best), fails, deadline))
    return best
