# SDK: wmill 1.850.0 client.py: `_StepSuspend` is a BaseException; a decorator whose wrapper has a bare `except:` swallows it when the decorated helper awaits a task, even if the body first called a pure helper under the same decorator.
import functools
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


def best_effort(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        try:
            return await fn(*args, **kwargs)
        except:
            log.warning("%s failed", fn.__name__)
            return None

    return wrapper


@task()
async def send_receipt(order_id: str) -> str:
    return "sent"


@best_effort
async def label_for(order_id: str) -> str:
    return order_id.upper()


@best_effort
async def receipt(order_id: str) -> str | None:
    return await send_receipt(order_id)


@workflow
async def main(order_id: str):
    label = await label_for(order_id)
    sent = await receipt(order_id)  # expect: WAC201
    return {"label": label, "sent": sent}
