from enum import Enum

import f.common.paths as paths
from wmill import task_flow, task_script, workflow

TARGETS = {"load": "f/mr/targets/load_rows", "report": "u/alice/report"}


class Flows(str, Enum):
    PIPELINE = "f/mr/pipeline"


class Kind(Enum):
    # A plain Enum member is not a string: not read as a path.
    MISSING = "f/mr/targets/missing"


load = task_script(TARGETS["load"])
report = task_script(TARGETS["report"])
pipeline = task_flow(Flows.PIPELINE)
also_pipeline = task_flow(paths.PIPELINE)


@workflow
async def main(table: str):
    a = await load(table=table)
    b = await pipeline(source=table, mode="delta")
    c = await also_pipeline(source=table)
    return [a, b, c, await report(day=table), Kind.MISSING.value]
