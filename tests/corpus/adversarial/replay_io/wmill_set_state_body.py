# SDK: wmill 1.850.0 client.py set_state() POSTs the script's state to the Windmill API; in the body it is written on every replay.
from wmill import set_state, task, workflow


@task()
async def pull_changes(cursor: str) -> dict:
    return {"cursor": cursor + "1", "rows": []}


@workflow
async def main(cursor: str = "0"):
    batch = await pull_changes(cursor)
    set_state(batch["cursor"])  # expect: WAC101
    return len(batch["rows"])
