# SDK: wmill 1.850.0 client.py: a lambda bound to a name and called in the body runs in the body on every replay.
import time

from wmill import step, task, workflow

elapsed_since = lambda start: round(time.time() - start, 3)  # noqa: E731


@task()
async def reindex(index: str) -> int:
    return 1000


@workflow
async def main(index: str):
    start = await step("start", lambda: time.time())
    docs = await reindex(index)
    took = elapsed_since(start)  # expect: WAC102
    return {"docs": docs, "took": took}
