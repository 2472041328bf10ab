import importlib

from wmill import task, workflow

config = importlib.import_module("f.lib.boot_config")  # expect: WAC101


@task()
async def read(key: str) -> str:
    return str(config.SETTINGS.get(key, key))


@workflow
async def main(key: str):
    return await read(key)
