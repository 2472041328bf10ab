# SDK: wmill 1.850.0 _StepSuspend derives from BaseException; asyncio.gather(..., return_exceptions=True) hands it back as a list item instead of raising, so the round dispatches nothing and the isinstance(r, Exception) filter keeps the suspension objects as "verified" results
"""Carbon credit issuance, ported from a Prefect 2 flow (verify_project.submit() + wait)."""

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


@task(timeout=900, tag="registry")
async def verify_project(project_id: str, vintage: int) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=REGISTRY_API) as client:
        r = await client.get(f"/projects/{project_id}/monitoring", params={"vintage": vintage})
        r.raise_for_status()
        report = r.json()
    return {"project_id": project_id, "tonnes": float(report["verified_tonnes"])}


@task(timeout=300)
async def mint_serials(project_id: str, tonnes: float, buffer_pct: float) -> dict:
    import httpx

    issued = round(tonnes * (1 - buffer_pct), 3)
    r = httpx.post(f"{REGISTRY_API}/issuances", json={"project_id": project_id, "tonnes": issued})
    r.raise_for_status()
    return r.json()


def _eligible(report: dict, minimum: float) -> bool:
    return report["tonnes"] >= minimum


@workflow
async def main(project_ids: list[str], vintage: int, methodology: str = "VM0042", minimum_tonnes: float = 10.0):
    cfg = IssuanceConfig(vintage=vintage, methodology=methodology)
    futures = [asyncio.create_task(verify_project(p, cfg.vintage)) for p in project_ids]
    results = await asyncio.gather(*futures, return_exceptions=True)  # expect: WAC201
    verified = [r for r in results if not isinstance(r, Exception)]
    failed = [str(r) for r in results if isinstance(r, Exception)]
    for msg in failed:
        log.warning("verification failed: %s", msg)

    eligible = [r for r in verified if _eligible(r, minimum_tonnes)]
    if not eligible:
        return {"issued": [], "failed": failed}

    approval = await wait_for_approval(timeout=86400, description=f"Issue {len(eligible)} projects for {cfg.vintage}")
    if not approval.get("approved"):
        return {"issued": [], "rejected_by": approval.get("approver")}

    issued = []
    for report in eligible:
        try:
            issued.append(await mint_serials(report["project_id"], report["tonnes"], cfg.buffer_pct))
        except TaskError as e:
            log.error("mint failed for %s: %s", report["project_id"], e)
    return {"issued": issued, "failed": failed}
