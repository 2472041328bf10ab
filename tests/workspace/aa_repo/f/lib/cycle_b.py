"""Formatting helpers; imports cycle_a for its prefix (circular, on purpose)."""

import time

import f.lib.cycle_a as batches


def suffix() -> str:
    return f"@{int(time.time())}"


def join(*parts: str) -> str:
    return "/".join(parts)


def batch_key(batch_id: str) -> str:
    return join(batches.BATCH_PREFIX, batch_id)
