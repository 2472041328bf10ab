# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval: the key comes from a module constant, the same string each pass; the second pass renumbers it and raises 'WAC step key "expense-review" is already used'.
from wmill import task, wait_for_approval, workflow

REVIEW_KEY = "expense-review"


@task()
async def reimburse(expense_id: str) -> dict:
    return {"expense": expense_id, "paid": True}


@workflow
async def main(expenses: list[dict]):
    paid = []
    for expense in expenses:
        if expense["amount"] < 100:
            paid.append(await reimburse(expense["id"]))
            continue
        decision = await wait_for_approval(key=REVIEW_KEY, timeout=86400)  # expect: WAC303
        if decision.get("approved"):
            paid.append(await reimburse(expense["id"]))
    return paid
