# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `sorted` calls its key on every item, and this key reads a priority from Redis each round.
import redis
from wmill import task, workflow

r = redis.Redis(host="cache.internal", port=6379)


def queue_priority(ticket_id: str) -> int:
    return int(r.get(f"prio:{ticket_id}") or 0)


@task()
async def assign(ticket_id: str) -> str:
    return f"assigned {ticket_id}"


@workflow
async def main(ticket_ids: list[str]):
    ordered = sorted(ticket_ids, key=queue_priority)  # expect: WAC101
    results = []
    for ticket_id in ordered:
        results.append(await assign(ticket_id))
    return results
