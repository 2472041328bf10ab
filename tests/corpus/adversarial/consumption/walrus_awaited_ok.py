# SDK: wmill 1.850.0 client.py: the walrus binds the awaited task result, a dict, which the body then indexes.
from wmill import task, workflow


@task()
async def validate_address(address: str) -> dict:
    return {"ok": True, "normalized": address.upper()}


@task()
async def ship(address: str) -> str:
    return "label-1"


@workflow
async def main(address: str):
    if not (check := await validate_address(address))["ok"]:
        return {"error": "invalid address"}
    return {"label": await ship(check["normalized"])}
