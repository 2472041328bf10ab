from wmill import workflow

import f.common.handlers_http  # noqa: F401  (fills HANDLERS)
from f.common.registry import HANDLERS


@workflow
async def main(kind: str, payload: dict):
    handler = HANDLERS[kind]
    first = handler(payload)  # expect: WAC101
    second = HANDLERS.get("webhook")(payload)  # expect: WAC101
    return [first, second]
