from wmill import task, workflow

from f.common.http import post


@task()
async def record(receipt: dict) -> dict:
    return receipt


@workflow
async def main(amount: int):
    receipt = post("https://pay.example.com/charge", {"amount": amount})  # expect: WAC101
    return await record(receipt=receipt)
