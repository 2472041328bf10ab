from wmill import task_flow, workflow

ingest = task_flow("f/etl/ingest")


@workflow
async def main(source: str):
    return await ingest(sourc=source)  # expect: WAC402
