"""Order summary: a script of its own (run from the UI) and a helper for workflows."""

from collections import Counter
from typing import TypedDict


class Line(TypedDict):
    sku: str
    qty: int
    status: str


def summarize(lines: list[Line]) -> dict:
    by_status = Counter(line["status"] for line in lines)
    units = sum(line["qty"] for line in lines)
    return {"lines": len(lines), "units": units, "by_status": dict(by_status)}


def main(region: str, lines: list, limit: int = 100):
    picked = lines[:limit]
    return {"region": region, **summarize(picked)}
