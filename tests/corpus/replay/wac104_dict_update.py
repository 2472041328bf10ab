# A config dict updated from a step callback.
from wmill import task, step, workflow


@task()
async def apply(settings: dict) -> dict:
    return settings


@workflow
async def main(region: str):
    settings = {"region": region}
    await step("defaults", lambda: settings.update({"retries": 3}))  # expect: WAC104
    return await apply(settings)
