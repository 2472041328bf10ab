# SDK: wmill 1.850.0 client.py: `except* BaseException` matches the _StepSuspend too, so the suspension is swallowed and the workflow completes early.
from wmill import task, workflow


@task()
async def build_model(dataset: str) -> str:
    return f"model-{dataset}"


@workflow
async def main(dataset: str):
    try:
        model = await build_model(dataset)
    except* BaseException:  # expect: WAC201
        model = None
    return {"model": model}
