# SDK: wmill 1.850.0 keys are allocated in call order (file_report, file_report_2, ...): as_completed yields the download futures in finishing order, so which monitor's report is checkpointed under which key changes between replays
"""Blast vibration reports for neighbouring properties (ported from an Airflow TaskFlow DAG)."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from wmill import task, workflow

log = logging.getLogger("quarry.vibration")

PPV_LIMIT_MM_S = 10.0


def parse_trace(csv_text: str) -> dict:
    peaks = [float(row.split(",")[1]) for row in csv_text.splitlines()[1:] if row.strip()]
    return {"ppv": max(peaks, default=0.0), "samples": len(peaks)}


@task(timeout=300)
async def fetch_traces(blast_id: str) -> dict[str, str]:
    import httpx

    r = httpx.get(f"https://seismo.quarry.example/blasts/{blast_id}/traces")
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def file_report(blast_id: str, monitor: str, ppv: float, samples: int) -> dict:
    import httpx

    r = httpx.post("https://compliance.quarry.example/reports", json={"blast": blast_id, "monitor": monitor, "ppv": ppv, "samples": samples})
    r.raise_for_status()
    return r.json()


@workflow
async def main(blast_id: str):
    traces = await fetch_traces(blast_id)
    reports = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(parse_trace, text): monitor for monitor, text in traces.items()}
        for fut in as_completed(futures):  # expect: WAC105
            monitor = futures[fut]
            peak = fut.result()
            reports.append(await file_report(blast_id, monitor, peak["ppv"], peak["samples"]))
    over = [r["monitor"] for r in reports if r["ppv"] > PPV_LIMIT_MM_S]
    log.info("blast %s: %d monitors over limit", blast_id, len(over))
    return {"blast": blast_id, "reports": len(reports), "over_limit": over}
