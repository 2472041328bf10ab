from f.common.paths import LOAD_ROWS, OLD_LOADER, PIPELINE
from wmill import task_flow, task_script, workflow

CHILD = "f/mr/targets/child_wf"
load = task_script(LOAD_ROWS)
old = task_script(OLD_LOADER)  # expect: WAC401
child = task_script(CHILD)
pipeline = task_flow(PIPELINE)
report = task_script(f"{CHILD.rsplit('/', 2)[0]}/reports")


@workflow
async def main(table: str):
    a = await load(table=table, limit="10")  # expect: WAC402
    b = await child(order=table)  # expect: WAC402
    c = await pipeline(src=table)  # expect: WAC402
    return [a, b, c, await old(table=table), await report(day=table)]
