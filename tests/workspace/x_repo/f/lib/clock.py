# SDK: none; time.time / random.uniform / uuid.uuid4 are the only non-deterministic calls here
"""Labels and backoff maths. Only the flagged branches read the clock or randomness."""

import random
import time
import uuid


def label(order_id: str, with_time: bool = False) -> str:
    if with_time:
        return f"{order_id}@{int(time.time())}"
    return f"{order_id}@static"


def jitter(attempt: int, randomize: bool = False) -> float:
    base = min(2**attempt, 60)
    if randomize:
        return base * random.uniform(0.5, 1.5)
    return float(base)


def batch_ref(depot: str, unique: bool = False) -> str:
    suffix = uuid.uuid4().hex[:8] if unique else "main"
    return f"{depot}-{suffix}"


def utc_day(iso: str) -> str:
    return iso[:10]
