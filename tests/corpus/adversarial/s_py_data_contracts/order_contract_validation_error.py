# SDK: wmill 1.850.0 a task that raises pydantic's ValidationError fails its child job; the body gets TaskError (_task_error_from_marker), so except ValidationError never runs
from pydantic import BaseModel, Field, ValidationError
from wmill import task, workflow


class OrderLine(BaseModel):
    sku: str = Field(min_length=3)
    qty: int = Field(gt=0)
    unit_price_cents: int = Field(ge=0)


class Order(BaseModel):
    order_id: str
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    lines: list[OrderLine]


@task(timeout=300)
async def fetch_and_validate(batch_uri: str) -> list[dict]:
    import requests

    resp = requests.get(batch_uri, timeout=60)
    resp.raise_for_status()
    orders = [Order.model_validate(o) for o in resp.json()["orders"]]
    return [o.model_dump(mode="json") for o in orders]


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
        orders = await fetch_and_validate(batch_uri)
    except ValidationError as exc:  # expect: WAC204
        await quarantine_batch(batch_uri, f"{exc.error_count()} contract violations")
        return {"loaded": 0, "quarantined": True}
    loaded = await load_orders(orders)
    return {"loaded": loaded, "quarantined": False}
