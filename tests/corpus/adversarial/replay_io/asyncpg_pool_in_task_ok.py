# SDK: wmill 1.850.0 client.py task(): the asyncpg pool is created and used inside the task's job, once.
import asyncpg

from wmill import task, workflow


@task()
async def top_customers(dsn: str, n: int) -> list:
    pool = await asyncpg.create_pool(dsn)
    try:
        rows = await pool.fetch("select id from customers order by revenue desc limit $1", n)
        return [r["id"] for r in rows]
    finally:
        await pool.close()


@workflow
async def main(dsn: str, n: int = 10):
    ids = await top_customers(dsn, n)
    return {"count": len(ids), "ids": ids}
