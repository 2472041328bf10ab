# SDK: wmill 1.850.0 client.py parallel(): `len(items)` of a generator expression raises TypeError (object of type 'generator' has no len()), so no task is dispatched.
from wmill import parallel, task, workflow


@task()
async def archive(ticket_id: str) -> bool:
    return True


@workflow
async def main(tickets: list[dict]):
    archived = await parallel((t["id"] for t in tickets if t["closed"]), archive)  # expect: WAC301
    return {"archived": sum(1 for a in archived if a)}
