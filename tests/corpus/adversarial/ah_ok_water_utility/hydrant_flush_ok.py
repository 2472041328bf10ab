# SDK: wmill 1.850.0 sleep() between flushing rounds in a loop, a step capturing the loop value through a default argument, a step key that is a literal inside the loop (counted keys, client.py _alloc_key), try/except Exception around the body's own arithmetic
from datetime import date, timedelta

from wmill import sleep, step, task, workflow

ROUND_MINUTES = 20


def chlorine_ok(mg_l: float) -> bool:
    return 0.2 <= mg_l <= 4.0


@task(timeout=900)
async def open_hydrant(hydrant_id: str, minutes: int) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(f"https://scada.water.example/hydrants/{hydrant_id}/flush", json={"minutes": minutes})
        r.raise_for_status()
        return r.json()


@task()
async def grab_sample(hydrant_id: str) -> float:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://lims.water.example/hydrants/{hydrant_id}/chlorine")
        return float(r.json()["mg_l"])


@workflow
async def main(hydrants: list[str], start_day: str, max_rounds: int = 4):
    plan_day = date.fromisoformat(start_day)
    log = []
    for i, hydrant in enumerate(hydrants):
        day = plan_day + timedelta(days=i // 10)
        label = await step("label", lambda h=hydrant, d=day: f"{d.isoformat()}/{h}")
        for round_no in range(max_rounds):
            await open_hydrant(hydrant, ROUND_MINUTES)
            reading = await grab_sample(hydrant)
            if chlorine_ok(reading):
                break
            await sleep(ROUND_MINUTES * 60)
        try:
            ratio = reading / 4.0
        except Exception:
            ratio = None
        log.append({"hydrant": hydrant, "label": label, "rounds": round_no + 1, "mg_l": reading, "ratio": ratio})
    return {"flushed": log, "failed": [x["hydrant"] for x in log if not chlorine_ok(x["mg_l"])]}
