# SDK: wmill 1.850.0 a very short workflow: two tasks of the file gathered, arithmetic on their results, nothing else in the body
import asyncio

from wmill import task, workflow

import psycopg


@task()
async def count_meals(site: str, day: str) -> int:
    async with await psycopg.AsyncConnection.connect("dbname=meals") as conn:
        cur = await conn.execute("select count(*) from servings where site = %s and day = %s", (site, day))
        (n,) = await cur.fetchone()
        return int(n)


@workflow
async def main(day: str):
    north, south = await asyncio.gather(count_meals("north", day), count_meals("south", day))
    return {"day": day, "north": north, "south": south, "total": north + south}
