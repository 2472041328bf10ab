# SDK: wmill 1.850.0 client.py: `step(name, fn)` runs `fn` once and replays its checkpointed result; building the `httpx.Client` subclass in the body sends nothing, the charge runs inside the step.
import httpx
from wmill import step, task, workflow


class Billing(httpx.Client):
    def __init__(self, key: str):
        super().__init__(base_url="https://billing.example.com", headers={"X-Key": key})

    def charge(self, customer: str, cents: int) -> dict:
        return self.post("/charges", json={"customer": customer, "cents": cents}).json()


@task()
async def send_receipt(customer: str, charge: dict) -> None:
    print(customer, charge["id"])


@workflow
async def main(customer: str, cents: int, key: str):
    billing = Billing(key)
    charge = await step("charge", lambda: billing.charge(customer, cents))
    await send_receipt(customer, charge)
    return charge["id"]
