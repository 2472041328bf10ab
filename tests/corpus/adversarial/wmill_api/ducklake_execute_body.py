# SDK: wmill 1.850.0 client.py ducklake().query(...).execute() calls fetch_one(), an inline DuckDB job: the INSERT runs on every replay.
from wmill import ducklake, task, workflow


@task()
async def collect(day: str) -> int:
    return 42


@workflow
async def main(day: str):
    count = await collect(day)
    lake = ducklake()
    lake.query("INSERT INTO daily_counts VALUES ($day, $n)", day=day, n=count).execute()  # expect: WAC101
    return count
