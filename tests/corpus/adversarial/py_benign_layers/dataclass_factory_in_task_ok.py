# SDK: wmill 1.850.0 client.py: the dataclass whose default_factory draws uuid4 / the clock is built only inside a task, once, and its fields go back as str.
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from wmill import task, workflow


@dataclass
class Receipt:
    order_id: str
    receipt_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    issued_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())


@task()
async def issue_receipt(order_id: str) -> dict:
    return asdict(Receipt(order_id=order_id))


@task()
async def email_receipt(order_id: str, receipt_id: str) -> None:
    print(f"mail {receipt_id} for {order_id}")


@workflow
async def main(order_id: str):
    receipt = await issue_receipt(order_id)
    await email_receipt(order_id, receipt["receipt_id"])
    return receipt
