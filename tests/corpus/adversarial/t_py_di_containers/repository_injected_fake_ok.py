# SDK: nothing here reaches the network from the body: the in-memory repository only reads the task's (checkpointed) result
from typing import Protocol

import psycopg
from wmill import task, workflow


class LedgerRepo(Protocol):
    def unsettled(self, merchant_id: str) -> list[dict]: ...


class SnapshotLedgerRepo:
    """Repository over rows a task already loaded."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows

    def unsettled(self, merchant_id: str) -> list[dict]:
        return [r for r in self.rows if r["merchant_id"] == merchant_id and not r["settled"]]


@task()
async def load_ledger(dsn: str, merchant_id: str) -> list[dict]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT id, merchant_id, amount_cents, settled_at IS NOT NULL FROM ledger WHERE merchant_id = %s",
            (merchant_id,),
        ).fetchall()
    return [{"id": r[0], "merchant_id": r[1], "amount_cents": r[2], "settled": r[3]} for r in rows]


async def plan_settlement(repo: LedgerRepo, merchant_id: str) -> dict:
    entries = repo.unsettled(merchant_id)
    return {"merchant_id": merchant_id, "ids": [e["id"] for e in entries], "total": sum(e["amount_cents"] for e in entries)}


@task()
async def settle(merchant_id: str, ids: list[str], total: int) -> dict:
    return {"merchant_id": merchant_id, "settled": len(ids), "total": total}


@workflow
async def main(merchant_id: str, db: dict):
    rows = await load_ledger(dsn=db["dsn"], merchant_id=merchant_id)
    plan = await plan_settlement(SnapshotLedgerRepo(rows), merchant_id)
    if not plan["ids"]:
        return {"settled": 0}
    return await settle(**plan)
