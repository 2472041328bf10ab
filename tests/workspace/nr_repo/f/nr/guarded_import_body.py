from wmill import task, workflow

try:
    from f.lib.boot_config import SETTINGS  # expect: WAC101
except ImportError:
    SETTINGS = {}


@task()
async def apply(key: str) -> str:
    return str(SETTINGS.get(key, key))


@workflow
async def main(key: str):
    return await apply(key)
