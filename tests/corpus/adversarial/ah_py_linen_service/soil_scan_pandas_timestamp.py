# SDK: wmill 1.850.0 a task's result crosses JSON with default=str: pd.Timestamp is not JSON-serializable and comes back as the string "2024-05-01 06:12:00+00:00"; comparing it with the pd.Timestamp cutoff in the body raises TypeError
"""Soiled-linen scan reconciliation per ward (ported from an Airflow TaskFlow DAG)."""

from __future__ import annotations

import logging

import pandas as pd

from wmill import task, workflow

log = logging.getLogger("linen.soil")

SCANS = "s3://linen-scans/{ward}/{day}.parquet"


@task(timeout=900, tag="pandas")
async def scan_summary(ward: str, day: str) -> dict:
    df = pd.read_parquet(SCANS.format(ward=ward, day=day))
    df["scanned_at"] = pd.to_datetime(df["scanned_at"], utc=True)
    return {
        "ward": ward,
        "bags": int(len(df)),
        "kg": float(df["weight_kg"].sum()),
        "last_scan": df["scanned_at"].max(),  # expect: WAC107
    }


@task(timeout=300)
async def raise_shortfall(ward: str, kg: float, last_scan: str) -> None:
    import httpx

    httpx.post("https://ops.linen.example/shortfalls", json={"ward": ward, "kg": kg, "last_scan": last_scan})


@workflow
async def main(wards: list[str], day: str, collection_cutoff: str = "06:00", min_kg: float = 40.0):
    cutoff = pd.Timestamp(f"{day}T{collection_cutoff}", tz="UTC")
    late = []
    for ward in sorted(wards):
        s = await scan_summary(ward, day)
        if s["last_scan"] > cutoff:
            late.append(ward)
        if s["kg"] < min_kg:
            await raise_shortfall(ward, s["kg"], str(s["last_scan"]))
    log.info("late wards: %s", late)
    return {"day": day, "late": late}
