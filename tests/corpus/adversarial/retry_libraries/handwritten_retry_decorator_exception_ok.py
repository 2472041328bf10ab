# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; `except Exception` in the wrapper lets it through, and a TaskError is retried under a new key after the SDK's durable sleep, the same in every replay.
import functools

from wmill import sleep, task, workflow


def retrying(times: int = 3, pause: int = 5):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except Exception:
                    if attempt == times - 1:
                        raise
                    await sleep(pause * (attempt + 1))

        return wrapper

    return decorate


@task()
async def geocode(address: str) -> dict:
    return {"address": address, "lat": 48.85, "lng": 2.35}


@retrying(times=4)
async def locate(address: str) -> dict:
    return await geocode(address)


@workflow
async def main(addresses: list[str]):
    points = []
    for address in addresses:
        points.append(await locate(address))
    return points
