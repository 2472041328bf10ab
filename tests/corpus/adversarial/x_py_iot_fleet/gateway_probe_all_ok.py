# SDK: wmill 1.850.0 gather over task coroutines raises the first _StepSuspend, which carries every pending step; results come back in argument order
"""Probe every gateway of a site and pin the site to the first healthy one, in input order."""
import asyncio

from wmill import task, workflow


@task(timeout=60)
async def probe(gateway: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"https://{gateway}/healthz")
    return {"gateway": gateway, "ok": resp.status_code == 200}


@task()
async def pin_site(site: str, gateway: str) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://routing.internal.example/pins", json={"site": site, "gateway": gateway})
    return gateway


async def first_healthy(gateways: list[str]) -> str | None:
    results = await asyncio.gather(*(probe(g) for g in gateways))
    for res in results:
        if res["ok"]:
            return res["gateway"]
    return None


@workflow
async def main(site: str, gateways: list[str]):
    chosen = await first_healthy(gateways)
    if chosen is None:
        return {"site": site, "pinned": None}
    pinned = await pin_site(site, chosen)
    return {"site": site, "pinned": pinned}
