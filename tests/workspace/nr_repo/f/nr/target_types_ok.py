from wmill import task_script, workflow

load = task_script("f/nr/targets/load")


@workflow
async def main(table: str):
    a = await load(table=table, limit=5, ratio=2, since=None, tags=["eu"])
    b = await load(table=table, mode="delta")
    return [a, b]
