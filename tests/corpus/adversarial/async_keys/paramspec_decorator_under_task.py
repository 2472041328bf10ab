# SDK: wmill 1.850.0 client.py task(): a typed wrapper(*args: P.args, **kwargs: P.kwargs) without functools.wraps still has the signature (*args, **kwargs), so the positional argument is sent as "args" and the child's call fails (TypeError).
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from wmill import task, workflow

P = ParamSpec("P")
R = TypeVar("R")


def traced(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("enter", fn.__name__)
        return await fn(*args, **kwargs)

    return wrapper


@task()
@traced
async def archive_ticket(ticket_id: str) -> bool:
    return True


@workflow
async def main(ticket_id: str):
    return await archive_ticket(ticket_id)  # expect: WAC402
