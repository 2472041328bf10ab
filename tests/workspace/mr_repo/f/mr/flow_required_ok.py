from wmill import task_flow, workflow

pipeline = task_flow("f/mr/pipeline")


@workflow
async def main(source: str):
    a = await pipeline(source=source)
    b = await pipeline(source=source, mode="delta")
    return [a, b]
