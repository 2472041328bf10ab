# SDK: wmill 1.850.0 client.py: an awaited helper runs in the body and awaits each task, so every notification is dispatched and checkpointed in order.
from wmill import task, workflow


@task()
async def notify_watcher(user: str, ticket_id: str) -> bool:
    return True


async def notify_watchers(users: list[str], ticket_id: str) -> int:
    sent = 0
    for user in users:
        sent += await notify_watcher(user, ticket_id)
    return sent


@task()
async def close_ticket(ticket_id: str, resolution: str) -> dict:
    return {"ticket": ticket_id, "resolution": resolution}


@workflow
async def main(ticket_id: str, watchers: list[str], resolution: str = "fixed"):
    closed = await close_ticket(ticket_id, resolution)
    notified = await notify_watchers(watchers, ticket_id)
    return {**closed, "notified": notified}
