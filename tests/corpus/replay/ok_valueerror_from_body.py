# The ValueError handler guards the conversion in the body, not the task.
from wmill import task, workflow


@task()
async def pull(n: int) -> int:
    return n


@workflow
async def main(raw: str):
    try:
        return await pull(int(raw))
    except ValueError:
        return None
