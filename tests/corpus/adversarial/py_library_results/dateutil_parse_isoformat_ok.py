# SDK: wmill 1.850.0 client.py: the task returns the ISO string of the parsed datetime, a str, and the body parses it back.
from datetime import datetime

from dateutil import parser
from wmill import task, workflow


@task()
async def invoice_due(invoice: dict) -> str:
    return parser.isoparse(invoice["due_at"]).isoformat()


@task()
async def remind(invoice_id: str, day: str) -> str:
    return f"remind {invoice_id} on {day}"


@workflow
async def main(invoice: dict):
    due = datetime.fromisoformat(await invoice_due(invoice))
    return await remind(invoice["id"], due.date().isoformat())
