# Defaults come from a step and are merged by the body.
from wmill import task, step, workflow


@task()
async def apply(settings: dict) -> dict:
    return settings


@workflow
async def main(region: str):
    settings = {"region": region}
    defaults = await step("defaults", lambda: {"retries": 3})
    settings.update(defaults)
    return await apply(settings)
