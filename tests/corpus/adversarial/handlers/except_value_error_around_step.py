# SDK: wmill 1.850.0 client.py _run_inline_step: a step whose function raises is checkpointed as a failure marker and surfaces as TaskError (rebuilt by _task_error_from_marker), never as the ValueError itself.
from wmill import step, task, workflow


@task()
async def bill(customer: str, cents: int) -> str:
    return f"{customer}:{cents}"


@workflow
async def main(customer: str, raw_amount: str):
    try:
        cents = await step("parse_amount", lambda: int(float(raw_amount) * 100))
    except ValueError:  # expect: WAC204
        cents = 0
    return await bill(customer, cents)
