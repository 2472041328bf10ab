from wmill import task_script, workflow

modes = task_script("f/nr/targets/ts_modes")
load = task_script("f/nr/targets/load")


@workflow
async def main(table: str):
    a = await modes(mode="medium")  # expect: WAC402
    b = await modes(mode="fast", retries="3")  # expect: WAC402
    c = await load(table=table, since=5)  # expect: WAC402
    return [a, b, c]
