# Find the first healthy replica: `for ... else`, `async with`, and an
# `async for` over an SDK-free async generator in the workflow body.
import requests
from wmill import sleep, task, workflow


@task()
async def probe(replica: str) -> bool:
    return requests.get(f"https://{replica}/health", timeout=5).ok


@task()
async def promote(replica: str) -> None:
    requests.post(f"https://{replica}/promote", timeout=30)


@task()
async def page_oncall(cluster: str) -> None:
    requests.post("https://pager.example/page", json={"cluster": cluster}, timeout=30)


async def numbered(items):
    for i, item in enumerate(items):
        yield i, item


@workflow
async def main(cluster: str, replicas: list):
    async for _attempt, replica in numbered(replicas):
        if await probe(replica):
            await promote(replica)
            break
        await sleep(10)
    else:
        await page_oncall(cluster)
        return {"cluster": cluster, "promoted": None}
    return {"cluster": cluster, "promoted": replica}
