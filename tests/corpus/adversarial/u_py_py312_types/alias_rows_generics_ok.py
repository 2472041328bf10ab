# SDK: wmill 1.850.0 task results round-trip through JSON; PEP 695 aliases of dicts and lists of str keys survive it, and the generic helper is pure
from typing import Any

from wmill import parallel, task, workflow

type Row = dict[str, Any]
type Rows = list[Row]


def chunks[T](xs: list[T], size: int) -> list[list[T]]:
    return [xs[i : i + size] for i in range(0, len(xs), size)]


def first[T](xs: list[T], default: T) -> T:
    return xs[0] if xs else default


@task(timeout=600)
async def load_page(table: str, ids: list[int]) -> Rows:
    import psycopg
    from psycopg.rows import dict_row

    with psycopg.connect("postgresql://ro@replica/app", row_factory=dict_row) as conn:
        rows = conn.execute(f"select id, email, plan from {table} where id = any(%s)", (ids,)).fetchall()
    return [{"id": r["id"], "email": r["email"], "plan": r["plan"]} for r in rows]


@task()
async def sync_batch(rows: Rows) -> int:
    import requests

    requests.post("https://api.customer.io/v1/batch", json={"batch": rows}, timeout=30).raise_for_status()
    return len(rows)


@workflow
async def main(table: str, ids: list[int]):
    pages: list[Rows] = []
    for part in chunks(ids, 500):
        pages.append(await load_page(table, part))
    counts = await parallel(pages, sync_batch, concurrency=4)
    sample = first(first(pages, []), {})
    return {"synced": sum(counts), "sample_plan": sample.get("plan")}
