# SDK: wmill 1.850.0 client.py _run_inline_step: a map object is not JSON; default=str writes "<map object at 0x...>", so the body gets that text instead of the names.
from wmill import step, task, workflow


@task()
async def invite(email: str) -> bool:
    return True


@workflow
async def main(raw: str):
    emails = await step("normalise", lambda: map(str.lower, raw.split(",")))  # expect: WAC107
    return [await invite(e) for e in emails]
