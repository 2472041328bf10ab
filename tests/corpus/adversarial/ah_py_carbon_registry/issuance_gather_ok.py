# SDK: wmill 1.850.0 a @task call allocates its key when called (_next_step) and returns a coroutine; asyncio.create_task only schedules it, and gather without return_exceptions lets _StepSuspend (and the first TaskError) propagate
"""Carbon credit issuance, ported from a Prefect 2 flow: submits kept as asyncio tasks and gathered."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from wmill import TaskError, task, wait_for_approval, workflow

log = logging.getLogger("registry.issuance")

REGISTRY_API = "https://registry.carbon.example/v2"


@dataclass(frozen=True)
class IssuanceConfig:
    vintage: int
    methodology: str
    buffer_pct: float = 0.15


@task(timeout=900, tag="registry", retry={"attempts": 2, "delay": 60})
async def verify_project(project_id: str, vintage: int) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=REGISTRY_API) as client:
        r = await client.get(f"/projects/{project_id}/monitoring", params={"vintage": vintage})
        if r.status_code == 404:
            return {"project_id": project_id, "tonnes": 0.0, "missing": True}
        r.raise_for_status()
        report = r.json()
    return {"project_id": project_id, "tonnes": float(report["verified_tonnes"]), "missing": False}


@task(timeout=300)
async def mint_serials(project_id: str, tonnes: float, buffer_pct: float) -> dict:
    import httpx

    issued = round(tonnes * (1 - buffer_pct), 3)
    r = httpx.post(f"{REGISTRY_API}/issuances", json={"project_id": project_id, "tonnes": issued})
    r.raise_for_status()
    return r.json()


@workflow
async def main(project_ids: list[str], vintage: int, methodology: str = "VM0042", minimum_tonnes: float = 10.0):
    cfg = IssuanceConfig(vintage=vintage, methodology=methodology)
    pending: dict[str, asyncio.Task] = {}
    for p in project_ids:
        pending[p] = asyncio.create_task(verify_project(p, cfg.vintage))
    try:
        reports = await asyncio.gather(*pending.values())
    except TaskError as e:
        log.error("verification failed (%s): %s", e.step_key, e)
        return {"issued": [], "failed_step": e.step_key}

    eligible = [r for r in reports if not r["missing"] and r["tonnes"] >= minimum_tonnes]
    if not eligible:
        return {"issued": []}

    approval = await wait_for_approval(timeout=86400, description=f"Issue {len(eligible)} projects for {cfg.vintage}")
    if not approval.get("approved"):
        return {"issued": [], "rejected_by": approval.get("approver")}

    issued = []
    for report in eligible:
        issued.append(await mint_serials(report["project_id"], report["tonnes"], cfg.buffer_pct))
    return {"issued": issued}
