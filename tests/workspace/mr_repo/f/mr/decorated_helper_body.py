from wmill import task, workflow

from f.common.timing import passthrough, timed


@timed
def summarize(rows: list) -> int:
    return len(rows)


@passthrough
def count(rows: list) -> int:
    return len(rows)


@task()
async def load(n: int) -> list:
    return list(range(n))


@workflow
async def main(n: int):
    rows = await load(n)
    summary = summarize(rows)  # expect: WAC102
    return {"summary": summary, "count": count(rows)}
