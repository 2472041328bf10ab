# SDK: wmill 1.850.0 client.py: the body re-runs on replay; `mark_paid` opens a psycopg connection and updates a row each time the body reaches it.
from dataclasses import dataclass

import psycopg
from wmill import task, workflow


@dataclass(frozen=True)
class OrderRepo:
    dsn: str

    def mark_paid(self, order_id: str, charge_id: str) -> None:
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "update orders set status = 'paid', charge_id = %s where id = %s",
                (charge_id, order_id),
            )


@task()
async def charge(order_id: str, amount_cents: int) -> str:
    return f"ch_{order_id}"


@workflow
async def main(order_id: str, amount_cents: int, dsn: str):
    repo = OrderRepo(dsn)
    charge_id = await charge(order_id, amount_cents)
    repo.mark_paid(order_id, charge_id)  # expect: WAC101
    return charge_id
