from wmill import task, workflow

from f.common.fmt import money


@task()
async def lookup(key: str) -> str:
    from f.common.settings import CONFIG

    return str(CONFIG.get(key))


@workflow
async def main(key: str, cents: int):
    value = await lookup(key=key)
    return [value, money(cents)]
