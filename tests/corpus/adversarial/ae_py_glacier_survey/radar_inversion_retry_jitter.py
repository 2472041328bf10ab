# SDK: wmill 1.850.0 the body replays from the top every round: random.randint in the back-off of a hand-written retry loop draws another delay each round (the SDK's own retry={...} policy keeps its back-off durable)
import logging
import random

import httpx
from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("glacier.radar")

INV_API = "https://inversion.glaciology.example/api"
MAX_ATTEMPTS = 5


@task(timeout=3600, tag="hpc")
async def invert_radargram(line_id: str, velocity: float) -> dict:
    r = httpx.post(f"{INV_API}/invert", json={"line": line_id, "v": velocity}, timeout=3000)
    r.raise_for_status()
    return r.json()


@task()
async def store_bed_profile(line_id: str, profile: dict) -> str:
    r = httpx.put(f"{INV_API}/lines/{line_id}/bed", json=profile)
    r.raise_for_status()
    return r.json()["version"]


async def invert_with_retry(line_id: str, velocity: float) -> dict | None:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return await invert_radargram(line_id, velocity)
        except TaskError as err:
            log.warning("inversion of %s failed (attempt %d): %s", line_id, attempt, err)
            if attempt == MAX_ATTEMPTS:
                return None
            backoff = 60 * 2 ** attempt + random.randint(0, 90)
            await sleep(backoff)
    return None


@workflow
async def main(line_ids: list[str], velocity: float = 0.168):
    versions, failed = {}, []
    for line_id in line_ids:
        profile = await invert_with_retry(line_id, velocity)  # expect: WAC102
        if profile is None:
            failed.append(line_id)
            continue
        versions[line_id] = await store_bed_profile(line_id, profile)
    return {"versions": versions, "failed": failed}
