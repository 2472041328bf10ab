# SDK: wmill 1.850.0 client.py: every round runs in a fresh interpreter, and str hashes are salted per process (PYTHONHASHSEED), so hash(email) changes on replay.
from wmill import task, workflow

SHARDS = 8


@task()
async def enqueue(shard: int, email: str) -> str:
    return f"queued {email} on shard {shard}"


@workflow
async def main(emails: list[str]):
    results = []
    for email in emails:
        shard = hash(email) % SHARDS  # expect: WAC102
        results.append(await enqueue(shard, email))
    return results
