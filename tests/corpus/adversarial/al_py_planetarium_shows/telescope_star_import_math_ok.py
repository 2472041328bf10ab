# SDK: wmill 1.850.0 `sleep` suspends the workflow without holding a worker; `from math import *` after the wmill import binds only math names (`ceil`, `floor`, ...; no `sleep`), so `sleep` is still the SDK's and `ceil` is pure arithmetic
"""Cool-down of the observatory telescope before the public viewing, written by an
astronomer who likes `from math import *` in his observing scripts."""

import httpx

from wmill import sleep, task, workflow
from math import *

COOLDOWN_S = 1800


@task(timeout=300)
async def open_dome(site: str) -> dict:
    async with httpx.AsyncClient(base_url="https://dome.observatory.example") as client:
        r = await client.post(f"/sites/{site}/dome/open")
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def mirror_delta(site: str) -> float:
    async with httpx.AsyncClient(base_url="https://dome.observatory.example") as client:
        r = await client.get(f"/sites/{site}/mirror")
        r.raise_for_status()
        return float(r.json()["delta_c"])


@task(timeout=600)
async def slew(site: str, target: str) -> dict:
    async with httpx.AsyncClient(base_url="https://mount.observatory.example") as client:
        r = await client.post(f"/sites/{site}/slew", json={"target": target})
        r.raise_for_status()
        return r.json()


@workflow
async def main(site: str, target: str, max_delta_c: float = 1.5, checks: int = 4):
    await open_dome(site)
    for _ in range(checks):
        if await mirror_delta(site) <= max_delta_c:
            break
        await sleep(ceil(COOLDOWN_S / checks))
    return await slew(site, target)
