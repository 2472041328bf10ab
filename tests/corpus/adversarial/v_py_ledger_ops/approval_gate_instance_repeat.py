# SDK: wmill 1.850.0 _wait_for_approval: a requested key already allocated in the run raises RuntimeError ("already used in this workflow")
"""Wire transfers: sign-off gates are callable objects built once per approver role."""
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


class SignOff:
    def __init__(self, role: str, hours: int = 24):
        self.role = role
        self.timeout = hours * 3600

    async def __call__(self, summary: str) -> bool:
        urls = await step("approval_urls", lambda: get_approval_urls(self.role))
        await notify(self.role, summary, urls["approvalPage"])
        answer = await wait_for_approval(key=self.role, timeout=self.timeout, description=summary)
        return bool(answer.get("approved"))


treasury = SignOff("treasury")


@task()
async def notify(role: str, summary: str, link: str) -> None:
    import httpx
    import wmill

    hook = wmill.get_variable(f"f/fin/{role}_webhook")
    httpx.post(hook, json={"text": f"{summary}\n{link}"})


@task()
async def send_wire(transfer: dict) -> dict:
    import httpx
    import wmill

    bank = wmill.get_resource("f/fin/bank_api")
    r = httpx.post(f"{bank['url']}/wires", json=transfer, headers={"Authorization": bank["token"]})
    r.raise_for_status()
    return r.json()


@workflow
async def main(transfer: dict):
    if not await treasury(f"Wire {transfer['amount']} {transfer['currency']} to {transfer['beneficiary']}"):
        return {"status": "rejected"}
    if transfer["amount"] >= 1_000_000:
        if not await treasury("Second treasury signature for a large wire"):  # expect: WAC303
            return {"status": "rejected"}
    return await send_wire(transfer)
