# SDK: wmill 1.850.0 client.py task(): the parameter names come from inspect.signature of the function decorated; `@with_retries(3)` hands it `wrapper(*args, **kwargs)` without functools.wraps, so the positional argument is sent as "args" (TypeError in the child).
from wmill import task, workflow


def with_retries(times: int):
    def decorate(fn):
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError:
                    if attempt == times - 1:
                        raise
        return wrapper

    return decorate


@task()
@with_retries(3)
async def push_metrics(batch_id: str) -> int:
    return 0


@workflow
async def main(batch_id: str):
    return await push_metrics(batch_id)  # expect: WAC402
