# SDK: wmill 1.850.0 replays the body in a new process each round (possibly on another worker); locale.getlocale() reads the process locale set from LANG/LC_*, datetime.now().astimezone() the clock and TZ
"""Quarterly data-retention report: which datasets passed their retention date."""
import locale
from datetime import datetime

from wmill import task, workflow


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


@task()
async def file_report(body: str, quarter: str) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://grc.internal.example/reports", json={"quarter": quarter, "body": body})
    return resp.json()["id"]


@workflow
async def main(quarter: str):
    local_now = datetime.now().astimezone()  # expect: WAC102
    tz_name = local_now.tzname() or "UTC"
    rows = await expired_datasets(local_now.isoformat(), tz_name)
    lang, _encoding = locale.getlocale()  # expect: WAC102
    body = await render_report(rows, "de" if (lang or "").startswith("de") else "en")
    report_id = await file_report(body, quarter)
    return {"quarter": quarter, "expired": len(rows), "report": report_id}
