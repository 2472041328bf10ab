# SDK: wmill 1.850.0 a failed task raises TaskError(Exception); `except* TaskError` / `except* Exception` leave the BaseException suspension to propagate
"""Export audit events to the SIEM; failures are grouped and reported, never fatal."""
import asyncio
import logging

from wmill import TaskError, task, workflow

log = logging.getLogger("audit.siem")


@task(timeout=900)
async def export_source(source: str, since: str) -> int:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://siem.internal.example/ingest", json={"source": source, "since": since})
        resp.raise_for_status()
    return resp.json()["accepted"]


@task()
async def record_failures(sources: list[str], messages: list[str]) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://grc.internal.example/siem-failures", json={"sources": sources, "errors": messages})


@workflow
async def main(sources: list[str], since: str):
    accepted = 0
    failures = []
    try:
        counts = await asyncio.gather(*(export_source(s, since) for s in sources))
        accepted = sum(counts)
    except* TaskError as group:
        failures = [e.result["error"]["message"] for e in group.exceptions]
    except* Exception as group:
        failures = [repr(e) for e in group.exceptions]
        log.exception("unexpected error in the export")
    if failures:
        await record_failures(sources, failures)
    return {"accepted": accepted, "failed": len(failures)}
