# SDK: wmill 1.850.0: gather over a dict's values in sorted key order; zlib.crc32 shards are deterministic
import asyncio
import zlib
from collections import defaultdict
from itertools import batched

from wmill import task, workflow

SHARDS = 4


@task(concurrency_limit=2, concurrency_key="loyalty-shard")
async def credit_shard(shard: int, credits: list[list]) -> int:
    import psycopg

    with psycopg.connect("postgresql://loyalty@db.example-bakery.com/loyalty") as conn:
        with conn.cursor() as cur:
            for chunk in batched(credits, 500):
                cur.executemany(
                    "insert into credits(customer, points, receipt) values (%s, %s, %s) on conflict (receipt) do nothing",
                    chunk,
                )
        conn.commit()
    return len(credits)


def shard_of(customer: str) -> int:
    return zlib.crc32(customer.encode()) % SHARDS


@workflow
async def main(receipts: list[dict]):
    per_shard: dict[int, list[list]] = defaultdict(list)
    for r in receipts:
        if (points := int(r["total_cents"]) // 100) > 0:
            per_shard[shard_of(r["customer"])].append([r["customer"], points, r["receipt_id"]])
    pending = {s: credit_shard(s, rows) for s, rows in sorted(per_shard.items())}
    counts = await asyncio.gather(*pending.values())
    return dict(zip(pending.keys(), counts))
