# SDK: wmill 1.850.0 sleep() suspends the job and the body is replayed from the top each round, so time.monotonic() of a new process restarts near zero and a deadline from it moves every round
import logging
import time

import httpx
from wmill import sleep, task, workflow

log = logging.getLogger("glacier.probe")

PROBE_API = "https://probes.glaciology.example/api/v2"
POLL_EVERY_S = 120


@task(timeout=300)
async def submit_melt_run(probe_id: str, window_h: int) -> dict:
    r = httpx.post(f"{PROBE_API}/probes/{probe_id}/runs", json={"window_h": window_h})
    r.raise_for_status()
    return r.json()


@task(timeout=60)
async def run_status(run_id: str) -> dict:
    r = httpx.get(f"{PROBE_API}/runs/{run_id}")
    r.raise_for_status()
    return r.json()


@task(timeout=600)
async def fetch_melt_profile(run_id: str) -> list[dict]:
    r = httpx.get(f"{PROBE_API}/runs/{run_id}/profile")
    r.raise_for_status()
    return [{"depth_m": p["d"], "temp_c": p["t"]} for p in r.json()["points"]]


def summarise(profile: list[dict]) -> dict:
    warm = [p for p in profile if p["temp_c"] > -0.5]
    return {
        "points": len(profile),
        "warm_layers": len(warm),
        "shallowest_warm_m": min((p["depth_m"] for p in warm), default=None),
    }


@workflow
async def main(probe_id: str, window_h: int = 24, max_wait_s: int = 4 * 3600):
    run = await submit_melt_run(probe_id, window_h)
    log.info("submitted melt run %s for probe %s", run["id"], probe_id)

    # ported from the Prefect flow: wait for the run, give up after max_wait_s
    deadline = time.monotonic() + max_wait_s  # expect: WAC102
    state = "queued"
    while time.monotonic() < deadline:  # expect: WAC102
        status = await run_status(run["id"])
        state = status["state"]
        if state in ("done", "failed"):
            break
        await sleep(POLL_EVERY_S)

    if state != "done":
        return {"probe": probe_id, "run": run["id"], "state": state, "summary": None}

    profile = await fetch_melt_profile(run["id"])
    return {"probe": probe_id, "run": run["id"], "state": state, "summary": summarise(profile)}
