from wmill import task, workflow

from f.common.vars import label, remember


@task()
async def compute(key: str) -> str:
    return label(key)


@workflow
async def main(key: str):
    value = await compute(key)
    remember("f/mr/last_key", value)  # expect: WAC101
    return value
