# SDK: wmill 1.850.0 client.py step(); windmill-parser-py reads only main's own annotations (oracle `sig`)
"""Revenue report for one region; the region list lives in the shared models."""

from wmill import step, task, workflow

from f.billing.clock import stamp as close_label
from f.shared.clock import days_ago
from f.shared.models import REGIONS, LineItem, Region
from u.alice.lib.helpers import slugify


@task()
async def revenue(region: str, since_iso: str, label: str) -> dict:
    lines: list[LineItem] = [{"sku": "seat", "qty": 3, "unit_cents": 1200}]
    return {"region": region, "since": since_iso, "label": label, "cents": 3600 * len(lines)}


def _check_region(region: str) -> Region:
    if region not in REGIONS:
        raise ValueError(f"unknown region {region!r}; expected one of {REGIONS}")
    return region  # type: ignore[return-value]


@workflow
async def main(region: str, period: str, window_days: int = 30):
    checked = _check_region(region)
    since_iso = await step("since", lambda: days_ago(window_days).isoformat())
    label = close_label(period)
    report = await revenue(checked, since_iso, label)
    return {"report": report, "slug": slugify(f"{checked} {label}")}
