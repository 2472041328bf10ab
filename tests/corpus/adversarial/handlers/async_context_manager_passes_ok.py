# SDK: wmill 1.850.0 client.py: an `__aexit__` that returns False (or None) lets every exception through, the _StepSuspend included.
from wmill import task, workflow


class Timed:
    def __init__(self, label: str) -> None:
        self.label = label

    async def __aenter__(self) -> "Timed":
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        print(f"{self.label} left ({exc_type})")
        return False


@task()
async def reindex(index: str) -> int:
    return 42


@workflow
async def main(index: str):
    async with Timed("reindex"):
        docs = await reindex(index)
    return {"docs": docs}
