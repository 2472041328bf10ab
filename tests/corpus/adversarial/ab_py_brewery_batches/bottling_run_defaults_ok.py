# SDK: wmill 1.850.0 step() checkpoints fn()'s result by key, so a value filled in by a step is the same in every round
import uuid
from datetime import date

from wmill import step, task, workflow


@task()
async def reserve_line(line: str, day: str) -> dict:
    return {"line": line, "day": day}


@task()
async def print_labels(batch_id: str, lot_code: str, bottled_on: str, count: int) -> int:
    return count


@workflow
async def main(
    batch_id: str,
    line: str = "canning-1",
    bottled_on: str = "",
    cases: int = 120,
    lot_code: str = "",
):
    if not bottled_on:
        bottled_on = await step("bottled_on", lambda: date.today().isoformat())
    if not lot_code:
        lot_code = await step("lot_code", lambda: uuid.uuid4().hex[:8].upper())

    slot = await reserve_line(line, bottled_on)
    printed = await print_labels(batch_id, lot_code, bottled_on, cases * 24)
    return {"slot": slot, "labels": printed, "lot": lot_code}
