# SDK: wmill 1.850.0 client.py WorkflowCtx._run_inline_step: a checkpointed step is not called again on replay, so the append is lost after the approval.
from wmill import step, wait_for_approval, workflow


def check_credit(customer: str) -> dict:
    return {"customer": customer, "ok": True}


@workflow
async def main(customers: list[str]):
    checks: list[dict] = []
    for customer in customers:
        await step("credit_check", lambda: checks.append(check_credit(customer)))  # expect: WAC104
    approval = await wait_for_approval(timeout=3600)
    return {"checks": checks, "approved": approval["approved"]}
