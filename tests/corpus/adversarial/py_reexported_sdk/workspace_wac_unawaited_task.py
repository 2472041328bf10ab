# SDK: wmill 1.850.0 client.py: the re-exported task wrapper queues the step when called (_next_step); a coroutine nobody awaits loses its result and failure.
from f.common.wac import task, workflow


@task()
async def notify(channel: str) -> bool:
    return bool(channel)


@workflow
async def main(channel: str):
    notify(channel)  # expect: WAC106
    return "sent"
