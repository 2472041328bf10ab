"""Daily quality-control review of analyzer control runs."""

import uuid

from f.lab.westgard import violations


def run_id() -> str:
    return uuid.uuid4().hex[:8]


def review(values: list[float], mean: float, sd: float) -> dict:
    found = violations(values, mean, sd)
    return {"accept": not found["rules"], **found}
