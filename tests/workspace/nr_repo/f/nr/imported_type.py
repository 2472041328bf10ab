from wmill import task, workflow

from f.lib.models import Mode, Order


@task()
async def charge(order: dict, mode: str) -> dict:
    return {"id": order["id"], "mode": mode}


@workflow
async def main(order: Order, mode: Mode = Mode.FULL):  # expect: WAC902
    return await charge(dict(order), str(mode.value))
