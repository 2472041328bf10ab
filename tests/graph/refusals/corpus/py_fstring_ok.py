from wmill import task, workflow


@task
async def t(x: dict) -> str:
    width = 8
    return f"{x['name']!r:>{width}} {x['n']:#x} {x=}" + f'{x["name"]}' + f"""{x["a"]}"""


@workflow
async def main(x: dict):
    return await t(x)
