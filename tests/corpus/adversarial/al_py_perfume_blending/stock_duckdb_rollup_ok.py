# SDK: wmill 1.850.0 re-runs the workflow body in every round; `duckdb.sql` with a literal query over a polars frame held by the body runs in DuckDB's default in-memory database (replacement scan of the local `lots`), no I/O, the same answer from the same checkpointed rows
"""Raw-material stock roll-up for the compounding room: lots come from the ERP task,
DuckDB sums them in memory, and reorders are tasks."""

import duckdb
import polars as pl

from wmill import task, workflow


@task(timeout=300)
async def fetch_lots(site: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(base_url="https://erp.atelier.example") as client:
        r = await client.get(f"/sites/{site}/lots")
        r.raise_for_status()
        return [{"material": x["material"], "grams": float(x["grams"]), "expires": x["expires"]} for x in r.json()["lots"]]


@task(timeout=300)
async def reorder(site: str, material: str, grams: float) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://erp.atelier.example") as client:
        r = await client.post(f"/sites/{site}/reorders", json={"material": material, "grams": grams})
        r.raise_for_status()
        return r.json()


@workflow
async def main(site: str, minimum_grams: float = 500.0):
    lots = pl.DataFrame(await fetch_lots(site))
    totals = duckdb.sql("select material, sum(grams) as grams from lots group by material order by material").pl()
    low = [row for row in totals.to_dicts() if row["grams"] < minimum_grams]
    orders = []
    for row in low:
        orders.append(await reorder(site, row["material"], minimum_grams * 2 - row["grams"]))
    return {"site": site, "reorders": orders}
