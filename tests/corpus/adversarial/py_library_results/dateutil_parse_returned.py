# SDK: wmill 1.850.0 client.py: dateutil's parser returns a datetime, which json.dumps(default=str) writes as "2024-05-01 12:00:00+00:00"; the body's .date() call fails on the str.
from dateutil import parser
from wmill import task, workflow


@task()
async def invoice_due(invoice: dict):
    return parser.isoparse(invoice["due_at"])  # expect: WAC107


@task()
async def remind(invoice_id: str, day: str) -> str:
    return f"remind {invoice_id} on {day}"


@workflow
async def main(invoice: dict):
    due = await invoice_due(invoice)
    return await remind(invoice["id"], due.date().isoformat())
