# SDK: wmill 1.850.0 _alloc_key(name) keys the step by its name; a label built from the clock differs each round, so the checkpoint is never found and the snapshot is taken again
from datetime import datetime, timezone

from wmill import step, task, workflow


async def checkpoint(label: str, fn):
    print(f"[wac] checkpoint {label}")
    return await step(label, fn)


def snapshot_inventory(warehouse: str) -> dict:
    import requests

    resp = requests.get(f"https://wms.internal/api/warehouses/{warehouse}/stock", timeout=30)
    resp.raise_for_status()
    return resp.json()


@task()
async def reconcile(warehouse: str, snapshot: dict, erp_counts: dict) -> list[dict]:
    diffs = []
    for sku, qty in snapshot.get("items", {}).items():
        expected = erp_counts.get(sku, 0)
        if qty != expected:
            diffs.append({"sku": sku, "wms": qty, "erp": expected})
    return diffs


@task()
async def open_tickets(warehouse: str, diffs: list[dict]) -> int:
    import requests

    for d in diffs:
        requests.post(
            "https://acme.atlassian.net/rest/api/3/issue",
            json={"fields": {"project": {"key": "INV"}, "summary": f"{warehouse} {d['sku']} off by {d['wms'] - d['erp']}"}},
            timeout=20,
        )
    return len(diffs)


@workflow
async def main(warehouse: str, erp_counts: dict):
    label = f"snapshot_{warehouse}_{datetime.now(timezone.utc):%Y%m%d%H%M}"  # expect: WAC102
    snap = await checkpoint(label, lambda: snapshot_inventory(warehouse))  # expect: WAC103
    diffs = await reconcile(warehouse, snap, erp_counts)
    opened = await open_tickets(warehouse, diffs) if diffs else 0
    return {"diffs": len(diffs), "tickets": opened}
