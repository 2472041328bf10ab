from wmill import task_flow, task_script, workflow

ingest = task_flow("f/etl/ingest")
extract = task_script("f/etl/extract")


@workflow
async def main():
    rows = await extract(source="csv", limit=5)
    return await ingest(source="csv", limit=len(rows))
