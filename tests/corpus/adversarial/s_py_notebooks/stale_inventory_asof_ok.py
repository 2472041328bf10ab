# SDK: wmill 1.850.0 body code replays; pd.Timestamp(as_of) parses the input (no clock), and the snapshot time comes from the task's checkpointed result
import pandas as pd
from wmill import task, workflow


@task(timeout=600)
async def inventory_snapshot(warehouse: str) -> dict:
    from datetime import datetime, timezone

    import requests

    resp = requests.get(f"https://wms.example.com/api/warehouses/{warehouse}/stock", timeout=60)
    resp.raise_for_status()
    return {"taken_at": datetime.now(timezone.utc).isoformat(), "items": resp.json()["items"]}


@task()
async def flag_stale(warehouse: str, skus: list[str]) -> int:
    import requests

    resp = requests.post(
        f"https://wms.example.com/api/warehouses/{warehouse}/flags", json={"flag": "stale", "skus": skus}, timeout=60
    )
    resp.raise_for_status()
    return len(skus)


@workflow
async def main(warehouse: str, stale_after_days: int = 90, as_of: str = ""):
    snap = await inventory_snapshot(warehouse)
    df = pd.DataFrame(snap["items"])
    df["last_movement"] = pd.to_datetime(df["last_movement"], utc=True)
    reference = pd.Timestamp(as_of or snap["taken_at"])
    reference = reference.tz_localize("UTC") if reference.tzinfo is None else reference.tz_convert("UTC")
    cutoff = reference - pd.Timedelta(days=stale_after_days)
    stale = df.loc[df["last_movement"] < cutoff, "sku"].sort_values().tolist()
    flagged = await flag_stale(warehouse, stale) if stale else 0
    return {"warehouse": warehouse, "stale": flagged, "as_of": reference.isoformat()}
