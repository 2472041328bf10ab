# Fall back when the parser task fails.
from wmill import task, workflow


@task()
async def parse(raw: str) -> dict:
    return {"value": int(raw)}


@workflow
async def main(raw: str):
    try:
        return await parse(raw)
    except ValueError:  # expect: WAC204
        return {"value": None}
