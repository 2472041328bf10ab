# SDK: wmill 1.850.0 client.py a task call only records the dispatch (_pending); list(starmap(task, ...)) never awaited leaves the results unread and the body runs on as if they were done.
import itertools

from wmill import task, workflow


@task()
async def transfer(source: str, target: str) -> str:
    return f"{source}->{target}"


@task()
async def close_accounts(sources: list) -> int:
    return len(sources)


@workflow
async def main(pairs: list):
    list(itertools.starmap(transfer, pairs))  # expect: WAC106
    return await close_accounts([s for s, _ in pairs])
