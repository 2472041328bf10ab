from wmill import task, workflow

from f.lib.boot_config import Settings  # expect: WAC101


@task()
async def load(key: str) -> dict:
    return dict(Settings(key=key))


@workflow
async def main(name: str):
    return await load(name)
