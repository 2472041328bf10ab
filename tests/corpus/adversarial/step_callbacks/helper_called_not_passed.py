# SDK: wmill 1.850.0 client.py step(name, fn) only checkpoints fn when fn is handed to it; calling the helper yourself runs it in the body.
import os

from wmill import step, task, workflow


def load_settings() -> dict:
    return {"bucket": os.environ.get("EXPORT_BUCKET", "exports")}


@task(timeout=1200)
async def export_table(table: str, bucket: str) -> str:
    return f"s3://{bucket}/{table}.csv"


@workflow
async def main(tables: list[str]):
    settings = await step("settings", lambda: load_settings())
    fallback = load_settings()  # expect: WAC102
    bucket = settings["bucket"] or fallback["bucket"]
    return [await export_table(t, bucket) for t in tables]
