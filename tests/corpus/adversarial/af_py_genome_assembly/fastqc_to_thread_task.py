# SDK: wmill 1.850.0 asyncio.to_thread copies the context, so the task wrapper sees the WorkflowCtx in the thread and returns ctx._next_step(...)'s coroutine; to_thread hands that coroutine back unawaited, so `report` is a coroutine, never the task's result
"""FastQC over a run's lanes, ported from a Ray job that offloaded the blocking
QC call with ray.remote; the port used asyncio.to_thread for the same."""

import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("genomics.fastqc")


@task(timeout=1800)
def fastqc_lane(run_id: str, lane: int) -> dict:  # expect: WAC004
    import subprocess

    out = f"/scratch/{run_id}/L{lane:03d}_fastqc"
    subprocess.run(["fastqc", "-o", out, f"/data/{run_id}/L{lane:03d}.fq.gz"], check=True)
    return {"lane": lane, "report": f"{out}/summary.txt", "warn": 0}


@task()
async def attach_reports(run_id: str, reports: list[dict]) -> str:
    import httpx

    r = httpx.post(f"https://lims.genomics.example/api/runs/{run_id}/qc", json={"reports": reports})
    r.raise_for_status()
    return r.json()["id"]


@workflow
async def main(run_id: str, lanes: int = 4):
    reports = []
    for lane in range(1, lanes + 1):
        report = await asyncio.to_thread(fastqc_lane, run_id, lane)  # expect: WAC304
        log.info("lane %d done", lane)
        reports.append(report)
    qc_id = await attach_reports(run_id, reports)
    return {"run": run_id, "qc": qc_id}
