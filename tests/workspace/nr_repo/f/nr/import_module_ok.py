import importlib

from wmill import task, workflow

formats = importlib.import_module("f.lib.pure_fmt")


@task()
async def total(amounts: list) -> float:
    return sum(amounts)


@workflow
async def main(amounts: list):
    value = await total(amounts)
    return formats.fmt(value)
