# SDK: wmill 1.850.0 _run_workflow_async calls func(**input_args) in every round; a default is evaluated when the module loads, once per round
import uuid
from datetime import date

from wmill import task, workflow


@task()
async def reserve_line(line: str, day: str) -> dict:
    return {"line": line, "day": day}


@task()
async def print_labels(batch_id: str, lot_code: str, bottled_on: str, count: int) -> int:
    return count


@task()
async def book_qa_sample(batch_id: str, lot_code: str) -> str:
    return f"qa-{lot_code}"


@workflow
async def main(
    batch_id: str,
    line: str = "canning-1",
    bottled_on: str = date.today().isoformat(),  # expect: WAC102
    *,
    cases: int = 120,  # expect: WAC902
    lot_code: str = uuid.uuid4().hex[:8].upper(),  # expect: WAC102, WAC902
):
    slot = await reserve_line(line, bottled_on)
    printed = await print_labels(batch_id, lot_code, bottled_on, cases * 24)
    sample = await book_qa_sample(batch_id, lot_code)
    return {"slot": slot, "labels": printed, "qa": sample}
