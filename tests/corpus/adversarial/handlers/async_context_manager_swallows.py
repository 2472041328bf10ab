# SDK: wmill 1.850.0 client.py: _StepSuspend is a BaseException; an `__aexit__` that returns True suppresses it, so the body goes on as if the task had returned.
from wmill import task, workflow


class Timed:
    def __init__(self, label: str) -> None:
        self.label = label

    async def __aenter__(self) -> "Timed":
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        print(f"{self.label} done (error: {exc_type})")
        return True


@task()
async def reindex(index: str) -> int:
    return 42


@workflow
async def main(index: str):
    docs = -1
    async with Timed("reindex"):  # expect: WAC201
        docs = await reindex(index)
    return {"docs": docs}
