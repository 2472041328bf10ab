# SDK: wmill 1.850.0 task_script("./refund.py") is a module beside the script (returns__mod/)
from wmill import task, task_script, workflow

from .rma import lookup_rma, parse_rma

refund = task_script("./refund.py")
restock_check = task_script("./restock_check.py")  # expect: WAC401


@task()
async def inspect_item(rma_code: str, condition: str) -> dict:
    return {"rma": rma_code, "resellable": condition in ("new", "like_new")}


@workflow
async def main(rma_code: str, condition: str, amount_cents: int):
    parsed = parse_rma(rma_code)
    record = lookup_rma(rma_code)  # expect: WAC101
    verdict = await inspect_item(rma_code, condition)
    if verdict["resellable"]:
        await restock_check(rma_code=rma_code)
    result = await refund(rma_code=rma_code, amount_cents=amount_cents)
    return {"parsed": parsed, "record": record, "refund": result}
