# SDK: wmill 1.850.0 a step callback that returns a new dict instead of mutating state; an `except Exception` that logs and re-raises; a finally that only computes durations from checkpointed ISO strings; task_flow called with keyword arguments
import logging
from datetime import datetime, timezone

import httpx
from wmill import step, task, task_flow, workflow

log = logging.getLogger("customs")

inspection_flow = task_flow("f/port/physical_inspection", timeout=7200)


@task()
async def holds_for(manifest: str) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://customs.port.example/manifests/{manifest}/holds")
        r.raise_for_status()
        return r.json()


@task()
async def release(container: str, reference: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://customs.port.example/containers/{container}/release", json={"ref": reference})
        r.raise_for_status()
        return r.json()


def triage(holds: list[dict]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"docs": [], "inspect": [], "other": []}
    for h in holds:
        out.get(h["reason"], out["other"]).append(h["container"])
    return out


@workflow
async def main(manifest: str, broker_ref: str):
    started = await step("started", lambda: datetime.now(timezone.utc).isoformat())
    holds = await holds_for(manifest)
    plan = await step("triage", lambda: triage(holds))
    released: list[str] = []
    inspected: dict[str, dict] = {}
    finished = started
    try:
        for cid in plan["docs"]:
            await release(cid, broker_ref)
            released.append(cid)
        for cid in plan["inspect"]:
            inspected[cid] = await inspection_flow(container=cid, manifest=manifest)
            if inspected[cid].get("cleared"):
                await release(cid, broker_ref)
                released.append(cid)
        finished = await step("finished", lambda: datetime.now(timezone.utc).isoformat())
    except Exception:
        log.exception("customs holds for %s stopped after %d releases", manifest, len(released))
        raise
    finally:
        elapsed_min = (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds() / 60
    return {"manifest": manifest, "released": released, "still_held": plan["other"], "elapsed_min": round(elapsed_min, 1)}
