# SDK: wmill 1.850.0 in-memory parsing (pd.read_csv(io.StringIO(text)), csv.DictReader) and SQL built with sqlalchemy.select and compiled to text in the body touch nothing outside; the query runs in a task
import csv
import io
import logging
import time

import httpx
import jinja2
import pandas as pd
import sqlalchemy as sa
import wmill
from wmill import task, workflow

log = logging.getLogger("billing")
matters = sa.table("matters", sa.column("id"), sa.column("client"), sa.column("billed_cents"))
SUMMARY = jinja2.Template("<h1>{{ client }}</h1><p>{{ n }} matters, {{ hours }} hours</p>")


@task()
async def export_timesheets(client: str, month: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://time.lawfirm.example/export/{client}.csv", params={"month": month})
        r.raise_for_status()
        return r.text


@task()
async def run_query(sql: str) -> list[dict]:
    db = wmill.get_resource("f/legal/warehouse")
    async with httpx.AsyncClient(base_url=db["url"]) as c:
        r = await c.post("/query", json={"sql": sql})
        r.raise_for_status()
        return r.json()["rows"]


@task()
async def email_summary(to: str, html: str) -> bool:
    async with httpx.AsyncClient() as c:
        return (await c.post("https://mail.lawfirm.example/send", json={"to": to, "html": html})).is_success


@workflow
async def main(client: str, month: str, partner: str):
    t0 = time.monotonic()
    text = await export_timesheets(client, month)
    hours = pd.read_csv(io.StringIO(text))["hours"].sum() if text.strip() else 0
    matter_ids = sorted({row["matter"] for row in csv.DictReader(io.StringIO(text))})
    stmt = sa.select(matters.c.id, matters.c.billed_cents).where(matters.c.id.in_(matter_ids))
    rows = await run_query(str(stmt.compile(compile_kwargs={"literal_binds": True})))
    html = SUMMARY.render(client=client, n=len(rows), hours=round(float(hours), 1))
    sent = await email_summary(partner, html)
    log.info("billing export for %s took %.1fs", client, time.monotonic() - t0)
    return {"matters": len(rows), "hours": float(hours), "sent": sent}
