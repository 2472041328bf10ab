# SDK: wmill 1.850.0 a bounded gather over sorted gate ids in chunks; walrus on a task result; a finally that only logs around durable calls
import asyncio
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("scanners")
CHUNK = 5


def chunks(xs: list[str], n: int) -> list[list[str]]:
    return [xs[i : i + n] for i in range(0, len(xs), n)]


@task()
async def ping_scanner(gate: str) -> dict:
    async with httpx.AsyncClient(timeout=5) as c:
        try:
            r = await c.get(f"http://{gate}.gates.resort.internal/health")
            return {"gate": gate, "up": r.status_code == 200}
        except httpx.HTTPError as exc:
            return {"gate": gate, "up": False, "error": type(exc).__name__}


@task()
async def page_oncall(down: list[str]) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://pager.example/v2/enqueue", json={"summary": f"{len(down)} gates down", "gates": down})
        return r.json().get("dedup_key", "")


@workflow
async def main(gates: list[str], page_threshold: int = 2):
    statuses: list[dict] = []
    try:
        for batch in chunks(sorted(gates), CHUNK):
            statuses.extend(await asyncio.gather(*map(ping_scanner, batch)))
        if len(down := [s["gate"] for s in statuses if not s["up"]]) >= page_threshold:
            return {"down": down, "paged": await page_oncall(down)}
        return {"down": down, "paged": None}
    finally:
        log.info("checked %d scanners", len(statuses))
