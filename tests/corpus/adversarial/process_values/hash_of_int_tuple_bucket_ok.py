# SDK: wmill 1.850.0 client.py: int hashes are not salted and a tuple's hash is a fixed function of its items' hashes, so hash((year, month)) is the same in every process.
from wmill import task, workflow


@task()
async def close_period(year: int, month: int, partition: int) -> str:
    return f"{year}-{month:02d} on partition {partition}"


@workflow
async def main(year: int, month: int):
    partition = hash((year, month)) % 8
    return await close_period(year, month, partition)
