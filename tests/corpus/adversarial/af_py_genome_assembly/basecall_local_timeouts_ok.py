# SDK: wmill 1.850.0 _next_step: the child job of a task of the file replays the body up to its key and runs the function there (_execute_directly), inside the wait_for, so the bound holds; asyncio.shield passes the suspension through
"""Basecalling with local timeouts around tasks of this file."""

import asyncio
import logging

from wmill import TaskError, task, workflow

log = logging.getLogger("genomics.basecall")


@task(timeout=3600, tag="gpu")
async def basecall(flowcell: str, model: str) -> dict:
    import subprocess

    out = f"/scratch/{flowcell}.bam"
    subprocess.run(["dorado", "basecaller", model, f"/data/{flowcell}/pod5", "-o", out], check=True)
    return {"flowcell": flowcell, "bam": out}


@task()
async def register_bam(flowcell: str, bam: str) -> str:
    import httpx

    r = httpx.post("https://lims.genomics.example/api/bams", json={"flowcell": flowcell, "path": bam})
    r.raise_for_status()
    return r.json()["id"]


@workflow
async def main(flowcells: list[str], model: str = "sup@v5.0.0", budget_s: int = 3000):
    registered, failed = [], []
    for fc in flowcells:
        try:
            res = await asyncio.wait_for(basecall(fc, model), timeout=budget_s)
        except TaskError as e:
            log.warning("basecall %s failed: %s", fc, e)
            failed.append(fc)
            continue
        registered.append(await asyncio.shield(register_bam(fc, res["bam"])))
    return {"registered": registered, "failed": failed}
