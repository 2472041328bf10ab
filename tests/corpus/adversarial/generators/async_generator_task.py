# SDK: wmill 1.850.0 client.py _execute_directly: `result = func(**kwargs)` then awaits it only if it is a coroutine; an async generator task returns the generator object, its body never runs, and its repr is the result.
from wmill import task, workflow


@task()
async def export_rows(table: str):  # expect: WAC004
    for i in range(3):
        yield {"table": table, "row": i}


@workflow
async def main(table: str):
    rows = await export_rows(table)
    return {"rows": rows}
