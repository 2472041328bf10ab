# SDK: wmill 1.850.0 an async main that is not a workflow, using asyncio.TaskGroup and asyncio.wait_for to push firmware to sensors in parallel, with asyncio.sleep backoff; the SDK reads a variable; no WAC import at all
import asyncio
import random

import httpx
import wmill


async def push(client: httpx.AsyncClient, gateway: str, sensor: str, image_url: str) -> tuple[str, bool]:
    for attempt in range(3):
        try:
            r = await asyncio.wait_for(client.post(f"http://{gateway}/sensors/{sensor}/ota", json={"image": image_url}), timeout=20)
            if r.status_code == 202:
                return sensor, True
        except Exception:
            pass
        await asyncio.sleep(2**attempt + random.random())
    return sensor, False


async def main(gateway: str, sensors: list[str], version: str):
    image_url = wmill.get_variable("f/parking/firmware_base_url") + f"/{version}.bin"
    async with httpx.AsyncClient() as client:
        async with asyncio.TaskGroup() as tg:
            jobs = [tg.create_task(push(client, gateway, s, image_url)) for s in sensors]
    results = dict(j.result() for j in jobs)
    return {"version": version, "updated": sorted(s for s, ok in results.items() if ok), "failed": sorted(s for s, ok in results.items() if not ok)}
