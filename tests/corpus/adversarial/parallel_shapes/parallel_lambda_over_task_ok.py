# SDK: wmill 1.850.0 client.py parallel(): the lambda returns the task's coroutine for each item, which gather awaits; keys archive, archive_2, ... follow the list's order.
from wmill import parallel, task, workflow


@task()
async def archive(ticket_id: str, reason: str) -> bool:
    return True


@workflow
async def main(ticket_ids: list[str], reason: str = "stale"):
    done = await parallel(ticket_ids, lambda t: archive(t, reason), concurrency=4)
    return {"archived": done.count(True)}
