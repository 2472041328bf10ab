# A retry counter bumped by a nested function given to step().
from wmill import task, step, workflow


@task()
async def ping(host: str) -> bool:
    return bool(host)


@workflow
async def main(host: str):
    attempts = 0

    def count_attempt():
        nonlocal attempts
        attempts += 1  # expect: WAC104
        return attempts

    await step("count", count_attempt)
    ok = await ping(host)
    return {"ok": ok, "attempts": attempts}
