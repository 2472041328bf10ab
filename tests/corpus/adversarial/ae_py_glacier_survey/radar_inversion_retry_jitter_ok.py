# SDK: wmill 1.850.0 task(retry={"attempts", "delay", "multiplier", "max_delay"}) re-dispatches the task with durable back-off sleeps; a failure after the last attempt raises TaskError
import logging
import random

import httpx
from wmill import TaskError, task, workflow

log = logging.getLogger("glacier.radar")

INV_API = "https://inversion.glaciology.example/api"


@task(timeout=3600, tag="hpc", retry={"attempts": 4, "delay": 60, "multiplier": 2, "max_delay": 900})
async def invert_radargram(line_id: str, velocity: float) -> dict:
    # jitter belongs to the HTTP client inside the job, which is run once per attempt
    for _ in range(3):
        r = httpx.post(f"{INV_API}/invert", json={"line": line_id, "v": velocity}, timeout=3000)
        if r.status_code != 503:
            break
        import time

        time.sleep(random.uniform(1, 5))
    r.raise_for_status()
    return r.json()


@task()
async def store_bed_profile(line_id: str, profile: dict) -> str:
    r = httpx.put(f"{INV_API}/lines/{line_id}/bed", json=profile)
    r.raise_for_status()
    return r.json()["version"]


@workflow
async def main(line_ids: list[str], velocity: float = 0.168):
    versions, failed = {}, []
    for line_id in line_ids:
        try:
            profile = await invert_radargram(line_id, velocity)
        except TaskError as err:
            log.warning("inversion of %s failed: %s", line_id, err)
            failed.append(line_id)
            continue
        versions[line_id] = await store_bed_profile(line_id, profile)
    return {"versions": versions, "failed": failed}
