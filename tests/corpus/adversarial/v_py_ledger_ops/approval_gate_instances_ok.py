# SDK: wmill 1.850.0 _wait_for_approval: distinct keys are each allocated once; wait_for_approval accepts key, timeout, description, skin
"""Wire transfers: one callable sign-off gate per role, each with its own approval key."""
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


class SignOff:
    def __init__(self, role: str, hours: int = 24):
        self.role = role
        self.timeout = hours * 3600

    async def __call__(self, summary: str) -> bool:
        urls = await step("approval_urls", lambda: get_approval_urls(self.role))
        await notify(self.role, summary, urls["approvalPage"])
        answer = await wait_for_approval(key=self.role, timeout=self.timeout, description=summary, skin="minimal")
        return bool(answer.get("approved"))


treasury = SignOff("treasury")
cfo = SignOff("cfo", hours=48)


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
    if transfer["amount"] >= 1_000_000 and not await cfo("CFO signature for a large wire"):
        return {"status": "rejected"}
    return await send_wire(transfer)
