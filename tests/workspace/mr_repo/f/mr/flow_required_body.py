from wmill import task_flow, task_script, workflow

pipeline = task_flow("f/mr/pipeline")
as_script = task_script("f/mr/pipeline")  # expect: WAC401


@workflow
async def main(source: str):
    a = await pipeline()  # expect: WAC402
    b = await pipeline(source=source, mode="partial")  # expect: WAC402
    return [a, b, await as_script(source=source)]
