"""Tasks every rent workflow shares."""

from datetime import date
from decimal import Decimal

import psycopg

from f.platform.wac import task

DSN = "postgresql://harbor@db.internal/harbor"


@task()
async def compute_balance(lease_id: str) -> Decimal:
    with psycopg.connect(DSN) as conn:
        row = conn.execute(
            "select coalesce(sum(amount), 0) from ledger where lease_id = %s", (lease_id,)
        ).fetchone()
    return Decimal(row[0])  # expect: WAC107


@task()
async def fetch_lease(lease_id: str) -> dict:
    with psycopg.connect(DSN) as conn:
        tenant, email, ends = conn.execute(
            "select tenant_id, email, ends_on from leases where id = %s", (lease_id,)
        ).fetchone()
    return {"lease_id": lease_id, "tenant_id": tenant, "email": email, "ends_on": ends}


@task()
async def record_fee(lease_id: str, cents: int, reason: str) -> int:
    with psycopg.connect(DSN) as conn:
        conn.execute(
            "insert into ledger (lease_id, amount, reason, on_day) values (%s, %s, %s, %s)",
            (lease_id, Decimal(cents) / 100, reason, date.today()),
        )
    return cents
