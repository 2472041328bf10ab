# SDK: wmill 1.850.0 a failed task raises TaskError (an Exception); `except* TaskError` wraps a plain one in an ExceptionGroup and matches it, and the _StepSuspend BaseException is not matched, so it propagates
import asyncio
import logging

import httpx
from wmill import TaskError, task, workflow

log = logging.getLogger("netops.axfr")


@task(timeout=300)
async def axfr(primary: str, zone: str) -> list[dict]:
    r = httpx.get(f"https://axfr.netops.example/{primary}/{zone}")
    r.raise_for_status()
    return r.json()["records"]


@task()
async def load_secondary(provider: str, zone: str, records: list[dict]) -> int:
    r = httpx.post(f"https://{provider}.dns-secondary.example/zones/{zone}", json={"records": records})
    return r.json()["loaded"]


@workflow
async def main(primary: str, zones: list[str], providers: list[str]):
    loaded: dict[str, int] = {}
    failed: list[str] = []
    for zone in zones:
        try:
            records = await axfr(primary=primary, zone=zone)
            counts = await asyncio.gather(*(load_secondary(provider=p, zone=zone, records=records) for p in providers))
        except* TaskError as group:
            for err in group.exceptions:
                log.warning("zone %s: %s", zone, err)
            failed.append(zone)
            continue
        loaded[zone] = sum(counts)
    return {"loaded": loaded, "failed": failed}
