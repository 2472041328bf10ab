# SDK: wmill 1.850.0 client.py task(): functools.wraps on the factory's wrapper sets __wrapped__, which inspect.signature follows, so the positional argument is sent as batch_id.
import functools

from wmill import task, workflow


def with_retries(times: int):
    def decorate(fn):
        @functools.wraps(fn)
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
    return await push_metrics(batch_id)
