# SDK: wmill 1.850.0 client.py: the body reruns in every round; print() calls __str__, and this one only formats the id it holds: printing is not a side effect worth checkpointing.
from wmill import task, workflow


class CustomerRef:
    def __init__(self, customer_id: int, name: str) -> None:
        self.customer_id = customer_id
        self.name = name

    def __str__(self) -> str:
        return f"{self.name} (#{self.customer_id})"

    def __repr__(self) -> str:
        return f"CustomerRef({self.customer_id!r}, {self.name!r})"


@task()
async def close_account(customer_id: int) -> bool:
    return True


@workflow
async def main(customer_id: int, name: str):
    ref = CustomerRef(customer_id, name)
    print("closing", ref)
    print(repr(ref))
    return await close_account(customer_id)
