# Parse a payload inside a step and recover from any failure.
import json

from wmill import step, workflow


@workflow
async def main(payload: str):
    try:
        data = await step("parse", lambda: json.loads(payload))
    except Exception:
        data = {}
    return data
