# Fall back when the parser task fails.
from wmill import TaskError, task, workflow


@task()
async def parse(raw: str) -> dict:
    return {"value": int(raw)}


@workflow
async def main(raw: str):
    try:
        return await parse(raw)
    except TaskError as e:
        return {"value": None, "error": e.result["error"]["name"]}
