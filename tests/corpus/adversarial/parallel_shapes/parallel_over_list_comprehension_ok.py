# SDK: wmill 1.850.0 client.py parallel(): a list comprehension gives a list, which has a length and slices; items keep the input's order.
from wmill import parallel, task, workflow


@task()
async def archive(ticket_id: str) -> bool:
    return True


@workflow
async def main(tickets: list[dict]):
    archived = await parallel([t["id"] for t in tickets if t["closed"]], archive)
    return {"archived": sum(1 for a in archived if a)}
