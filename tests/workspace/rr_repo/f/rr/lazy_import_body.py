from wmill import task, workflow


@task()
async def apply(value: str) -> str:
    return value


@workflow
async def main(key: str):
    from f.common.settings import CONFIG  # expect: WAC101

    return await apply(value=str(CONFIG.get(key)))
