# SDK: wmill 1.850.0 task bodies are ordinary jobs; the repository classes (3.12 @override, generic base) are only used inside tasks, and the body passes ids and JSON rows
from abc import ABC, abstractmethod
from typing import override

from wmill import task, workflow


class Repository[K, V](ABC):
    @abstractmethod
    def get(self, key: K) -> V | None: ...

    @abstractmethod
    def put(self, key: K, value: V) -> None: ...


class PgCustomers(Repository[int, dict]):
    def __init__(self, dsn: str):
        import psycopg

        self.conn = psycopg.connect(dsn)

    @override
    def get(self, key: int) -> dict | None:
        row = self.conn.execute("select id, email, tier from customers where id = %s", (key,)).fetchone()
        return {"id": row[0], "email": row[1], "tier": row[2]} if row else None

    @override
    def put(self, key: int, value: dict) -> None:
        self.conn.execute("update customers set tier = %s where id = %s", (value["tier"], key))
        self.conn.commit()


@task()
async def load_customer(customer_id: int) -> dict | None:
    return PgCustomers("postgresql://crm@db/crm").get(customer_id)


@task()
async def set_tier(customer_id: int, tier: str) -> None:
    repo = PgCustomers("postgresql://crm@db/crm")
    current = repo.get(customer_id) or {"id": customer_id}
    repo.put(customer_id, {**current, "tier": tier})


@workflow
async def main(customer_id: int, lifetime_value: float):
    customer = await load_customer(customer_id)
    if customer is None:
        return {"updated": False}
    tier = "gold" if lifetime_value > 10_000 else "silver" if lifetime_value > 1_000 else "bronze"
    if customer["tier"] != tier:
        await set_tier(customer_id, tier)
    return {"updated": customer["tier"] != tier, "tier": tier}
