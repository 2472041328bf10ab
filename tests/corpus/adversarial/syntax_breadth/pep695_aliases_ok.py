# SDK: wmill 1.850.0 client.py: Python 3.12 `type` aliases and generic functions are inert at run time; the body only awaits tasks and calls a pure helper (Windmill's parser reads `main`: windmill-oracle sig).
from wmill import task, workflow

type Row = dict[str, int]
type Batch = list[Row]


def first[T](xs: list[T], default: T) -> T:
    return xs[0] if xs else default


@task()
async def load_rows(table: str, limit: int) -> Batch:
    return [{"id": 1}]


@workflow
async def main(table: str, limit: int = 100):
    rows = await load_rows(table, limit)
    return {"first": first(rows, {"id": 0}), "count": len(rows)}
