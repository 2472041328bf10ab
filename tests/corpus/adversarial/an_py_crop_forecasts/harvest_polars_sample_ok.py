# SDK: wmill 1.850.0 client.py: the body replays after each task; polars DataFrame.sample(seed=...) with a fixed seed draws the same rows from the same frame in every round
"""Send a reproducible sample of harvested lots to the lab for mycotoxin testing."""

import zlib

import polars as pl

from wmill import task, workflow


@task(timeout=120)
async def list_lots(harvest_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/harvests/{harvest_id}/lots")
        r.raise_for_status()
        return r.json()


@task(timeout=900)
async def lab_test(lot_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://lab.example/api/mycotoxin", json={"lot": lot_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(harvest_id: str, share: float = 0.1):
    lots = pl.DataFrame(await list_lots(harvest_id)).sort("lot_id")
    seed = zlib.crc32(harvest_id.encode())
    sample = lots.filter(pl.col("tonnes") > 1).sample(fraction=share, seed=seed)
    results = []
    for lot_id in sample["lot_id"].to_list():
        results.append(await lab_test(lot_id))
    flagged = [r["lot"] for r in results if r["ppb"] > 20]
    return {"tested": len(results), "flagged": flagged}
