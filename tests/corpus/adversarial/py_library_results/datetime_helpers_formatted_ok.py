# SDK: wmill 1.850.0 client.py: every datetime is formatted to a str (or reduced to an int) before the task or step returns it; only JSON values cross the checkpoint.
from datetime import datetime, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from dateutil import parser
from wmill import step, task, workflow


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _due(text: str) -> datetime:
    return parser.isoparse(text).astimezone(ZoneInfo("Europe/Paris"))


@task()
async def schedule(invoice: dict) -> dict:
    due = _due(invoice["due_at"])
    total = sum((Decimal(line["amount"]) for line in invoice["lines"]), Decimal("0"))
    return {
        "due": due.date().isoformat(),
        "weekday": due.weekday(),
        "total": str(total),
        "rounded": float(round(total, 2)),
        "scheduled_at": _now().isoformat(),
    }


@workflow
async def main(invoice: dict):
    plan = await schedule(invoice)
    hour = await step("local_hour", lambda: _due(invoice["due_at"]).hour)
    return {"plan": plan, "hour": hour}
