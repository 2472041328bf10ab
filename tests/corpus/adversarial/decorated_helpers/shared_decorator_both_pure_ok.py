# SDK: wmill 1.850.0 client.py: the body re-runs every round; the decorator only logs and both helpers it wraps are pure.
import functools
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@traced
def normalise(sku: str) -> str:
    return sku.strip().upper()


@traced
def bucket_of(sku: str) -> int:
    return sum(map(ord, sku)) % 8


@task()
async def reserve(sku: str, bucket: int) -> str:
    return f"{sku}:{bucket}"


@workflow
async def main(sku: str):
    clean = normalise(sku)
    return await reserve(clean, bucket_of(clean))
