# SDK: wmill 1.850.0 client.py each round is a new process; an atexit handler that only prints adds a log line per round, which is harmless.
import atexit
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


def summary() -> None:
    print("round finished")


atexit.register(summary)
atexit.register(logging.shutdown)


@task()
async def sync(account: str) -> int:
    return 1


@workflow
async def main(account: str):
    return await sync(account)
