# SDK: wmill 1.850.0: __enter__ / async context managers entered in the workflow body run on every replay
from f.common.locks import RedisLease, advisory_lock, log_section
from f.common.wac import task, workflow

BILLING_DSN = "postgresql://billing@db.internal:5432/billing"


@task(timeout=1800)
async def post_journal(period: str) -> dict:
    import asyncpg

    conn = await asyncpg.connect(BILLING_DSN)
    try:
        n = await conn.fetchval("SELECT post_journal($1)", period)
    finally:
        await conn.close()
    return {"period": period, "entries": n}


@task()
async def freeze_period(period: str) -> bool:
    import asyncpg

    conn = await asyncpg.connect(BILLING_DSN)
    await conn.execute("UPDATE periods SET frozen = true WHERE label = $1", period)
    await conn.close()
    return True


@workflow
async def main(period: str):
    lease = RedisLease(f"close-{period}", ttl=3600)
    with lease:  # expect: WAC101
        journal = await post_journal(period=period)

    async with advisory_lock(BILLING_DSN, "freeze"):  # expect: WAC101
        frozen = await freeze_period(period=period)

    with log_section("close"):
        result = {"journal": journal, "frozen": frozen}
    return result
