# SDK: wmill 1.850.0 the body replays after every task completion; pd.Timestamp.now reads the clock like datetime.now, so the cutoff moves between rounds
import pandas as pd
from wmill import task, workflow


@task(timeout=600)
async def inventory_snapshot(warehouse: str) -> list[dict]:
    import requests

    resp = requests.get(f"https://wms.example.com/api/warehouses/{warehouse}/stock", timeout=60)
    resp.raise_for_status()
    return resp.json()["items"]


@task()
async def flag_stale(warehouse: str, skus: list[str]) -> int:
    import requests

    resp = requests.post(
        f"https://wms.example.com/api/warehouses/{warehouse}/flags", json={"flag": "stale", "skus": skus}, timeout=60
    )
    resp.raise_for_status()
    return len(skus)


@workflow
async def main(warehouse: str, stale_after_days: int = 90):
    items = await inventory_snapshot(warehouse)
    df = pd.DataFrame(items)
    df["last_movement"] = pd.to_datetime(df["last_movement"], utc=True)
    cutoff = pd.Timestamp.now(tz="UTC") - pd.Timedelta(days=stale_after_days)  # expect: WAC102
    stale = df.loc[df["last_movement"] < cutoff, "sku"].sort_values().tolist()
    flagged = await flag_stale(warehouse, stale) if stale else 0
    return {"warehouse": warehouse, "stale": flagged}
