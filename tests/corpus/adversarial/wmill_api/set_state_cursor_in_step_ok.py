# SDK: wmill 1.850.0 client.py set_state() is one API write; inside step() it runs once and its None result is checkpointed.
import wmill
from wmill import step, task, workflow


@task()
async def pull_events(cursor: int) -> dict:
    return {"events": [], "next_cursor": cursor + 100}


@workflow
async def main(start_cursor: int = 0):
    page = await pull_events(start_cursor)
    await step("save_cursor", lambda: wmill.set_state({"cursor": page["next_cursor"]}))
    return {"pulled": len(page["events"])}
