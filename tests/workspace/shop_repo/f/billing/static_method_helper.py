from f.shared.webhooks_py import Webhooks
from wmill import task, workflow


@task()
async def settle(batch: str) -> dict:
    return {"batch": batch}


@workflow
async def main(batch: str):
    result = await settle(batch)
    signature = Webhooks.sign(str(result))
    Webhooks.send("https://hooks.example.com/settled", {"result": result, "sig": signature})  # expect: WAC101
    return result
