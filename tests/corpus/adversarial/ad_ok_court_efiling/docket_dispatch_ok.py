# SDK: wmill 1.850.0 a dispatch table of the file's tasks iterated over sorted keys; a dict of coroutines built over sorted keys and gathered, zipped back by key order
import asyncio
from typing import Awaitable, Callable

import httpx
from wmill import task, workflow


@task()
async def federal(case_no: str) -> dict:
    async with httpx.AsyncClient() as c:
        return (await c.get(f"https://pacer.example/cases/{case_no}")).json()


@task()
async def state(case_no: str) -> dict:
    async with httpx.AsyncClient() as c:
        return (await c.get(f"https://state-courts.example/cases/{case_no}")).json()


@task()
async def county(case_no: str) -> dict:
    async with httpx.AsyncClient() as c:
        return (await c.get(f"https://county.example/records/{case_no}")).json()


SOURCES: dict[str, Callable[[str], Awaitable[dict]]] = {"federal": federal, "state": state, "county": county}


@workflow
async def main(case_no: str, courts: list[str]):
    wanted = sorted(c for c in courts if c in SOURCES)
    pending = {court: SOURCES[court](case_no) for court in wanted}
    results = dict(zip(pending, await asyncio.gather(*pending.values())))
    first = {}
    for court in sorted(SOURCES):
        if court in results and results[court].get("found"):
            first = {"court": court, **results[court]}
            break
    return {"results": results, "first": first}
