import os

from f.common.paths import LOAD_ROWS, PIPELINE
from wmill import task_flow, task_script, workflow

CHILD = "f/mr/targets/child_wf"
load = task_script(LOAD_ROWS)
child = task_script(CHILD)
pipeline = task_flow(PIPELINE)
# Known only when the job runs: not looked up.
dynamic = task_script(os.environ.get("LOADER_PATH", "f/mr/targets/missing"))


@workflow
async def main(table: str):
    a = await load(table=table, limit=10)
    b = await child(order_id=table)
    c = await pipeline(source=table)
    return [a, b, c, await dynamic(anything=table)]
