# ruff: noqa: F541 (the f-strings without a field are the point)
from wmill import step, task, workflow


@task()
async def publish(config: dict) -> str:
    return "ok"


@workflow
async def main():
    # formatted strings without a field: one constant key to the SDK
    config = await step(f"load_config", lambda: {"retries": 3})
    stamp = await step(f"stamp" f"_once", lambda: 7)  # fmt: skip
    await step(f"{'fixed'}", lambda: 1)
    published = await publish(config)
    return published, stamp
