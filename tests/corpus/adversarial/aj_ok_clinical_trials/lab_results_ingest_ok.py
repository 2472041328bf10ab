# SDK: wmill 1.850.0: TaskError is raised for a failed task; catching it and reading e.result is the documented recovery
import asyncio
import csv
import io
from datetime import date

from wmill import TaskError, task, workflow


@task()
async def download_manifest(lab: str, day: str) -> str:
    import paramiko

    transport = paramiko.Transport((f"sftp.{lab}.example-labs.com", 22))
    transport.connect(username="cro", password="from-resource")
    sftp = paramiko.SFTPClient.from_transport(transport)
    with sftp.open(f"/outbound/{day}/manifest.csv") as fh:
        return fh.read().decode()


@task(timeout=600)
async def load_panel(lab: str, sample_id: str, analytes: list[str]) -> dict:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://lims.example-cro.org/{lab}/panels", json={"sample": sample_id, "analytes": analytes})
        r.raise_for_status()
        return r.json()


def parse_manifest(text: str) -> list[tuple[str, list[str]]]:
    rows = csv.DictReader(io.StringIO(text))
    return [(r["sample_id"], sorted(r["analytes"].split("|"))) for r in rows if r.get("sample_id")]


@workflow
async def main(lab: str, day: str | None = None):
    run_day = date.fromisoformat(day) if day else date(2026, 1, 1)
    manifest = parse_manifest(await download_manifest(lab, run_day.isoformat()))
    loaded, failed = [], []
    for batch_start in range(0, len(manifest), 10):
        batch = manifest[batch_start : batch_start + 10]
        try:
            loaded.extend(await asyncio.gather(*(load_panel(lab, s, a) for s, a in batch)))
        except TaskError as err:
            failed.append({"batch": batch_start, "step": err.step_key, "error": (err.result or {}).get("error")})
    return {"day": run_day.isoformat(), "loaded": len(loaded), "failed": failed}
