# SDK: wmill 1.850.0 client.py parallel(): it gathers fn(item) for each item; a plain function returns a dict, not an awaitable, and asyncio.gather raises TypeError.
from wmill import parallel, task, workflow


def normalize(row: dict) -> dict:
    return {k.lower(): v for k, v in row.items()}


@task()
async def load_rows(rows: list[dict]) -> int:
    return len(rows)


@workflow
async def main(rows: list[dict]):
    clean = await parallel(rows, normalize)  # expect: WAC301
    return await load_rows(clean)
