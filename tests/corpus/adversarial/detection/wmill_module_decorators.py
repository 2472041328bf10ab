# SDK: wmill 1.850.0 client.py: wmill.workflow / wmill.task are the same functions, but the worker's WAC check wants a line that is exactly `@workflow`, and the parser the bare names.
import wmill


@wmill.task(timeout=900)  # expect: WAC002
async def export_ledger(period: str) -> str:
    return f"s3://ledger/{period}.parquet"


@wmill.workflow  # expect: WAC002
async def main(period: str):
    uri = await export_ledger(period)
    return {"uri": uri}
