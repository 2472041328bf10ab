# SDK: wmill 1.850.0 a task returns JSON-safe dicts; validating them in the body is pure (same input every replay), so except ValidationError there guards no durable call
from pydantic import BaseModel, Field, ValidationError
from wmill import TaskError, task, workflow


class OrderLine(BaseModel):
    sku: str = Field(min_length=3)
    qty: int = Field(gt=0)
    unit_price_cents: int = Field(ge=0)


class Order(BaseModel):
    order_id: str
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    lines: list[OrderLine]


@task(timeout=300)
async def fetch_batch(batch_uri: str) -> list[dict]:
    import requests

    resp = requests.get(batch_uri, timeout=60)
    resp.raise_for_status()
    return resp.json()["orders"]


@task()
async def quarantine_batch(batch_uri: str, reason: str) -> None:
    import boto3

    boto3.client("sqs").send_message(
        QueueUrl="https://sqs.eu-west-1.amazonaws.com/123456789012/order-quarantine",
        MessageBody=f'{{"batch": "{batch_uri}", "reason": "{reason}"}}',
    )


@task()
async def load_orders(orders: list[dict]) -> int:
    import psycopg

    with psycopg.connect("postgresql://etl@pg.internal/orders") as conn:
        for o in orders:
            conn.execute("INSERT INTO orders_raw (id, body) VALUES (%s, %s::jsonb)", (o["order_id"], str(o)))
    return len(orders)


@workflow
async def main(batch_uri: str):
    try:
        raw = await fetch_batch(batch_uri)
    except TaskError as exc:
        await quarantine_batch(batch_uri, f"fetch failed: {exc}")
        return {"loaded": 0, "quarantined": True}
    try:
        orders = [Order.model_validate(o).model_dump(mode="json") for o in raw]
    except ValidationError as exc:
        await quarantine_batch(batch_uri, f"{exc.error_count()} contract violations")
        return {"loaded": 0, "quarantined": True}
    loaded = await load_orders(orders)
    return {"loaded": loaded, "quarantined": False}
