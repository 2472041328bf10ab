# SDK: wmill 1.850.0 client.py: the body replays from the top; `Billing.charge` calls `self.post`, which `Billing` inherits from `httpx.Client`, so the charge is posted again on every replay.
import httpx
from wmill import task, workflow


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
    charge = billing.charge(customer, cents)  # expect: WAC101
    await send_receipt(customer, charge)
    return charge["id"]
