# SDK: wmill 1.850.0 client.py: every round runs the body again; zlib.crc32 of the email's bytes is the same in every process, so the shard sent to the task never changes.
import zlib

from wmill import task, workflow

SHARDS = 16


@task()
async def enqueue(shard: int, email: str) -> str:
    return f"{email} -> shard {shard}"


@workflow
async def main(emails: list[str]):
    queued = []
    for email in emails:
        shard = zlib.crc32(email.encode("utf-8")) % SHARDS
        queued.append(await enqueue(shard, email))
    return queued
