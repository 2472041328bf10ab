# SDK: wmill 1.850.0 client.py `task` wrapper: arguments are merged by the function's parameter names (`_merge_args`) and the child job calls the function with them; `customer=` is not a parameter of `charge`, so the child job fails with TypeError (WAC402).
from wmill import task, workflow


@task(timeout=60)
async def charge(customer_id: str, cents: int, currency: str = "usd") -> str:
    return "ch_1"


@task()
async def receipt(customer_id: str, charge_id: str) -> bool:
    return True


@workflow
async def main(customer_id: str, cents: int, currency: str = "usd"):
    charge_id = await charge(customer=customer_id, cents=cents, currency=currency)  # expect: WAC402
    await receipt(customer_id, charge_id)
    return {"charge": charge_id}
