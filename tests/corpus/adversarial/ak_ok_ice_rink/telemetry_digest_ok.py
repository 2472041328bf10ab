# SDK: wmill 1.850.0: an async generator of the file that awaits a task per page runs the tasks in page order under `async for`; heapq.nlargest / reduce / itemgetter are pure
import functools
import heapq
import operator
from typing import AsyncIterator

from wmill import task, workflow


@task()
async def telemetry_page(rink: str, day: str, page: int) -> dict:
    import requests

    r = requests.get(
        f"https://bms.example-ice.org/api/rinks/{rink}/telemetry",
        params={"day": day, "page": page, "size": 500},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task()
async def file_digest(rink: str, day: str, digest: dict) -> str:
    import requests

    r = requests.post(f"https://reports.example-ice.org/api/rinks/{rink}/digests/{day}", json=digest, timeout=30)
    r.raise_for_status()
    return r.json()["id"]


async def readings(rink: str, day: str, max_pages: int) -> AsyncIterator[dict]:
    for page in range(max_pages):
        body = await telemetry_page(rink, day, page)
        for row in body["rows"]:
            yield row
        if not body.get("has_more"):
            return


@workflow
async def main(rink: str, day: str, max_pages: int = 20):
    rows = [r async for r in readings(rink, day, max_pages)]
    warmest = heapq.nlargest(5, rows, key=operator.itemgetter("ice_temp_c"))
    total_kwh = functools.reduce(lambda acc, r: acc + r["kwh"], rows, 0.0)
    digest = {
        "rows": len(rows),
        "kwh": round(total_kwh, 3),
        "warmest": [{"at": r["at"], "ice_temp_c": r["ice_temp_c"]} for r in warmest],
    }
    return {"digest_id": await file_digest(rink, day, digest), **digest}
