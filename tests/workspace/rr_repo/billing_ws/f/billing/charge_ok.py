from wmill import task, task_flow, workflow

from f.common.http import post

settle = task_flow("f/billing/settle")


@task()
async def charge(amount: int) -> dict:
    return post("https://pay.example.com/charge", {"amount": amount})


@workflow
async def main(amount: int):
    receipt = await charge(amount=amount)
    return await settle(receipt_id=str(receipt.get("id")), amount=amount)
