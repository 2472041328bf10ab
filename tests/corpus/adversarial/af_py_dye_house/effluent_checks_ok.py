# SDK: wmill 1.850.0 _StepSuspend is a BaseException: contextlib.suppress(Exception) lets it through; a StrEnum result is a str in JSON and compares equal to its member; the semaphore only bounds awaits of tasks whose calls keep their order
"""Effluent compliance checks for the dye house, several sensors at once."""

import asyncio
import contextlib
from enum import StrEnum

from wmill import task, workflow


class Verdict(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


LIMITS = {"cod": 250.0, "colour": 400.0, "temp": 40.0}


@task()
async def read_sensor(sensor: str) -> dict:
    import httpx

    r = httpx.get(f"https://scada.dyehouse.example/sensors/{sensor}")
    r.raise_for_status()
    return r.json()


@task()
async def judge(kind: str, value: float) -> Verdict:
    limit = LIMITS[kind]
    return Verdict.FAIL if value > limit else Verdict.WARN if value > 0.8 * limit else Verdict.PASS


@task()
async def notify_env_officer(report: dict) -> None:
    import httpx

    httpx.post("https://hooks.dyehouse.example/env", json=report).raise_for_status()


async def bounded(sem: asyncio.Semaphore, coro):
    async with sem:
        return await coro


@workflow
async def main(sensors: list[str], max_parallel: int = 4):
    sem = asyncio.Semaphore(max_parallel)
    readings = await asyncio.gather(*(bounded(sem, read_sensor(s)) for s in sensors))
    verdicts = []
    for r in readings:
        v = await judge(r["kind"], float(r["value"]))
        verdicts.append({"sensor": r["id"], "verdict": v})
    worst = Verdict.FAIL if any(v["verdict"] == Verdict.FAIL for v in verdicts) else Verdict.PASS
    with contextlib.suppress(Exception):
        await notify_env_officer({"worst": str(worst), "verdicts": verdicts})
    return {"worst": worst.value, "verdicts": verdicts}
