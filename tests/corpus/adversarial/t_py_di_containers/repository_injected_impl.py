# SDK: a helper the body awaits is part of the replayed body; the concrete repository it is handed (psycopg) queries the database on every replay
from typing import Protocol

import psycopg
from wmill import task, workflow


class LedgerRepo(Protocol):
    def unsettled(self, merchant_id: str) -> list[dict]: ...


class PostgresLedgerRepo:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def unsettled(self, merchant_id: str) -> list[dict]:
        with psycopg.connect(self.dsn) as conn:
            rows = conn.execute(
                "SELECT id, amount_cents FROM ledger WHERE merchant_id = %s AND settled_at IS NULL",
                (merchant_id,),
            ).fetchall()
        return [{"id": r[0], "amount_cents": r[1]} for r in rows]


async def plan_settlement(repo: LedgerRepo, merchant_id: str) -> dict:
    entries = repo.unsettled(merchant_id)
    return {"merchant_id": merchant_id, "ids": [e["id"] for e in entries], "total": sum(e["amount_cents"] for e in entries)}


@task()
async def settle(merchant_id: str, ids: list[str], total: int) -> dict:
    return {"merchant_id": merchant_id, "settled": len(ids), "total": total}


@workflow
async def main(merchant_id: str, db: dict):
    repo = PostgresLedgerRepo(db["dsn"])
    plan = await plan_settlement(repo, merchant_id)  # expect: WAC101
    if not plan["ids"]:
        return {"settled": 0}
    return await settle(**plan)
