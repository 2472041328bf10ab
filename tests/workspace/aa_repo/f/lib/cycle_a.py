"""Batch descriptions; formats with cycle_b, which reads our prefixes."""

import f.lib.cycle_b as fmt

BATCH_PREFIX = "batch"


def describe_batch(batch_id: str, count: int) -> str:
    return f"{BATCH_PREFIX}:{batch_id} ({count} items) {fmt.suffix()}"


def plain_name(batch_id: str) -> str:
    return fmt.join(BATCH_PREFIX, batch_id)
