# SDK: wmill 1.850.0 client.py: id() is a memory address of this round's process; a replay builds the dict again at another address, so the correlation id sent to the task changes.
from wmill import task, workflow


@task()
async def send_batch(rows: list[dict], correlation: str) -> int:
    return len(rows)


@workflow
async def main(rows: list[dict]):
    batch = {"rows": rows}
    correlation = f"batch-{id(batch):x}"  # expect: WAC102
    return await send_batch(batch["rows"], correlation)
