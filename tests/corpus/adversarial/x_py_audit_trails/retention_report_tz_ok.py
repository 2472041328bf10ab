# SDK: wmill 1.850.0 step() checkpoints the clock read; zoneinfo / fromisoformat of inputs give the same value every round
"""Quarterly data-retention report: which datasets passed their retention date."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from wmill import step, task, workflow


@task(timeout=900)
async def expired_datasets(as_of: str, tz_name: str) -> list[dict]:
    import psycopg

    async with await psycopg.AsyncConnection.connect("postgresql://catalog/ro") as conn:
        cur = await conn.execute(
            "select name, owner, retain_until from datasets where retain_until < %s::timestamptz at time zone %s",
            (as_of, tz_name),
        )
        rows = await cur.fetchall()
    return [{"name": n, "owner": o, "retain_until": r.isoformat()} for n, o, r in rows]


@task()
async def render_report(rows: list[dict], language: str) -> str:
    title = "Aufbewahrungsbericht" if language == "de" else "Retention report"
    lines = [title, ""] + [f"- {r['name']} ({r['owner']}): {r['retain_until']}" for r in rows]
    return "\n".join(lines)


@workflow
async def main(quarter: str, quarter_end: str, tz_name: str = "Europe/Berlin", language: str = "de"):
    zone = ZoneInfo(tz_name)
    cutoff = datetime.fromisoformat(quarter_end).replace(tzinfo=zone).astimezone(timezone.utc)
    generated = await step("generated_at", lambda: datetime.now(timezone.utc).isoformat())
    rows = await expired_datasets(cutoff.isoformat(), tz_name)
    body = await render_report(rows, language)
    return {"quarter": quarter, "expired": len(rows), "generated": generated, "report": body}
