from wmill import workflow

from f.common.registry import HANDLERS


@workflow
async def main(kind: str, payload: dict):
    # f.common.handlers_http is not loaded by this script: nothing registered its
    # webhook (the lookup fails, but it does no I/O)
    handler = HANDLERS.get(kind)
    return handler(payload) if handler else None
