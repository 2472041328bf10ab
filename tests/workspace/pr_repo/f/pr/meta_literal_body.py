from typing import Literal

from wmill import task, workflow


@task()
async def export(fmt: str) -> str:
    return fmt


@workflow
async def main(fmt: Literal["csv", "json", "parquet"] = "csv"):  # expect: WAC901
    return await export(fmt=fmt)
