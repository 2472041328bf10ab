# SDK: wmill 1.850.0 client.py: coroutines kept in a dict and awaited together still go through _suspend with every pending step.
import asyncio

from wmill import task, workflow


@task()
async def health(service: str) -> str:
    return "ok"


@workflow
async def main(services: list[str]):
    checks = {name: health(name) for name in services}
    results = await asyncio.gather(*checks.values())
    failing = [name for name, status in zip(checks, results) if status != "ok"]
    return {"failing": failing, "checked": len(checks)}
