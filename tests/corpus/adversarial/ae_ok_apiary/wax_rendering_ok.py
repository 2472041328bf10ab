# SDK: wmill 1.850.0 tasks named fetch / send / save (the step key is the function name, called once each or in a fixed order); a pure helper whose loop variable is called `step` and whose parameter `sleep` is an int; the clock read in a step and parsed once
import json
from datetime import datetime, timezone

import boto3
import httpx
from wmill import sleep, step, task, workflow

BUCKET = "apiary-wax-lots"


def ramp(target_c: int, start_c: int = 20, sleep: int = 15) -> list[dict]:
    """Heating schedule: one entry per 10 degrees, `sleep` minutes between entries."""
    plan = []
    for step in range(start_c, target_c + 1, 10):
        plan.append({"temp_c": step, "hold_min": sleep})
    return plan


@task()
async def fetch(lot: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://apiary.coop.example/api/wax/{lot}")
        r.raise_for_status()
        return r.json()


@task()
async def send(lot: str, setpoint_c: int) -> bool:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://melter.apiary.example/setpoint", json={"lot": lot, "c": setpoint_c})
        return r.status_code == 200


@task()
async def save(lot: str, report: dict) -> str:
    s3 = boto3.client("s3")
    key = f"lots/{lot}/render.json"
    s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(report).encode())
    return key


@workflow
async def main(lot: str, target_c: int = 85, hold_min: int = 20):
    info = await fetch(lot)
    started = datetime.fromisoformat(await step("started", lambda: datetime.now(timezone.utc).isoformat()))
    applied = []
    for entry in ramp(target_c, sleep=hold_min):
        ok = await send(lot, entry["temp_c"])
        applied.append({**entry, "ok": ok})
        if not ok:
            break
        await sleep(entry["hold_min"] * 60)
    report = {
        "lot": lot,
        "source": info.get("source", "unknown"),
        "started": started.isoformat(),
        "steps": applied,
        "complete": all(a["ok"] for a in applied),
    }
    key = await save(lot, report)
    return {"report_key": key, **report}
