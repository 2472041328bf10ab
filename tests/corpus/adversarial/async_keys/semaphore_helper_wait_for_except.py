# SDK: wmill 1.850.0 client.py: each task call suspends its round at once, so the helper's wait_for never times out there; in the child job running one of them, the caught timeout returns None and the body goes on in that job.
import asyncio

from wmill import task, workflow


@task()
async def geocode(address: str) -> dict:
    return {"address": address, "lat": 0.0, "lon": 0.0}


@workflow
async def main(addresses: list[str]):
    gate = asyncio.Semaphore(5)

    async def bounded(address: str) -> dict | None:
        async with gate:
            try:
                return await asyncio.wait_for(geocode(address), 30)
            except asyncio.TimeoutError:  # expect: WAC204
                return None

    found = await asyncio.gather(*(bounded(a) for a in addresses))
    return [f for f in found if f is not None]
