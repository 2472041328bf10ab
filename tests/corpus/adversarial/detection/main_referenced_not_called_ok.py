# SDK: wmill 1.850.0 client.py workflow(func) sets func._is_workflow and returns func; reading main's attributes never runs it.
from wmill import task, workflow


@task()
async def count_rows(table: str) -> int:
    return 0


@workflow
async def main(tables: list[str]):
    counts = {}
    for table in tables:
        counts[table] = await count_rows(table)
    return counts


__all__ = ["main"]
ENTRYPOINT = main.__name__
IS_WORKFLOW = getattr(main, "_is_workflow", False)
