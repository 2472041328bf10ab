# SDK: wmill 1.850.0 client.py: outside a workflow ctx tasks run in place and wait_for_approval raises, so running main by hand says little about the deployed run.
import asyncio

from wmill import task, wait_for_approval, workflow


@task()
async def compute_payroll(month: str) -> dict:
    return {"month": month, "total": 1_250_000}


@task()
async def submit_payroll(payroll: dict) -> str:
    return "submitted"


@workflow
async def main(month: str):
    payroll = await compute_payroll(month)
    await wait_for_approval(timeout=86400)
    return await submit_payroll(payroll)


if __name__ == "__main__":
    print(asyncio.run(main("2025-01")))  # expect: WAC006
