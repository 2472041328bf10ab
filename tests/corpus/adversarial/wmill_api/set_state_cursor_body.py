# SDK: wmill 1.850.0 client.py set_state() calls set_resource(), a POST to the workspace API; in the body it runs again on every replay, after the cursor has moved on.
import wmill
from wmill import task, workflow


@task()
async def pull_events(cursor: int) -> dict:
    return {"events": [], "next_cursor": cursor + 100}


@workflow
async def main(start_cursor: int = 0):
    page = await pull_events(start_cursor)
    wmill.set_state({"cursor": page["next_cursor"]})  # expect: WAC101
    return {"pulled": len(page["events"])}
