# SDK: wmill 1.850.0 task results replay from the checkpoint; the body shapes them with DuckDB in memory (duckdb 1.x: `duckdb.connect()` with no database opens `:memory:`, and `duckdb.sql` runs on the default in-memory connection) over DataFrames of the body, with literal SQL that reads no file or URL; `socket.setdefaulttimeout` at module level only sets a process default (nothing is sent)
import socket

import duckdb
import httpx
import pandas as pd
from wmill import task, workflow

socket.setdefaulttimeout(20)

DISTRO_API = "https://distribution.foodbank.example/api"


@task(timeout=300)
async def load_visits(site: str, week: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=DISTRO_API, timeout=30) as client:
        resp = await client.get(f"/sites/{site}/visits", params={"week": week})
        resp.raise_for_status()
        return resp.json()


@task()
async def publish_rollup(week: str, rows: list[dict]) -> int:
    async with httpx.AsyncClient(base_url=DISTRO_API, timeout=30) as client:
        resp = await client.put(f"/rollups/{week}", json={"rows": rows})
        resp.raise_for_status()
        return len(rows)


@workflow
async def main(sites: list[str], week: str, min_households: int = 5):
    frames = [pd.DataFrame(await load_visits(site, week)).assign(site=site) for site in sites]
    visits = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["site", "household", "lbs"])

    per_site = duckdb.sql(
        "SELECT site, count(DISTINCT household) AS households, round(sum(lbs), 1) AS lbs "
        "FROM visits GROUP BY site ORDER BY site"
    ).df()

    con = duckdb.connect()
    con.register("visits", visits)
    repeat = con.execute(
        "SELECT household, count(*) AS visits FROM visits GROUP BY household HAVING count(*) > 1 ORDER BY household"
    ).fetchall()
    con.close()

    rows = [
        {"site": r.site, "households": int(r.households), "lbs": float(r.lbs)}
        for r in per_site.itertuples()
        if r.households >= min_households
    ]
    published = await publish_rollup(week, rows)
    return {"week": week, "sites": published, "repeat_households": len(repeat)}
