# Parse a payload inside a step and recover from bad input.
import json

from wmill import step, workflow


@workflow
async def main(payload: str):
    try:
        data = await step("parse", lambda: json.loads(payload))
    except (KeyError, json.JSONDecodeError):  # expect: WAC204
        data = {}
    return data
