# SDK: wmill 1.850.0 client.py task()/step(); windmill-parser-py reads an inline Literal as an enum (oracle `sig`)
"""Revenue report for one region over a trailing window."""

from typing import Literal

from wmill import task, workflow

from ..billing.clock import stamp as close_label
from ..shared.clock import days_ago
from f.shared.models import LineItem, Segment


@task()
async def revenue(region: str, since_iso: str, label: str) -> dict:
    lines: list[LineItem] = [{"sku": "seat", "qty": 3, "unit_cents": 1200}]
    return {"region": region, "since": since_iso, "label": label, "cents": 3600 * len(lines)}


@workflow
async def main(  # expect: WAC901
    region: Literal["eu", "us", "apac"],
    period: str,
    segment: Segment = "smb",  # expect: WAC902
    window_days: int = 30,
):
    since = days_ago(window_days)  # expect: WAC102
    label = close_label(period)
    report = await revenue(region, since.isoformat(), f"{label}/{segment}")
    return {"report": report}
