from wmill import task, workflow


@task()
async def reserve(order_id: str) -> dict:
    return {"order_id": order_id, "reserved": True}


@workflow
async def main(order_id: str, notify: bool = True):
    reserved = await reserve(order_id)
    return {"reserved": reserved, "notify": notify}
