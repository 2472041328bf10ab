# SDK: wmill 1.850.0 workflow body re-runs after each task; a DB connection opened and a row updated there repeat per round
from wmill import task, workflow

from f.common.inventory import open_ledger, sku_label


@task()
async def order_shortfall(sku: str, qty: int) -> str:
    from f.common.http import post_json

    return post_json("https://procurement.fieldops.example/orders", {"sku": sku, "qty": qty})["order_id"]


@workflow
async def main(ticket_id: str, dsn: str, parts: list[dict]):
    ledger = open_ledger(dsn)  # expect: WAC101
    labels = []
    for part in parts:
        reserved = ledger.reserve(ticket_id, part["sku"], part["qty"])  # expect: WAC101
        if reserved > part.get("stock", 0):
            await order_shortfall(part["sku"], reserved - part.get("stock", 0))
        labels.append(sku_label(part["sku"], part["qty"]))
    return labels
