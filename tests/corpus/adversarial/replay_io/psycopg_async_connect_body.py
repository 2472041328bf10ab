# SDK: wmill 1.850.0 client.py workflow(): the body replays after the task; an INSERT through an async psycopg connection opened in the body runs each time.
import psycopg

from wmill import task, workflow


@task()
async def score(user_id: str) -> int:
    return 7


@workflow
async def main(user_id: str, dsn: str):
    points = await score(user_id)
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        await conn.execute("insert into scores(user_id, points) values (%s, %s)", (user_id, points))  # expect: WAC101
    return points
