# SDK: wmill 1.850.0 replays the body each round; zlib.crc32 is a fixed function of the bytes (unlike hash(str)), and parallel() gathers fn(item) per batch
import zlib

from wmill import parallel, task, workflow

SHARDS = 4


@task(timeout=1800)
async def migrate_shard(shard: int, tenant_ids: list[str], dry_run: bool) -> dict:
    import psycopg

    done = []
    with psycopg.connect(f"postgresql://migrator@pg-shard-{shard}.internal/app") as conn:
        for tid in tenant_ids:
            if not dry_run:
                conn.execute("CALL migrate_tenant(%s)", (tid,))
            done.append(tid)
    return {"shard": shard, "migrated": done}


def plan_shards(tenant_ids: list[str]) -> dict[int, list[str]]:
    plan: dict[int, list[str]] = {i: [] for i in range(SHARDS)}
    for tid in tenant_ids:
        plan[zlib.crc32(tid.encode("utf-8")) % SHARDS].append(tid)
    return plan


async def run_shard(item: tuple[int, list[str]]) -> dict:
    shard, ids = item
    return await migrate_shard(shard, ids, False)


@workflow
async def main(tenant_ids: list[str]):
    plan = plan_shards(tenant_ids)
    items = [(shard, ids) for shard, ids in plan.items() if ids]
    results = await parallel(items, run_shard, concurrency=2)
    return {"migrated": sum(len(r["migrated"]) for r in results)}
