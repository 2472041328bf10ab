# SDK: wmill 1.850.0 client.py `task`: a wrapper above `@task()` runs in the body on each replay; this one only logs (each round prints its own line) and returns the task's replayed result.
import functools
import logging

from wmill import task, workflow

log = logging.getLogger("provisioning")


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        result = await fn(*args, **kwargs)
        log.info("%s returned %s", fn.__name__, result)
        return result

    return wrapper


@logged
@task(timeout=900)
async def provision(env: str, size: str) -> dict:
    return {"env": env, "size": size, "id": "vm-1"}


@workflow
async def main(env: str, size: str = "small"):
    return await provision(env, size)
