# SDK: wmill 1.850.0: a lease taken inside a task lives in that task's job; log_section only logs
from f.common.locks import RedisLease, advisory_lock, log_section
from f.common.wac import task, workflow

BILLING_DSN = "postgresql://billing@db.internal:5432/billing"


@task(timeout=1800)
async def post_journal(period: str) -> dict:
    with RedisLease(f"close-{period}", ttl=3600):
        async with advisory_lock(BILLING_DSN, "journal") as conn:
            n = await conn.fetchval("SELECT post_journal($1)", period)
    return {"period": period, "entries": n}


@task()
async def freeze_period(period: str) -> bool:
    async with advisory_lock(BILLING_DSN, "freeze") as conn:
        await conn.execute("UPDATE periods SET frozen = true WHERE label = $1", period)
    return True


@workflow
async def main(period: str):
    with log_section("journal"):
        journal = await post_journal(period=period)
    with log_section("freeze") as label:
        frozen = await freeze_period(period=period)
    return {"journal": journal, "frozen": frozen, "last": label}
