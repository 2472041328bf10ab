from wmill import step, workflow

from f.common.plain_registry import JOBS


@workflow
async def main(name: str, payload: dict):
    same = JOBS["passthrough"](payload)
    stamped = await step("stamp", lambda: JOBS[name](payload))
    return [same, stamped]
