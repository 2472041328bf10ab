# SDK: wmill 1.850.0 client.py: calling an `async def` helper without await creates a coroutine that never runs, so the tasks it would await are never dispatched.
from wmill import task, workflow


@task()
async def notify_watcher(user: str, ticket_id: str) -> bool:
    return True


async def notify_watchers(users: list[str], ticket_id: str) -> int:
    for user in users:
        await notify_watcher(user, ticket_id)
    return len(users)


@task()
async def close_ticket(ticket_id: str, resolution: str) -> dict:
    return {"ticket": ticket_id, "resolution": resolution}


@workflow
async def main(ticket_id: str, watchers: list[str], resolution: str = "fixed"):
    closed = await close_ticket(ticket_id, resolution)
    notify_watchers(watchers, ticket_id)  # expect: WAC106
    return closed
