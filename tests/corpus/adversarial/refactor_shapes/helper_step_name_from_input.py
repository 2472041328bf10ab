# SDK: wmill 1.850.0 client.py step keys come from the name; a helper that builds its step name from its argument generates names from data.
import random

from wmill import step, task, workflow


async def pick_variant(experiment: str, variants: list) -> str:
    return await step(f"variant_{experiment}", lambda: random.choice(variants))


@task()
async def record(experiment: str, variant: str) -> bool:
    return True


@workflow
async def main(experiments: list, variants: list):
    for experiment in experiments:
        variant = await pick_variant(experiment, variants)  # expect: WAC103
        await record(experiment, variant)
    return True
