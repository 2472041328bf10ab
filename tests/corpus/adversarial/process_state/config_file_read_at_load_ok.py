# SDK: wmill 1.850.0 client.py each round re-imports the module; a helper reading a bundled config file at load reads the same file every round (configuration, no request).
import json

from wmill import task, workflow


def load_settings() -> dict:
    with open("settings.json") as fh:
        return json.load(fh)


SETTINGS = load_settings()


@task()
async def sync(account: str, batch_size: int) -> int:
    return batch_size


@workflow
async def main(account: str):
    return await sync(account, SETTINGS.get("batch_size", 100))
