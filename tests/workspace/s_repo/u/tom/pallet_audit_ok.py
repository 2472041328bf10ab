# SDK: wmill 1.850.0 parallel(items, fn, concurrency=...) awaits fn(item) for each item
from wmill import parallel, step, task, workflow

from f.common.clock import stable_id, utc_stamp
from f.common.payloads import money


@task()
async def count_pallet(pallet_id: str) -> dict:
    return {"pallet": pallet_id, "units": 48, "value_cents": 129900}


@workflow
async def main(pallet_ids: list, site: str = "ham-1"):
    audit_id = stable_id(site, *sorted(pallet_ids))
    started = await step("started", utc_stamp)
    counts = await parallel(pallet_ids, count_pallet, concurrency=4)
    value = sum(c["value_cents"] for c in counts)
    return {"audit": audit_id, "started": started, "value": money(value)}
