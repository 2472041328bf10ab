# SDK: wmill 1.850.0 client.py: Path.home() reads HOME from the environment of the worker replaying this round; the guide counts environment reads in the body as unsafe.
from pathlib import Path

from wmill import task, workflow


@task()
async def export_to(path: str, table: str) -> int:
    return 0


@workflow
async def main(table: str):
    target = Path.home() / "exports" / f"{table}.csv"  # expect: WAC102
    return await export_to(str(target), table)
