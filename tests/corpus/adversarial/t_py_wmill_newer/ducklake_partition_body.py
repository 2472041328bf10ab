# SDK: DucklakeClient.upsert_partition(...) returns a query (a _RecordingSqlQuery in a pipeline) and runs nothing; .fetch() posts it via run_inline_script_preview
from wmill import ducklake, step, task, workflow

lake = ducklake("warehouse")


@task(timeout=900)
async def extract_orders(day: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(base_url="https://shop.internal") as http:
        resp = await http.get("/api/orders", params={"day": day})
        resp.raise_for_status()
        return resp.json()["orders"]


@task()
async def stage_orders(day: str, orders: list[dict]) -> int:
    import json

    lake.query(
        "CREATE OR REPLACE TABLE dl.staging_orders AS SELECT * FROM read_json_auto($payload)",
        payload=json.dumps(orders),
    ).fetch()
    return len(orders)


@workflow
async def main(day: str):
    orders = await extract_orders(day=day)
    staged = await stage_orders(day=day, orders=orders)

    merge = lake.upsert_partition(
        "orders",
        "SELECT id, customer_id, total_cents FROM dl.staging_orders",
        partition=day,
        unique_key="id",
        schema="sales",
    )
    summary = merge.fetch()  # expect: WAC101

    checked = await step("row_count", lambda: len(orders))
    return {"day": day, "staged": staged, "checked": checked, "summary": summary}
