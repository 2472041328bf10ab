# SDK: wmill 1.850.0 client.py _run_inline_step keys the step by the name given; the guide asks for a plain literal name, and fn.__name__ is computed (it changes with a rename or a decorator).
from wmill import step, task, workflow


def load_settings() -> dict:
    return {"batch": 50}


@task()
async def sync_contacts(batch: int) -> int:
    return batch


@workflow
async def main():
    settings = await step(load_settings.__name__, load_settings)  # expect: WAC103
    return await sync_contacts(settings["batch"])
