# A manager and then a director approve, under one key.
from wmill import wait_for_approval, workflow


@workflow
async def main(amount: int):
    manager = await wait_for_approval(key="approve")
    director = await wait_for_approval(key="approve")  # expect: WAC303
    return {"manager": manager, "director": director, "amount": amount}
