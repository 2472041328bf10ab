# SDK: wmill 1.850.0 client.py: the body reruns in every round; print() calls __str__, which here queries Postgres for the customer's name, so the query runs in the body every round.
import psycopg
from wmill import task, workflow


class CustomerRef:
    def __init__(self, dsn: str, customer_id: int) -> None:
        self.dsn = dsn
        self.customer_id = customer_id

    def __str__(self) -> str:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute("select name from customers where id = %s", (self.customer_id,)).fetchone()
        return f"{row[0]} (#{self.customer_id})"


@task()
async def close_account(customer_id: int) -> bool:
    return True


@workflow
async def main(dsn: str, customer_id: int):
    ref = CustomerRef(dsn, customer_id)
    print("closing", ref)  # expect: WAC101
    return await close_account(customer_id)
