# SDK: wmill 1.850.0 _alloc_key uses the step name as the key; os.getpid() differs in every replay's process, so the digest step never finds its checkpoint and runs again each round
"""Daily 'Did you feel it?' digest, ported from a Celery worker that tagged
its partial results with the worker pid."""

import os

from wmill import step, task, workflow


@task()
async def felt_reports(event_id: str) -> list[dict]:
    import httpx

    r = httpx.get(f"https://dyfi.seismo.example/events/{event_id}/responses")
    r.raise_for_status()
    return r.json()


@task()
async def send_digest(event_id: str, digest: dict) -> None:
    import httpx

    httpx.post("https://comms.seismo.example/digests", json={"event": event_id, **digest}).raise_for_status()


def summarize(reports: list[dict]) -> dict:
    by_zip: dict[str, list[int]] = {}
    for r in reports:
        by_zip.setdefault(r["zip"], []).append(r["cdi"])
    return {z: round(sum(v) / len(v), 1) for z, v in sorted(by_zip.items())}


@workflow
async def main(event_ids: list[str]):
    sent = []
    for ev in event_ids:
        reports = await felt_reports(ev)
        digest = await step(f"digest_{ev}_{os.getpid()}", lambda: summarize(reports))  # expect: WAC103, WAC102
        await send_digest(ev, {"by_zip": digest, "n": len(reports)})
        sent.append(ev)
    return {"sent": sent}
