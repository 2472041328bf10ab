from wmill import task_script, workflow

load = task_script("f/nr/targets/load")


@workflow
async def main(table: str):
    a = await load(table=table, limit="50")  # expect: WAC402
    b = await load(table=table, tags="eu,us")  # expect: WAC402
    c = await load(table=table, mode="weekly")  # expect: WAC402
    return [a, b, c]
