# SDK: wmill 1.850.0 client.py step(): json.dumps(default=str) turns a UUID object into its string; `.hex` on the replayed value raises AttributeError.
import uuid

from wmill import step, task, workflow


@task()
async def create_order(order_ref: str) -> dict:
    return {"ref": order_ref}


@workflow
async def main():
    order_id = await step("order_id", lambda: uuid.uuid4())  # expect: WAC107
    return await create_order(order_id.hex)
