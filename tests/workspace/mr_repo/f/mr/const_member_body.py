from enum import Enum

import f.common.paths as paths
from wmill import task_flow, task_script, workflow

TARGETS = {"load": "f/mr/targets/load_rows", "report": "u/alice/reports"}


class Flows(str, Enum):
    PIPELINE = "f/mr/pipeline"
    NIGHTLY = "f/mr/nightly"


load = task_script(TARGETS["load"])
report = task_script(TARGETS["report"])  # expect: WAC401
pipeline = task_flow(Flows.PIPELINE)
nightly = task_flow(Flows.NIGHTLY)  # expect: WAC401
old = task_script(paths.OLD_LOADER)  # expect: WAC401


@workflow
async def main(table: str):
    a = await load(tabel=table)  # expect: WAC402
    b = await pipeline(source=table, mode="hourly")  # expect: WAC402
    return [a, b, await report(day=table), await nightly(), await old(table=table)]
