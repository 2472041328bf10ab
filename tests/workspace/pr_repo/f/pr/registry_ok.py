from wmill import task, workflow

import f.common.handlers_http  # noqa: F401  (fills HANDLERS)
from f.common.registry import HANDLERS


@task()
async def dispatch(kind: str, payload: dict):
    return HANDLERS[kind](payload)


@workflow
async def main(kind: str, payload: dict):
    echoed = HANDLERS["echo"](payload)
    return await dispatch(kind=kind, payload=echoed)
