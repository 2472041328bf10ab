# SDK: wmill 1.850.0 client.py: the body reruns in every round; this descriptor's __get__ / __set__ only read and check the instance's own __dict__, so the attribute read is pure.
from wmill import task, workflow


class Positive:
    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = "_" + name

    def __get__(self, obj: object, objtype: type | None = None) -> float:
        return getattr(obj, self.attr)

    def __set__(self, obj: object, value: float) -> None:
        if value < 0:
            raise ValueError("must be positive")
        setattr(obj, self.attr, value)


class Charge:
    amount = Positive()

    def __init__(self, account_id: str, amount: float) -> None:
        self.account_id = account_id
        self.amount = amount


@task()
async def charge(account_id: str, amount: float) -> str:
    return "charged"


@workflow
async def main(account_id: str, amount: float):
    c = Charge(account_id, amount)
    if c.amount > 0:
        return await charge(c.account_id, c.amount)
    return "nothing owed"
