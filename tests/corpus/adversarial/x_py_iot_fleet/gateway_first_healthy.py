# SDK: wmill 1.850.0 _suspend raises _StepSuspend(BaseException) inside the coroutine; asyncio.wait keeps exceptions inside the finished asyncio tasks and never raises them
"""Pick the first gateway of a site that answers a health probe and pin the site to it."""
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
    pending = [asyncio.ensure_future(probe(g)) for g in gateways]
    done, rest = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    for fut in rest:
        fut.cancel()
    for fut in done:
        res = fut.result()
        if res["ok"]:
            return res["gateway"]
    return None


@workflow
async def main(site: str, gateways: list[str]):
    chosen = await first_healthy(gateways)  # expect: WAC201
    if chosen is None:
        return {"site": site, "pinned": None}
    pinned = await pin_site(site, chosen)
    return {"site": site, "pinned": pinned}
