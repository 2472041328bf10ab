from wmill import task_script, workflow

extract = task_script("f/etl/extract")


@workflow
async def main(source: str):
    # the task wrapper takes keyword arguments only: TypeError at run time
    return await extract(source)  # expect: WAC301
