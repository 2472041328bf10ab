from f.common import timing
from f.common.timing import passthrough, timed
from wmill import step, task, workflow


@timed
def summarize(rows: list) -> int:
    return len(rows)


@passthrough
def count(rows: list) -> int:
    return len(rows)


@timing.passthrough
def first(rows: list):
    return rows[0] if rows else None


@task()
async def load(n: int) -> list:
    return list(range(n))


@workflow
async def main(n: int):
    rows = await load(n)
    summary = await step("summarize", lambda: summarize(rows))
    return {"summary": summary, "count": count(rows), "first": first(rows)}
