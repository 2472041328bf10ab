# SDK: wmill 1.850.0 client.py workflow(func) only marks func; Windmill's worker detects a WAC v2 script by a line that is exactly `@workflow`, so `main = workflow(_run)` is run as a plain script.
from wmill import task, workflow


@task()
async def snapshot_db(database: str) -> str:
    return f"snap-{database}"


async def _run(databases: list[str]):
    return [await snapshot_db(d) for d in databases]


main = workflow(_run)  # expect: WAC005
