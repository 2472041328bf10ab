# SDK: wmill 1.850.0 client.py: a `type` statement and a generic helper (PEP 695, Python 3.12) are plain module code; the task's result is a list of dicts, which crosses JSON unchanged.
from wmill import task, workflow

type Row = dict[str, str]
type Batch = list[Row]


def chunked[T](items: list[T], size: int) -> list[list[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@task()
async def load_batch(rows: list[dict[str, str]]) -> int:
    return len(rows)


@workflow
async def main(rows: list[dict], size: int = 100):
    loaded = 0
    for batch in chunked(rows, size):
        loaded += await load_batch(batch)
    return {"loaded": loaded}
