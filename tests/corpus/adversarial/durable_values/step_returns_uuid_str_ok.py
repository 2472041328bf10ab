# SDK: wmill 1.850.0 client.py step(): a uuid minted inside the step and returned as a string crosses JSON unchanged.
import uuid

from wmill import step, task, workflow


@task()
async def create_order(order_ref: str) -> dict:
    return {"ref": order_ref}


@workflow
async def main():
    order_id = await step("order_id", lambda: uuid.uuid4().hex)
    return await create_order(order_id)
