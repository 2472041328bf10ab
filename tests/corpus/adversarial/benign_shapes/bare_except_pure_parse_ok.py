# SDK: wmill 1.850.0 client.py: the suspension is raised only by durable calls; this bare `except:` wraps a pure parse of an input and no task, step or sleep.
import json

from wmill import task, workflow


@task()
async def apply(settings: dict) -> bool:
    return True


@workflow
async def main(raw: str = "{}"):
    try:
        settings = json.loads(raw)
    except:  # noqa: E722
        settings = {}
    return await apply(settings)
