# SDK: wmill 1.850.0 client.py task wrapper: keyword-only parameters are merged into the keywords of `ctx._next_step(task_name, script, func, ...)`, so `func` collides (TypeError).
from wmill import task, workflow


@task()
async def apply_transform(rows: list[dict], *, func: str = "identity") -> list[dict]:  # expect: WAC301
    return rows


@workflow
async def main(rows: list[dict]):
    return await apply_transform(rows, func="normalize")
