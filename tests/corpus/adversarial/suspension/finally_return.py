# SDK: wmill 1.850.0 client.py: _StepSuspend is raised through the try; a `return` in its finally discards it, so the round ends as if complete.
from wmill import task, workflow


@task()
async def resize_volume(volume: str, gb: int) -> dict:
    return {"volume": volume, "gb": gb}


@workflow
async def main(volume: str, gb: int):
    outcome = {"volume": volume}
    try:
        outcome.update(await resize_volume(volume, gb))
    finally:
        return outcome  # expect: WAC203
