# MISTAKE: the workflow entry point is called directly, once from a backfill
# helper and once from a __main__ block left over from local testing. Windmill
# calls main itself; calling it yourself runs the body outside the workflow
# runtime.
import asyncio

from wmill import task, workflow
import requests


@task(timeout=900, tag="etl")
async def rebuild_daily_aggregates(day: str) -> int:
    resp = requests.post("https://warehouse.example/api/aggregates/rebuild", json={"day": day}, timeout=600)
    resp.raise_for_status()
    return resp.json()["rows"]


@workflow
async def main(day: str):
    rows = await rebuild_daily_aggregates(day)
    return {"day": day, "rows": rows}


async def backfill(days: list) -> list:
    results = []
    for day in days:
        results.append(await main(day))  # expect: WAC006
    return results


if __name__ == "__main__":
    asyncio.run(main("2024-01-01"))  # expect: WAC006
