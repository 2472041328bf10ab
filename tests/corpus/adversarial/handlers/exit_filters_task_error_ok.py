# SDK: wmill 1.850.0 client.py: _StepSuspend is a BaseException, not a TaskError, so an `__aexit__` that suppresses only TaskError returns False for it and the suspension goes on.
from wmill import TaskError, task, workflow


class TolerateTaskFailure:
    def __init__(self) -> None:
        self.failed = False

    async def __aenter__(self) -> "TolerateTaskFailure":
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        self.failed = exc_type is not None and issubclass(exc_type, TaskError)
        return self.failed


@task()
async def send_newsletter(segment: str) -> int:
    return 1200


@workflow
async def main(segments: list[str]):
    sent = {}
    for segment in segments:
        guard = TolerateTaskFailure()
        async with guard:
            sent[segment] = await send_newsletter(segment)
        if guard.failed:
            sent[segment] = 0
    return sent
