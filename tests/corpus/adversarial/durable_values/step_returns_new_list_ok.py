# SDK: wmill 1.850.0 client.py _run_inline_step: the step's return value is checkpointed; building and returning a new list (mutating only the step's own locals) is safe.
from wmill import step, wait_for_approval, workflow


def check_credit(customer: str) -> dict:
    return {"customer": customer, "ok": True}


def check_all(customers: list[str]) -> list[dict]:
    results = []
    for customer in customers:
        results.append(check_credit(customer))
    return results


@workflow
async def main(customers: list[str]):
    checks = await step("credit_checks", lambda: check_all(customers))
    summary = {}
    for c in checks:
        summary[c["customer"]] = c["ok"]
    approval = await wait_for_approval(timeout=3600)
    return {"checks": summary, "approved": approval["approved"]}
