# SDK: wmill 1.850.0 Decimal values cross the task as strings and are rebuilt with Decimal(str(x)) in the body; datetimes cross as ISO strings and are parsed after the task; asyncio.gather over a dict's values zipped back to its keys
import asyncio
from decimal import ROUND_HALF_UP, Decimal
from datetime import datetime

import asyncpg
from wmill import task, workflow, get_resource

PRICE_PER_KG = Decimal("14.50")


def kg(x: object) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def moisture_ok(reading: float) -> bool:
    return 15.5 <= reading <= 18.6


@task(timeout=900)
async def load_supers(batch: str) -> list[dict]:
    db = get_resource("f/apiary/warehouse_pg")
    conn = await asyncpg.connect(**db)
    try:
        rows = await conn.fetch("select super_id, member, gross_kg, tare_kg, moisture, weighed_at from supers where batch = $1 order by super_id", batch)
    finally:
        await conn.close()
    return [
        {
            "super_id": r["super_id"],
            "member": r["member"],
            "net_kg": str(r["gross_kg"] - r["tare_kg"]),
            "moisture": float(r["moisture"]),
            "weighed_at": r["weighed_at"].isoformat(),
        }
        for r in rows
    ]


@task()
async def credit_member(member: str, amount: str, kilos: str) -> dict:
    db = get_resource("f/apiary/warehouse_pg")
    conn = await asyncpg.connect(**db)
    try:
        row = await conn.fetchrow("insert into credits(member, amount, kg) values ($1, $2::numeric, $3::numeric) returning id", member, amount, kilos)
    finally:
        await conn.close()
    return {"member": member, "credit_id": row["id"]}


@workflow
async def main(batch: str, earliest: str):
    supers = await load_supers(batch)
    since = datetime.fromisoformat(earliest)

    by_member: dict[str, Decimal] = {}
    rejected: list[str] = []
    for s in supers:
        if not moisture_ok(s["moisture"]) or datetime.fromisoformat(s["weighed_at"]) < since:
            rejected.append(s["super_id"])
            continue
        by_member[s["member"]] = by_member.get(s["member"], Decimal(0)) + kg(s["net_kg"])

    pending = {m: credit_member(m, str(kilos * PRICE_PER_KG), str(kilos)) for m, kilos in sorted(by_member.items())}
    done = await asyncio.gather(*pending.values())
    credits = dict(zip(pending.keys(), done))
    total = sum(by_member.values(), Decimal(0))
    return {"batch": batch, "total_kg": str(total), "credits": credits, "rejected": rejected}
