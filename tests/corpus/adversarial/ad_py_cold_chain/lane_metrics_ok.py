# SDK: wmill 1.850.0 only durable calls suspend; perf_counter reaching a log line and an in-memory prometheus Counter change nothing a replay reads, and TaskError is re-raised with `from`
import logging
import time

import httpx
from prometheus_client import Counter
from wmill import TaskError, step, task, workflow

log = logging.getLogger("coldchain.lanes")

LANES_API = "https://lanes.coldchain.example"
LANES_CHECKED = Counter("lanes_checked_total", "lanes validated by the workflow")


@task(timeout=300)
async def validate_lane(lane_id: str, profile: str) -> dict:
    r = httpx.get(f"{LANES_API}/lanes/{lane_id}/validation", params={"profile": profile})
    r.raise_for_status()
    return r.json()


@task()
async def publish_lane_matrix(rows: list[dict]) -> str:
    r = httpx.put(f"{LANES_API}/matrix", json={"rows": rows})
    r.raise_for_status()
    return r.json()["version"]


@workflow
async def main(lane_ids: list[str], profile: str = "2-8C"):
    started = time.perf_counter()
    rows = []
    for idx, lane_id in enumerate(lane_ids):
        try:
            verdict = await validate_lane(lane_id=lane_id, profile=profile)
        except TaskError as err:
            raise RuntimeError(f"lane {idx} ({lane_id}) could not be validated") from err
        LANES_CHECKED.inc()
        rows.append({"lane": lane_id, "ok": verdict["ok"], "position": idx})
    version = await publish_lane_matrix(rows=rows)
    checked_on = await step("checked_on", lambda: time.strftime("%Y-%m-%d"))
    log.info("validated %d lanes in %.1fs", len(rows), time.perf_counter() - started)
    return {"version": version, "lanes": len(rows), "checked_on": checked_on}
