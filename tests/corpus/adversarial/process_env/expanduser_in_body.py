# SDK: wmill 1.850.0 client.py: os.path.expanduser reads HOME from the round's environment; another worker can expand "~" differently.
import os

from wmill import task, workflow


@task()
async def load_config(path: str) -> dict:
    return {}


@workflow
async def main(name: str = "app.toml"):
    path = os.path.expanduser(f"~/.config/{name}")  # expect: WAC102
    return await load_config(path)
