# SDK: wmill 1.850.0 client.py sleep(seconds) suspends durably; here `sleep` is never imported, only a local number of seconds.
import asyncio

from wmill import task, workflow


@task()
async def check_replica(host: str, sleep: float = 0.5) -> dict:
    await asyncio.sleep(sleep)
    return {"host": host, "lag_seconds": 0.2}


@workflow
async def main(hosts: list[str], sleep: float = 0.5):
    results = await asyncio.gather(*(check_replica(h, sleep) for h in hosts))
    lagging = [r["host"] for r in results if r["lag_seconds"] > 5]
    return {"lagging": lagging, "checked": len(results)}
