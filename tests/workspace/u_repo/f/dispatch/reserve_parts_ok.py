# SDK: wmill 1.850.0 a @task runs as its own job, so the ledger's connection lives there; sku_label is pure
from wmill import task, workflow

from f.common.inventory import open_ledger, sku_label


@task()
async def reserve(ticket_id: str, dsn: str, sku: str, qty: int) -> int:
    ledger = open_ledger(dsn)
    return ledger.reserve(ticket_id, sku, qty)


@task()
async def order_shortfall(sku: str, qty: int) -> str:
    from f.common.http import post_json

    return post_json("https://procurement.fieldops.example/orders", {"sku": sku, "qty": qty})["order_id"]


@workflow
async def main(ticket_id: str, dsn: str, parts: list[dict]):
    labels = []
    for part in parts:
        reserved = await reserve(ticket_id, dsn, part["sku"], part["qty"])
        if reserved > part.get("stock", 0):
            await order_shortfall(part["sku"], reserved - part.get("stock", 0))
        labels.append(sku_label(part["sku"], part["qty"]))
    return labels
