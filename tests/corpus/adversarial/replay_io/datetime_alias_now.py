# SDK: wmill 1.850.0 client.py workflow() docstring: branching on the current time must go through step(); `dt.now` is datetime.now under an alias.
from datetime import datetime as dt

from wmill import task, workflow


@task()
async def run_backup(kind: str) -> str:
    return kind


@workflow
async def main():
    kind = "full" if dt.now().weekday() == 6 else "incremental"  # expect: WAC102
    return await run_backup(kind)
