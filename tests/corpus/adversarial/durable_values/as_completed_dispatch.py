# SDK: wmill 1.850.0 client.py _alloc_key: the step after as_completed is keyed by call order, which follows completion timing here.
import asyncio

from wmill import step, task, workflow


@task()
async def scan(host: str) -> dict:
    return {"host": host, "open": 0}


@workflow
async def main(hosts: list[str]):
    report = []
    for fut in asyncio.as_completed([scan(h) for h in hosts]):  # expect: WAC105
        result = await fut
        report.append(await step("record", lambda: result["host"]))
    return report
