# SDK: wmill 1.850.0 client.py _run_inline_step: list(map(...)) is a JSON array of strings, the same after the round trip.
from wmill import step, task, workflow


@task()
async def invite(email: str) -> bool:
    return True


@workflow
async def main(raw: str):
    emails = await step("normalise", lambda: list(map(str.lower, raw.split(","))))
    return [await invite(e) for e in emails]
