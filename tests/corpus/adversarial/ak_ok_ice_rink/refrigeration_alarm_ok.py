# SDK: wmill 1.850.0: `finally` that only logs; contextlib.suppress(KeyError) around a dict read; sleep() between polls bounded by a constant
import contextlib
import logging

from wmill import sleep, task, workflow

log = logging.getLogger("refrigeration")

MAX_POLLS = 6
LIMITS = {"brine_supply_c": (-12.0, -6.0), "slab_c": (-7.0, -3.5), "compressor_bar": (8.0, 16.0)}


@task(timeout=60)
async def read_plant(plant_id: str) -> dict[str, float]:
    import requests

    r = requests.get(f"https://bms.example-ice.org/api/plants/{plant_id}/telemetry", timeout=10)
    r.raise_for_status()
    return {k: float(v) for k, v in r.json().items()}


@task()
async def page_engineer(plant_id: str, breaches: list[str], escalate: bool) -> str:
    import requests

    r = requests.post(
        "https://pager.example-ice.org/api/incidents",
        json={"plant": plant_id, "breaches": breaches, "severity": "high" if escalate else "low"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["incident"]


def breaches(reading: dict[str, float]) -> list[str]:
    out = []
    for metric, (lo, hi) in LIMITS.items():
        with contextlib.suppress(KeyError):
            v = reading[metric]
            if not lo <= v <= hi:
                out.append(f"{metric}={v}")
    return out


@workflow
async def main(plant_id: str, poll_minutes: int = 5):
    seen: list[list[str]] = []
    try:
        for _ in range(MAX_POLLS):
            b = breaches(await read_plant(plant_id))
            if not b:
                return {"plant": plant_id, "status": "ok", "polls": len(seen) + 1}
            seen.append(b)
            await sleep(poll_minutes * 60)
        incident = await page_engineer(plant_id, seen[-1], escalate=len(seen) >= MAX_POLLS)
        return {"plant": plant_id, "status": "paged", "incident": incident}
    finally:
        log.info("plant %s checked, %d breach rounds", plant_id, len(seen))
