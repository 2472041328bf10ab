# SDK: wmill 1.850.0: `except Exception` does not catch the SDK's suspension (BaseException); TaskError carries step_key and result
import asyncio
import logging
from statistics import mean
from typing import TypedDict

from wmill import TaskError, sleep, step, task, workflow

log = logging.getLogger("water")

LIMITS = {"ammonia_ppm": 0.25, "nitrite_ppm": 0.5, "ph_low": 7.8, "ph_high": 8.4}


class Reading(TypedDict):
    probe: str
    ammonia_ppm: float
    nitrite_ppm: float
    ph: float


@task(timeout=120)
async def read_probe(probe: str) -> Reading:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.get(f"http://probes.lan/{probe}/latest")
        r.raise_for_status()
        return r.json()


@task()
async def page_keeper(message: str) -> None:
    import httpx

    async with httpx.AsyncClient() as c:
        await c.post("https://pager.example-aquarium.org/v1/page", json={"text": message})


def breaches(readings: list[Reading]) -> list[str]:
    out = []
    for r in readings:
        if r["ammonia_ppm"] > LIMITS["ammonia_ppm"]:
            out.append(f"{r['probe']}: ammonia {r['ammonia_ppm']}")
        if not LIMITS["ph_low"] <= r["ph"] <= LIMITS["ph_high"]:
            out.append(f"{r['probe']}: pH {r['ph']}")
    return out


@workflow
async def main(probes: list[str], rechecks: int = 3):
    problems: list[str] = []
    for attempt in range(rechecks):
        try:
            readings = await asyncio.gather(*(read_probe(p) for p in probes))
        except TaskError as err:
            log.warning("probe read failed at %s: %s", err.step_key, err)
            raise
        except Exception:
            log.exception("unexpected failure while reading probes")
            raise
        problems = breaches(list(readings))
        if not problems:
            return {"ok": True, "attempts": attempt + 1, "ph": round(mean(r["ph"] for r in readings), 2)}
        await sleep(300)
    summary = "; ".join(problems)
    await page_keeper(f"Water quality out of range after {rechecks} checks: {summary}")
    raised_at = await step("raised_at", lambda: __import__("time").time())
    return {"ok": False, "problems": problems, "raised_at": raised_at}
